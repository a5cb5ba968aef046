"""newmedia.silence and newmedia.unfiled on GBK inventories and XLSX registries."""

from __future__ import annotations

import openpyxl

HEADER = "序号,账号类型,账号名称,开设主体,认证主体,最近更新时间,状态\n"


def inventory(export, rows: list[str], encoding: str = "gbk"):
    text = "示例县政务新媒体账号清单\n" + HEADER + "\n".join(rows) + "\n"
    return export.file("newmedia/accounts.csv", text, encoding=encoding)


def registry(export, rows: list[tuple]):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["平台", "账号名称", "认证主体", "备案编号", "状态"])
    for row in rows:
        ws.append(list(row))
    path = export.root / "newmedia" / "registry.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


NEWMEDIA = "newmedia:\n  inventory: newmedia/accounts.csv\n  registry: newmedia/registry.xlsx\n"


def test_silence_boundary_14_vs_15_days(export, findings_of):
    inventory(export, [
        "1,微信公众号,示例发布,县政府办,示例县人民政府办公室,2022-05-17 23:59,运行",
        "2,新浪微博,示例微博,县政府办,示例县人民政府办公室,2022/5/16 08:00,运行",
        "3,今日头条,示例头条,县政府办,示例县人民政府办公室,2022年05月30日,正常",
        "4,抖音,示例抖音,县文旅局,示例县文化广电旅游局,2021-01-01,注销",
        "5,快手,示例快手,县文旅局,示例县文化广电旅游局,,运行",
    ])
    registry(export, [])
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.silence]\n")
    silent = findings_of(result, "newmedia.silence")
    assert [(f.target.platform, f.target.name) for f in silent] == [("新浪微博", "示例微博")]
    assert silent[0].message.startswith("监测时间点前2周内无更新")
    assert "2022-05-16" in silent[0].message and "15天" in silent[0].message
    unknown = [f for f in findings_of(result, "input") if "最近更新时间" in f.message]
    assert len(unknown) == 1 and "accounts.csv:7" in unknown[0].target.path


def test_silence_threshold_option_and_posts_file(export, findings_of):
    inventory(export, ["1,微信公众号,示例发布,县政府办,示例县人民政府办公室,2022-05-01,运行"])
    export.file("newmedia/posts.csv", "account,published_at,kind\n示例发布,2022-05-28 10:00,原创\n")
    registry(export, [])
    base = NEWMEDIA + "  posts: newmedia/posts.csv\nrules:\n  select: [newmedia.silence]\n"
    assert findings_of(export.run(base), "newmedia.silence") == []
    strict = base + "  options:\n    newmedia.silence: {max_days: 2}\n"
    assert len(findings_of(export.run(strict), "newmedia.silence")) == 1


def test_unfiled_by_platform_family_and_normalised_name(export, findings_of):
    inventory(export, [
        "1,微信订阅号,“漾濞发布”,县政府办,漾濞彝族自治县人民政府办公室,2022-05-30,运行",
        "2,新浪微博,漾濞 发布,县政府办,漾濞彝族自治县人民政府办公室,2022-05-30,运行",
        "3,微信公众号,漾濞司法,县司法局,漾濞彝族自治县司法局,2022-05-30,运行",
        "4,今日头条,漾濞水务局,县水务局,漾濞彝族自治县水务局,2022-05-30,运行",
        "5,抖音,漾濞发布,县政府办,漾濞彝族自治县人民政府办公室,2022-05-30,运行",
    ])
    registry(export, [
        ("公众号", "漾濞发布", "漾濞彝族自治县人民政府办公室", "5329220001", "正常"),
        ("微博", "漾濞发布", "漾濞彝族自治县人民政府办公室", "5329220002", "正常"),
        ("头条号", "漾濞水务", "漾濞彝族自治县水务局", "5329220003", "正常"),
        ("微信公众号", "漾濞发布", "漾濞彝族自治县人民政府办公室", "5329220004", "正常"),
    ])
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.unfiled]\n")
    found = {f.target.name: f for f in findings_of(result, "newmedia.unfiled")}
    assert set(found) == {"漾濞司法", "漾濞水务局", "漾濞发布"}
    assert found["漾濞司法"].severity == "error"
    assert "未经报备私自开设政务新媒体" in found["漾濞司法"].message
    assert found["漾濞水务局"].severity == "warning"
    assert "疑似更名" in found["漾濞水务局"].message and "漾濞水务" in found["漾濞水务局"].message
    assert found["漾濞发布"].target.platform == "抖音"


