"""What one extraction reports besides its text: library warnings, cuts and scans.

Warnings and log lines of the libraries (pypdf quotes the objects it complains about, ID
numbers included) never reach standard error: they are captured, masked and returned with
the text as problems, as are the cuts a reader's own caps make and whether the file is a scan.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import warnings
from collections.abc import Callable, Iterator

from rulekit.readers import attachments, ocr
from rulekit.redact import redact

#: Loggers of the libraries extraction calls: their records are captured, never printed.
_LIBRARY_LOGGERS = ("pypdf", "PIL", "charset_normalizer", "lxml", "fontTools")
#: Distinct warnings remembered for one file; further kinds are only counted.
MAX_KINDS = 64
#: Characters kept of one warning: pypdf quotes whole objects, a 4 MB stream included.
_MAX_WARNING_CHARS = 300


def clip(text: str, size: int = _MAX_WARNING_CHARS) -> str:
    """At most ``size`` characters, never ending inside a number.

    A number cut in two would be too short for :func:`redact` to recognise and mask.
    """
    if len(text) <= size:
        return text
    cut = text[:size]
    while cut and (cut[-1].isdigit() or cut[-1] in " -\u00a0"):  # digits and their groupings
        cut = cut[:-1]
    return cut + "…"


class Noise:
    """The library warnings of one extraction: deduplicated, counted, masked once per kind."""

    def __init__(self, on_new: Callable[[str], None] | None = None,
                 on_note: Callable[[str], None] | None = None,
                 on_scanned: Callable[[str], None] | None = None) -> None:
        self.kinds: dict[str, int] = {}  # masked message -> occurrences
        self.dropped = 0  # occurrences of kinds past MAX_KINDS
        self.notes: list[str] = []  # what a reader's own caps cut, masked
        self.scanned: str | None = None  # "ocr" or "unread": see ExtractedText
        self._masked: dict[str, str] = {}  # clipped raw message -> masked message
        self._on_new = on_new
        self._on_note = on_note
        self._on_scanned = on_scanned

    def mark_scanned(self, state: str) -> None:
        """A page was a scan, read by OCR or not; once unread, the file stays unread."""
        merged = merge_scanned(self.scanned, state)
        if merged != self.scanned:
            self.scanned = merged
            if self._on_scanned is not None:
                self._on_scanned(merged)

    def note(self, message: str) -> None:
        """A reader's own cap cut something: a problem of the file, reported whole."""
        masked = redact(clip(message))
        if masked in self.notes or len(self.notes) >= MAX_KINDS:
            return
        self.notes.append(masked)
        if self._on_note is not None:
            self._on_note(masked)

    def add(self, source: str, message: str) -> None:
        raw = f"{source} warned: {clip(message)}"
        masked = self._masked.get(raw)
        if masked is None:
            if len(self._masked) >= MAX_KINDS:
                self.dropped += 1
                return
            masked = self._masked[raw] = redact(raw)
            if masked not in self.kinds:
                self.kinds[masked] = 0
                if self._on_new is not None:
                    self._on_new(masked)
        self.kinds[masked] += 1


class _NoiseHandler(logging.Handler):
    """A logging handler that hands records to a :class:`Noise` instead of printing them."""

    def __init__(self, noise: Noise) -> None:
        super().__init__(logging.WARNING)
        self.noise = noise

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # a record whose arguments do not fit its format
            message = str(record.msg)
        self.noise.add(record.name.split(".", 1)[0], message)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's API
        """Never print a traceback to standard error."""


#: Where :func:`note` sends a reader's problems: the extraction running in this context.
_NOTES: contextvars.ContextVar[Noise | None] = contextvars.ContextVar("rulekit_attachment_noise",
                                                                      default=None)


def note(message: str) -> None:
    """Report what a reader's cap cut (the rest of the file is still read and checked)."""
    noise = _NOTES.get()
    if noise is not None:
        noise.note(message)


#: Whether the reader process may OCR scanned pages: the parent decides (it is the process
#: that tests and deployments configure) and sends it with each request; None when reading
#: in the parent itself (see :func:`may_ocr`).
USE_OCR: contextvars.ContextVar[bool | None] = contextvars.ContextVar("rulekit_use_ocr",
                                                                      default=None)


def may_ocr() -> bool:
    """Whether this reading may run OCR: in the reader process, as the parent said; in the
    parent only where it never forks one. ONNX Runtime and OpenCV, once used, leave a
    process whose forked children hang in their first OCR call, so a parent that could not
    fork a worker this once (no process to spare) leaves the scan unread rather than poison
    every worker it forks later."""
    use = USE_OCR.get()
    if use is None:
        return not attachments.USE_FORK and ocr.available()
    return use and ocr.usable()


def mark_scanned(state: str) -> None:
    """Say the file being read is a scan: ``"ocr"`` (read) or ``"unread"``."""
    noise = _NOTES.get()
    if noise is not None:
        noise.mark_scanned(state)


def merge_scanned(old: str | None, new: str | None) -> str | None:
    """Two states of one file as one: unread wins (some of it went unchecked)."""
    return "unread" if "unread" in (old, new) else new or old


@contextlib.contextmanager
def captured(noise: Noise) -> Iterator[None]:
    """Route the libraries' warnings and log records into ``noise``, away from stderr.

    pypdf quotes the objects it complains about ("Page resources are not a dictionary:
    320102198210265074"), so its records must reach neither standard error nor the user's
    log handlers unmasked.
    """
    handler = _NoiseHandler(noise)
    saved = []
    for name in _LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        saved.append((logger, logger.handlers, logger.propagate, logger.level, logger.disabled))
        logger.handlers = [handler]
        logger.propagate = False
        logger.disabled = False
        if logger.level != logging.WARNING:
            logger.setLevel(logging.WARNING)

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: object = None, line: str | None = None) -> None:
        noise.add(getattr(category, "__name__", "warning"), str(message))

    token = _NOTES.set(noise)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = show
            yield
    finally:
        _NOTES.reset(token)
        for logger, handlers, propagate, level, disabled in saved:
            logger.handlers = handlers
            logger.propagate = propagate
            logger.disabled = disabled
            if logger.level != level:
                logger.setLevel(level)
