"""How far is ``rulekit run`` from the floor of merely reading the pages?

Generates a county-portal export with sitegen (pages of 20-80 KB, a tenth GBK, planted
problems), then on the same pages measures

(a) the floor: read bytes, ``lxml.html.document_fromstring`` on the bytes,
    ``text_content()``, ``xpath("//a/@href")`` and the meta tags of every page, nothing else
    (the exact code is in :func:`floor`);
(b) ``python -m rulekit.cli run`` of a generated config over that export with every shipped
    rule;
(c) the ratio of the two.

Both run as child processes so that each one's peak RSS is its own (``os.wait4`` gives the
rusage of that one child; ``getrusage(RUSAGE_CHILDREN)`` would report the maximum over all
children so far). ``--sizes 500,1000,2000`` repeats the measurement to show whether memory
grows with the number of pages: a streaming design keeps it flat.

    python benchmarks/bench_run.py --pages 2000
    python benchmarks/bench_run.py --sizes 500,1000,2000 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import tomllib

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SRC_PATHS = [REPO / "src", REPO / "plugins" / "national"]
PAGE_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
BASE_URL = "http://www.example-county.gov.cn/"


# ---------------------------------------------------------------------------------------------
# the floor (runs in a child: ``bench_run.py --floor-only DIR``)


def floor(export: Path) -> dict[str, Any]:
    """The least work any correct checker does, exactly as issue 12 defines it: read each
    page's bytes, ``lxml.html.document_fromstring(data)`` on the bytes, ``text_content()``,
    ``xpath("//a/@href")`` and the ``<meta name>`` tags, nothing else::

        doc = lxml.html.document_fromstring(data)
        chars += len(doc.text_content())
        links += len(doc.xpath("//a/@href"))
        metas += len({m.get("name"): m.get("content") for m in doc.iter("meta")
                      if m.get("name")})
    """
    import lxml.html

    pages = chars = links = metas = size = 0
    start = time.perf_counter()
    for path in sorted(export.rglob("*")):
        if path.suffix.lower() not in PAGE_SUFFIXES or not path.is_file():
            continue
        data = path.read_bytes()
        size += len(data)
        doc = lxml.html.document_fromstring(data)
        chars += len(doc.text_content())
        links += len(doc.xpath("//a/@href"))
        metas += len({m.get("name"): m.get("content") for m in doc.iter("meta") if m.get("name")})
        pages += 1
    seconds = time.perf_counter() - start
    return {"pages": pages, "seconds": seconds, "bytes": size, "chars": chars, "links": links,
            "metas": metas, "decoder": "lxml on the bytes (its own charset detection)"}


# ---------------------------------------------------------------------------------------------
# children and their peak memory


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(p) for p in SRC_PATHS if p.is_dir()]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    return env


def run_child(cmd: list[str], workdir: Path, tag: str) -> dict[str, Any]:
    """Run a command; return wall seconds, its own peak RSS in MB, exit code and output."""
    out_path, err_path = workdir / f"{tag}.stdout", workdir / f"{tag}.stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=_child_env(), cwd=str(REPO))
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return {"wall": wall, "rss_mb": usage.ru_maxrss * scale / 2**20, "code": proc.returncode,
            "stdout": out_path.read_text("utf-8", "replace"),
            "stderr": err_path.read_text("utf-8", "replace")}


def shipped_plugins() -> list[str]:
    """Plugin modules of pyproject's entry points, for a checkout where rulekit isn't installed."""
    try:
        importlib.metadata.distribution("rulekit")
        return []  # installed: the entry points load them
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        data = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))
        return list(data["project"]["entry-points"]["rulekit.plugins"].values())
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return []


def write_config(workdir: Path, export: Path) -> Path:
    """A config over the export, plus the demo's new-media lists when they exist."""
    lines = [
        "as_of: 2022-05-31",
        "sites:",
        "  - name: 示例县人民政府",
        f"    export: {json.dumps(str(export), ensure_ascii=False)}",
        f"    base_url: {BASE_URL}",
        "    columns:",
        '      - {name: 政策文件, type: policy, match: "/zwgk/zcwj/"}',
        '      - {name: 行政处罚, type: penalty, match: "/zwgk/xzcf/"}',
    ]
    demo = REPO / "configs" / "demo" / "newmedia"
    if (demo / "accounts.csv").is_file() and (demo / "registry.xlsx").is_file():
        lines += ["newmedia:",
                  f"  inventory: {json.dumps(str(demo / 'accounts.csv'), ensure_ascii=False)}",
                  f"  registry: {json.dumps(str(demo / 'registry.xlsx'), ensure_ascii=False)}"]
    path = workdir / "bench.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _count_findings(report: Path) -> str:
    try:
        data = json.loads(report.read_text("utf-8"))
    except (OSError, ValueError):
        return "?"
    if isinstance(data, dict):
        for key in ("findings", "results"):
            if isinstance(data.get(key), list):
                return str(len(data[key]))
    if isinstance(data, list):
        return str(len(data))
    return "?"


# ---------------------------------------------------------------------------------------------
# one size


