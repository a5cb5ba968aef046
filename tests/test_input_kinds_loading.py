"""Input plugins each own their config section and their scope: a clash is refused at start."""

from __future__ import annotations

import types

import pytest

import rulekit
from rulekit.errors import ConfigError
from rulekit.inputs import InputData, InputKind, Item
from rulekit.model import Target


def _kind(section: str, scope: str) -> InputKind:
    def make(value):
        return Item(value=value, target=Target(kind=scope, name=str(value)), where="x")

    return InputKind(section=section, schema={"type": "object"}, scope=scope, item=scope,
                     load=lambda ctx: InputData(), make_item=make)


def _plugin(name: str, *kinds: InputKind) -> types.ModuleType:
    module = types.ModuleType(name)

    @rulekit.hookimpl
    def rulekit_add_inputs():
        return list(kinds)

    module.rulekit_add_inputs = rulekit_add_inputs
    return module


@pytest.mark.parametrize(("first", "second", "message"), [
    (_kind("complaints", "complaint"), _kind("mailbox", "complaint"), "scope 'complaint' of input 'mailbox'"),
    (_kind("complaints", "complaint"), _kind("complaints", "message"), "'complaints' is claimed twice"),
    (_kind("complaints", "complaint"), _kind("sites", "site_row"), "'sites' is claimed twice"),
    (_kind("complaints", "complaint"), _kind("pagelist", "page"), "scope 'page' of input 'pagelist'"),
])
def test_a_clash_between_inputs_is_refused(export, first, second, message):
    export.page("index.html", "<p>首页</p>")
    with pytest.raises(ConfigError, match=message):
        export.run(extra_plugins=[_plugin("a_inputs", first), _plugin("b_inputs", second)])
