"""A mirror's ``manifest.jsonl``, read a capped line at a time, bad lines by example then counted.

Each line is at most ``limits.line_bytes`` (a longer one is skipped to its end without being
held), at most ``limits.records`` lines are read; an entry whose fields have the wrong types
is reported and its file read as if the manifest did not name it; and an entry naming a file
the export lacks is reported (by example, then counted).
"""

from __future__ import annotations

import json
import posixpath
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rulekit.errors import InputError, os_kind
from rulekit.limits import DEFAULT, Limits
from rulekit.readers.mirror.names import shown_path

MANIFEST = "manifest.jsonl"
#: Manifest fields that must be strings (or null), and those passed on as the file's info.
_STRING_FIELDS = ("path", "url", "column", "column_type", "title", "published")
INFO_FIELDS = ("column", "column_type", "title", "published", "attachments")
_SKIP = 1 << 20
#: The sorts of bad manifest line, each reported by example, then counted: what is said of
#: them, and the kind of input problem they are (a key of ``rulekit.wording.INPUT_KINDS``).
_BAD_LINES = {"long": ("too long", "table"), "json": ("not valid JSON", "table"),
              "entry": ("without 'path' or 'url'", "table"),
              "field": ("with a field of the wrong type", "table"),
              "missing": ("naming no file the export holds", "not-found")}


def _lines(fh: Any, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines of at most ``cap`` bytes; a longer one is read to its end a mebibyte
    at a time and dropped (None), so a line that never ends costs no memory."""
    lineno = 0
    while True:
        raw = fh.readline(cap + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while True:
                rest = fh.readline(_SKIP)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
        else:
            yield lineno, raw


def _bad_field(entry: dict[str, Any]) -> str | None:
    """What is wrong with a manifest entry's fields (a CMS bug, or a hand edit), if anything:
    a URL that is a number would otherwise stop the run far from here."""
    for key in _STRING_FIELDS:
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            return f"field '{key}' must be a string, not {_json_type(value)}"
    if entry.get("url"):
        try:
            urlsplit(entry["url"])
        except ValueError as exc:  # http://[x: every use of the URL would fail
            return f"field 'url' is not a URL ({exc})"
    if entry.get("attachments") is not None and not isinstance(entry["attachments"], list):
        return f"field 'attachments' must be a list, not {_json_type(entry['attachments'])}"
    return None


def _json_type(value: Any) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "a list",
             dict: "an object", str: "a string"}
    return names.get(type(value), type(value).__name__)


def read_manifest(root: Path, limits: Limits = DEFAULT, held: Collection[str] | None = None
                  ) -> Iterator[tuple[str, dict[str, Any]] | InputError]:
    """``(relative path, entry)`` for each line of the manifest; bad lines as errors.

    Lines are capped at ``limits.line_bytes`` and counted up to ``limits.records``; of each
    sort of bad line, ``limits.examples`` are reported one by one and the rest counted.
    With ``held`` (the files of the export), an entry naming no file of it is reported too:
    the CMS says the page exists, the export lost it. Every error here stands for no entry
    of the export (``entry=False``): the files are read either way."""
    path = root / MANIFEST
    shown: dict[str, int] = {}
    more: dict[str, list[int]] = {}

    def bad(sort: str, message: str, lineno: int, kind: str | None = None
            ) -> Iterator[InputError]:
        if shown.get(sort, 0) < limits.examples:
            shown[sort] = shown.get(sort, 0) + 1
            yield InputError(message, f"{shown_path(path)}:{lineno}", entry=False,
                             kind=kind or _BAD_LINES[sort][1])
        else:
            seen = more.setdefault(sort, [0, lineno])
            seen[0] += 1

    try:
        fh = path.open("rb", buffering=_SKIP)
    except OSError as exc:
        yield InputError(f"manifest cannot be opened: {exc.strerror}", shown_path(path),
                         entry=False, kind=os_kind(exc))
        return
    with fh:
        for lineno, raw in _lines(fh, limits.line_bytes):
            if lineno > limits.records:
                yield InputError(f"manifest has more than {limits.records} lines: the rest "
                                 "is not read", f"{shown_path(path)}:{lineno}", entry=False,
                                 kind="cut")
                break
            if raw is None:
                yield from bad("long", f"manifest line longer than {limits.line_bytes} bytes: "
                               "skipped", lineno)
                continue
            if not raw.strip():
                continue
            try:
                entry = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
                text = "too deeply nested" if isinstance(exc, RecursionError) else str(exc)
                yield from bad("json", f"manifest line is not valid JSON: {text}", lineno,
                               "encoding" if isinstance(exc, UnicodeDecodeError) else None)
                continue
            if not isinstance(entry, dict) or not (entry.get("path") or entry.get("url")):
                yield from bad("entry", "manifest line needs an object with 'path' or 'url'",
                               lineno)
                continue
            problem = _bad_field(entry)
            if problem is not None:
                named = (f" (for {entry['path']}, read without the manifest's information)"
                         if isinstance(entry.get("path"), str) and entry["path"] else "")
                yield from bad("field", f"manifest entry: {problem}{named}", lineno)
                continue
            if held is not None and normal_path(str(entry.get("path") or "")) not in held:
                named = (f"names {entry['path']!r}, a file the export does not hold"
                         if entry.get("path") else "has no 'path': it names no file of the "
                         "export")
                yield from bad("missing", f"manifest entry {named}", lineno)
                continue
            yield str(entry.get("path") or ""), entry
    for sort, (count, first) in more.items():
        said, kind = _BAD_LINES[sort]
        yield InputError(f"{count} more manifest lines {said}, from line {first} on: "
                         "not reported one by one", shown_path(path), entry=False, kind=kind)


def normal_path(rel: str) -> str:
    """A manifest's path as the walk names the file: ``./a.html`` and ``/a.html`` are
    ``a.html``."""
    rel = posixpath.normpath(rel.lstrip("/")) if rel.strip("/") else ""
    return "" if rel == "." else rel
