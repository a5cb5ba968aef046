"""Find unmasked home addresses of natural persons in penalty-decision text.

Whose address it is decides whether it is personal data: a natural person's 住址 is, a
company's 住所, a 个体户's 经营场所, the 违法地点 and the agency's own address are public.
So a match needs a trigger label, a party described as a person, an address that goes below
the township (a numbered 组, 号, 栋, 单元, 室 …) and no mask. Offsets index the original
text. See ``shared/spec/privacy.md`` (pitfall 9) and ``rules.md`` (privacy.address).

Pure functions, standard library only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from rulekit_national.idnumber import redact_context

__all__ = ["AddressMatch", "find_personal_addresses", "mask_address"]

# Longer labels first where one is a prefix of another (regex alternation is ordered).
_LABEL = re.compile(
    r"(?P<label>家庭住址|家庭地址|户籍所在地|户籍地址|户籍地|经常居住地址?|现居住于|现居住地址?"
    r"|现居住|居住地址?|住所地|住所|现住址|现住|家住|住址|送达地址|联系地址|通讯地址|通信地址"
    r"|地址)"
    r"[ \u00a0\u3000]*(?:[：:]|为|是|在)?[ \u00a0\u3000]*")
# Whose address: a label right after one of these is not a home address.
_NOT_HOME_PREFIX = re.compile(
    r"(?:经营|办公|单位|注册|公司|企业|营业|生产|门店|店铺|工作|发生|案发|检查|现场|违法|机关"
    r"|网站|网络|IP|ip|邮箱|电子邮件|收货|发货|仓库|项目|工程|场所|机构|所在)$")
# The agency's own address, named earlier on the same line.
_OFFICE = re.compile(
    r"本局|我局|本机关|本院|本厅|本委|本单位|本机构|本中心|单位地址|办公地址|联系我们|机关地址"
    r"|执法机关|行政机关")
# A site footer: an address near these is the site's organiser's, not a party's. No word
# overlaps another (none ends with the start of one), so one pass finds every occurrence.
_FOOTER = re.compile(r"主办单位|承办单位|网站标识码|ICP备|ICP证|公网安备|版权所有|技术支持|网站地图"
                     r"|Copyright|copyright|©")
_FOOTER_REACH = 150
_SPACES = " \u00a0\u3000"
_STOP = "，,。；;、：:\n\r\t（()）【】" + _SPACES
_SEGMENT = re.compile(f"[^{_STOP}]+")
_MAX_LEN = 60
_BODY_END = re.compile(r"身份证|公民身份|联系电话|电话|手机|邮编|邮政编码|统一社会信用代码")
_NUM = r"(?:[0-9０-９]+|[一二三四五六七八九十百千零〇两]+)"
_DETAIL = re.compile(
    f"{_NUM}(?:组|队|号|栋|幢|楼|单元|室|户|排)|[A-Za-zＡ-Ｚａ-ｚ0-9０-９]+座"
    r"|[0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+")
# Every _DETAIL match holds one of these: a one-character class the engine scans fast, so
# the costly _DETAIL runs only where it can match (a page of 300,000 bare 住址 labels).
_DETAIL_HINT = re.compile("[0-9０-９一二三四五六七八九十百千零〇两座]")
_MASKED = re.compile(
    r"[*＊×○]|某|隐去|已隐|已脱敏|已屏蔽|不予公开|[Xx]{2,}|Ｘ{2,}|地址略|住址略|^[（(]?略[）)]?$|^略")

# Party markers: a role word at the start of a line or after punctuation starts a new party.
# The lookahead on the first characters of the words rejects most positions before the
# lookbehind is tried: every label scans 300 characters with this.
_ROLE = re.compile(
    r"(?=[当被申法负经投委代户姓监])(?:^|(?<=[\n，,。；;：:、（(\t \u3000]))"
    r"(?P<role>当事人|被处罚人|被处罚单位|被检查人|申请人|被申请人|法定代表人|负责人|经营者"
    r"|投资人|委托代理人|代理人|户主|姓名|监护人)")
_PARTY = re.compile(r"当事人|被处罚人|被处罚单位|申请人|被申请人")
# A natural person's description: two patterns, each of which the engine scans by its first
# characters (one pattern with both kinds of branch tries every branch at every position).
_PERSON = (re.compile(r"身份证|公民身份号码|身份号码|性别|出生|民族|汉族"),
           re.compile(r"[，,、\s（(：:][男女][，,、\s）)]"))
_ORG = re.compile(
    r"统一社会信用代码|社会信用代码|信用代码|有限公司|有限责任公司|股份有限|法定代表人|经营者"
    r"|注册号|营业执照")
_LOOKBACK = 200
_LOOKAHEAD = 100

# Administrative units kept when masking: down to township (镇/乡/街道), never further.
_ADMIN = re.compile(
    r"[^\s，,。；;0-9０-９]{1,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|街道办事处|街道|地区"
    r"|省|市|盟|州|区|县|旗|镇|乡)")
_NOT_ADMIN = ("小区", "社区", "园区", "校区", "厂区", "景区", "营区", "矿区")
_TOWNSHIP = ("镇", "乡", "街道", "街道办事处")
_MASK_CAP = 8


@dataclass(frozen=True)
class AddressMatch:
    """One unmasked personal address; ``start``/``end`` cover the address in the original."""

    start: int
    end: int
    label: str
    address: str
    masked: str
    context: str


def mask_address(address: str) -> str:
    """Keep the address down to township level and star the rest (at most 8 ``*``).

    Evidence must show where the problem is without the house number.
    """
    pos = 0
    while True:
        m = _ADMIN.match(address, pos)
        if not m or m.group().endswith(_NOT_ADMIN):
            break
        pos = m.end()
        if m.group().endswith(_TOWNSHIP):
            break
    rest = len(address) - pos
    if rest <= 0:
        return address
    return address[:pos] + "*" * min(rest, _MASK_CAP)


def _has_detail(text: str, start: int, end: int) -> bool:
    """``_DETAIL.search(text, start, end)``, skipped where it cannot match."""
    return bool(_DETAIL_HINT.search(text, start, end) and _DETAIL.search(text, start, end))


def _body(text: str, start: int) -> tuple[int, int] | None:
    """The address after a label: up to punctuation, a line end or a following label.

    A single space is crossed while the address has not reached its detailed part yet
    (「西安市 雁塔区电子二路12号」); after that a space ends it.
    """
    end = start
    limit = min(len(text), start + _MAX_LEN)
    while True:
        m = _SEGMENT.match(text, end, limit)
        if not m:
            break
        end = m.end()
        if (_has_detail(text, start, end) or end + 1 >= limit
                or text[end] not in _SPACES or text[end + 1] in _STOP):
            break
        end += 1
    cut = _BODY_END.search(text, start, end)
    if cut:
        end = cut.start()
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return (start, end) if end - start >= 2 else None


def _party_text(text: str, label_start: int, addr_end: int) -> tuple[str, str]:
    """Text describing the label's party, and of the whole party (for 住所).

    Looks back to the nearest role marker (at most 200 characters, not across a blank
    line) and forward to the next marker or the end of the line.
    """
    lo = max(0, label_start - _LOOKBACK)
    blank = text.rfind("\n\n", lo, label_start)
    if blank >= 0:
        lo = blank + 2
    seg_start = lo
    party_start = lo
    for m in _ROLE.finditer(text, lo, label_start):
        seg_start = m.end()
        if _PARTY.fullmatch(m.group("role")):
            party_start = m.start()
    hi = min(len(text), addr_end + _LOOKAHEAD)
    nl = text.find("\n", addr_end, hi)
    if nl >= 0:
        hi = nl
    nxt = _ROLE.search(text, addr_end, hi)
    if nxt:
        hi = nxt.start()
    after = text[addr_end:hi]
    return text[seg_start:label_start] + after, text[party_start:label_start] + after


class _Footers:
    """Where the footer words and line breaks are, found once per text.

    Asking "a footer word later on this line?" with a search to the end of the line costs
    the whole line for each label: quadratic on a page of 30,000 labels on one line.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.words = [m.span() for m in _FOOTER.finditer(text)]

    def within(self, lo: int, hi: int) -> bool:
        """Whether a footer word lies wholly in ``text[lo:hi]``: ``_FOOTER.search(text, lo,
        hi)``, since words never overlap."""
        k = bisect_left(self.words, (lo, -1))
        return k < len(self.words) and self.words[k][1] <= hi

    def later_on_line(self, pos: int) -> bool:
        """Whether a footer word lies between ``pos`` and the end of its line."""
        i = bisect_left(self.breaks, pos)
        return self.within(pos, self.breaks[i] if i < len(self.breaks) else len(self.text))


