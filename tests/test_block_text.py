"""The compiled block text (XSLT) is the text the Python walk gives, on every kind of page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import REAL
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from rulekit.builders import site
from rulekit.page import Page
from rulekit.text import block_text, walked_text

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
REAL_PAGES = sorted((REAL / "pages").glob("*.html")) if (REAL / "pages").is_dir() else []

SHAPES = {
    "comment inside a number": "<p>身份证号码：<!--<$[字段]>-->110105199003071239</p>",
    "script with a tail": "<div>前<script>var a = '<p>x</p>';</script>后</div>",
    "table cells": "<table><tr><td>姓名</td><td></td><td>住址</td></tr>"
                   "<tr><th>张某</th><td>男</td><td>城北村<br>三组</td></tr></table>",
    "processing instruction": "<p>号码<?php echo 1; ?>：123</p>",
    "inline runs": "<p>当事人：<span>张</span><b>某</b>，<font>男</font></p>",
    "entities and spaces": "<p>&nbsp;甲&#12288;乙\u200b丙\t\t丁</p>",
    "text after body": "<body><p>正文</p></body>尾部文字",
    "select and textarea": "<form>姓名<select><option>一</option></select><textarea>隐</textarea>完</form>",
    "word html": "<p class=MsoNormal><o:p>法定代表人</o:p><v:shape>图</v:shape>：王某</p>",
}


def page_of(html: str) -> Page:
    data = f"<html><head><meta charset='utf-8'><title>t</title></head>{html}</html>".encode()
    return Page("http://www.example.gov.cn/a.html", data, site=site(), where="a.html")


def both(page: Page) -> tuple[str, str]:
    root = page.tree
    body = root.find("body")
    node = body if body is not None else root
    return block_text(node), walked_text(node)


@pytest.mark.parametrize("html", SHAPES.values(), ids=SHAPES)
def test_shapes(html):
    compiled, walked = both(page_of(html))
    assert compiled == walked


@pytest.mark.parametrize("path", REAL_PAGES, ids=[p.name for p in REAL_PAGES])
def test_real_pages(path):
    page = Page("http://www.example.gov.cn/" + path.name, path.read_bytes(), site=site(),
                where=str(path))
    if page.tree is not None:
        compiled, walked = both(page)
        assert compiled == walked


def test_generated_portal_pages(tmp_path):
    sys.path.insert(0, str(BENCH))
    from sitegen import generate_site

    generate_site(tmp_path, 60, seed=3, base_url="http://www.example.gov.cn/",
                  gbk_fraction=0.2, with_problems=True, page_kb=(5, 30))
    pages = sorted(tmp_path.rglob("*.html"))
    assert len(pages) >= 40
    for path in pages:
        compiled, walked = both(Page("http://www.example.gov.cn/x.html", path.read_bytes(),
                                     site=site(), where=str(path)))
        assert compiled == walked, path


def test_a_tree_too_deep_for_xslt_falls_back_to_the_walk():
    depth = 6000  # deeper than libxslt's template recursion
    root = etree.Element("div")
    node = root
    for _ in range(depth):
        node = etree.SubElement(node, "span")
    node.text = "最深处的文字"
    assert block_text(root) == walked_text(root) == "最深处的文字"


def _tidy_by_definition(text: str) -> str:
    """What :func:`rulekit.text.tidy` does, spelled as the plain regex passes it replaced."""
    import re

    text = re.sub(r"[ ]{2,}", " ", text)
    text = re.sub(r" *\t *", "\t", text)
    text = re.sub(r"[ ]*\n[\n ]*", "\n", text)
    text = re.sub(r"\n\t", "\n", text).strip(" \n")
    return text[1:] if text.startswith("\t") else text


@given(st.text(alphabet=" \t\n甲1", max_size=40))
def test_tidy_equals_its_definition(text):
    from rulekit.text import tidy

    assert tidy(text) == _tidy_by_definition(text)


def _edges_by_definition(text: str) -> str:
    """What the cell-edge pass does, spelled with the look-behind patterns it replaced."""
    import re

    from rulekit.text import _BLOCK as B
    from rulekit.text import _CELL as C
    from rulekit.text import _CELL_END as E

    if E not in text:
        return text
    text = re.sub(f"(?<={C})[ {B}]+(?![ {B}{C}])", "", text)
    return re.sub(f"(?<![ {B}{C}{E}])[ {B}]+(?={E})", "", text).replace(E, "")


@given(st.text(alphabet="甲 \x1e\x1f\x1d", max_size=40))
def test_cell_edges_equal_their_definition(text):
    from rulekit.text import _EDGES

    assert _EDGES(text) == _edges_by_definition(text)
