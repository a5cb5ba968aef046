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

__all__ = ["AddressMatch", "Party", "address_match", "address_spans",
           "find_personal_addresses", "mask_address", "party_at"]

# Longer labels first where one is a prefix of another (regex alternation is ordered).
_LABEL = re.compile(
    r"(?P<label>家庭住址|家庭地址|户籍所在地|户籍地址|户籍地|户口所在地|户口地址|经常居住地址?|现居住于|现居住地址?"
    r"|现居住|居住地址?|暂住地址?|暂住|住所地|住所|现住所|现住址|现住|家住|住址|住 {1,4}址|居所"
    r"|送达地址|联系地址|通讯地址|通信地址"
    r"|地址"
    # 住 before a place (男，汉族，住示例县…村2组): only after punctuation, not 住户, 住宿
    # (every branch starts with its first character, which lets the engine skip in C to
    # the next position where one can start)
    # (or at a line end, the place on the next line: a pdf's hard line break, 「，住\n示例县…」;
    # or before a colon, a field of its own: 「，住：示例县…」)
    # (or after 均, 都, 皆: two parties who share a home, 「胡某、胡某某，均住示例县…」)
    r"|住(?:(?<=[，,、（(\s；;]住)|(?<=[，,、（(\s；;][均都皆]住))"
    r"(?=(?:[：:][ \u00a0\u3000]?)?\r?\n?[\u4e00-\u9fff]{1,12}?"
    r"(?:省|市|县|区|镇|乡|村|街道)))"
    # a note in brackets between the label and its colon: 住所（住址）：, 住址(户籍地)：
    r"(?P<note>[（(][^）)：:\n]{1,8}[）)](?=[ \u00a0\u3000]*[：:]))?"
    r"[ \u00a0\u3000]*(?:[：:]|为|是|在)?[ \u00a0\u3000\t]*(?:(?<=住)\r?\n)?")
_LABEL_NOTE = re.compile("住址|家庭住址|户籍地|居住地")
# Whose address: a label right after one of these is not a home address; nor is one right
# after an organisation's name, or in the bracket that opens after it (请当事人到示例县住房和
# 城乡建设局（地址：…）领取: the office's address, whoever the sentence before described).
_NOT_HOME_PREFIX = re.compile(
    r"(?:经营|办公|单位|注册|公司|企业|营业|生产|门店|店铺|工作|发生|案发|检查|现场|违法|机关"
    r"|网站|网络|IP|ip|邮箱|电子邮件|收货|发货|仓库|项目|工程|场所|机构|所在"
    r"|场|厂|店|铺|基地|门市|车间|工地|摊位|档口|作坊|网点"
    r"|局|委员会|政府|办公室|中心|法院|检察院|医院|派出所|事务所|大队|支队|中队|银行|支行)"
    r"[（(]?$")
# The agency's own address, named earlier on the same line (not a person's 工作单位地址,
# their employer's, described beside their own home). Every branch starts with a character,
# the look back after it: the engine skips in C to where one can start.
_OFFICE = re.compile(
    r"本(?:局|机关|院|厅|委|单位|机构|中心|(?:大|支|中)?队|所|站|办|庭|分局)|我局"
    r"|单位地址(?<!工作单位地址)(?<!所在单位地址)(?<!就职单位地址)(?<!任职单位地址)"
    r"|办公地址|联系我们|机关地址"
    r"|执法机关|行政机关")
# A site footer: an address near these is the site's organiser's, not a party's. No word
# overlaps another (none ends with the start of one), so one pass finds every occurrence.
# 主办：/承办： with their colon: the footer's own form (主办：示例县人民政府办公室), not the
# 主办方 or 主办单位 of a sentence.
_FOOTER = re.compile(r"主办单位|承办单位|主办[:：]|承办[:：]|网站标识码|ICP备|ICP证|公网安备|版权所有"
                     r"|技术支持|网站地图|Copyright|copyright|©")
_FOOTER_REACH = 150
_SPACES = " \u00a0\u3000"
_STOP = "，,。；;、：:\n\r\t（()）【】" + _SPACES
_SEGMENT = re.compile(f"[^{_STOP}]+")
_CROSSED = _SPACES + "\n"
_MAX_LEN = 60
_BODY_END = re.compile(r"身份证|公民身份|联系电话|电话|手机|邮编|邮政编码|统一社会信用代码")
_NUM = r"(?:[0-9０-９]+|[一二三四五六七八九十百千零〇两]+)"
_DETAIL = re.compile(
    f"{_NUM}(?:组|队|号|栋|幢|楼|单元|室|户|排)|[A-Za-zＡ-Ｚａ-ｚ0-9０-９]+座"
    r"|[0-9０-９]+[-－][0-9０-９]+[-－][0-9０-９]+")
