"""Scanned penalty decisions: read by OCR with ``rulekit[ocr]``, reported as unread without.

The fixtures (tests/data/scanned/, made by tools/make_scanned_fixtures.py) are one decision
scanned to a PNG, and a PDF of that image with no text layer; both hold a synthetic ID number,
a detailed address and a mobile number.
"""

from __future__ import annotations

import io
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SITE_WIDE

from rulekit import images
from rulekit.builders import site as make_site
from rulekit.config import load
from rulekit.engine import Engine
from rulekit.page import Page
from rulekit.readers import attachments, ocr
from rulekit.testing import engine

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))
import corpus  # noqa: E402  (the synthetic ID numbers every test plants)

DATA = Path(__file__).resolve().parent / "data" / "scanned"
ID_NUMBER = corpus.make_id(950)
MASKED = corpus.masked(ID_NUMBER)
needs_ocr = pytest.mark.skipif(not ocr.available(), reason="OCR (rulekit[ocr]) not installed")

PNG = "zwgk/xzcf/202205/W020220512001.png"  # in the penalty column
PDF = "zwgk/xzcf/202205/W020220512002.pdf"  # in the penalty column
SHOWN = "uploads/2022/05/W020220512003.png"  # elsewhere, shown by a penalty page
PAGE = "zwgk/xzcf/202205/t20220512_3.html"


def scanned_export(export) -> None:
    """The three ways a county publishes a scan: an image and a PDF filed under the penalty
    column, and an image that a penalty page shows."""
    scan = (DATA / "decision.png").read_bytes()
    export.file(f"site/{PNG}", scan)
    export.file(f"site/{PDF}", (DATA / "decision.pdf").read_bytes())
    export.file(f"site/{SHOWN}", scan)
    export.page(PAGE, f'<h1>行政处罚决定书</h1><p><img src="/{SHOWN}"></p>',
                title="示市监罚〔2022〕13号", meta={"PubDate": "2022-05-12"})


