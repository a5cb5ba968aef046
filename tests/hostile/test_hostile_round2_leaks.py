"""Round two of "no output re-leaks personal data": the spellings and places round one missed.

Each case plants a number (or an address) where a report or standard error echoes it: an
ID with a zero-width space or U+3000 inside, in a CSV's surplus cells and in a "not a date"
value; an XLSX sheet named after a person's ID; a mobile or card number in a page's file
name; a 15-digit ID as a file name; an ID in a policy document's title (the evidence of
``downloads.formats``); an ``ArticleTitle`` holding an ID, a mobile number and a detailed
address separated by U+FF0D; an inventory whose platform cell holds an ID. Every report
format, standard output and standard error are searched for each secret in every spelling:
as written, NFKC, with zero-width characters, spaces and dashes of any kind removed.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import quote

import corpus
import openpyxl
import pytest
from click.testing import CliRunner

from rulekit.cli import main
from rulekit.config import Config
from rulekit.engine import Engine
from rulekit.outputs import reporters
from rulekit.redact import Masker, printable, redact, redact_url

FORMATS = sorted(reporters(Engine(Config(path=None, as_of=dt.date(2022, 5, 31),
                                         as_of_given=True)).pm))
ZWSP, IDEO_SPACE, FF_DASH = "\u200b", "\u3000", "\uff0d"
IDS = [corpus.make_id(n) for n in range(300, 310)]
CARD = "6222021234567894"  # Luhn-valid UnionPay number
MOBILE2 = "13712345678"
ID15 = "110105900307123"
DETAIL = "城北村三组12号"
SECRETS = [*IDS, CARD, MOBILE2, ID15, corpus.MOBILE]


def _squash(text: str) -> str:
    """What a reader of the report sees once the invisible and the separators are gone."""
    plain = unicodedata.normalize("NFKC", html.unescape(text))
    plain = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), plain)
    return re.sub(r"[\s\-\u00a0\u200b-\u200f\u2060\ufeff\u2010-\u2015\u2212]", "", plain)


def leaks(text: str, secrets: list[str]) -> list[str]:
    squashed = _squash(text)
    return [s for s in secrets if s in text or s in squashed]


def _build(root: Path) -> Path:
    site = root / "site"
    pen = site / "zwgk" / "xzcf"
    pol = site / "zwgk" / "zcwj"
    pen.mkdir(parents=True)
    pol.mkdir(parents=True)
    a, b, c, d, e, f, g, h, i, j = IDS
    # a mobile and a card number in file names; a 15-digit ID as a file name
    (pen / f"张三{MOBILE2}.html").write_text(corpus.page(corpus.person(301)), encoding="utf-8")
    (pen / f"退款{CARD}.html").write_text(corpus.page(corpus.person(302)), encoding="utf-8")
    (pen / f"{ID15}.html").write_text(corpus.page(corpus.person(303)), encoding="utf-8")
    # a policy document whose title holds an ID: downloads.formats quotes the title
    (pol / "p1.html").write_text(corpus.page(
        '<p>发布日期：2022-05-01</p><p>附件：<a href="f.doc">下载</a></p>',
        title=f"关于{d}同志的任免通知",
        column="政策文件"), encoding="utf-8")
    # an ArticleTitle: ID, mobile and address joined by U+FF0D
    title = FF_DASH.join(["张三", e, corpus.MOBILE, corpus.ADDRESS])
    (pol / "p2.html").write_text(corpus.page(
        '<p><a href="g.doc">下载</a></p>', title="x", column="政策文件").replace(
        "<title>", f'<meta name="ArticleTitle" content="{title}"><title>'), encoding="utf-8")
    # CSV: surplus cells and a "not a date" value hold IDs with invisible separators
    f_zw = f[:6] + ZWSP + f[6:]
    g_sp = g[:6] + IDEO_SPACE + g[6:14] + IDEO_SPACE + g[14:]
    rows = ["账号类型,账号名称,最近更新时间",
            f"微信公众号,示例发布,2022-05-30,{f_zw},{g_sp}",
            f"微信公众号,示例发布2,{h[:10]}{ZWSP}{h[10:]}",
            f"{i},示例发布3,2022-05-30",  # the platform cell holds an ID
            "微信公众号,示例发布4,2022-01-01"]
    (root / "accounts.csv").write_text("\n".join(rows), encoding="utf-8")
    # XLSX registry: a sheet named after a person's ID, with a bad row
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = j
    ws.append(["账号类型", "账号名称", "开设主体"])
    ws.append(["微信公众号", "", "示例县人民政府"])
    ws.append(["微信公众号", "示例发布", "示例县人民政府"])
    wb.save(root / "registry.xlsx")
    return corpus.write_config(
        root, extra="newmedia:\n  inventory: accounts.csv\n  registry: registry.xlsx\n")


def _config(root: Path) -> Path:
    config = _build(root)
    text = config.read_text(encoding="utf-8").replace(
        '      - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}',
        '      - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}\n'
        '      - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}')
    config.write_text(text, encoding="utf-8")
    return config


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_secret_in_any_spelling_reaches_a_report_or_stderr(tmp_path: Path, fmt: str) -> None:
    config = _config(tmp_path)
    out = tmp_path / f"report.{fmt}"
    runner = CliRunner()
    to_file = runner.invoke(main, ["run", str(config), "--format", fmt, "-o", str(out)])
    to_stdout = runner.invoke(main, ["run", str(config), "--format", fmt])
    assert to_file.exit_code == 1, to_file.output
    outputs = {"report": corpus.report_text(out.read_bytes()),
               "stdout": corpus.report_text(to_stdout.stdout_bytes),
               "stderr": to_file.stderr + to_stdout.stderr}
    assert {k: leaks(v, SECRETS) for k, v in outputs.items()} == {k: [] for k in outputs}
    assert {k: leaks(v, [DETAIL]) for k, v in outputs.items()} == {k: [] for k in outputs}
    report = outputs["report"]
    # what was found is still reported, masked: the pages named by mobile and card number
    assert "137****5678" in report and "622202******7894" in report
    assert "110105*****7123" in report
    # the policy documents and the bad rows are there, their secrets starred
    assert report.count("downloads.formats") >= 2
    assert corpus.masked(IDS[3]) in unicodedata.normalize("NFKC", report)
    # the platform cell and the sheet name that held IDs are named, masked
    assert corpus.masked(IDS[8]) in report and corpus.masked(IDS[9]) in report


@pytest.mark.parametrize("text, secret", [
    (f"身份证号码：{IDS[0][:4]}{ZWSP}{IDS[0][4:]}", IDS[0]),
    (f"号码 {IDS[0][:6]}{IDEO_SPACE}{IDS[0][6:]}", IDS[0]),
    (f"{IDS[0][:6]}{ZWSP}{ZWSP}{IDS[0][6:12]}\u2060{IDS[0][12:]}", IDS[0]),
    (" ".join(IDS[1]), IDS[1]),  # digit by digit
    ("\u3000".join(IDS[1]), IDS[1]),
    (IDS[2].translate(str.maketrans("0123456789", "０１２３４５６７８９")), IDS[2]),
    (f"{MOBILE2[:3]}{FF_DASH}{MOBILE2[3:7]}{FF_DASH}{MOBILE2[7:]}", MOBILE2),
    (f"+86 {MOBILE2}", MOBILE2),
    ("Page resources are not a dictionary: " + IDS[3], IDS[3]),
])
def test_redact_reads_numbers_as_the_rules_do(text: str, secret: str) -> None:
    assert leaks(redact(text), [secret]) == []
    assert redact(redact(text)) == redact(text)


@pytest.mark.parametrize("url, secret", [
    (f"http://www.example.gov.cn/zwgk/张三{MOBILE2}.html", MOBILE2),
    (f"http://www.example.gov.cn/退款{CARD}.html", CARD),
    (f"http://www.example.gov.cn/{ID15}.html", ID15),
    (f"http://www.example.gov.cn/a/{IDS[4]}.pdf", IDS[4]),
    ("http://www.example.gov.cn/%E5%BC%A0%E4%B8%89" + IDS[5] + ".html", IDS[5]),
    ("http://www.example.gov.cn/a" + "".join(f"%3{d}" for d in MOBILE2) + ".html", MOBILE2),
    (f"http://www.example.gov.cn/P0{IDS[6]}12.pdf", IDS[6]),
])
def test_urls_mask_personal_data(url: str, secret: str) -> None:
    assert leaks(redact_url(url), [secret]) == []


@pytest.mark.parametrize("url", [
    "http://www.gov.cn/zhengce/content/2022-05/31/content_5693215.htm",
    "http://www.example.gov.cn/art/2022/5/12/art_1229_3456789.html",
    "http://www.example.gov.cn/zwgk/202205/t20220512_1234567.html",
    "http://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename="
    "P020210622396516479498.pdf",
    "http://www.example.gov.cn/zwgk/xzcf/202204/P020220420599004.pdf",
])
def test_urls_keep_the_ids_cms_put_there(url: str) -> None:
    assert redact_url(url) == url


def test_a_detailed_address_is_masked_in_any_text_the_national_plugin_sees() -> None:
    engine = Engine(Config(path=None, as_of=dt.date(2022, 5, 31), as_of_given=True))
    title = FF_DASH.join(["张三", corpus.ADDRESS, "处罚决定"])
    masked = engine.masker.text(title)
    assert DETAIL not in masked and "永宁镇" in masked
    # document numbers and dates are not addresses
    assert engine.masker.text("赣市监罚〔2023〕12号") == "赣市监罚〔2023〕12号"
    assert Masker().text("2022年5月31日") == "2022年5月31日"


def test_printable_keeps_every_export_text_on_its_own_line() -> None:
    forged = "a.html\n  [问题] privacy.id-number 伪造\r\x1b[2K\u2028\u202e"
    shown = printable(forged)
    assert "\n" not in shown and "\r" not in shown and "\x1b" not in shown
    assert "\u2028" not in shown and "\u202e" not in shown
    assert printable("bad\udcff.html") == "bad\\xff.html"


def _twins(count: int) -> list[str]:
    """``count`` distinct valid ID numbers whose masked forms are all the same."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    found: list[str] = []
    day = 0
    while len(found) < count:
        day += 1
        body = f"110105{1950 + day // 336:04d}{1 + day // 28 % 12:02d}{1 + day % 28:02d}123"
        check = "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]
        if check == "7":
            found.append(body + check)
    return found


