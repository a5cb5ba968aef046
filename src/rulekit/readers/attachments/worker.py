"""Reading under the ``extract_seconds`` deadline: in a forked worker killed at it, or in place.

PDF, OFD, docx and image text is read in a forked worker process that the parent kills at
the deadline: a signal cannot stop a long call into C, a kill can. The worker sends each page
as it is read, so what was read before the deadline is still checked, and it is reused from
file to file (a new one is forked after a kill). Where ``fork`` is missing (or
``attachments.USE_FORK`` is off), files are read in place under ``SIGALRM``.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import gc
import json
import math
import os
import signal
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, Pipe

from rulekit.errors import InputError
from rulekit.limits import Limits
from rulekit.readers import attachments, ocr
from rulekit.readers.attachments.capture import (
    MAX_KINDS,
    USE_OCR,
    Noise,
    captured,
    merge_scanned,
)
from rulekit.readers.attachments.docx import read_docx
from rulekit.readers.attachments.ofd import read_ofd
from rulekit.readers.attachments.pdf import read_pdf, warm_up_pdf
from rulekit.readers.attachments.result import UNEXPECTED, build_result, unexpected
from rulekit.readers.attachments.scan import read_scan
from rulekit.readers.attachments.txt import read_txt
from rulekit.redact import redact
from rulekit.timeout import forget_in_child

#: The reader of each format, by the name :func:`rulekit.readers.attachments.sniff_format`
#: gives it ("image": a scan, asked for by :func:`rulekit.readers.attachments.read_image`).
READERS: dict[str, Callable[[bytes, Limits], Iterator[str]]] = {
    "docx": read_docx,
    "ofd": read_ofd,
    "pdf": read_pdf,
    "txt": read_txt,
    "image": read_scan,
}
#: Formats read in a child process under the deadline; plain text is decoded in place.
ISOLATED = frozenset({"docx", "ofd", "pdf", "image"})


def _feed(parts: Iterator[str], cap: int, emit: Callable[[str], None]) -> bool:
    """Pass parts to ``emit`` up to ``cap`` characters in all; True if the text was cut.

    Each part counts one more character for the line break that will join it.
    """
    used = 0
    try:
        for part in parts:
            room = cap - used
            if len(part) + 1 > room:
                emit(part[: max(room - 1, 0)])
                return True
            emit(part)
            used += len(part) + 1
    finally:
        close = getattr(parts, "close", None)
        if close is not None:
            close()
    return False


def extract_inline(fmt: str, data: bytes, limits: Limits) -> str:
    """Read in this process: plain text, and everything where ``fork`` is not available.

    The deadline then uses ``SIGALRM``, which stops pypdf's Python loops but not a call
    into C, and only in the main thread.
    """
    from rulekit.timeout import RuleTimeout, time_limit

    parts: list[str] = []
    noise = Noise()
    stopped = None
    cut = False
    with captured(noise):
        reader = READERS[fmt](data, limits)
        if fmt in ISOLATED:
            try:
                with time_limit(limits.extract_seconds):
                    cut = _feed(reader, limits.attachment_chars, parts.append)
            except RuleTimeout:
                stopped = "deadline"
        else:
            cut = _feed(reader, limits.attachment_chars, parts.append)
    return build_result(fmt, parts, limits, cut=cut, stopped=stopped, kinds=noise.kinds,
                        dropped=noise.dropped, notes=noise.notes, scanned=noise.scanned)


def _encode(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _decode(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


#: The package's caps, sent with every request: the worker was forked earlier, and tests
#: (or a cautious deployment) lower them after import.
_CAPS = ("MAX_ZIP_TOTAL_SIZE", "MAX_ZIP_ENTRY_SIZE", "MAX_COMPRESSION_RATIO",
         "RATIO_CHECK_MIN_SIZE", "MAX_ZIP_ENTRIES", "MAX_PAGES", "READ_CHUNK_SIZE",
         "MAX_OFD_TEXT_CODES", "MAX_OFD_TEMPLATES_PER_PAGE")
#: A worker whose peak memory grew by more than this is replaced after the file it read.
_WORKER_MAX_GROWTH_KB = 256 * 1024


class _Worker:
    """A reader process forked once and reused: forking per file costs 10-20 ms in a large
    parent (every page of it turns copy-on-write), reusing one costs a fraction of a
    millisecond. It is killed at a deadline and a new one forked for the next file."""

    _current: _Worker | None = None
    _lock = threading.Lock()

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.conn, child_conn = Pipe(duplex=True)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork, threads
                pid = os.fork()
        except OSError:
            self.conn.close()
            child_conn.close()
            raise
        if pid == 0:
            _serve(self.conn, child_conn)
        child_conn.close()
        self.pid = pid

    @classmethod
    def get(cls) -> _Worker:
        worker = cls._current
        if worker is None or worker.owner != os.getpid():  # none yet, or a forked copy's
            worker = cls._current = _Worker()
        return worker

    def discard(self) -> int | None:
        """Kill the worker and reap it; its wait status, if known."""
        if _Worker._current is self:
            _Worker._current = None
        self.conn.close()
        if self.owner != os.getpid():
            return None
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)
        try:
            return os.waitpid(self.pid, 0)[1]
        except ChildProcessError:  # reaped elsewhere (SIGCHLD ignored)
            return None


def discard_worker() -> None:
    """Stop the reader process (at exit; tests that patch the readers call it too)."""
    worker = _Worker._current
    if worker is not None:
        worker.discard()


def _forget_worker() -> None:
    """In a process forked from this one: the worker and its lock are the parent's."""
    _Worker._current = None
    _Worker._lock = threading.Lock()


