"""newmedia.repost-only with a posts export whose 原创/转发 column says what each post is."""

from __future__ import annotations

HEADER = "序号,账号类型,账号名称,开设主体,认证主体,最近更新时间,状态\n"
NEWMEDIA = "newmedia:\n  inventory: newmedia/accounts.csv\n  posts: newmedia/posts.csv\n"


def test_only_reposts_in_the_window(export):
    export.file("newmedia/accounts.csv", "账号清单\n" + HEADER + "\n".join([
        "1,新浪微博,华州发布,区政府办,区政府办,2022-05-30,运行",
        "2,微信公众号,示例发布,县政府办,县政府办,2022-05-30,运行",
        "3,今日头条,示例头条,县政府办,县政府办,2022-05-30,运行",
    ]) + "\n", encoding="gbk")
    export.file("newmedia/posts.csv", "账号名称,平台,发布时间,原创/转发,标题\n" + "\n".join([
        "华州发布,新浪微博,2022-05-30 09:00,转发,转发：全省防汛工作会议召开",
        "华州发布,新浪微博,2022-05-12 09:00,转载,夏粮收购政策解读",
        "华州发布,新浪微博,2022-04-01 09:00,原创,华州区春耕动员（窗口之前）",
        "示例发布,微信公众号,2022-05-29 09:00,转发,转发：省政府常务会议",
        "示例发布,微信公众号,2022-05-20 09:00,原创,示例县召开防汛会议",
        "示例头条,今日头条,2022-05-29 09:00,,未说明类型",
        "示例头条,今日头条,2022-05-28 09:00,转发,转发一条",
    ]) + "\n", encoding="gbk")
    result = export.run(NEWMEDIA + "rules:\n  select: [newmedia.repost-only]\n")
    found = [f for f in result.findings if f.rule == "newmedia.repost-only"]
    assert [(f.target.platform, f.target.name) for f in found] == [("新浪微博", "华州发布")]
    assert "2条信息均为转发" in found[0].message
