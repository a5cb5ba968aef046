"""A time limit on one rule call, so a rule that loops cannot stop the run.

Uses ``SIGALRM`` (``setitimer``), which interrupts Python code between bytecodes: a loop in a
rule is stopped, a single long call into C (one huge regex match) only when it returns. In a
thread other than the main one (a Dask worker runs tasks in threads), where signals cannot
reach, one watchdog thread per process raises the timeout in the late thread instead
(``PyThreadState_SetAsyncExc``, with the same between-bytecodes reach). Where neither can be
used (no ``setitimer``, not CPython) no limit is applied.

One watchdog per process, not a signal set and reset per call: entering a limit records a
deadline (a float on a stack); the timer is armed only when no earlier deadline already arms
it, and when it fires it raises in the call whose deadline passed, or re-arms for the next.
A run of 100,000 rule calls under a 30 s limit arms the timer a handful of times, where
setting and resetting it on every call cost about 8 µs each.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time


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


class _ThreadWatch:
    """The limits entered in threads other than the main one, watched by one daemon thread
    that raises :class:`RuleTimeout` in a thread whose deadline passed."""

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.limits: dict[int, list[list[float]]] = {}  # thread id -> [deadline, fired]
        self.thread: threading.Thread | None = None

    def enter(self, seconds: float) -> list[float]:
        entry = [time.monotonic() + seconds, 0.0]
        with self.cond:
            self.limits.setdefault(threading.get_ident(), []).append(entry)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._watch, name="rulekit-timeout",
                                               daemon=True)
                self.thread.start()
            self.cond.notify()
        return entry

    def leave(self, entry: list[float]) -> None:
        tid = threading.get_ident()
        with self.cond:
            entries = self.limits.get(tid, [])
            if entry in entries:
                entries.remove(entry)
            if not entries:
                self.limits.pop(tid, None)
            if entry[1]:  # raised, perhaps not yet delivered: never let it out of the block
                _async_raise(tid, None)

    def _watch(self) -> None:
        with self.cond:
            while True:
                now = time.monotonic()
                waits = []
                for tid, entries in self.limits.items():
                    for entry in entries:
                        if entry[1]:
                            continue
                        if entry[0] <= now:
                            entry[1] = 1.0
                            _async_raise(tid, RuleTimeout)
                        else:
                            waits.append(entry[0] - now)
                self.cond.wait(min(waits) if waits else None)


def _async_raise(tid: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in thread ``tid`` at its next bytecode (None: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid),
                                               ctypes.py_object(exc) if exc else None)


_THREADS = _ThreadWatch()


class time_limit:  # noqa: N801 (used as a function: ``with time_limit(30):``)
    """Raise :class:`RuleTimeout` inside the block once ``seconds`` have passed.

    A class, not a generator-based context manager: it is entered once per rule call, over
    a hundred thousand times in a large run, and costs a third as much this way."""

    __slots__ = ("seconds", "_entry", "_by")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._entry: list[float] | None = None
        self._by: object = None  # _WATCHDOG, _THREADS, or None: no limit

    def __enter__(self) -> None:
        seconds = self.seconds
        if not seconds or seconds <= 0:
            return
        if _usable():
            _WATCHDOG.enter(seconds)
            self._by = _WATCHDOG
        elif hasattr(ctypes, "pythonapi"):
            self._entry = _THREADS.enter(seconds)
            self._by = _THREADS

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if self._by is _WATCHDOG:
            _WATCHDOG.leave()
        elif self._by is _THREADS:
            assert self._entry is not None
            _THREADS.leave(self._entry)
            if isinstance(exc, RuleTimeout) and not exc.args:
                # raised by the watchdog thread: a class, no message
                raise RuleTimeout(f"took longer than {self.seconds:g} s") from None


def forget_in_child() -> None:
    """In a forked child: drop the parent's timer and handler (call before anything else)."""
    signal.setitimer(signal.ITIMER_REAL, 0)
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    _WATCHDOG.reset()
