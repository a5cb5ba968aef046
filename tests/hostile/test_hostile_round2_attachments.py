"""Hostile attachments, round two: no hang, no leak (issue "Hostile input, round two").

PDF, OFD and docx text is read in a worker process that is killed at the ``extract_seconds``
deadline, and the PDF library's warnings (which quote the file's objects, ID numbers
included) come back masked as the file's problems instead of reaching standard error. The
builders are in ``round2_attachments.py``; each case runs small, with lowered limits. No test
measures wall-clock time.
"""

from __future__ import annotations

import logging
import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import corpus
import pluggy
import pytest
import round2_attachments as r2

from rulekit import hookspecs
from rulekit.errors import InputError
from rulekit.limits import DEFAULT, Limits
from rulekit.readers import attachments
from rulekit.readers.attachments import ExtractedText, capture, extract_text, worker

#: A deadline far below what the slow cases need unstopped (seconds), far above a fork.
SHORT = 2.0


@pytest.fixture(params=["worker", "inline"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run a case in the worker process, and again in this process (no fork available)."""
    if request.param == "inline":
        monkeypatch.setattr(attachments, "USE_FORK", False)
    yield request.param


@pytest.fixture
def fresh_worker() -> Iterator[None]:
    """A worker forked after the test's patches, and none left behind with them."""
    worker.discard_worker()
    yield
    worker.discard_worker()


def _no_leak(text: str, secret: str = r2.LEAKED_ID) -> None:
    for variant in corpus.variants(secret):
        assert variant not in text


# --------------------------------------------------------------------------- deadline


def test_deadline_stops_pages_that_share_one_stream(tmp_path: Path) -> None:
    """Pages that cannot be told apart without reading them: only the deadline stops them."""
    path = r2.build_shared_stream_distinct_resources(tmp_path, 2000)
    limits = Limits(extract_seconds=SHORT)
    try:
        text = extract_text(path.name, path.read_bytes(), limits=limits)
    except InputError as err:  # a very slow machine: not even the first page in time
        assert err.where == path.name
        assert "stopped after 2 s" in err.message
        return
    assert isinstance(text, ExtractedText)
    assert re.search(r"stopped after 2 s .* with \d+ pages? read; the text read so far is "
                     r"checked", text.problems[0])
    assert 0 < text.count("shared page") < 2000


def test_pages_sharing_stream_and_resources_are_read_once(tmp_path: Path) -> None:
    """The reported case: 2,000 pages drawing one stream are read as one page, in full."""
    pdf = r2.shared_stream_pdf(300, stream_bytes=256 * 1024)
    text = extract_text("shared.pdf", pdf, limits=Limits(extract_seconds=60))
    assert text is not None and text.count("shared page") == 300
    assert not getattr(text, "problems", ())


def _hang_after(pages: int) -> object:
    """A PDF reader that yields ``pages`` pages, then is stuck in one call into C."""
    def read(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
        for i in range(pages):
            yield f"page {i + 1} 当事人"
        # A catastrophic backtracking match: one C call that no signal interrupts.
        re.match(r"(a+)+$", "a" * 64 + "b")
        yield "never"
    return read


@pytest.mark.usefixtures("fresh_worker")
def test_deadline_stops_a_call_into_c_and_keeps_the_pages_read(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(worker.READERS, "pdf", _hang_after(2))
    text = extract_text("stuck.pdf", b"%PDF-1.4", limits=Limits(extract_seconds=SHORT))
    assert isinstance(text, ExtractedText)
    assert text == "page 1 当事人\npage 2 当事人"
    assert text.problems == ("text extraction stopped after 2 s (the extract_seconds limit) "
                             "with 2 pages read; the text read so far is checked",)
    # The worker was killed; the next file gets a new one.
    assert extract_text("ok.docx", corpus.make_docx("身份证号码")) == "身份证号码"


@pytest.mark.usefixtures("fresh_worker")
def test_deadline_before_any_text_is_an_input_error_naming_the_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(worker.READERS, "ofd", _hang_after(0))
    with pytest.raises(InputError) as info:
        extract_text("stuck.ofd", b"PK\x03\x04", limits=Limits(extract_seconds=SHORT))
    assert info.value.where == "stuck.ofd"
    assert info.value.message == ("text extraction stopped after 2 s (the extract_seconds "
                                  "limit) before any text was read")
    # A file after it is read by a new worker.
    assert "身份证" in (extract_text("ok.docx", corpus.make_docx("身份证号码")) or "")


@pytest.mark.usefixtures("fresh_worker")
def test_a_reader_process_that_dies_is_reported_with_the_text_it_sent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    def read(data: bytes, limits: Limits = DEFAULT) -> Iterator[str]:
        yield "第一页"
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        yield "never"

    monkeypatch.setitem(worker.READERS, "pdf", read)
    text = extract_text("dies.pdf", b"%PDF-1.4")
    assert text == "第一页"
    assert isinstance(text, ExtractedText) and "killed by SIGKILL" in text.problems[0]


# --------------------------------------------------------------------------- no leak


def test_library_warnings_are_masked_problems_and_never_printed(
        tmp_path: Path, mode: str, capfd: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # a log handler on the root logger sees nothing either
    path = r2.build_damaged_resources(tmp_path, 40)
    text = extract_text(path.name, path.read_bytes())
    assert isinstance(text, ExtractedText)
    assert text.startswith("readable page")
    assert text.problems == ("pypdf warned: Page resources are not a dictionary: "
                             "320102********5074 (40 times)",)
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    _no_leak(" ".join(record.getMessage() for record in caplog.records))


def test_many_kinds_of_warning_give_a_few_examples_and_a_count(tmp_path: Path,
                                                               mode: str) -> None:
    path = r2.build_many_warnings(tmp_path, 30)
    text = extract_text(path.name, path.read_bytes(), limits=Limits(examples=3))
    assert isinstance(text, ExtractedText)
    assert len(text.problems) == 4
    assert text.problems[0] == ("pypdf warned: Page resources are not a dictionary: "
                                "110105********0000")
    assert text.problems[-1] == "and 27 more library warnings"
    for i in range(30):
        _no_leak(" ".join(text.problems), str(110105196001010000 + i))


def test_warning_quoting_a_huge_object_is_cut_without_splitting_a_number() -> None:
    # A cut inside a number would leave too few digits for the masking to recognise.
    noise = capture.Noise()
    noise.add("pypdf", "object: " + "x" * 285 + r2.LEAKED_ID + "y" * 10_000)
    (message,) = noise.kinds
    assert len(message) < 320 and message.endswith("x…")
    assert "3201" not in message


# --------------------------------------------------------------------------- still read


def test_ordinary_pdf_text_is_unchanged(tmp_path: Path, mode: str) -> None:
    path = r2.build_ordinary(tmp_path, 3)
    text = extract_text(path.name, path.read_bytes())
    assert type(text) is str
    assert text == ("page 1\nsome ordinary text\n"
                    "page 2\nsome ordinary text\n"
                    "page 3\nsome ordinary text")


def test_text_is_cut_at_attachment_chars_with_a_note(tmp_path: Path, mode: str) -> None:
    path = r2.build_ordinary(tmp_path, 50)
    text = extract_text(path.name, path.read_bytes(), limits=Limits(attachment_chars=100))
    assert isinstance(text, ExtractedText)
    assert 80 < len(text) <= 100 and text.startswith("page 1\nsome ordinary text")
    assert text.problems == ("attachment text longer than 100 characters (the "
                             "attachment_chars limit): checked up to there, the rest was cut",)


def test_hook_takes_limits_and_works_without_them(tmp_path: Path) -> None:
    pm = pluggy.PluginManager("rulekit")
    pm.add_hookspecs(hookspecs)
    pm.register(attachments)
    data = r2.build_ordinary(tmp_path, 5).read_bytes()
    cut = pm.hook.rulekit_extract_text(name="a.pdf", data=data, content_type=None,
                                       limits=Limits(attachment_chars=20))
    assert len(cut) <= 20 and cut.problems
    full = attachments.rulekit_extract_text("a.pdf", data, None)
    assert full.endswith("page 5\nsome ordinary text") and type(full) is str


def test_the_worker_follows_caps_lowered_after_it_started(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    path = r2.build_ordinary(tmp_path, 3)
    extract_text(path.name, path.read_bytes())  # a worker is running
    monkeypatch.setattr(attachments, "MAX_PAGES", 1)
    assert extract_text(path.name, path.read_bytes()) == "page 1\nsome ordinary text"


# --------------------------------------------------------------------------- a whole run


def _id_pdf(site: Path) -> corpus.Planted:
    """A penalty decision as PDF that leaks the 71st ID number."""
    folder = site / "zwgk" / "xzcf"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "decision.pdf").write_bytes(r2.text_pdf(
        ("Administrative penalty decision", f"ID number: {corpus.make_id(71)}")))
    return corpus.Planted("zwgk/xzcf/decision.pdf", bad=False,
                          finds=(("privacy.id-number", corpus.masked(corpus.make_id(71))),))


def test_ids_in_pdfs_are_found_and_warnings_never_printed(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    def damaged(site: Path) -> corpus.Planted:
        r2.build_damaged_resources(site / "zwgk" / "xzcf", 5)
        return corpus.Planted("zwgk/xzcf/damaged_resources.pdf", bad=True)

    planted, result = corpus.run_mirror(tmp_path, _id_pdf, damaged)
    assert corpus.has_finds(result, planted[1])
    assert not [f for f in result.findings if f.rule == "plugin"]
    warned = corpus.inputs_for(result, planted[2])
    assert warned and "320102********5074" in warned[0].message
    everything = "\n".join(repr(f) for f in result.findings)
    out, err = capfd.readouterr()
    _no_leak(everything + out + err)


def test_the_run_s_deadline_stops_a_slow_pdf_and_the_run_goes_on(tmp_path: Path) -> None:
    def slow(site: Path) -> corpus.Planted:
        folder = site / "zwgk" / "xzcf"
        folder.mkdir(parents=True, exist_ok=True)
        r2.build_shared_stream_distinct_resources(folder, 2000)
        return corpus.Planted("zwgk/xzcf/shared_stream_distinct.pdf", bad=True)

    planted, result = corpus.run_mirror(tmp_path, slow, _id_pdf,
                                        extra="limits: {extract_seconds: 2}\n")
    stopped = corpus.inputs_for(result, planted[1])
    assert len(stopped) == 1 and "stopped after 2 s" in stopped[0].message
    assert corpus.has_finds(result, planted[0]) and corpus.has_finds(result, planted[2])
    assert not [f for f in result.findings if f.rule == "plugin"]
