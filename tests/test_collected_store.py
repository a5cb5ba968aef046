"""The collect steps' values wait for the reduce on disk (``collected_store``): read back as
they went in, in the order the pages were merged, whatever their URLs hold."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from rulekit.collected_store import CollectedStore, NoValues, pack, unpack
from rulekit.config import parse
from rulekit.engine import Engine


@pytest.fixture
def store():
    s = CollectedStore()
    yield s
    s.close()


def test_a_steps_values_come_back_in_merge_order(store: CollectedStore) -> None:
    pages = [f"http://www.example.gov.cn/zwgk/t2022051{i}_{i}.html" for i in range(5)][::-1]
    for i, url in enumerate(pages):
        store.add("links.broken", "internal", url, pack(((url + "#top", f"链接{i}"),)))
        store.add("columns.stale", "items", url, pack(None))
    values = store.values("links.broken", "internal")
    assert list(values) == pages and len(values) == 5
    assert values[pages[2]] == ((pages[2] + "#top", "链接2"),)
    assert pages[0] in values and "http://other/" not in values and 3 not in values
    assert [v[0][1] for v in values.values()] == [f"链接{i}" for i in range(5)]
    assert dict(store.values("columns.stale", "items").items()) == dict.fromkeys(pages)
    assert store.names("links.broken") == ["internal"]
    with pytest.raises(KeyError):
        values["http://www.example.gov.cn/missing.html"]
    assert list(store.values("links.broken", "never")) == []


def test_a_pages_values_added_at_once_are_those_added_one_by_one() -> None:
    pages = [f"http://www.example.gov.cn/zwgk/t{i}.html" for i in range(2_500)]
    pages.append("http://www.example.gov.cn/files/\udcb9\udcab.doc")  # a GBK name, not UTF-8
    one, many = CollectedStore(), CollectedStore()
    try:
        for i, url in enumerate(pages):
            values = [("links.broken", "internal", pack((url, f"链接{i}"))),
                      ("columns.stale", "items", pack(i))]
            for rule_id, name, data in values:
                one.add(rule_id, name, url, data)
            many.add_page(url, values)
        for step in (("links.broken", "internal"), ("columns.stale", "items")):
            assert list(many.values(*step).items()) == list(one.values(*step).items())
        assert many.names("columns.stale") == ["items"] and len(many.values(*step)) == 2_501
    finally:
        one.close()
        many.close()


def test_a_url_met_again_keeps_its_place_and_takes_its_last_value(store) -> None:
    for url, value in (("http://a/1.html", 1), ("http://a/2.html", 2), ("http://a/1.html", 3)):
        store.add("r", "s", url, pack(value))
    assert list(store.values("r", "s").items()) == [("http://a/1.html", 3), ("http://a/2.html", 2)]


def test_urls_met_again_across_writes_and_after_a_read_keep_first_place_last_value(
        store) -> None:
    """Rows are appended during the walk and keyed when first read: a URL added three
    times, thousands of rows apart, is one entry; one added after a read replaces it."""
    twice = "http://a/zwgk/1.html"
    store.add("r", "s", twice, pack("first"))
    for i in range(4_500):
        store.add("r", "s", f"http://a/{i}.html", pack(i))
        if i in (2_100, 4_400):
            store.add("r", "s", twice, pack(f"after {i}"))
    store.add("r", "t", twice, pack("another step"))
    values = store.values("r", "s")
    assert len(values) == 4_501 and next(iter(values.items())) == (twice, "after 4400")
    assert dict(store.values("r", "t").items()) == {twice: "another step"}
    store.add("r", "s", twice, pack("late"))
    values = store.values("r", "s")
    assert len(values) == 4_501 and values[twice] == "late" and next(iter(values)) == twice


def test_urls_that_are_not_utf8_and_many_values_round_trip(store) -> None:
    odd = "http://www.example.gov.cn/\udcb9\udce6\udcb7\udcb6.html"  # a GBK name, undecoded
    store.add("r", "s", odd, pack("规范"))
    for i in range(5_000):  # (past the write buffer: flushed in batches)
        store.add("r", "s", f"http://a/{i}.html", pack(i))
    values = store.values("r", "s")
    assert next(iter(values)) == odd and values[odd] == "规范" and len(values) == 5_001


def test_sorted_items_are_pythons_sorted_order_in_one_pass(store) -> None:
    """GBK file names left undecoded (lone surrogates, stored escaped) sort where Python
    puts them, between the other URLs, not first."""
    urls = ["http://a/zwgk/2.html", "http://a/\udcb9\udce6.html", "http://a/政策/1.html",
            "http://a/A.html", "http://a/\ud7ff.html", "http://a/\ue000.html",
            "http://a/zwgk/10.html"]
    for i, url in enumerate(urls):
        store.add("r", "s", url, pack(i))
    for i in range(3_000):  # (through the writer thread: more than one buffer)
        store.add("r", "s", f"http://a/n/{i:05d}.html", pack(i))
    values = store.values("r", "s")
    assert list(values.sorted_items()) == sorted(values.items())
    assert [u for u, _ in values.sorted_items() if "/n/" not in u] == sorted(urls)
    assert list(NoValues().sorted_items()) == [] and len(NoValues()) == 0


def test_a_long_value_is_compressed_and_comes_back_as_it_was() -> None:
    """A page's links as ``links.broken`` collects them (its sixty targets and their words,
    each joined by newlines) travel at under half their pickled size; short values as
    they are."""
    urls = "\n".join(f"http://www.example.gov.cn/zwgk/col{i}/index.html" for i in range(60))
    words = "\n".join(f"栏目名称{i}" for i in range(60))
    packed = pack((urls, words))
    assert len(packed) < len(pickle.dumps((urls, words))) / 2
    assert unpack(packed) == (urls, words)
    nav = tuple((f"http://www.example.gov.cn/col{i}/", f"栏目{i}") for i in range(2_000))
    assert unpack(pack(nav)) == nav and unpack(pack(None)) is None and unpack(pack("规")) == "规"
    assert len(pack("规")) < 20


def test_a_failed_write_is_raised_where_the_values_are_read(store) -> None:
    """The writer thread's error is not lost: reading the step raises it."""
    store.add("r", "s", "http://a/1.html", pack(1))
    store.db.execute("DROP TABLE value")
    with pytest.raises(Exception, match="value"):
        store.values("r", "s")


def test_the_store_is_gone_after_the_run(tmp_path: Path, monkeypatch) -> None:
    """A walk's store is a temporary file, removed when the walk ends (here: the demo-like
    site of one page and its collect steps)."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<html><body><a href='a.html'>甲</a></body></html>",
                                     encoding="utf-8")
    config = parse("as_of: 2022-05-31\nsites:\n  - name: 示例\n    export: site\n"
                          "    base_url: http://www.example.gov.cn/\n"
                          "rules:\n  select: [links.broken]\n", path=tmp_path / "c.yaml")
    result = Engine(config).run()
    assert [f.rule for f in result.findings] == ["links.broken"]
    assert not list(tmp_path.glob("rulekit-collected-*"))
