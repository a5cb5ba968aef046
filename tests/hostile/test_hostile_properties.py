"""Property-based tests: the readers never raise on any bytes, redaction never lets an ID by.

Each reader's contract is "an item or an InputError, never an exception": these tests feed
random and mutated files and hold them to it. ``redact`` must be idempotent and leave no
valid 18-digit ID number readable, whatever surrounds it and however it is written.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
import unicodedata
from pathlib import Path

import corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rulekit_national.accounts import INVENTORY_FIELDS

from rulekit.config import SiteConfig
from rulekit.errors import InputError
from rulekit.readers.charset import decode_html
from rulekit.readers.mirror import iter_mirror
from rulekit.readers.tables import read_records
from rulekit.readers.warc import iter_warc
from rulekit.redact import redact
from rulekit.resource import Resource

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LABELS = ["utf-8", "gbk", "gb2312", "big5", "latin-1", "utf-16", "utf-7", "zlib", "rot13",
          "idna", "unicode_escape", "undefined", "x-bogus", ""]


def _drain(items) -> list[Resource | InputError]:
    """Iterate a reader and load every resource: only InputError may come out of a load."""
    out = []
    for item in items:
        assert isinstance(item, (Resource, InputError)), type(item)
        if isinstance(item, Resource):
            try:
                assert isinstance(item.load(), bytes)
            except InputError:
                pass
        out.append(item)
    return out


@SETTINGS
@given(data=st.binary(max_size=4096), label=st.sampled_from(LABELS),
       where=st.sampled_from(["none", "header", "meta", "bom8", "bom16"]))
def test_decode_html_never_raises(data: bytes, label: str, where: str) -> None:
    declared = None
    if where == "header":
        declared = f"text/html; charset={label}"
    elif where == "meta":
        data = f'<meta charset="{label}">'.encode() + data
    elif where == "bom8":
        data = b"\xef\xbb\xbf" + data
    elif where == "bom16":
        data = b"\xff\xfe" + data
    decoded = decode_html(data, declared)
    assert isinstance(decoded.text, str) and decoded.encoding


@SETTINGS
@given(files=st.lists(st.tuples(
    st.sampled_from(["a.html", "b.htm", "c/d.shtml", "e.docx", "f.pdf", "g.ofd", "h.txt",
                     "manifest.jsonl", "i.jsp", "j.xlsx", "k"]),
    st.binary(max_size=2048)), max_size=6))
def test_iter_mirror_never_raises_on_random_content(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for rel, data in files:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(data)
        _drain(iter_mirror(SiteConfig("s", root, base_url=corpus.BASE_URL)))


def _valid_warc(gz: bool) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = corpus.write_warc(Path(folder) / "a.warc", [
            (corpus.BASE_URL + "a.html", "text/html", corpus.page(corpus.person(60)).encode()),
            (corpus.BASE_URL + "b.docx", "application/vnd.openxmlformats-officedocument."
             "wordprocessingml.document", corpus.make_docx("正文")),
            ("http://other.cn/c.html", "text/html; charset=zlib", b"<p>x</p>"),
        ], gz=gz)
        return path.read_bytes()


VALID_WARCS = {True: _valid_warc(True), False: _valid_warc(False)}


@SETTINGS
@given(gz=st.booleans(), cut=st.floats(0, 1), flips=st.lists(
    st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=6),
    junk=st.binary(max_size=64))
def test_iter_warc_never_raises_on_damaged_files(gz: bool, cut: float,
                                                flips: list[tuple[int, int]],
                                                junk: bytes) -> None:
    data = bytearray(VALID_WARCS[gz])
    for pos, value in flips:
        data[pos % len(data)] = value
    data = data[: int(len(data) * cut) or None] + junk
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("x.warc.gz" if gz else "x.warc")
        path.write_bytes(bytes(data))
        _drain(iter_warc(path, corpus.BASE_URL))


@SETTINGS
@given(data=st.binary(max_size=4096))
def test_iter_warc_never_raises_on_random_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("x.warc", "x.warc.gz"):
            path = Path(folder) / name
            path.write_bytes(data)
            _drain(iter_warc(path, corpus.BASE_URL))


_TABLE_TEXT = st.lists(st.lists(st.text(max_size=12), max_size=7), max_size=8)


@SETTINGS
@given(suffix=st.sampled_from([".csv", ".tsv", ".txt", ".xlsx", ".json", ".jsonl", ".xls"]),
       data=st.one_of(st.binary(max_size=2048), _TABLE_TEXT.map(
           lambda rows: "\n".join(",".join(r) for r in [["账号名称", "账号类型"], *rows]
                                  ).encode("utf-8"))))
def test_read_records_raises_nothing_but_input_error(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"accounts{suffix}"
        path.write_bytes(data)
        try:
            for record in read_records(path, INVENTORY_FIELDS):
                assert not isinstance(record, Exception) or isinstance(record, InputError)
        except InputError:
            pass


# --------------------------------------------------------------------------- redaction

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
              46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83}


def valid_ids(text: str) -> list[str]:
    """Every 18-character window of ``text`` (folded) that is a valid resident ID number."""
    folded = unicodedata.normalize("NFKC", text).upper()
    found = []
    for m in re.finditer(r"(?=([0-9]{17}[0-9X]))", folded):
        number = m.group(1)
        if int(number[:2]) not in _PROVINCES:
            continue
        try:
            dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
        except ValueError:
            continue
        if "10X98765432"[sum(int(d) * w for d, w in zip(number[:17], _W, strict=True)) % 11] == number[17]:
            found.append(number)
    return found


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    return corpus.make_id(draw(st.integers(0, 999)))


def _styled(number: str, style: str) -> str:
    if style == "full":
        return number.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    if style == "6-8-4":
        return f"{number[:6]} {number[6:14]} {number[14:]}"
    if style == "dash":
        return f"{number[:6]}-{number[6:14]}-{number[14:]}"
    if style == "4s":
        return " ".join(number[i:i + 4] for i in range(0, 18, 4))
    return number


_AROUND = st.text(alphabet=st.sampled_from(list("0123456789 -*xX:：号码abcID身份证\n\t，。")),
                  max_size=30)


@SETTINGS
@given(number=id_numbers(), style=st.sampled_from(["plain", "full", "6-8-4", "dash", "4s"]),
       before=_AROUND, after=_AROUND)
def test_redact_never_leaves_a_valid_id_readable(number: str, style: str, before: str,
                                                 after: str) -> None:
    out = redact(before + _styled(number, style) + after)
    for variant in (out, re.sub(r"[\s\-\u00a0]", "", out)):
        assert number not in valid_ids(variant), (before, style, after, out)


@SETTINGS
@given(text=st.text(max_size=200) | _AROUND.map(lambda s: s * 3))
def test_redact_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@SETTINGS
@given(number=id_numbers(), mobile=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_redact_masks_mobiles_in_any_common_spacing(number: str, mobile: str) -> None:
    for spaced in (mobile, f"{mobile[:3]} {mobile[3:7]} {mobile[7:]}",
                   f"{mobile[:3]}-{mobile[3:7]}-{mobile[7:]}", f"+86 {mobile}"):
        out = redact(f"电话：{spaced}，身份证：{number}")
        assert mobile not in re.sub(r"[\s\-]", "", out)


def test_corpus_id_numbers_are_valid_and_distinct() -> None:
    """The corpus's own numbers: valid, and distinct even once masked."""
    numbers = [corpus.make_id(n) for n in range(1000)]
    assert len(set(numbers)) == 1000 and all(valid_ids(n) == [n] for n in numbers)
    assert len({corpus.masked(n) for n in numbers}) == 1000