def by_url(result, rule: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in result.findings:
        if f.rule == rule:
            key = f.target.url.removeprefix(corpus.BASE_URL)
            out[key] = out.get(key, 0) + 1
    return out


# -- with OCR ---------------------------------------------------------------------------------


@needs_ocr
def test_scans_are_read_and_checked_like_text(export):
    scanned_export(export)
    result = export.run()
    assert by_url(result, "privacy.id-number") == {PNG: 1, PDF: 1, SHOWN: 1}
    for f in result.findings:
        if f.rule == "privacy.id-number":
            assert MASKED in f.message and ID_NUMBER not in f.message + f.evidence
    # the image shown by the page is checked as the page's attachment: penalty rules apply
    shown = [f for f in result.findings if f.target.url == corpus.BASE_URL + SHOWN]
    assert {f.target.parent_url for f in shown} == {corpus.BASE_URL + PAGE}
    assert by_url(result, "privacy.address") == {PNG: 1, PDF: 1, SHOWN: 1}
    assert not by_url(result, "privacy.scanned-unread")
    assert not [f for f in result.findings if f.rule in {"input", "plugin"}], result.findings
    assert result.summary.attachments == 3


@needs_ocr
def test_ocr_reads_id_address_and_phone_exactly():
    text = attachments.read_image("decision.png", (DATA / "decision.png").read_bytes())
    assert text.scanned == "ocr"
    assert ID_NUMBER in text and corpus.ADDRESS in text and corpus.MOBILE in text
    pdf = attachments.extract_text("decision.pdf", (DATA / "decision.pdf").read_bytes())
    assert pdf.scanned == "ocr"
    assert ID_NUMBER in pdf and corpus.ADDRESS in pdf and corpus.MOBILE in pdf


_IN_PROCESS = """
import sys
from rulekit.readers import attachments
data = open(sys.argv[1], "rb").read()
attachments.USE_FORK = False  # where fork does not exist, the scan is read in place
text = attachments.read_image("d.png", data)
print(text.scanned, sys.argv[2] in text)
attachments.USE_FORK = True  # a child of a process that ran OCR would hang in OCR
text = attachments.read_image("d.png", data, attachments.Limits(extract_seconds=60))
print(text.scanned, repr(str(text)))
"""


@needs_ocr
def test_ocr_in_process_and_never_in_a_poisoned_child():
    """In its own process: OCR there would leave this one's forked readers hanging."""
    done = subprocess.run([sys.executable, "-c", _IN_PROCESS, str(DATA / "decision.png"),
                           ID_NUMBER], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["ocr True", "unread ''"]


@needs_ocr
def test_a_broken_scan_is_an_input_finding_not_a_crash(export):
    export.file("site/zwgk/xzcf/202205/W020220512009.jpg", b"\xff\xd8\xff\xe0 not a jpeg")
    result = export.run()
    assert [(f.rule, f.target.url.rsplit("/", 1)[-1]) for f in result.findings] == [
        ("input", "W020220512009.jpg")]


@pytest.mark.parametrize("ocr_installed", [True, False])
def test_a_text_pdf_or_a_page_with_only_a_seal_is_not_a_scan(monkeypatch, ocr_installed):
    installed = ocr.available() and ocr_installed
    monkeypatch.setattr(ocr, "available", lambda: installed)
    assert getattr(attachments.extract_text("a.pdf", _text_pdf()), "scanned", None) is None
    seal = attachments.extract_text("b.pdf", _text_pdf(image=(260, 260)))
    assert getattr(seal, "scanned", None) is None


# -- without OCR ------------------------------------------------------------------------------


def test_without_ocr_each_scan_is_one_info_finding(export, monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    scanned_export(export)
    result = export.run()
    assert by_url(result, "privacy.scanned-unread") == {PNG: 1, PDF: 1, SHOWN: 1}
    unread = [f for f in result.findings if f.rule == "privacy.scanned-unread"]
    assert {f.severity for f in unread} == {"info"}
    assert all("rulekit[ocr]" in f.message for f in unread)
    assert not by_url(result, "privacy.id-number")
    assert not [f for f in result.findings if f.rule in {"input", "plugin"}], result.findings


def test_pdf_without_ocr_is_marked_unread(monkeypatch):
    monkeypatch.setattr(ocr, "available", lambda: False)
    for fork in (True, False):
        monkeypatch.setattr(attachments, "USE_FORK", fork)
        text = attachments.extract_text("decision.pdf", (DATA / "decision.pdf").read_bytes())
        assert text == "" and text.scanned == "unread" and text.problems == ()


def test_an_image_outside_any_penalty_context_is_not_read(export, monkeypatch):
    read: list[str] = []
    monkeypatch.setattr("rulekit.page_check.read_image",
                        lambda name, data, limits: read.append(name) or "")
    scan = (DATA / "decision.png").read_bytes()
    export.file("site/xwzx/gzdt/202205/W020220512004.png", scan)  # a news photo folder
    export.file("site/uploads/W020220512005.png", scan)  # shown by a news page only
    export.page("xwzx/gzdt/202205/t20220512_4.html",
                '<h1>县领导调研</h1><p><img src="/uploads/W020220512005.png"></p>',
                meta={"PubDate": "2022-05-12"})
    result = export.run(ignore=SITE_WIDE)  # (not a test of the site-wide rules)
    assert read == []
    assert result.findings == []
    assert result.summary.not_checked == {"not content": 2}


def test_a_logo_on_a_penalty_page_is_not_read(export, monkeypatch):
    read: list[str] = []
    monkeypatch.setattr("rulekit.page_check.read_image",
                        lambda name, data, limits: read.append(name) or "")
    export.file("site/images/logo.png", _png(240, 60))
    export.file("site/zwgk/xzcf/qr.png", _png(258, 258))  # a QR code in the column
    export.page(PAGE, '<img src="/images/logo.png"><p>当事人：某公司。</p>',
                title="行政处罚决定书")
    result = export.run()
    assert read == []
    assert result.summary.not_checked == {"not content": 2}


@pytest.mark.parametrize("with_ocr", [pytest.param(True, marks=needs_ocr), False])
def test_scans_in_a_warc_are_read_or_reported_unread(tmp_path, monkeypatch, with_ocr):
    """Images in a WARC are read from their records as images in a mirror are."""
    monkeypatch.setattr(ocr, "available", lambda: with_ocr)
    scan = (DATA / "decision.png").read_bytes()
    html = corpus.page(f'<h1>行政处罚决定书</h1><img src="/{SHOWN}">',
                       title="示市监罚〔2022〕13号").encode()
    corpus.write_warc(tmp_path / "site.warc.gz", [
        (corpus.BASE_URL + "images/logo.png", "image/png", scan),  # shown by no penalty page
        (corpus.BASE_URL + PAGE, "text/html", html),
        (corpus.BASE_URL + SHOWN, "image/png", scan),
        (corpus.BASE_URL + PNG, "image/png", scan)])
    result = Engine(load(corpus.write_config(tmp_path, export="site.warc.gz"))).run()
    if with_ocr:
        assert by_url(result, "privacy.id-number") == {PNG: 1, SHOWN: 1}
        assert not by_url(result, "privacy.scanned-unread")
        shown = [f for f in result.findings if f.target.url == corpus.BASE_URL + SHOWN]
        assert {f.target.parent_url for f in shown} == {corpus.BASE_URL + PAGE}
    else:
        assert by_url(result, "privacy.scanned-unread") == {PNG: 1, SHOWN: 1}
        assert not by_url(result, "privacy.id-number")
    assert not [f for f in result.findings if f.rule in {"input", "plugin"}], result.findings
    summary = result.summary
    assert summary.not_checked == {"not content": 1}  # the logo
    assert summary.attachments == 2
    assert summary.entries == summary.checked + sum(summary.not_checked.values())


def test_a_page_checked_alone_reports_the_images_it_shows():
    page = Page(corpus.BASE_URL + PAGE, '<h1>行政处罚决定书</h1><img src="d.jpg">'.encode(),
                site=make_site(), where="<test>", info={"column_type": "penalty"})
    found = engine().check_page(page)
    unread = [f for f in found if f.rule == "privacy.scanned-unread"]
    assert len(unread) == 1
    assert unread[0].details["images"] == [corpus.BASE_URL + "zwgk/xzcf/202205/d.jpg"]


# -- reading order and image headers ----------------------------------------------------------


def _box(x0: float, y0: float, x1: float, y1: float, text: str) -> list:
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1]], text, 0.99]


