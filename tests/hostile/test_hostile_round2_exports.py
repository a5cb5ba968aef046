"""Hostile exports, round two: endless lines and junk in WARC files and manifests.

Each case is built small (``round2_exports``) and read with a lowered cap, so the cap is
crossed in milliseconds; the tests check that the damage is reported with its file and
record or line, that every good page before and after it is still read, and (under
``tracemalloc``) that reading past a bad part costs memory independent of its size.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterable
from pathlib import Path

import corpus
import pytest
import round2_exports as r2

from rulekit.config import SiteConfig, load
from rulekit.engine import Engine, RunResult
from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.mirror import iter_mirror
from rulekit.readers.warc import iter_warc
from rulekit.resource import Resource

SMALL = Limits(line_bytes=4096)
GOOD = [r2.page_url(n) for n in r2.BEFORE]
ALL_GOOD = GOOD + [r2.page_url(n) for n in r2.AFTER]


def _split(items: Iterable[Resource | InputError]) -> tuple[list[Resource], list[InputError]]:
    resources: list[Resource] = []
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            item.load()
            resources.append(item)
    return resources, errors


def _peak(items: Iterable[Resource | InputError]) -> tuple[list[Resource], list[InputError],
                                                           int]:
    """Read everything, as ``_split`` does, and the peak of memory Python allocated."""
    tracemalloc.start()
    try:
        resources, errors = _split(items)
        return resources, errors, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _mirror(site: Path, limits: Limits | None = None) -> list[Resource | InputError]:
    return list(iter_mirror(SiteConfig("s", site, base_url=corpus.BASE_URL), limits))


def _run(root: Path, export: str) -> RunResult:
    return Engine(load(corpus.write_config(root, export=export))).run()


def _found(result: RunResult) -> set[str]:
    """The URLs an ID number was found in."""
    return {f.target.url for f in result.findings if f.rule == "privacy.id-number"}


def _inputs(result: RunResult) -> list[str]:
    return [f.evidence for f in result.findings if f.rule == "input"]


# --------------------------------------------------------------------------- WARC


@pytest.mark.parametrize("size", [100, 64 * 1024])  # shorter and longer than the line cap
def test_nul_tail_is_junk_after_the_last_record(tmp_path: Path, size: int) -> None:
    warc = r2.build_warc_nul_tail(tmp_path, size)
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [p.url for p in pages] == GOOD
    (error,) = errors
    assert "junk after the last record (record 3)" in error.message
    assert "NUL bytes" in error.message and f"{size} bytes" in error.message
    assert error.where is not None and error.where.startswith(f"{warc}@")


def test_nul_gap_is_skipped_to_the_next_record(tmp_path: Path) -> None:
    warc = r2.build_warc_nul_gap(tmp_path, 64 * 1024)
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [p.url for p in pages] == ALL_GOOD
    assert [p.where for p in pages][-2:] == [f"{warc}#record 4", f"{warc}#record 5"]
    (error,) = errors
    assert "junk after record 3" in error.message and "65536 bytes skipped" in error.message


def test_endless_header_line_in_a_gzip_member_is_one_bad_record(tmp_path: Path) -> None:
    warc = r2.build_warc_gz_endless_line(tmp_path, 256 * 1024)
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [p.url for p in pages] == ALL_GOOD
    assert [p.where for p in pages][-2:] == [f"{warc}#record 5", f"{warc}#record 6"]
    (error,) = errors
    assert error.where == f"{warc}#record 4"
    assert "header line longer than 4096 bytes" in error.message
    assert "skipped to the next record" in error.message


@pytest.mark.parametrize("build", [r2.build_warc_nul_tail, r2.build_warc_nul_gap,
                                   r2.build_warc_gz_endless_line])
def test_warc_memory_does_not_grow_with_the_bad_part(tmp_path: Path, build) -> None:
    warc = build(tmp_path, 32 * 1024 * 1024)
    pages, errors, peak = _peak(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert len(errors) == 1 and {p.url for p in pages} >= set(GOOD)
    assert peak < 8 * 1024 * 1024  # mebibyte reads and scans, never the 32 MiB part


@pytest.mark.parametrize("build", [r2.build_warc_nul_tail, r2.build_warc_gz_endless_line])
def test_a_run_over_a_bad_warc_keeps_every_good_page(tmp_path: Path, build) -> None:
    warc = build(tmp_path, 2 * 1024 * 1024 + 5)  # past the default cap of 1 MiB
    result = _run(tmp_path, warc.name)
    assert _found(result) >= set(GOOD)
    (evidence,) = _inputs(result)
    assert evidence.startswith(str(warc))
    assert not [f for f in result.findings if "reader failed" in f.message]


def test_damaged_parts_are_reported_by_example_then_counted(tmp_path: Path) -> None:
    warc = tmp_path / "many-gaps.warc"
    good = range(710, 720)
    warc.write_bytes(b"".join(r2.warc_bytes(range(n, n + 1), gz=False) + b"junk\r\n"
                              for n in good))
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, Limits(examples=3)))
    assert [p.url for p in pages] == [r2.page_url(n) for n in good]
    assert [e.message.split(":")[0] for e in errors[:3]] == [
        "junk after record 1", "junk after record 2", "junk after record 3"]
    assert "junk after the last record (record 10)" in errors[3].message
    assert errors[4].message.startswith("6 more damaged parts") and errors[4].where == str(warc)


def test_junk_before_the_first_record_is_skipped(tmp_path: Path) -> None:
    warc = tmp_path / "junk-first.warc"
    warc.write_bytes(b"\x00" * 10_000 + b"not a record\r\n" + r2.warc_bytes(r2.BEFORE, gz=False))
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [p.url for p in pages] == GOOD
    (error,) = errors
    assert "junk after record 0" in error.message and error.where == f"{warc}@0"


# --------------------------------------------------------------------------- manifest


def test_manifest_fields_of_the_wrong_type_are_reported_and_the_files_read(
        tmp_path: Path) -> None:
    site = r2.build_manifest_bad_types(tmp_path, len(r2.BAD_FIELDS))
    pages, errors = _split(_mirror(site, Limits(examples=len(r2.BAD_FIELDS))))
    assert len(errors) == len(r2.BAD_FIELDS)
    for line, ((field, _), error) in enumerate(zip(r2.BAD_FIELDS, errors, strict=True), 2):
        assert error.where == f"{site / 'manifest.jsonl'}:{line}"
        assert f"field '{field}'" in error.message
    info = {p.url.rsplit("/", 1)[-1]: dict(p.info) for p in pages}
    named = [r2.page_url(n) for n in r2.NAMED]
    assert [p.url for p in pages] == sorted(ALL_GOOD + named)  # every URL from the path
    assert all(info[f"t{n}.html"] == {} for n in r2.NAMED)  # as if the manifest had no entry
    assert info["t700.html"]["column_type"] == info["t703.html"]["column_type"] == "penalty"


def test_a_run_with_a_badly_typed_manifest_completes(tmp_path: Path) -> None:
    r2.build_manifest_bad_types(tmp_path, 2 * len(r2.BAD_FIELDS))
    result = _run(tmp_path, "site")
    assert _found(result) == set(ALL_GOOD + [r2.page_url(n) for n in r2.NAMED])
    manifest = tmp_path / "site" / "manifest.jsonl"
    # five by example, then the count of the rest (on the file, without a line)
    assert sorted(_inputs(result)) == [str(manifest)] + [f"{manifest}:{n}" for n in range(2, 7)]


def test_an_endless_manifest_line_is_skipped_once(tmp_path: Path) -> None:
    site = r2.build_manifest_endless_line(tmp_path, 64 * 1024)
    pages, errors = _split(_mirror(site, SMALL))
    (error,) = errors
    assert error.where == f"{site / 'manifest.jsonl'}:2"
    assert "longer than 4096 bytes" in error.message
    info = {p.url.rsplit("/", 1)[-1]: dict(p.info) for p in pages}
    assert info["t700.html"] == {"title": "前"} and info["t703.html"] == {"title": "后"}
    assert info["t701.html"] == {}


def test_manifest_memory_does_not_grow_with_the_line(tmp_path: Path) -> None:
    site = r2.build_manifest_endless_line(tmp_path, 32 * 1024 * 1024)
    pages, errors, peak = _peak(_mirror(site, SMALL))
    assert len(errors) == 1 and len(pages) == len(ALL_GOOD)
    assert peak < 8 * 1024 * 1024


def test_a_run_over_an_endless_manifest_line_keeps_every_page(tmp_path: Path) -> None:
    r2.build_manifest_endless_line(tmp_path, 2 * 1024 * 1024)  # past the default cap
    result = _run(tmp_path, "site")
    assert _found(result) == set(ALL_GOOD)
    (evidence,) = _inputs(result)
    assert evidence.endswith("manifest.jsonl:2")


def test_manifest_lines_past_the_records_cap_are_not_read(tmp_path: Path) -> None:
    site = r2.build_manifest_many_lines(tmp_path, 100)
    pages, errors = _split(_mirror(site, Limits(records=50)))
    (error,) = errors
    assert error.where == f"{site / 'manifest.jsonl'}:51" and "more than 50 lines" in error.message
    info = {p.url.rsplit("/", 1)[-1]: dict(p.info) for p in pages}
    assert info["t700.html"] == {"title": "前"} and info["t703.html"] == {}
    assert len(pages) == len(ALL_GOOD)


def test_a_flood_of_short_header_lines_is_stopped_too(tmp_path: Path) -> None:
    warc = tmp_path / "flood.warc"
    flood = b"WARC/1.0\r\nWARC-Type: response\r\n" + b"X-A: b\r\n" * 100_000 + b"\r\n"
    warc.write_bytes(r2.warc_bytes(r2.BEFORE, gz=False) + flood
                     + r2.warc_bytes(r2.AFTER, gz=False))
    pages, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [p.url for p in pages] == ALL_GOOD
    (error,) = errors
    assert error.where == f"{warc}#record 4" and "4096 bytes in all" in error.message


@pytest.mark.parametrize("gz", [False, True])
def test_attachments_on_both_sides_of_the_damage_are_read(tmp_path: Path, gz: bool) -> None:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    first = corpus.write_warc(tmp_path / "a", [(corpus.BASE_URL + "a.docx", docx,
                                                corpus.make_docx("甲"))], gz=gz).read_bytes()
    second = corpus.write_warc(tmp_path / "b", [(corpus.BASE_URL + "b.docx", docx,
                                                 corpus.make_docx("乙"))], gz=gz).read_bytes()
    warc = tmp_path / ("both.warc.gz" if gz else "both.warc")
    warc.write_bytes(first + b"\0" * 20_000 + second)
    resources, errors = _split(iter_warc(warc, corpus.BASE_URL, SMALL))
    assert [r.url for r in resources] == [corpus.BASE_URL + "a.docx", corpus.BASE_URL + "b.docx"]
    assert len(errors) == 1 and "NUL bytes" in errors[0].message
