"""Nothing lost, nothing forged: one bad name, record or line never hides the rest.

Every entry of an export is accounted for: checked, named in an ``input`` finding with the
reason, or counted as not checked by reason; and a bad entry costs only itself. Each case
sits next to ordinary pages; a full run must find every ordinary page's ID, name every
bad entry exactly once, and its summary must add up to the entries of the export.
"""

from __future__ import annotations

import io
import json
import logging
import os
from collections import Counter
from pathlib import Path

import corpus
import pytest
import round2_exports as r2
import round2_nothing_lost as nl

from rulekit.config import SiteConfig, load
from rulekit.engine import Engine, RunResult
from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers.mirror import file_url, iter_mirror
from rulekit.readers.warc import iter_warc
from rulekit.reporters.json import JsonReporter
from rulekit.reporters.text import TextReporter
from rulekit.resource import Resource, Skipped

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX names and links")


def _run(root: Path, export: str = "site", extra: str = "") -> RunResult:
    return Engine(load(corpus.write_config(root, export=export, extra=extra))).run()


def _found(result: RunResult) -> dict[str, set[str]]:
    """URL -> the masked ID numbers found there."""
    found: dict[str, set[str]] = {}
    for f in result.findings:
        if f.rule == "privacy.id-number":
            found.setdefault(f.target.url or "", set()).update(
                corpus.masked(corpus.make_id(n)) for n in range(800, 900)
                if corpus.masked(corpus.make_id(n)) in f.message)
    return found


def _named(result: RunResult) -> Counter[str]:
    """How many ``input`` findings carry each evidence."""
    return Counter(f.evidence for f in result.findings if f.rule == "input")


def _assert_accounted(result: RunResult, planted: nl.Planted) -> None:
    """Every planted ID found where planted and nowhere else, every bad entry named exactly
    once (and nothing else named), and the summary adding up to the export."""
    expected = {u: {corpus.masked(corpus.make_id(n))} for u, n in planted.found.items()}
    assert _found(result) == expected
    assert _named(result) == Counter(planted.named)
    summary = result.summary
    assert summary.entries == summary.checked + sum(summary.not_checked.values())
    assert summary.entries == planted.entries
    assert summary.checked == planted.checked
    assert summary.not_checked == dict(planted.not_checked)


def _reports_add_up(result: RunResult) -> None:
    """The JSON and text reports print the summary, and can be written as UTF-8."""
    out = io.BytesIO()  # reporters write bytes: a name that is not UTF-8 must not break it
    JsonReporter().write(result.report(), out)
    entries = json.loads(out.getvalue().decode("utf-8"))["summary"]["entries"]
    assert entries["seen"] == entries["checked"] + sum(entries["not_checked"].values())
    text = io.BytesIO()
    TextReporter().write(result.report(), text)
    if result.summary.not_checked:  # the text report says so only when some were not
        assert (f"导出文件共{result.summary.entries}项，已检查{result.summary.checked}项"
                in text.getvalue().decode("utf-8"))


# --------------------------------------------------------------------------- mirror


