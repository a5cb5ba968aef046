"""Hostile mirror exports: special files and symbolic links never make the run hang or leak.

An export unpacked from someone else's archive may hold a pipe or a device named ``.html``
(reading it would block or never end), links to files outside the export (reading them
would check, and quote, the machine's own files) and linked directories (skipped by
``os.walk``: they must at least be reported).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import corpus
import pytest

from rulekit.errors import InputError
from rulekit.readers import mirror

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX special files and links")


def test_pipe_and_device_named_html_are_reported_not_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    os.mkfifo(site / "pipe.html")
    (site / "zero.html").symlink_to("/dev/zero")
    started = time.perf_counter()
    (control,), result = corpus.run_mirror(tmp_path)
    assert time.perf_counter() - started < 10
    reported = {Path(f.target.url or f.target.path or "").name: f.message
                for f in result.findings if f.rule == "input"}
    assert "not a regular file" in reported["pipe.html"]
    assert "zero.html" in reported  # a link out of the export: never opened
    assert corpus.has_finds(result, control)


def test_links_out_of_the_export_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text(f"身份证号码：{corpus.make_id(600)}", encoding="utf-8")
    site = tmp_path / "site"
    (site / "zwgk").mkdir(parents=True)
    (site / "zwgk" / "leak.txt").symlink_to(secret)
    (site / "zwgk" / "dangling.html").symlink_to(tmp_path / "nowhere.html")
    (site / "zwgk" / "inside.html").symlink_to(site / "real.html")  # inside: read as usual
    (site / "real.html").write_text(corpus.page(corpus.person(601)), encoding="utf-8")
    _, result = corpus.run_mirror(tmp_path)
    key = corpus.masked(corpus.make_id(600))
    assert not [f for f in result.findings if key in f.message]
    inputs = [f for f in result.findings if f.rule == "input"]
    assert sorted(Path(f.evidence).name for f in inputs) == ["dangling.html", "leak.txt"]
    assert all("outside the export" in f.message for f in inputs)
    found = {f.target.url for f in result.findings if f.rule == "privacy.id-number"}
    assert corpus.BASE_URL + "zwgk/inside.html" in found
    assert corpus.BASE_URL + "real.html" in found


def test_a_linked_directory_is_reported_not_silently_skipped(tmp_path: Path) -> None:
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    (uploads / "a.html").write_text(corpus.page(corpus.person(602)), encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "uploads").symlink_to(uploads)
    items = list(mirror.iter_mirror(mirror.SiteConfig("s", site, base_url=corpus.BASE_URL)))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "not followed" in errors[0].message
    assert errors[0].where.endswith("uploads")


def test_a_file_growing_while_read_is_reported(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(b"<p>x</p>")
    load = mirror.FileLoad(page)
    real_fstat = os.fstat

    def stale_fstat(fd: int) -> os.stat_result:
        result = real_fstat(fd)  # the size seen before the writer appended more
        return os.stat_result((result.st_mode, *result[1:6], 3, *result[7:]))

    monkeypatch.setattr(os, "fstat", stale_fstat)
    with pytest.raises(InputError, match="grew"):
        load()
