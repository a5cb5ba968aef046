"""The site generator behind the demo and the benchmark: deterministic, realistic, honest.

If sitegen drifted (a different page count, a GBK page that is not GBK, a planted number with a
wrong check digit, an accidental extra ID number), the demo's EXPECTED.md and the benchmark
would silently stop meaning what they say.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import re
import sys
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "configs" / "demo"


def _load_sitegen():
    spec = importlib.util.spec_from_file_location("sitegen", REPO / "benchmarks" / "sitegen.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("sitegen", module)
    spec.loader.exec_module(module)
    return module


sitegen = _load_sitegen()
PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
             50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}
_INLINE = re.compile(r"</?(?:span|font|b|strong|a|em|i)\b[^>]*>", re.I)
_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")


def _tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _pages(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.html"))


def _is_gbk_declared(data: bytes) -> bool:
    return b"charset=gb2312" in data[:1024]


def _valid_id(number: str, as_of: date = sitegen.AS_OF) -> bool:
    number = number.upper()
    if len(number) != 18 or int(number[:2]) not in PROVINCES:
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return born <= as_of and sitegen.id_check_char(number[:17]) == number[17]


def _visible_text(html: str) -> str:
    """Crude stand-in for rulekit's extractor: inline tags joined, block tags split."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S | re.I)
    html = _INLINE.sub("", html)
    return unicodedata.normalize("NFKC", re.sub(r"<[^>]+>", "\n", html))


def _ids_in(text: str) -> set[str]:
    found = set()
    for m in _CANDIDATE.finditer(text):
        label = text[max(0, m.start() - 12):m.start()]
        if _valid_id(m.group(1)) and "统一社会信用代码" not in label:
            found.add(m.group(1).upper())
    return found


def _decode(data: bytes) -> str:
    return data.decode("gb18030" if _is_gbk_declared(data) else "utf-8")


@pytest.fixture(scope="module")
def small_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    ledger: list[dict] = []
    counts = sitegen.generate_site(root, 120, seed=7, page_kb=(5, 10), ledger=ledger)
    return root, counts, ledger


# ---------------------------------------------------------------------------------------------
# check characters


def test_check_characters_match_the_standards():
    assert sitegen.id_check_char("11010519491231002") == "X"  # GB 11643-1999's own example
    assert sitegen.uscc_check_char("91350100M000100Y4") == "3"  # a published valid USCC
    assert sitegen.uscc_check_char("12110119780512129") == "1"  # privacy.md's digit look-alike


def test_digit_credit_code_lookalike_passes_both_checks():
    import random

    code = sitegen.make_digit_uscc_lookalike(random.Random(3))
    assert code.isdigit() or code[-1] == "X"
    assert _valid_id(code)
    assert sitegen.uscc_check_char(code[:17]) == code[17]


# ---------------------------------------------------------------------------------------------
# the generator


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path, small_site):
    root, _, _ = small_site
    again = tmp_path / "again"
    sitegen.generate_site(again, 120, seed=7, page_kb=(5, 10))
    assert _tree_digest(again) == _tree_digest(root)
    other = tmp_path / "other"
    sitegen.generate_site(other, 120, seed=8, page_kb=(5, 10))
    assert _tree_digest(other) != _tree_digest(root)


@pytest.mark.parametrize("n", [11, 12, 31, 32, 57, 120, 241])
def test_writes_exactly_the_requested_number_of_pages(tmp_path, n):
    sitegen.generate_site(tmp_path, n, seed=n, page_kb=(3, 4))
    assert len(_pages(tmp_path)) == n
    assert (tmp_path / "index.html").is_file()
    assert (tmp_path / "zwgk" / "zcwj" / "index.html").is_file()


def test_too_few_pages_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="at least"):
        sitegen.generate_site(tmp_path, 5)


def test_gbk_fraction_is_gbk_and_declares_gb2312(small_site):
    root, _, _ = small_site
    pages = _pages(root)
    gbk = [p for p in pages if _is_gbk_declared(p.read_bytes())]
    assert len(gbk) == round(0.1 * len(pages))
    for path in gbk:
        data = path.read_bytes()
        text = data.decode("gbk")  # strict: every byte is GBK
        assert "示例县" in text
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    for path in set(pages) - set(gbk):
        data = path.read_bytes()
        assert b'<meta charset="utf-8">' in data[:1024]
        data.decode("utf-8")


def test_pages_carry_the_national_metas_and_footer(small_site):
    root, _, _ = small_site
    for path in _pages(root)[:40]:
        text = _decode(path.read_bytes())
        for name in ("SiteName", "SiteDomain", "SiteIDCode"):
            assert f'<meta name="{name}"' in text
        assert "网站标识码" in text and "ICP备" in text and "公网安备" in text
        assert "<script" in text


def test_page_sizes_follow_page_kb(tmp_path):
    sitegen.generate_site(tmp_path, 40, seed=1)  # default 20-80 KB
    sizes = [p.stat().st_size for p in _pages(tmp_path)]
    assert min(sizes) >= 15 * 1024 and max(sizes) <= 90 * 1024
    assert sum(sizes) / len(sizes) > 30 * 1024