# Every _DETAIL match holds one of these: a one-character class the engine scans fast, so
# the costly _DETAIL runs only where it can match (a page of 300,000 bare 住址 labels).
#: A line of nothing but house details (「501室。」, 「3号楼2单元」): where a pdf's hard line
#: break cut an address, the rest of it; a real next line says more than that.
_DETAIL_LINE = re.compile(
    f"(?:{_NUM}(?:号院|号楼|号|栋|幢|楼|单元|室|户|层|组|排)|[A-Za-z0-9]+座)+")
_DETAIL_HINT = re.compile("[0-9０-９一二三四五六七八九十百千零〇两座]")
_MASKED = re.compile(
    r"[*＊×○]|某|隐去|已隐|已脱敏|已屏蔽|不予公开|[Xx]{2,}|Ｘ{2,}|地址略|住址略|^[（(]?略[）)]?$|^略")

# Party markers: a role word at the start of a line or after punctuation starts a new party.
# The lookahead on the first characters of the words rejects most positions before the
# lookbehind is tried: every label scans 300 characters with this.
_ROLE = re.compile(
    r"(?=[当被申法负经投委代户姓监行收持开账主项实现安管从受纳理违嫌船车雇业承出借])"
    # (a list's item number before it, 「3.当事人：孔某」, is punctuation too)
    r"(?:^|(?<=[\n，,。；;：:、（()）\t \u3000.．]))"
    # 受送达人: the party a 送达回证 (proof of service) is served on; 被执行人: the party of a
    # court's enforcement (a 失信被执行人 list names them item by item)
    # 纳税人名称: the party of a 税务 decision (a person's name, or a company's)
    r"(?P<role>当事人|被处罚人|被处罚单位|被检查人|被执行人|申请人|被申请人|行政相对人(?:名称)?|受送达人"
    r"|纳税人(?:名称|姓名)"
    # 理事长: a 合作社's legal representative (a person, like a company's 法定代表人)
    r"|法定代表人|理事长|(?:主要|项目|实际|现场)?负责人|(?:实际)?经营者|投资人|委托代理人|代理人"
    r"|户主|姓名|监护人|户名|开户名称?|账户名称?|收款人|持卡人|(?:安全)?管理人员|从业人员"
    # people a decision or a list names by what they did or own (a person when a person's
    # name follows): 违法嫌疑人, 船主, 雇主, 承包人 …
    r"|违法嫌疑人|违法行为人|嫌疑人|行为人|被监护人|船主|船东|车主|雇主|业主|承包人|承租人"
    r"|出租人|受益人|借款人)")
_PARTY = re.compile(r"当事人|被处罚人|被处罚单位|被执行人|申请人|被申请人|行政相对人(?:名称)?|受送达人"
                    r"|纳税人(?:名称|姓名)")
#: Roles that stand for a person inside an organisation's party (its representative).
_REPRESENTATIVE = frozenset({"法定代表人", "理事长", "负责人", "主要负责人", "项目负责人",
                             "实际负责人", "现场负责人"})
#: A business's operator who is a natural person (个体工商户, 个人独资企业).
OPERATORS = frozenset({"经营者", "实际经营者", "投资人"})
#: Roles that name a person (when what follows is a person's name), whatever business the
#: party's text describes around them: 经营者张某 of a 个体工商户.
PERSON_ROLES = frozenset({*_REPRESENTATIVE, "经营者", "实际经营者", "投资人", "委托代理人",
                          "代理人", "户主", "姓名", "监护人", "持卡人", "户名", "管理人员",
                          "安全管理人员", "从业人员", "受送达人", "违法嫌疑人", "违法行为人",
                          "嫌疑人", "行为人", "被监护人", "船主", "船东", "车主", "雇主", "业主",
                          "承包人", "承租人", "出租人", "受益人", "借款人"})
