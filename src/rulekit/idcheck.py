"""The check character of China's 18-digit resident ID numbers (GB 11643-1999).

One implementation for the core's mask and the plugins' detectors: the first 17 digits,
weighted by 2^(17-i) mod 11, give the last character, ``X`` standing for 10.
"""

from __future__ import annotations

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"


def check_character(body: str) -> str:
    """The check character of the 17 digits ``body`` (``"X"`` for 10)."""
    return CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(body, WEIGHTS, strict=True)) % 11]


def checksum_ok(number: str) -> bool:
    """Whether an 18-character number's last character is the check character of the rest
    (a lower-case ``x`` counts as ``X``). Digits are ASCII: callers normalise first."""
    return (len(number) == 18 and number[:17].isascii() and number[:17].isdigit()
            and check_character(number[:17]) == number[17].upper())
