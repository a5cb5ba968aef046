"""Hostile WARC exports: truncation, records of other sites, damaged records, warcio noise."""

from __future__ import annotations

from pathlib import Path

import corpus
import pytest

from rulekit.config import load
from rulekit.engine import Engine, RunResult
from rulekit.errors import InputError
from rulekit.readers.warc import iter_warc

HTML = "text/html; charset=utf-8"


def _pages(numbers: range, host: str = "www.example.gov.cn") -> list[tuple[str, str, bytes]]:
    return [(f"http://{host}/zwgk/xzcf/t{n}.html", HTML,
             corpus.page(corpus.person(n) + "<p>填充</p>" * 300).encode()) for n in numbers]


def _run(tmp_path: Path, warc: Path, *, base_url: bool = True) -> RunResult:
    config = corpus.write_config(tmp_path, export=warc.name)
    if not base_url:
        text = config.read_text(encoding="utf-8").replace(f"base_url: {corpus.BASE_URL}", "")
        config.write_text(text, encoding="utf-8")
    return Engine(load(config)).run()


def _ids(result: RunResult) -> set[str]:
    return {f.target.url.rsplit("/", 1)[-1] for f in result.findings
            if f.rule == "privacy.id-number"}


@pytest.mark.parametrize("fraction", [0.3, 0.55, 0.8, 0.97])
def test_truncated_warc_gz_keeps_earlier_findings(tmp_path: Path, fraction: float) -> None:
    full = corpus.write_warc(tmp_path / "full.warc.gz", _pages(range(100, 110)))
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * fraction)])
    result = _run(tmp_path, cut)
    found = _ids(result)
    assert found == {f"t{n}.html" for n in range(100, 100 + len(found))}  # a prefix, in order
    assert len(found) >= int(10 * fraction) - 1
    inputs = [f for f in result.findings if f.rule == "input"]
    assert len(found) < 10 or inputs  # what was lost is said
    assert all("truncated" in f.message for f in inputs)
    assert all(f.evidence.endswith("cut.warc.gz") or "cut.warc.gz#" in f.evidence
               for f in inputs)


def test_every_possible_cut_is_either_complete_or_reported(tmp_path: Path) -> None:
    full = corpus.write_warc(tmp_path / "full.warc.gz", _pages(range(110, 113)))
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    for end in range(len(data) - 40, len(data)):  # the gzip trailer and the record's end
        cut.write_bytes(data[:end])
        items = list(iter_warc(cut))
        pages = [i for i in items if not isinstance(i, InputError)]
        assert len(pages) == 3 or any(isinstance(i, InputError) for i in items), end
        assert any(isinstance(i, InputError) for i in items), end  # the file *is* damaged


def test_records_outside_the_site_are_reported_and_skipped(tmp_path: Path) -> None:
    records = (_pages(range(120, 122)) + _pages(range(122, 123), host="other.gov.cn")
               + _pages(range(123, 124), host="zwgk.www.example.gov.cn")
               + _pages(range(124, 125), host="evil-www.example.gov.cn")
               + [("http://cdn.example.com/file.docx", "application/vnd.openxmlformats-"
                   "officedocument.wordprocessingml.document",
                   corpus.make_docx(f"身份证号码：{corpus.make_id(125)}"))])
    warc = corpus.write_warc(tmp_path / "crawl.warc.gz", records)
    result = _run(tmp_path, warc)
    assert _ids(result) == {"t120.html", "t121.html", "t123.html"}  # a subdomain is the site
    outside = sorted(f.message for f in result.findings if f.rule == "input")
    assert len(outside) == 3 and all("record outside the site" in m for m in outside)
    assert any("other.gov.cn" in m for m in outside)
    assert any("evil-www.example.gov.cn" in m for m in outside)
    assert any("cdn.example.com/file.docx" in m for m in outside)


def test_without_base_url_every_record_is_read(tmp_path: Path) -> None:
    records = _pages(range(130, 131)) + _pages(range(131, 132), host="other.gov.cn")
    warc = corpus.write_warc(tmp_path / "crawl.warc", records, gz=False)
    result = _run(tmp_path, warc, base_url=False)
    assert _ids(result) == {"t130.html", "t131.html"}
    assert not [f for f in result.findings if f.rule == "input"]


def test_wrong_content_length_is_reported_without_echoing_the_record(
        tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    warc = corpus.write_warc(tmp_path / "plain.warc", _pages(range(140, 143)), gz=False)
    data = warc.read_bytes()
    # shorten the first record's Content-Length: warcio warns on stderr, quoting the bytes
    head_end = data.index(b"\r\n\r\n")
    length = int(data[:head_end].split(b"Content-Length: ")[1].split(b"\r\n")[0])
    data = data.replace(f"Content-Length: {length}".encode(),
                        f"Content-Length: {length - 3000}".encode(), 1)
    warc.write_bytes(data)
    result = _run(tmp_path, warc)
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    assert [f for f in result.findings if f.rule == "input"]
    leaked = [corpus.make_id(n) for n in range(140, 143)]
    assert not any(n in f.message + f.evidence for f in result.findings for n in leaked)


def test_a_cut_record_header_is_an_input_finding_not_a_reader_crash(tmp_path: Path) -> None:
    full = corpus.write_warc(tmp_path / "full.warc.gz", _pages(range(150, 153)))
    data = full.read_bytes()
    second = data.index(b"\x1f\x8b", 10)  # the second gzip member: cut inside its header
    cut = tmp_path / "cut.warc.gz"
    for end in range(second + 10, second + 200, 7):
        cut.write_bytes(data[:end])
        result = _run(tmp_path, cut)
        assert not [f for f in result.findings if "reader failed" in f.message]
        assert _ids(result) >= {"t150.html"}
