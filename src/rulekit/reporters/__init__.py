"""Reporters turn a run's :class:`~rulekit.report.Report` into an output format; each format
is a plugin. ``RunSummary`` and ``Reporter`` live in :mod:`rulekit.report` (re-exported)."""

from __future__ import annotations

from rulekit.report import Report, Reporter, RunSummary

__all__ = ["Report", "Reporter", "RunSummary"]
