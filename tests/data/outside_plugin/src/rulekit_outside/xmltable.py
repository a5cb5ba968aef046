"""A new table format: the XML that the province's 政府网站集约化平台 exports, its 网站纠错
messages (the ``corrections`` input) or its account lists, GBK or UTF-8::

    <?xml version="1.0" encoding="GBK"?>
    <纠错留言列表>
      <留言 编号="JC-001"><收到时间>2022-05-23</收到时间><答复时间>2022-05-24</答复时间></留言>
      …

Each child of the root element is a record; its attributes and its child elements are the
cells, matched to the canonical fields by the aliases the caller gives (as table headers
are). The reader streams (expat, fed 64 KiB at a time, never a tree of the file), refuses a
DTD (entity expansion), cuts a cell at ``limits.cell_chars``, stops at ``limits.records``,
yields an InputError for a record with none of the fields asked for and goes on, and, where
the XML breaks, keeps the records before it and says where the rest was lost.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

import rulekit
from rulekit.readers.tables import Record, row_problem

RULEKIT_API = "1"
CHUNK = 64 * 1024
_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']""")
_NOTE = re.compile(r"[(（【\[].*?[)）】\]]")


class _Refused(Exception):
    pass


def _key(name: str) -> str:
    """A tag or alias as they are compared: NFKC, no note such as （必填）, no case."""
    return _NOTE.sub("", unicodedata.normalize("NFKC", name)).strip().casefold()


def _encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    found = _DECLARED.match(head)
    name = found.group(1).decode("ascii").lower() if found else "utf-8"
    return "gb18030" if name in {"gbk", "gb2312", "gb18030"} else name


@rulekit.hookimpl
def rulekit_read_table(path, fields, limits):
    if Path(path).suffix.lower() != ".xml":
        return None  # CSV, XLSX, JSON: the built-in readers are asked next
    return _records(Path(path), fields, limits)


def _records(path: Path, fields: dict[str, list[str]], limits) -> Iterator[Record | rulekit.InputError]:
    wanted = {_key(alias): field for field, aliases in fields.items()
              for alias in [field, *aliases]}
    done: list[Record | rulekit.InputError] = []
    state = {"depth": 0, "line": 0, "cells": {}, "cell": None, "text": [], "size": 0,
             "cut": False}
    parser = expat.ParserCreate(encoding="utf-8")  # fed text decoded here, whatever it says

    def refuse(*_args):
        raise _Refused("XML with a DTD or entity declarations is refused (entity expansion)")

    def start(tag, attrs):
        state["depth"] += 1
        if state["depth"] == 2:  # a record
            state["line"] = parser.CurrentLineNumber
            state["cells"] = {k: _cut(v, state, limits.cell_chars) for k, v in attrs.items()}
        elif state["depth"] == 3:  # a cell
            state["cell"], state["text"], state["size"] = tag, [], 0

    def text(data):
        if state["depth"] == 3 and state["size"] < limits.cell_chars:
            state["text"].append(data[:limits.cell_chars - state["size"]])
            if state["size"] + len(data) > limits.cell_chars:
                state["cut"] = True
            state["size"] += len(data)

    def end(tag):
        if state["depth"] == 3 and state["cell"] is not None:
            state["cells"][state["cell"]] = "".join(state["text"]).strip()
            state["cell"] = None
        elif state["depth"] == 2:
            done.extend(_record(path, state, wanted, fields, limits))
        state["depth"] -= 1

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = parser.EntityDeclHandler = refuse
    with path.open("rb") as fh:
        head = fh.read(CHUNK)
        decoder = codecs.getincrementaldecoder(_encoding(head))(errors="replace")
        chunk, read = head, 0
        while True:
            final = not chunk
            try:
                parser.Parse(decoder.decode(chunk, final), final)
            except expat.ExpatError as exc:
                yield from done
                why = expat.errors.messages[exc.code]
                yield rulekit.InputError(
                    f"XML breaks at line {exc.lineno}, column {exc.offset} ({why}): the "
                    "records after it are not read", f"{path.name}:{exc.lineno}")
                return
            except _Refused as exc:
                yield rulekit.InputError(str(exc), path.name)
                return
            for item in done:
                if isinstance(item, Record):
                    if read >= limits.records:
                        yield rulekit.InputError(
                            f"more than {limits.records:,} records (limits.records): reading "
                            "stopped there, the rest of the file is not read", item.where)
                        return
                    read += 1
                yield item
            done.clear()
            if final:
                return
            chunk = fh.read(CHUNK)


def _cut(value: str, state: dict, limit: int) -> str:
    if len(value) > limit:
        state["cut"] = True
    return value[:limit]


def _record(path: Path, state: dict, wanted: dict[str, str], fields: dict[str, list[str]],
            limits) -> list[Record | rulekit.InputError]:
    where = f"{path.name}:{state['line']}"
    out: list[Record | rulekit.InputError] = []
    if state["cut"]:
        state["cut"] = False
        out.append(row_problem(where, f"a cell is longer than {limits.cell_chars:,} characters "
                               "(limits.cell_chars) and was cut there; the record is read",
                               f"have a cell longer than {limits.cell_chars:,} characters "
                               "(limits.cell_chars) that was cut there"))
    values: dict[str, str | None] = {field: None for field in fields}
    extra: dict[str, str] = {}
    for tag, value in state["cells"].items():
        field = wanted.get(_key(tag))
        if field is None:
            extra[tag] = value
        elif values[field] in (None, ""):
            values[field] = value or None
    if not any(values.values()):
        return [*out, row_problem(where, "record has none of the fields asked for "
                                  f"({', '.join(fields)})", "have none of the fields asked for")]
    return [*out, Record(where=where, values=values, extra=extra)]