#: Roles only a natural person holds (a 受送达人, a 户名 may be a company).
NATURAL_ROLES = PERSON_ROLES - {"受送达人", "户名", "姓名"}
# A natural person's description: two patterns, each of which the engine scans by its first
# characters (one pattern with both kinds of branch tries every branch at every position).
_PERSON = (re.compile(r"身份证|公民身份号码|身份号码|性别|出生|民族|汉族|自然人|年龄"),
           re.compile(r"[，,、\s（(：:][男女][，,、\s）)]"))
_ORG = re.compile(
    r"统一社会信用代码|社会信用代码|信用代码|有限公司|有限责任公司|股份有限|法定代表人|经营者"
    r"|注册号|营业执照")
#: A person's employer named in their description (工作单位：某某物流有限公司), or their role
#: at one after them (，系某某建筑工程有限公司劳务班组长; 职务：某某矿业有限公司主要负责人, a
#: company's officer fined personally): not the party.
#: (Every branch starts with a character, the look back after it: the engine then skips in C
#: to where one can start.)
_EMPLOYER = re.compile(r"(?:工作单位|就职单位|任职单位|所在单位|就职于|供职于|系(?<=[，,]系)"
                       r"|职务(?<=[，,、\s（(]职务))[：:]?[^，,。；;\n]*")
#: A bracket after a person's name that says what they are at a business (熊某某（示例县永宁镇
#: 熊记建材经营部经营者）): it describes the person, and the party is still a person.
_ROLE_BRACKET = re.compile(r"[（(](?<=[\u4e00-\u9fff][（(])[^（()）\n：:]{0,30}"
                           r"(?:经营者|负责人|法定代表人|投资人|业主|店主|股东)[）)]")


def _about_the_party(text: str) -> str:
    """``text`` without what describes a person's employer or business (not the party)."""
    text = _EMPLOYER.sub("", text)
    return _ROLE_BRACKET.sub("", text) if "(" in text or "（" in text else text


#: The name after a role marker: up to punctuation, a space or the next field's label.
_NAME = re.compile(r"[：:\s]*([^\s，,。；;：:（(、\t\n）)]{1,12}?)"
                   r"(?=\Z|[\s，,。；;：:（(、\t\n）)]|家住|住址|现住|户籍|居住|住所|身份证|性别"
                   r"|联系|电话|手机|男|女)")
#: What a role word glued to a field label is (当事人银行卡号, 受送达人联系电话): the role's
#: field, not a name; the role's name is the one its earlier marker gave (受送达人：岑某).
_FIELD_AFTER_ROLE = re.compile(
    r"联系|电话|手机|身份证|公民身份|住址|住所|地址|户籍|银行|账号|帐号|账户|帐户|卡号|开户|送达")
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff*＊×]{2,4}")
#: Words that make a name an organisation's or a place's, never a person's.
_ORG_NAME = re.compile(
    r"公司|商行|商店|超市|酒店|宾馆|饭店|餐饮|餐厅|诊所|医院|药店|药房|学校|幼儿园|合作社|经营部"
    r"|门市|工作室|加工|养殖|农场|中心|委员会|协会|集团|银行|国库|金库|财政|政府|办公室|[厂店社局院所站馆部场队厅处]"
    r"|[行会村镇乡园城吧坊铺庄]$|小组$|村民组$")
#: Labels only a natural person has: a company has a 住所 or a 经营场所, never a 家庭住址.
_PERSONAL_LABELS = frozenset({"住", "暂住", "户口所在地", "户口地址", "暂住地", "暂住地址", "现住所", "家住", "家庭住址", "家庭地址", "现住", "现住址", "现居住",
                              "现居住于", "现居住地", "现居住地址", "户籍地", "户籍所在地",
                              "户籍地址", "居住地", "居住地址", "经常居住地", "经常居住地址", "居所"})
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


def _body(text: str, start: int, limit: int = -1) -> tuple[int, int] | None:
    """The address after a label: up to punctuation, a line end or a following label, and
    before ``limit`` if given.

    A single space or line break is crossed while the address has not reached its
    detailed part yet (「西安市 雁塔区电子二路12号」, a PDF's line 「示例县温汤镇」 then
    「汤溪村5组」); after that a space ends it.
    """
    end = start
    limit = min(len(text), start + _MAX_LEN) if limit < 0 else min(limit, start + _MAX_LEN)
    while True:
        m = _SEGMENT.match(text, end, limit)
        if not m:
            break
        end = m.end()
        if end + 1 >= limit or text[end] not in _CROSSED or text[end + 1] in _STOP:
            break
        if text[end] == "\n" and _ROLE.match(text, end + 1):
            break  # the next line opens with a party's role (当事人在…): a new paragraph
        if _has_detail(text, start, end):
            nxt = _SEGMENT.match(text, end + 1, limit) if text[end] == "\n" else None
            if nxt is None or not _DETAIL_LINE.fullmatch(nxt.group()):
                break
        end += 1
    cut = _BODY_END.search(text, start, end)
    if cut:
        end = cut.start()
    while end > start and text[end - 1] in _CROSSED:
        end -= 1
    return (start, end) if end - start >= 2 else None


