"""Slow before refused, and taken for text (issue "Nothing lost, nothing forged").

A 10 KB OFD whose 2,000 pages draw one content part cost 17 s before it was refused (every
page parsed the part anew); a docx of 1.3 million zip entries cost 40 s and 560 MB before
the 10,000-entry check, because zipfile builds every entry before anyone can count them; a
docx or PDF served as ``download.jsp`` with ``text/plain`` went to the text reader. Now a
part is parsed once however often it is drawn, OFD work is capped (text codes per file,
templates per page) with a problem saying what was cut, the entry count is read from the
end records first, and magic bytes win over a generic content type.

The builders are in ``round2_attachments.py``; each case runs small. No test measures
wall-clock time: the work is counted instead (how often a part is parsed, whether zipfile
was called at all).
"""

from __future__ import annotations

import collections
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import corpus
import pytest
import round2_attachments as r2

from rulekit.config import load
from rulekit.engine import Engine
from rulekit.errors import InputError
from rulekit.readers import attachments
from rulekit.readers.attachments import ExtractedText, archive, extract_text, sniff_format

OFD_ID = corpus.masked(r2.OFD_ID)


@pytest.fixture(params=["worker", "inline"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a case in the worker process, and again in this process (no fork available)."""
    if request.param == "inline":
        monkeypatch.setattr(attachments, "USE_FORK", False)
    yield request.param


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> collections.Counter[str]:
    """How often each XML part is parsed, read in this process."""
    monkeypatch.setattr(attachments, "USE_FORK", False)
    counts: collections.Counter[str] = collections.Counter()
    parse = archive.parse_xml

    def counting(data: bytes, part: str) -> object:
        counts[part] += 1
        return parse(data, part)

    monkeypatch.setattr(archive, "parse_xml", counting)
    return counts


def _read(path: Path) -> str | None:
    return extract_text(path.name, path.read_bytes())


# --------------------------------------------------------------------------- OFD


def test_pages_drawing_one_part_parse_it_once(tmp_path: Path,
                                              parses: collections.Counter[str]) -> None:
    text = _read(r2.build_ofd_repeated_page(tmp_path, 60))
    assert type(text) is str  # nothing was cut
    pages = text.split(f"身份证号码：{r2.OFD_ID}")
    assert len(pages) == 61 and pages[0] == ""
    assert len(set(pages[1:-1])) == 1  # every page shows what the first one showed
    assert parses["Doc_0/Pages/Page_0/Content.xml"] == 1


def test_pages_drawing_one_part_beyond_the_read_budget_are_refused_at_once(
        tmp_path: Path, parses: collections.Counter[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The reported shape: what the pages draw adds up past the budget (here 1 MB for
    60 pages of 64 KB); refused as before, after one parse instead of one a page."""
    path = r2.build_ofd_repeated_page(tmp_path, 60)
    monkeypatch.setattr(attachments, "MAX_ZIP_TOTAL_SIZE", 1024 * 1024)
    with pytest.raises(InputError, match="decompresses more than 1 MB") as info:
        _read(path)
    assert info.value.where == path.name
    assert parses["Doc_0/Pages/Page_0/Content.xml"] == 1


def test_a_template_drawn_again_and_again_is_placed_once(
        tmp_path: Path, parses: collections.Counter[str]) -> None:
    text = _read(r2.build_ofd_repeated_template(tmp_path, 500))
    assert type(text) is str
    assert text.count("红头文件") == 1 and text.count(r2.OFD_ID) == 1
    assert parses["Doc_0/Tpls/Tpl_0.xml"] == 1


def test_templates_past_the_page_cap_are_skipped_with_a_problem(tmp_path: Path,
                                                                 mode: str) -> None:
    text = _read(r2.build_ofd_many_templates(tmp_path, 40))
    assert isinstance(text, ExtractedText)
    assert text.problems == ("OFD page 1 draws more than 32 templates: the first 32 of it (and "
                             "of any such page) were read, the rest skipped",)
    assert r2.OFD_ID in text and "第40页" in text  # every page is still read
    assert text.count("模板31") == 40 and "模板32" not in text


def test_text_codes_past_the_file_cap_are_cut_with_a_problem(
        tmp_path: Path, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = r2.build_ofd_many_text_codes(tmp_path, 3)  # 15,001 text codes a page
    monkeypatch.setattr(attachments, "MAX_OFD_TEXT_CODES", 20_000)
    text = _read(path)
    assert isinstance(text, ExtractedText)
    assert text.problems == ("OFD places more than 20,000 text codes: the text up to page 2 "
                             "was read and is checked, the rest was cut",)
    assert text.count(r2.OFD_ID) == 2  # the first page whole, the second one in part


def test_long_delta_x_is_not_expanded(tmp_path: Path) -> None:
    text = _read(r2.build_ofd_long_delta_x(tmp_path, 4000))
    assert text == f"身份证号码：{r2.OFD_ID}\n" + "\n".join(["数据"] * 40)


def test_a_document_listed_twice_is_read_once(tmp_path: Path) -> None:
    data = r2.ofd_package(["Pages/P.xml"], {"Pages/P.xml": r2.ofd_page(
        r2.ofd_text(20, 10, "正文"))})
    with zipfile.ZipFile(tmp_path / "twice.ofd", "w") as out, \
            zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            body = zf.read(info)
            if info.filename == "OFD.xml":
                root = b"<ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody>"
                body = body.replace(root, root * 500)
            out.writestr(info.filename, body)
    assert _read(tmp_path / "twice.ofd") == "正文"


# --------------------------------------------------------------------------- zip entries


def _no_zipfile(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any use of zipfile's reader fail the test: the count must come first."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile.ZipFile was called")

    monkeypatch.setattr(attachments.zipfile, "ZipFile", refuse)


@pytest.mark.parametrize("entries", [12_000, 70_000], ids=["classic", "zip64"])
def test_too_many_entries_are_refused_from_the_end_records(
        tmp_path: Path, entries: int, monkeypatch: pytest.MonkeyPatch) -> None:
    path = r2.build_docx_many_entries(tmp_path, entries)
    data = path.read_bytes()
    _no_zipfile(monkeypatch)
    for name, content_type in ((path.name, None), ("download.jsp?id=7", "text/plain")):
        with pytest.raises(InputError) as info:
            extract_text(name, data, content_type)
        assert info.value.where == name
        assert info.value.message == (f"docx archive has {entries} entries, more than the "
                                      "10000 limit")


def test_an_end_record_understating_the_count_is_not_believed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = r2.many_entries_docx(tmp_path / "lying.docx", 40, declared=3)
    monkeypatch.setattr(attachments, "MAX_ZIP_ENTRIES", 10)
    _no_zipfile(monkeypatch)
    with pytest.raises(InputError) as info:
        _read(path)
    assert info.value.message == ("docx archive has more than 10 entries (the limit), though "
                                  "its end record states 3")


def test_an_end_record_overstating_the_count_is_not_believed_either(tmp_path: Path) -> None:
    """zipfile reads the entries the directory holds: so does the count, and the file is read."""
    path = r2.many_entries_docx(tmp_path / "overstated.docx", 5, text="正文", declared=2_000_000)
    assert _read(path) == "正文"
    assert sniff_format("download.jsp", path.read_bytes(), "text/plain") == "docx"


def test_a_docx_within_the_entry_limit_is_read(tmp_path: Path) -> None:
    path = r2.many_entries_docx(tmp_path / "ok.docx", 9_000, text="正文")
    assert _read(path) == "正文"


# --------------------------------------------------------------------------- sniffing


DOCX = corpus.make_docx("正文")
PDF = r2.text_pdf(("a line",))


@pytest.mark.parametrize("content_type", ["text/plain", "text/plain; charset=GBK",
                                          "application/octet-stream", "text/html", None])
def test_magic_bytes_win_over_a_generic_content_type(content_type: str | None) -> None:
    assert sniff_format("download.jsp?id=3", DOCX, content_type) == "docx"
    assert sniff_format("download.jsp?id=3", PDF, content_type) == "pdf"
    assert extract_text("download.jsp?id=3", DOCX, content_type) == "正文"


def test_text_stays_text() -> None:
    quoting = "PDF 文件以 %PDF- 开头。".encode("gbk")
    assert sniff_format("a.jsp", quoting, "text/plain") == "txt"
    assert sniff_format("a.jsp", b"  %PDF-1.7\n", "text/plain") == "pdf"
    # a zip that is no document, or a Word 97 file, is not text whatever the server says
    assert sniff_format("a.jsp", corpus.make_zip({"a.txt": "x"}), "text/plain") is None
    assert sniff_format("a.jsp", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
                        "text/plain") is None


# --------------------------------------------------------------------------- a whole run


def _planted(name: str, build: Callable[[Path], Path], *, bad: bool,
             finds: tuple[tuple[str, str], ...] = ()) -> Callable[[Path], corpus.Planted]:
    def plant(site: Path) -> corpus.Planted:
        folder = site / "zwgk" / "xzcf"
        folder.mkdir(parents=True, exist_ok=True)
        built = build(folder)
        assert built.name == name
        return corpus.Planted(f"zwgk/xzcf/{name}", bad=bad, finds=finds)
    return plant


def test_a_run_refuses_or_cuts_each_slow_archive_and_checks_the_rest(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_ZIP_TOTAL_SIZE", 4 * 1024 * 1024)
    monkeypatch.setattr(attachments, "MAX_OFD_TEXT_CODES", 20_000)
    ids = (("privacy.id-number", OFD_ID),)
    planted, result = corpus.run_mirror(
        tmp_path,
        _planted("repeated_page.ofd", lambda d: r2.build_ofd_repeated_page(d, 80), bad=True),
        _planted("many_entries.docx", lambda d: r2.build_docx_many_entries(d, 12_000),
                 bad=True),
        _planted("many_text_codes.ofd", lambda d: r2.build_ofd_many_text_codes(d, 3),
                 bad=True, finds=ids),
        corpus.good_docx)
    control, repeated, entries, codes, good = planted
    messages = {}
    for bad in (repeated, entries, codes):
        found = corpus.inputs_for(result, bad)
        assert len(found) == 1, [f.message for f in result.findings]
        assert bad.rel in found[0].evidence
        messages[bad.rel] = found[0].message
    assert "decompresses more than 4 MB" in messages[repeated.rel]
    assert "has 12000 entries, more than the 10000 limit" in messages[entries.rel]
    assert re.search(r"more than 20,000 text codes: the text up to page 2 ", messages[codes.rel])
    for checked in (control, codes, good):
        assert corpus.has_finds(result, checked), checked.rel
    assert not [f for f in result.findings if f.rule == "plugin"]


def test_a_run_reads_documents_served_as_text(tmp_path: Path) -> None:
    warc = r2.build_served_as_text(tmp_path, 4)
    result = Engine(load(corpus.write_config(tmp_path, export=warc.name))).run()
    for i in range(4):
        url = r2.served_as_text_url(i)
        assert any(f.rule == "privacy.id-number" and f.target.url == url
                   and corpus.masked(r2.served_as_text_id(i)) in f.message
                   for f in result.findings), url
        assert not [f for f in result.findings if f.rule == "input" and f.target.url == url]
    assert not [f for f in result.findings if f.rule == "plugin"]
