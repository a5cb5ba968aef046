"""Personal-address detector: whose address it is, how detailed, and whether it is masked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rulekit_national.address import AddressMatch, find_personal_addresses, mask_address


def addresses(text: str) -> list[str]:
    return [m.address for m in find_personal_addresses(text)]


def only(text: str) -> AddressMatch:
    found = find_personal_addresses(text)
    assert len(found) == 1, found
    return found[0]


# --- positives --------------------------------------------------------------------------


def test_person_with_road_and_house_number() -> None:
    text = ("陕雁市监处罚〔2023〕15号\n当事人：张某某，男，汉族，1985年6月15日出生，"
            "公民身份号码：610102********2342，住址：陕西省西安市雁塔区电子二路12号。\n")
    m = only(text)
    assert m.label == "住址"
    assert m.address == "陕西省西安市雁塔区电子二路12号"
    assert text[m.start:m.end] == m.address
    assert m.masked == "陕西省西安市雁塔区*******"
    assert "12号" not in m.context and "电子二路" not in m.context
    assert m.masked in m.context


def test_present_address_without_province() -> None:
    m = only("当事人：王某，女，汉族，现住凤翔区城关镇东街村3组。")
    assert m.label == "现住"
    assert m.address == "凤翔区城关镇东街村3组"
    assert m.masked == "凤翔区城关镇*****"


def test_village_group_in_chinese_numerals() -> None:
    m = only("当事人：刘某，性别：女，1962年出生，家住岐山县蔡家坡镇东街村五组，从事个体经营。")
    assert m.label == "家住" and m.address.endswith("五组")


@pytest.mark.parametrize("label", ["住址：", "家庭住址：", "户籍地：", "户籍所在地：", "居住地：",
                                   "经常居住地：", "现居住于", "现住", "家住", "送达地址：",
                                   "联系地址：", "地址：", "住所地：", "住址为", "住址:"])
def test_trigger_labels(label: str) -> None:
    text = f"当事人：李某，男，1979年3月出生，身份证号码：略，{label}扶风县天度镇光明村二组。"
    assert addresses(text) == ["扶风县天度镇光明村二组"]


@pytest.mark.parametrize("detail", ["新华路128号", "幸福小区3栋2单元501室", "金桥花园5幢",
                                    "锦绣苑B座", "东关社区12号", "南郊新村3-2-201", "康乐路８号"])
def test_below_township_markers(detail: str) -> None:
    text = f"当事人：周某，男，汉族，住址：宝鸡市渭滨区{detail}。"
    assert addresses(text) == [f"宝鸡市渭滨区{detail}"]


def test_legal_representative_home_address_is_personal() -> None:
    text = ("当事人：西安某某商贸有限公司，统一社会信用代码：91610103MA6U000000，住所：西安市雁塔区"
            "科技路12号。法定代表人：张某，男，身份证号码：610***********1234，住址：西安市新城区"
            "解放路100号3单元201室。")
    m = only(text)
    assert m.address == "西安市新城区解放路100号3单元201室"
    assert m.masked == "西安市新城区********"


def test_person_domicile_labelled_zhusuo() -> None:
    assert addresses("当事人张某，男，1970年出生，住所：陕西省西安市雁塔区电子二路12号") == [
        "陕西省西安市雁塔区电子二路12号"]


def test_person_indicator_after_the_address() -> None:
    text = "当事人：杨某，住址：眉县首善镇城关村3组，公民身份号码：610***********1234。"
    assert addresses(text) == ["眉县首善镇城关村3组"]


def test_two_parties_in_one_paragraph() -> None:
    text = ("当事人一：张某，男，住址：凤县双石铺镇古岔村1组；"
            "当事人二：某某建材有限公司，统一社会信用代码：91610330MA6X000000，住所：凤县双石铺镇"
            "凤州路18号。")
    assert addresses(text) == ["凤县双石铺镇古岔村1组"]


def test_county_name_containing_lue_is_not_a_mask() -> None:
    assert addresses("当事人：赵某，男，住址：陕西省略阳县接官亭镇磨坝村3组") == [
        "陕西省略阳县接官亭镇磨坝村3组"]


def test_full_width_colon_and_digits() -> None:
    text = "当事人：孙某，女，住址：西安市未央区凤城八路１８号"
    assert addresses(text) == ["西安市未央区凤城八路１８号"]


def test_address_ends_before_following_field_without_punctuation() -> None:
    text = "当事人：钱某，男，住址：麟游县九成宫镇城关村4组 联系电话：139****5678"
    assert addresses(text) == ["麟游县九成宫镇城关村4组"]


def test_single_space_inside_the_administrative_part() -> None:
    text = "当事人：吴某，男，住址：陕西省西安市 雁塔区电子二路12号 身份证号码：略"
    assert addresses(text) == ["陕西省西安市 雁塔区电子二路12号"]


def test_space_after_the_detail_ends_the_address() -> None:
    text = "当事人：吴某，男，住址：雁塔区电子二路12号 男 汉族"
    assert addresses(text) == ["雁塔区电子二路12号"]


# --- negatives --------------------------------------------------------------------------


def test_company_domicile_is_public() -> None:
    text = ("当事人：西安某某商贸有限公司，统一社会信用代码：91610103MA6U000000，"
            "住所：西安市雁塔区科技路12号，法定代表人：李某。")
    assert addresses(text) == []


def test_organization_domicile_without_company_suffix() -> None:
    assert addresses("当事人：某某酒店，住所：西安市雁塔区电子二路12号，法定代表人：张三") == []


def test_domicile_of_company_with_legal_representative_described_inline() -> None:
    text = "当事人：宝鸡某某有限公司，法定代表人张某，男，住所：宝鸡市金台区宝光路12号"
    assert addresses(text) == []


def test_county_or_township_level_is_not_detailed() -> None:
    assert addresses("当事人：张三，男，汉族，住址：陕西省宝鸡市凤翔区城关镇。") == []
    assert addresses("当事人：张三，男，汉族，住址：陕西省宝鸡市陈仓区。") == []
    assert addresses("当事人：张三，男，汉族，住址：宝鸡市渭滨区新华路。") == []


@pytest.mark.parametrize("addr", [
    "陕西省西安市雁塔区**路**号",
    "陕西省西安市雁塔区****",
    "西安市雁塔区＊＊路12号",
    "凤翔区城关镇××村3组",
    "凤翔区城关镇○○村3组",
    "西安市某某小区5号楼",
    "某某村某组",
    "略",
    "（略）",
    "详细地址已隐去",
    "已隐去",
    "XX县XX镇XX村3组",
])
def test_masked_addresses(addr: str) -> None:
    assert addresses(f"当事人：张某，男，1980年出生，住址：{addr}。") == []


def test_office_address_is_public() -> None:
    text = ("当事人：张某，男，住址：略。\n如不服本决定，可申请行政复议。\n"
            "本机关地址：西安市雁塔区长安南路12号，联系电话：029-88888888。")
    assert addresses(text) == []


@pytest.mark.parametrize("line", ["我局联系地址：西安市雁塔区电子二路12号",
                                  "单位地址：西安市雁塔区电子二路12号",
                                  "办公地址：西安市雁塔区电子二路12号",
                                  "联系我们 地址：西安市雁塔区电子二路12号",
                                  "本局地址：西安市雁塔区电子二路12号"])
def test_agency_address_lines(line: str) -> None:
    text = f"当事人：王某，女，身份证号码：610***********1234，住址：略\n{line}"
    assert addresses(text) == []


def test_business_premises_and_offence_place_are_public() -> None:
    text = ("当事人：张某，男，1980年出生，经营场所：西安市雁塔区长安南路12号，"
            "违法地点：西安市雁塔区长安南路14号，经营地址：西安市雁塔区长安南路16号。")
    assert addresses(text) == []


def test_address_without_person_description_is_not_reported() -> None:
    assert addresses("送达地址：西安市雁塔区电子二路12号") == []


def test_individual_business_without_person_details() -> None:
    text = "当事人：某某便利店（个体工商户），经营者：张某，住所：宝鸡市渭滨区经二路5号"
    assert addresses(text) == []


def test_blank_line_ends_the_party_block() -> None:
    text = "当事人：张某，男，住址：略。\n\n联系地址：西安市雁塔区电子二路12号"
    assert addresses(text) == []


# --- masking and evidence ---------------------------------------------------------------


@pytest.mark.parametrize(("address", "masked"), [
    ("陕西省西安市雁塔区电子二路12号", "陕西省西安市雁塔区*******"),
    ("凤翔区城关镇东街村3组", "凤翔区城关镇*****"),
    ("西安市碑林区南院门街道粉巷社区18号楼2单元1202室", "西安市碑林区南院门街道********"),
    ("东街村3组", "*****"),
    ("宝鸡市渭滨区幸福小区3栋", "宝鸡市渭滨区******"),
])
def test_mask_address(address: str, masked: str) -> None:
    assert mask_address(address) == masked


def test_context_never_carries_neighbouring_numbers_or_addresses() -> None:
    text = ("当事人：张某，男，身份证号码：610102198506152342，住址：凤县双石铺镇古岔村1组，"
            "现住：宝鸡市渭滨区经二路5号。")
    found = find_personal_addresses(text)
    assert [m.label for m in found] == ["住址", "现住"]
    for m in found:
        assert not any(ch.isdigit() for ch in m.context)
        assert "古岔村" not in m.context and "经二路" not in m.context


@given(st.text(max_size=200))
def test_never_raises(text: str) -> None:
    for m in find_personal_addresses(text):
        assert 0 <= m.start < m.end <= len(text)
        assert m.address == text[m.start:m.end]


@given(st.text(alphabet="省市区县镇乡街道村组路号栋单元室0123456789一二三某*西安雁塔", max_size=40))
def test_mask_address_never_keeps_a_digit(address: str) -> None:
    masked = mask_address(address)
    kept = masked.rstrip("*")
    if masked != address:
        assert not any(ch.isdigit() for ch in kept)
        assert len(masked) - len(kept) <= 8
