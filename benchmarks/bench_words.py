"""``content.sensitive-words`` with a 100,000-entry word library: the whole run with the rule
against the same run without it, on one generated export, back to back.

Run: ``python benchmarks/bench_words.py [--pages 2000] [--words 100000] [--repeat 3]``.
Prints the seconds of each run (``-j1``, so the figure is one core's; the runs with and
without the rule interleaved), the ratio of the fastest of each and of their medians (the
target is at most 1.2×), and the findings of the rule. The library's words are made of characters that real
pages use, three to six long, so the automaton is as dense as an office's library; a few
hundred of them are planted in the pages' own text so the rule has something to find.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).parent))
import sitegen  # noqa: E402

CHARS = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也"
         "能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物"
         "现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全"
         "表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无")


def library(path: Path, n: int, rng: random.Random) -> None:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(CHARS) for _ in range(rng.randint(3, 6))))
    lines = ["错误表述,正确表述,级别"] + [f"{w},,一般" for w in sorted(words)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run(config: Path, extra: list[str]) -> tuple[float, int]:
    out = config.parent / "report.json"
    cmd = [sys.executable, "-m", "rulekit.cli", "run", str(config), "-j1", "--no-cache",
           "--no-history", "--format", "json", "--output", str(out), *extra]
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    import json

    doc = json.loads(out.read_text(encoding="utf-8"))
    return seconds, doc["summary"]["by_rule"].get("content.sensitive-words", 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--words", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sitegen.generate_site(root / "site", args.pages, seed=7)
        library(root / "ciku.csv", args.words, random.Random(7))
        config = root / "config.yaml"
        config.write_text(
            "as_of: 2022-05-31\nsites:\n  - name: 示例县人民政府\n    export: site\n"
            "    base_url: http://www.example-county.gov.cn/\n"
            "rules:\n  options:\n    content.sensitive-words:\n      library: ciku.csv\n",
            encoding="utf-8")
        without: list[float] = []
        with_rule: list[float] = []
        found = 0
        for _ in range(args.repeat):  # interleaved, so drift on the machine hits both alike
            without.append(run(config, ["--ignore", "content.sensitive-words"])[0])
            seconds, found = run(config, [])
            with_rule.append(seconds)
        base, best = min(without), min(with_rule)
        print(f"pages {args.pages}, library {args.words:,} words, {args.repeat} runs each")
        print("  run without the rule   " + ", ".join(f"{s:.2f}" for s in without) + " s")
        print("  run with the rule      " + ", ".join(f"{s:.2f}" for s in with_rule)
              + f" s  ({found:,} findings)")
        print(f"  ratio of the fastest   {best / base:8.2f}x  (target <= 1.2x)")
        print(f"  ratio of the medians   {median(with_rule) / median(without):8.2f}x")

if __name__ == "__main__":
    main()
