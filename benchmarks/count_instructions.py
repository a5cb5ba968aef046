"""Instructions, not seconds: a ``-j1`` run and the floor counted by cachegrind.

This machine's speed drifts by a tenth to a third within minutes, so two timed runs of the
same code differ more than most changes do. The number of instructions a run executes does
not drift: run twice, it differs by well under 0.1%. It is no stand-in for time (a cache
miss costs more than an instruction, and lxml's parser does more per instruction than
Python's interpreter), but it tells whether a change made the run do less work::

    python benchmarks/count_instructions.py /tmp/bench/pages-300/bench.yaml
    python benchmarks/count_instructions.py CONFIG --floor EXPORT   # with the floor

It prints the instructions of ``rulekit run CONFIG -j1 --no-cache`` (the driver only), of
a run of the same config on an export of one empty page (the start-up, the account lists,
the report: what does not grow with the pages), and with ``--floor`` of the floor of
``bench_run.py`` on EXPORT and of Python importing lxml alone. Needs valgrind; a run under
cachegrind is about fifty times slower, so use a few hundred pages.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(cmd: list[str]) -> int:
    """What cachegrind counts for ``cmd`` (its own process: workers are not followed)."""
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                           "--cachegrind-out-file=/dev/null", *cmd],
                          capture_output=True, text=True, check=False)
    m = _REFS.search(done.stderr)
    if m is None:
        raise SystemExit(f"cachegrind gave no count for {cmd}:\n{done.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def _run(config: Path, report: Path) -> list[str]:
    return [sys.executable, "-m", "rulekit.cli", "run", str(config), "-j1", "--no-cache",
            "--no-history", "--format", "json", "--output", str(report)]


def _empty_config(config: Path, folder: Path) -> Path:
    """The config with every site's export replaced by one folder holding one short page."""
    site = folder / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><p>首页</p></body></html>", encoding="utf-8")
    text = re.sub(r"(?m)^(\s*export:\s*).*$", lambda m: f'{m.group(1)}"{site}"',
                  config.read_text(encoding="utf-8"))
    empty = folder / config.name
    empty.write_text(text, encoding="utf-8")
    return empty


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("--floor", type=Path, metavar="EXPORT",
                        help="also count the floor on this export folder")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rulekit-instructions-") as tmp:
        folder = Path(tmp)
        run = instructions(_run(args.config, folder / "report.json"))
        fixed = instructions(_run(_empty_config(args.config, folder), folder / "empty.json"))
        print(f"rulekit -j1          {run:>16,}")
        print(f"one empty page       {fixed:>16,}")
        print(f"the pages' share     {run - fixed:>16,}")
        if args.floor:
            floor = instructions([sys.executable, str(HERE / "bench_run.py"), "--floor-only",
                                  str(args.floor)])
            start = instructions([sys.executable, "-c", "import lxml.html"])
            print(f"floor                {floor:>16,}")
            print(f"python and lxml      {start:>16,}")
            print(f"pages: rulekit / floor  {(run - fixed) / (floor - start):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