def test_distinct_people_with_one_masked_form_stay_distinct_findings(tmp_path: Path) -> None:
    twins = _twins(30)
    assert len({corpus.masked(t) for t in twins}) == 1
    rows = "".join(f"<tr><td>张某{i}</td><td>{t}</td></tr>" for i, t in enumerate(twins))
    site = tmp_path / "site" / "zwgk" / "xzcf"
    site.mkdir(parents=True)
    (site / "list.html").write_text(corpus.page(f"<table>{rows}</table>"), encoding="utf-8")
    config = corpus.write_config(tmp_path)
    result = CliRunner().invoke(main, ["run", str(config), "--format", "json"])
    found = [f for f in json.loads(result.stdout)["findings"]
             if f["rule"] == "privacy.id-number"]
    assert len(found) == 30  # was 1: every twin merged into the first
    assert len({f["fingerprint"] for f in found}) == 30
    assert leaks(result.stdout, twins) == []
    again = CliRunner().invoke(main, ["run", str(config), "--format", "json"])
    assert [f["fingerprint"] for f in json.loads(again.stdout)["findings"]
            if f["rule"] == "privacy.id-number"] == [f["fingerprint"] for f in found]
    text = CliRunner().invoke(main, ["run", str(config)]).stdout
    assert "另有10项同类问题" in text  # 20 listed, the rest counted


@pytest.mark.parametrize("url", [
    "http://www.example.gov.cn/zwgk/" + quote(f"张三{MOBILE2}") + ".html",
    f"https://www.example.gov.cn/a/张三{MOBILE2}.html",
    "http://www.example.gov.cn/a" + "".join(f"%3{d}" for d in MOBILE2) + ".html",
])
def test_urls_inside_a_sentence_are_masked_as_urls(url: str) -> None:
    """A site rule's message names the pages it groups: each URL in it is masked as a URL
    is (percent-encoding read), not as running text, where the digits glued to %89 read as
    no number at all."""
    sentence = f"网站页面底部未添加规定标识：缺少网站地图（共2个页面：{url}、{url}）"
    assert leaks(redact(sentence), [MOBILE2]) == []
    assert redact(sentence).startswith("网站页面底部未添加规定标识：缺少网站地图（共2个页面：http")
