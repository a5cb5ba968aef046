"""downloads.formats on policy documents: groups, text-only formats, list pages, options."""

from __future__ import annotations

POLICY = "zwgk/zcwj/202205/t20220512_{}.html"


def doc(links: str, title: str = "关于印发《示例县优化营商环境实施方案》的通知") -> str:
    return (f"<h1>{title}</h1><p>发布日期：2022-05-12</p><p>各乡（镇）人民政府：……</p>"
            f"<p>附件：{links}</p>")


def test_pdf_only_and_both_missing(export, findings_of):
    export.page(POLICY.format(1), doc('<a href="W1.pdf">方案.pdf</a>'))
    export.page(POLICY.format(2), doc("无附件"))
    found = {f.target.url.rsplit("_", 1)[-1]: f.message for f in
             findings_of(export.run(), "downloads.formats")}
    assert found == {
        "1.html": "政策文件未提供WPS和PDF两种(含两种)以上下载格式：已提供PDF，缺少WPS",
        "2.html": "政策文件未提供WPS和PDF两种(含两种)以上下载格式：已提供无，缺少PDF、WPS",
    }


def test_complete_documents_pass_including_text_only_formats(export, findings_of):
    export.page(POLICY.format(1), doc('<a href="W1.pdf">PDF</a> <a href="W1.wps">WPS</a>'))
    export.page(POLICY.format(2), doc('<a href="/down.jsp?id=7">PDF版</a>'
                                      '<a href="/down.jsp?id=8">下载WPS版</a>'))
    export.page(POLICY.format(3), doc('<a href="/f?id=1&filename=a.PDF">a</a>'
                                      '<a href="W3.docx">b</a>'))
    assert findings_of(export.run(), "downloads.formats") == []


def test_only_policy_articles_are_checked(export, findings_of):
    export.page("zwgk/zcwj/index.html", "<ul><li><a href='t1.html'>通知</a> 2022-05-12</li></ul>")
    export.page("xwzx/gzdt/t20220512_1.html", doc("无附件", title="县长调研"))
    export.page("other/t20220512_9.html", doc("无"), meta={"ColumnType": "政策文件"})
    found = findings_of(export.run(), "downloads.formats")
    assert [f.target.url.rsplit("/", 1)[-1] for f in found] == ["t20220512_9.html"]


def test_strict_wps_option(export, findings_of):
    export.page(POLICY.format(1), doc('<a href="W1.pdf">pdf</a><a href="W1.doc">doc</a>'))
    assert findings_of(export.run(), "downloads.formats") == []
    strict = "rules:\n  options:\n    downloads.formats: {groups: {wps: [wps]}}\n"
    found = findings_of(export.run(strict), "downloads.formats")
    assert len(found) == 1 and "缺少WPS" in found[0].message


def test_gbk_policy_page(export, findings_of):
    export.page(POLICY.format(5), doc('<a href="W5.pdf">ＰＤＦ版</a>'), encoding="gbk")
    found = findings_of(export.run(), "downloads.formats")
    assert len(found) == 1 and "已提供PDF" in found[0].message
