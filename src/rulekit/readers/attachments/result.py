"""The text a reader yielded, joined, and returned with what went wrong on the way."""

from __future__ import annotations

from collections.abc import Iterable

from rulekit.errors import InputError, InputProblem
from rulekit.limits import Limits
from rulekit.readers.attachments.capture import clip
from rulekit.redact import redact


class ExtractedText(str):
    """An attachment's text, with what went wrong while reading it.

    A plain ``str`` to every rule; ``problems`` (masked, deduplicated: library warnings, the
    deadline, the character cap or a reader's own cap that cut the text) lets the engine
    report the file as an ``input`` finding while its text is still checked. The built-in
    readers' problems are :class:`~rulekit.errors.InputProblem` values, each with its kind
    (``parser-warning``, ``cut`` …); a plugin's plain strings are worded from their text.
    ``scanned`` says the file is a scan (pages of images, no text): ``"ocr"`` when its text
    was read by OCR, ``"unread"`` when some of it could not be (no OCR installed, an image
    that does not decode), so that a scan never passes as a file with nothing to report.
    """

    problems: tuple[str, ...]
    scanned: str | None

    def __new__(cls, text: str = "", problems: Iterable[str] = (),
                scanned: str | None = None) -> ExtractedText:
        obj = super().__new__(cls, text)
        obj.problems = tuple(problems)
        obj.scanned = scanned
        return obj

    def __reduce__(self) -> tuple[object, ...]:
        return (ExtractedText, (str(self), self.problems, self.scanned))


#: The kind of an error no reader foresaw: hostile input, a file its reader cannot take.
UNEXPECTED = "damaged-attachment"


def unexpected(fmt: str, err: BaseException) -> str:
    """The message of an error no reader foresaw, masked: hostile input ends as an InputError."""
    detail = str(err).strip() or "no detail"
    return redact(f"could not read {fmt} attachment ({type(err).__name__}: {clip(detail)})")


def join_lines(lines: list[str], keep_blank: bool = False) -> str:
    """Join blocks with newlines, trimming trailing spaces and (unless asked) blank lines."""
    out = []
    for line in lines:
        line = line.rstrip(" \u3000\r\n")  # keep trailing tabs: they are empty table cells
        if line.strip() or keep_blank:
            out.append(line)
    return "\n".join(out)


def _join_parts(fmt: str, parts: list[str]) -> str:
    """The text of a file from the parts its reader yielded (pages, document parts)."""
    if fmt == "txt":
        return "".join(parts)
    return join_lines(parts, keep_blank=fmt == "pdf")


def _unit(fmt: str, count: int) -> str:
    noun = "page" if fmt in ("pdf", "ofd") else "part"
    return f"{count} {noun}{'' if count == 1 else 's'}"


def build_result(fmt: str, parts: list[str], limits: Limits, *, cut: bool,
                 stopped: str | None, kinds: dict[str, int], dropped: int,
                 notes: Iterable[str] = (), scanned: str | None = None) -> str:
    """The text read, as an :class:`ExtractedText` when anything went wrong on the way.

    ``stopped`` says why reading ended early ("deadline", or how the reader process ended);
    with no text read at all that is an InputError. ``notes`` are what a reader's own caps
    cut (kind ``cut``), ``kinds`` the libraries' warnings by message (``parser-warning``).
    """
    problems: list[InputProblem] = []
    seconds = f"{limits.extract_seconds:g}"
    if stopped == "deadline":
        if not parts:
            raise InputError(f"text extraction stopped after {seconds} s (the extract_seconds "
                             "limit) before any text was read", kind="cut")
        problems.append(InputProblem(
            f"text extraction stopped after {seconds} s (the extract_seconds limit) with "
            f"{_unit(fmt, len(parts))} read; the text read so far is checked", kind="cut"))
    elif stopped is not None:
        if not parts:
            raise InputError(f"text extraction failed: the reader process {stopped}",
                             kind="unreadable")
        problems.append(InputProblem(
            f"text extraction failed after {_unit(fmt, len(parts))}: the reader process "
            f"{stopped}; the text read so far is checked", kind="unreadable"))
    if cut:
        problems.append(InputProblem(
            f"attachment text longer than {limits.attachment_chars:,} characters (the "
            "attachment_chars limit): checked up to there, the rest was cut", kind="cut"))
    problems.extend(InputProblem(note, kind="cut") for note in notes)
    shown = list(kinds.items())[: limits.examples]
    for message, count in shown:
        problems.append(InputProblem(message if count <= 1 else f"{message} ({count:,} times)",
                                     kind="parser-warning"))
    rest = sum(kinds.values()) - sum(count for _, count in shown) + dropped
    if rest:
        problems.append(InputProblem(f"and {rest:,} more library warning"
                                     f"{'' if rest == 1 else 's'}", kind="parser-warning"))
    text = _join_parts(fmt, parts)
    return ExtractedText(text, problems, scanned) if problems or scanned else text
