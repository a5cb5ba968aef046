"""``newmedia.unfiled`` at scale: N inventory accounts against N registry rows.

Run: ``python benchmarks/bench_unfiled.py [N ...]`` (default 200 2000 10000). Prints the
seconds the engine takes to check every account (the registry index is built once per run
as a fixture) and how many accounts were reported. Names are made up: most accounts are
filed, one in ten is renamed by one character, one in twenty is unknown.
"""

from __future__ import annotations

import random
import sys
import time

from rulekit_national.testing import account, registry_entry

from rulekit.testing import engine

CHARS = "示例县市区镇乡人民政府发布公安司法教育卫生健康文明交通应急管理局服务中心微政务"


def names(n: int, rng: random.Random) -> list[str]:
    seen: set[str] = set()
    while len(seen) < n:
        seen.add("".join(rng.choice(CHARS) for _ in range(rng.randint(4, 12))))
    return sorted(seen)


def main(sizes: list[int]) -> None:
    for n in sizes:
        rng = random.Random(n)
        filed = names(n, rng)
        registry = [registry_entry(name, "公众号", filing_no=f"F{i}") for i, name in enumerate(filed)]
        accounts = []
        for i, name in enumerate(filed):
            if i % 20 == 0:
                name = "未知" + name
            elif i % 10 == 0:
                name = name[:-1] + "号"
            accounts.append(account(name, "微信公众号", where=f"accounts.csv:{i + 2}"))
        eng = engine("newmedia.unfiled")
        started = time.perf_counter()
        found = 0
        for acc in accounts:
            found += len(eng.check_item("account", acc, registry=registry,
                                         accounts=accounts))
        seconds = time.perf_counter() - started
        print(f"{n:>6,} accounts x {n:>6,} registry rows: {seconds:7.2f} s, {found:,} reported")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 2000, 10000])
