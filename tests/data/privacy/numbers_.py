"""Synthetic personal numbers for the labelled passages: valid-looking, never real.

ID numbers carry a real province, a real birth date and the GB 11643 check character, on
county codes ending in 99 (no such county exists); card numbers pass the Luhn check on
made-up bodies; mobile numbers are 1[3-9] and a seeded sequence. Each passage gets its own
values from its seed, so the data file is the same every time it is built.
"""

from __future__ import annotations

import random

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_AREAS = ("360999", "610399", "620999", "410999", "440999", "510999", "130999", "320999")
_FULL_WIDTH = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def id_number(rng: random.Random, *, x: bool = False) -> str:
    """An 18-character resident ID number (check character ``X`` when ``x``)."""
    while True:
        body = (f"{rng.choice(_AREAS)}{rng.randint(1950, 2003)}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
        number = body + _CHECK[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]
        if number.endswith("X") == x:
            return number


def id15(rng: random.Random) -> str:
    """A first-generation 15-digit ID number (YYMMDD)."""
    return (f"{rng.choice(_AREAS)}{rng.randint(50, 79)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")


def luhn_digit(body: str) -> str:
    """The digit that makes ``body`` + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def card(rng: random.Random, length: int = 16) -> str:
    """A UnionPay-style card number: a 62 prefix, a made-up body, a valid Luhn digit."""
    body = rng.choice(("6222", "6228", "6217", "6212", "6230")) + "".join(
        str(rng.randint(0, 9)) for _ in range(length - 5))
    return body + luhn_digit(body)


def account(rng: random.Random, length: int = 17) -> str:
    """A bank account number that is not a card's: it fails the Luhn check."""
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 2))
    good = luhn_digit(body)
    return body + str((int(good) + 1 + rng.randint(0, 8)) % 10)


def mobile(rng: random.Random) -> str:
    """A mobile number: 1, a second digit 3-9, then a seeded sequence."""
    return f"1{rng.randint(3, 9)}{rng.randint(0, 9)}{rng.randint(0, 99_999_999):08d}"


def landline(rng: random.Random, area: str = "0795") -> str:
    """A landline with its area code: ``0795-8123456``."""
    local = f"{rng.randint(2, 8)}{rng.randint(0, 999_999):06d}"
    if len(area) == 3:
        local += str(rng.randint(0, 9))
    return f"{area}-{local}"


def uscc(rng: random.Random, *, digits_only: bool = False) -> str:
    """A unified social credit code with a valid MOD 31 check character."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    while True:
        tail = "".join(rng.choice("0123456789" if digits_only else chars) for _ in range(9))
        body = rng.choice(("91", "92", "12")) + rng.choice(_AREAS) + tail
        total = sum(chars.index(c) * w for c, w in zip(body, weights, strict=True))
        check = chars[(31 - total % 31) % 31]
        if not digits_only or check.isdigit():
            return body + check


def full_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def spaced(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """``number`` in groups of ``sizes`` joined by ``sep``."""
    out, at = [], 0
    for size in sizes:
        out.append(number[at:at + size])
        at += size
    if at < len(number):
        out.append(number[at:])
    return sep.join(out)


def masked(number: str, head: int, tail: int, star: str = "*") -> str:
    return number[:head] + star * (len(number) - head - tail) + number[len(number) - tail:]


class Values(dict):
    """The numbers of one passage, made on first use from the passage's seed.

    Names are what the passages write between braces: ``{ID}``, ``{MOB_S}`` …; the base
    name (``ID``, ``MOB``, ``LAND``, ``CARD``, ``ACCT``) is the unmasked value a detector
    reports, every variant (``_FW`` full-width, ``_S`` spaced, ``_M`` masked …) a spelling
    of it.
    """

    def __init__(self, seed: int) -> None:
        super().__init__()
        self.rng = random.Random(seed)
        self.base: dict[str, str] = {}

    def value(self, name: str) -> str:
        """The unmasked value of a base name (made once)."""
        if name not in self.base:
            kind = name.rstrip("0123456789")
            rng = self.rng
            self.base[name] = {
                "ID": lambda: id_number(rng), "IDX": lambda: id_number(rng, x=True),
                "IDF": lambda: id15(rng), "MOB": lambda: mobile(rng),
                "LAND": lambda: landline(rng), "LANDB": lambda: landline(rng, "029"),
                "LOCAL": lambda: landline(rng).split("-")[1],
                "CARD": lambda: card(rng), "CARDL": lambda: card(rng, 19),
                "ACCT": lambda: account(rng), "ACCTS": lambda: account(rng, 12),
                "OACCT": lambda: account(rng, 19), "ORDER": lambda: card(rng, 19),
                "USCC": lambda: uscc(rng), "USCCD": lambda: uscc(rng, digits_only=True),
                "CERT": lambda: "13" + f"{rng.randint(0, 999_999_999):09d}",
            }[kind]()
        return self.base[name]

    def __missing__(self, key: str) -> str:
        base, _, variant = key.partition("_")
        v = self.value(base)
        if not variant:
            return v
        return {
            "FW": lambda: full_width(v),
            "S": lambda: spaced(v, _GROUPS.get(base.rstrip("0123456789"), (4, 4, 4, 4))),
            "D": lambda: spaced(v, _GROUPS.get(base.rstrip("0123456789"), (4, 4, 4, 4)), "-"),
            "86": lambda: "+86 " + v,
            "P": lambda: "({}){}".format(*v.split("-")),
            "M": lambda: _masks(base, v),
            "MX": lambda: masked(v, 6, 4, "X") if base.startswith("ID") else masked(v, 3, 4, "X"),
            "LOW": lambda: v[:-1] + "x",
            "SPAN": lambda: f"<span>{v[:6]}</span><span>{v[6:14]}</span><span>{v[14:]}</span>",
            "CMT": lambda: f"{v[:3]}<!-- -->{v[3:7]}<!--号段-->{v[7:]}",
            "BR": lambda: f"{v[:10]}<br>{v[10:]}",
            "NL": lambda: f"{v[:7]}\n{v[7:]}",
            "ZW": lambda: v[:6] + "&#8203;" + v[6:],
            "FONT": lambda: f"<font color='#333'>{v[:4]}</font><b>{v[4:8]}</b>{v[8:]}",
            "HALF": lambda: full_width(v[:len(v) // 2]) + v[len(v) // 2:],
            "NB": lambda: spaced(v, _GROUPS.get(base.rstrip("0123456789"), (4, 4, 4, 4)),
                                 "\u3000"),
        }[variant]()


_GROUPS = {"ID": (6, 8, 4), "IDX": (6, 8, 4), "MOB": (3, 4, 4), "CARD": (4, 4, 4, 4),
           "CARDL": (4, 4, 4, 4), "ACCT": (4, 4, 4, 4), "ACCTS": (4, 4, 4)}


def _masks(base: str, v: str) -> str:
    kind = base.rstrip("0123456789")
    if kind.startswith("ID"):
        return masked(v, 6, 4)
    if kind == "MOB":
        return masked(v, 3, 4)
    if kind in ("LAND", "LANDB"):
        area, local = v.split("-")
        return f"{area}-{masked(local, 0, 4)}"
    return masked(v, 4, 4)
