"""Broken markup and encodings: every page is read as well as its bytes allow, or reported."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import corpus
import pytest

from rulekit.config import SiteConfig
from rulekit.page import Page
from rulekit.readers.charset import decode_html


def _page(path: Path) -> Page:
    return Page("http://www.example.gov.cn/x.html", path.read_bytes(),
                site=SiteConfig("s", path.parent), where=str(path))


def test_control_page_alone(tmp_path: Path) -> None:
    planted, result = corpus.run_mirror(tmp_path)
    assert corpus.has_finds(result, planted[0])
    assert [f.rule for f in result.findings] == ["privacy.id-number"]


@pytest.mark.parametrize("builder", [corpus.truncated_html, corpus.unclosed_html])
def test_truncated_and_unclosed_html_are_read(tmp_path: Path, builder) -> None:
    (control, planted), result = corpus.run_mirror(tmp_path, builder)
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    assert corpus.inputs_for(result, planted) == []


def test_deep_nesting_completes_and_keeps_what_precedes(tmp_path: Path) -> None:
    started = time.perf_counter()
    (control, planted), result = corpus.run_mirror(tmp_path, corpus.deep_nesting)
    assert time.perf_counter() - started < 10
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)


def test_deep_nesting_cut_is_reported(tmp_path: Path) -> None:
    (_, planted), result = corpus.run_mirror(tmp_path, corpus.deep_nesting)
    assert any("deep" in f.message or "nest" in f.message
               for f in corpus.inputs_for(result, planted))


def test_id_inside_deep_nesting_is_found(tmp_path: Path) -> None:
    _, result = corpus.run_mirror(tmp_path, corpus.deep_nesting)
    key = corpus.masked(corpus.make_id(corpus.DEEP_ID))
    assert any(key in f.message for f in result.findings if f.rule == "privacy.id-number")


def test_content_after_closing_html_is_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    html = corpus.page("<p>正文</p>") + corpus.person(41)
    (site / "after.html").write_bytes(html.encode())
    _, result = corpus.run_mirror(tmp_path)
    key = corpus.masked(corpus.make_id(41))
    assert any(key in f.message for f in result.findings)


def test_a_page_whose_includes_each_bring_an_xml_declaration_is_read(tmp_path: Path) -> None:
    # A JSP page built from includes, each saved as XHTML, repeats the declaration at its
    # top; lxml refuses a str that still starts with one once the first is gone.
    site = tmp_path / "site"
    site.mkdir()
    declarations = '<?xml version="1.0" encoding="GBK"?>' * 2
    html = declarations + corpus.page("<p>行政处罚决定书</p>" + corpus.person(42), charset="gbk")
    (site / "xhtml.html").write_bytes(html.encode("gbk"))
    _, result = corpus.run_mirror(tmp_path)
    key = corpus.masked(corpus.make_id(42))
    assert any(key in f.message for f in result.findings if f.rule == "privacy.id-number")
    assert not [f for f in result.findings if f.rule == "input" and "xhtml" in f.evidence]


def test_huge_page_is_reported_unread_without_memory(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = corpus.huge_page(site)
    assert (site / planted.rel).stat().st_size == 200 * 1024 * 1024
    assert (site / planted.rel).stat().st_blocks * 512 < 1024 * 1024  # sparse: cheap in CI
    tracemalloc.start()
    try:
        started = time.perf_counter()
        _, result = corpus.run_mirror(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    found = [f for f in result.findings if f.rule == "input" and f.target.url == planted.url]
    assert len(found) == 1 and "200 MB" in found[0].message and "limit" in found[0].message
    assert found[0].evidence.endswith("huge.html")  # the file is named
    assert peak < 30 * 1024 * 1024 and time.perf_counter() - started < 10
    assert any(f.rule == "privacy.id-number" for f in result.findings)  # the rest was read


def test_binary_file_named_html_is_reported(tmp_path: Path) -> None:
    (control, planted), result = corpus.run_mirror(tmp_path, corpus.binary_as_html)
    assert corpus.inputs_for(result, planted)
    assert corpus.has_finds(result, control)
    assert not [f for f in result.findings if f.target.url == planted.url and f.rule != "input"]


def test_nul_bytes_inside_a_good_page(tmp_path: Path) -> None:
    (_, planted), result = corpus.run_mirror(tmp_path, corpus.nul_bytes)
    assert corpus.has_finds(result, planted)
    assert corpus.inputs_for(result, planted) == []


@pytest.mark.parametrize(("builder", "words"), [
    (corpus.mixed_encodings, "mixes"),
    (corpus.invalid_gbk, "not valid gb18030"),
])
def test_encoding_problems_are_reported_with_the_file_and_the_page_still_read(
        tmp_path: Path, builder, words: str) -> None:
    (control, planted), result = corpus.run_mirror(tmp_path, builder)
    found = corpus.inputs_for(result, planted)
    assert len(found) == 1 and words in found[0].message
    assert found[0].evidence.endswith(planted.rel)  # names the file
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    text = _page(tmp_path / "site" / planted.rel).text
    assert "当事人" in text and "身份证号码" in text  # the Chinese itself, not mojibake


@pytest.mark.parametrize(("builder", "words"), [
    (corpus.wrong_declared, "meta tag declares utf-8 but the bytes are gb18030"),
    (corpus.bom_lies, "byte-order mark says utf-8"),
    (corpus.bogus_charset, "'zlib'"),
])
def test_a_declaration_the_bytes_disprove_is_the_rules_finding_not_an_input_error(
        tmp_path: Path, builder, words: str) -> None:
    # (was an input finding: the page reads whole in the charset that decodes it cleanly)
    (control, planted), result = corpus.run_mirror(tmp_path, builder)
    assert corpus.inputs_for(result, planted) == []
    found = [f for f in result.findings
             if f.rule == "site.charset-declaration" and f.target.url == planted.url]
    assert len(found) == 1 and words in found[0].evidence
    assert found[0].severity == "warning"
    assert corpus.has_finds(result, planted) and corpus.has_finds(result, control)
    text = _page(tmp_path / "site" / planted.rel).text
    assert "当事人" in text and "身份证号码" in text  # the Chinese itself, not mojibake


def test_bom_that_disagrees_with_the_meta_tag_wins(tmp_path: Path) -> None:
    (_, planted), result = corpus.run_mirror(tmp_path, corpus.bom_disagrees)
    assert corpus.has_finds(result, planted)
    assert corpus.inputs_for(result, planted) == []
    assert _page(tmp_path / "site" / planted.rel).title == "示例页面"


def test_utf16_bom_on_a_utf8_page_is_not_believed() -> None:
    data = b"\xff\xfe" + corpus.page(corpus.person(42)).encode("utf-8")
    decoded = decode_html(data)
    assert decoded.encoding == "utf-8" and "当事人" in decoded.text
    assert decoded.mismatch and "byte-order mark says utf-16" in decoded.mismatch
    assert decoded.problem is None  # read whole: the BOM is wrong, the bytes are fine


@pytest.mark.parametrize("label", ["zlib", "rot13", "base64", "hex", "uu", "bz2", "idna",
                                   "punycode", "unicode_escape", "raw_unicode_escape", "utf-7",
                                   "undefined", "x-no-such-charset"])
def test_any_declared_charset_decodes_without_raising(label: str) -> None:
    data = f'<meta charset="{label}"><p>身份证号码 \\x41 +AGEA-</p>'.encode("gbk") + b"\xff"
    for declared in (None, f"text/html; charset={label}", label):
        decoded = decode_html(data, declared)
        assert "身份证号码" in decoded.text
        assert decoded.problem  # the bad label or the bad byte is said
