"""Write the bundled demo (``configs/demo/`` and ``configs/demo.yaml``) from sitegen.

The demo is what a new user runs first (``rulekit run configs/demo.yaml``) and what the
end-to-end tests check against, so every planted problem, and every look-alike that must not
be reported, is written down in ``configs/demo/EXPECTED.md`` (for readers) and
``configs/demo/expected.json`` (for tests). The output is byte-stable: re-running this script
changes nothing, so git only shows a diff when the generator changed.

Usage: ``python tools/make_demo.py`` (from anywhere; paths are resolved from this file).
"""

from __future__ import annotations

import csv
import io
import json
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import sitegen  # noqa: E402  (lives in benchmarks/, not an installed package)

sys.path.insert(0, str(ROOT / "tools"))
import demo_reading_cases  # noqa: E402
import demo_site_cases  # noqa: E402
import demo_town  # noqa: E402

AS_OF = date(2022, 5, 31)
SITE_NAME = "示例县人民政府"
BASE_URL = "http://www.example-county.gov.cn/"
N_PAGES = 300
SEED = 2022
PAGE_KB = (5, 15)
#: broken links planted (one per page, each kind of sitegen.BROKEN_LINKS)
N_BROKEN_LINKS = 7

CONFIG_YAML = """\
# The bundled demo: a fictional county's site export and new-media lists with planted
# problems. What a correct run reports is listed in demo/EXPECTED.md.
# Regenerate with: python tools/make_demo.py
as_of: 2022-05-31
sites:
  - name: 示例县人民政府
    export: demo/county
    base_url: http://www.example-county.gov.cn/
    columns:
      - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}
      - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}
  - name: 示例县城关镇人民政府
    export: demo/town
    base_url: http://cgz.example-county.gov.cn/
newmedia:
  inventory: demo/newmedia/accounts.csv
  registry: demo/newmedia/registry.xlsx
  posts: demo/newmedia/posts.csv
letters:
  file: demo/letters/letters.csv
  site: 示例县人民政府
"""

#: the county mailbox's letters (县长信箱): id, title, submitted, replied, reply, expected
LETTERS = [
    ("XZ-2022-0107", "咨询农村低保申请条件", "2022-02-21 09:12", "", "",
     ("messages.unanswered", "messages.reply-overdue"), "over 3 months unanswered: the veto"),
    ("XZ-2022-0311", "反映城关镇人民路路灯不亮", "2022-04-29 10:05", "2022-05-11 15:30",
     "您好，已通知城管局维修，现已修复。", ("messages.reply-overdue",),
     "6 working days (劳动节 4月30日至5月4日, 5月7日 Saturday worked)"),
    ("XZ-2022-0312", "咨询医保异地就医备案", "2022-04-29 11:20", "2022-05-10 09:00",
     "您好，可通过国家医保服务平台办理备案。", (), "5 working days, the make-up Saturday among them"),
    ("XZ-2022-0420", "反映小区夜间施工噪音", "2022-05-27 16:40", "", "", (),
     "unanswered, but 2 working days before as_of"),
    ("XZ-2022-0501", "咨询住房公积金提取", "2022-05-06 08:30", "2022-05-07 09:00",
     "您好，请携带身份证到县公积金中心办理。", (), "answered on the make-up Saturday"),
    ("XZ-2022-0502", "咨询不动产登记所需材料", "2022-05-09 14:00", "2022-05-10 10:00", "已收到",
     ("messages.reply-quality",), "answered in time, with two characters and no full stop"),
    ("XZ-2021-0930", "咨询房屋登记", "2021-03-02 10:00", "", "", (),
     "over a year before as_of: outside the inspection"),
    ("XZ-2022-0215", "反映道路破损", "", "", "", ("input",),
     "no submission time: an input problem, not a late letter"),
]


def write_letters(out: Path) -> None:
    """letters.csv: a GBK export with a title row, as a CMS's mailbox exports it."""
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["示例县人民政府县长信箱留言导出", "", "", "", ""])
    writer.writerow(["信件编号", "信件标题", "来信时间", "答复时间", "答复内容"])
    for row in LETTERS:
        writer.writerow(row[:5])
    (out / "letters.csv").write_bytes(buf.getvalue().encode("gbk"))


def _letters_section() -> list[str]:
    lines = ["## Letters (`demo/letters/letters.csv`, the county's 县长信箱)", "",
             "| id | title | submitted | replied | expected | note |",
             "| --- | --- | --- | --- | --- | --- |"]
    for lid, title, sub, rep, _, expect, note in LETTERS:
        lines.append(f"| {lid} | {title} | {sub or '(empty)'} | {rep or '(none)'} | "
                     f"{', '.join(expect) or 'none'} | {note} |")
    return lines + [""]

