"""What a site rule costs a run: none, one that does nothing, one that collects and indexes.

Generates a county-portal export with sitegen (as bench_run.py does) and runs ``rulekit
run`` over it three times in child processes, printing seconds and peak RSS of each:

(a) the shipped rules only;
(b) plus a site rule that asks for ``site`` alone and reports nothing;
(c) plus a site rule with a collect step (each page's links) that asks for the ``index``
    and checks every in-site link against it.

Before collect steps, every site rule got a summary of every page with all its links, so
(b) cost (c)'s price: 1.7x the time and 1.8x the memory of (a) on 2,000 pages.

    python benchmarks/bench_site_rules.py --pages 2000
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_run  # noqa: E402

NOOP = '''
import rulekit

@rulekit.rule("bench.noop", title="什么也不做的站点规则", scope="site")
def noop(site):
    return None
'''

LINKS = '''
from urllib.parse import urlsplit
import rulekit

@rulekit.rule("bench.links", title="站内链接指向导出中没有的地址", scope="site")
def links(site, index, collected):
    host = urlsplit(site.base_url).netloc
    for page_url, hrefs in collected.hrefs.items():
        for href in hrefs:
            if urlsplit(href).netloc == host and index.resolve(href) is None:
                yield rulekit.Problem(message="站内链接指向导出中没有的地址：" + href, key=href)

@links.collect
def hrefs(page):
    return tuple(link.url for link in page.links)
'''


def run(workdir: Path, config: Path, extra: str | None, label: str) -> None:
    report = workdir / f"{label}.json"
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(config), "--format", "json",
           "--output", str(report)]
    for plugin in bench_run.shipped_plugins():
        cmd += ["--plugin", plugin]
    if extra:
        path = workdir / f"{label}_rules.py"
        path.write_text(extra, encoding="utf-8")
        cmd += ["--plugin", str(path)]
    child = bench_run.run_child(cmd, workdir, label)
    findings = "?"
    if report.is_file():
        doc = json.loads(report.read_text(encoding="utf-8"))
        findings = f"{doc['summary']['findings']} ({', '.join(f'{k} {v}' for k, v in doc['summary']['by_rule'].items() if k.startswith('bench'))})"
    print(f"  {label:<34} {child['wall']:7.2f} s  {child['rss_mb']:6.0f} MB  exit "
          f"{child['code']}  findings {findings}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from sitegen import generate_site

    workdir = Path(tempfile.mkdtemp(prefix="rulekit-bench-site-"))
    try:
        export = workdir / "site"
        generate_site(export, args.pages, seed=args.seed, base_url=bench_run.BASE_URL,
                      gbk_fraction=0.1, with_problems=True, page_kb=(20, 80))
        config = bench_run.write_config(workdir, export)
        print(f"{args.pages} pages")
        run(workdir, config, None, "shipped rules")
        run(workdir, config, NOOP, "+ a site rule that does nothing")
        run(workdir, config, LINKS, "+ collect links, check the index")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
