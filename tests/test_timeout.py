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
