"""Personal numbers in one pass: ID, phone and bank-account numbers from one tokenisation.

One compiled regex (``TOKEN``) finds the text's digit runs once: runs of seven or more
digits, mask characters and single separators. Shorter runs (most digits of a penalty
decision: dates, amounts, article numbers) are skipped inside the regex engine, so text
without a candidate costs one C-level scan. Each token goes to the ID classifier
(``idnumber.token_ids``) and, around the IDs it holds, is read left to right as mobile
numbers, landlines and bank numbers. A reading then needs an owner: its label (联系电话,
账号, 执法证号 …) or the column header above it, and whose it is (a natural person, a
company, the office). See ``shared/spec/privacy.md`` and ``rules.md``.

The text is meant to be a page's normalised text (NFKC: ASCII digits, zero-width characters
dropped, U+3000 and NBSP a space), so offsets index ``page.normalized.text``.
Pure functions, standard library only.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field

from rulekit_national.address import (
    OPERATORS,
    Footers,
    is_org_name,
    is_person_name,
    party_at,
    person_in_sentence,
    reached_at_workplace,
)
from rulekit_national.idnumber import (
    _LONG_DIGITS,
    TextScan,
    header_cell,
    is_valid_uscc,
    label_window,
    token_ids,
)
from rulekit_national.table_headers import SpannedTables

__all__ = ["TOKEN", "NumberMatch", "Numbers", "PersonItems", "find_bank_accounts",
           "find_phone_numbers", "label_kind", "luhn", "mask_number", "scan_numbers",
           "unmasked_spans"]

_TC = "0-9Xx*×○"
_SEP = r"(?:[ \-]|\r\n|\n|\r)"
#: A token: digits, X and mask characters in groups joined by single separators, seven or
#: more characters long (the lookahead rejects shorter runs without leaving the engine).
TOKEN = re.compile(f"[0-9*×○](?=(?:[{_TC}]|{_SEP}){{6}})[{_TC}]*(?:{_SEP}(?=[{_TC}])[{_TC}]*)*")
_SEPARATORS = " -\r\n"  # (between the groups of a token)
_GROUP = re.compile(f"[{_TC}]+")
_DIGIT_GROUP = re.compile(f"[0-9]+(?![{_TC}])")
#: A token that is one mobile number (3-4-4, +86) or one landline with its area code.
_ONE_PHONE = re.compile(
    r"(?:(?:86|0086)[ \-]?)?(?P<mobile>1[3-9][0-9](?:[ \-]?[0-9]{4}){2})"
    r"|(?P<area>0(?:10|2[0-9]|[3-9][0-9]{2}))[ \-]?(?P<local>[2-9][0-9]{6,7})")
_NOT_DIGIT = re.compile("[^0-9]")
#: A mobile number written masked: its first three and last four digits around a mask.
_MASKED_MOBILE = re.compile(
    r"(?<![0-9])(1[3-9][0-9])[ -]?[*×Xx●○]{4}[ -]?([0-9]{4})(?![0-9])")
#: A token that is a date (2022-05-12, 2022-5-12 09): no number a detector looks for is written
#: so, and list pages hold hundreds of them, so the pass sets them aside in one match.
_DATE_TOKEN = re.compile(r"(?:19|20)[0-9]{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12][0-9]|3[01])"
                         r"(?: [01]?[0-9]| 2[0-3])?")
_ID_RUN = re.compile(f"[0-9Xx×](?:{_SEP}?[0-9Xx×]){{14}}")
_MOBILE = re.compile("1[3-9][0-9]{9}")
_AREA = re.compile("0(?:10|2[0-9]|[3-9][0-9]{2})")
_LOCAL = re.compile("[2-9][0-9]{6,7}")
_LANDLINE = re.compile("(0(?:10|2[0-9]|[3-9][0-9]{2}))([2-9][0-9]{6,7})")
_AREA_BEFORE = re.compile(
    r"(?:[(（]\s?(0(?:10|2[0-9]|[3-9][0-9]{2}))\s?[)）]|(?<![0-9])(0(?:10|2[0-9]|[3-9][0-9]{2}))"
    r"[—–~])\s?$")
#: An 18-digit reading with a real province and birth date (an ID whatever its checksum).
_ID_SHAPE = re.compile(
    r"(?:1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])[0-9]{4}(?:19|20)[0-9]{2}"
    r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9X]")
_ALNUM = re.compile("[0-9A-Za-z]")

#: Labels in front of a number, by kind. At one position the earlier group wins, so
#: 举报电话 is the office's, never a phone label, and 身份证号 never the veto label 证号.
_LABELS = re.compile(
    # every label starts with one of these: the engine rejects other positions at once
    "(?=[举投咨监服热值办受传企联居身公证固家住本移电手座TtPp支微银开收个卡账帐储借信存一社统组代"
    "注执编文单流批条邮索案识票发凭序工学车合登档缴校验驾机从资QqIi])"
    r"(?:(?P<office>举报电话|投诉电话|投诉举报电话|咨询电话|监督电话|服务电话|服务热线|热线电话|热线"
    r"|值班电话|办公电话|受理电话|传真(?:号码)?|联系人电话"
    # an organisation's number by its label: 单位电话 (the office's, a party company's)
    r"|(?:单位|公司|企业)(?:联系|办公)?电话)"
    r"|(?P<id>(?:居民)?身份证(?:件)?(?:号码|编号|号)?|公民身份(?:证)?号码|身份号码"
    r"|证件(?:号码|编号|号)|(?:机动车)?驾驶证(?:号码|编号|号)?|(?:从业)?资格证(?:书)?(?:号码|号))"
    r"|(?P<phone>(?:联系|固定|家庭|住宅|本人|移动)?电 ?话(?:号码|号)?|手 ?机(?:号码|号)?|联系方式"
    r"|联系号码|座机|固话|[Tt][Ee][Ll]|[Pp]hone|支付宝(?:账号|账户)?|微信(?:账号|号)?)"
    r"|(?P<bank>(?:银行|开户|收款|个人)?(?:卡号|账号|帐号)|银行卡|储蓄卡|借记卡|信用卡|存折(?:账号|号)?"
    r"|账户|帐户|一卡通(?:账号|卡号)?|一折通|社保卡(?:账号|卡号|号)?|社会保障卡号|开户行|开户银行)"
    r"|(?P<veto>统一社会信用代码|信用代码|组织机构代码|代码|注册号|执照号|证号|编号|编码|文号|单号"
    r"|流水号|批号|批次号|条码|条形码|邮编|邮政编码|索引号|案号|识别号|票号|发票号码|凭证号|序号"
    r"|工号|学号|车牌|车架号|合同号|登记号|档案号|缴款码|识别码|校验码|验证码|QQ|qq|IP|ip))")
_LABEL_LOOKBACK = 32
#: Any other 「…号：」 or 「…码：」 right before a number names it as something else.
_OTHER_NUMBER = re.compile(r"[\u4e00-\u9fff][号码][：:]\s*$")
_LABEL_GAP = 12
#: Between a label and the second number of a list under it: the first number, a comma.
_LISTED = re.compile(r"[：:\s]*(?:[0-9Xx*×\- ]{5,}[、，,/／和及或与 ]+)+")
_BANK_LABEL_GAP = 24  # 开户行：中国农业银行示例县支行 账号 …
#: Words near a number that make it the office's (after any person named before them).
_OFFICE = re.compile(
    r"本(?:机关|局|院|委|厅|所|队|单位|部门|中心|站|办)|我(?:局|院|委|厅|所|队|单位|办)"
    r"|执法机关|行政机关|处罚机关|办案机构|办案单位|办案人员|执法人员|执法队员|承办人|经办人"
    r"|联系人|联络人|异议|举报电话|投诉电话|咨询电话|监督电话|热线|值班|办公电话|联系我们|传真"
    # an office named right before the label: 县民政局联系电话, 本局法规科电话, 团县委联系电话,
    # 镇卫生院电话, 县残联咨询电话, 县农业技术推广站（电话…）
    r"|(?:局|委员会|委|政府|办公室|中心|所|院|站|会|联|大队|支队|中队)(?:[\u4e00-\u9fff]{1,6}"
    r"(?:科|股|室|处|所|队))?\s*[(（]?\s*(?:联系|咨询|服务|办公)?电话"
    r"|请(?:与|向|致电|拨打|联系)")
_BANK_OFFICE = re.compile(
    r"国库|金库|财政|非税|罚没|代收|收款单位|执收单位|缴入|缴至|缴款|汇入|指定银行|本机关|本局"
    r"|我局|行政机关|执法机关")
#: Someone other than the party a number can belong to, named in running text; not the
#: people a scheme or a fund is named for (城乡居民养老保险基金, 职工基本医疗保险, 学生资助):
#: an account of such a fund is the office's that runs it.
_THIRD_PERSON = re.compile(r"(?:消费者|举报人|投诉人|证人|受害人|购买人|买受人|驾驶人|车主|承租人"
                           r"|患者|顾客|学员|家长|租户|劳动者|员工|职工|工人|雇员|乘客|旅客"
                           # not a collective named by its people: 村民小组, 居民委员会
                           r"|村民(?!小组|委员会|组|代表大会)|居民(?!委员会|小组|组)|学生)"
                           r"(?!(?:基本|大病)?(?:养老|医疗|医保|社保|保险|公积金|基金|资助))")
#: Someone a number can belong to: the party's roles, or a third person.
_PERSON_REF = re.compile(
    r"当事人|被处罚人|申请人|行政相对人|法定代表人|理事长|负责人|经营者|投资人|代理人|户主|姓名|监护人"
    r"|户名|持卡人|本人|管理人员|从业人员|违法嫌疑人|违法行为人|嫌疑人|行为人|被监护人|船主|船东"
    r"|雇主|业主|承包人|承租人|出租人|受益人|借款人"
    # the party addressed as 你, with a number it gave: 拨打你预留的联系电话…
    r"|你(?:本人)?(?:预留|提供|登记|留存|填报)的|" + _THIRD_PERSON.pattern)
#: Someone who collects or acts for a list's person, named by kin or by a masked name, in
#: running text (曾某由其妻代领，电话…; 委托其子代办): the number after it is that person's.
_PROXY_ACT = re.compile(
    r"(?:由|委托)(?:其|本人的?)?(?:妻子?|丈夫|老伴|儿子|女儿|儿媳|女婿|子女|子|女|父亲|母亲|哥哥"
    r"|弟弟|姐姐|妹妹|孙子|孙女|外孙子?|外孙女|侄子|侄女|亲属|家属|[\u4e00-\u9fff]某{1,2})"
    r"(?:代领|代办|代收|代签|领取)")
#: Roles that hold an account of their own inside a business's party.
_HOLDERS = frozenset({"经营者", "户名", "持卡人", "开户名", "开户名称", "账户名", "账户名称"})
#: A bank label that names a card (a person's; a company has accounts).
_CARD_LABEL = re.compile("卡号|银行卡|储蓄卡|借记卡|信用卡|一卡通|社保卡|社会保障卡")
#: An account or card named as a person's own, whoever the party (法定代表人鄢某个人银行账户,
#: 投资人个人银行卡, 个人结算账户: the bank's name for a person's account).
_OWN_ACCOUNT = re.compile("(?:个人|本人|私人)(?:银行)?(?:结算|储蓄|存款)?(?:账[户号]|卡)")
_OWNER_REACH = 80
#: The holder an account is given for, named after 户名 (开户名, 账户名称, 收款人) right before
#: its 账号: 户名青岚县医疗保障基金收入户，账号…, 户名：某某县人民法院，开户行：…，账号：…,
#: 户名为…收入户、账号为…
_HOLDER_BEFORE = re.compile(
    r"(?:户名|开户名称?|账户名称?|帐户名称?|收款人|收款单位)[\s：:为是]*([^\s，,。；;：:、]{2,40})"
    r"[\s，,；;、]*(?:(?:开户行|开户银行)[\s：:为是]*[^\s，,。；;：:、]{2,20}[\s，,；;、]*)?"
    r"(?:银行)?(?:账号|帐号|卡号|账户|帐户)[\s：:为是]*$")
#: The words that name an office's account by its fund or its use: a 收入户 or 专户, a fund's
#: (医疗保障基金, 社会保险基金), 执行款 or 保证金 held by a court or an office, 罚没款, 非税.
_FUND_ACCOUNT = re.compile(
    r"(?:收入|支出|专用|财政|过渡|归集|代管|暂存|汇缴|基本)户|专户|基金|执行款|案款|保证金|罚没|非税"
    r"|国库|财政")
#: An office's account named right before its label (县民政局救助资金专户（账号：…）, 财政
#: 收入户账号：…): whatever person a page names, the account its own name calls a 专户 is
#: the office's.
_NAMED_OFFICE_ACCOUNT = re.compile(
    r"(?:专户|(?:收入|支出|专用|财政|过渡|归集|代管|暂存|汇缴|基本|资金)户)[\s（(，,]*"
    r"(?:银行)?(?:账号|帐号|账户|帐户)[\s：:]*$")
_NAMED_OFFICE_REACH = 16
#: How far back the label cell of a row of label and value pairs is looked for.
_ROW_LABEL_REACH = 24
#: A person's masked name just before a number, perhaps with its label: 张某（电话：…
_NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff]某{1,2}[\s，,：:（(]*(?:(?:联系)?电话|手机)?[\s：:]*$")
#: A list item written out that names a person, then their bank and account: 1. 贺某，开户行：
#: 示例农商银行城关支行，账号：… (the name opens the item: not 示例县某某, a masked shop).
_NAMED_ACCOUNT = re.compile(
    r"(?:^|(?<=[\n；;。，,、：:\s.．]))[\u4e00-\u9fff]{1,2}某{1,2}[\s，,：:]+"
    r"(?:(?:开户行|开户银行)[\s：:]*[^\s，,。；;：:]{2,20}[\s，,]+)?"
    r"(?:银行)?(?:账号|帐号|卡号)[\s：:]*$")
_NAMED_ACCOUNT_REACH = 40
#: A masked name opening a bracket that runs on to the number: 褚某（身份证号码：…，电话：
#: An item of a list written out that names a person by a role and describes them by their
#: ID number before the number: 二、包工头：廖某，身份证号码：…，手机号码：… or, the role
#: glued to the name, 二、包工头宋某某，公民身份号码：… (matched from the sentence's start up
#: to the number).
_NAMED_ITEM = re.compile(
    r"\s*(?:[一二三四五六七八九十0-9]{1,3}[、.．]\s*)?(?:[\u4e00-\u9fff]{1,6}[：:]?\s*)??"
    r"[\u4e00-\u9fff]{1,2}某{1,2}[，,][^。；;\n]*?(?:身份证|公民身份号码)[^。；;\n]*$")
#: A letter's salutation closing its addressee's description: 单某（公民身份号码…）： on a line
#: of its own (a 公告送达, a 告知书). What follows is the letter's body, and a number after it,
#: with no role of the party named, is the sender's (the office signs and gives its phone).
_SALUTATION = re.compile(r"[)）][：:][ \t]*\n")
_NAME_BRACKET = re.compile(r"[\u4e00-\u9fff]某{1,2}[（(][^）)。\n]*$")
#: Where a decision names its party.
_PARTY_MARK = re.compile(r"(?:当事人|被处罚人|行政相对人(?:名称)?|纳税人(?:名称|姓名))[：:]")
#: A cell that names a place (the row's 乡镇, 村 or 社区), not an organisation.
_PLACE = re.compile(r"(?:[村镇乡省市县区]|街道|社区|小区)$")
#: A cell that is an address: it ends with a house's number (27号, 12栋301室, 3组).
_ADDRESS_CELL = re.compile(
    "(?:[0-9]+|[一二三四五六七八九十百千零〇两]+)(?:号院|号楼|号|栋|幢|楼|单元|室|户|层|组|排|弄)$")
#: Column headers: a table of people, or of offices and companies.
_PERSON_COLUMN = re.compile(r"姓名|户主|申请人|当事人|被处罚人|行政相对人|救助对象|受助人|持卡人"
                            # 户名 is the holder's name, not 个体户名称 (the shop's)
                            r"|(?<!个体)户名|借款人|领款人|领取人|收款人|补贴对象|农户|经营者|投资人"
                            # a list of applicants, persons and businesses alike: 申请主体
                            r"|(?:申请|申报|补贴|享受|拨付)主体"
                            # the people a 征收/补偿/安置 list is of: 被征收人, 被补偿人 …
                            r"|被[\u4e00-\u9fff]{1,3}人|承包人|承租人|受益人|参保人|产权人|权利人"
                            r"|(?:纳税|缴费|缴款)人(?:名称|姓名)")
#: A name column whose cells may name a business as well as a person (a list of 个体工商户
#: with an 经营者 column, a 退税 list's 纳税人名称, a 村务 ledger's 收款人 paid for work or
#: goods): a row is a person's only when its cell
#: is a person's name.
_OPERATOR_COLUMN = re.compile("经营者|投资人|收款人|(?:申请|申报|补贴|享受|拨付)主体"
                              "|(?:纳税|缴费|缴款)人(?:名称|姓名)")
#: With no column of people, a column of an organisation's members (a 合作社's 成员 or 社员, a
#: company's 股东, an association's 会员) names the list's people the same way: a row is a
#: person's only when its cell is a person's name (a member may be a company). The whole cell
#: names them: 成员单位 (a list of offices) and 家庭成员人数 (a count) do not.
_MEMBER_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}(?:成员|社员|会员|股东)(?:姓名|名称)?")
#: With no column of people, a column of the parties' representatives (法定代表人, 实际控制人,
#: 负责人, 农场主 …: people, whatever their party) makes a table of people too: a row's phone is its
#: representative's, or its party's when the row names no organisation; a bank account in a
#: row that names an organisation is the organisation's.
_REPRESENTATIVE_COLUMN = re.compile(
    # and the people who run a farm, a shop, a workshop or a 合作社: 农场主, 店主, 厂长, 理事长
    "法定代表人|实际控制人|负责人|理事长|社长|(?:农场|场|店|园|厂|船|矿)主|(?:场|厂|店|园)长")
#: A column that makes a table of names a directory of offices (单位 | 姓名 | 职务 | 电话: the
#: officials' work numbers) or of businesses, unless a column describes the people
#: themselves. 所在单位 and 工作单位 are the listed person's own workplace (志愿者 | 所在单位 |
#: 服务时长), not the office a directory is of.
_ORG_COLUMN = re.compile(r"(?<!所在)(?<!工作)单位|部门|机构|企业|公司|商户|店名|联系人|职务|科室")
#: With neither, a column of ID numbers (身份证号码, 证件号码) makes a table of people too,
#: whatever its column of names says (购机者, 申领人 …): a row is a person's when its cell
#: under the ID header holds an ID number, masked or not (an organisation's row holds its
#: credit code there, or nothing), and no cell before it names an organisation.
_ID_COLUMN = re.compile(r"身份证|公民身份|身份号码|证件号")
_ID_CELL = re.compile(r"[0-9][0-9Xx*×○]{14}(?:[0-9Xx*×○]{3})?")
_ID_CELL_MASK = re.compile("[Xx*×○]")
#: Columns only a list of people has (a directory of the offices' staff has none of them):
#: with one, an 安置单位 or 工作单位 column is the person's employer.
_PERSON_ATTRIBUTE = re.compile(r"性别|身份证|出生|年龄|民族|家庭|住址|户籍|人口")
_NO_KINDS: frozenset[str] = frozenset()
_NUMBER_KINDS = frozenset({"phone", "bank"})
#: What ends a column of people's names after their role: 监护人姓名, 户主名称.
_HOLDER_NAME = re.compile(r"(?:姓名|名称|名字)$")
_VETO = frozenset({"veto"})
#: A header cell that names a number of its own kind, none of the labels: 借据号, 业务受理号,
#: 交易参考号 (a Luhn-valid 借据号 beside a 贷款账号 is the loan's receipt, not a card).
_OWN_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[号码](?:[（(][^）)]{0,8}[）)])?")
_NUMERAL = re.compile("[一二三四五六七八九十百千零〇两]")  # 十二号: a value (an address), no header
#: A line or sentence that is only a phone label before its number (联系电话：, 手机号码).
_SUBJECTLESS = re.compile(r"[\s（(]*(?:联系|移动|本人)?(?:电话|手机|方式|号码|联系){1,2}[\s：:]*")
#: A table set in spaces (a pdf's text): how long a row's line may be, how long a header cell,
#: how many lines up its header is looked for.
_SPACED_ROW_MAX = 200
_HEADER_CELL_MAX = 12
_SPACED_REACH = 500
_ANY_DIGIT = re.compile("[0-9]")
#: Someone who acts for a list's person, named in a cell of their row (a 备注 column) before
#: a number: 代领人：龙某（侄子），电话…, 代领人舒某某(0795)…, 监护人韩某某 139…
_PROXY = re.compile(r"(?:代领|代办|代收|代签|代理|受托|监护)人[\s：:]*"
                    r"(?P<name>[\u4e00-\u9fff]{1,3}某{1,2}|[\u4e00-\u9fff]{2,4}?)"
                    r"(?=[\s（(，,：:；;0-9+]|电话|手机|联系|$)")
_PROXY_REACH = 40
#: A line of a table set in spaces that holds one number only (a row's card or amount that a
#: hard line break set on a line of its own): part of the row above, not the table's end.
_WRAPPED_CELL = re.compile(f"[{_TC}.]*[0-9][{_TC}.]*")
#: Lines that end a document or a list: the office's signature, the date, a 公示's closing.
_SIGNATURE = re.compile(r"^\s*[0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,2}月"
                        r"[0-9一二三四五六七八九十]{1,3}日\s*$|(?:局|委员会|政府|办公室|中心|法院|"
                        r"大队|支队|管理所|管理站)\s*$|公示|异议|反映|监督|地址|邮编")
#: Words that describe a person: a masked name, an ID, a home address, sex or birth.
_PERSON_WORDS = re.compile(r"[\u4e00-\u9fff]某|身份证|公民身份号码|性别|出生|住址|家住|现住|户籍")
#: How many lines above a subjectless number are looked at (and either side of an item).
_ABOVE_LINES = 3
#: An item of a list written out: its number opens the line (1. 2、 (3) 三、, NFKC-normalised).
_ITEM = re.compile(r"[ \t]*(?:[0-9]{1,4}[.、](?![0-9])|[一二三四五六七八九十]{1,3}、"
                   r"|\((?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})\))")
#: A person named in an item's opening: a masked name or an ID number.
_ITEM_PERSON = re.compile(r"[\u4e00-\u9fff]某|身份证|公民身份号码")
_ITEM_REACH = 60
#: What ends a line whose sentence is finished: the next line is not its text wrapped (a
#: colon is no end: 联系电话： then the number on the next line is the label's value).
_SENTENCE_END = frozenset("。；;！!？?")


@dataclass(frozen=True)
class NumberMatch:
    """One phone or bank number; ``start``/``end`` index the scanned text.

    ``value`` is the number unmasked (digits; a landline ``0917-3456789``), ``kind`` one of
    ``mobile``, ``landline``, ``card`` (Luhn-valid), ``account``.
    """

    start: int
    end: int
    value: str
    kind: str
    masked: str
    table: bool = False  # found in a table of people, under its phone or bank column
    #: a mobile number the same text also writes masked (来电号码：187****7751): a person's
    masked_elsewhere: bool = False


@dataclass
class Numbers:
    """What one pass found: ID readings ``(start, end, number, kind)``, phones and banks."""

    ids: list[tuple[int, int, str, str]] = field(default_factory=list)
    phones: list[NumberMatch] = field(default_factory=list)
    banks: list[NumberMatch] = field(default_factory=list)


def mask_number(value: str, kind: str) -> str:
    """A number as evidence shows it: ``139****5678``, ``0917-***6789``, ``6222********1234``."""
    if kind == "mobile":
        return value[:3] + "****" + value[-4:]
    if kind == "landline":
        area, _, local = value.rpartition("-")
        return (area + "-" if area else "") + "*" * (len(local) - 4) + local[-4:]
    if len(value) <= 8:
        return "*" * (len(value) - 4) + value[-4:]
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def luhn(number: str) -> bool:
    """The Luhn check of bank card numbers (ISO/IEC 7812)."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


