"""Every input problem rulekit makes names its kind, so its Chinese never hangs on English words.

``rulekit.wording._KINDS`` works a kind out of an English message, for plugins written before
kinds; rulekit's own readers and the national plugin must never rely on it.
"""

from __future__ import annotations

import ast
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import rulekit
from rulekit.errors import InputError, InputProblem
from rulekit.readers import attachments
from rulekit.readers.attachments import ExtractedText, extract_text
from rulekit.readers.attachments.result import UNEXPECTED
from rulekit.readers.mirror.manifest import _BAD_LINES
from rulekit.readers.tables import ProblemLog, row_problem
from rulekit.wording import INPUT_KINDS, input_problem

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "src" / "rulekit", ROOT / "plugins" / "national" / "rulekit_national")
#: The calls that make an input problem: each must say its kind (``kind=...``).
MAKERS = frozenset({"InputError", "RowProblem", "row_problem", "InputProblem"})
#: Classes whose subclasses must pass a kind on to them.
PROBLEM_CLASSES = frozenset({"InputError", "RowProblem"})
#: Calls allowed to give no kind ("path:line": why). Keep it empty: a kind is always known
#: where the problem is made, or taken from the error being passed on.
WITHOUT_KIND: dict[str, str] = {}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _calls() -> Iterator[tuple[str, ast.Call, str | None]]:
    """Every call in the sources: where it is, the call, and the problem class it initialises
    (``super().__init__`` in a subclass of one), if any."""
    for source in SOURCES:
        for path in sorted(source.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            rel = path.relative_to(ROOT).as_posix()
            for cls in [n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]:
                bases = {_name(b) for b in cls.bases} & PROBLEM_CLASSES
                for node in ast.walk(cls):
                    if (bases and isinstance(node, ast.Call)
                            and isinstance(node.func, ast.Attribute)
                            and node.func.attr == "__init__"
                            and isinstance(node.func.value, ast.Call)
                            and _name(node.func.value.func) == "super"):
                        yield f"{rel}:{node.lineno}", node, f"super() of {cls.name}"
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and _name(node.func) in MAKERS:
                    yield f"{rel}:{node.lineno}", node, None


def _kind(call: ast.Call) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == "kind"), None)