def find_personal_addresses(text: str) -> list[AddressMatch]:
    """Every unmasked, below-township home address of a natural person, in text order.

    Linear in the text: each label looks at a bounded window around it.
    """
    found: list[tuple[int, int, str]] = []
    footers: _Footers | None = None
    for m in _LABEL.finditer(text):
        label = m.group("label")
        before = text[max(0, m.start() - 6):m.start()]
        if _NOT_HOME_PREFIX.search(before):
            continue
        lo = max(0, m.start() - 30)  # the agency's own address, earlier on the same line
        nl = text.rfind("\n", lo, m.start())
        if _OFFICE.search(text, nl + 1 if nl >= 0 else lo, m.start()):
            continue
        if footers is None:
            footers = _Footers(text)
        if (footers.within(max(0, m.start() - _FOOTER_REACH), m.start())
                or footers.later_on_line(m.end())):
            continue  # footers follow the content: a site footer just before, or on the line
        span = _body(text, m.end())
        if span is None:
            continue
        address = text[span[0]:span[1]]
        if not _has_detail(address, 0, len(address)) or _MASKED.search(address):
            continue
        party, whole = _party_text(text, m.start(), span[1])
        if not any(p.search(party) for p in _PERSON) or _ORG.search(party):
            continue
        if label in ("住所", "住所地") and _ORG.search(whole):
            continue
        found.append((span[0], span[1], label))
    out: list[AddressMatch] = []
    for start, end, label in found:
        address = text[start:end]
        masked = mask_address(address)
        out.append(AddressMatch(start, end, label, address, masked,
                                _context(text, start, end, masked, found)))
    return out


def _context(text: str, start: int, end: int, masked: str,
             spans: list[tuple[int, int, str]], width: int = 10) -> str:
    """A little text either side; other addresses and all digits in it are starred.

    ``spans`` are in text order and at most ``_MAX_LEN`` long, so only the few near the
    match are looked at (not every span for every match: quadratic on 8,000 parties).
    """
    lo, hi = max(0, start - width), min(len(text), end + width)
    chars = list(text[lo:hi])
    first = bisect_left(spans, (lo - _MAX_LEN,))
    last = bisect_left(spans, (hi,))
    for s, e, _ in spans[first:last]:
        for i in range(max(s, lo), min(e, hi)):
            chars[i - lo] = "*"
    left = "".join(chars[:start - lo])
    right = "".join(chars[end - lo:])
    return (redact_context(left, all_digits=True) + masked
            + redact_context(right, all_digits=True))
