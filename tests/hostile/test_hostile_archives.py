"""Hostile attachments (XML and zip archives) through a whole ``rulekit run`` over a mirror.

The reader-level cases live in tests/readers/test_attachments.py; here each bad attachment
sits in a site export beside good pages, and the run must complete, name the bad file's URL
in an ``input`` finding, keep every other finding, fetch nothing from the network and echo
nothing from the files an entity points at.
"""

from __future__ import annotations

import http.server
import threading
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import corpus
import pytest

from rulekit.engine import RunResult

SECRET = "SECRET-MARKER-7f3a9c"


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        _Recorder.hits.append(self.path)
        body = f'<!ENTITY leak "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A local HTTP server that records every request: the run must make none."""
    _Recorder.hits = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _everything(result: RunResult) -> str:
    return "\n".join(repr(asdict(f)) for f in result.findings)


def _run(tmp_path: Path, *builders) -> tuple[list[corpus.Planted], RunResult]:
    return corpus.run_mirror(tmp_path, corpus.attachment_index, corpus.good_docx, *builders)


def _assert_good_kept(result: RunResult, planted: list[corpus.Planted]) -> None:
    for p in planted:
        if not p.bad:
            assert corpus.has_finds(result, p), p.rel
            assert corpus.inputs_for(result, p) == [], p.rel
    assert not [f for f in result.findings if f.rule == "plugin"]


BAD = [corpus.billion_laughs_docx, corpus.docx_zip_bomb, corpus.ofd_zip_bomb,
       corpus.zip_dotdot_only, corpus.encrypted_docx, corpus.corrupt_docx, corpus.encrypted_pdf,
       corpus.random_ofd]


@pytest.mark.parametrize("builder", BAD, ids=lambda b: b.__name__)
def test_bad_attachment_is_an_input_finding_naming_its_url(tmp_path: Path, builder) -> None:
    tracemalloc.start()
    try:
        started = time.perf_counter()
        planted, result = _run(tmp_path, builder)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    bad = planted[-1]
    found = corpus.inputs_for(result, bad)
    assert len(found) == 1, [f.message for f in result.findings]
    assert found[0].target.kind == "attachment" and found[0].target.url == bad.url
    assert bad.rel in found[0].evidence  # the message's location names the file too
    assert not [f for f in result.findings if f.target.url == bad.url and f.rule != "input"]
    _assert_good_kept(result, planted)
    assert seconds < 10 and peak < 64 * 1024 * 1024  # a bomb is refused, not inflated


def test_dotdot_entries_beside_a_real_document_are_ignored(tmp_path: Path) -> None:
    planted, result = _run(tmp_path, corpus.zip_dotdot_beside_real)
    _assert_good_kept(result, planted)
    assert corpus.has_finds(result, planted[-1])


def test_xxe_to_a_local_file_is_neither_read_nor_echoed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(f"root:x:0:0 {SECRET}", encoding="utf-8")
    planted, result = _run(tmp_path, lambda site: corpus.xxe_docx(site, secret_file=secret))
    assert corpus.inputs_for(result, planted[-1])
    assert SECRET not in _everything(result)
    _assert_good_kept(result, planted)


@pytest.mark.parametrize("kind", ["entity", "dtd"])
def test_no_network_access_for_entities_or_dtds(tmp_path: Path, server: str, kind: str) -> None:
    if kind == "entity":
        planted, result = _run(tmp_path, lambda s: corpus.xxe_docx(s, url=f"{server}/ent"))
    else:
        planted, result = _run(tmp_path, lambda s: corpus.dtd_fetch_docx(s, f"{server}/x.dtd"))
    assert corpus.inputs_for(result, planted[-1])
    assert _Recorder.hits == []
    assert SECRET not in _everything(result)
    _assert_good_kept(result, planted)


def test_html_pages_never_fetch_dtds_or_entities(tmp_path: Path, server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    xhtml = (f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html SYSTEM "{server}/x.dtd" ['
             f'<!ENTITY leak SYSTEM "{secret.as_uri()}"><!ENTITY net SYSTEM "{server}/e">'
             f'<!ENTITY % p SYSTEM "{server}/p"> %p;]>\n'
             f'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&leak;&net;&leak2;</p>'
             f"{corpus.person(50)}</body></html>")
    (site / "xhtml.html").write_text(xhtml, encoding="utf-8")
    _, result = corpus.run_mirror(tmp_path)
    assert _Recorder.hits == []
    assert SECRET not in _everything(result)
    assert any(corpus.masked(corpus.make_id(50)) in f.message for f in result.findings)
