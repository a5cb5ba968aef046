"""Lines of a text table read from disk one at a time: encoding, line ends, overlong lines."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rulekit.errors import InputError, os_kind
from rulekit.limits import Limits
from rulekit.readers.charset import find_bom
from rulekit.readers.tables.problems import RowProblem, too_many

# Characters of a delimited file looked at to choose the delimiter.
SNIFF_CHARS = 64 * 1024
#: The codecs of the byte-order marks that decide a table's encoding on their own (Excel's
#: "Unicode text"); a UTF-8 mark does not, as the whole file must still decode.
WIDE_CODECS = ("utf-16", "utf-32")


def open_file(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", path.name,
                         kind=os_kind(exc)) from None


#: Bytes read at a time while skipping an overlong line or checking an encoding.
CHUNK = 1024 * 1024
#: What is said of a line over ``limits.line_bytes`` (a cap: the line is skipped).
LONG_LINE = ("line is longer than {cap:,} bytes (limits.line_bytes): skipped whole, up to the "
             "next newline; the lines after it are read")
LONG_LINES = "are longer than {cap:,} bytes (limits.line_bytes) and were skipped whole"


def binary_lines(handle: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """The lines of ``handle`` (with their newline), None for each line over ``cap`` bytes.

    An overlong line is skipped to the next newline a chunk at a time, so a file with no
    newline at all costs ``cap`` bytes of memory, not its size.
    """
    readline = handle.readline
    while True:
        line = readline(cap + 1)
        if not line:
            return
        if len(line) > cap and not line.endswith(b"\n"):
            while True:
                more = readline(CHUNK)
                if not more or more.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


class Refilled(io.RawIOBase):
    """A byte stream served chunk by chunk from another: a subclass says in :meth:`_refill`
    how each chunk is made (transcoded, cleaned), this class serves it."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw
        self.pending = b""
        self.offset = 0
        self.eof = False

    def readable(self) -> bool:
        return True

    def _refill(self) -> bytes:
        """The next bytes to serve; sets ``self.eof`` once ``raw`` is read to its end."""
        raise NotImplementedError

    def readinto(self, buffer: Any) -> int:
        while self.offset >= len(self.pending) and not self.eof:
            self.pending = self._refill()
            self.offset = 0
        n = min(len(buffer), len(self.pending) - self.offset)
        buffer[:n] = self.pending[self.offset : self.offset + n]
        self.offset += n
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


class _Transcoded(Refilled):
    """A UTF-16/32 file read as UTF-8 bytes, so its lines split on b"\\n" like the others."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        super().__init__(raw)
        self.decoder = codecs.getincrementaldecoder(encoding)("strict")

    def _refill(self) -> bytes:
        chunk = self.raw.read(64 * 1024)
        self.eof = not chunk
        return self.decoder.decode(chunk, final=self.eof).encode("utf-8")


class _CarriageReturns(io.RawIOBase):
    """A byte stream with each b"\\r" read as b"\\n", for files whose lines end at "\\r"
    alone (old Mac Excel): lines are split, and capped, on disk as in any other file. A
    "\\r" byte is never inside a UTF-8 or GB18030 character."""

    def __init__(self, inner: IO[bytes]) -> None:
        super().__init__()
        self.inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        if not data:
            return 0
        data = data.replace(b"\r", b"\n")
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self.inner.close()
        super().close()


def _decodes(path: Path, encoding: str) -> bool:
    """Whether the whole file decodes as ``encoding``, checked a chunk at a time."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    with open_file(path) as handle:
        try:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def _text_encoding(path: Path, head: bytes) -> str:
    """The encoding of a text table as Chinese offices save it, decided on the whole file.

    UTF-16/32 with a BOM (Excel's "Unicode text"), then UTF-8 with or without a BOM, then
    GB18030 (the superset of GBK and GB2312, which Excel in China writes), then
    charset-normalizer's guess on the first bytes if it keeps ASCII where it is; else
    GB18030, and the lines that do not decode are reported one by one.
    """
    bom = find_bom(head)
    if bom is not None and bom.codec in WIDE_CODECS:
        return bom.codec
    for encoding in ("utf-8", "gb18030"):
        if _decodes(path, encoding):
            return encoding
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(head).best()
    except Exception:  # a failing heuristic only means "no better guess"
        best = None
    if best is not None and best.encoding:
        probe = "\r\n\t,;|\"' 0aZ"
        try:
            if probe.encode(best.encoding) == probe.encode("ascii"):
                return best.encoding
        except (LookupError, UnicodeError):
            pass
    return "gb18030"