# ---------------------------------------------------------------------------------------------
# new-media accounts: inventory rows, their registry rows, and what a run must say about them

FAMILY = {
    "微信公众号": "wechat", "微信订阅号": "wechat", "微信服务号": "wechat", "公众号": "wechat",
    "新浪微博": "weibo", "微博": "weibo", "今日头条": "toutiao", "头条号": "toutiao",
    "抖音": "douyin", "快手": "kuaishou",
}
REGISTRY_PLATFORM = {  # the registry's own words for a platform (synonyms of the inventory's)
    "微信公众号": "公众号", "微信订阅号": "公众号", "微信服务号": "公众号",
    "新浪微博": "微博", "今日头条": "头条号", "抖音": "抖音", "快手": "快手",
}


@dataclass
class Account:
    platform: str
    name: str  # as the inventory writes it
    operator: str
    subject: str  # 认证主体
    last_post: str  # as the inventory writes it ("" = unknown)
    interaction: str = "是"
    source: str = "账号后台"  # 更新时间来源: where the last post time was read
    menu: str = "是"
    status: str = "运行"
    # registry side: None = not filed; otherwise the registry's spelling of the name
    registry_name: str | None = ""
    registry_status: str = "正常"
    cancelled_at: date | None = None
    expect: tuple[str, ...] = ()  # findings of the first-release rules
    later: tuple[str, ...] = ()  # findings of rules still to come
    note: str = ""


