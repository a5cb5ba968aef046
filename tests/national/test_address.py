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


# --- whose address it is: the widened definition (rules.md) -------------------------------


@pytest.mark.parametrize(("text", "address"), [
    ("当事人吴某，家住示例县永宁镇城北村五组，于2022年2月起无证经营。", "示例县永宁镇城北村五组"),
    ("当事人郑某，住址：江西省示例县三都镇新华路18号。", "江西省示例县三都镇新华路18号"),
    ("当事人：郑某\n住址：江西省示例县三都镇新华路18号", "江西省示例县三都镇新华路18号"),
    ("当事人：王某某，现居住于示例县永宁镇幸福小区3栋2单元501室。", "示例县永宁镇幸福小区3栋2单元501室"),
    ("当事人：冯某（男，1977年出生，住示例县三都镇凤凰山村2组）。", "示例县三都镇凤凰山村2组"),
    ("当事人：张某，暂住地：示例县永宁镇城北村三组12号", "示例县永宁镇城北村三组12号"),
    ("当事人：张某，现住所：示例县永宁镇城北村三组12号", "示例县永宁镇城北村三组12号"),
    ("当事人：示例县永宁镇某某便利店（个体工商户）\n经营者：张某\n统一社会信用代码：92360999MA35L0QX5R\n"
     "经营场所：示例县永宁镇府前路8号\n住址：示例县永宁镇城北村三组12号",
     "示例县永宁镇城北村三组12号"),
    ("当事人姓名\t谢某\t性别\t男\n住址\t示例县三都镇三都村五组", "示例县三都镇三都村五组"),
])
def test_a_natural_persons_address(text: str, address: str) -> None:
    assert addresses(text) == [address]


@pytest.mark.parametrize("text", [
    "当事人：示例县某某商贸有限公司，住址：示例县永宁镇府前路8号",
    "当事人：示例县某某商贸有限公司\n法定代表人：李某\n住址：示例县永宁镇府前路8号",
    "当事人：某某酒店，住址：示例县永宁镇府前路8号",
    "当事人：示例县某某餐饮店（个体工商户），经营者：王某，经营场所：示例县城关镇新华路12号。",
    "当事人：张某，男。\n违法地点：示例县港口镇港口村五组8号。",
    "当事人：郑某，住址：江西省示例县三都镇某某路某号。",
])
def test_not_a_natural_persons_address(text: str) -> None:
    assert addresses(text) == []


def test_table_headed_name_id_and_address() -> None:
    text = ("行政处罚决定信息\n序号\t姓  名\t身份证号\t住址（户籍地）\t处罚内容\n"
            "1\t张某\t360999********1234\t江西省示例县永宁镇城北村三组12号\t罚款500元\n"
            "2\t示例县某某有限公司\t91360999MA35L0QX5R\t示例县府前路8号\t罚款\n"
            "3\t李某\t360999********5678\t示例县永宁镇****\t警告\n"
            "本局地址：示例县府前路1号")
    found = find_personal_addresses(text)
    assert [m.address for m in found] == ["江西省示例县永宁镇城北村三组12号"]
    assert found[0].label == "住址（户籍地）"
    assert "三组" not in found[0].context


def test_table_of_companies_is_not_personal() -> None:
    text = ("企业名称\t统一社会信用代码\t地址\n"
            "示例县某某食品有限公司\t91360999MA35L0QX5R\t示例县工业园区创业路6号\n")
    assert addresses(text) == []


@pytest.mark.parametrize("label", ["住所（住址）：", "住址(户籍地)：", "住址（常住）："])
def test_a_label_with_a_note(label: str) -> None:
    text = f"当事人：曾某\n主体资格证照名称：居民身份证\n{label}示例县三都镇东岭村委会东岭组26号"
    assert addresses(text) == ["示例县三都镇东岭村委会东岭组26号"]


def test_a_company_form_with_the_same_label_is_public() -> None:
    text = ("当事人：示例县某某食品有限公司\n主体资格证照名称：营业执照\n"
            "住所（住址）：示例县工业园区创新大道9号\n法定代表人（负责人、经营者）：黎某")
    assert addresses(text) == []


def test_the_domicile_of_a_sole_traders_operator_described_as_a_person() -> None:
    text = ("当事人：示例县某某家政服务部（个体工商户），经营者：宁某，性别：女，身份证号码：略，"
            "住所：示例县城关镇东方红路2号，联系电话：略。")
    assert addresses(text) == ["示例县城关镇东方红路2号"]


def test_a_role_without_a_colon_is_followed_by_a_name_not_a_sentence() -> None:
    from rulekit_national.address import party_at
    text = "当事人在网店销售假冒商品，收款账号：略"
    assert party_at(text, text.index("收款"), len(text)).name == ""
    text = "当事人吴某，家住示例县永宁镇城北村五组"
    assert party_at(text, text.index("家住"), len(text)).name == "吴某"


def test_a_business_place_before_the_label_is_not_a_home() -> None:
    text = ("当事人：闵某，男，住址：示例县排埠镇黄岗村五组，养殖场地址：示例县排埠镇黄岗村五组山背11号。")
    assert addresses(text) == ["示例县排埠镇黄岗村五组"]


def test_an_address_broken_across_lines_before_its_detail() -> None:
    text = "当事人：钮某，女，身份证号码：略，\n住址：示例县温汤镇\n汤溪村5组\n"
    assert [a.replace("\n", "") for a in addresses(text)] == ["示例县温汤镇汤溪村5组"]
    assert addresses("当事人：钮某，女，住址：示例县温汤镇\n联系电话：略") == []


def test_slashed_table_headers() -> None:
    text = ("当事人姓名/名称\t证件号码\t住址/住所\t违法行为\n"
            "缪某\t360999********1234\t示例县三都镇三都村8组\t无照经营\n"
            "示例县某某汽修厂\t91360999MA35L0QX5R\t示例县三都镇汽配城5号\t未明码标价\n")
    assert addresses(text) == ["示例县三都镇三都村8组"]


def test_an_employer_in_a_persons_description_is_not_the_party() -> None:
    text = ("被处罚人：鲍某，男，1995年3月21日出生，工作单位：示例县某某物流有限公司，"
            "户籍地：示例县三都镇西岭村四组，现住：示例县城关镇工业园宿舍楼3楼。")
    assert addresses(text) == ["示例县三都镇西岭村四组", "示例县城关镇工业园宿舍楼3楼"]


def test_hukou_label() -> None:
    assert addresses("当事人：隗某，男，户口所在地：示例县棋坪镇上庄村6组，联系电话：略。") == [
        "示例县棋坪镇上庄村6组"]
