"""Write tests/data/scanned/decision.png and decision.pdf: a penalty decision as a scan.

The image is what a county office publishes when it scans a signed decision: black text on a
slightly grey page, a few specks, tilted by half a degree. The PDF holds the same image and no
text layer. Both carry a synthetic, valid ID number (``tests/hostile/corpus.make_id(950)``), a
detailed address and a mobile number, so the OCR tests can see every kind of personal data.

Needs Pillow and a CJK font (Debian: ``apt-get install fonts-wqy-zenhei`` or
``fonts-noto-cjk``); rerun after changing the wording, then commit the two files.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "data" / "scanned"
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from corpus import ADDRESS, MOBILE, make_id  # noqa: E402  (the tests' synthetic data)

ID_NUMBER = make_id(950)
LINES = [
    "示例县市场监督管理局",
    "行政处罚决定书",
    "示市监罚〔2022〕12号",
    "当事人：李某，女，汉族",
    f"身份证号码：{ID_NUMBER}",
    f"住址：{ADDRESS}",
    f"联系电话：{MOBILE}",
    "经查，当事人销售超过保质期的食品。",
]
FONTS = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
]
WIDTH, SIZE, LEADING = 880, 28, 50


def font() -> ImageFont.FreeTypeFont:
    for path in FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, SIZE)
    sys.exit("no CJK font found: apt-get install fonts-wqy-zenhei (or fonts-noto-cjk)")


def scan() -> Image.Image:
    """The decision drawn, then made to look scanned (grey paper, specks, a slight tilt)."""
    rng = random.Random(950)  # the same bytes every run
    face = font()
    height = 60 + LEADING * len(LINES) + 40
    page = Image.new("L", (WIDTH, height), 236)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(LINES):
        width = draw.textlength(line, font=face)
        x = (WIDTH - width) / 2 if number < 3 else 50  # heading centred, body from the margin
        draw.text((x, 60 + LEADING * number), line, fill=20, font=face)
    for _ in range(400):  # dust and toner specks
        x, y = rng.randrange(WIDTH), rng.randrange(height)
        draw.point((x, y), fill=rng.choice((90, 140, 180)))
    page = page.rotate(0.5, resample=Image.Resampling.BICUBIC, fillcolor=236, expand=False)
    return page.filter(ImageFilter.GaussianBlur(0.4))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    image = scan()
    image.save(OUT / "decision.png", optimize=True)
    # An image-only PDF, as a scanner's software writes one: one JPEG per page, no text.
    stamp = time.gmtime(1652313600)  # 2022-05-12, fixed: the same bytes every run
    image.save(OUT / "decision.pdf", "PDF", resolution=100.0, quality=80,
               creationDate=stamp, modDate=stamp)
    for name in ("decision.png", "decision.pdf"):
        print(f"wrote {OUT / name} ({(OUT / name).stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
