"""Which reports a run writes, and writing each so that one failing output costs only itself.

An output is a format and a place: ``json:report.json``, ``text`` or ``text:-`` (standard
output). ``rulekit run`` takes them from ``--report`` (repeatable), else from the config's
``output:`` list, else from ``--format``/``--output``.
"""

from __future__ import annotations

import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pluggy

from rulekit.errors import ConfigError
from rulekit.report import Report, Reporter


@dataclass(frozen=True)
class Output:
    """One report to write: its format, and its file (None: standard output)."""

    format: str
    path: Path | None = None

    @classmethod
    def parse(cls, spec: str, base: Path | None = None) -> Output:
        """``FORMAT[:PATH]``; a relative PATH resolves from ``base`` (the config's folder)."""
        fmt, sep, where = spec.partition(":")
        if not fmt.strip() or (sep and not where.strip()):
            raise ConfigError(f"report {spec!r}: write it as FORMAT:PATH (json:report.json), "
                              "or FORMAT alone for standard output")
        if not where or where == "-":
            return cls(fmt.strip())
        path = Path(where)
        return cls(fmt.strip(), path if base is None or path.is_absolute() else base / path)

    def __str__(self) -> str:
        return f"{self.format}:{self.path if self.path else '-'}"


class _TextReporter:
    """A reporter of the deprecated ``rulekit_make_reporter`` hook, which writes text."""

    def __init__(self, legacy: Any) -> None:
        self.legacy = legacy

    def write(self, report: Report, out: BinaryIO) -> None:
        text = io.StringIO()
        self.legacy.write(report.findings, report.summary, text)
        out.write(text.getvalue().encode("utf-8"))


def reporters(pm: pluggy.PluginManager, wanted: Iterable[str] = ()
              ) -> dict[str, Callable[[], Reporter]]:
    """Every format the loaded plugins write, with its factory (and each ``wanted`` format a
    plugin of the deprecated hook makes). Two plugins naming one format is a config error
    (which one would win is an accident of loading order)."""
    found: dict[str, Callable[[], Reporter]] = {}
    owners: dict[str, str] = {}
    for impl in pm.hook.rulekit_reporters.get_hookimpls():
        for name, factory in (impl.function() or {}).items():
            if name in found and found[name] is not factory:
                raise ConfigError(f"report format {name!r} is given by two plugins: "
                                  f"{owners[name]} and {impl.plugin_name}")
            found[name] = factory
            owners[name] = impl.plugin_name
    for names in pm.hook.rulekit_report_formats():
        for name in names or ():
            if name not in found:
                found[name] = _legacy(pm, name)
    for name in wanted:
        if name not in found and pm.hook.rulekit_make_reporter(format=name) is not None:
            found[name] = _legacy(pm, name)
    return found


def _legacy(pm: pluggy.PluginManager, name: str) -> Callable[[], Reporter]:
    def make() -> Reporter:
        return _TextReporter(pm.hook.rulekit_make_reporter(format=name))

    return make


def check_formats(outputs: list[Output], available: dict[str, Callable[[], Reporter]]) -> None:
    """Refuse an unknown format before the run, naming the ones there are."""
    for out in outputs:
        if out.format not in available:
            raise ConfigError(f"unknown report format {out.format!r} ({out}); available: "
                              f"{', '.join(sorted(available))}")


def render(factory: Callable[[], Reporter], report: Report) -> bytes:
    """The report in one format, as bytes (nothing is written if the reporter fails)."""
    buffer = io.BytesIO()
    factory().write(report, buffer)
    return buffer.getvalue()


#: Standard output's report is held in memory up to this size, then in a temporary file.
SPOOL_BYTES = 16 * 1024 * 1024


def write_report(factory: Callable[[], Reporter], report: Report, path: Path | None,
                 stdout: BinaryIO) -> None:
    """Write one report as the reporter streams it: to ``path`` atomically (a failing
    reporter leaves any old file whole), or to ``stdout`` once it is complete (spooled, so
    that a large report is never one string in memory)."""
    if path is not None:
        with atomic_file(path) as fh:
            factory().write(report, fh)
        return
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        factory().write(report, spool)  # type: ignore[arg-type]
        spool.seek(0)
        shutil.copyfileobj(spool, stdout)
    stdout.flush()


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write a report into that replaces ``path`` only when it is complete, so a
    killed run or a failing reporter leaves the previous report whole.

    A symbolic link is followed: the file it points to is replaced, the link stays.
    """
    path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` as :func:`atomic_file` does."""
    with atomic_file(path) as fh:
        fh.write(data.encode("utf-8") if isinstance(data, str) else data)
