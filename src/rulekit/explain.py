"""A rule's page: what it checks, why, its options, an example that fails and one that passes.

The page is built from the rule's declaration and its docstring, written the way ruff
documents its rules::

    \"\"\"One paragraph: what the rule checks.

    ## Why
    The notice or document that asks for it.

    ## Example
    ```html
    <p>…a page that fails…</p>
    ```

    ## Use instead
    ```html
    <p>…a page that passes…</p>
    ```
    \"\"\"

``rulekit explain RULE`` prints the page; ``docs/rules/`` holds the same text per rule, and
the test suite runs every example so a page never shows an example that does not behave.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from rulekit.rules import Rule

_HEADING = re.compile(r"^##\s+(.+?)\s*$", re.M)
_FENCE = re.compile(r"```(\w+)?\n(.*?)```", re.S)


@dataclass(frozen=True)
class Example:
    """A code block of a rule's docs: its language (``html``, ``yaml``) and its text."""

    language: str
    code: str


def sections(doc: str) -> dict[str, str]:
    """Split a docstring into its summary (key ``""``) and its ``## Heading`` sections."""
    parts = _HEADING.split(doc)
    out = {"": parts[0].strip()}
    for heading, body in zip(parts[1::2], parts[2::2], strict=False):
        out[heading.strip().lower()] = body.strip()
    return out


def example(rule: Rule, heading: str) -> Example | None:
    """The first code block under ``heading`` (``example`` or ``use instead``)."""
    body = sections(rule.doc).get(heading)
    if not body:
        return None
    m = _FENCE.search(body)
    return Example(m.group(1) or "", m.group(2)) if m else None


def _options_table(rule: Rule) -> list[str]:
    props = rule.options.get("properties", {})
    if not props:
        return ["This rule has no options."]
    lines = ["| option | type | default | meaning |", "| --- | --- | --- | --- |"]
    for name, spec in props.items():
        default = json.dumps(spec.get("default"), ensure_ascii=False) if "default" in spec else "-"
        lines.append(f"| `{name}` | {spec.get('type', '')} | `{default}` | "
                     f"{spec.get('description', '')} |")
    return lines


def render(rule: Rule) -> str:
    """The rule's page as Markdown."""
    parts = sections(rule.doc)
    lines = [f"# {rule.id}: {rule.title}", "",
             f"Severity: {rule.severity} · scope: {rule.scope} · plugin: {rule.plugin or '-'}"
             + ("" if rule.default else f" · off by default (select `{rule.id}` to run it)"), "",
             "## What it checks", "", parts.get("", "") or "(not documented)", ""]
    why = parts.get("why", "")
    lines += ["## Why", ""]
    if rule.source:
        lines += [f"> {rule.source}", ""]
    if why:
        lines += [why, ""]
    lines += ["## Options", "", *_options_table(rule), "",
              f"Set them in the config under `rules.options.{rule.id}`.", ""]
    for heading, label in (("example", "Example (reported)"),
                           ("use instead", "Use instead (not reported)")):
        ex = example(rule, heading)
        if ex:
            lines += [f"## {label}", "", f"```{ex.language}", ex.code.rstrip("\n"), "```", ""]
    for heading, body in parts.items():
        if heading not in {"", "why", "example", "use instead"}:
            lines += [f"## {heading.capitalize()}", "", body, ""]
    return "\n".join(lines).rstrip() + "\n"
