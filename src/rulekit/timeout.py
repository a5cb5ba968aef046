"""A time limit on one rule call, so a rule that loops cannot stop the run.

Uses ``SIGALRM`` (``setitimer``), which interrupts Python code between bytecodes: a loop in a
rule is stopped, a single long call into C (one huge regex match) only when it returns. Where
signals cannot be used (Windows, a thread other than the main one) no limit is applied.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class RuleTimeout(BaseException):
    """A rule ran past its time limit on one input.

    A ``BaseException``, like ``KeyboardInterrupt``: a rule's ``except Exception`` must not
    swallow it and loop on.
    """


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RuleTimeout` inside the block once ``seconds`` have passed."""
    if not seconds or seconds <= 0 or not _usable():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RuleTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
