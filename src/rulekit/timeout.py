"""A time limit on one rule call, so a rule that loops cannot stop the run.

Uses ``SIGALRM`` (``setitimer``), which interrupts Python code between bytecodes: a loop in a
rule is stopped, a single long call into C (one huge regex match) only when it returns. Where
signals cannot be used (Windows, a thread other than the main one) no limit is applied.

One watchdog per process, not a signal set and reset per call: entering a limit records a
deadline (a float on a stack); the timer is armed only when no earlier deadline already arms
it, and when it fires it raises in the call whose deadline passed, or re-arms for the next.
A run of 100,000 rule calls under a 30 s limit arms the timer a handful of times, where
setting and resetting it on every call cost about 8 µs each.
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator


class RuleTimeout(BaseException):
    """A rule ran past its time limit on one input.

    A ``BaseException``, like ``KeyboardInterrupt``: a rule's ``except Exception`` must not
    swallow it and loop on.
    """


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class _Watchdog:
    """The deadlines of the limits now entered (innermost last) and the one timer."""

    def __init__(self) -> None:
        self.deadlines: list[tuple[float, float]] = []  # (deadline, seconds given)
        self.armed_for: float | None = None  # the monotonic time the timer fires at
        self.installed = False

    def enter(self, seconds: float) -> None:
        if not self.installed:
            signal.signal(signal.SIGALRM, self._fire)
            self.installed = True
        deadline = time.monotonic() + seconds
        self.deadlines.append((deadline, seconds))
        if self.armed_for is None or deadline < self.armed_for:
            self._arm(deadline)

    def leave(self) -> None:
        self.deadlines.pop()
        # the timer stays armed: when it fires with nothing due it re-arms or rests; if it
        # fired for this limit, an outer one still waiting needs it again
        if self.armed_for is None and self.deadlines:
            self._arm(min(d for d, _ in self.deadlines))

    def _arm(self, deadline: float) -> None:
        self.armed_for = deadline
        signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 1e-3))

    def _fire(self, signum: int, frame: object) -> None:
        self.armed_for = None
        if not self.deadlines:
            return
        now = time.monotonic()
        due = [(d, s) for d, s in self.deadlines if d <= now]
        if due:
            raise RuleTimeout(f"took longer than {due[0][1]:g} s")
        self._arm(min(d for d, _ in self.deadlines))

    def reset(self) -> None:
        """Forget the timer and the handler (a forked child must not inherit either)."""
        self.deadlines.clear()
        self.armed_for = None
        self.installed = False


_WATCHDOG = _Watchdog()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RuleTimeout` inside the block once ``seconds`` have passed."""
    if not seconds or seconds <= 0 or not _usable():
        yield
        return
    _WATCHDOG.enter(seconds)
    try:
        yield
    finally:
        _WATCHDOG.leave()


def forget_in_child() -> None:
    """In a forked child: drop the parent's timer and handler (call before anything else)."""
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    _WATCHDOG.reset()