def _constants(node: ast.expr) -> Iterator[str]:
    """The kinds a ``kind=`` expression spells out: a string, or either side of an ``if``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _constants(node.body)
        yield from _constants(node.orelse)


def test_every_input_problem_rulekit_makes_names_its_kind():
    calls = list(_calls())
    assert len(calls) > 100  # the sources were found and read
    missing = [where for where, call, _ in calls
               if _kind(call) is None and where not in WITHOUT_KIND]
    assert missing == [], ("these make an input problem without kind= (a key of "
                           "rulekit.wording.INPUT_KINDS); choose it by what the problem is")


def test_the_kinds_spelled_out_are_input_kinds():
    spelled = [(where, kind) for where, call, _ in _calls() if _kind(call) is not None
               for kind in _constants(_kind(call))]
    assert len(spelled) > 100
    assert [(where, kind) for where, kind in spelled if kind not in INPUT_KINDS] == []
    assert {kind for _, kind in _BAD_LINES.values()} <= set(INPUT_KINDS)
    assert UNEXPECTED in INPUT_KINDS


def test_a_row_problem_keeps_its_kind_alone_and_counted():
    one = row_problem("accounts.csv:7", "account row without platform or name",
                      "have no platform or account name", kind="table")
    assert one.kind == "table" and one.group == "have no platform or account name"
    log = ProblemLog()
    log.add(one)
    (alone,) = log.drain()
    assert input_problem(alone.message, alone.kind) == (
        "表格或清单数据有误（account row without platform or name）")
    for line in (3, 4):
        log.add(row_problem(f"a.csv:{line}", "line is not UTF-8 or GB18030 text",
                            "are not UTF-8 or GB18030 text", kind="encoding", noun="lines"))
    (counted,) = log.drain()
    assert counted.message.startswith("2 lines are not UTF-8") and counted.kind == "encoding"


def test_problems_of_other_kinds_counted_together_are_a_table_problem():
    log = ProblemLog()
    for i in range(60):  # past the groups counted apart: the rest go together
        log.add(row_problem(f"a.csv:{i + 2}", f"row {i}", f"have problem {'y' * i}",
                            kind="cut" if i % 2 else "encoding"))
    out = log.drain()
    assert out[0].kind == "encoding" and out[1].kind == "cut"
    assert out[-1].message.startswith("10 more problems of other kinds")
    assert out[-1].kind == "table"


def test_an_input_problem_is_the_str_it_says_and_keeps_its_kind_when_pickled():
    import pickle

    problem = InputProblem("page has over 3 links: the first 3 were checked", kind="cut")
    assert problem == "page has over 3 links: the first 3 were checked"
    again = pickle.loads(pickle.dumps(ExtractedText("x", [problem])))
    assert again.problems == (problem,) and again.problems[0].kind == "cut"


@pytest.fixture(params=["worker", "inline"])
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "inline":
        monkeypatch.setattr(attachments, "USE_FORK", False)
    return request.param


def test_the_kind_of_an_attachment_error_crosses_from_the_reader_process(
        mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # "compressed 2000:1 ... (zip bomb?)" read as a damaged attachment by its words; its
    # kind says what it is: too large once decompressed
    monkeypatch.setattr(attachments, "RATIO_CHECK_MIN_SIZE", 1000)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", " " * 200_000)
    with pytest.raises(InputError, match="zip bomb") as info:
        extract_text("bomb.docx", buf.getvalue())
    assert info.value.kind == "too-large" and info.value.where == "bomb.docx"


class _Reader:
    """A plugin's attachment reader whose text comes with problems of each sort."""

    @rulekit.hookimpl(tryfirst=True)
    def rulekit_extract_text(self, name, data, content_type, limits):
        if not name.endswith(".pdf"):
            return None
        return ExtractedText("附件正文", [
            InputProblem("pypdf warned: bad xref", kind="parser-warning"),
            InputProblem("attachment text longer than 9 characters: checked up to there, the "
                         "rest was cut", kind="cut"),
            InputProblem("pypdf warned: odd font (2 times)", kind="parser-warning"),
            "a plugin's own note: the file is truncated",  # no kind: worded from its words
        ])


def test_an_attachments_warnings_make_one_finding_and_each_cap_its_own(export):
    export.page("zwgk/index.html", '<a href="a.pdf">附件</a>')
    export.file("site/zwgk/a.pdf", b"%PDF-1.4 whatever")
    result = export.run(extra_plugins=[_Reader()])
    found = sorted(f.message for f in result.findings
                   if f.rule == "input" and f.target.url.endswith("a.pdf"))
    assert found == [
        "输入无法读取：内容超出检查上限，超出部分未检查（attachment text longer than 9 characters: "
        "checked up to there, the rest was cut）",
        "输入无法读取：文件不完整，已被截断（a plugin's own note: the file is truncated）",
        "输入无法读取：附件文件存在格式错误，已读取其文字，请核对（pypdf warned: bad xref; "
        "pypdf warned: odd font (2 times)）",
    ]


@pytest.mark.parametrize("name, data, zh", [
    ("empty.html", b"  \n", "网页内容为空"),
    ("binary.html", b"\x00" * 600 + b"<p>x</p>", "文件不是可读取的网页"),
])
def test_a_page_that_is_not_one_says_which(export, name, data, zh):
    export.file(f"site/{name}", data)
    (finding,) = [f for f in export.run().findings if f.rule == "input"]
    assert finding.message.startswith(f"输入无法读取：{zh}（")


@pytest.mark.parametrize("name, data, kind", [
    # the words "docx" and "zip" read as a damaged attachment; an inventory is a table
    ("accounts.docx", b"x", "table"),
    ("accounts.xlsx", b"not a zip at all", "table"),
    ("accounts.jsonl", b'[1]\n{"name": "a"}\n', "table"),  # "expected an object": 无法读取
])
def test_an_inventorys_problems_are_table_problems_whatever_their_words(tmp_path, name, data, kind):
    from rulekit.readers.tables import read_records

    path = tmp_path / name
    path.write_bytes(data)
    fields = {"platform": ["平台"], "name": ["名称", "name"]}
    try:
        errors = [e for e in read_records(path, fields) if isinstance(e, InputError)]
    except InputError as exc:
        errors = [exc]
    assert errors and {e.kind for e in errors} == {kind}
