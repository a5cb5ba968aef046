"""rulekit: checks of government websites and new-media accounts, one plugin per check.

The public API for plugin authors lives here: ``rule`` to declare a check, ``Problem`` to
report one, ``hookimpl`` for the pipeline hooks, and the records rules receive.
"""

from rulekit.errors import ConfigError, InputError, RulekitError
from rulekit.hookspecs import HOOKSPEC_VERSION, hookimpl, hookspec
from rulekit.model import Account, Column, Finding, Link, Post, Problem, RegistryEntry, Target
from rulekit.page import Page
from rulekit.rules import Rule, rule

__version__ = "0.1.0"

__all__ = [
    "HOOKSPEC_VERSION",
    "Account",
    "Column",
    "ConfigError",
    "Finding",
    "InputError",
    "Link",
    "Page",
    "Post",
    "Problem",
    "RegistryEntry",
    "Rule",
    "RulekitError",
    "Target",
    "__version__",
    "hookimpl",
    "hookspec",
    "rule",
]