_MARKUP = st.lists(st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<a href='", "'>", "</a>", "<base href='",
    "<meta name='PubDate' content='", "<meta charset='", "gbk", "zlib", "<table><tr><td>",
    "<title>", "</title>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml version='1.0'?>", "&#0;",
    "&#x110000;", "&nbsp;", "\x00", "\xff", "身份证号码：", corpus.make_id(500), "2022-13-45",
    "http://[::1", "javascript:", "%zz", "<script>", "</script>", "<h1>", "行政处罚决定书",
    "住址：", "江西省示例县永宁镇城北村三组12号", "'", '"', ">", "<"]), max_size=40)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(parts=_MARKUP, raw=st.binary(max_size=256), encoding=st.sampled_from(["utf-8", "gbk"]))
def test_a_run_over_random_pages_always_completes(parts: list[str], raw: bytes,
                                                   encoding: str) -> None:
    from rulekit.config import load
    from rulekit.engine import Engine

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        site = root / "site" / "zwgk" / "xzcf"
        site.mkdir(parents=True)
        (site / "a.html").write_bytes("".join(parts).encode(encoding, "replace") + raw)
        (site / "b.html").write_bytes(raw + "".join(parts).encode(encoding, "replace"))
        result = Engine(load(corpus.write_config(root))).run()
        assert not [f for f in result.findings if f.rule == "plugin"]