def test_boxes_of_one_line_are_joined_left_to_right():
    boxes = [_box(300, 102, 520, 130, "199003279507"), _box(50, 100, 298, 128, "身份证号：110105"),
             _box(50, 150, 200, 178, "住址：略"), _box(900, 151, 990, 177, "第1页")]
    assert ocr.reading_order(boxes) == "身份证号：110105199003279507\n住址：略\t第1页"


def _png(width: int, height: int, fmt: str = "PNG") -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (width, height), 255).save(out, fmt)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP"])
def test_image_size_from_the_header(fmt):
    assert images.image_size(_png(640, 480, fmt)) == (640, 480)
    assert images.looks_like_document(_png(880, 500, fmt))
    assert not images.looks_like_document(_png(240, 60, fmt))


def test_unknown_sizes_count_as_documents():
    assert images.image_size(b"II*\x00rest") is None and images.looks_like_document(b"II*\x00")
    assert images.image_size(b"\xff\xd8\xff") is None  # a truncated JPEG


def test_image_urls_resolve_against_the_base():
    html = ('<html><head><base href="http://www.example.gov.cn/a/"></head><body>'
            '<img src="1.jpg"><img src="data:image/png;base64,AA"><a href="2.PNG#p">扫描件</a>'
            '<img src="blank.gif" data-original="3.jpeg"><a href="x.pdf">附件</a></body></html>')
    page = Page("http://www.example.gov.cn/b/t.html", html.encode(), site=make_site(),
                where="<test>")
    assert images.image_urls(page) == ["http://www.example.gov.cn/a/1.jpg",
                                       "http://www.example.gov.cn/a/2.PNG",
                                       "http://www.example.gov.cn/a/blank.gif",
                                       "http://www.example.gov.cn/a/3.jpeg"]


def test_extracted_text_keeps_its_scan_state_across_processes():
    text = attachments.ExtractedText("x", ("p",), "unread")
    again = pickle.loads(pickle.dumps(text))
    assert (str(again), again.problems, again.scanned) == ("x", ("p",), "unread")


def _text_pdf(image: tuple[int, int] | None = None) -> bytes:
    """A page of text; with ``image``, a second page showing only an image that size."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 720, "Penalty decision No. 12 of 2022, published in full text.")
    if image:
        pdf.showPage()
        pdf.drawImage(ImageReader(Image.new("RGB", image, (200, 30, 30))), 300, 100)
    pdf.save()
    return out.getvalue()
