"""Write docs/rules/<id>.md for every installed rule from ``rulekit explain``'s text.

Run after changing a rule's docstring, options or source; the test suite fails while the
pages and the rules disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

from rulekit.builders import engine
from rulekit.explain import render

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules"


def main() -> int:
    DOCS.mkdir(parents=True, exist_ok=True)
    rules = [r for r in engine().all_rules if r.plugin.startswith("national-")]
    for rule in rules:
        (DOCS / f"{rule.id}.md").write_text(render(rule), encoding="utf-8")
    index = ["# Rules", "", "| id | title | plugin |", "| --- | --- | --- |"]
    index += [f"| [`{r.id}`]({r.id}.md) | {r.title} | {r.plugin} |" for r in rules]
    (DOCS / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"wrote {len(rules)} rule pages to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