@dataclass(frozen=True)
class Party:
    """Who a field belongs to: the nearest role marker before it and that role's text.

    ``segment`` runs from the role marker (exclusive) to the field and on to the end of the
    line or the next marker; ``whole`` does the same from the party's own marker (当事人,
    被处罚人 …), so a company's 法定代表人 is seen inside the company's party.
    """

    role: str | None
    name: str
    segment: str
    whole: str
    party_name: str = ""  # the name after the party's own marker (当事人：…)
    lead: str = ""  # the role's text before the field
    #: the role word is glued to the field, with no earlier marker of it naming anyone:
    #: 法定代表人联系电话 (a role that is always a natural person's stands for one)
    own_field: bool = False

    @property
    def same_sentence(self) -> bool:
        """No sentence ends between the role marker and the field: the field is still part
        of the role's description (field lines, one per line, end no sentence)."""
        return "。" not in self.lead

    @property
    def business(self) -> bool:
        """The party as a whole is an organisation or a business (有限公司, a credit code,
        示例县某某超市), whoever of its people the field follows."""
        return bool(_ORG.search(_about_the_party(self.whole))) or is_org_name(self.party_name)

    @property
    def described_as_person(self) -> bool:
        """性别, 出生, 民族, 身份证, 男/女 …: a natural person's description."""
        return any(p.search(self.segment) for p in _PERSON)

    @property
    def organisation(self) -> bool:
        """The role's own text names an organisation (有限公司, a credit code, a shop …),
        and the role is not a person named inside it (经营者：张某)."""
        if self.role in PERSON_ROLES and is_person_name(self.name) or self._natural_role:
            return False
        return bool(_ORG.search(_about_the_party(self.segment))) or is_org_name(self.name)

    @property
    def person_named(self) -> bool:
        """The role names a person: 吴某, 张某某, 张三."""
        return self.role is not None and is_person_name(self.name) or self._natural_role

    @property
    def _natural_role(self) -> bool:
        """法定代表人联系电话: a role that only a natural person holds, glued to its field."""
        return self.own_field and self.role in NATURAL_ROLES


def party_at(text: str, start: int, end: int) -> Party:
    """The party a field at ``start:end`` belongs to.

    Looks back to the nearest role marker (at most 200 characters, not across a blank
    line) and forward to the next marker or the end of the line.
    """
    lo = max(0, start - _LOOKBACK)
    blank = text.rfind("\n\n", lo, start)
    if blank >= 0:
        lo = blank + 2
    seg_start = party_start = lo
    role = None
    party_end = -1
    markers = list(_ROLE.finditer(text, lo, start))
    own_field = bool(markers) and bool(_FIELD_AFTER_ROLE.match(text, markers[-1].end()))
    if own_field:
        # 受送达人联系电话 after 受送达人：岑某: the field is the party the earlier marker of
        # the same role names (its name, its text)
        last = markers[-1].group("role")
        for k in range(len(markers) - 2, -1, -1):
            m = markers[k]
            if m.group("role") == last and not _FIELD_AFTER_ROLE.match(text, m.end()):
                markers, own_field = markers[:k + 1], False
                break
    for m in markers:
        seg_start = m.end()
        role = m.group("role")
        if _PARTY.fullmatch(role):
            party_start, party_end = m.start(), m.end()
    hi = min(len(text), end + _LOOKAHEAD)
    nl = text.find("\n", end, hi)
    if nl >= 0:
        hi = nl
    nxt = _ROLE.search(text, end, hi)
    if nxt:
        hi = nxt.start()
    after = text[end:hi]
    name = party_name = ""
    if role is not None:
        name = _name_after(text, seg_start, start)
    if party_end >= 0:
        party_name = _name_after(text, party_end, start)
    lead = text[seg_start:start]
    return Party(role, name, lead + after, text[party_start:start] + after, party_name, lead,
                 own_field)


