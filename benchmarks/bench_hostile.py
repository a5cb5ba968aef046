"""Every hostile case of "Hostile input, round two", at the size it was reported, run whole.

Run: ``python benchmarks/bench_hostile.py [--only NAME …] [--small] [--keep]``.

Each case is built in a temporary folder (sparse or streamed: a 1 GiB case needs little
memory or disk to build), then ``rulekit run CONFIG --format json -o report.json`` runs in
a child process. The script prints, for each: the size, the seconds, the child's peak
resident memory, the exit status, the number of ``input`` findings (and whether one names
the bad file), the findings of the good pages and accounts still reported, and whether any
planted secret (ID, mobile, card number, address) appears unmasked in the report, stdout or
stderr. The issue's bar: exit 0 or 1 (3 only where a plugin really failed), under 60 s and
1.5 GB, no leak. ``--small`` builds every case at test size, for a quick look.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_run  # noqa: E402  (a child's time and memory: measured one way)
import corpus  # noqa: E402
import round2_attachments as attachments  # noqa: E402
import round2_exports as exports  # noqa: E402
import round2_pages as pages  # noqa: E402
import round2_tables as tables  # noqa: E402

MiB, GiB = 1 << 20, 1 << 30


@dataclass(frozen=True)
class Case:
    """One hostile input: how to build it at full and small size, and what must be found."""

    name: str
    full: int
    small: int
    build: Callable[[Path, int], Path]  # returns the config
    #: substrings the report must contain (masked numbers of the good inputs' findings)
    expect: tuple[str, ...] = ()
    #: the bad file an input finding must name (a substring of its target or evidence)
    names: str | None = None


def _site_config(root: Path, extra: str = "", export: str = "site") -> Path:
    return corpus.write_config(root, export=export, extra=extra)


def _in_site(builder: Callable[[Path, int], Path], extra: str = ""
             ) -> Callable[[Path, int], Path]:
    def build(root: Path, size: int) -> Path:
        builder(root / "site", size)
        return _site_config(root, extra)
    return build


def _export(builder: Callable[[Path, int], Path]) -> Callable[[Path, int], Path]:
    def build(root: Path, size: int) -> Path:
        path = builder(root, size)
        return _site_config(root, export=path.name)
    return build


def _mirror(builder: Callable[[Path, int], Path]) -> Callable[[Path, int], Path]:
    def build(root: Path, size: int) -> Path:
        builder(root, size)  # writes root/site
        return _site_config(root)
    return build


def _inventory(builder: Callable[[Path, int], Path]) -> Callable[[Path, int], Path]:
    def build(root: Path, size: int) -> Path:
        path = builder(root, size)
        (root / "site").mkdir(exist_ok=True)
        return _site_config(root, f"newmedia:\n  inventory: {path.name}\n")
    return build


def _pdf(builder: Callable[[Path, int], Path]) -> Callable[[Path, int], Path]:
    def build(root: Path, size: int) -> Path:
        folder = root / "site" / "zwgk" / "xzcf"
        folder.mkdir(parents=True)
        path = builder(folder, size)
        (folder / "d.html").write_text(corpus.page(
            corpus.person(1) + f'<a href="{path.name}">决定书</a>'), encoding="utf-8")
        return _site_config(root)
    return build


def _dangling_symlinks(root: Path, size: int) -> Path:
    corpus.build_mirror(root, (corpus.good_page,))
    site = os.fsencode(root / "site")
    for i in range(size):
        os.symlink(b"/nonexistent/" + str(i).encode(),
                   os.path.join(site, b"bad\xff%d.html" % i))
    return _site_config(root)


def _masked(n: int) -> str:
    return corpus.masked(corpus.make_id(n))


GOOD_WARC = tuple(_masked(n) for n in exports.BEFORE)
CASES = (
    Case("manifest url of the wrong type", 1000, 16, _mirror(exports.build_manifest_bad_types),
         tuple(_masked(n) for n in exports.BEFORE), "manifest.jsonl"),
    Case("dangling symlinks with undecodable names", 100, 3, _dangling_symlinks,
         (_masked(1),), "bad\\xff"),
    Case("plain .warc with a NUL tail (16 MiB)", 16 * MiB, 64 * 1024,
         _export(exports.build_warc_nul_tail), GOOD_WARC, "nul-tail.warc"),
    Case("plain .warc with a NUL tail (64 MiB)", 64 * MiB, 256 * 1024,
         _export(exports.build_warc_nul_tail), GOOD_WARC, "nul-tail.warc"),
    Case("plain .warc with a NUL tail (1 GiB)", GiB, MiB,
         _export(exports.build_warc_nul_tail), GOOD_WARC, "nul-tail.warc"),
    Case("PDF: 2,000 pages share one 4 MB stream", 2000, 20,
         _pdf(attachments.build_shared_stream), (_masked(1),)),
    Case("one element with 200,000 attributes", 200_000, 2000,
         _in_site(pages.build_many_attributes), (_masked(501),), "attrs.html"),
    Case("CSV header that defeats dialect sniffing", 64 * 1024, 4096,
         _inventory(tables.build_sniffer_csv), (), "accounts.csv"),
    Case("日期 then 100,000 U+3000 (policy page)", 100_000, 1000,
         _in_site(pages.build_date_spaces)),
    Case("30,000 住址…12号 on one line", 30_000, 300, _in_site(pages.build_address_line)),
    Case("500,000 '1 ' groups before an ID", 500_000, 5000,
         _in_site(pages.build_digit_groups), (_masked(504),)),
    Case(".warc.gz member inflating to 1 GiB, no newline", GiB, 4 * MiB,
         _export(exports.build_warc_gz_endless_line), GOOD_WARC, "endless-line.warc.gz"),
    Case("1 GiB manifest.jsonl, no newline", GiB, 4 * MiB,
         _mirror(exports.build_manifest_endless_line),
         (_masked(exports.BEFORE[0]),), "manifest.jsonl"),
    Case("1 GiB JSONL inventory, no newline", GiB, 4 * MiB,
         _inventory(tables.build_endless_jsonl), (), "accounts.jsonl"),
    Case("1 GiB CSV inventory, no newline", GiB, 4 * MiB,
         _inventory(tables.build_endless_csv), (), "accounts.csv"),
    # no national rule reads page.links, so nothing is resolved and nothing cut: the ID
    # after the links is still found (tests/hostile/test_hostile_round2_pages.py checks the
    # cap with a rule that reads them)
    Case("500,000 links on one page", 500_000, 5000,
         _in_site(pages.build_many_links), (_masked(502),)),
    Case("60 MB single-line page", 60, 1, _in_site(pages.build_single_line), (_masked(503),)),
    Case("XLSX with 250,000 bad rows", 250_000, 500,
         _inventory(tables.build_xlsx_bad_rows), (), "accounts.xlsx"),
)

#: Secrets planted by the builders: none may appear unmasked in any output.
SECRETS = [corpus.make_id(n) for n in (1, 501, 502, 503, 504, *exports.BEFORE,
                                        *exports.AFTER)]
SECRETS += [tables.ID_NUMBER, tables.MOBILE, corpus.MOBILE]
DETAIL = "城北村三组12号"


def _leaks(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKC", text)
    squashed = re.sub(r"[\s\-\u00a0\u200b-\u200f\u2060\ufeff]", "", plain)
    return [s for s in [*SECRETS, DETAIL] if s in text or s in squashed]


def run_case(case: Case, size: int, keep: bool) -> dict[str, object]:
    root = Path(tempfile.mkdtemp(prefix="rulekit-hostile-"))
    try:
        built = time.perf_counter()
        config = case.build(root, size)
        built = time.perf_counter() - built
        report = root / "report.json"
        cmd = [sys.executable, "-m", "rulekit.cli", "run", str(config), "--format", "json",
               "-o", str(report)]
        run = bench_run.run_child(cmd, root, "rulekit")
        out, stderr = run["stdout"], run["stderr"]
        text = report.read_text(encoding="utf-8") if report.exists() else ""
        doc = json.loads(text) if text else {"findings": []}
        inputs = [f for f in doc["findings"] if f["rule"] == "input"]
        named = case.names is None or any(
            case.names in str(v) for f in inputs
            for v in (f["message"], f["evidence"], *f["target"].values()))
        kept = all(e in text for e in case.expect)
        return {"case": case.name, "size": size, "build s": round(built, 1),
                "seconds": round(run["wall"], 2), "peak MB": round(run["rss_mb"]),
                "exit": run["code"], "inputs": len(inputs), "names bad file": named,
                "good kept": kept, "findings": len(doc["findings"]),
                "leaks": _leaks(text + out + stderr),
                "stderr": stderr.strip()[:200]}
    finally:
        if keep:
            print(f"  kept in {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="substrings of the case names to run")
    parser.add_argument("--small", action="store_true", help="test sizes, for a quick look")
    parser.add_argument("--keep", action="store_true", help="keep each case's folder")
    args = parser.parse_args()
    cases = [c for c in CASES if not args.only or any(o in c.name for o in args.only)]
    print(f"{'case':48} {'size':>11} {'s':>7} {'peak MB':>8} {'exit':>4} {'inputs':>6} "
          f"{'named':>5} {'kept':>5} leaks")
    worst = 0.0
    for case in cases:
        size = case.small if args.small else case.full
        if not args.small:
            # each case in its own interpreter: what one case built is freed before the next
            res = json.loads(subprocess.run(
                [sys.executable, __file__, "--one", case.name, str(size)],
                capture_output=True, text=True, check=True).stdout)
        else:
            res = run_case(case, size, args.keep)
        worst = max(worst, float(res["seconds"]))
        print(f"{case.name:48} {size:>11,} {res['seconds']:>7} {res['peak MB']:>8} "
              f"{res['exit']:>4} {res['inputs']:>6} {str(res['names bad file']):>5} "
              f"{str(res['good kept']):>5} {res['leaks'] or '-'}")
        if res["stderr"]:
            print(f"  stderr: {res['stderr']}")
    print(f"slowest case: {worst:.1f} s")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        chosen = next(c for c in CASES if c.name == sys.argv[2])
        print(json.dumps(run_case(chosen, int(sys.argv[3]), False), ensure_ascii=False))
    else:
        main()
