"""The rule-timeout watchdog: a loop is stopped, nested limits hold, quick calls stay cheap."""

from __future__ import annotations

import signal
import time

import pytest

from rulekit import timeout
from rulekit.timeout import RuleTimeout, time_limit


def spin_until_stopped(limit: float) -> None:
    with time_limit(limit):
        while True:
            pass


def test_a_loop_is_stopped():
    with pytest.raises(RuleTimeout, match="longer than 0.2 s"):
        spin_until_stopped(0.2)


def test_the_inner_limit_stops_the_inner_loop_and_the_outer_one_still_holds():
    with pytest.raises(RuleTimeout, match="longer than 0.4 s"):
        with time_limit(0.4):
            with pytest.raises(RuleTimeout, match="longer than 0.1 s"):
                spin_until_stopped(0.1)
            while True:  # the outer limit is still watched after the inner one ended
                pass


def test_quick_calls_do_not_arm_the_timer_each_time(monkeypatch):
    armed = []
    real = signal.setitimer
    monkeypatch.setattr(timeout.signal, "setitimer",
                        lambda which, seconds, *a: armed.append(seconds) or real(which, seconds, *a))
    for _ in range(1000):
        with time_limit(30):
            pass
    assert len(armed) <= 1  # armed once for the first deadline, then left to fire


def test_a_timer_that_fires_after_the_limits_ended_does_nothing():
    with time_limit(0.05):
        pass
    time.sleep(0.15)  # the timer armed for that deadline fires here, with nothing due
    with time_limit(30):
        total = sum(range(1000))  # and a later limit still works
    assert total == 499500


def _in_thread(func):
    """Run ``func`` in a thread that is not the main one (as a Dask worker runs tasks);
    return what it raised, or None."""
    import threading

    raised: list[BaseException | None] = [None]

    def target():
        try:
            func()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            raised[0] = exc

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the loop was never stopped"
    return raised[0]


def test_a_loop_in_a_worker_thread_is_stopped():
    raised = _in_thread(lambda: spin_until_stopped(0.2))
    assert isinstance(raised, RuleTimeout) and "longer than 0.2 s" in str(raised)


def test_a_limit_left_in_time_never_fires_later_in_a_thread():
    def quick_then_on():
        for _ in range(200):
            with time_limit(0.05):
                sum(range(100))
        deadline = time.monotonic() + 0.3
        while time.monotonic() < deadline:  # past every limit entered above
            pass

    assert _in_thread(quick_then_on) is None