def _line(label: str, value: str) -> None:
    print(f"  {label:<28} {value}", flush=True)


def bench_one(n_pages: int, workdir: Path, seed: int) -> dict[str, Any]:
    """Generate N pages, measure floor and rulekit, print one figure per line."""
    sys.path.insert(0, str(HERE))
    from sitegen import generate_site

    export = workdir / "site"
    shutil.rmtree(export, ignore_errors=True)
    start = time.perf_counter()
    planted = generate_site(export, n_pages, seed=seed, base_url=BASE_URL, gbk_fraction=0.1,
                            with_problems=True, page_kb=(20, 80))
    gen_seconds = time.perf_counter() - start
    html = [p for p in export.rglob("*") if p.suffix in PAGE_SUFFIXES]
    size = sum(p.stat().st_size for p in html)
    gbk = sum(1 for p in html if b"charset=gb2312" in p.read_bytes()[:1024])

    print(f"{n_pages} pages", flush=True)
    _line("export", str(export))
    _line("pages (GBK)", f"{len(html)} ({gbk})")
    _line("HTML size", f"{size / 2**20:.1f} MB, mean {size / max(1, len(html)) / 1024:.0f} KB")
    _line("planted findings", ", ".join(
        f"{k} {v}" for k, v in planted.items() if ":" not in k))
    _line("generation seconds", f"{gen_seconds:.1f}")

    result: dict[str, Any] = {"pages": len(html)}
    fl = run_child([sys.executable, str(Path(__file__).resolve()), "--floor-only", str(export)],
                   workdir, "floor")
    if fl["code"] != 0:
        _line("floor", f"FAILED (exit {fl['code']}): {fl['stderr'].strip()[-300:]}")
        return result
    info = json.loads(fl["stdout"].strip().splitlines()[-1])
    result.update(floor_s=fl["wall"], floor_rss=fl["rss_mb"])
    _line("floor decoder", info["decoder"])
    _line("floor seconds (process)", f"{fl['wall']:.2f}")
    _line("floor seconds (pages only)", f"{info['seconds']:.2f}")
    _line("floor pages/s", f"{info['pages'] / fl['wall']:.0f}")
    _line("floor peak RSS", f"{fl['rss_mb']:.0f} MB")

    config = write_config(workdir, export)
    report = workdir / "report.json"
    report.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(config), "--format", "json",
           "--output", str(report)]
    for plugin in shipped_plugins():
        cmd += ["--plugin", plugin]
    rk = run_child(cmd, workdir, "rulekit")
    if rk["code"] not in (0, 1) or not report.is_file():
        tail = (rk["stderr"].strip() or rk["stdout"].strip()).splitlines()[-3:]
        _line("rulekit", f"not runnable yet (exit {rk['code']}): " + " | ".join(tail))
        return result
    result.update(rk_s=rk["wall"], rk_rss=rk["rss_mb"])
    _line("rulekit seconds", f"{rk['wall']:.2f}")
    _line("rulekit pages/s", f"{len(html) / rk['wall']:.0f}")
    _line("rulekit peak RSS", f"{rk['rss_mb']:.0f} MB")
    _line("rulekit findings", f"{_count_findings(report)} (exit {rk['code']})")
    _line("ratio rulekit/floor time", f"{rk['wall'] / fl['wall']:.2f}x")
    _line("ratio rulekit/floor RSS", f"{rk['rss_mb'] / fl['rss_mb']:.2f}x")
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="rulekit speed and memory against the floor")
    parser.add_argument("--pages", type=int, default=2000, help="pages in the export")
    parser.add_argument("--sizes", help="comma-separated page counts, e.g. 500,1000,2000")
    parser.add_argument("--keep", type=Path, help="write exports here and keep them")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--floor-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.floor_only:
        print(json.dumps(floor(args.floor_only)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [args.pages]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, pages of 20-80 KB, "
          "a tenth GBK", flush=True)
    results = []
    for n in sizes:
        if args.keep:
            workdir = args.keep / f"pages-{n}"
            workdir.mkdir(parents=True, exist_ok=True)
            results.append(bench_one(n, workdir, args.seed))
        else:
            with tempfile.TemporaryDirectory(prefix=f"rulekit-bench-{n}-") as tmp:
                results.append(bench_one(n, Path(tmp), args.seed))
    if len(results) > 1:
        print("peak RSS by pages (does memory grow with N?)")
        for r in results:
            figs = [f"floor {r['floor_rss']:.0f} MB" if "floor_rss" in r else "floor -",
                    f"rulekit {r['rk_rss']:.0f} MB" if "rk_rss" in r else "rulekit -"]
            _line(f"{r['pages']} pages", ", ".join(figs))
        for key, name in (("floor_rss", "floor"), ("rk_rss", "rulekit")):
            measured = [r for r in results if key in r]
            if len(measured) > 1:
                first, last = measured[0], measured[-1]
                growth = (last[key] / first[key] - 1) * 100
                times = last["pages"] / first["pages"]
                _line(f"{name} RSS growth", f"{growth:+.0f}% for {times:.1f}x the pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