def test_a_name_that_is_not_utf8_is_read_and_the_rest_too(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    planted += nl.mirror_bad_utf8(site)
    planted += nl.mirror_ordinary(site, nl.AFTER)
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    _reports_add_up(result)


def test_file_url_percent_encodes_the_bytes_of_a_name() -> None:
    base = corpus.BASE_URL
    assert file_url(base, os.fsdecode(b"a/bad\xff.html")) == base + "a/bad%FF.html"
    assert file_url(base, os.fsdecode(b"down.jsp@id=\xfe")) == base + "down.jsp?id=%FE"
    assert file_url(base, "list.html?page=2\n") == base + "list.html?page=2%0A"


def test_a_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    site = tmp_path / "site"
    nl._write(site, b"big\xff.html", b"<p>x</p>" * 10)
    (res,) = iter_mirror(SiteConfig("s", site, base_url=corpus.BASE_URL))
    assert res.where == str(site / "big\\xff.html") and res.url.endswith("/big%FF.html")
    assert res.load() == b"<p>x</p>" * 10


def test_names_with_a_newline_or_cr_are_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    planted += nl.mirror_control_chars(site)
    _assert_accounted(_run(tmp_path), planted)


def test_a_page_the_manifest_calls_an_image_is_still_a_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    planted += nl.mirror_manifest(site, outside=False)
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    messages = {f.evidence: f.message for f in result.findings if f.rule == "input"}
    assert "URL of an attachment" in messages[str(site / nl.COLUMN / "p813.html")]
    assert "does not hold" in messages[f"{site / 'manifest.jsonl'}:3"]


def test_an_attachment_the_manifest_gives_a_handlers_url_keeps_its_format(
        tmp_path: Path) -> None:
    site = tmp_path / "site"
    nl._write(site, "files/7.docx", corpus.make_docx(f"身份证号码：{corpus.make_id(840)}"))
    download = nl.url("module/download/downfile.jsp?fileid=7")
    (site / "manifest.jsonl").write_text(json.dumps({"path": "files/7.docx", "url": download}),
                                         encoding="utf-8")
    planted = nl.Planted(found={download: 840}, entries=1)
    _assert_accounted(_run(tmp_path), planted)


def test_a_manifest_linking_out_of_the_export_is_refused(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    planted += nl.mirror_manifest(site, outside=True)
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    assert not any(f.target.url and f.target.url.endswith("b.png") for f in result.findings)


def test_a_manifest_that_is_a_folder_is_reported(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    (site / "manifest.jsonl").mkdir()
    planted.named.append(str(site / "manifest.jsonl"))
    _assert_accounted(_run(tmp_path), planted)


def test_a_manifest_url_that_is_no_url_is_reported_and_the_file_read(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    (site / "manifest.jsonl").write_text(json.dumps(
        {"path": f"{nl.COLUMN}t800.html", "url": "http://[www.example.gov.cn/x.html"}),
        encoding="utf-8")
    planted.named.append(f"{site / 'manifest.jsonl'}:1")
    _assert_accounted(_run(tmp_path), planted)


def test_an_unlistable_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    locked, folder = nl.mirror_unlistable(site)
    planted += locked
    planted += nl.mirror_ordinary(site, nl.AFTER)
    monkeypatch.setattr(os, "scandir", nl.denying(os.scandir, folder))
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    (message,) = [f.message for f in result.findings if f.rule == "input"]
    assert "Permission denied" in message and "folder" in message


def test_files_passed_over_are_counted_by_reason(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    planted += nl.mirror_passed_over(site)
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    _reports_add_up(result)


def test_the_reader_yields_skipped_only_when_asked(tmp_path: Path) -> None:
    site = tmp_path / "site"
    nl.mirror_ordinary(site, nl.BEFORE)
    nl.mirror_passed_over(site)
    config = SiteConfig("s", site, base_url=corpus.BASE_URL)
    plain = list(iter_mirror(config))
    assert not [i for i in plain if isinstance(i, Skipped)]
    full = list(iter_mirror(config, skipped=True))
    skipped = sorted((Path(s.where).name, s.reason) for s in full if isinstance(s, Skipped))
    assert skipped == sorted([("logo.png", "not content"), ("site.css", "not content"),
                              ("app.js", "not content"), ("a.woff", "not content"),
                              ("manifest.jsonl", "not content"), (".htaccess", "hidden"),
                              (".git", "hidden"), ("leak.html", "outside the export")])
    # the link out is named in an error that counts no entry: its Skipped counts it
    (error,) = [i for i in full if isinstance(i, InputError)]
    assert error.entry is False and error.where == str(site / nl.COLUMN / "leak.html")
    assert len([i for i in full if isinstance(i, Resource)]) == len(nl.BEFORE)


def test_manifest_entries_for_missing_files_are_reported_by_example(tmp_path: Path) -> None:
    site = tmp_path / "site"
    planted = nl.mirror_ordinary(site, nl.BEFORE)
    manifest = site / "manifest.jsonl"
    manifest.write_text("".join(json.dumps({"path": f"gone/{i}.html"}) + "\n" for i in range(9))
                        + json.dumps({"url": nl.url("only-a-url.html")}) + "\n",
                        encoding="utf-8")
    planted.named += [f"{manifest}:{n}" for n in range(1, 6)] + [str(manifest)]
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    (count,) = [f.message for f in result.findings if f.evidence == str(manifest)]
    assert "5 more manifest lines naming no file" in count


@pytest.mark.parametrize("manifest_outside", [False, True])
def test_one_mirror_with_every_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    manifest_outside: bool) -> None:
    site, planted, folder = nl.build_mirror(tmp_path, manifest_outside=manifest_outside)
    monkeypatch.setattr(os, "scandir", nl.denying(os.scandir, folder))
    result = _run(tmp_path)
    _assert_accounted(result, planted)
    _reports_add_up(result)
    assert not [f for f in result.findings if "reader failed" in f.message]


# --------------------------------------------------------------------------- WARC


def _warc(root: Path, records: list[nl.Record], gz: bool = True) -> Path:
    return nl.write_records(root / ("crawl.warc.gz" if gz else "crawl.warc"), records, gz)


def _good(numbers: range) -> list[nl.Record]:
    return [nl.Record(nl.url(f"{nl.COLUMN}t{n}.html"), payload=nl.body(n)) for n in numbers]


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("uri", ["http://[www.example.gov.cn/zwgk/xzcf/t820.html",
                                 "http://www.example.gov.cn]/zwgk/xzcf/t820.html"])
def test_a_uri_that_is_no_url_costs_only_its_record(tmp_path: Path, gz: bool, uri: str) -> None:
    records = [*_good(nl.BEFORE), nl.Record(uri, payload=nl.body(820)), *_good(nl.AFTER)]
    warc = _warc(tmp_path, records, gz)
    planted = nl.Planted(found={nl.url(f"{nl.COLUMN}t{n}.html"): n
                                for n in (*nl.BEFORE, *nl.AFTER)},
                         named=[f"{warc}#record 4"], entries=len(records),
                         not_checked=Counter(unreadable=1))
    result = _run(tmp_path, warc.name)
    _assert_accounted(result, planted)
    (message,) = [f.message for f in result.findings if f.rule == "input"]
    assert "not a URL" in message and "truncated" not in message


def test_a_bad_port_is_read_under_its_uri(tmp_path: Path) -> None:
    uri = "http://www.example.gov.cn:99999/zwgk/xzcf/t821.html"
    warc = _warc(tmp_path, [nl.Record(uri, payload=nl.body(821)), *_good(nl.AFTER)])
    planted = nl.Planted(found={uri: 821, **{nl.url(f"{nl.COLUMN}t{n}.html"): n
                                              for n in nl.AFTER}}, entries=3)
    _assert_accounted(_run(tmp_path, warc.name), planted)


@pytest.mark.parametrize("ctype", ["text/plain; charset=utf-8", "application/octet-stream",
                                   "application/x-download"])
def test_a_page_served_as_plain_text_or_bytes_is_read_as_a_page(tmp_path: Path,
                                                                  ctype: str) -> None:
    page = nl.url(f"{nl.COLUMN}t822.html")
    extensionless = nl.url("art/2022/5/12/art_1_2")
    records = [nl.Record(page, ctype, nl.body(822)),
               nl.Record(extensionless, ctype, nl.body(823))]
    planted = nl.Planted(found={page: 822, extensionless: 823}, entries=2)
    if not ctype.startswith("text/plain"):  # a download handler's file: still a file
        download = nl.url("module/download/down.jsp?id=7")
        records.append(nl.Record(download, ctype,
                                 corpus.make_docx(f"身份证号码：{corpus.make_id(824)}")))
        planted.found[download] = 824
        planted.entries += 1
    warc = _warc(tmp_path, records)
    _assert_accounted(_run(tmp_path, warc.name), planted)
    (res, *_) = iter_warc(warc)
    assert isinstance(res, Resource) and res.is_html
    assert res.content_type == ("text/html; charset=utf-8" if "charset" in ctype else "text/html")


def test_raw_cr_and_lf_in_uris_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    # warcio logs that it replaced a space in a URI; outside pytest (which captures logs)
    # that reaches standard error, where it was taken for a warning about the record
    monkeypatch.setattr(logging.getLogger("warcio.recordloader"), "propagate", False)
    cr = nl.url(f"{nl.COLUMN}t825\r.html")
    warc = _warc(tmp_path, [nl.Record(cr, payload=nl.body(825)),
                            nl.Record(nl.url(f"{nl.COLUMN}t826\nx.html"), payload=nl.body(826)),
                            nl.Record(nl.url(f"{nl.COLUMN}t827 y.html"), payload=nl.body(827)),
                            *_good(nl.AFTER)], gz=False)
    planted = nl.Planted(found={cr: 825, nl.url(f"{nl.COLUMN}t826"): 826,
                                nl.url(f"{nl.COLUMN}t827%20y.html"): 827,
                                **{nl.url(f"{nl.COLUMN}t{n}.html"): n for n in nl.AFTER}},
                         entries=5)
    _assert_accounted(_run(tmp_path, warc.name), planted)


def test_records_passed_over_are_counted_by_reason(tmp_path: Path) -> None:
    records = [nl.Record("", type="warcinfo"), *_good(nl.BEFORE),
               nl.Record(nl.url("a.html"), type="request"),
               nl.Record(nl.url("a.html"), type="metadata"),
               nl.Record(nl.url("a.html"), type="revisit"),
               nl.Record(nl.url("old.html"), status="302 Found"),
               nl.Record(nl.url("gone.html"), payload=b"  \n", status="404 Not Found"),
               nl.Record(nl.url("gone.docx"), nl.DOCX, nl.body(828), status="404 Not Found"),
               nl.Record(nl.url("logo.gif"), "image/gif", b"GIF89a"),
               nl.Record(nl.url("a.css"), "text/css", b"a{}")]
    warc = _warc(tmp_path, records)
    planted = nl.Planted(found={nl.url(f"{nl.COLUMN}t{n}.html"): n for n in nl.BEFORE},
                         entries=len(records),
                         not_checked=Counter({"not a page": 7, "not content": 2}))
    result = _run(tmp_path, warc.name)
    _assert_accounted(result, planted)
    _reports_add_up(result)


def test_an_error_page_with_content_is_still_checked(tmp_path: Path) -> None:
    uri = nl.url(f"{nl.COLUMN}missing.html")
    warc = _warc(tmp_path, [nl.Record(uri, payload=nl.body(829), status="404 Not Found")])
    _assert_accounted(_run(tmp_path, warc.name), nl.Planted(found={uri: 829}, entries=1))


def test_records_of_other_hosts_are_named_by_example_then_counted(tmp_path: Path) -> None:
    off = [nl.Record(f"http://other{i % 3}.gov.cn/t{i}.html", payload=nl.body(850 + i))
           for i in range(40)]
    warc = _warc(tmp_path, [*_good(nl.BEFORE), *off])
    planted = nl.Planted(found={nl.url(f"{nl.COLUMN}t{n}.html"): n for n in nl.BEFORE},
                         named=[f"{warc}#record {n}" for n in range(4, 9)] + [str(warc)],
                         entries=43, not_checked=Counter({"outside the site": 40}))
    result = _run(tmp_path, warc.name)
    _assert_accounted(result, planted)
    (count,) = [f.message for f in result.findings if f.evidence == str(warc)]
    assert "35 more records outside the site" in count and "other0.gov.cn (12)" in count


def test_unshown_damaged_records_are_still_counted(tmp_path: Path) -> None:
    """Records lost to damage past ``limits.examples`` are not named one by one, but each
    is still counted as an entry not checked."""
    warc = tmp_path / "damaged.warc"
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + nl.url("x.html").encode()
           + b"\r\nX-Padding: " + b"a" * 8192 + b"\r\n\r\n")
    good = [r2.warc_bytes(range(n, n + 1), gz=False) for n in range(860, 864)]
    warc.write_bytes(good[0] + bad + good[1] + bad + good[2] + bad + good[3])
    result = _run(tmp_path, warc.name, extra="limits: {line_bytes: 4096, examples: 1}\n")
    summary = result.summary
    assert summary.entries == 7 and summary.checked == 4
    assert summary.not_checked == {"unreadable": 3}
    assert _named(result) == Counter([f"{warc}#record 2", str(warc)])


def test_junk_under_the_line_cap_loses_no_record_and_counts_no_entry(tmp_path: Path) -> None:
    """NUL bytes shorter than the line cap run into the next record's first line: the
    record after them is read all the same, and the junk counts as no entry."""
    warc = r2.build_warc_nul_gap(tmp_path, 64 * 1024)
    result = _run(tmp_path, warc.name)  # the default cap: 1 MiB, past the 64 KiB of NULs
    assert set(_found(result)) == {r2.page_url(n) for n in (*r2.BEFORE, *r2.AFTER)}
    summary = result.summary
    assert summary.entries == summary.checked == len(r2.BEFORE) + len(r2.AFTER)
    assert summary.not_checked == {} and len(_named(result)) == 1


@pytest.mark.parametrize("gz", [False, True])
def test_one_warc_with_every_case(tmp_path: Path, gz: bool) -> None:
    warc, planted = nl.build_warc(tmp_path, gz)
    result = _run(tmp_path, warc.name)
    _assert_accounted(result, planted)
    _reports_add_up(result)
    assert not [f for f in result.findings if "reader failed" in f.message]


def test_the_warc_reader_yields_skipped_only_when_asked(tmp_path: Path) -> None:
    warc, planted = nl.build_warc(tmp_path, gz=True)
    plain = list(iter_warc(warc, corpus.BASE_URL))
    assert not [i for i in plain if isinstance(i, Skipped)]
    full = list(iter_warc(warc, corpus.BASE_URL, Limits(), skipped=True))
    reasons = Counter(i.reason for i in full if isinstance(i, Skipped))
    unreadable = [i for i in full if isinstance(i, InputError) and i.entry]
    assert reasons + Counter(unreadable=len(unreadable)) == planted.not_checked
