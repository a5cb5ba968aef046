"""Mirror directories: URLs from base_url, pages before attachments, manifest.jsonl."""

from __future__ import annotations

import json
from pathlib import Path

from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.readers.mirror import iter_mirror


def site(root: Path) -> SiteConfig:
    return SiteConfig(name="示例县", export=root, base_url="http://www.example.gov.cn")


def test_urls_order_and_skipped_files(tmp_path):
    for rel in ["zwgk/a.pdf", "zwgk/t1.html", "index.html", "css/site.css", "img/logo.png",
                ".git/config.html", "zwgk/通知.docx", "list.shtml"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    urls = [r.url for r in iter_mirror(site(tmp_path))]
    assert urls == [
        "http://www.example.gov.cn/index.html",
        "http://www.example.gov.cn/list.shtml",
        "http://www.example.gov.cn/zwgk/t1.html",
        "http://www.example.gov.cn/zwgk/a.pdf",
        "http://www.example.gov.cn/zwgk/%E9%80%9A%E7%9F%A5.docx",
    ]


def test_manifest_gives_url_column_title_and_reports_bad_lines(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "1.html").write_bytes(b"<p>x</p>")
    (tmp_path / "manifest.jsonl").write_text(
        json.dumps({"path": "p/1.html", "url": "http://cms.example.gov.cn/art/2022/5/12/1.html",
                    "column": "行政处罚", "column_type": "penalty", "title": "处罚决定书",
                    "published": "2022-05-12"}, ensure_ascii=False) + "\n"
        + "{not json\n" + "[1, 2]\n", encoding="utf-8")
    items = list(iter_mirror(site(tmp_path)))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.where.rsplit(":", 1)[-1] for e in errors] == ["2", "3"]
    (res,) = [i for i in items if not isinstance(i, InputError)]
    assert res.url == "http://cms.example.gov.cn/art/2022/5/12/1.html"
    assert res.info["column_type"] == "penalty" and res.info["title"] == "处罚决定书"


def test_manifest_column_reaches_rules(export, findings_of):
    export.page("art/1.html", "<p>当事人：李某，女，身份证号码：略，住址：江西省示例县永宁镇城北村三组12号</p>")
    (export.site / "manifest.jsonl").write_text(json.dumps(
        {"path": "art/1.html", "column": "行政处罚", "column_type": "penalty"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    assert len(findings_of(export.run(), "privacy.address")) == 1


def test_oversized_file_is_reported_not_read(tmp_path, monkeypatch):
    from rulekit.readers import mirror

    monkeypatch.setattr(mirror, "MAX_FILE_BYTES", 100)
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * 1000 + b"</p>")
    (res,) = list(iter_mirror(site(tmp_path)))
    try:
        res.load()
    except InputError as exc:
        assert "limit" in exc.message
    else:
        raise AssertionError("no error")


def test_saved_query_strings_become_urls_again(tmp_path):
    from rulekit.readers.mirror import file_url

    base = "http://www.example.gov.cn/"
    assert file_url(base, "module/download/downfile.jsp@classid=0&fileid=7") == (
        "http://www.example.gov.cn/module/download/downfile.jsp?classid=0&fileid=7")
    assert file_url(base, "art/down.do?id=3&filename=通知.pdf") == (
        "http://www.example.gov.cn/art/down.do?id=3&filename=%E9%80%9A%E7%9F%A5.pdf")
    assert file_url(base, "zwgk/news@2022.html") == "http://www.example.gov.cn/zwgk/news%402022.html"


def test_attachment_saved_with_its_query_inherits_the_linking_pages_column(export, findings_of):
    export.page("xxgk/cf/t20220501_1.html",
                '<p><a href="/module/download/downfile.jsp?classid=0&amp;fileid=7">附件：决定书.docx</a></p>',
                meta={"ColumnName": "行政处罚决定", "ColumnType": "行政处罚"})
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml",
                    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                    '2006/main"><w:body><w:p><w:r><w:t>当事人：李某，女，1985年6月15日出生，'
                    '住址：江西省示例县永宁镇城北村三组12号。</w:t></w:r></w:p></w:body></w:document>')
    export.file("site/module/download/downfile.jsp@classid=0&fileid=7", buf.getvalue())
    found = findings_of(export.run(), "privacy.address")
    assert [f.target.url for f in found] == [
        "http://www.example.gov.cn/module/download/downfile.jsp?classid=0&fileid=7"]
    assert found[0].target.parent_url.endswith("/xxgk/cf/t20220501_1.html")


def test_paginated_list_pages_saved_with_their_query_are_read(tmp_path):
    for rel in ["zwgk/list.html?page=2", "zwgk/index.html@page=3"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes("<html><body><p>列表</p></body></html>".encode())
    urls = sorted(r.url for r in iter_mirror(site(tmp_path)))
    assert urls == ["http://www.example.gov.cn/zwgk/index.html?page=3",
                    "http://www.example.gov.cn/zwgk/list.html?page=2"]


def test_pages_saved_without_an_extension_are_sniffed(tmp_path):
    page = tmp_path / "art" / "2022" / "5" / "12" / "art_1229_4516674"
    page.parent.mkdir(parents=True)
    page.write_bytes('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
                     "<body>正文</body></html>".encode())
    (tmp_path / "art" / "README").write_bytes(b"plain notes, not a page")
    urls = [r.url for r in iter_mirror(site(tmp_path))]
    assert urls == ["http://www.example.gov.cn/art/2022/5/12/art_1229_4516674"]


def test_each_resources_extension_is_its_urls_whatever_the_name(tmp_path):
    """The walk tells a resource its extension when the URL is the quoted name; for every
    other name (saved queries, escapes, Chinese, no extension, a manifest's URL) it is
    read from the URL: either way it is ``url_extension(url)``."""
    from rulekit.resource import url_extension

    html = b"<html><body><p>\xe6\xad\xa3\xe6\x96\x87</p></body></html>"
    names = ["index.html", "zwgk/t20220512_1.HTM", "zwgk/art_1_2", "zwgk/P0.PDF",
             "zwgk/a..7z", "zwgk/a%2Epdf.doc", "zwgk/政策解读.html", "zwgk/通知.wps",
             "module/downfile.jsp@fileid=7&filename=x.pdf", "list.jsp@id=5",
             "zwgk/bad\udcff.html"]
    for name in names:
        path = tmp_path / "site" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = b"%PDF-1.4 x" if "fileid" in name else html
        path.write_bytes(data)
    (tmp_path / "site" / "manifest.jsonl").write_text(json.dumps(
        {"path": "zwgk/通知.wps", "url": "http://www.example.gov.cn/down?file=通知.pdf"},
        ensure_ascii=False) + "\n", encoding="utf-8")
    found = [r for r in iter_mirror(site(tmp_path / "site")) if not isinstance(r, InputError)]
    assert len(found) == len(names)
    for res in found:
        told = res.__dict__.get("extension")
        assert res.extension == url_extension(res.url), (res.url, told)
    told = {r.url.rsplit("/", 1)[1] for r in found if "extension" in r.__dict__}
    assert {"index.html", "t20220512_1.HTM", "P0.PDF"} <= told
