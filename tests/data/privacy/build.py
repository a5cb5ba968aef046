"""Write passages.jsonl from the passage files: ``python tests/data/privacy/build.py``.

The numbers are synthetic (``numbers_.py``) and seeded by each passage's id, so a rebuild
gives the same file; the file is what the tests and ``benchmarks/bench_privacy_quality.py``
read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # nothing but data and its sources in this folder
sys.path.insert(0, str(HERE))

import heldout1  # noqa: E402
import heldout2  # noqa: E402
import heldout3  # noqa: E402
import heldout4  # noqa: E402
import heldout5  # noqa: E402
import heldout6  # noqa: E402
import heldout7  # noqa: E402
import heldout8  # noqa: E402
import heldout9  # noqa: E402
import heldout10  # noqa: E402
import heldout11  # noqa: E402
import heldout12  # noqa: E402
import heldout13  # noqa: E402
import heldout14  # noqa: E402
import heldout15  # noqa: E402
import heldout16  # noqa: E402
import heldout17  # noqa: E402
import heldout18  # noqa: E402
import heldout19  # noqa: E402
import heldout20  # noqa: E402
import heldout21  # noqa: E402
import heldout22  # noqa: E402
import heldout23  # noqa: E402
import heldout24  # noqa: E402
import heldout25  # noqa: E402
import tuning  # noqa: E402


def main() -> int:
    lines = []
    seen: set[str] = set()
    for split, module in (("tuning", tuning), ("heldout1", heldout1), ("heldout2", heldout2),
                          ("heldout3", heldout3), ("heldout4", heldout4),
                          ("heldout5", heldout5), ("heldout6", heldout6),
                          ("heldout7", heldout7), ("heldout8", heldout8),
                          ("heldout9", heldout9), ("heldout10", heldout10),
                          ("heldout11", heldout11), ("heldout12", heldout12),
                          ("heldout13", heldout13), ("heldout14", heldout14),
                          ("heldout15", heldout15), ("heldout16", heldout16),
                          ("heldout17", heldout17), ("heldout18", heldout18),
                          ("heldout19", heldout19), ("heldout20", heldout20),
                          ("heldout21", heldout21), ("heldout22", heldout22),
                          ("heldout23", heldout23), ("heldout24", heldout24),
                          ("heldout25", heldout25)):
        for passage in module.PASSAGES:
            assert passage.id not in seen, passage.id
            seen.add(passage.id)
            lines.append(json.dumps(passage.record(split), ensure_ascii=False))
    (HERE / "passages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} passages to {HERE / 'passages.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
