"""The one ID check character, against numbers whose check characters are known."""

from __future__ import annotations

import pytest

from rulekit.idcheck import check_character, checksum_ok


@pytest.mark.parametrize("number", ["110105199003071239", "11010519491231002X",
                                    "130999197608113129"])
def test_known_numbers_pass(number):
    assert checksum_ok(number) and checksum_ok(number.lower())
    assert check_character(number[:17]) == number[17]


@pytest.mark.parametrize("number", ["110105199003071238", "11010519491231002", "1101051990030712３9",
                                    "A10105199003071239"])
def test_wrong_or_malformed_numbers_fail(number):
    assert not checksum_ok(number)