_LINE_ENDS = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_NUL_LINE = ("line has NUL characters (zero bytes, as a damaged export or a database dump "
             "leaves them): they were removed and the rest of the row is read")
_NUL_LINES = "have NUL characters (zero bytes): they were removed and the rest of each row read"


class TextLines:
    """The decoded lines of a text table, read from disk one at a time.

    Iterating gives (line number, text with its line end). Lines that cannot be used (over
    ``limits.line_bytes``, not decodable) are skipped and kept as problems, which the reader
    takes with :meth:`take_problems` between rows. Lines end at "\\n", "\\r\\n" or "\\r", as
    the csv module reads them.
    """

    def __init__(self, path: Path, limits: Limits) -> None:
        self.name = path.name
        self.limits = limits
        handle = open_file(path)
        try:
            head = handle.read(SNIFF_CHARS)
            handle.seek(0)
            encoding = _text_encoding(path, head)
            if encoding in WIDE_CODECS:
                text = head.decode(encoding, errors="ignore")
                old_mac = "\r" in text and "\n" not in text
                handle = io.BufferedReader(_Transcoded(handle, encoding), CHUNK)
                encoding = "utf-8"
            else:
                old_mac = b"\r" in head and b"\n" not in head
            if old_mac:  # lines end at "\r" alone (old Mac Excel): split them on disk too
                handle = io.BufferedReader(_CarriageReturns(handle), CHUNK)
        except BaseException:
            handle.close()
            raise
        self.handle = handle
        self.encodings = list(dict.fromkeys([encoding, "utf-8", "gb18030"]))
        self.problems: list[InputError] = []
        self.number = 0
        self.skipped = 0
        self.nul_lines = 0  # lines that held NUL characters (removed, and said)

    def take_problems(self) -> list[InputError]:
        problems, self.problems = self.problems, []
        return problems

    def close(self) -> None:
        self.handle.close()

    def _skip(self, problem: InputError) -> bool:
        """Keep ``problem``; False once more lines were skipped than a file may cost."""
        self.skipped += 1
        if self.skipped > self.limits.records:
            self.problems.append(too_many(problem.where or self.name, self.limits,
                                          "unreadable lines"))
            return False
        self.problems.append(problem)
        return True

    def _decode(self, raw: bytes) -> str | None:
        for encoding in self.encodings:
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        return None

    def __iter__(self) -> Iterator[tuple[int, str]]:
        prefix, cap = f"{self.name}:", self.limits.line_bytes
        lines = binary_lines(self.handle, cap)
        while True:
            try:
                raw = next(lines, b"")
            except (UnicodeDecodeError, OSError) as exc:  # a UTF-16 file broken part-way
                self.number += 1
                self.problems.append(InputError(
                    f"the rest of the file cannot be read from line {self.number}: "
                    f"{type(exc).__name__}", f"{prefix}{self.number}",
                    kind="encoding" if isinstance(exc, UnicodeDecodeError) else os_kind(exc)))
                return
            if raw == b"":
                return
            if raw is None:
                self.number += 1
                if not self._skip(RowProblem(
                        LONG_LINE.format(cap=cap), prefix, str(self.number),
                        LONG_LINES.format(cap=cap), kind="cut", noun="lines")):
                    return
                continue
            text = self._decode(raw)
            if text is None:
                self.number += 1
                if not self._skip(RowProblem(
                        "line is not UTF-8 or GB18030 text", prefix, str(self.number),
                        "are not UTF-8 or GB18030 text", kind="encoding", noun="lines")):
                    return
                continue
            # A BOM opens every file that ``cat a.csv b.csv`` joined, not only the first: at
            # the start of a line it is never data, and left there it hides a quote.
            if text.startswith("\ufeff"):
                text = text[1:]
            if "\x00" in text:  # the csv module of Python 3.10 gives up the file on a NUL
                text = text.replace("\x00", "")
                self.nul_lines += 1
                self.problems.append(RowProblem(
                    _NUL_LINE, prefix, str(self.number + 1), _NUL_LINES, kind="table",
                    noun="lines"))
            cr = text.find("\r")
            if cr == -1 or cr == len(text) - 2 and text.endswith("\r\n"):
                self.number += 1
                yield self.number, text
                continue
            for part in _LINE_ENDS.findall(text):  # old Mac line ends inside one b"\n" line
                if part:
                    self.number += 1
                    yield self.number, part
