"""How far is ``rulekit run`` from the floor of merely reading the pages?

Generates a county-portal export with sitegen (pages of 20-80 KB, a tenth GBK, planted
problems), then on the same pages measures

(a) the floor: read bytes, ``lxml.html.document_fromstring`` on the bytes,
    ``text_content()``, ``xpath("//a/@href")`` and the meta tags of every page, nothing else
    (the exact code is in :func:`floor`);
(b) ``python -m rulekit.cli run`` of a generated config over that export with every shipped
    rule;
(c) the ratio of the two;
(d) rulekit's own reading of the same pages with no rule at all (its charset detection,
    guarded parse, block-aware text, every reference resolved as a browser would, the
    meta tags: :func:`reading`), in one process: how much of a run is reading before any
    rule has run.

The children keep their compiled modules (in a folder under the temporary directory), as
an installed rulekit does: a machine that sets ``PYTHONDONTWRITEBYTECODE`` would otherwise
charge every run and every worker for compiling rulekit again.

Both run as child processes so that each one's peak memory is its own: the PSS of its
process tree and its driver's ``VmHWM``, sampled every 0.2 s, and the child's ``ru_maxrss``
from ``os.wait4`` when it exceeds this script's own peak (a forked child starts with its
parent's: a run smaller than this script would otherwise be reported at this script's
size, as the 100,000-page floor, reading and ``-j1`` were, at 144 MB, until the seventh
session). ``--sizes 500,1000,2000`` repeats the measurement to show whether memory
grows with the number of pages: a streaming design keeps it flat. ``--repeat 3`` measures
three rounds of the floor and every run, one after the other, and prints each one's median
with the range: on a shared machine a single run drifts by a tenth either way.

    python benchmarks/bench_run.py --pages 2000
    python benchmarks/bench_run.py --sizes 500,1000,2000 --keep /tmp/bench
    python benchmarks/bench_run.py --sizes 2000,20000 --repeat 3 --keep /tmp/bench
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
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


def page_files(export: Path) -> Iterator[tuple[Path, bytes]]:
    """Every page of an export, in path order, with its bytes: the same files, read the
    same way, for the floor and for rulekit's reading."""
    for path in sorted(export.rglob("*")):
        if path.suffix.lower() in PAGE_SUFFIXES and path.is_file():
            yield path, path.read_bytes()


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
    for _path, data in page_files(export):
        size += len(data)
        doc = lxml.html.document_fromstring(data)
        chars += len(doc.text_content())
        links += len(doc.xpath("//a/@href"))
        metas += len({m.get("name"): m.get("content") for m in doc.iter("meta") if m.get("name")})
        pages += 1
    seconds = time.perf_counter() - start
    return {"pages": pages, "seconds": seconds, "bytes": size, "chars": chars, "links": links,
            "metas": metas, "decoder": "lxml on the bytes (its own charset detection)"}


def reading(config_path: Path) -> dict[str, Any]:
    """What rulekit reads of every page before any rule runs, and nothing else: each page
    of the config's first site as :class:`rulekit.page.Page` reads it (the bytes decoded
    with rulekit's charset detection, parsed with its guards against hostile markup), its
    block-aware ``text``, every ``reference`` resolved as a browser would and its ``meta``
    tags; then the page's tree released, as a run releases it. No rule, no attachment, no
    cache, no report: the part of a ``-j1`` run that any rule set pays for."""
    import gc

    from rulekit.config import load
    from rulekit.page import Page
    from rulekit.readers.mirror.names import file_url

    site = load(config_path).sites[0]
    export = Path(site.export)
    gc.freeze()  # (as the CLI does after start-up)
    pages = chars = refs = metas = size = 0
    start = time.perf_counter()
    for path, data in page_files(export):
        size += len(data)
        page = Page(file_url(site.base_url, path.relative_to(export).as_posix()), data,
                    site=site, where=str(path))
        chars += len(page.text)
        refs += len(page.references)
        metas += len(page.meta)
        page.release()
        pages += 1
    seconds = time.perf_counter() - start
    return {"pages": pages, "seconds": seconds, "bytes": size, "chars": chars,
            "references": refs, "metas": metas}