def test_planted_id_numbers_are_valid_and_are_the_only_ones(small_site):
    root, counts, ledger = small_site
    planted = [e for e in ledger if e["kind"] == "privacy.id-number"]
    assert len(planted) == counts["privacy.id-number"] > 0
    assert {e["variant"] for e in planted} >= {"plain", "fullwidth", "spans", "table", "docx"}
    for entry in planted:
        assert _valid_id(entry["value"]), entry
        assert entry["value"].startswith(sitegen.AREA_CODE)
    found: dict[str, set[str]] = {}
    for path in root.rglob("*"):
        rel = str(path.relative_to(root))
        if path.suffix == ".html":
            ids = _ids_in(_visible_text(_decode(path.read_bytes())))
        elif path.suffix == ".docx":
            xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
            ids = _ids_in(re.sub(r"<[^>]+>", "\n", xml))
        else:
            continue
        if ids:
            found[rel] = ids
    assert found == {e["path"]: {e["value"]} for e in planted}


def test_special_shapes_are_really_there(small_site):
    root, _, ledger = small_site
    by_variant = {e["variant"]: e for e in ledger if e["kind"] == "privacy.id-number"}
    full = _decode((root / by_variant["fullwidth"]["path"]).read_bytes())
    assert by_variant["fullwidth"]["value"].translate(sitegen._FULLWIDTH) in full
    spans = _decode((root / by_variant["spans"]["path"]).read_bytes())
    value = by_variant["spans"]["value"]
    assert value not in spans and f">{value[:6]}</span><span" in spans
    table = _decode((root / by_variant["table"]["path"]).read_bytes())
    assert f"<td>{by_variant['table']['value']}</td>" in table
    assert "****" in table  # the other rows are masked


def test_masked_numbers_and_credit_codes_are_present_but_not_ids(small_site):
    root, counts, _ = small_site
    assert counts["decoy:masked-id"] > 0 and counts["decoy:credit-code"] > 0
    text = "".join(_decode(p.read_bytes()) for p in (root / "zwgk" / "xzcf").rglob("*.html"))
    assert re.search(r"36\d{1,8}[*＊×X]{4,11}\d{3}[\dX]", text)
    assert "统一社会信用代码：91360999MA35" in text


def test_without_problems_nothing_is_planted(tmp_path):
    ledger: list[dict] = []
    counts = sitegen.generate_site(tmp_path, 80, seed=2, page_kb=(5, 8), with_problems=False,
                                   ledger=ledger)
    assert counts["privacy.id-number"] == counts["privacy.address"] == 0
    assert counts["downloads.formats"] == 0
    for path in _pages(tmp_path):
        assert not _ids_in(_visible_text(_decode(path.read_bytes()))), path


def test_attachments_are_valid_files(small_site):
    root, _, _ = small_site
    pdfs = list(root.rglob("*.pdf"))
    docx = list(root.rglob("*.docx"))
    assert pdfs and docx
    for path in pdfs[:5]:
        data = path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    for path in docx:
        with zipfile.ZipFile(path) as zf:
            assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(
                zf.namelist())


def test_policy_download_problems(small_site):
    root, counts, ledger = small_site
    planted = [e for e in ledger if e["kind"] == "downloads.formats"]
    assert len(planted) == counts["downloads.formats"] > 0
    for entry in planted:
        text = _decode((root / entry["path"]).read_bytes())
        assert ".wps" not in text and "WPS版" not in text
        if entry["variant"] == "none":
            assert ".pdf" not in text and "PDF版" not in text


# ---------------------------------------------------------------------------------------------
# the bundled demo


def test_demo_files_exist():
    for rel in ("county/index.html", "county/zwgk/zcwj/index.html", "newmedia/accounts.csv",
                "newmedia/registry.xlsx", "EXPECTED.md", "expected.json"):
        assert (DEMO / rel).is_file(), rel
    assert (REPO / "configs" / "demo.yaml").is_file()
    expected = json.loads((DEMO / "expected.json").read_text("utf-8"))
    assert len(_pages(DEMO / "county")) == 316  # 300 + 16 cases
    assert len(_pages(DEMO / "town")) == 13  # a town's small site: home, 5 columns, 6 items, map
    assert expected["site"]["pages"] == 316 + 13
    size = sum(p.stat().st_size for p in DEMO.rglob("*") if p.is_file())
    assert size < 8 * 2**20


def test_demo_accounts_csv_is_gbk_with_header_on_line_2():
    data = (DEMO / "newmedia" / "accounts.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    rows = list(csv.reader(io.StringIO(data.decode("gbk"))))
    assert rows[0][0] == "示例县政务新媒体账号清单"
    assert rows[1] == ["序号", "账号类型", "账号名称", "开设主体", "认证主体", "市(区)/省直",
                       "最近更新时间", "更新时间来源", "互动功能", "菜单可用", "状态"]
    assert 20 <= len(rows) - 2 <= 30


def test_demo_registry_headers():
    openpyxl = pytest.importorskip("openpyxl")
    sheet = openpyxl.load_workbook(DEMO / "newmedia" / "registry.xlsx", read_only=True).active
    header = next(sheet.iter_rows(values_only=True))
    assert list(header) == ["平台", "账号名称", "认证主体", "开设主体", "备案编号", "状态",
                            "备案时间", "注销时间"]


def test_demo_expected_matches_its_export():
    expected = json.loads((DEMO / "expected.json").read_text("utf-8"))
    planted = [e for e in expected["site"]["planted"] if e["kind"] == "privacy.id-number"]
    assert len(planted) == expected["totals_with_ocr"]["privacy.id-number"]  # the scan too
    for entry in planted:
        assert _valid_id(entry["value"])
        assert (DEMO / "county" / entry["path"]).is_file()
        assert entry["masked"] in (DEMO / "EXPECTED.md").read_text("utf-8")
