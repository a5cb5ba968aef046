"""``rulekit inspect``: what rulekit reads from files of an export, on every real page and on
own pages (masking, config URLs and columns, attachments, files not read)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REAL, page_html

from rulekit.builders import engine
from rulekit.cli import main

EXPECT = (json.loads((REAL / "expect.json").read_text(encoding="utf-8"))
          if (REAL / "expect.json").is_file() else [])
real = pytest.mark.skipif(not EXPECT, reason="shared/real not beside")
KEYS = {"url", "encoding", "title", "pub_date", "pub_date_source", "column", "is_article",
        "meta", "links", "attachments", "text"}
ID = "110105199003071239"
MASKER = engine().masker


def inspect(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["inspect", *args])
    return result.exit_code, result.output


def masked(value: str | None) -> str | None:
    """A value as inspect shows it: through the masker every finding goes through (a
    plugin's number detectors may star a bare ten-digit site code)."""
    return MASKER.text(value) if value else value


def expected_attachments(entry: dict) -> int:
    # gsxt: href="…/jianyizhuxiao.docx&#10;" is a real download that expect.json, counting
    # hrefs literally ending in .docx, leaves out (as in test_page.py)
    return entry["attachment_links"] + entry["file"].endswith("gsxt_gov_cn_company_detail.html")


@real
def test_json_on_every_real_page_matches_expect_json() -> None:
    files = [str(REAL / e["file"]) for e in EXPECT]
    status, output = inspect("--format", "json", *files)
    assert status == 0, output
    reports = json.loads(output)
    assert len(reports) == len(EXPECT)
    for entry, report in zip(EXPECT, reports, strict=True):
        name = entry["file"]
        assert KEYS <= set(report), name
        assert report["url"] == (REAL / name).resolve().as_uri(), name
        assert report["encoding"] == entry["encoding"], name
        assert report["encoding_source"] == "declaration", name
        assert "".join((report["title"] or "").split()) == "".join(entry["title"].split()), name
        assert report["pub_date"] == entry["pub_date"], name
        assert (report["pub_date_source"] is None) == (entry["pub_date"] is None), name
        assert len(report["attachments"]) == expected_attachments(entry), name
        meta = report["meta"]
        for key, field in (("SiteName", "site_name"), ("SiteIDCode", "site_id_code"),
                           ("ColumnName", "column_name"), ("ColumnType", "column_type")):
            shown = entry[field] if key == "SiteIDCode" else masked(entry[field])
            assert meta.get(key) == shown, (name, key)  # a site code is shown as it is
        assert report["column"]["name"] == masked(entry["column_name"]), name
        assert set(report["column"]) == {"name", "type", "source"}
        assert isinstance(report["is_article"], bool) and report["article_reason"]
        assert report["problems"] == [], name
        assert report["text"], name


@real
@pytest.mark.parametrize("entry", EXPECT, ids=[e["file"] for e in EXPECT])
def test_text_on_every_real_page(entry: dict) -> None:
    status, output = inspect(str(REAL / entry["file"]))
    assert status == 0, output
    lines = output.splitlines()
    assert lines[0] == f"== {REAL / entry['file']}"
    assert f"encoding: {entry['encoding']} (declared in the meta tag" in output
    title = next(line for line in lines if line.startswith("title: "))
    assert "".join(entry["title"].split()) in "".join(title.split())
    date = next(line for line in lines if line.startswith("publish date: "))
    assert date.startswith(f"publish date: {entry['pub_date'] or '-'}")
    assert f"attachments ({expected_attachments(entry)}):" in lines
    assert "text:" in lines and lines[-1].startswith("  | ")


@real
def test_with_config_the_url_and_columns_come_from_the_site(tmp_path: Path) -> None:
    shutil.copytree(REAL / "pages", tmp_path / "site" / "pages")
    (tmp_path / "config.yaml").write_text(
        "as_of: 2025-12-31\nsites:\n  - name: 真实页面\n    export: site\n"
        "    base_url: http://www.example.gov.cn/\n    columns:\n"
        '      - {name: 部门文件, type: policy, match: "/pages/hd_"}\n', encoding="utf-8")
    page = tmp_path / "site" / "pages" / "hd_gov_cn_xxgk_guide_jspwrapped.html"
    status, output = inspect("--config", str(tmp_path / "config.yaml"), "--format", "json",
                             str(page))
    assert status == 0, output
    (report,) = json.loads(output)
    assert report["url"] == "http://www.example.gov.cn/pages/hd_gov_cn_xxgk_guide_jspwrapped.html"
    assert report["column"] == {"name": "政府信息公开指南", "type": "policy",
                                "source": {"name": "ColumnName meta", "type": "config"}}
    assert report["is_article"] is False
    assert report["article_reason"] == "no ArticleTitle meta and no publish date"


def test_personal_data_is_masked_in_text_and_json(tmp_path: Path) -> None:
    page = tmp_path / "t.html"
    page.write_text(page_html(
        f"<p>当事人：张某，身份证号码：{ID}，联系电话：13912345678</p>"
        f'<a href="/cx?sfzh={ID}">查询</a><a href="/u/{ID}.pdf">{ID}.pdf</a>',
        meta={"Description": f"身份证号码{ID}"}), encoding="utf-8")
    for fmt in ("text", "json"):
        status, output = inspect("--format", fmt, str(page))
        assert status == 0, output
        assert ID not in output and "13912345678" not in output
        assert "110105********1239" in output
    (report,) = json.loads(inspect("--format", "json", str(page))[1])
    assert report["attachments"][0]["format"] == "pdf"
    assert ID not in report["meta"]["Description"]


def test_mis_declared_page_says_how_it_was_read(tmp_path: Path) -> None:
    page = tmp_path / "t.html"
    page.write_bytes(page_html("<p>发布日期：2022-05-12</p><p>行政处罚决定书</p>",
                               charset="gb2312").encode("utf-8"))
    status, output = inspect(str(page))
    assert status == 0
    assert ("encoding: utf-8 (the meta tag declares gb2312 but the bytes are utf-8: read as "
            "utf-8, which decodes them cleanly)") in output
    assert "publish date: 2022-05-12 (发布日期)" in output
    (report,) = json.loads(inspect("--format", "json", str(page))[1])
    assert (report["encoding_declared"], report["encoding_source"]) == ("gb2312", "bytes")


def test_attachment_takes_its_column_from_the_page_linking_it(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "zwgk" / "zcwj").mkdir(parents=True)
    (site / "files").mkdir()
    (site / "zwgk" / "zcwj" / "t20220512_1.html").write_text(page_html(
        '<p>发布日期：2022-05-12</p><a href="/files/fangan.txt">实施方案.txt</a>',
        title="关于印发实施方案的通知_示例县人民政府"), encoding="utf-8")
    (site / "files" / "fangan.txt").write_text(f"实施方案\n联系人身份证号码：{ID}\n",
                                                encoding="gbk")
    (site / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "config.yaml").write_text(
        "as_of: 2022-05-31\nsites:\n  - name: 示例县人民政府\n    export: site\n"
        "    base_url: http://www.example.gov.cn/\n    columns:\n"
        '      - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}\n', encoding="utf-8")
    status, output = inspect("--config", str(tmp_path / "config.yaml"), "--format", "json",
                             str(site / "files" / "fangan.txt"), str(site / "logo.png"))
    assert status == 0, output
    attachment, logo = json.loads(output)
    assert attachment["url"] == "http://www.example.gov.cn/files/fangan.txt"
    assert attachment["parent_url"] == "http://www.example.gov.cn/zwgk/zcwj/t20220512_1.html"
    assert attachment["title"] == "关于印发实施方案的通知"
    assert attachment["column"] == {"name": "政策文件", "type": "policy",
                                    "source": {"name": "parent page", "type": "parent page"}}
    assert "实施方案" in attachment["text"] and ID not in attachment["text"]
    assert attachment["encoding_source"] == "attachment reader"
    assert logo["url"] == "http://www.example.gov.cn/logo.png"
    assert "not content" in logo["not_read"]
    status, output = inspect("--config", str(tmp_path / "config.yaml"), str(site / "logo.png"))
    assert "not read: the export reader passes it over (not content)" in output


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    status, output = inspect(str(tmp_path / "nope.html"))
    assert status == 2 and "does not exist" in output