# ---------------------------------------------------------------------------------------------
# children and their peak memory


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    paths = [str(p) for p in SRC_PATHS if p.is_dir()]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env.setdefault("PYTHONIOENCODING", "utf-8")
    # Compiled modules are kept, as an installed rulekit keeps them (pip writes them): a
    # machine that sets PYTHONDONTWRITEBYTECODE would otherwise have every run and every
    # worker compile rulekit's modules again (0.3 s a process here). Kept apart from the
    # source tree, under the temporary folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("PYTHONPYCACHEPREFIX",
                   os.path.join(tempfile.gettempdir(), "rulekit-bench-pycache"))
    return env


def _descendants(root: int) -> list[int]:
    """A process and its descendants, from /proc/PID/task/TID/children (cheap: no scan of
    every process on the machine)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for tid in tasks:
            try:
                with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                    todo.extend(int(c) for c in fh.read().split())
            except OSError:
                continue
    return found


def _tree_rss_kb(root: int) -> int:
    """Memory of a process and all its descendants, summed (KiB, from /proc): each one's
    proportional set size (PSS), so pages a forked child shares with its parent are counted
    once, not once per process as summed RSS would."""
    total = 0
    for pid in _descendants(root):
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


def _peak_rss_kb(pid: int) -> int:
    """A process's own peak RSS since it started its program (``VmHWM``, KiB), 0 if gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_child(cmd: list[str], workdir: Path, tag: str) -> dict[str, Any]:
    """Run a command; return wall seconds, the peak of its memory in MB (the largest of: its
    process tree's summed PSS and its driver's peak RSS, sampled every 0.2 s; the child's
    ``ru_maxrss`` when not inherited from this process), exit code and output."""
    out_path, err_path = workdir / f"{tag}.stdout", workdir / f"{tag}.stderr"
    peak = [0]
    inherited = _peak_rss_kb(os.getpid())  # where a forked child's ru_maxrss starts
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=_child_env(), cwd=str(REPO))
        done = threading.Event()

        def sample() -> None:  # every 0.2 s: the sampler must not take the measured cores
            while not done.wait(0.2):
                peak[0] = max(peak[0], _tree_rss_kb(proc.pid), _peak_rss_kb(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    # KiB on Linux: the driver's and its workers' largest peak RSS, never missed, but only
    # the child's when above this process's peak at the fork, which the child inherits
    own = usage.ru_maxrss if usage.ru_maxrss > inherited else 0
    return {"wall": wall, "rss_mb": max(peak[0], own) / 1024, "code": proc.returncode,
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


#: The rulekit runs a size measures: ``--runs`` name, label, extra arguments (None: not
#: ``rulekit run`` but :func:`reading`, in a child of this script).
RUNS: dict[str, tuple[str, list[str] | None]] = {
    "reading": ("rulekit reading, no rules", None), "j1": ("rulekit -j1", ["-j1"]),
    "j2": ("rulekit -j2", ["-j2"]), "default": ("rulekit (default)", [])}


def bench_one(n_pages: int, workdir: Path, seed: int, rerun: bool = False,
              runs: set[str] | None = None, repeat: int = 1) -> dict[str, Any]:
    """Generate N pages (or reuse them), measure the floor and rulekit -j1, -j2 and the
    default (those of ``runs``), ``repeat`` rounds of each, and with ``rerun`` a cached
    re-run after changing 1% of the pages."""
    sys.path.insert(0, str(HERE))
    from sitegen import generate_site, write_assets

    export = workdir / "site"
    stamp = workdir / f"generated-{n_pages}-{seed}"
    start = time.perf_counter()
    if stamp.is_file():  # --keep: the same pages as last time
        planted = json.loads(stamp.read_text("utf-8"))
    else:
        shutil.rmtree(export, ignore_errors=True)
        planted = generate_site(export, n_pages, seed=seed, base_url=BASE_URL,
                                gbk_fraction=0.1, with_problems=True, page_kb=(20, 80))
        stamp.write_text(json.dumps(planted), "utf-8")
    write_assets(export)  # the template's styles, script and images: a site has them
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

    result: dict[str, Any] = {"pages": len(html)}  # (floor_rss, and a run dict per label)
    start = time.perf_counter()
    for path in export.rglob("*"):  # every file read once, untimed: the first run measured
        if path.is_file():  # must not be the only one to pay for a cold disk
            with path.open("rb") as fh:
                while fh.read(1 << 20):
                    pass
    _line("files read once (warm-up)", f"{time.perf_counter() - start:.1f} s")
    # rulekit's modules compiled once, untimed, as an installation has them compiled
    subprocess.run([sys.executable, "-c", "import rulekit.cli, rulekit_national, openpyxl"],
                   env=_child_env(), cwd=str(REPO), check=True)
    config = write_config(workdir, export)
    chosen = {name: spec for name, spec in RUNS.items() if runs is None or name in runs}
    rulekit_runs = [name for name, (_, extra) in chosen.items() if extra is not None]
    walls: dict[str, list[float]] = {"floor": []}
    reports: dict[str, bytes] = {}
    for round_no in range(repeat):  # rounds of floor, -j1, -j2, default: a slow spell of
        # the machine falls on every run of a round alike, and the median leaves it out
        fl = run_child([sys.executable, str(Path(__file__).resolve()), "--floor-only",
                        str(export)], workdir, "floor")
        if fl["code"] != 0:
            _line("floor", f"FAILED (exit {fl['code']}): {fl['stderr'].strip()[-300:]}")
            return result
        info = json.loads(fl["stdout"].strip().splitlines()[-1])
        walls["floor"].append(fl["wall"])
        result["floor_rss"] = max(result.get("floor_rss", 0), fl["rss_mb"])
        for name, (label, extra) in chosen.items():
            if label not in walls and round_no > 0:
                continue  # not runnable in the first round
            if extra is None:  # rulekit's reading alone
                rd = run_child([sys.executable, str(Path(__file__).resolve()), "--reading-only",
                                str(config)], workdir, "reading")
                if rd["code"] != 0:
                    _line(label, f"FAILED (exit {rd['code']}): {rd['stderr'].strip()[-300:]}")
                    continue
                keep_run(result, walls, label, rd)
                continue
            report = workdir / f"report{rulekit_runs.index(name)}.json"
            report.unlink(missing_ok=True)
            rk = run_child(_rulekit(config, report, extra + ["--no-cache"]), workdir, "rulekit")
            if rk["code"] not in (0, 1) or not report.is_file():
                tail = (rk["stderr"].strip() or rk["stdout"].strip()).splitlines()[-3:]
                _line(label, f"not runnable (exit {rk['code']}): " + " | ".join(tail))
                walls.pop(label, None)
                continue
            reports[f"{label} {round_no}"] = report.read_bytes()
            keep_run(result, walls, label, rk)
    for label, times in walls.items():
        if label != "floor":
            result[label]["wall"] = statistics.median(times)
    floor_s = result["floor_s"] = statistics.median(walls["floor"])
    _line("floor decoder", info["decoder"])
    _line("floor seconds (process)", f"{floor_s:.2f}" + _spread(walls["floor"]))
    _line("floor seconds (pages only)", f"{info['seconds']:.2f} (last round)")
    _line("floor pages/s", f"{info['pages'] / floor_s:.0f}")
    _line("floor peak RSS", f"{result['floor_rss']:.0f} MB")

    mb = size / 2**20
    _line("", "")
    if repeat > 1:
        _line("rounds", f"{repeat}: each figure is the median of its runs (min-max after it)")
    _line("run", "seconds  x floor  pages/s   MB/s  peak MB (all processes)")
    _line("floor", f"{floor_s:7.2f}  {1:7.2f}  {len(html) / floor_s:7.0f}  "
                   f"{mb / floor_s:5.1f}  {result['floor_rss']:7.0f}" + _spread(walls["floor"]))
    for label, times in walls.items():
        if label == "floor":
            continue
        rk = result[label]
        _line(label, f"{rk['wall']:7.2f}  {rk['wall'] / floor_s:7.2f}  "
                     f"{len(html) / rk['wall']:7.0f}  {mb / rk['wall']:5.1f}  "
                     f"{rk['rss_mb']:7.0f}" + _spread(times))
    if "rulekit -j1" in walls and "rulekit -j2" in walls:
        pairs = [a / b for a, b in zip(walls["rulekit -j1"], walls["rulekit -j2"],
                                       strict=False)]
        _line("-j2 speed-up over -j1",
              f"{result['rulekit -j1']['wall'] / result['rulekit -j2']['wall']:.2f}x"
              + (" (each round: " + ", ".join(f"{p:.2f}" for p in pairs) + ")"
                 if repeat > 1 else ""))
    _line("reports identical", "yes" if len(set(reports.values())) == 1 else
          f"NO ({len(set(reports.values()))} different)")
    _line("findings", _count_findings(workdir / "report0.json"))
    if rerun:
        result["rerun"] = _rerun(config, export, html, workdir, repeat)
    return result


def keep_run(result: dict[str, Any], walls: dict[str, list[float]], label: str,
             child: dict[str, Any]) -> None:
    """Note one round of a run: its seconds among the run's rounds, its peak memory if
    the highest yet."""
    walls.setdefault(label, []).append(child["wall"])
    best = result.setdefault(label, {"rss_mb": 0.0})
    best["rss_mb"] = max(best["rss_mb"], child["rss_mb"])


def _spread(times: list[float]) -> str:
    """The range of several runs' seconds, after their median; nothing for one run."""
    return f"  ({min(times):.2f}-{max(times):.2f} s)" if len(times) > 1 else ""


def _rulekit(config: Path, report: Path, extra: list[str]) -> list[str]:
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(config), "--format", "json",
           "--output", str(report), "--no-history", *extra]  # (reports compared byte for byte)
    for plugin in shipped_plugins():
        cmd += ["--plugin", plugin]
    return cmd


def _rerun(config: Path, export: Path, html: list[Path], workdir: Path,
           repeat: int = 1) -> dict[str, float]:
    """A full run that fills a fresh cache, then 1% of the pages changed (a paragraph
    added), then the re-run: its time against the full run's. With ``repeat``, each round
    changes another 1% (pages seen once already would be found in the cache), and the
    median re-run is taken. The export is restored after the last round: restored earlier,
    a round's pages would be read again in the next (their files changed once more)."""
    cache = workdir / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    report = workdir / "cached.json"
    full = run_child(_rulekit(config, report, ["--cache-dir", str(cache)]), workdir, "full")
    agains = []
    for round_no in range(repeat):
        for path in html[round_no:: 100]:
            data = path.read_bytes()
            path.write_bytes(data.replace(b"</body>", b"<p>2022-06-01 updated</p></body>", 1))
        again = run_child(_rulekit(config, report, ["--cache-dir", str(cache)]), workdir,
                          "rerun")
        agains.append(again["wall"])
    for round_no in range(repeat):  # leave the export as generated
        for path in html[round_no:: 100]:
            data = path.read_bytes()
            path.write_bytes(data.replace(b"<p>2022-06-01 updated</p></body>", b"</body>", 1))
    rerun = statistics.median(agains)
    ratio = rerun / full["wall"]
    _line("cache: full run", f"{full['wall']:.2f} s (filling the cache)")
    _line(f"cache: re-run, {len(html[:: 100])} changed", f"{rerun:.2f} s = "
          f"{ratio * 100:.1f}% of the full run" + _spread(agains))
    return {"full": full["wall"], "rerun": rerun, "ratio": ratio}


#: Issue 12's targets, as this machine's benchmark is to print them.
J1_MAX, DEFAULT_MAX, SPEED_UP_MIN = 1.5, 0.9, 1.7
MEMORY_GROWTH_MAX, MEMORY_MAX_MB, RERUN_MAX = 0.20, 400, 0.10


def print_targets(results: list[dict[str, Any]]) -> None:
    """Each of issue 12's targets with the figure measured for it, and whether it holds:
    ``-j1`` and the default against the floor, ``-j2`` over ``-j1`` at each size; memory
    from the smallest size of 20,000 pages or more to the largest, and under 400 MB
    everywhere; the cached re-run."""
    print("issue 12's targets", flush=True)

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    def wall(r: dict[str, Any], label: str) -> float | None:
        return r[label].get("wall") if label in r else None

    for r in results:
        n, floor_s = r["pages"], r.get("floor_s")
        if not floor_s:
            continue
        j1, j2, default = (wall(r, label) for label in
                           ("rulekit -j1", "rulekit -j2", "rulekit (default)"))
        reading = wall(r, "rulekit reading, no rules")
        if reading:
            _line(f"{n}: reading alone", f"{reading / floor_s:.2f}x the floor (no target: "
                                          f"what any rule set pays for)")
        if j1:
            _line(f"{n}: -j1 <= {J1_MAX}x floor", f"{j1 / floor_s:.2f}x  "
                                                  f"{verdict(j1 / floor_s <= J1_MAX)}")
        if default:
            _line(f"{n}: default <= {DEFAULT_MAX}x", f"{default / floor_s:.2f}x  "
                                                     f"{verdict(default / floor_s <= DEFAULT_MAX)}")
        if j1 and j2:
            _line(f"{n}: -j2 >= {SPEED_UP_MIN}x -j1", f"{j1 / j2:.2f}x  "
                                                      f"{verdict(j1 / j2 >= SPEED_UP_MIN)}")
        if "rerun" in r:
            ratio = r["rerun"]["ratio"]
            _line(f"{n}: re-run < {RERUN_MAX:.0%}", f"{ratio:.1%}  {verdict(ratio < RERUN_MAX)}")
    labels = ("rulekit -j1", "rulekit -j2", "rulekit (default)")
    peaks = [r[label]["rss_mb"] for r in results for label in labels if label in r]
    if peaks:
        _line(f"memory < {MEMORY_MAX_MB} MB", f"at most {max(peaks):.0f} MB  "
                                             f"{verdict(max(peaks) < MEMORY_MAX_MB)}")
    big = sorted((r for r in results if r["pages"] >= 20_000), key=lambda r: r["pages"])
    if len(big) > 1:
        low, high = big[0], big[-1]
        for label in labels:
            if label in low and label in high:
                growth = high[label]["rss_mb"] / low[label]["rss_mb"] - 1
                _line(f"memory {low['pages']}->{high['pages']} {label[8:].strip('()')}",
                      f"{low[label]['rss_mb']:.0f} -> {high[label]['rss_mb']:.0f} MB "
                      f"({growth:+.1%})  {verdict(abs(growth) <= MEMORY_GROWTH_MAX)}")
    else:
        _line("memory, flat in N", "needs two sizes of 20,000 pages or more "
                                   "(--sizes 20000,100000)")


def main(argv: list[str] | None = None) -> int:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description="rulekit speed and memory against the floor")
    parser.add_argument("--pages", type=int, default=2000, help="pages in the export")
    parser.add_argument("--sizes", help="comma-separated page counts, e.g. 2000,20000,100000")
    parser.add_argument("--rerun", type=int, default=20000,
                        help="the size at which to measure a cached re-run (0: none)")
    parser.add_argument("--keep", type=Path, help="write exports here and keep them")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", default="reading,j1,j2,default",
                        help="which runs to measure beside the floor, of reading (rulekit's "
                             "reading of the pages, no rules), j1, j2 and default (a "
                             "100,000-page -j1 run takes half an hour)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of the floor and every run (each figure is the median; "
                             "this machine's speed drifts by 10%% between runs)")
    parser.add_argument("--floor-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--reading-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.floor_only:
        print(json.dumps(floor(args.floor_only)))
        return 0
    if args.reading_only:
        print(json.dumps(reading(args.reading_only)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [args.pages]
    runs = {r.strip() for r in args.runs.split(",") if r.strip()}
    unknown = runs - set(RUNS)
    if unknown:
        parser.error(f"--runs: unknown {', '.join(sorted(unknown))} "
                     f"(choose from {', '.join(RUNS)})")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, pages of 20-80 KB, "
          "a tenth GBK", flush=True)
    results = []
    for n in sizes:
        rerun = n == args.rerun or (len(sizes) == 1 and args.rerun != 0)
        if args.keep:
            workdir = args.keep / f"pages-{n}"
            workdir.mkdir(parents=True, exist_ok=True)
            results.append(bench_one(n, workdir, args.seed, rerun, runs, args.repeat))
        else:
            with tempfile.TemporaryDirectory(prefix=f"rulekit-bench-{n}-") as tmp:
                results.append(bench_one(n, Path(tmp), args.seed, rerun, runs, args.repeat))
    print_targets(results)
    if len(results) > 1:
        print("peak memory by pages, all processes (does it grow with N?)")
        for label in ("floor", "rulekit -j1", "rulekit -j2", "rulekit (default)"):
            key = "floor_rss" if label == "floor" else label
            figs = [f"{r['pages']}: {r[key]:.0f} MB" if label == "floor" and key in r else
                    f"{r['pages']}: {r[key]['rss_mb']:.0f} MB" if key in r else "-"
                    for r in results]
            _line(label, ", ".join(figs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