def _accounts() -> list[Account]:
    """The inventory; ``registry_name=""`` means filed under the same (normalised) name."""
    gov = "示例县人民政府办公室"
    media = "示例县融媒体中心"
    police = "示例县公安局"
    return [
        Account("微信公众号", "示例发布", gov, gov, "2022-05-30 18:20",
                expect=("newmedia.several-accounts",),
                note="the office also runs 示例县１２３４５热线 on WeChat: two filed accounts"),
        Account("新浪微博", "示例发布", gov, gov, "2022/5/31 9:12",
                note="same name on another platform; registry says 微博"),
        Account("今日头条", "示例发布", media, media, "2022/5/29 21:05",
                note="registry says 头条号"),
        Account("抖音", "示例县\u3000融媒", media, media, "2022-05-28 17:40",
                registry_name="示例县融媒", note="full-width space inside the name"),
        Account("微信订阅号", "“示例公安”", police, police, "2022-05-27 12:00",
                registry_name="示例公安", note="curly quotes around the name; 公众号 in registry"),
        Account("新浪微博", "示例公安", police, police, "2022-05-30 08:45",
                expect=("newmedia.several-accounts",),
                note="示例县公安局's first filed 微博 account: the finding names both"),
        Account("新浪微博", "示例县公安局网安大队", police, "示例县公安局网络安全保卫大队",
                "2022-05-24 16:02",
                note="second filed 微博 account of 示例县公安局 (named in the finding at 示例公安)"),
        Account("今日头条", "示例公安", police, police, "2022-05-16 20:45",
                expect=("newmedia.silence",), note="last post 15 days before as_of: silent"),
        Account("微信订阅号", "健康示例", "示例县卫生健康委员会", "示例县卫生健康委员会",
                "2022/5/17 10:30", note="last post exactly 14 days before as_of: in time"),
        Account("微信订阅号", "示例县市场监管", "示例县市场监督管理局", "示例县市场监督管理局",
                "2022-05-25 15:10", registry_name="示例县市场监督",
                expect=("newmedia.unfiled:possible-rename",),
                note="registry name differs by one character (监管/监督): possible rename"),
        Account("微信公众号", "示例县司法行政在线", "示例县司法局", "示例县司法局",
                "2022-05-26 11:00", registry_name=None, expect=("newmedia.unfiled",),
                note="not filed (like the seed's 微信公众号“漾濞司法”)"),
        Account("微信公众号", "示例县水利水务", "示例县水利局", "示例县水利局", "2022-03-02 09:30",
                registry_name=None, expect=("newmedia.unfiled", "newmedia.silence"),
                note="not filed and long silent (like the seed's “漾濞招商”)"),
        Account("微信服务号", "示例县疾控中心", "示例县卫生健康委员会",
                "示例县疾病预防控制中心", "2022-05-23 14:20", registry_name=None,
                expect=("newmedia.unfiled",),
                note="not filed; certified subject differs from the operator"),
        Account("快手", "示例县交警", "示例县公安局交通管理大队", "示例县公安局交通管理大队",
                "2022-04-20 19:00", source="第三方监测（爬虫抓取）", expect=("newmedia.silence",),
                note="date from a crawler of pushed posts only: the finding says so"),
        Account("微信订阅号", "示例县招商", "示例县投资促进局", "示例县招商合作局",
                "2021/12/30 10:00", status="停更", expect=("newmedia.silence",),
                note="status 停更 is not cancelled: still checked"),
        Account("新浪微博", "示例教育", "示例县教育体育局", "示例县教育体育局", "2022-05-25 07:55",
                expect=("newmedia.repost-only",),
                note="posts.csv: its three posts of May are all 转发"),
        Account("微信订阅号", "示例县农业农村", "示例县农业农村局", "示例县农业农村局",
                "2021-08-10 16:00", status="注销", registry_status="已注销",
                cancelled_at=date(2021, 9, 1),
                note="cancelled and silent: must NOT be reported as silent"),
        Account("抖音", "示例应急", "示例县应急管理局", "示例县应急管理局", "2022-05-20 20:30"),
        Account("微信公众号", "示例县１２３４５热线", gov, "示例县政务服务中心",
                "2022-05-30 16:45", registry_name="示例县12345热线",
                note="full-width digits in the inventory; ASCII in the registry"),
        Account("微信订阅号", '"示例文旅"', "示例县文化广电新闻出版旅游局",
                "示例县文化广电新闻出版旅游局", "2022-05-10 10:10", registry_name="示例文旅",
                expect=("newmedia.silence",), note="ASCII quotes in the name (CSV-escaped)"),
        Account("今日头条", "《示例人社》", "示例县人力资源和社会保障局",
                "示例县人力资源和社会保障局", "2022/5/26 15:35", registry_name="示例人社",
                note="《》 around the name"),
        Account("新浪微博", "示例县林业", "示例县林业局", "示例县林业局", "2022-05-23 09:00",
                interaction="否", expect=("newmedia.no-interaction",)),
        Account("微信订阅号", "示例县医保", "示例县医疗保障局", "示例县医疗保障局",
                "2022-05-29 11:11", menu="否", expect=("newmedia.menu-broken",)),
        Account("抖音", "示例县城管", "示例县城市管理局", "示例县城市管理局", "",
                expect=("input",), note="no last post time: an input problem, not silent"),
        Account("快手", "示例融媒", media, media, "2022-05-31 08:00", note="posted on as_of"),
        Account("微信订阅号", "示例县退役军人", "示例县退役军人事务局", "示例县退役军人事务局",
                "2022-04-30 18:00", expect=("newmedia.silence",)),
        Account("今日头条", "示例县乡村振兴", "示例县乡村振兴局", "示例县乡村振兴局",
                "2022-05-18 09:40", note="13 days before as_of: in time"),
        Account("抖音", "示例县气象", "示例县气象局", "示例县气象局", "2022-05-28 10:00",
                registry_status="已注销", cancelled_at=date(2021, 12, 31),
                expect=("newmedia.cancelled-running",),
                note="cancelled in the registry but still posting"),
    ]


# registry rows with no account in the inventory (filed, not found on the platforms)
EXTRA_REGISTRY = [("公众号", "示例县档案", "示例县档案馆", "示例县档案馆", "正常", None)]

_QUOTES = re.compile(r"[\s“”‘’\"'「」《》]")