atexit.register(discard_worker)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_worker)


def _warm_up(fmt: str) -> None:
    """Import in the parent what a reader imports lazily, so no new worker pays for it."""
    if fmt == "pdf" and "pdf" not in _warmed:
        _warmed.add("pdf")
        with contextlib.suppress(Exception), captured(Noise()):
            for _ in read_pdf(warm_up_pdf()):
                pass


_warmed: set[str] = set()


def extract_isolated(fmt: str, data: bytes, limits: Limits) -> str:
    """Read in the worker process, which is killed at the deadline; keep what it sent."""
    header = json.dumps({"fmt": fmt, "limits": dataclasses.asdict(limits),
                         "caps": {name: getattr(attachments, name) for name in _CAPS},
                         "ocr": ocr.available()}).encode()
    with _Worker._lock:
        _warm_up(fmt)
        for attempt in range(2):
            try:
                worker = _Worker.get()
            except OSError:  # no process to spare: read in place, under the signal deadline
                return extract_inline(fmt, data, limits)
            try:
                worker.conn.send_bytes(header)
                worker.conn.send_bytes(data)
            except OSError:  # it died between two files: fork a new one, once
                worker.discard()
                if attempt:
                    raise InputError("text extraction failed: no reader process",
                                     kind="unreadable") from None
                continue
            return _collect(fmt, limits, worker)
    raise AssertionError("unreachable")


def _collect(fmt: str, limits: Limits, worker: _Worker) -> str:
    """The worker's messages until it is done or the deadline passes, then the result."""
    parts: list[str] = []
    used = 0
    kinds: list[str] = []
    counts: list[int] = []
    notes: list[str] = []
    scanned: str | None = None
    error: InputError | None = None
    cut = finished = retire = False
    stopped: str | None = None
    deadline = time.monotonic() + limits.extract_seconds
    conn = worker.conn
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not conn.poll(remaining):
                stopped = "deadline"
                break
            try:
                message = conn.recv_bytes()
            except (EOFError, OSError):
                stopped = "ended"
                break
            tag, body = message[:1], message[1:]
            if tag == b"T":
                text = _decode(body)
                if len(text) + 1 > limits.attachment_chars - used:  # the worker keeps the cap
                    parts.append(text[: max(limits.attachment_chars - used - 1, 0)])
                    cut = True
                    break
                parts.append(text)
                used += len(text) + 1
            elif tag == b"W" and len(kinds) < MAX_KINDS:
                kinds.append(redact(_decode(body)))
            elif tag == b"P" and len(notes) < MAX_KINDS:
                notes.append(redact(_decode(body)))
            elif tag == b"N":
                with contextlib.suppress(ValueError):
                    counts = [int(n) for n in body.split()]
            elif tag == b"S":
                scanned = merge_scanned(scanned, _decode(body))
            elif tag == b"C":
                cut = True
            elif tag == b"E":  # the error's kind, a line break, its message
                kind, _, message = _decode(body).partition("\n")
                error = InputError(message, kind=kind or None)
            elif tag == b"D":
                finished, retire = True, body == b"R"
                break
    finally:
        status = worker.discard() if not finished or retire else None
    if error is not None:
        raise error
    if stopped == "ended":
        stopped = _how_it_ended(status)
    if len(counts) == len(kinds) + 1:
        by_kind, dropped = dict(zip(kinds, counts, strict=False)), counts[-1]
    else:  # stopped before it could count: each kind seen at least once
        by_kind, dropped = dict.fromkeys(kinds, 1), 0
    return build_result(fmt, parts, limits, cut=cut, stopped=stopped, kinds=by_kind,
                        dropped=dropped, notes=notes, scanned=scanned)


