"""Does a 2 GB ``.warc.gz`` run in flat memory, split among the workers?

Issue 12 asks that a WARC be streamed (a 2 GB ``.warc.gz`` read in flat memory) and split
among workers by record offsets. This writes a crawl of a generated county portal as a
``.warc.gz`` the way a crawler writes one (a ``warcinfo`` record, then a ``request`` and a
``response`` record for every file, each record its own gzip member, the GBK pages served
as ``text/html; charset=gb2312``), with the site's videos and photos among the pages
(``video/mp4`` and ``image/jpeg`` records of random bytes, 2-8 MB each, as
incompressible as the real ones) until the file reaches the size asked for. Then it runs
``rulekit run`` over it with ``-j1``, ``-j2`` and the default, each in a child process, and
prints, for each size: seconds, pages/s, MB/s of the file, and the peak memory of the
whole process tree (PSS, sampled as ``bench_run.py`` samples it), and whether the reports
are the same for every ``-j``.

The same pages go into every size: only the media grow, so what memory does as the file
grows is what the streaming costs, not what more pages would::

    python benchmarks/bench_warc.py --export /tmp/bench/pages-20000/site --sizes 0.5,2
    python benchmarks/bench_warc.py --pages 2000 --sizes 0.3 --keep /tmp/bench-warc

``--export`` takes a mirror ``bench_run.py --keep`` made (``pages-N/site``); without it,
``--pages`` pages are generated with ``sitegen``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_run  # noqa: E402  (the children, their memory and the config: one way)

MIB = 2**20
#: How each kind of file is served (by extension); a page's charset is added from its bytes.
TYPES = {".html": "text/html", ".htm": "text/html", ".shtml": "text/html",
         ".pdf": "application/pdf", ".doc": "application/msword",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         ".wps": "application/kswps", ".css": "text/css", ".js": "application/javascript",
         ".png": "image/png", ".jpg": "image/jpeg", ".gif": "image/gif"}


def _files(export: Path) -> list[Path]:
    """The mirror's files as a crawler fetched them (its manifest is the mirror's own)."""
    return sorted(p for p in export.rglob("*") if p.is_file() and p.name != "manifest.jsonl")


def _content_type(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if ".jsp@" in path.name:  # a saved download (downfile.jsp@classid=0&fileid=7)
        return "application/octet-stream"
    ctype = TYPES.get(suffix, "application/octet-stream")
    if ctype == "text/html":
        charset = "gb2312" if b"charset=gb2312" in data[:1024].lower() else "utf-8"
        ctype += f"; charset={charset}"
    return ctype


def _member(record: bytes, level: int) -> bytes:
    """One record as a gzip member of its own, as crawlers write ``.warc.gz``."""
    packer = zlib.compressobj(level, zlib.DEFLATED, 31)
    return packer.compress(record) + packer.flush()


def _records(export: Path, files: list[Path], base_url: str
             ) -> Iterator[tuple[Path, bytes, bytes]]:
    """(path, request record, response record) of every file of the export, uncompressed."""
    from rulekit.readers.mirror.names import file_url

    for path in files:
        url = file_url(base_url, path.relative_to(export).as_posix())
        data = path.read_bytes()
        yield path, _request(url), _response(url, data, _content_type(path, data))


def _written(record: Any) -> bytes:
    """A WARC record as its bytes, uncompressed (:func:`_member` gzips it)."""
    buf = io.BytesIO()
    WARCWriter(buf, gzip=False).write_record(record)
    return buf.getvalue()


def _request(url: str) -> bytes:
    target = url.split("/", 3)[3] if url.count("/") >= 3 else ""
    http = StatusAndHeaders(f"GET /{target} HTTP/1.1",
                            [("Host", url.split("/")[2]), ("User-Agent", "bench-crawler")],
                            is_http_request=True)
    return _written(WARCWriter(None).create_warc_record(url, "request", http_headers=http))


def _response(url: str, data: bytes, ctype: str) -> bytes:
    http = StatusAndHeaders("200 OK", [("Content-Type", ctype),
                                       ("Content-Length", str(len(data)))],
                            protocol="HTTP/1.1")
    return _written(WARCWriter(None).create_warc_record(url, "response",
                                                        payload=io.BytesIO(data),
                                                        http_headers=http))


def build_warc(export: Path, out: Path, target_bytes: int, seed: int = 0,
               base_url: str = bench_run.BASE_URL) -> dict[str, int]:
    """Write ``out``: every file of ``export`` as a request and a response (fetched from
    ``base_url``), with media records spread among them until the file holds
    ``target_bytes``. Streamed: one record in memory at a time."""
    rng = random.Random(seed)
    files = _files(export)
    counts = {"pages": 0, "other files": 0, "media": 0, "media bytes": 0}
    media_no = 0

    def media(fh: Any) -> None:
        nonlocal media_no
        media_no += 1
        video = media_no % 3 != 0
        size = rng.randint(4, 8) * MIB if video else rng.randint(2, 4) * MIB
        url = (f"{base_url}xwzx/sp/2022{media_no % 12 + 1:02d}/V{media_no:06d}.mp4"
               if video else
               f"{base_url}xwzx/tpxw/2022{media_no % 12 + 1:02d}/P{media_no:06d}.jpg")
        response = _response(url, os.urandom(size), "video/mp4" if video else "image/jpeg")
        fh.write(_member(response, 1))  # (random bytes: stored blocks, whatever the level)
        counts["media"] += 1
        counts["media bytes"] += size

    with out.open("wb") as fh:
        fh.write(_member(_written(WARCWriter(None).create_warcinfo_record(
            out.name, {"software": "rulekit bench_warc.py", "format": "WARC File Format 1.0"})),
            6))
        pages_bytes = 0
        for done, (path, request, response) in enumerate(_records(export, files, base_url),
                                                         1):
            start = fh.tell()
            fh.write(_member(request, 6))
            fh.write(_member(response, 6))
            pages_bytes += fh.tell() - start
            is_page = path.suffix.lower() in bench_run.PAGE_SUFFIXES
            counts["pages" if is_page else "other files"] += 1
            # media so far in proportion to the files written, against the pages' share of
            # the target estimated from those written so far
            media_share = target_bytes - pages_bytes / done * len(files)
            while counts["media bytes"] < media_share * done / len(files):
                media(fh)
        while fh.tell() < target_bytes:
            media(fh)
        counts["bytes"] = fh.tell()
    return counts


#: Runs measured: ``bench_run``'s runs of ``rulekit run`` (its reading alone reads mirrors).
RUNS = {name: spec for name, spec in bench_run.RUNS.items() if spec[1] is not None}


def bench_size(gb: float, export: Path, workdir: Path, runs: list[str], repeat: int,
               seed: int) -> dict[str, Any]:
    """Build (or reuse) a WARC of ``gb`` GB over ``export``, run rulekit over it."""
    warc = workdir / f"site-{gb:g}GB.warc.gz"
    stamp = workdir / f"site-{gb:g}GB.json"
    start = time.perf_counter()
    if stamp.is_file() and warc.is_file():
        counts = json.loads(stamp.read_text("utf-8"))
    else:
        counts = build_warc(export, warc, int(gb * 1e9), seed)
        stamp.write_text(json.dumps(counts), "utf-8")
    built = time.perf_counter() - start
    size_mb = warc.stat().st_size / 1e6
    print(f"{gb:g} GB", flush=True)
    bench_run._line("WARC", f"{warc} ({size_mb:,.0f} MB)")
    bench_run._line("records", f"{counts['pages']} pages, {counts['other files']} other "
                               f"files (each a request and a response), {counts['media']} "
                               f"videos and photos ({counts['media bytes'] / 1e6:,.0f} MB)")
    bench_run._line("built in", f"{built:.1f} s")
    config = bench_run.write_config(workdir, warc)  # (the same site and new-media lists)
    result: dict[str, Any] = {"gb": gb, "pages": counts["pages"], "mb": size_mb}
    reports: dict[str, bytes] = {}
    walls: dict[str, list[float]] = {}
    for _ in range(repeat):
        for name in runs:
            label, extra = RUNS[name]
            report = workdir / f"report-{name}.json"
            report.unlink(missing_ok=True)
            rk = bench_run.run_child(bench_run._rulekit(config, report, extra + ["--no-cache"]),
                                     workdir, "rulekit")
            if rk["code"] not in (0, 1) or not report.is_file():
                tail = (rk["stderr"].strip() or rk["stdout"].strip()).splitlines()[-3:]
                bench_run._line(label, f"not runnable (exit {rk['code']}): " + " | ".join(tail))
                continue
            reports[f"{name} {len(walls.get(label, []))}"] = report.read_bytes()
            bench_run.keep_run(result, walls, label, rk)
    bench_run._line("run", "seconds  pages/s   MB/s  peak MB (all processes)")
    for label, times in walls.items():
        wall = result[label]["wall"] = statistics.median(times)
        bench_run._line(label, f"{wall:7.2f}  {counts['pages'] / wall:7.0f}  "
                               f"{size_mb / wall:5.1f}  {result[label]['rss_mb']:7.0f}"
                               + bench_run._spread(times))
    if "rulekit -j1" in walls and "rulekit -j2" in walls:
        bench_run._line("-j2 speed-up over -j1", f"{result['rulekit -j1']['wall'] / result['rulekit -j2']['wall']:.2f}x")
    bench_run._line("reports identical", "yes" if len(set(reports.values())) == 1 else
                    f"NO ({len(set(reports.values()))} different)")
    first = next(iter(reports.values()), None)
    if first is not None:
        data = json.loads(first)
        bench_run._line("findings", f"{len(data.get('findings', []))} "
                                    f"({data.get('summary', {}).get('pages', '?')} pages read)")
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="rulekit over a large .warc.gz: time and "
                                                 "memory as the file grows")
    parser.add_argument("--export", type=Path, help="a mirror to crawl into the WARC "
                                                    "(bench_run.py --keep's pages-N/site)")
    parser.add_argument("--pages", type=int, default=2000,
                        help="pages to generate when no --export is given")
    parser.add_argument("--sizes", default="2", help="WARC sizes in GB, comma-separated")
    parser.add_argument("--runs", default="j1,j2,default", help="of j1, j2 and default")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of every run")
    parser.add_argument("--keep", type=Path, help="write the WARC files here and keep them")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    runs = [r.strip() for r in args.runs.split(",") if r.strip()]
    unknown = set(runs) - set(RUNS)
    if unknown:
        parser.error(f"--runs: unknown {', '.join(sorted(unknown))} "
                     f"(choose from {', '.join(RUNS)})")
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs", flush=True)
    with tempfile.TemporaryDirectory(prefix="rulekit-bench-warc-") as tmp:
        workdir = args.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        export = args.export
        if export is None:
            from sitegen import generate_site, write_assets

            export = workdir / f"site-{args.pages}"
            if not export.is_dir():
                generate_site(export, args.pages, seed=args.seed, base_url=bench_run.BASE_URL,
                              gbk_fraction=0.1, with_problems=True, page_kb=(20, 80))
                write_assets(export)
        results = [bench_size(gb, export, workdir, runs, args.repeat, args.seed)
                   for gb in sizes]
        if len(results) > 1:
            print("peak memory by WARC size, all processes (does it grow with the file?)")
            for name in runs:
                label = RUNS[name][0]
                bench_run._line(label, ", ".join(
                    f"{r['mb']:,.0f} MB: {r[label]['rss_mb']:.0f} MB" for r in results
                    if label in r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
