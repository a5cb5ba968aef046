"""ID-number detector: one test per pitfall of shared/spec/privacy.md, plus real pages.

Test numbers are generated with a correct check character by ``make_id``; none is copied
from a real document.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rulekit_national.idnumber import (
    IdMatch,
    distinct,
    find_id_numbers,
    is_valid_uscc,
    mask_id,
)

AS_OF = datetime.date(2024, 6, 1)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")
REAL_PAGES = Path(__file__).resolve().parents[3] / "shared" / "real" / "pages"


def check_char(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, WEIGHTS, strict=True)) % 11]


def make_id(area: str = "610102", born: str = "19850615", seq: str = "234") -> str:
    """A well-formed 18-character number: province, date and check character all valid."""
    body = area + born + seq
    return body + check_char(body)


def make_x_id(area: str = "610102", born: str = "19900101") -> str:
    """A well-formed number whose check character is X."""
    for i in range(1000):
        n = make_id(area, born, f"{i:03d}")
        if n.endswith("X"):
            return n
    raise AssertionError("no X check character found")


ID = make_id()                 # 610102198506152342
ID_X = make_x_id()
MOBILE = "13912345678"


def numbers(text: str, as_of: datetime.date = AS_OF) -> list[str]:
    return [m.number for m in find_id_numbers(text, as_of)]


def only(text: str) -> IdMatch:
    found = find_id_numbers(text, AS_OF)
    assert len(found) == 1, found
    return found[0]


# --- plain forms and the check character ------------------------------------------------


def test_plain_number_in_penalty_decision() -> None:
    text = f"当事人：张某某，男，汉族，1985年6月15日出生，公民身份号码：{ID}，住址：西安市。"
    m = only(text)
    assert m.number == ID and m.kind == "id18"
    assert text[m.start:m.end] == ID
    assert m.masked == ID[:6] + "********" + ID[-4:]


@pytest.mark.parametrize("last", ["X", "x", "Ｘ", "×"])
def test_check_character_x_in_every_spelling(last: str) -> None:
    text = f"身份证号：{ID_X[:-1]}{last}，"
    m = only(text)
    assert m.number == ID_X
    assert text[m.start:m.end] == ID_X[:-1] + last


def test_full_width_digits_and_x() -> None:
    text = f"申请人李某，身份证号{ID_X.translate(FULL_WIDTH)}，家住宝鸡市。"
    m = only(text)
    assert m.number == ID_X
    assert text[m.start:m.end] == ID_X.translate(FULL_WIDTH)


def test_cjk_on_both_sides_no_word_boundary_needed() -> None:
    assert numbers(f"号码{ID}住西安市") == [ID]


# --- separators -------------------------------------------------------------------------


def test_spaces_6_8_4() -> None:
    text = f"身份证号码：{ID[:6]} {ID[6:14]} {ID[14:]}。"
    m = only(text)
    assert m.number == ID
    assert text[m.start:m.end] == f"{ID[:6]} {ID[6:14]} {ID[14:]}"


def test_spaces_4_4_4_4_2() -> None:
    spaced = " ".join([ID[0:4], ID[4:8], ID[8:12], ID[12:16], ID[16:]])
    assert numbers(f"身份证号码 {spaced} 。") == [ID]


@pytest.mark.parametrize("sep", ["-", "\u00a0", "\u3000"])
def test_single_dash_nbsp_or_ideographic_space_inside(sep: str) -> None:
    assert numbers(f"证件号码{ID[:6]}{sep}{ID[6:14]}{sep}{ID[14:]}") == [ID]


@pytest.mark.parametrize("brk", ["\n", "\r\n"])
def test_line_break_inside_joins(brk: str) -> None:
    text = f"当事人：赵某，公民身份号码：{ID[:10]}{brk}{ID[10:]}，住址：略。"
    m = only(text)
    assert m.number == ID
    assert m.start == text.index(ID[:10])


def test_two_line_breaks_never_join() -> None:
    assert numbers(f"公民身份号码：{ID[:10]}\n\n{ID[10:]}") == []


def test_two_spaces_never_join() -> None:
    assert numbers(f"公民身份号码：{ID[:10]}  {ID[10:]}") == []


def test_nbsp_around() -> None:
    text = f"身份证号：\u00a0{ID}\u00a0\u00a0住址"
    m = only(text)
    assert text[m.start:m.end] == ID
    assert "\u00a0" not in m.context


@pytest.mark.parametrize("zw", ["\u200b", "\u200c", "\u200d", "\ufeff"])
def test_zero_width_characters_are_ignored(zw: str) -> None:
    text = f"身份证号：{ID[:7]}{zw}{ID[7:12]}{zw}{ID[12:]}"
    m = only(text)
    assert m.number == ID
    assert m.end - m.start == 20
    assert zw not in m.context


def test_zero_width_before_number_does_not_hide_a_letter() -> None:
    assert numbers(f"编码A\u200b{ID}") == []


def test_adjacent_numbers_split_by_one_space_are_two_matches() -> None:
    other = make_id("320106", "19700302", "017")
    assert numbers(f"{ID} {other}") == [ID, other]


def test_short_number_before_id_is_not_glued_by_a_space() -> None:
    assert numbers(f"序号3 {ID} 张某") == [ID]


# --- table cells ------------------------------------------------------------------------


def test_tab_separated_cells_never_join() -> None:
    # a number split over two cells is not one number
    assert numbers(f"1\t张某\t{ID[:9]}\t{ID[9:]}\t男\n") == []


def test_subsidy_list_table_rows() -> None:
    other = make_x_id("610302", "19521111")
    text = ("2023年第三季度城乡低保发放名单\n"
            "序号\t姓名\t身份证号码\t联系电话\t保障人口\t金额（元）\n"
            f"1\t王某\t{ID}\t{MOBILE}\t2\t860\n"
            f"2\t李某\t{other}\t\t1\t430\n")
    assert numbers(text) == [ID, other]


def test_cells_glued_by_text_content_29_digits_id_then_phone() -> None:
    text = f"张某{ID}{MOBILE}男"
    m = only(text)
    assert m.number == ID
    assert text[m.start:m.end] == ID
    assert MOBILE not in m.context and MOBILE[:5] not in m.context


def test_cells_glued_29_digits_phone_then_id() -> None:
    text = f"张某{MOBILE}{ID}"
    m = only(text)
    assert m.number == ID and text[m.start:m.end] == ID
    assert MOBILE[:5] not in m.context


def test_glued_run_of_other_length_is_not_split() -> None:
    assert numbers(f"流水{ID}1234") == []


# --- boundaries -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [f"A{ID}", f"{ID}B", f"{ID}7", f"8{ID}", f"Ａ{ID}", f"{ID}x",
                                  f"{ID}Ｘ"])
def test_letter_or_digit_beside_means_part_of_something_longer(text: str) -> None:
    assert numbers(text) == []


# --- masks ------------------------------------------------------------------------------


@pytest.mark.parametrize("masked", [
    "610102********1234",
    "6101021990****123X",
    "610***********1234",
    "610302XXXXXXXX2012",
    "610102＊＊＊＊＊＊＊＊2342",
    "610102××××××××2342",
    "6101021985○○○○2342",
    f"{ID[:6]}********{ID[-4:]}",
    f"{ID[:14]}***{ID[-1]}",
    f"{ID[:17]}*",
    f"*{ID}",
    f"{ID}*",
])
def test_masked_forms_are_never_matches(masked: str) -> None:
    assert numbers(f"当事人：张某，身份证号码：{masked}，住址：略。") == []


def test_masked_number_next_to_unmasked_one() -> None:
    assert numbers(f"610102********1234 {ID}") == [ID]


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize("label", [
    "统一社会信用代码：", "信用代码", "组织机构代码：", "注册号：", "流水号：", "订单号", "编号：",
    "运单号：", "文号：", "条码：", "邮编", "执法证号：", "证号：", "营业执照注册号为",
    "统一社会信用代码（注册号）：", "账号：",
])
def test_vetoed_labels(label: str) -> None:
    assert numbers(f"某某公司，{label}{ID}，法定代表人") == []


@pytest.mark.parametrize("label", ["身份证号：", "身份证号码", "居民身份证号码：", "身份证编号：",
                                   "公民身份号码", "证件号码：", "身份证件号码："])
def test_id_labels_are_not_vetoes(label: str) -> None:
    assert numbers(f"当事人王某，{label}{ID}。") == [ID]


def test_veto_label_belongs_to_the_nearest_number_only() -> None:
    text = f"统一社会信用代码：91230103692622643X，法定代表人张某，身份证号：{ID}"
    assert numbers(text) == [ID]


def test_veto_label_followed_by_other_number_does_not_reach_the_next() -> None:
    assert numbers(f"编号2023001，{ID}") == [ID]


def test_veto_header_column_in_table() -> None:
    assert numbers(f"序号\t企业名称\t注册号\n1\t某某公司\t{ID}\n") == []


# --- public look-alikes: credit codes and registration numbers --------------------------


def test_valid_all_digit_uscc_is_not_an_id() -> None:
    assert is_valid_uscc("916103022205212382")
    assert numbers("当事人：某某商贸有限公司，统一社会信用代码：916103022205212382。") == []
    assert numbers("916103022205212382") == []  # province 91 is no province anyway


def test_valid_uscc_that_passes_every_id_check_needs_the_context_rule() -> None:
    code = "121101197805121291"
    assert is_valid_uscc(code)
    assert numbers(code) == [code]  # without context it reads as an ID
    assert numbers(f"统一社会信用代码：{code}") == []
    assert numbers(f"单位名称：某某学校 社会信用代码 {code}") == []
    assert numbers(f"社会信用代码：916103022205212382、{code}") == []


def test_valid_uscc_in_credit_code_column_is_not_an_id() -> None:
    text = "序号\t单位名称\t统一社会信用代码\n1\t某某中心\t121101197805121291\n"
    assert numbers(text) == []


def test_long_tables_keep_their_header() -> None:
    credit = "".join(f"{i}\t某某单位{i}\t121101197805121291\n" for i in range(1, 2001))
    assert numbers("序号\t单位名称\t统一社会信用代码\n" + credit) == []
    regs = "".join(f"{i}\t某某公司\t110114020127903\n" for i in range(1, 2001))
    assert numbers("序号\t企业名称\t注册号\n" + regs) == []
    people = "".join(f"{i}\t某某\t{ID15}\n" for i in range(1, 2001))
    assert len(numbers("序号\t姓名\t公民身份号码\n" + people)) == 2000


def test_header_found_when_extraction_dropped_an_empty_cell() -> None:
    # rulekit's block text collapses empty cells, so rows can be shorter than the header
    text = f"\t序号\t姓名\t联系电话\t身份证号\t\n\t1\t刘某\t{ID15}\t\n"
    assert numbers(text) == [ID15]
    text = "\t序号\t单位名称\t备注\t统一社会信用代码\t\n\t1\t某某中心\t121101197805121291\t\n"
    assert numbers(text) == []


def test_letter_uscc_and_registration_numbers_from_real_pages() -> None:
    text = ("统一社会信用代码/注册号\t91230103692622643X\n"
            "统一社会信用代码\t91110116MA002GA801\n"
            "注册号：110114020127903\n"
            "110116020363764\n"
            "证书编号：530902202200014\n")
    assert numbers(text) == []


# --- 15-digit numbers -------------------------------------------------------------------

ID15 = "610102850615234"


@pytest.mark.parametrize("label", ["身份证号：", "公民身份号码", "证件号：", "身份证"])
def test_15_digit_with_id_context(label: str) -> None:
    m = only(f"当事人：刘某，{label}{ID15}。")
    assert m.kind == "id15" and m.number == ID15
    assert m.masked == "610102*****5234"


def test_15_digit_without_context_is_no_match() -> None:
    assert numbers(f"当事人刘某，{ID15}") == []
    assert numbers(f"注册号：{ID15}") == []


def test_15_digit_context_must_be_close() -> None:
    assert numbers(f"身份证已收回，另查明当事人的情况为{ID15}") == []


def test_15_digit_under_id_column_header() -> None:
    text = f"序号\t姓名\t身份证号\n1\t刘某\t{ID15}\n2\t王某\t{ID15[:-1]}7\n"
    assert numbers(text) == [ID15, ID15[:-1] + "7"]


def test_15_digit_bad_date_or_province() -> None:
    assert numbers("身份证号：610102851315234") == []   # month 13
    assert numbers("身份证号：910102850615234") == []   # province 91


# --- validity checks --------------------------------------------------------------------


def test_birth_date_after_as_of_is_no_match() -> None:
    future = make_id(born="20240602")
    assert numbers(f"身份证号：{future}") == []
    assert numbers(f"身份证号：{future}", datetime.date(2024, 6, 2)) == [future]


def test_bad_checksum() -> None:
    wrong = ID[:-1] + ("3" if ID[-1] != "3" else "4")
    assert numbers(f"身份证号：{wrong}") == []


@pytest.mark.parametrize("area", ["000102", "191234", "241234", "551234", "721234", "841234",
                                  "911234", "991234"])
def test_bad_province(area: str) -> None:
    assert numbers(f"身份证号：{make_id(area=area)}") == []


@pytest.mark.parametrize("born", ["19850230", "18991231", "19851301", "19850000"])
def test_bad_birth_date(born: str) -> None:
    assert numbers(f"身份证号：{make_id(born=born)}") == []


@pytest.mark.parametrize("prov", ["11", "15", "21", "23", "31", "37", "41", "46", "50", "54",
                                  "61", "65", "71", "81", "82", "83"])
def test_every_province_edge_is_accepted(prov: str) -> None:
    n = make_id(area=prov + "0102")
    assert numbers(f"身份证号：{n}") == [n]


def test_county_code_is_not_checked() -> None:
    n = make_id(area="619999", born="19400101")
    assert numbers(n) == [n]


# --- evidence ---------------------------------------------------------------------------


def test_mask_id() -> None:
    assert mask_id("610102198506152342") == "610102********2342"
    assert mask_id("61010219900101001X") == "610102********001X"
    assert mask_id("610102850615234") == "610102*****5234"


def test_context_masks_the_number_and_its_neighbours() -> None:
    other = make_id("320106", "19700302", "017")
    text = f"户主身份证{other}，配偶身份证{ID}，电话{MOBILE}"
    found = find_id_numbers(text, AS_OF)
    assert [m.number for m in found] == [other, ID]
    for m in found:
        assert m.masked in m.context
        for digits in (other[6:14], ID[6:14], MOBILE[3:8], other[-6:], ID[-6:]):
            assert digits not in m.context


def test_context_of_line_broken_number_has_no_line_break() -> None:
    m = only(f"身份证：{ID[:10]}\n{ID[10:]}\n住址")
    assert "\n" not in m.context
    assert m.context.startswith("身份证：" + m.masked)


def test_one_match_per_occurrence_and_distinct() -> None:
    other = make_id("320106", "19700302", "017")
    text = f"身份证号{ID}。再次核对身份证号{ID}，其配偶{other}。"
    found = find_id_numbers(text, AS_OF)
    assert [m.number for m in found] == [ID, ID, other]
    assert [m.number for m in distinct(found)] == [ID, other]
    assert distinct(found)[0] is found[0]


# --- real pages -------------------------------------------------------------------------


def _visible_text(raw: str) -> str:
    """Crude block-aware text: tabs between cells, line breaks between blocks."""
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml is installed in the test venv
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", raw)
        raw = re.sub(r"(?i)<t[dh]\b[^>]*>", "\t", raw)
        raw = re.sub(r"(?i)<(br|p|div|tr|li|h\d)\b[^>]*>", "\n", raw)
        return re.sub(r"<[^>]+>", "", raw)
    root = lxml.html.fromstring(raw)
    for el in root.xpath("//script|//style"):
        el.drop_tree()
    blocks = {"p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4",
              "h5", "h6", "dd", "dt", "dl", "section", "article", "header", "footer", "title"}
    parts: list[str] = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in ("td", "th"):
                parts.append("\t")
            elif tag in blocks:
                parts.append("\n")
            parts.append(el.text or "")
        else:
            if tag in blocks:
                parts.append("\n")
            parts.append(el.tail or "")
    return "".join(parts)


REAL = sorted(REAL_PAGES.glob("*.html")) if REAL_PAGES.is_dir() else []


@pytest.mark.skipif(not REAL, reason="shared/real/pages not available")
@pytest.mark.parametrize("page", REAL, ids=[p.name for p in REAL])
def test_real_pages_have_no_id_number(page: Path) -> None:
    raw = page.read_bytes().decode("utf-8")
    assert find_id_numbers(_visible_text(raw), AS_OF) == []
    # tag-stripped source, scripts and attribute-free markup included, glued and all
    assert find_id_numbers(re.sub(r"<[^>]+>", "", raw), AS_OF) == []
    assert find_id_numbers(re.sub(r"<[^>]+>", "\t", raw), AS_OF) == []


@pytest.mark.skipif(not REAL, reason="shared/real/pages not available")
@pytest.mark.parametrize("page", REAL, ids=[p.name for p in REAL])
def test_real_pages_through_rulekit_text_extraction(page: Path) -> None:
    text_mod = pytest.importorskip("rulekit.text")
    lxml_html = pytest.importorskip("lxml.html")
    root = lxml_html.fromstring(page.read_bytes().decode("utf-8"))
    assert find_id_numbers(text_mod.block_text(root), AS_OF) == []


# --- properties -------------------------------------------------------------------------

_ALPHABET = ("0123456789０１２３４５６７８９XxＸｘ×*＊○ \u00a0\u3000-－\n\r\t"
             "\u200b\u200c\u200d\ufeffABa身份证号码统一社会信用代码注册编号住址，：。¹²①⑴ﬁ㈠")
DATES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))


@st.composite
def valid_ids(draw: st.DrawFn) -> str:
    prov = draw(st.sampled_from(sorted(
        {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
         50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83})))
    county = draw(st.integers(0, 9999))
    born = draw(st.dates(min_value=datetime.date(1900, 1, 1), max_value=AS_OF))
    seq = draw(st.integers(0, 999))
    return make_id(f"{prov}{county:04d}", born.strftime("%Y%m%d"), f"{seq:03d}")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=200) | st.text(max_size=200), DATES)
def test_never_raises_and_offsets_are_sane(text: str, as_of: datetime.date) -> None:
    for m in find_id_numbers(text, as_of):
        assert 0 <= m.start < m.end <= len(text)
        assert m.kind in ("id18", "id15")
        assert m.number not in m.context
        assert m.masked == mask_id(m.number)


@given(st.text(alphabet="0123456789X*", max_size=30))
def test_mask_id_is_idempotent(number: str) -> None:
    assert mask_id(mask_id(number)) == mask_id(number)


@given(valid_ids())
def test_mask_id_of_valid_number_is_stable(number: str) -> None:
    masked = mask_id(number)
    assert mask_id(masked) == masked
    assert masked[:6] == number[:6] and masked[-4:] == number[-4:]


@settings(max_examples=200)
@given(valid_ids(), st.sampled_from(["*", "＊", "×"]),
       st.sampled_from(["身份证号码：{}，", "{}", "张某\t{}\t男", "号码{}住"]))
def test_masked_valid_number_is_never_found(number: str, star: str, frame: str) -> None:
    for masked in (mask_id(number), number[:10] + "****" + number[14:],
                   number[:3] + "*" * 11 + number[-4:]):
        masked = masked.replace("*", star)
        assert find_id_numbers(frame.format(masked), AS_OF) == []


@settings(max_examples=200)
@given(valid_ids(), st.sampled_from(["当事人：某，身份证号码：{}，住址", "{}", "名单\t{}\t男\n",
                                     "号码{}住", "{}\n"]))
def test_valid_number_is_found(number: str, frame: str) -> None:
    text = frame.format(number)
    found = find_id_numbers(text, AS_OF)
    assert [m.number for m in found] == [number]
    assert text[found[0].start:found[0].end] == number


# --- labels of table rows and driving licences ------------------------------------------


def test_a_header_label_above_never_vetoes_the_first_row() -> None:
    """The header row's last cell (一卡通账号) stands within a label's reach of the first
    row's ID cell: only the header lookup may read it, for its own column."""
    text = ("序号\t姓名\t性别\t身份证号码\t家庭住址\t一卡通账号\n"
            f"1\t温某\t女\t{ID}\t示例县温泉镇温泉村七组\t37642690863482847\n")
    assert numbers(text) == [ID]
    text = f"户主\t身份证号码\t开户银行\t账号\n冉某\t{ID}\t示例农商银行\t37642690863482847\n"
    assert numbers(text) == [ID]


def test_a_label_in_the_cell_before_still_counts() -> None:
    assert numbers(f"注册号\t{ID}\t法定代表人\t张某") == []


@pytest.mark.parametrize("label", ["驾驶证号：", "机动车驾驶证号：", "驾驶证号码 "])
def test_a_driving_licence_number_is_an_id_number(label: str) -> None:
    assert numbers(f"违法行为人：刘某，{label}{ID}，档案编号：360900123456") == [ID]


def test_a_road_transport_workers_certificate_is_numbered_with_the_id() -> None:
    assert numbers(f"姓名\t从业资格证号\t考核等级\n阎某\t{ID}\tAAA\n") == [ID]
    assert numbers(f"执法人员：冯某，执法证号：{ID}") == []
