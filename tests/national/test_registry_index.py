"""The registry index of ``newmedia.unfiled`` finds what comparing every pair found.

The rule used to compare each account with every registry row on its platform; the index
(built once per run as the ``registry_index`` fixture) must pick the same row: the first,
in the registry's order, whose name is near or whose certified subject is the same.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rulekit_national.accounts import normalize_name
from rulekit_national.newmedia import RegistryIndex, _near
from rulekit_national.testing import account, registry_entry

CHARS = "漾濞发布司法县文明公安局"
names = st.text(alphabet=CHARS, min_size=1, max_size=9)
platforms = st.sampled_from(["微信公众号", "公众号", "新浪微博", "抖音"])


def pairwise(acc, registry, max_distance):
    """The old rule's search, kept here as the oracle."""
    name = normalize_name(acc.name)
    same = [e for e in registry if e.family == acc.family]
    if any(normalize_name(e.name) == name for e in same):
        return "filed"
    near = [e for e in same
            if _near(normalize_name(e.name), name, max_distance)
            or (acc.certified_subject and e.certified_subject
                and normalize_name(e.certified_subject) == normalize_name(acc.certified_subject))]
    return near[0] if near else None


def indexed(acc, index, max_distance):
    name = normalize_name(acc.name)
    if index.filed(acc.family, name):
        return "filed"
    return index.near(acc.family, name, acc.certified_subject, max_distance)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(names, platforms, st.sampled_from([None, "县司法局", "县公安局"])),
                max_size=12),
       names, platforms, st.sampled_from([None, "县司法局"]), st.integers(0, 4))
def test_the_index_picks_the_row_the_pairwise_search_picked(rows, name, platform, subject,
                                                            max_distance):
    registry = [registry_entry(n, p, certified_subject=s, where=f"registry.csv:{i + 2}")
                for i, (n, p, s) in enumerate(rows)]
    acc = account(name, platform, certified_subject=subject)
    assert indexed(acc, RegistryIndex(registry), max_distance) == pairwise(acc, registry,
                                                                           max_distance)


def test_a_rename_two_edits_away_on_a_long_name_is_found():
    registry = [registry_entry("示例县人民政府发布", "公众号", filing_no="A1"),
                registry_entry("示例县市场监督管理局", "公众号", filing_no="A2")]
    found = RegistryIndex(registry).near("wechat", "示例县市场监管局发布", None, 2)
    assert found is None  # three edits from either: not near
    found = RegistryIndex(registry).near("wechat", "示例县政府发布", None, 2)  # two deleted
    assert found is not None and found.filing_no == "A1"