def test_bad_rows_reported_others_checked(export, findings_of):
    inventory(export, [
        "1,微信公众号,示例发布,县政府办,示例县人民政府办公室,不是日期,运行",
        "2,,无平台账号,县政府办,示例县人民政府办公室,2022-05-01,运行",
        "3,新浪微博,示例微博,县政府办,示例县人民政府办公室,2022-01-01,运行",
    ])
    registry(export, [("微博", "示例微博", "示例县人民政府办公室", "1", "正常")])
    result = export.run(NEWMEDIA)
    where = sorted(f.target.path.rsplit(":", 1)[-1] for f in findings_of(result, "input"))
    assert where == ["3", "3", "4"]  # bad date (+ so no last post), row without platform
    assert [f.target.name for f in findings_of(result, "newmedia.silence")] == ["示例微博"]


def test_posts_matched_by_platform_when_the_post_names_one(export, findings_of):
    inventory(export, [
        "1,微信公众号,示例发布,县政府办,示例县人民政府办公室,,运行",
        "2,新浪微博,示例发布,县政府办,示例县人民政府办公室,,运行",
    ])
    export.file("newmedia/posts.csv", "账号名称,平台,发布时间,类型\n"
                "示例发布,微信订阅号,2022-05-30 09:00,原创\n"
                "示例发布,微博,2022-04-01 09:00,转发\n", encoding="gbk")
    registry(export, [])
    base = NEWMEDIA + "  posts: newmedia/posts.csv\nrules:\n  select: [newmedia.silence]\n"
    silent = findings_of(export.run(base), "newmedia.silence")
    assert [(f.target.platform, f.target.name) for f in silent] == [("新浪微博", "示例发布")]


def test_silence_from_a_push_only_crawler_says_so(export, findings_of):
    """Seen only by a crawler of pushed posts, an account may have published unpushed posts:
    the finding says where its date came from; a back-office date or a posts file does not."""
    rows = ("序号,账号类型,账号名称,开设主体,最近更新时间,更新时间来源,状态\n"
            "1,微信公众号,示例卫健,县卫健局,2022-05-01,第三方爬虫抓取（仅群发消息）,运行\n"
            "2,微信公众号,示例教育,县教育局,2022-05-01,后台导出,运行\n"
            "3,微信公众号,示例文旅,县文旅局,2022-05-01,,运行\n"
            "4,微信公众号,示例交通,县交通局,2022-05-01,爬虫抓取,运行\n")
    export.file("newmedia/accounts.csv", rows, encoding="gbk")
    export.file("newmedia/posts.csv", "账号,发布时间\n示例交通,2022-05-02 10:00\n",
                encoding="gbk")
    registry(export, [])
    result = export.run(NEWMEDIA + "  posts: newmedia/posts.csv\n"
                        "rules:\n  select: [newmedia.silence]\n")
    found = {f.target.name: f for f in findings_of(result, "newmedia.silence")}
    assert set(found) == {"示例卫健", "示例教育", "示例文旅", "示例交通"}
    crawled = found["示例卫健"]
    assert "仅来自“第三方爬虫抓取（仅群发消息）”" in crawled.message
    assert "请以账号后台发布记录核实" in crawled.message
    assert crawled.details == {"date_source": "第三方爬虫抓取（仅群发消息）", "push_only": True}
    for name in ("示例教育", "示例文旅", "示例交通"):  # a back office, no source, a posts file
        assert "仅来自" not in found[name].message and not found[name].details
    own = NEWMEDIA + "rules:\n  select: [newmedia.silence]\n  options:\n" \
        "    newmedia.silence: {push_only_sources: [后台]}\n"
    found = {f.target.name: f for f in findings_of(export.run(own), "newmedia.silence")}
    assert "仅来自“后台导出”" in found["示例教育"].message
    assert "仅来自" not in found["示例卫健"].message
