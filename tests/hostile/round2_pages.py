"""Builders of the hostile pages of round two, at any size: the tests build them small with
lowered caps, ``benchmarks/bench_hostile.py`` at the sizes the issue measured."""

from __future__ import annotations

from pathlib import Path

import corpus


def _penalty(site: Path, name: str, body: bytes) -> Path:
    path = site / "zwgk" / "xzcf" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    head, tail = corpus.page("@@BODY@@", column="行政处罚").encode().split(b"@@BODY@@")
    with path.open("wb") as fh:
        fh.write(head)
        fh.write(body)
        fh.write(tail)
    return path


def build_many_attributes(site: Path, count: int) -> Path:
    """One element with ``count`` attributes (200,000 make a 2 MB page), then an ID."""
    attrs = " ".join(f'data-a{i}="x"' for i in range(count))
    body = f"<div {attrs}>当事人</div>{corpus.person(501)}".encode()
    return _penalty(site, "attrs.html", body)


def build_many_links(site: Path, count: int) -> Path:
    """A page of ``count`` links (500,000 make about 20 MB), an ID after them."""
    links = "".join(f'<a href="/l/{i}.html">{i}</a>' for i in range(count))
    return _penalty(site, "links.html", (links + corpus.person(502)).encode())


def build_single_line(site: Path, megabytes: int) -> Path:
    """A page of ``megabytes`` MB on one line with no markup inside, an ID at the start."""
    path = _penalty(site, "oneline.html", corpus.person(503).encode())
    text = path.read_bytes()
    cut = text.index(b"</p>") + 4
    with path.open("wb") as fh:
        fh.write(text[:cut])
        chunk = "填充文字".encode() * (1024 * 1024 // 12)
        for _ in range(megabytes):
            fh.write(chunk)
        fh.write(text[cut:])
    return path


def _policy(site: Path, name: str, body: str) -> Path:
    path = site / "zwgk" / "zcwj" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(corpus.page(body, column="政策文件"), encoding="utf-8")
    return path


def build_date_spaces(site: Path, count: int) -> Path:
    """A policy page: ``日期`` then ``count`` U+3000 (100,000 make 234 KB), a real date,
    and a document offering only a .doc download (so ``downloads.formats`` has a finding)."""
    body = ("<p>日期" + "\u3000" * count + "</p><p>发布日期：2022-05-01</p>"
            '<p><a href="f.doc">附件下载</a></p>')
    return _policy(site, "spaces.html", body)


def build_address_line(site: Path, count: int) -> Path:
    """A penalty decision with ``count`` labelled addresses on one line (30,000: 1.2 MB),
    the last one a natural person's detailed address."""
    filler = "住址：江西省示例县永宁镇城北村三组12号" * count
    body = (f"<h1>行政处罚决定书</h1><p>{filler}</p>"
            f"<p>当事人：吴某，男，1980年5月出生，住址：{corpus.ADDRESS}。</p>")
    return _penalty(site, "addresses.html", body.encode())


def build_digit_groups(site: Path, count: int) -> Path:
    """``count`` groups of ``1 `` (500,000: 1 MB) before one real ID number."""
    body = "<p>" + "1 " * count + "</p>" + corpus.person(504)
    return _penalty(site, "groups.html", body.encode())
