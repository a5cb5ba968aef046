"""HTML to a DOM, bounded: a hostile page must neither stall libxml2 nor lose what it shows."""

from __future__ import annotations

import re

from lxml import etree

#: HTML parser settings: no network, no entity expansion beyond HTML's own.
#: Plain ``etree`` elements, not ``lxml.html``'s: its per-element Python class lookup costs
#: more than the rest of the text extraction. ``huge_tree`` raises libxml2's nesting limit
#: from 256 to 2048 levels (Word pastes nest deep); pages are size-capped by the readers.
_PARSER = etree.HTMLParser(no_network=True, remove_comments=False, huge_tree=True,
                           recover=True, default_doctype=False)
MAX_DEPTH = 2048
#: XML declarations at the start of a page: JSP and PHP includes may each add one.
_XML_DECLARATION = re.compile(r"^(?:\s*<\?xml[^>]*\?>)+")
#: How long a start tag :data:`_SCAN` takes for one with too many attributes.
_LONG_TAG = 16384
#: What :func:`prepare` looks for, in one scan of the source: a closing ``</body>`` or
#: ``</html>`` (group 1), or a start tag long enough to hold more attributes than any real
#: page gives one element.
_SCAN = re.compile(rf"<(?:(/(?:body|html)\s*>)|[A-Za-z][^<>]{{{_LONG_TAG},}})", re.I)
#: The same scan for a source that holds no start tag that long (nearly every page): the
#: closing tags alone, found four times as fast (a case-blind pattern is tried at every
#: ``<``, this one only at ``</`` followed by ``b`` or ``h``).
_CLOSING = re.compile(r"</(?:[bB][oO][dD][yY]|[hH][tT][mM][lL])\s*>")
_ATTRIBUTE = re.compile(r"""\s*[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>]+))?""")


def prepare(source: str, cap: int) -> tuple[str, int]:
    """The source as libxml2 should be given it, and how many attributes were dropped.

    - Every ``</body>`` and ``</html>`` is dropped: libxml2 drops what follows ``</html>``
      and puts what follows ``</body>`` outside the body, while browsers show both.
    - The attributes of one element past ``cap`` are dropped: libxml2 checks each new
      attribute against all before it, so 200,000 on one element take minutes to parse.

    Both are found in one scan: the source of a page is scanned as few times as can be.
    """
    dropped = 0
    pieces: list[str] = []
    last = 0
    scan = _SCAN if _may_hold_long_tag(source) else _CLOSING
    for m in scan.finditer(source):
        if scan is _CLOSING or m.group(1):  # </body> or </html>
            pieces.append(source[last:m.start()])
            last = m.end()
            continue
        pos = _kept_attributes_end(source, m.start(), m.end(), cap)
        if pos is None:
            continue
        rest = len(_ATTRIBUTE.findall(source, pos, m.end()))
        if not rest:
            continue
        dropped += rest
        pieces.append(source[last:pos])
        last = m.end()
    if not pieces:
        return source, 0
    pieces.append(source[last:])
    return "".join(pieces), dropped


def _may_hold_long_tag(source: str) -> bool:
    """Whether ``source`` may hold a run of :data:`_LONG_TAG` characters without ``<`` or
    ``>`` (what a start tag that long is): such a run covers a whole aligned block of half
    its length, so the blocks are each searched for a ``<`` and a ``>`` (in C, a few
    microseconds a page), not the source character by character (120 µs for 40 KB)."""
    half = _LONG_TAG // 2
    for start in range(0, len(source) - half + 1, half):
        if source.find("<", start, start + half) < 0 and source.find(">", start, start + half) < 0:
            return True
    return False


def _kept_attributes_end(source: str, start: int, end: int, cap: int) -> int | None:
    """Where the ``cap``-th attribute of the start tag at ``start`` ends, or None when the
    tag holds fewer."""
    name_end = start + 1
    while name_end < end and not source[name_end].isspace():
        name_end += 1
    kept = 0
    pos = name_end
    for attr in _ATTRIBUTE.finditer(source, name_end, end):
        if attr.start() != pos:
            break
        pos = attr.end()
        kept += 1
        if kept == cap:
            return pos
    return None


def parse_html(source: str) -> tuple[etree._Element | None, str | None]:
    """The DOM of ``source`` (as :func:`prepare` gives it; None if libxml2 makes none of
    it), and, when the markup nests deeper than :data:`MAX_DEPTH` (libxml2 drops what lies
    past it), the source as parsed, to be read as plain text instead; else None."""
    # lxml refuses a str that starts with an XML encoding declaration (XHTML pages, and
    # several of them when a page's includes each bring one)
    source = _XML_DECLARATION.sub("", source, count=1)
    try:
        root = etree.fromstring(source, _PARSER)
    except (etree.ParserError, ValueError):
        return None, None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log):
        return root, source  # libxml2 stops at 2048 levels and drops the rest
    return root, None


def text_of(el: etree._Element) -> str:
    """All the text inside an element (what ``lxml.html``'s ``text_content()`` gives)."""
    return "".join(el.itertext())