def _how_it_ended(status: int | None) -> str:
    if status is not None and os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        return f"was killed by {name} (out of memory, or a crash)"
    if status is not None and os.WIFEXITED(status):
        return f"ended with status {os.WEXITSTATUS(status)} before finishing"
    return "ended before finishing"


def _serve(parent_conn: Connection, conn: Connection) -> None:
    """The worker: read one file per request, send its parts as they come; never return.

    It exits when the parent goes away (end of file on ``conn``), and an alarm kills it if
    one file outlasts the deadline while no parent is left to do it.
    """
    code = 0
    try:
        import resource  # POSIX only, as is fork

        parent_conn.close()
        gc.freeze()  # the parent's objects: collecting here must not copy their pages
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
        forget_in_child()  # the parent's rule-timeout watchdog is not the child's
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):  # whatever a C library prints goes nowhere
            os.dup2(devnull, fd)
        keep = conn.fileno()
        os.closerange(3, keep)  # the parent's files, pipes and sockets are not ours to hold
        os.closerange(keep + 1, max(os.sysconf("SC_OPEN_MAX"), 1 << 16))
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        while True:
            try:
                request = json.loads(conn.recv_bytes())
                data = conn.recv_bytes()
            except (EOFError, OSError):
                break
            limits = Limits(**request["limits"])
            for name, value in request["caps"].items():  # as the parent has them now
                if name in _CAPS:
                    setattr(attachments, name, value)
            signal.alarm(min(math.ceil(limits.extract_seconds) + 5, 1 << 30))
            _read_for_parent(conn, request["fmt"], data, limits, bool(request.get("ocr")))
            signal.alarm(0)
            grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - baseline
            retire = grown > _WORKER_MAX_GROWTH_KB
            conn.send_bytes(b"DR" if retire else b"D")
            if retire:
                break
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _read_for_parent(conn: Connection, fmt: str, data: bytes, limits: Limits,
                     use_ocr: bool = False) -> None:
    """Read one file, sending each part, each new kind of warning, each problem a cap of the
    reader's own made, whether it is a scan (as they come: a deadline may follow), then the
    warning counts."""
    noise = Noise(on_new=lambda message: conn.send_bytes(b"W" + _encode(message)),
                  on_note=lambda message: conn.send_bytes(b"P" + _encode(message)),
                  on_scanned=lambda state: conn.send_bytes(b"S" + _encode(state)))
    USE_OCR.set(use_ocr)
    try:
        with captured(noise):
            parts = READERS[fmt](data, limits)
            if _feed(parts, limits.attachment_chars,
                     lambda part: conn.send_bytes(b"T" + _encode(part))):
                conn.send_bytes(b"C")
    except InputError as err:
        conn.send_bytes(b"E" + _encode(f"{err.kind or ''}\n{err.message}"))
    except Exception as err:
        conn.send_bytes(b"E" + _encode(f"{UNEXPECTED}\n{unexpected(fmt, err)}"))
    counts = " ".join(str(n) for n in (*noise.kinds.values(), noise.dropped))
    conn.send_bytes(b"N" + counts.encode())
