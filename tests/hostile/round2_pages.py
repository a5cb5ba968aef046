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