def _name_after(text: str, at: int, limit: int) -> str:
    """The name right after a role marker at ``at`` (ending before ``limit``): after a colon
    any name, an organisation's too; without one (当事人吴某) a person's name at most, never
    the sentence that follows (当事人在网店销售…), nor a number's label (a table's header row,
    姓名 then 执法证号 in the next cell)."""
    m = _NAME.match(text, at)  # (in the whole text: the name ends where its text says)
    if not m or m.end() > limit:
        return ""
    name = m.group(1)
    if m.start(1) == at and (len(name) > 4 or _FIELD_AFTER_ROLE.match(name)):
        return ""  # a sentence, or the role's field (当事人银行卡号): no name
    if name.endswith(("号", "码")):
        return ""  # 执法证号, 身份证号码: the next field's label
    return name


def person_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding ``start`` (up to ``end`` and on, as far as
    :func:`party_at` reads) names a role or describes a person: what a :class:`Party` of the
    same sentence needs, found in two short searches. Most fields (the office's phone on a
    line of its own) fail it, and are never read as a party."""
    lo = max(0, start - _LOOKBACK)
    cut = text.rfind("。", lo, start)
    lo = cut + 1 if cut >= 0 else lo
    hi = min(len(text), end + _LOOKAHEAD)
    nl = text.find("\n", end, hi)
    hi = nl if nl >= 0 else hi
    return bool(_ROLE.search(text, lo, start) or any(p.search(text, lo, hi) for p in _PERSON))


def is_person_name(name: str) -> bool:
    """2 to 4 characters, masked with 某 or *, or a plain Chinese name; no organisation word."""
    return bool(_PERSON_NAME.fullmatch(name)) and not is_org_name(name)


def is_org_name(name: str) -> bool:
    """A name that is an organisation's or a place's: 某某便利店, 示例县某某有限公司, 城北村;
    also with a note in brackets after it (城东村第三村民小组（集体）: the words that end an
    organisation's name are looked for where the name ends, before its note)."""
    if _ORG_NAME.search(name):
        return True
    note = _NAME_NOTE.search(name) if name.endswith((")", "）")) else None
    return bool(note) and bool(_ORG_NAME.search(name, 0, note.start()))


#: A note in brackets that ends a name: （集体）, (代管).
_NAME_NOTE = re.compile(r"[（(][^（()）]{1,10}[）)]$")


class Footers:
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

    def near(self, start: int, end: int) -> bool:
        """Whether a field at ``start:end`` is in the footer: footers follow the content, so a
        footer word just before it, or later on its line."""
        return self.within(max(0, start - _FOOTER_REACH), start) or self.later_on_line(end)


def _personal(label: str, party: Party) -> bool:
    """Whether an address under ``label`` is ``party``'s home (rules.md, "Whose address it is")."""
    if party.organisation:
        return False  # the company's 住所, the shop's address
    if label in ("住所", "住所地"):  # a company's word too: only with a person's description
        return party.described_as_person and (
            not party.business or party.role in OPERATORS)  # 个体工商户 经营者：宁某，女
    if party.described_as_person or label in _PERSONAL_LABELS:
        return True
    if not party.person_named:
        return False
    # 当事人吴某，住址：…; 经营者张某 (个体工商户)，住址：…; not a company's representative
    # named with no more than a name: the 住址 may be the company's
    return party.role not in _REPRESENTATIVE or not party.business


def find_personal_addresses(text: str) -> list[AddressMatch]:
    """Every unmasked, below-township home address of a natural person, in text order.

    Linear in the text: each label looks at a bounded window around it.
    """
    found = address_spans(text)
    return [address_match(text, start, end, label, found) for start, end, label in found]


def address_match(text: str, start: int, end: int, label: str,
                  spans: list[tuple[int, int, str]]) -> AddressMatch:
    """The match for the address at ``start:end`` of ``text``, its evidence masked
    (``spans``: every address found in ``text``, starred in the evidence too)."""
    address = text[start:end]
    masked = mask_address(address)
    return AddressMatch(start, end, label, address, masked,
                        _context(text, start, end, masked, spans))


def address_spans(text: str, headers: dict[int, tuple[str, ...]] | None = None
                  ) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every personal address in ``text``, in text order: after a
    label, and in the address column of a table of people. ``headers``: the column names of
    spanned table headers by the start of each of their lines (``table_headers``)."""
    found: list[tuple[int, int, str]] = []
    footers: Footers | None = None
    for m in _LABEL.finditer(text):
        label = m.group("label")
        note = _LABEL_NOTE.search(m.group("note") or "")
        if note and label in ("住所", "住所地", "地址"):
            label = note.group()  # 住所（住址）: a natural person's form says 住址
        before = text[max(0, m.start() - 6):m.start()]
        if _NOT_HOME_PREFIX.search(before):
            continue
        lo = max(0, m.start() - 30)  # the agency's own address, earlier on the same line
        nl = text.rfind("\n", lo, m.start())
        if _OFFICE.search(text, nl + 1 if nl >= 0 else lo, m.start()):
            continue
        if label in _GENERIC_LABELS and reached_at_workplace(text, m.start()):
            continue  # 覃某某，…律师事务所律师，地址：… (the firm's, where it is reached)
        if footers is None:
            footers = Footers(text)
        if footers.near(m.start(), m.end()):
            continue  # the site's footer
        value = _value_start(text, m.start(), m.end())
        # a value on a line of its own (after a label on the line before) is that line
        span = _body(text, value, -1 if value == m.end() else text.find("\n", value,
                                                                          value + _MAX_LEN))
        if span is None:
            continue
        if not _detailed(text[span[0]:span[1]]):
            continue
        if not (_in_person_bracket(text, m.start(), label)
                or _personal(label, party_at(text, m.start(), span[1]))):
            continue
        found.append((span[0], span[1], label))
    table = _table_addresses(text, headers or {})
    if table:
        seen = {(s, e) for s, e, _ in found}
        found = sorted(found + [t for t in table if t[:2] not in seen])
    return found


#: Labels that name where someone is reached, not where they live: after the workplace a
#: person is described by (a lawyer of a 律师事务所, acting for the party) they are its.
_GENERIC_LABELS = frozenset({"地址", "联系地址", "通讯地址", "通信地址", "送达地址"})
_WORKPLACE = re.compile(r"律师事务所|法律服务所|公证处|基层法律服务|律师")

def reached_at_workplace(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` describes someone by their workplace (周某，甘肃陇原
    律师事务所律师，地址：…，电话：…): an address or a landline given there is the firm's."""
    return bool(_WORKPLACE.search(text, _clause_start(text, at), at))


def _clause_start(text: str, at: int, reach: int = 80) -> int:
    """Where the sentence (or line) holding ``at`` starts, at most ``reach`` back."""
    return max(text.rfind("\n", 0, at), text.rfind("。", 0, at), at - reach - 1) + 1


#: A label's line ends right after it: its value may be on the next line.
_LINE_END = re.compile(r"[ \u00a0\u3000]*\r?\n[ \u00a0\u3000]*")
#: Where a line starts, a few spaces before a label at the end of the text searched, and the
#: number of the item it may open (二、住址：, 2.住址, （二）住址).
_LINE_START = re.compile(r"(?:^|\n)[ \u00a0\u3000]{0,8}"
                         r"(?:(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[、.．]"
                         r"|[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)])?[ \u00a0\u3000]{0,2}$")


def _value_start(text: str, start: int, end: int) -> int:
    """Where the value of the label at ``start:end`` starts: right after it, or on the next
    line when the label is a line of its own (a definition list's ``<dt>住址</dt>`` before
    its ``<dd>``, a form printed one field per line: 「住址」 then 「示例县…17号」)."""
    nl = _LINE_END.match(text, end)
    if nl and _LINE_START.search(text, max(0, start - 16), start):
        return nl.end()
    return end


def _in_person_bracket(text: str, start: int, label: str) -> bool:
    """The label is inside the bracket that describes a person named right before it, with
    their ID or sex: 张某某（公民身份号码…，住…）, however many companies the sentence also
    addresses (a 公告送达 to several parties)."""
    if label in ("住所", "住所地", "地址"):
        return False  # a company's words too
    m = _PERSON_BRACKET.search(text, max(0, start - _BRACKET_REACH), start)
    return bool(m) and is_person_name(m.group("name")) and any(
        p.search(m.group("inside")) for p in _PERSON)


#: A masked name and the open bracket that describes them, up to the label.
_PERSON_BRACKET = re.compile(
    r"(?:^|(?<=[\s，,、；;：:。]))(?P<name>[\u4e00-\u9fff]{1,3}某{1,2}|[\u4e00-\u9fff]某[\u4e00-\u9fff])"
    r"[（(](?P<inside>[^（()）\n]*)$")
_BRACKET_REACH = 80


def _detailed(address: str) -> bool:
    """Below the township and not masked."""
    return _has_detail(address, 0, len(address)) and not _MASKED.search(address)


#: A table header cell over people's addresses (not 经营地址, 单位地址, 住所).
_ADDRESS_HEADER = re.compile(
    r"(?:(?:家庭|户籍|现|现居住|居住|联系|通讯|通信|详细|家庭详细|当事人|本人)?(?:住址|地址)"
    r"|现住址|居住地|户籍地|户籍所在地)(?:[（(][^）)]{0,8}[）)])?")
#: A table header cell over people's names: 姓名, a party's role, or the role a decision
#: names its people by (违法行为人, 违法嫌疑人: a 治安 decision's table of the people it fines);
#: with a note in brackets, as the address header may have one (当事人姓名（名称）).
_NAME_HEADER = re.compile(r"(?:(?:户主|申请人|当事人|对象|人员|本人|救助对象)?姓名|当事人(?:名称)?"
                          r"|户主|申请人|被处罚人|行政相对人(?:名称)?|救助对象|受助人|受送达人"
                          r"|(?:违法)?(?:行为人|嫌疑人)(?:姓名)?)"
                          r"(?:[（(][^）)]{0,8}[）)])?")
#: A name header that admits organisations too (当事人姓名（名称）, 姓名/名称; 受送达人, whom a
#: 送达公告 serves, a company as often as a person): a row is a person's only when its cell
#: is a person's name.
_NAME_OR_ORG = re.compile("名称|单位|受送达人")
_HEADER_CELL_MAX = 12
_HEADER_PARTS = re.compile("[/／、]")


def _table_addresses(text: str, headers: dict[int, tuple[str, ...]]
                     ) -> list[tuple[int, int, str]]:
    """Addresses in tables whose header row names 姓名 (or 当事人) and 住址 (or 地址):
    each row's cell under the address header is that row's person's address."""
    if "\t" not in text or ("址" not in text and "居住地" not in text and "户籍" not in text):
        return []
    found: list[tuple[int, int, str]] = []
    # address column, name column, cells, label, whether the name column admits organisations
    header: tuple[int, int, int, str, bool] | None = None
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "\t" not in line:
            header = None  # a table ends where its rows do
            continue
        cells = line.split("\t")
        named = _header_of(list(headers[start]) if start in headers else cells)
        if named is not None:
            header = named
            continue
        if header is None:
            continue
        col, name_col, ncells, label, orgs = header
        shift = len(cells) - ncells  # extraction may drop empty cells: count from the right
        if shift:
            col, name_col = col + shift, name_col + shift
        name = cells[name_col].strip() if 0 <= name_col < len(cells) else ""
        if not (0 <= col < len(cells)) or (name and is_org_name(name)) or (
                orgs and not is_person_name(name)):
            continue
        cell = cells[col]
        at = start + sum(len(c) + 1 for c in cells[:col])
        lead = len(cell) - len(cell.lstrip())
        address = cell.strip()
        if 2 <= len(address) <= _MAX_LEN and _detailed(address):
            found.append((at + lead, at + lead + len(address), label))
    return found


def _header_of(cells: list[str]) -> tuple[int, int, int, str, bool] | None:
    """(address column, name column, cell count, label, whether the name column admits
    organisations) when ``cells`` are such a header."""
    col = name_col = -1
    label = ""
    orgs = False
    for i, raw in enumerate(cells):
        cell = raw.replace(" ", "")
        if not cell or len(cell) > _HEADER_CELL_MAX:
            continue
        parts = _HEADER_PARTS.split(cell)  # 住址/住所, 当事人姓名/名称
        if col < 0 and any(_ADDRESS_HEADER.fullmatch(p) for p in parts):
            col, label = i, cell
        elif name_col < 0 and any(_NAME_HEADER.fullmatch(p) for p in parts):
            name_col, orgs = i, bool(_NAME_OR_ORG.search(cell))
    return (col, name_col, len(cells), label, orgs) if col >= 0 and name_col >= 0 else None


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
