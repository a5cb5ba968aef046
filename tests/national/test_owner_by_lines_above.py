"""Whose number or address a field line is, when the line names nobody itself.

Decisions and lists often put each field on a line of its own: 「船主：吴某某」, then
「手机：…」. Such a line is about whom the nearest line above that names someone
describes: a person (a role with a person's name, an ID, a home address) makes the mobile
personal; the office (承办人, 联系人, the signature's agency and date, a 公示's closing words)
keeps it public. Roles beyond the party's (违法嫌疑人, 船主, 雇主, 承包人, 监护人 …) name a
person when a person's name follows, and 居所 is a person's word for home (a company has a
住所). Each with the look-alike that must stay quiet. Numbers are synthetic.
"""

from __future__ import annotations

import pytest
from gap_readers import ID, MOBILE, USCC, addresses, phones

PERSONAL_MOBILES = {
    "a ship owner's own line": "渔业行政处罚决定书\n渔船船主：吴某某，渔船编号：赣示渔12345\n"
                               f"手机：{MOBILE}\n经查，当事人在禁渔期内……\n",
    "an employer with a home address": "劳动保障监察行政处罚决定书\n雇主：郑某\n"
                                       "住址：示例县城关镇东街5号\n"
                                       f"移动电话：{MOBILE}\n",
    "a contractor described by ID": "承包人黄某，居民身份证号：" + ID + "\n"
                                    f"联系方式：{MOBILE}\n",
    "a guardian": f"监护人：刘某（系违法行为人之父）\n电话号码：{MOBILE}\n",
    "a suspect described by sex": "违法嫌疑人：陈某某，男，汉族\n"
                                  f"联系电话：{MOBILE}\n",
}

OFFICE_MOBILES = {
    "after the signature's date": f"当事人：张某，身份证号码：{ID}。\n……罚款二千元。\n"
                                  f"示例县农业农村局\n2024年5月6日\n联系电话：{MOBILE}\n",
    "after the agency's name": f"当事人：张某，身份证号码：{ID}。\n……罚款二千元。\n"
                               f"示例县应急管理局\n联系方式：{MOBILE}\n",
    "under the officers' line": f"当事人：仇某，男，身份证号码：{ID}。\n"
                                f"承办人：乔某、时某。联系电话：{MOBILE}。\n",
    "under a contact person named": f"当事人：仇某，男，身份证号码：{ID}。\n"
                                    f"你有权要求举行听证。\n联系人：李某\n联系电话：{MOBILE}\n",
    "a list's officer": f"序号\t姓名\t补助金额\n1\t张某\t500\n\n经办人：王某\n电话：{MOBILE}\n",
    "a 公示's closing": "姓名\t身份证号\n张某\t" + ID + "\n以上名单公示7天。\n"
                        f"联系电话：{MOBILE}\n示例县民政局\n",
    "the office's address line": f"地址：示例县建设路8号，邮编336399，电话：{MOBILE}\n",
    "a company's own line": f"当事人：示例县某某建材有限公司\n统一社会信用代码：{USCC}\n"
                            f"联系电话：{MOBILE}\n",
}


@pytest.mark.parametrize("text", PERSONAL_MOBILES.values(), ids=PERSONAL_MOBILES)
def test_a_field_line_belongs_to_the_person_above(text: str) -> None:
    assert phones(text) == [MOBILE]


@pytest.mark.parametrize("text", OFFICE_MOBILES.values(), ids=OFFICE_MOBILES)
def test_a_field_line_under_the_office_stays_quiet(text: str) -> None:
    assert phones(text) == []


def test_more_roles_name_a_person_whose_address_it_is() -> None:
    text = "船主：吴某某\n通讯地址：江西省示例县渔港镇渔民新村12号\n"
    assert addresses(text) == ["江西省示例县渔港镇渔民新村12号"]


def test_a_company_owner_role_with_a_company_name_stays_quiet() -> None:
    text = "业主：示例县某某置业有限公司\n通讯地址：示例县城南大道268号\n"
    assert addresses(text) == []


def test_juzhu_is_a_persons_home() -> None:
    text = "当事人李某，居所：示例县城南新区幸福小区6栋2单元302室。"
    assert addresses(text) == ["示例县城南新区幸福小区6栋2单元302室"]
