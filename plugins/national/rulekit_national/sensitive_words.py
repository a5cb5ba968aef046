"""content.sensitive-words (错敏词): the office's word library, found in page and attachment text.

The library is a CSV (UTF-8 or GBK) headed 错误表述,正确表述,级别 (an optional 说明), or a
text file of one wrong form a line. It is compiled once per run into one Aho–Corasick
automaton (``ahocorasick_rs``, the Rust ``aho-corasick`` crate), matched over the NFKC text,
so full-width and half-width forms are alike. An allowed phrase wins over a shorter library word inside it (``allow``:
the library's 正确表述 and the option's phrases): 中华人民共和国 does not hide a wrong word, and
a wrong word inside an allowed longer phrase is not one.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import ahocorasick_rs

import rulekit
from rulekit.config import Config

RULE = "content.sensitive-words"
#: wrong forms that are never right, checked even without a library ("错误表述=正确表述")
BUILT_IN = ("以人名为中心=以人民为中心", "中华人民共合国=中华人民共和国", "全面从严冶党=全面从严治党",
            "不忘出心=不忘初心", "牢记使名=牢记使命")
#: 级别 words that make an entry a serious error the indicators veto (a leader's name or
#: title written wrong)
VETO_WORDS = ("veto", "否决", "严重", "严重错误", "一票否决")


@dataclass(frozen=True)
class Entry:
    """One wrong form of the library, what it should be, and how serious it is."""

    wrong: str
    right: str
    veto: bool
    note: str
    where: str


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def read_library(path: Path) -> list[Entry]:
    """The library's entries; a ConfigError names the file when it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise rulekit.ConfigError(f"{path}: the word library cannot be read: "
                                  f"{exc.strerror or exc}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any bytes
        raise rulekit.ConfigError(f"{path}: the word library is neither UTF-8 nor GBK")
    lines = text.splitlines()
    if lines and "错误表述" in lines[0]:
        rows = list(csv.reader(io.StringIO(text)))
        head = [h.strip() for h in rows[0]]
        col = {name: head.index(name) for name in ("错误表述", "正确表述", "级别", "说明")
               if name in head}
        out = []
        for n, row in enumerate(rows[1:], 2):
            def get(name: str, row: list[str] = row) -> str:
                i = col.get(name)
                return row[i].strip() if i is not None and i < len(row) else ""
            wrong = _norm(get("错误表述"))
            if wrong:
                out.append(Entry(wrong, _norm(get("正确表述")),
                                 get("级别").lower() in VETO_WORDS, get("说明"), f"{path}:{n}"))
        return out
    return [Entry(_norm(line.strip()), "", False, "", f"{path}:{n}")
            for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]


class Library:
    """The automaton of wrong forms and allowed phrases, built once per run."""

    def __init__(self, entries: list[Entry], allow: list[str]) -> None:
        wrong: dict[str, Entry] = {}
        for e in entries:  # of two entries of one form, a serious one wins, else the later
            if e.wrong and not (e.wrong in wrong and wrong[e.wrong].veto and not e.veto):
                wrong[e.wrong] = e
        allowed = ({_norm(a) for a in allow} | {e.right for e in entries if e.right}) - set(wrong)
        allowed.discard("")
        self.entries: list[Entry | None] = [*wrong.values(), *(None for _ in allowed)]
        self.size = len(wrong)
        self.automaton = ahocorasick_rs.AhoCorasick(
            [*wrong, *sorted(allowed)], matchkind=ahocorasick_rs.MatchKind.Standard
        ) if self.size else None

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        """Wrong forms in ``text`` (NFKC) not inside an allowed phrase: (start, end, entry)."""
        if self.automaton is None:
            return []
        allowed: list[tuple[int, int]] = []
        wrong: list[tuple[int, int, Entry]] = []
        for index, start, end in self.automaton.find_matches_as_indexes(text, overlapping=True):
            entry = self.entries[index]
            if entry is None:
                allowed.append((start, end))
            else:
                wrong.append((start, end, entry))
        if allowed:
            wrong = [w for w in wrong if not any(a <= w[0] and w[1] <= b and b - a > w[1] - w[0]
                                                 for a, b in allowed)]
        wrong.sort(key=lambda w: (w[0], -w[1]))
        return wrong


@rulekit.fixture
def word_library(config: Config) -> Library:
    """The office's word library, compiled once per run (100,000 entries in about a second)."""
    options = config.rules_options.get(RULE, {})
    entries: list[Entry] = []
    for word in options.get("words", list(BUILT_IN)):
        wrong, _, right = word.partition("=")
        if wrong.strip():
            entries.append(Entry(_norm(wrong.strip()), _norm(right.strip()), False, "", "config"))
    if options.get("library"):  # (after the words: the office's library has the last word)
        path = config.resolve_path(str(options["library"]),
                                   ("rules", "options", RULE, "library"))
        entries += read_library(path)
    return Library(entries, list(options.get("allow", [])))


@rulekit.rule(
    RULE,
    meta={"verdict": {"item": "内容准确", "points": 0.5}},
    title="存在错敏词",
    severity="error",
    scope="page",
    attachments=True,
    source="《政府网站与政务新媒体检查指标》单项否决「严重错误」（国家领导人姓名、职务错误等）与"
           "扣分项（错别字）；各地通报“错别字”“表述不规范”",
    options={
        "library": {"type": "string", "default": "",
                    "description": "the office's word library: a CSV headed 错误表述,正确表述,级别"
                                   " (UTF-8 or GBK), or one wrong form a line; relative to the "
                                   "config"},
        "words": {"type": "array", "items": {"type": "string"}, "default": list(BUILT_IN),
                  "description": "wrong forms given in the config itself, as "
                                 "错误表述=正确表述 (or the wrong form alone)"},
        "allow": {"type": "array", "items": {"type": "string"}, "default": [],
                  "description": "phrases a wrong form inside them does not count in"},
    },
)
def sensitive_words(page, word_library):
    """A wrong form of the office's word library (错误表述) in a page's or attachment's text,
    with the right form (正确表述) in the finding. Matching is on the NFKC text, so
    full-width and half-width forms are alike; a wrong form inside a longer allowed phrase
    (the library's right forms, the ``allow`` option) is not one. An entry whose 级别 is
    严重 (or veto, 否决) is a serious error the indicators veto: its finding says so and the
    verdict fails on it. One finding per wrong form and page.

    ## Why
    The indicators veto serious errors (a state leader's name or title written wrong) and
    deduct for wrong words; offices keep a word library and check every page against it.

    ## Example
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/a.html -->
    <p>示例县召开全县安全生产工作会议，会议强调要坚持以人名为中心。</p>
    ```

    ## Use instead
    ```html
    <!-- rulekit: url http://www.example.gov.cn/xwzx/a.html -->
    <p>示例县召开全县安全生产工作会议，会议强调要坚持以人民为中心。</p>
    ```
    """
    text = page.normalized.text
    seen: set[str] = set()
    for start, end, entry in word_library.find(text):
        if entry.wrong in seen:
            continue
        seen.add(entry.wrong)
        right = f"，应为“{entry.right}”" if entry.right else ""
        serious = "（严重错误，单项否决）" if entry.veto else ""
        context = text[max(0, start - 15):end + 15].replace("\n", " ")
        yield rulekit.Problem(
            message=f"存在错敏词：“{entry.wrong}”{right}{serious}",
            evidence=context, key=f"word:{entry.wrong}",
            details={"veto": True} if entry.veto else {})