@dataclass(frozen=True)
class _Reading:
    start: int
    end: int
    value: str
    kind: str   # mobile, landline, card, account


class _Owners:
    """Who the numbers of one text belong to, with what is costly found once."""

    def __init__(self, scan: TextScan) -> None:
        self.scan = scan
        self.text = scan.text
        self._footers: Footers | None = None
        self._rows: dict[int, tuple[bool, int, str, dict[int, int], int]] = {}
        self._party_org: bool | None = None
        #: line number -> the line number of the spaced header above it (-1: none)
        self._spaced: dict[int, int] = {}
        self._spaced_cells: dict[int, tuple[tuple[str, ...], bool]] = {}
        #: the table row last read: its span, its cells, and what was found about it
        #: (``org``: a cell names an organisation; ``ids``: it is a person's by its ID cell),
        #: so a row of 60,000 numbers is split and judged once, not once per number
        self._row: tuple[tuple[int, int], list[str], dict[str, bool]] = ((-1, -1), [], {})

    def footer(self, start: int, end: int) -> bool:
        """Whether the number is in the page's footer (the site's organiser's)."""
        if self._footers is None:
            self._footers = Footers(self.text)
        return self._footers.near(start, end)

    def column(self, pos: int) -> tuple[frozenset[str], bool | None]:
        """The header kinds above a table cell and whether its row is a person's (None
        when the cell is in no table or its column has no header)."""
        kinds, begin = header_cell(self.scan, pos, _cell_kinds)
        if begin < 0:
            return _NO_KINDS, None
        person, name_col, names, holders, ncells = self._header_row(begin)
        if person:
            cells, found = self._row_cells(pos)
            if holders and len(cells) == ncells:
                # a column headed as someone's number (监护人联系电话) beside that someone's
                # column (监护人): the row's cell there says whose it is, whoever the row is
                # of (a child's row whose guardian is a 福利院 gives the 福利院's account)
                start = self.scan.row(pos)[0]
                col = self.scan.count_tabs(start, pos)
                placed = self.scan.placed.get(start)
                if placed is not None and col < len(placed[0]):
                    col = placed[0][col]  # (the row's cells were placed under the header)
                holder = holders.get(col)
                if holder is not None and _names_org(cells[holder]):
                    return kinds, False
            name = cells[name_col].strip() if name_col < len(cells) else ""
            if names == "representatives":
                # 易某某 of a company's row, or a row of a person (严某某（个人）, no representative)
                org_row = self.row_names_org(pos)
                person = not org_row or ("bank" not in kinds and is_person_name(name))
            elif names == "ids":
                # a person's ID, not a 合作社's credit code; and no organisation named before it
                # (a company's row that gives its representative's ID)
                if "ids" not in found:
                    found["ids"] = _is_id_cell(name) and not any(
                        _names_org(c) for c in cells[:name_col])
                person = found["ids"]
            elif is_org_name(name) or (names == "operators" and not is_person_name(name)):
                person = False  # a company's row in a table of parties
        return kinds, person

    def spaced_column(self, start: int, end: int) -> tuple[frozenset[str], bool]:
        """In a table set in spaces (a pdf's text, no tabs: 序号 户主姓名 身份证号码 存折账号 …
        on a line above, rows of cells below), the header kinds of the column of the number at
        ``start:end`` and whether the table is of people and its row names no organisation.
        Columns are counted from the end of the number's line: a name glued to its ID, or a
        number wrapped onto a line of its own, leaves the cells to its right where the header
        has them. Only short lines are rows; the header is looked for at most
        ``_SPACED_REACH`` lines up, through rows only (a blank line or a line of prose ends
        the table), and each line's header is looked for once."""
        text, scan = self.text, self.scan
        line_start, line_end, k = scan.line(start)
        if line_end - line_start > _SPACED_ROW_MAX or (end < line_end and text[end] != " "):
            return _NO_KINDS, False  # not a line of cells, or not the end of the cell
        header = self._spaced_header(k)
        if header < 0:
            return _NO_KINDS, False
        cells, people = self._spaced_cells[header]
        if end > line_end:
            # a number a hard line break cut in two (the card a pdf wrapped at its cell's
            # width): the rest of its row is on the lines below, so its column is counted
            # from the row's start
            col = len(text[line_start:start].split())
        else:
            col = len(cells) - 1 - len(text[end:line_end].split())
        if col < 0:
            return _NO_KINDS, False
        kinds = _cell_kinds(cells[col])
        if people:
            # the row: its line, and the line above when the number opens its line (the rest
            # of a row wrapped onto the next line)
            lo = line_start
            if start == line_start and k:
                lo = scan.line(line_start - 1)[0]
            people = not any(map(_names_org, text[lo:line_end].split()))
        return kinds, people

    def _spaced_header(self, k: int) -> int:
        """The line number of the spaced header above line ``k``, or -1."""
        got = self._spaced.get(k)
        if got is not None:
            return got
        text, breaks = self.text, self.scan.line_breaks()
        visited = [k]
        found = -1
        for j in range(k - 1, max(-1, k - 1 - _SPACED_REACH), -1):
            if j in self._spaced:
                found = self._spaced[j] if j not in self._spaced_cells else j
                break
            begin = breaks[j - 1] + 1 if j else 0
            end = breaks[j]
            if end - begin > _SPACED_ROW_MAX or "\t" in text[begin:end]:
                break
            cells = text[begin:end].split()
            if len(cells) >= 3 and all(len(c) <= _HEADER_CELL_MAX and not _ANY_DIGIT.search(c)
                                       for c in cells) and any(map(_cell_kinds, cells)):
                people = any(_PERSON_COLUMN.search(c) or _MEMBER_COLUMN.fullmatch(c)
                             for c in cells) and not (
                    any(_ORG_COLUMN.search(c) for c in cells)
                    and not any(_PERSON_ATTRIBUTE.search(c) for c in cells))
                self._spaced_cells[j] = (tuple(cells), people)
                self._spaced[j] = -1  # (a header has no header above it)
                found = j
                break
            if len(cells) < 2 and not (cells and _WRAPPED_CELL.fullmatch(cells[0])):
                break  # a blank line, a title, a line of prose: the table ends
            visited.append(j)
        for j in visited:
            self._spaced[j] = found
        return found

    def persons_row(self, pos: int) -> bool:
        """Whether the table row at ``pos`` is a person's row of a table of people, judged
        by the first of its cells whose column a header names (the cell at ``pos`` may be
        under one that names no number: 备注)."""
        start, end, _ = self.scan.row(pos)
        cell = start
        while True:
            if header_cell(self.scan, cell, _cell_kinds)[1] >= 0:
                return bool(self.column(cell)[1])
            tab = self.text.find("\t", cell, end)
            if tab < 0:
                return False
            cell = tab + 1

    def row_names_org(self, pos: int) -> bool:
        """Whether a cell of the table row at ``pos`` names an organisation."""
        cells, found = self._row_cells(pos)
        if "org" not in found:
            found["org"] = any(map(_names_org, cells))
        return found["org"]

    def _row_cells(self, pos: int) -> tuple[list[str], dict[str, bool]]:
        """The cells of the table row at ``pos``, and what was found about the row. A row
        whose first cells a rowspan above covers (嘎查 given once for two rows) has them
        placed under their header's columns, the covered ones empty: the name column of a
        合作社's row is its name, not the credit code one cell to the right."""
        start, end, _ = self.scan.row(pos)
        if self._row[0] != (start, end):
            cells = self.text[start:end].split("\t")
            placed = self.scan.placed.get(start)
            if placed is not None and len(placed[0]) == len(cells) and placed[1] > len(cells):
                grid = [""] * placed[1]
                for col, cell in zip(placed[0], cells, strict=True):
                    grid[col] = cell
                cells = grid
            self._row = ((start, end), cells, {})
        return self._row[1], self._row[2]

    def _header_row(self, begin: int) -> tuple[bool, int, str, dict[int, int], int]:
        """Whether the header row at ``begin`` heads a table of people, its name column, and
        what that column names: ``people``, ``operators`` (经营者, or a 合作社's 成员: a
        person's name or a business's), ``representatives`` (法定代表人 of the parties in
        another column) or, with none of these, ``ids`` (the column of the people's ID
        numbers); then the columns of numbers headed as another column's person's
        (:func:`_holder_columns`) and how many cells the header has."""
        if begin not in self._rows:
            spanned = self.scan.headers.get(begin)  # (a header of two rows, from the DOM)
            if spanned:
                cells = list(spanned)
            else:
                _, end, _ = self.scan.row(begin)  # (a header cut by a <br> in a cell, read whole)
                cells = self.text[begin:end].split("\t")
            cells = [c.replace(" ", "") for c in cells]
            name_col = next((i for i, c in enumerate(cells) if _PERSON_COLUMN.search(c)), -1)
            names = "people"
            if name_col >= 0 and _OPERATOR_COLUMN.search(cells[name_col]):
                names = "operators"
            elif name_col < 0:
                name_col = next((i for i, c in enumerate(cells) if _MEMBER_COLUMN.fullmatch(c)),
                                -1)
                names = "operators"
            if name_col < 0:
                name_col = next((i for i, c in enumerate(cells)
                                 if _REPRESENTATIVE_COLUMN.search(c)), -1)
                names = "representatives"
                if name_col < 0:
                    name_col = next((i for i, c in enumerate(cells) if _ID_COLUMN.search(c)),
                                    -1)
                    names = "ids"
            org = any(_ORG_COLUMN.search(c) for c in cells) and not any(
                _PERSON_ATTRIBUTE.search(c) for c in cells)
            self._rows[begin] = (name_col >= 0 and not org, name_col, names,
                                 _holder_columns(cells), len(cells))
        return self._rows[begin]

    def owner(self, start: int, end: int, office: re.Pattern[str]) -> str | None:
        """``office``, ``org``, ``person`` or None: whose the number at ``start:end`` is.

        The office's when the sentence before it names the office (本机关, 联系人, 国库 …)
        after any person; else the party's (the role marker before it), a company's or a
        person's; or a third person's named just before it (消费者李某).
        """
        text = self.text
        if self.footer(start, end):
            return "office"
        lo = max(0, start - _OWNER_REACH)
        cut = max(text.rfind("\n", lo, start), text.rfind("。", lo, start))
        lo = cut + 1 if cut >= 0 else lo
        office_end = lo
        for m in office.finditer(text, lo, start):
            office_end = m.end()
        person = None
        for m in _PERSON_REF.finditer(text, office_end, start):
            person = m
        if office_end > lo and person is None:
            return "office"
        if person is not None and _THIRD_PERSON.fullmatch(person.group()):
            return "person"
        if _PROXY_ACT.search(text, office_end, start):
            return "person"  # 曾某由其妻代领，电话…: the proxy's, a natural person's
        if self.described_person(start):
            return "person"
        if cut >= 0 and _NAMED_ITEM.match(text, lo, start):
            # 二、包工头宋某某，公民身份号码：…，联系电话：… (the item opens its line or sentence
            # with the person; a company's item above does not make it the company's)
            return "person"
        party = party_at(text, start, end)
        if party.organisation:
            return "org"
        if party.same_sentence and (party.described_as_person or party.person_named) and not (
                party.role is None and _SALUTATION.search(party.lead)):
            return "person"  # in the party's description (not in a later sentence)
        if person is not None:  # 对当事人张某（联系电话：…）: the document's party
            return "org" if self.party_is_org() else "person"
        named = _NAMED_BEFORE.search(text, max(0, start - 12), start)
        if named:  # a list written out: 张某，13912345678; not 联系人：李某（电话：…
            line = max(text.rfind("\n", 0, named.start()), text.rfind("。", 0, named.start()))
            return "office" if office.search(text, line + 1, named.start()) else "person"
        if cut < 0 and _NAMED_ITEM.match(text, lo, start):
            return "person"  # 二、包工头：廖某，身份证号码：…，手机号码：…
        return None

    def person_above(self, start: int, office: re.Pattern[str]) -> bool:
        """Whether a number whose own line or sentence names nobody (联系电话：… on its own)
        belongs to the person the lines above it describe: the nearest line above that names
        someone decides, an office (承办人, a signature's agency or date, a 公示's closing
        words) or a person (当事人, 张某, an ID or a home address)."""
        text = self.text
        lo = max(0, start - _OWNER_REACH)
        cut = max(text.rfind("\n", lo, start), text.rfind("。", lo, start))
        if cut < 0 or not _SUBJECTLESS.fullmatch(text, cut + 1, start):
            return False
        for _ in range(_ABOVE_LINES):
            end = cut
            floor = max(0, end - _OWNER_REACH)
            cut = max(text.rfind("\n", floor, end), text.rfind("。", floor, end))
            segment = text[cut + 1 if cut >= 0 else floor:end]
            if office.search(segment) or _SIGNATURE.search(segment):
                return False
            if _PERSON_REF.search(segment) or _PERSON_WORDS.search(segment):
                return True
            if cut < 0:
                return False
        return False

    def described_person(self, start: int) -> bool:
        """A person named just before, the number inside the bracket that describes them:
        劳动者褚某（身份证号码：…，联系电话：…）, whoever the party is."""
        return bool(_NAME_BRACKET.search(self.text, max(0, start - _OWNER_REACH), start))

    def party_is_org(self) -> bool:
        """Whether the document's first party (当事人：…) is an organisation."""
        if self._party_org is None:
            m = _PARTY_MARK.search(self.text)
            self._party_org = bool(m) and party_at(self.text, m.end(), m.end()).organisation
        return self._party_org