def norm_name(name: str) -> str:
    """Names compare after NFKC with white space and quotation marks removed (rules.md)."""
    return _QUOTES.sub("", unicodedata.normalize("NFKC", name))


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def _last_post_day(text: str) -> date | None:
    m = re.match(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _self_check(accounts: list[Account], registry: list[tuple[Any, ...]]) -> None:
    """Fail loudly if the planted new-media cases do not mean what EXPECTED.md says."""
    reg = [(FAMILY[p], norm_name(n), s) for p, n, s, *_ in registry]
    for acc in accounts:
        fam, name = FAMILY[acc.platform], norm_name(acc.name)
        exact = any(f == fam and n == name for f, n, _ in reg)
        near = [n for f, n, s in reg if f == fam and n != name
                and (edit_distance(n, name) <= 2 or s == acc.subject)]
        if "newmedia.unfiled" in acc.expect:
            assert not exact and not near, (acc.name, near)
        elif "newmedia.unfiled:possible-rename" in acc.expect:
            assert not exact and near, acc.name
        else:
            assert exact, acc.name
        day = _last_post_day(acc.last_post)
        silent = day is not None and day <= AS_OF - timedelta(days=15) and acc.status != "注销"
        assert silent == ("newmedia.silence" in acc.expect), acc.name
        running = acc.status != "注销"
        assert (acc.interaction == "否" and running) == (
            "newmedia.no-interaction" in acc.expect), acc.name
        assert (acc.menu == "否" and running) == ("newmedia.menu-broken" in acc.expect), acc.name
        revived = acc.cancelled_at is not None and day is not None and day > acc.cancelled_at
        assert revived == ("newmedia.cancelled-running" in acc.expect), acc.name
    groups: dict[tuple[str, str], list[Account]] = {}
    for acc in accounts:  # filed, running accounts of one operator on one platform family
        if acc.registry_name is not None and acc.status != "注销":
            groups.setdefault((acc.operator, FAMILY[acc.platform]), []).append(acc)
    firsts = {id(g[0]) for g in groups.values() if len(g) > 1}
    for acc in accounts:
        assert (id(acc) in firsts) == ("newmedia.several-accounts" in acc.expect), acc.name


#: the posts export (posts.csv): an account of reposts only, and one that also posts its own
POSTS = [
    ("示例教育", "新浪微博", "2022-05-25 07:55", "转发", "转发：2022年高考防疫须知"),
    ("示例教育", "新浪微博", "2022-05-18 10:00", "转发", "转发：全省教育工作会议召开"),
    ("示例教育", "新浪微博", "2022-05-06 16:30", "转载", "转载：五一假期安全提示"),
    ("示例发布", "微信公众号", "2022-05-30 18:20", "原创", "示例县召开防汛工作部署会"),
    ("示例发布", "微信公众号", "2022-05-27 09:00", "转发", "转发：省政府常务会议"),
]


def write_newmedia(out: Path) -> tuple[list[Account], list[tuple[Any, ...]]]:
    """accounts.csv (GBK, title row, Chinese headers) and registry.xlsx (openpyxl)."""
    accounts = _accounts()
    out.mkdir(parents=True, exist_ok=True)
    header = ["序号", "账号类型", "账号名称", "开设主体", "认证主体", "市(区)/省直",
              "最近更新时间", "更新时间来源", "互动功能", "菜单可用", "状态"]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")  # as Excel in China saves CSV
    writer.writerow(["示例县政务新媒体账号清单"] + [""] * (len(header) - 1))
    writer.writerow(header)
    for i, acc in enumerate(accounts, 1):
        writer.writerow([i, acc.platform, acc.name, acc.operator, acc.subject, "宜春市",
                         acc.last_post, acc.source, acc.interaction, acc.menu, acc.status])
    (out / "accounts.csv").write_bytes(buf.getvalue().encode("gbk"))
    posts = io.StringIO()
    writer = csv.writer(posts, lineterminator="\r\n")
    writer.writerow(["账号名称", "账号类型", "发布时间", "原创/转发", "标题"])
    writer.writerows(POSTS)
    (out / "posts.csv").write_bytes(posts.getvalue().encode("gbk"))

    registry: list[tuple[Any, ...]] = []
    for acc in accounts:
        if acc.registry_name is None:
            continue
        registry.append((REGISTRY_PLATFORM[acc.platform], acc.registry_name or acc.name,
                         acc.subject, acc.operator, acc.registry_status, acc.cancelled_at))
    registry.extend(EXTRA_REGISTRY)
    _self_check(accounts, registry)
    _write_registry(out / "registry.xlsx", registry)
    return accounts, registry


def _write_registry(path: Path, rows: list[tuple[Any, ...]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "政务新媒体"
    ws.append(["平台", "账号名称", "认证主体", "开设主体", "备案编号", "状态", "备案时间",
               "注销时间"])
    for i, (platform, name, subject, operator, status, cancelled) in enumerate(rows, 1):
        filed = datetime(2019, 3, 1) + timedelta(days=37 * i)
        ws.append([platform, name, subject, operator, f"XMT{sitegen.AREA_CODE}{i:04d}", status,
                   filed, datetime.combine(cancelled, datetime.min.time()) if cancelled else None])
        ws.cell(row=i + 1, column=7).number_format = "yyyy-mm-dd"
        ws.cell(row=i + 1, column=8).number_format = "yyyy-mm-dd"
    for col, width in zip("ABCDEFGH", (10, 22, 30, 30, 18, 8, 12, 12), strict=True):
        ws.column_dimensions[col].width = width
    fixed = datetime(2022, 5, 31, 0, 0, 0)
    wb.properties.creator = "全国政府网站与政务新媒体信息报送系统"
    wb.properties.created = fixed
    buf = io.BytesIO()
    wb.save(buf)
    _restamp_zip(buf.getvalue(), path, fixed)


def _restamp_zip(data: bytes, path: Path, when: datetime) -> None:
    """Rewrite an OOXML zip with fixed entry times and document dates (byte-stable output)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                              rb"\g<1>" + stamp.encode(), body)
            new = zipfile.ZipInfo(info.filename, date_time=sitegen.ZIP_DATE)
            new.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(new, body)
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------------------------
# EXPECTED.md


def _encoding(e: dict[str, Any]) -> str:
    return " (GBK page)" if e.get("encoding") == "gbk" else ""


def _what(rule: str, e: dict[str, Any]) -> str:
    """One planted finding in words, for EXPECTED.md."""
    ocr = {True: " (with OCR only)", False: " (without OCR only)"}.get(e.get("ocr"), "")
    variant = e.get("variant")
    if variant == "scan":
        shown = f"`{e['masked']}` " if rule == "privacy.id-number" else ""
        return f"{shown}inside the scanned decision linked from `{e['page']}`{ocr}"
    if rule == "privacy.id-number":
        what = {
            "plain": "plain 18-digit number",
            "fullwidth": "full-width digits (NFKC)",
            "spans": "split across three `<span>`s",
            "table": "one cell of a 低保 table, the other rows masked",
            "docx": f"inside the `.docx` attachment of `{e.get('page', '')}`",
            "comment": "after a CMS field marker `<!--<$[身份证号码]>-->`",
        }[variant]
        if variant == "plain" and e["value"].endswith("X"):
            what += ", check character written as lower-case `x`"
        return f"`{e['masked']}` {what}"
    if rule == "privacy.address":
        how = {"comment": ", after a CMS field marker",
               "table": ", in a table headed 姓名、身份证号、住址"}.get(variant, "")
        return f"{e['label']}：{e['value'][:10]}… (natural person, detailed, unmasked{how})"
    if rule == "links.broken":
        return f"{e['variant']} link to `{e['target']}`, which the export lacks"
    if rule == "site.charset-declaration":
        return "declares `charset=gb2312`, bytes are UTF-8: read as UTF-8, the declaration reported"
    if rule == "site.footer-identifiers":
        return (f"the footer template of {e['pages']} pages (sitegen's) has no 网站地图: one "
                "finding for them all, at the first page's URL")
    if rule == "columns.stale":
        return (f"the {e['column']} column: latest item {e['latest']}, over a year before "
                "as_of (a 规划计划 column's window is a year); the finding is at the column's "
                "first page")
    if rule == "site.home-stale":
        return (f"the town's home page: latest item {e['latest']}, not within the two weeks "
                "before as_of (the county's home page lists an item of as_of itself)")
    if rule == "policy.interpretation-link":
        return (f"the 森林防火 plan: its interpretation (`{e['interpretation'][len(BASE_URL):]}`) "
                "links to it, it does not link back")
    if rule == "policy.search-box":
        return ("the 政策文件 column's list page: only the header's site search "
                "(the town's 政策文件 column has a 文件检索 of its own)")
    if rule == "columns.blank" and variant == "empty":
        return (f"the {e['column']} column lists two items whose pages hold only their title, "
                "date and print buttons (no text, no attachment)")
    if rule == "columns.blank":
        return f"the {e['column']} column's list page lists nothing (暂无信息)"
    if rule == "site.page-metadata":
        return "a policy document whose template leaves the ContentSource meta out"
    if rule == "content.sensitive-words":
        return (f"“{e['word']}” (for 以人民为中心) in a policy document's text: one of the "
                "rule's built-in words, found without a library")
    if rule == "content.hidden-links":
        return (f"a hacked template's block its `<style>` hides (`.yqlj-hide{{display:none}}`), "
                f"linking 澳门葡京娱乐城 at {e['host']}")
    if rule == "disclosure.publish-lag":
        return (f"成文日期 {e['signed']} in the 信息公开 table, published {e['published']}: "
                "32 working days (the 调休 Saturday before 清明 counts, 清明 does not)")
    return "no download at all" if variant == "none" else "PDF only, no WPS/DOC/DOCX"


def _site_section(counts: dict[str, int], ledger: list[dict[str, Any]]) -> list[str]:
    lines = ["## Site 示例县人民政府 (`demo/county/`)", ""]
    for rule, title in SITE_RULES.items():
        entries = [e for e in ledger if e["kind"] == rule and "site" not in e]
        lines += [f"### {rule}: {len(entries)} findings ({title})", ""]
        lines += ["| # | where | what |", "| --- | --- | --- |"]
        for i, e in enumerate(entries, 1):
            lines.append(f"| {i} | `{e['path']}`{_encoding(e)} | {_what(rule, e)} |")
        lines.append("")
    decoys = {
        "decoy:masked-id": "penalty decisions whose ID number is masked "
                           "(`*`, `＊`, `×`, `XXXXXXXX`, 4- or 8- or 11-character masks)",
        "decoy:masked-id-table": "低保/救助 tables whose ID column is masked",
        "decoy:masked-address": "penalty decisions whose address is masked "
                                "(`****`, 已隐去, `**村**组**号`) or stops at the township",
        "decoy:credit-code": "companies' 统一社会信用代码 (MOD 31 valid)",
        "decoy:digit-credit-code": "an all-digit 统一社会信用代码 that also passes every ID check",
        "decoy:company-domicile": "companies' 住所 (public)",
        "decoy:business-premises": "个体工商户 经营场所 (public) with a masked ID",
        "decoy:complete-downloads": "policy documents with PDF + WPS/DOC/DOCX, some known only "
                                    "by link text (`PDF版`, `下载WPS版`) or `filename=`",
        "decoy:policy-list-pages": "list pages of the 政策文件 column (not documents)",
        "decoy:publish-in-time": "a policy document put online 10 working days after its "
                                 "成文日期",
        "decoy:signing-date-commented-out": "a policy document whose template comments its "
                                            "成文日期 out (`<!--…-->`: no signing date shown)",
        "decoy:hidden-share-button": "a share button hidden until clicked "
        "(display:none, a link to service.weibo.com): by design, not a hidden link",
        "decoy:complete-footer": "the site map page, whose footer (shared by the planted "
                                 "cases) carries all eight identifiers",
    }
    lines += ["### Must NOT be reported (look-alikes)", "", "| count | what |", "| --- | --- |"]
    for key, text in decoys.items():
        lines.append(f"| {counts.get(key, 0)} | {text} |")
    digit = next((e for e in ledger if e["kind"] == "decoy:digit-credit-code"), None)
    lines += [
        "| every page | the office's own address in the footer "
        "(地址：江西省宜春市示例县城关镇府前路1号) |",
        "",
    ]
    if digit:
        lines += [f"The all-digit credit code `{digit['value']}` is in `{digit['path']}`, right "
                  "after 统一社会信用代码：.", ""]
    town = [e for e in ledger if e.get("site") == demo_town.NAME]
    lines += [f"## Site {demo_town.NAME} (`demo/town/`)", "",
              "A town's small site, clean but for its home page: every rule passes it except "
              "site.home-stale.", "", "| rule | where | what |", "| --- | --- | --- |"]
    passes = {"decoy:policy-search-box": "must NOT be reported by policy.search-box: the "
                                         "政策文件 column's list page has a 文件检索 of its own",
              "decoy:interpretation-linked": "must NOT be reported by "
                                             "policy.interpretation-link: the interpretation "
                                             "and its document link to each other"}
    lines += [f"| {e['kind']} | `{e['path']}` | "
              f"{passes.get(e['kind']) or _what(e['kind'], e)} |" for e in town]
    lines.append("")
    return lines


def _newmedia_section(accounts: list[Account]) -> list[str]:
    lines = ["## New media (`demo/newmedia/`)", "",
             "as_of 2022-05-31: a post on 2022-05-17 (as_of − 14) is in time; one on 2022-05-16 "
             "or earlier is silent. The registry writes 公众号/微博/头条号 where the inventory "
             "says "
             "微信订阅号/新浪微博/今日头条.", "",
             "| # | platform | name | last post | expected | later rules | note |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for i, a in enumerate(accounts, 1):
        expect = ", ".join(a.expect) or "none"
        later = ", ".join(a.later) or ""
        name = a.name.replace("|", "\\|").replace("\u3000", "␣(U+3000)")
        lines.append(f"| {i} | {a.platform} | {name} | {a.last_post or '(empty)'} | {expect} | "
                     f"{later} | {a.note} |")
    return lines + [""]


#: links.external's findings when selected: one per site and linked domain (the county's
#: pages link to eight other sites, the hacked block's and the share button's among them; the
#: town's to three).
EXTERNAL_DOMAINS = 11

SITE_RULES = {
    "privacy.id-number": "公开信息中含未脱敏的居民身份证号码",
    "privacy.address": "行政处罚决定书中含未脱敏的当事人详细住址",
    "privacy.phone": "公开信息中含未脱敏的个人手机号码",
    "privacy.scanned-unread": "扫描件未做文字识别，无法检查个人信息",
    "downloads.formats": "政策文件未提供WPS和PDF两种以上下载格式",
    "site.charset-declaration": "网页声明的字符编码与实际不符",
    "disclosure.publish-lag": "主动公开的政府信息未在形成之日起20个工作日内公开",
    "links.broken": "网站存在错误链接（链接无法正常访问）",
    "site.footer-identifiers": "网站页面底部未添加规定标识",
    "site.page-metadata": "网站页面未按规范设置元数据",
    "columns.stale": "栏目不更新",
    "columns.blank": "空白栏目",
    "site.home-stale": "首页不更新",
    "policy.interpretation-link": "政策文件与解读未相互关联",
    "policy.search-box": "政策文件栏目未设置单独搜索功能",
    "content.hidden-links": "网站存在暗链",
    "content.sensitive-words": "存在错敏词",
}


def _template_without_sitemap(county: Path) -> dict[str, Any]:
    """The ledger entry of sitegen's footer template, which has no 网站地图: one finding for
    all its pages (every page but the cases', whose footer is demo_site_cases.FOOTER), at
    the first of their URLs."""
    urls = sorted(BASE_URL + p.relative_to(county).as_posix() for p in county.rglob("*.html")
                  if b'class="footer_bg"' not in p.read_bytes())
    return {"kind": "site.footer-identifiers", "path": urls[0][len(BASE_URL):], "url": urls[0],
            "pages": len(urls), "missing": ["网站地图"]}


def _site_totals(ledger: list[dict[str, Any]], ocr: bool) -> dict[str, int]:
    """Findings per site rule, as a run with or without OCR installed reports them."""
    return {rule: sum(1 for e in ledger if e["kind"] == rule and e.get("ocr", ocr) == ocr)
            for rule in SITE_RULES}


def write_expected(out: Path, counts: dict[str, int], ledger: list[dict[str, Any]],
                   accounts: list[Account], pages: int) -> dict[str, Any]:
    site = _site_totals(ledger, ocr=False)
    with_ocr = _site_totals(ledger, ocr=True)
    by_rule: dict[str, int] = {
        **site,
        "newmedia.silence": sum("newmedia.silence" in a.expect for a in accounts),
        "newmedia.unfiled": sum("newmedia.unfiled" in a.expect for a in accounts),
        "newmedia.unfiled:possible-rename": sum(
            "newmedia.unfiled:possible-rename" in a.expect for a in accounts),
        **{rule: sum(rule in a.expect for a in accounts) for rule in (
            "newmedia.no-interaction", "newmedia.menu-broken", "newmedia.cancelled-running",
            "newmedia.several-accounts", "newmedia.repost-only")},
        **{rule: sum(rule in row[5] for row in LETTERS) for rule in (
            "messages.unanswered", "messages.reply-overdue", "messages.reply-quality")},
        "input": sum("input" in a.expect for a in accounts)
        + sum("input" in row[5] for row in LETTERS),
    }
    lines = [
        "# What the demo must report",
        "",
        "Generated by `python tools/make_demo.py` (sitegen seed "
        f"{SEED}, {N_PAGES} pages, plus the cases of `tools/demo_reading_cases.py` and "
        "`tools/demo_site_cases.py`); "
        "do not edit by hand. Run it with "
        "`rulekit run configs/demo.yaml`. All ID numbers are synthetic (area code "
        f"{sitegen.AREA_CODE}, a county that does not exist) and shown masked here.",
        "",
        "## Totals",
        "",
        "| rule | findings | with `rulekit[ocr]` |",
        "| --- | --- | --- |",
        *(f"| {k} | {v} | {with_ocr.get(k, v)} |" for k, v in by_rule.items()),
        "",
        "The scanned decision (`zwgk/xzcf/202204/P020220420599004.pdf`) is an image-only PDF: "
        "installed as the quick start installs it, rulekit reports it as not read "
        "(`privacy.scanned-unread`); with the `ocr` extra (`pip install '.[ocr]'`, as the "
        "tests install it) it reads the scan and reports the ID number, the address and the "
        "mobile number it holds instead.",
        "",
        "`newmedia.unfiled:possible-rename` is reported by `newmedia.unfiled` at a lower "
        "severity, naming the candidate; `input` is an input finding, not a rule's.",
        "",
        "`links.external` is off by default: `rulekit run configs/demo.yaml --select "
        f"links.external` lists the other sites the two sites link to, {EXTERNAL_DOMAINS} "
        "findings (one per site and domain: the county's eight, the town's three), for an "
        "inspector to review.",
        "",
        "## Verdicts (the national scheme, `verdicts:` in `configs/national.yaml`)",
        "",
        "- 政府网站: 2 checked, 0 合格, 2 不合格, 合格率0.00%. The county fails on the veto "
        "安全、泄密事故等严重问题 (its unmasked ID numbers and addresses); the town on the veto "
        "首页不更新. With or without OCR, the same.",
        "- 政务新媒体账号: 28 checked, 20 合格, 7 不合格 (the six silent accounts, as 内容不更新 is "
        "a veto, and 新浪微博“示例县林业”, as 未提供有效互动功能 is one too), 1 不确定 "
        "(抖音“示例县城管”: the list gives no last post date), 合格率74.07% (the uncertain one "
        "left out). Deductions alone fail none: an unfiled or cancelled-but-running account "
        "loses 10 points, a broken menu or a second account of one unit on a platform 2.",
        "",
        *_site_section(counts, ledger),
        *_newmedia_section(accounts),
        *_letters_section(),
        "## Shape of the export (for readers)",
        "",
        "- About a tenth of the pages are GBK and declare `charset=gb2312`; names can use "
        "characters outside GB2312 (堃, 镕), so they must be decoded as GB18030.",
        "- Some pages write dates and amounts in full-width digits; about one in eight has broken "
        "markup (unclosed `<td>`/`<p>`, a stray `</div>`).",
        "- Half the policy documents carry `ColumnType` 政策文件, the others none (a quarter not "
        "even `ColumnName`): the config's `columns` must supply the type.",
        "- Query-string downloads are stored as wget does on Windows: `?` becomes `@` "
        "(`module/download/downfile.jsp@classid=0&filename=….pdf`).",
        "",
    ]
    (out / "EXPECTED.md").write_text("\n".join(lines), encoding="utf-8")
    expected = {
        "as_of": AS_OF.isoformat(),
        "totals": by_rule,
        "totals_with_ocr": {**by_rule, **with_ocr},
        "off_by_default": {"links.external": EXTERNAL_DOMAINS},
        "site": {"counts": counts, "planted": ledger, "pages": pages},
        "newmedia": [
            {"platform": a.platform, "name": a.name, "expect": list(a.expect),
             "later": list(a.later)} for a in accounts
        ],
        "letters": [{"id": row[0], "expect": list(row[5])} for row in LETTERS],
    }
    (out / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return expected


def main() -> None:
    """Regenerate configs/demo/ and configs/demo.yaml."""
    configs = ROOT / "configs"
    out = configs / "demo"
    for sub in ("county", "town", "newmedia", "letters"):
        shutil.rmtree(out / sub, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    ledger: list[dict[str, Any]] = []
    counts = sitegen.generate_site(out / "county", N_PAGES, seed=SEED, base_url=BASE_URL,
                                   with_problems=True, page_kb=PAGE_KB, as_of=AS_OF,
                                   site_name=SITE_NAME, ledger=ledger)
    reading = demo_reading_cases.plant(out / "county", BASE_URL, random.Random(SEED + 1))
    ledger += reading
    sitegen.write_assets(out / "county")  # the template's styles, script and images
    ledger += sitegen.plant_broken_links(out / "county", BASE_URL, N_BROKEN_LINKS, SEED + 2)
    site_cases = demo_site_cases.plant(out / "county", BASE_URL)
    ledger += site_cases
    for e in site_cases:
        if e["kind"].startswith("decoy:"):
            counts[e["kind"]] = counts.get(e["kind"], 0) + 1
    ledger.append(_template_without_sitemap(out / "county"))
    ledger += demo_town.write(out / "town")
    pages = sum(len(list((out / site).rglob("*.html"))) for site in ("county", "town"))
    accounts, _ = write_newmedia(out / "newmedia")
    write_letters(out / "letters")
    expected = write_expected(out, counts, ledger, accounts, pages)
    (configs / "demo.yaml").write_text(CONFIG_YAML, encoding="utf-8")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.1f} MB) and {configs / 'demo.yaml'}")
    for rule, n in expected["totals"].items():
        print(f"  {rule:34} {n}")


if __name__ == "__main__":
    main()
