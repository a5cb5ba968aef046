"""Pages of the demo that test reading as real CMSes write pages, not as sitegen does.

Each is a shape that real penalty decisions take and that a reader must get right before any
rule can: an ID number and an address behind CMS field markers (``<!--<$[字段]>-->``), a
penalty list whose addresses stand in a table headed 姓名 | 身份证号 | 住址, a page that
declares gb2312 but is UTF-8, and a decision published as a scan (an image-only PDF, the
OCR fixture of the tests). ``plant`` writes them into the demo export and returns one ledger
entry per expected finding, in the shape of sitegen's ledger.
"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path
from typing import Any

import sitegen
from demo_site_cases import FOOTER

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from corpus import ADDRESS as SCAN_ADDRESS  # noqa: E402  (the tests' synthetic data)
from corpus import MOBILE as SCAN_MOBILE  # noqa: E402
from corpus import make_id  # noqa: E402

SCAN = ROOT / "tests" / "data" / "scanned" / "decision.pdf"
FOLDER = "zwgk/xzcf/202204"
#: The ID number the scan holds (tools/make_scanned_fixtures.py writes make_id(950)).
SCAN_ID = make_id(950)


def _page(title: str, body: str, *, day: str, charset: str = "utf-8") -> str:
    """A penalty-column article as the county's CMS writes it: metas, nav, body, footer."""
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteDomain" content="www.example-county.gov.cn">
<meta name="SiteIDCode" content="{sitegen.SITE_ID_CODE}">
<meta name="ColumnName" content="行政处罚">
<meta name="ColumnType" content="行政处罚">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{day} 09:30">
<meta name="ContentSource" content="示例县市场监督管理局">
<title>{title}_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; <a href="/zwgk/tzgg/">通知公告</a> &gt;
<a href="/zwgk/xzcf/">行政处罚</a></div>
<div class="article"><h1>{title}</h1>
<div class="info">发布时间：{day} 来源：示例县市场监督管理局</div>
<div class="content">
{body}
</div></div>
{FOOTER}
</body></html>
"""


def plant(county: Path, base_url: str, rng: random.Random) -> list[dict[str, Any]]:
    """Write the cases under ``county`` and return their ledger entries."""
    ledger: list[dict[str, Any]] = []

    def write(name: str, html: str, encoding: str = "utf-8") -> str:
        path = f"{FOLDER}/{name}"
        (county / path).parent.mkdir(parents=True, exist_ok=True)
        (county / path).write_bytes(html.encode(encoding))
        return path

    def entry(kind: str, path: str, **detail: Any) -> None:
        ledger.append({"kind": kind, "path": path, "url": base_url + path, **detail})

    # 1. CMS field markers inside the text: the ID and the address follow a comment
    number = sitegen.make_id_number(rng)
    town = rng.choice(sitegen.TOWNS)
    address = f"江西省示例县{town}{rng.choice(sitegen.VILLAGES)}五组18号"
    body = (f"<p>当事人：周某某，男，汉族，1979年3月出生，"
            f"身份证号码：<!--<$[身份证号码]>-->{number}，"
            f"住址：<!--<$[住址]>-->{address}。</p>"
            "<p>经查，当事人未取得食品经营许可从事食品经营活动，违反了《中华人民共和国食品安全法》"
            "第三十五条第一款的规定。本局决定：没收违法所得，并处罚款人民币伍仟元。</p>")
    path = write("t20220412_4599001.html",
                 _page("示市监罚〔2022〕41号行政处罚决定书", body, day="2022-04-12"))
    entry("privacy.id-number", path, variant="comment", value=number,
          masked=sitegen.mask_id(number))
    entry("privacy.address", path, variant="comment", label="住址", value=address)

    # 2. a penalty list: the IDs are masked, one row's address is not
    rows = []
    leaked = f"江西省示例县{rng.choice(sitegen.TOWNS)}{rng.choice(sitegen.VILLAGES)}二组7号"
    for i, (name, addr) in enumerate([("吴某", leaked), ("郑某", "江西省示例县城关镇****"),
                                      ("刘某某", "江西省示例县东岭镇****")]):
        masked = sitegen.mask_id(sitegen.make_id_number(rng))
        rows.append(f"<tr><td>{i + 1}</td><td>{name}</td><td>{masked}</td><td>{addr}</td>"
                    f"<td>未按规定公示经营信息</td><td>警告</td></tr>")
    body = ("<p>现将2022年3月行政处罚案件信息公示如下：</p><table border=\"1\">"
            "<tr><th>序号</th><th>姓名</th><th>身份证号</th><th>住址</th><th>违法行为</th>"
            "<th>处罚结果</th></tr>" + "".join(rows) + "</table>")
    path = write("t20220415_4599002.html",
                 _page("2022年3月行政处罚案件信息公示", body, day="2022-04-15"))
    entry("privacy.address", path, variant="table", label="住址（表头）", value=leaked)

    # 3. declared gb2312, written in UTF-8: read right, the declaration reported
    body = ("<p>当事人：示例县某某食品有限公司，统一社会信用代码：已公示。</p>"
            "<p>本局依法对当事人作出警告的行政处罚。</p>")
    path = write("t20220418_4599003.html",
                 _page("示市监罚〔2022〕45号行政处罚决定书", body, day="2022-04-18",
                       charset="gb2312"))
    entry("site.charset-declaration", path, variant="utf-8 declared gb2312")

    # 4. a scanned decision: an image-only PDF linked from its page
    scan = f"{FOLDER}/P020220420599004.pdf"
    shutil.copyfile(SCAN, county / scan)
    body = ('<p>行政处罚决定书（扫描件）：<a href="P020220420599004.pdf">'
            "示市监罚〔2022〕12号.pdf</a></p>")
    path = write("t20220420_4599004.html",
                 _page("示市监罚〔2022〕12号行政处罚决定书", body, day="2022-04-20"))
    entry("privacy.scanned-unread", scan, variant="scan", page=path, ocr=False)
    entry("privacy.id-number", scan, variant="scan", page=path, masked=sitegen.mask_id(SCAN_ID),
          value=SCAN_ID, ocr=True)
    entry("privacy.address", scan, variant="scan", page=path, label="住址",
          value=SCAN_ADDRESS, ocr=True)
    entry("privacy.phone", scan, variant="scan", page=path, value=SCAN_MOBILE, ocr=True)
    return ledger
