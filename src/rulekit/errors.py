"""Errors that carry where the bad input is, so messages can name the file, line or record."""

from __future__ import annotations


class RulekitError(Exception):
    """Base class of every error rulekit raises on purpose."""


class InputError(RulekitError):
    """An input (page, attachment, table row, file) could not be read.

    It never stops a run: the engine turns it into an ``input`` finding and goes on.
    ``where`` names the file, URL, line or record; the message says what was wrong.
    """

    def __init__(self, message: str, where: str | None = None, *, entry: bool = True,
                 reason: str = "unreadable", kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        #: what kind of problem it is, a key of ``rulekit.wording.INPUT_KINDS`` (the finding
        #: leads with that kind's Chinese words); rulekit's own readers always give one. None
        #: (a plugin written before kinds): worked out from the message
        self.kind = kind
        #: whether this stands for one entry of an export (a file, a record) that is not
        #: checked, rather than for a part of a file between entries (junk, a gap)
        self.entry = entry
        #: why the entry is not checked (a key of ``rulekit.resource.NOT_CHECKED``)
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def os_kind(error: OSError) -> str:
    """The kind of input problem an OSError is: a file gone (``not-found``), else a file
    that cannot be read (``unreadable``)."""
    return "not-found" if isinstance(error, FileNotFoundError) else "unreadable"


class InputProblem(str):
    """A problem of an input that is still checked (a cap cut its text, a parser warned):
    its message, a plain ``str`` to whoever reads it, and its ``kind``, a key of
    ``rulekit.wording.INPUT_KINDS``, as :class:`InputError` has one.

    Readers hand these over where they cannot raise (the text is still read):
    ``ExtractedText.problems``, ``Page.cut``, ``Page.problems``.
    """

    kind: str

    def __new__(cls, message: str, kind: str) -> InputProblem:
        obj = super().__new__(cls, message)
        obj.kind = kind
        return obj

    def __reduce__(self) -> tuple[object, ...]:
        return (InputProblem, (str(self), self.kind))


class ConfigError(RulekitError):
    """The configuration is invalid: the run cannot start (exit status 2)."""
