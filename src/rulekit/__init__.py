"""rulekit: checks of government websites and new-media accounts, one plugin per check.

The public API for plugin authors lives here: ``rule`` to declare a check, ``fixture`` for
what the rules of a run share, ``Problem`` to report one, ``hookimpl`` for the pipeline
hooks, and the records rules receive.
"""

from rulekit.errors import ConfigError, InputError, RulekitError
from rulekit.fixture import Fixture, fixture
from rulekit.hookspecs import HOOKSPEC_VERSION, hookimpl, hookspec
from rulekit.model import Column, Finding, Link, Problem, Reference, Target
from rulekit.page import Page
from rulekit.rules import Rule, rule

__version__ = "0.1.0"

__all__ = [
    "HOOKSPEC_VERSION",
    "Column",
    "ConfigError",
    "Finding",
    "Fixture",
    "InputError",
    "Link",
    "Reference",
    "Page",
    "Problem",
    "Rule",
    "RulekitError",
    "Target",
    "__version__",
    "fixture",
    "hookimpl",
    "hookspec",
    "rule",
]
