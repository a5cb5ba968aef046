"""Pages that cost unbounded work: too many attributes, too many links, too much text.

Each is built at a small size with the config's ``limits:`` lowered to match; past a cap the
page gets one input finding saying what was cut, and what it holds is still checked.
"""

from __future__ import annotations

from pathlib import Path

import corpus
import pytest
import round2_pages

from rulekit.config import load
from rulekit.engine import Engine, RunResult
from rulekit.page.markup import prepare

URL = corpus.BASE_URL + "zwgk/xzcf/"


def _run(root: Path, limits: str, extra: str = "") -> RunResult:
    config = corpus.write_config(root, extra=f"limits: {{{limits}}}\n{extra}")
    return Engine(load(config), ignore=corpus.SITE_WIDE).run()  # (links.broken's own cap aside)


def _inputs(result: RunResult, name: str) -> list[str]:
    return [f.message for f in result.findings if f.rule == "input" and f.target.url == URL + name]


def _found(result: RunResult, n: int) -> bool:
    return any(f.rule == "privacy.id-number" and corpus.masked(corpus.make_id(n)) in f.message
               for f in result.findings)


def test_an_element_with_too_many_attributes_is_cut_and_the_page_checked(tmp_path: Path) -> None:
    round2_pages.build_many_attributes(tmp_path / "site", 5_000)
    result = _run(tmp_path, "attributes_per_element: 100")
    assert _found(result, 501)
    [message] = _inputs(result, "attrs.html")
    assert "4,900 attributes were dropped" in message


def test_attributes_under_the_cap_are_kept_whole(tmp_path: Path) -> None:
    round2_pages.build_many_attributes(tmp_path / "site", 5_000)
    result = _run(tmp_path, "attributes_per_element: 5000")
    assert _found(result, 501) and _inputs(result, "attrs.html") == []


LINK_RULE = """
import rulekit

@rulekit.rule("county.link-count", title="链接过多", scope="page")
def link_count(page):
    if len(page.links) > 900:
        yield rulekit.Problem(f"{len(page.links)} links")
"""


def test_a_page_with_too_many_links_keeps_the_first_and_says_so(tmp_path: Path) -> None:
    round2_pages.build_many_links(tmp_path / "site", 3_000)
    (tmp_path / "link_rule.py").write_text(LINK_RULE, encoding="utf-8")
    result = _run(tmp_path, "links_per_page: 1000", "plugins: [link_rule.py]\n")
    assert _found(result, 502)
    [message] = _inputs(result, "links.html")
    assert "over 1,000 references (links" in message
    assert [f.message for f in result.findings if f.rule == "county.link-count"] == [
        "1000 links"]


def test_a_page_past_the_text_cap_is_checked_up_to_it(tmp_path: Path) -> None:
    round2_pages.build_single_line(tmp_path / "site", 3)
    result = _run(tmp_path, "page_chars: 1000000")
    assert _found(result, 503)  # the ID before the cut
    [message] = _inputs(result, "oneline.html")
    assert "over 1,000,000 characters" in message


@pytest.mark.parametrize("pad", [0, 1, 8191, 8192, 12_000, 16_383, 16_384, 24_575, 30_001])
@pytest.mark.parametrize("count", [2727, 2730, 2731, 3000])
def test_a_long_start_tag_is_cut_wherever_it_sits_in_the_page(pad: int, count: int) -> None:
    """``prepare`` looks for start tags of 16,384 characters or more only where blocks of
    the source hold no ``<`` and no ``>``: one is found whatever its offset, and one a
    character shorter is left whole (``<div`` then 6 characters an attribute: the tag's
    run is long enough from 2,731 attributes on)."""
    tag = "<div " + 'a="1" ' * count + ">"
    source = f"<html><body><p>{'字' * pad}</p>{tag}<p>正文</p></BODY><p>页脚</p></Html >\n"
    text, dropped = prepare(source, 10)
    long_enough = len(tag) - 2 >= 16_385  # (what follows "<" up to ">")
    cut = "<div" + ' a="1"' * 10 + ">" if long_enough else tag
    assert dropped == (count - 10 if long_enough else 0)
    assert text == f"<html><body><p>{'字' * pad}</p>{cut}<p>正文</p><p>页脚</p>\n"