def _names_org(cell: str) -> bool:
    """Whether a table cell names an organisation (a place's name, 黄竹村, is not one; nor
    is an address, 翠湖社区12栋301室, whatever 社 or 局 its street's name holds)."""
    cell = cell.strip()
    return 2 <= len(cell) <= 40 and is_org_name(cell) and not _PLACE.search(cell) and (
        not _ADDRESS_CELL.search(cell))


def _holder_columns(cells: list[str]) -> dict[int, int]:
    """The columns of a header whose cell names whose number they hold by another column's
    header, and that column: 监护人联系电话 or 监护人银行卡号 beside a 监护人 column (or 监护人姓名),
    户主账号 beside 户主. The other column's header is a person's role, not a label itself."""
    roles = {}
    for j, cell in enumerate(cells):
        role = _HOLDER_NAME.sub("", cell)
        if len(role) >= 2 and not _cell_kinds(cell) and (
                _PERSON_REF.fullmatch(role) or _REPRESENTATIVE_COLUMN.fullmatch(role)):
            roles[role] = j
    if not roles:
        return {}
    out = {}
    for i, cell in enumerate(cells):
        if _cell_kinds(cell) & _NUMBER_KINDS:
            for role, j in roles.items():
                if j != i and cell.startswith(role):
                    out[i] = j
    return out


