"""Pages of the demo for the site checks of the national indicators, beyond what sitegen plants.

Each case is a page shaped as county CMSes write them, with the finding it must give or the
look-alike it must not: a policy document put online 32 working days after it was signed
(disclosure.publish-lag), one put online in time, and one whose template comments its
成文日期 out (nothing to judge). ``plant`` writes them into the demo export and returns one
ledger entry per case, in the shape of sitegen's ledger (look-alikes as ``decoy:`` kinds).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import sitegen

FOLDER = "zwgk/zcwj/202204"


def _stem(published: str) -> str:
    return "P0" + published.replace("-", "") + "1"


def _document(title: str, signed: str, published: str, *, commented: bool = False) -> str:
    """A policy document of the 信息公开 platform: its index table, then the text and the
    download links (PDF and WPS, so that downloads.formats passes it)."""
    signed_row = (f"<!--<tr><td>成文日期：</td><td>{signed}</td></tr>-->" if commented else
                  f"<tr><td>成文日期：</td><td>{signed}</td></tr>")
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="示例县人民政府">
<meta name="SiteDomain" content="www.example-county.gov.cn">
<meta name="SiteIDCode" content="{sitegen.SITE_ID_CODE}">
<meta name="ColumnName" content="政策文件">
<meta name="ColumnType" content="政策文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{published} 10:00">
<meta name="ContentSource" content="示例县人民政府办公室">
<title>{title}_示例县人民政府</title>
</head><body>
<div class="top"><a href="/">首页</a> &gt; 政务公开 &gt;
<a href="/zwgk/zcwj/">政策文件</a></div>
<table class="xxgk-table">
<tr><td>索引号：</td><td>011401016/2022-00{len(title) % 90 + 10}</td></tr>
<tr><td>发布机构：</td><td>示例县人民政府办公室</td></tr>
{signed_row}
<tr><td>发布日期：</td><td>{published}</td></tr>
</table>
<div class="article"><h1>{title}</h1>
<p>各乡（镇）人民政府，县直各单位：</p>
<p>经县人民政府同意，现将本方案印发给你们，请结合实际认真贯彻执行。</p>
<p>附件：<a href="{_stem(published)}.pdf">PDF版</a>
<a href="{_stem(published)}.wps">WPS版</a></p>
</div>
<div class="footer">主办：示例县人民政府办公室 网站标识码：{sitegen.SITE_ID_CODE}</div>
</body></html>
"""


def plant(county: Path, base_url: str) -> list[dict[str, Any]]:
    """Write the cases under ``county`` and return their ledger entries."""
    cases = [
        # signed 2022-03-01, online 2022-04-15: 32 working days (清明's 调休 Saturday counts)
        ("disclosure.publish-lag", "t20220415_4610001.html",
         "示例县人民政府办公室关于印发《示例县2022年农村人居环境整治工作方案》的通知",
         "2022-03-01", "2022-04-15", False),
        ("decoy:publish-in-time", "t20220411_4610002.html",
         "示例县人民政府办公室关于印发《示例县2022年森林防火工作方案》的通知",
         "2022-03-28", "2022-04-11", False),
        ("decoy:signing-date-commented-out", "t20220419_4610003.html",
         "示例县人民政府办公室关于做好2022年春季农业生产工作的通知",
         "2021-12-01", "2022-04-19", True),
    ]
    ledger = []
    for kind, name, title, signed, published, commented in cases:
        path = f"{FOLDER}/{name}"
        (county / path).parent.mkdir(parents=True, exist_ok=True)
        (county / path).write_bytes(
            _document(title, signed, published, commented=commented).encode("utf-8"))
        stem = county / FOLDER / _stem(published)  # the downloads the page offers exist
        stem.with_suffix(".pdf").write_bytes(sitegen.minimal_pdf())
        stem.with_suffix(".wps").write_bytes(sitegen._ole_placeholder(random.Random(name)))
        ledger.append({"kind": kind, "path": path, "url": base_url + path, "signed": signed,
                       "published": published})
    return ledger
