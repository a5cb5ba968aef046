"""Text of scanned documents by OCR, with the optional extra ``rulekit[ocr]``.

Counties publish penalty decisions as scans (an image, or a PDF of images with no text
layer); without OCR their ID numbers and addresses cannot be checked. This module reads
them with RapidOCR (``rapidocr-onnxruntime``), whose wheel carries the PP-OCR Chinese
detection, direction and recognition models: nothing is downloaded at run time, and nothing
but the package's own files is read.

The engine is created lazily, once per process: never in the parent before it forks the
attachment worker (ONNX Runtime's thread pools do not survive a fork), so OCR normally runs
in that worker, under the ``extract_seconds`` deadline.

ONNX Runtime's Linux wheels (1.32) collect telemetry and try to send it to Microsoft (a DNS
look-up of its events host was seen, and a device id written under ``~/.cache``): decisions
full of personal data are read here, so ``ORT_DISABLE_TELEMETRY`` is set when this module is
imported, before ONNX Runtime is (it reads the variable on import; an explicit value set by
the operator is kept).
"""

from __future__ import annotations

import importlib.util
import io
import os
from typing import Any

#: Refuse to decode an image of more pixels than this (a 600 dpi A3 scan has 70 million);
#: a small file that claims more is a decompression bomb.
MAX_PIXELS = 80_000_000
#: Pages of a multi-page image (a TIFF from a fax or scanner) read at most.
MAX_FRAMES = 50
#: Boxes whose vertical centres are closer than this fraction of a line's height are on one
#: line; boxes further apart than this many line heights are separated by a tab (a table).
_SAME_LINE = 0.5
_TAB_GAP = 1.5

_engine: Any = None
_engine_pid: int | None = None

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")


def available() -> bool:
    """Whether OCR is installed (the ``rulekit[ocr]`` extra). Cheap: nothing is imported,
    so asking never loads ONNX Runtime into a process that will fork."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


def usable() -> bool:
    """Whether OCR can run in this process: not in a child forked from a process that ran
    it (ONNX Runtime's and OpenCV's threads are not copied by a fork; the child would hang
    in its first OCR call)."""
    return _engine is None or _engine_pid == os.getpid()


def _get_engine() -> Any:
    """This process's OCR engine, created on first use (a forked child makes its own)."""
    global _engine, _engine_pid
    if _engine is None or _engine_pid != os.getpid():
        from rapidocr_onnxruntime import RapidOCR

        _engine, _engine_pid = RapidOCR(print_verbose=False), os.getpid()
    return _engine


def image_text(data: bytes) -> str:
    """The text of an image (PNG, JPEG, GIF, BMP, TIFF: every page of a multi-page one):
    one line per text line, top to bottom, the boxes of a line left to right and joined, so
    an ID number that the detector split in two boxes reads as one number.

    Raises ValueError for bytes that are not an image or an image too large to decode, and
    ImportError when OCR is not installed. Call it in a process that will not fork a reader
    afterwards: a child forked from a process that ran OCR hangs in its own first OCR call.
    """
    from PIL import Image, ImageSequence

    engine = _get_engine()
    try:
        image = Image.open(io.BytesIO(data))
    except Exception as exc:  # PIL raises whatever its decoders raise
        raise ValueError(f"not an image that can be decoded ({type(exc).__name__})") from exc
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValueError(f"image of {width}x{height} pixels, over the {MAX_PIXELS:,} "
                             "pixel limit for OCR")
        pages = []
        for number, frame in enumerate(ImageSequence.Iterator(image)):
            if number >= MAX_FRAMES:
                break
            result, _ = engine(frame.convert("RGB"))
            pages.append(reading_order(result or []))
    return "\n".join(page for page in pages if page)


def reading_order(boxes: list[Any]) -> str:
    """OCR results (``[corners, text, score]``) as text: boxes grouped into lines by their
    vertical centres, lines top to bottom, each line's boxes left to right."""
    items = []
    for corners, text, *_ in boxes:
        xs = [float(p[0]) for p in corners]
        ys = [float(p[1]) for p in corners]
        items.append((min(xs), max(xs), min(ys), max(ys), str(text)))
    items.sort(key=lambda b: (b[2] + b[3]) / 2)
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for box in items:
        centre, size = (box[2] + box[3]) / 2, box[3] - box[2]
        if lines:
            last = lines[-1]
            top = sum(b[2] for b in last) / len(last)
            bottom = sum(b[3] for b in last) / len(last)
            if abs(centre - (top + bottom) / 2) <= _SAME_LINE * max(bottom - top, size, 1.0):
                last.append(box)
                continue
        lines.append([box])
    out = []
    for line in lines:
        line.sort(key=lambda b: b[0])
        height = max(b[3] - b[2] for b in line)
        text = line[0][4]
        for before, box in zip(line, line[1:], strict=False):
            text += ("\t" if box[0] - before[1] > _TAB_GAP * height else "") + box[4]
        out.append(text)
    return "\n".join(out)