def _is_id_cell(cell: str) -> bool:
    """Whether a table cell holds an ID number, masked or not (15 or 18 characters; an
    unmasked 18-digit one with a real province and birth date, not an all-digit credit code)."""
    cell = cell.replace(" ", "").replace("-", "")
    if not _ID_CELL.fullmatch(cell):
        return False
    return len(cell) == 15 or bool(_ID_CELL_MASK.search(cell, 0, 17)) or bool(
        _ID_SHAPE.fullmatch(cell.upper()))


def _cell_kinds(cell: str) -> frozenset[str]:
    """Label kinds of a table header cell (a cell with digits is a value, not a header); a
    cell that names a number of its own kind (借据号, 业务受理号) is a veto."""
    if _LONG_DIGITS.search(cell):
        return _NO_KINDS
    cell = cell.replace(" ", "")
    kinds = frozenset(m.lastgroup for m in _LABELS.finditer(cell) if m.lastgroup)
    if not kinds and _OWN_NUMBER.fullmatch(cell) and not _NUMERAL.search(cell):
        return _VETO
    return kinds


class _Groups:
    """The digit groups of one stretch of a token, pulled from the regex as they are read:
    a token of 500,000 one-digit groups is read only as far as its first number goes."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self._it = _GROUP.finditer(text, start, end)
        self.spans: list[tuple[int, int]] = []

    def get(self, i: int) -> tuple[int, int, str] | None:
        while len(self.spans) <= i:
            m = next(self._it, None)
            if m is None:
                return None
            self.spans.append(m.span())
        s, e = self.spans[i]
        return s, e, self.text[s:e]


def _digit_run(groups: _Groups, i: int, cap: int, lines: bool = False
               ) -> Iterator[tuple[int, str]]:
    """From group ``i`` on, ``(j, digits of groups i..j)`` while all digits, at most ``cap``
    and, unless ``lines``, on one line (a row's last cell never runs into the next row's
    number; a mobile number broken by a ``<br>`` is still read whole)."""
    digits = ""
    j = i
    prev_end = -1
    while True:
        g = groups.get(j)
        if g is None or not g[2].isdigit():
            return
        if prev_end >= 0 and not lines and groups.text[prev_end] in "\r\n":
            return
        digits += g[2]
        if len(digits) > cap:
            return
        yield j, digits
        prev_end = g[1]
        j += 1


def _read(groups: _Groups, i: int, want_phone: bool, want_bank: bool) -> tuple[int, _Reading] | None:
    """The number that starts at group ``i``: (index of its last group, reading)."""
    first = groups.get(i)
    if first is None or not first[2].isdigit():
        return None
    text = groups.text
    s0 = first[0]
    if want_bank:
        broken = _broken_card(groups, i)
        if broken is not None:
            return broken
    if want_phone:
        for j, digits in _digit_run(groups, i, 15, lines=True):
            mobile = digits[-11:]
            if len(digits) in (11, 13, 15) and digits[:-11] in ("", "86", "0086") \
                    and _MOBILE.fullmatch(mobile):
                return j, _Reading(s0, groups.get(j)[1], mobile, "mobile")  # type: ignore[index]
        g = first[2]
        if _AREA.fullmatch(g):
            nxt = groups.get(i + 1)
            if nxt is not None and _LOCAL.fullmatch(nxt[2]):
                end, last = nxt[1], i + 1
                ext = groups.get(i + 2)
                if ext is not None and len(ext[2]) <= 5 and ext[2].isdigit() \
                        and text[nxt[1]] == "-":
                    end, last = ext[1], i + 2  # an extension: 0917-3456789-8001
                return last, _Reading(s0, end, f"{g}-{nxt[2]}", "landline")
        m = _LANDLINE.fullmatch(g)
        if m and (len(m.group(1)) == 4 or len(m.group(2)) == 8):
            return i, _Reading(s0, first[1], f"{m.group(1)}-{m.group(2)}", "landline")
        if _LOCAL.fullmatch(g):
            area = _AREA_BEFORE.search(text, max(0, s0 - 10), s0)
            if area:  # (0795)8123456, 0795—8123456
                code = area.group(1) or area.group(2)
                return i, _Reading(area.start(), first[1], f"{code}-{g}", "landline")
            return i, _Reading(s0, first[1], g, "landline")
    if len(first[2]) >= 8:
        best: tuple[int, str] | None = (i, first[2])
    else:
        # one group of eight digits or more is a number of its own, wherever it stands;
        # shorter groups are the parts of one printed in groups (6222 0212 3456 7894), and
        # never of a long group after them (4320 517336278916: an amount's cell, then an
        # account's, in a table set in spaces): with no number in the short groups before
        # it, the reading starts over at the long group
        best = None
        for j, digits in _digit_run(groups, i, 25):
            if j > i and len(groups.get(j)[2]) >= 8:  # type: ignore[index]
                if best is None:
                    return _read(groups, j, want_phone, want_bank)
                break
            if len(digits) >= 8:
                best = (j, digits)
    if want_bank and best is not None:
        j, digits = best
        kind = "card" if 16 <= len(digits) <= 19 and digits[0] in "3456" and luhn(digits) \
            else "account"
        return j, _Reading(s0, groups.get(j)[1], digits, kind)  # type: ignore[index]
    return None


def _broken_card(groups: _Groups, i: int) -> tuple[int, _Reading] | None:
    """A card number that a hard line break cut in two (a pdf's text, wrapped at its cell's
    width: 6230821 at a line's end, 138613721275 opening the next): fewer than 16 digits
    before the break, no number by themselves, and with the digits that open the next line
    16–19 digits, a card's first digit and Luhn-valid (the longest such join). A number that
    ends its line whole, or a join that is no card, is read as before."""
    first = groups.get(i)
    if first is None or first[2][:1] not in ("3", "4", "5", "6"):
        return None
    text = groups.text
    best = None
    crossed = False
    prev_end = -1
    for j, digits in _digit_run(groups, i, 19, lines=True):
        g = groups.get(j)
        assert g is not None
        if prev_end >= 0 and "\n" in text[prev_end:g[0]]:
            if crossed or len(digits) - len(g[2]) >= 16:
                break  # a second break, or a whole number before the first
            crossed = True
        if crossed and len(digits) >= 16 and luhn(digits):
            best = (j, digits)
        prev_end = g[1]
    if best is None:
        return None
    j, digits = best
    return j, _Reading(first[0], groups.get(j)[1], digits, "card")  # type: ignore[index]


def _readings(text: str, start: int, end: int, want_phone: bool, want_bank: bool
              ) -> Iterator[_Reading]:
    """Numbers read left to right from ``start``; the first group that starts none ends the
    reading (the rest belongs to something longer: 6228 4800 1391 2345 678 holds no mobile)."""
    if want_phone:  # the usual token: one mobile number or one landline, read in one match
        m = _ONE_PHONE.fullmatch(text, start, end)
        if m and m.group("mobile"):
            yield _Reading(start, end, _NOT_DIGIT.sub("", m.group("mobile")), "mobile")
            return
        if m and (len(m.group("area")) == 4 or len(m.group("local")) == 8):
            yield _Reading(start, end, f"{m.group('area')}-{m.group('local')}", "landline")
            return
    groups = _Groups(text, start, end)
    i = 0
    while True:
        got = _read(groups, i, want_phone, want_bank)
        if got is None:
            return
        i, reading = got
        yield reading
        i += 1


class _Pass:
    """One pass over a text: tokens, then each token's IDs, phones and banks."""

    def __init__(self, text: str, as_of: datetime.date, ids: bool, phones: bool,
                 banks: bool, tables: SpannedTables | None = None) -> None:
        self.text = text
        self.scan = TextScan(text, as_of, tables)
        self.owners = _Owners(self.scan)
        self.want = (ids, phones, banks)
        self._twins: frozenset[tuple[str, str]] | None = None
        self.tables = "\t" in text
        self.found = Numbers()

    def run(self) -> Numbers:
        want_ids, want_phones, want_banks = self.want
        for tok in TOKEN.finditer(self.text):
            s, e = tok.span()
            if _DATE_TOKEN.fullmatch(self.text, s, e):
                continue
            # an ID needs 15 digits in a row, single separators aside: a masked ID
            # (610102********2342) or a landline never goes to the ID classifier
            ids = token_ids(self.scan, s, e) if _ID_RUN.search(self.text, s, e) else []
            if want_ids:
                self.found.ids.extend(ids)
            if not (want_phones or want_banks):
                continue
            # the stretches around the IDs: a stretch glued to an ID (a 29-digit run of an ID
            # and a mobile number, from cells joined without a tab) is read up to it; one set
            # off from it by a separator (a pdf's cells, set in spaces) from its first digit
            pos, glued = s, False
            for a, b, _, _ in ids:
                if pos < a:
                    self._numbers(pos, a, glued, True)
                pos, glued = b, True
                while pos < e and self.text[pos] in _SEPARATORS:
                    pos, glued = pos + 1, False
            if pos < e:
                self._numbers(pos, e, glued, False)
        return self.found

    def _numbers(self, start: int, end: int, glued_before: bool, glued_after: bool) -> None:
        """The phones and banks of one stretch of a token, judged by label and owner."""
        if not _DIGIT_GROUP.match(self.text, start, end):
            return  # a masked number (610102********2342, 139****5678) starts no reading
        _, want_phones, want_banks = self.want
        readings = _readings(self.text, start, end, want_phones, want_banks)
        first = next(readings, None)
        if first is None:
            return  # most stretches: a masked number, a date, an amount
        # the label is looked up where the first number starts: (0795)8123456 has no gap
        label, in_table, person = self._label(first.start, first.end)
        if label in ("veto", "id", "office"):
            return
        if label == "bank" and first.kind in ("mobile", "landline"):
            # after 账号 every reading is a bank number, whatever it looks like
            readings = _readings(self.text, start, end, False, want_banks)
            first = next(readings, None)
        line_end = self.text.find("\n", first.start) if first is not None else -1
        for r in (first, *readings) if first is not None else ():
            if 0 <= line_end < r.start:
                # a number on a line below the first (a table's next row, after a date that
                # ended the row above: 2023-11-08 / 6217…) has the label of its own line
                line_end = self.text.find("\n", r.start)
                label, in_table, person = self._label(r.start, r.end)
                if label in ("veto", "id", "office"):
                    continue
            glued = (glued_before and r.start == start) or (glued_after and r.end == end)
            if not glued and not _bounded(self.text, r.start, r.end):
                continue  # part of a longer code: No13912345678
            if r.kind in ("mobile", "landline"):
                twin = r.kind == "mobile" and self._masked_elsewhere(r.value)
                if (glued and r.kind == "mobile") or twin or self._phone_ok(
                        r, label, in_table, person):
                    self.found.phones.append(_match(r, in_table, twin))
            elif self._bank_ok(r, label, in_table, person):
                self.found.banks.append(_match(r, in_table))

    def _masked_elsewhere(self, value: str) -> bool:
        """The page writes this mobile number masked elsewhere (来电号码：187****7751): it
        hides that person's number there, so written out here it is theirs, whoever the
        sentence around it seems to name (次日已电话联系来电人（187…）)."""
        if self._twins is None:
            self._twins = frozenset(m.groups() for m in _MASKED_MOBILE.finditer(self.text))
        return (value[:3], value[-4:]) in self._twins

    def _label(self, start: int, end: int) -> tuple[str | None, bool, bool | None]:
        """The label kind of a number at ``start:end``, whether a table header gave it, and
        for a header whether the row is a person's."""
        scan = self.scan
        line_start, line_end, _ = scan.line(start) if self.tables else (0, 0, 0)
        if self.tables and scan.count_tabs(line_start, line_end):
            if _row_label(self.text, line_start, start):
                # a row of label and value cells (当事人基本情况: 证件号码 | … | 电话 | …):
                # the label cell beside the number names it, not the cell above it
                return label_kind(self.text, start), False, None
            kinds, person = self.owners.column(start)
            if person is not None:
                if "id" in kinds and "phone" in kinds:
                    # a column headed by two numbers (身份证号码/联系电话): each cell holds
                    # both, and an ID there is read as one before this; a phone number is
                    # never an ID's shape, so what reads as one is the phone
                    kinds = kinds - {"id"}
                for kind in ("veto", "id", "office", "bank", "phone"):
                    if kind in kinds:
                        return kind, True, person
            label = label_kind(self.text, start)
            if not kinds and label in (None, "phone", "bank") and _proxy_before(
                    self.text, self.text.rfind("\t", scan.row(start)[0], start) + 1, start
            ) and self.owners.persons_row(start):
                # a cell of a person's row under a column of no number (备注) that names who
                # acts for them: 代领人：龙某（侄子），电话… is that person's
                return label or "phone", True, True
            return label, False, None
        label = label_kind(self.text, start)
        if label is None:
            # no label in front: perhaps a cell of a table set in spaces (a pdf's text)
            kinds, people = self.owners.spaced_column(start, end)
            for kind in ("veto", "id", "office"):
                if kind in kinds:
                    return kind, True, people
            for kind in ("bank", "phone") if people else ():
                if kind in kinds:
                    return kind, True, True
            if people and not kinds:
                cell = self.text.rfind("  ", line_start or scan.line(start)[0], start)
                if cell >= 0 and _proxy_before(self.text, cell + 2, start):
                    return "phone", True, True  # 代领人舒某某(0795)6147886 in its 备注 cell
        return label, False, None

    def _phone_ok(self, r: _Reading, label: str | None, in_table: bool,
                  person: bool | None) -> bool:
        if in_table:
            # a landline in a row that names an organisation is its (a company's row of a
            # list whose 法定代表人 column holds a person: the person's mobile is theirs)
            return label == "phone" and bool(person) and not (
                r.kind == "landline" and self.owners.row_names_org(r.start))
        if label in ("veto", "id", "office", "bank"):
            return False
        if r.kind == "landline":
            # personal only labelled as the phone of a party who is a natural person (most
            # labelled landlines, the office's, have no party near: no need to look further)
            if label != "phone" or not person_in_sentence(self.text, r.start, r.end):
                return False
            if reached_at_workplace(self.text, r.start):
                return False  # 委托代理人：周某，…律师事务所律师，…，电话：0932-… (the firm's)
            party = party_at(self.text, r.start, r.end)
            # a 个体工商户's 经营者 described as a person (马某，男，身份证…，电话：029-…) is
            # the natural person the landline is labelled for; one named with no more than a
            # name (经营者：毛某，…，经营场所：…，联系电话) may be giving the shop's
            operator = (party.role in OPERATORS and party.person_named
                        and party.described_as_person)
            if party.organisation or (party.business and not operator) or (
                    not party.same_sentence) or not (
                    party.described_as_person or party.person_named):
                return False
        owner = self.owners.owner(r.start, r.end, _OFFICE)
        if owner is None and r.kind == "mobile":
            # a line with only a label (联系电话：…) is about whom the lines above describe
            return self.owners.person_above(r.start, _OFFICE)
        return owner == "person"

    def _bank_ok(self, r: _Reading, label: str | None, in_table: bool,
                 person: bool | None) -> bool:
        if in_table:
            return label == "bank" and bool(person)
        if label in ("veto", "id", "office", "phone"):
            return False
        if label is None:
            if "\n" in self.text[r.start:r.end]:
                return False  # a card cut by a hard line break is read under a label only
            if r.kind != "card" or (len(r.value) == 18 and (_ID_SHAPE.fullmatch(r.value)
                                                            or is_valid_uscc(r.value))):
                return False  # an unlabelled number is a bank number only as a card
        holder = _HOLDER_BEFORE.search(self.text, max(0, r.start - _OWNER_REACH), r.start)
        if holder and (is_org_name(holder.group(1)) or _FUND_ACCOUNT.search(holder.group(1))):
            return False  # the account of the office, the court or the fund its 户名 names
        if _NAMED_OFFICE_ACCOUNT.search(self.text, max(0, r.start - _NAMED_OFFICE_REACH),
                                        r.start):
            return False  # 救助资金专户（账号：…）: the office's account, named as one
        lo = max(0, r.start - _BANK_LABEL_GAP)
        card = label is None or bool(_CARD_LABEL.search(self.text, lo, r.start))
        owner = self.owners.owner(r.start, r.end, _BANK_OFFICE)
        if owner != "office" and _OWN_ACCOUNT.search(self.text, lo, r.start):
            return True  # 个人银行账户: a person's, even in a company's decision
        if owner is None:  # a card number (卡号) is a person's unless someone else is named
            if label == "bank" and _NAMED_ACCOUNT.search(
                    self.text, max(0, r.start - _NAMED_ACCOUNT_REACH), r.start):
                return True  # 贺某，开户行：…，账号：… (a list written out)
            return card and label == "bank" and r.kind == "card"
        if owner != "person":
            return False
        if card:
            return True
        # an account (账号) in a company's party is the company's, even after its
        # 法定代表人; a 个体工商户's operator or an account holder named as a person own theirs
        party = party_at(self.text, r.start, r.end)
        return not party.business or (party.role in _HOLDERS and party.person_named)


def _proxy_before(text: str, lo: int, start: int) -> bool:
    """Whether the cell text ``text[lo:start]`` before a number names, by a role and a
    person's name, who acts for the row's person: 代领人舒某某, 代领人：龙某（侄子），电话, 监护人
    韩某某 (a person, not an office: 代领人：县敬老院 is no one's phone)."""
    if start - lo > _PROXY_REACH:
        return False
    m = _PROXY.search(text, lo, start)
    return m is not None and is_person_name(m.group("name"))


def _row_label(text: str, line_start: int, start: int) -> bool:
    """Whether the cell just before the number's cell is a label (电话, 账号, 证件号码 …): a
    row of label and value pairs, not a row of a list (looked for in a short reach only)."""
    lo = max(line_start, start - _ROW_LABEL_REACH)
    tab = text.rfind("\t", lo, start)
    if tab < 0 or text[tab + 1:start].strip():
        return False  # the number does not open its cell
    before = text.rfind("\t", lo, tab)
    if before < 0:
        if lo > line_start:
            return False
        before = line_start - 1  # the label is the row's first cell
    return bool(_cell_kinds(text[before + 1:tab]))


def _bounded(text: str, start: int, end: int) -> bool:
    """No ASCII letter or digit right before ``start`` or at ``end``."""
    return not ((start > 0 and _ALNUM.match(text, start - 1)) or _ALNUM.match(text, end))


def label_kind(text: str, start: int) -> str | None:
    """The kind (``phone``, ``bank``, ``id``, ``office``, ``veto``) of the nearest label just
    before ``start``: at most 12 characters before it (24 for a bank label, which may name
    the bank in between), with no other number in between unless the number is one of a
    list under the same label (执法证号：13061234567、13061234568)."""
    last = None
    for m in _LABELS.finditer(text, label_window(text, start, _LABEL_LOOKBACK), start):
        last = m
    kind = None if last is None else last.lastgroup
    if last is not None and _LONG_DIGITS.search(text, last.end(), start):
        kind = kind if _LISTED.fullmatch(text, last.end(), start) else None
    elif last is not None and start - last.end() > (
            _BANK_LABEL_GAP if kind == "bank" else _LABEL_GAP):
        kind = None
    if kind is None and _OTHER_NUMBER.search(text, max(0, start - 10), start):
        return "veto"  # 电机号：, 合格证编码： a number named as something else
    return kind


def _match(r: _Reading, table: bool, masked_elsewhere: bool = False) -> NumberMatch:
    return NumberMatch(r.start, r.end, r.value, r.kind, mask_number(r.value, r.kind), table,
                       masked_elsewhere)


class PersonItems:
    """Where a text lists people item by item (1.承租人张某（身份证号：…，联系电话：…）；2.…): a
    published list of people, as a table of people is, whatever the page's title says. Asked
    only about the numbers of a page that is neither a decision nor titled as a list, so the
    lines are indexed on first use, and each line is judged once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._items: dict[int, bool] = {}  # line number -> an item naming a person

    def holds(self, pos: int) -> bool:
        """Whether ``pos`` is in an item of a list of people written out: its line opens
        with an item's number (1. 2、 (三)) and names a person (a masked name, an ID number),
        or is that item's text run on past a hard line break (``_opening``), and another line
        within ``_ABOVE_LINES`` of the item's opening does so too. One such item alone, or a
        letter to one person (张某（身份证号码：…，联系电话：…）：), is no list."""
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = self._opening(bisect_left(self._breaks, pos))
        if k < 0 or not self._person_item(k):
            return False
        last = len(self._breaks)
        return any(self._person_item(j)
                   for j in range(max(0, k - _ABOVE_LINES), min(last, k + _ABOVE_LINES) + 1)
                   if j != k)

    def _opening(self, k: int) -> int:
        """The line that opens the item line ``k`` is part of: ``k`` itself, or, where a hard
        line break (a pdf's, at the page's width) cut the item's text, the nearest line above
        that opens an item, every line from it to ``k`` ending with its sentence unfinished
        (not on 。；！？) and none blank; -1 when there is none within ``_ABOVE_LINES``."""
        breaks = self._breaks or []
        text = self.text
        for j in range(k, max(-1, k - _ABOVE_LINES - 1), -1):
            start = breaks[j - 1] + 1 if j else 0
            end = breaks[j] if j < len(breaks) else len(text)
            if j < k and (end == start or text[end - 1] in _SENTENCE_END):
                return -1  # the line above closes its sentence: line k starts one of its own
            if _ITEM.match(text, start, end):
                return j
            if not j:
                break
        return -1

    def _person_item(self, k: int) -> bool:
        """Whether line ``k`` is an item of a list that names a person in its opening."""
        got = self._items.get(k)
        if got is None:
            breaks = self._breaks or []
            start = breaks[k - 1] + 1 if k else 0
            end = breaks[k] if k < len(breaks) else len(self.text)
            item = _ITEM.match(self.text, start, end)
            got = self._items[k] = item is not None and bool(_ITEM_PERSON.search(
                self.text, item.end(), min(end, item.end() + _ITEM_REACH)))
        return got


def scan_numbers(text: str, as_of: datetime.date, *, ids: bool = True, phones: bool = True,
                 banks: bool = True, tables: SpannedTables | None = None) -> Numbers:
    """Every unmasked ID, personal phone and personal bank number in ``text`` (normalised),
    in one pass, each list in text order. ``tables``: what the page's DOM says of tables
    the text writes with too few cells a line (``table_headers.SpannedTables``)."""
    return _Pass(text, as_of, ids, phones, banks, tables).run()


def find_phone_numbers(text: str, as_of: datetime.date | None = None) -> list[NumberMatch]:
    """The personal phone numbers of ``text``: a natural person's mobile, a landline
    labelled as a natural person's."""
    return scan_numbers(text, as_of or datetime.date.max, ids=False, banks=False).phones


def find_bank_accounts(text: str, as_of: datetime.date | None = None) -> list[NumberMatch]:
    """The personal bank numbers of ``text``: a person's card (Luhn-valid, 16–19 digits) or
    an account labelled as a person's."""
    return scan_numbers(text, as_of or datetime.date.max, ids=False, phones=False).banks


def unmasked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` to star so that no phone or bank number the core's mask misses
    (it masks runs of 15 digits and more, and mobile numbers) is shown: landlines with an
    area code or a phone label, account numbers under 15 digits after a bank label, and a
    text that is nothing but such a number (a finding's key). Errs towards masking: the
    office's own landline starred in a report costs nothing."""
    out: list[tuple[int, int]] = []
    first, last = len(text) - len(text.lstrip()), len(text.rstrip())
    for tok in TOKEN.finditer(text):
        s, e = tok.span()
        alone = s == first and e == last
        label = label_kind(text, s)
        bank = label == "bank"
        for r in _readings(text, s, e, not bank, True):
            digits = [i for i in range(r.start, r.end) if text[i].isdigit()]
            if r.kind == "landline":
                if "-" in r.value or alone or label in ("phone", "office"):
                    local = r.value.rpartition("-")[2]
                    at = text.find(local, r.start, r.end)
                    out.append((at, at + len(local) - 4))
            elif r.kind != "mobile" and len(digits) < 15 and (bank or alone):
                keep = 4 if len(digits) > 8 else 0
                out.extend((i, i + 1) for i in digits[keep:len(digits) - 4])
    return out
