"""The thirteenth held-out passages: written blind, by someone who did not read the detectors
(plugins/) or any earlier passage file beyond heldout12's first lines, labelled by hand from
the definitions of privacy.id-number, privacy.phone, privacy.bank-account and
privacy.address (rules.md, privacy.md) before any run.

Shapes. Penalty decisions: 公安 赌博 with two parties (住 + place, 现住 with 栋/单元/室, the
second party's mobile); 市场监管 个体 无证经营 as docx text (6-8-4 spaced ID, 住址 vs 经营场所,
spaced mobile, 执法证号 that look like mobiles, the shop's credit code); 生态环境 company
decision (法定代表人's ID and 手机, the company's own 基本户 and the 非税 account not personal, the
company's 住所); 城管 占道 on a GBK page (full-width ID, 家住 + 巷 号, +86 mobile, the 违法地点);
交通 非法营运 PDF text (ID broken over a line, 村委会 组 号 address, the 罚没 account); 林业 滥伐
with a 姓名/身份证号码/住址/联系电话 header table (a masked row, a party's landline); 医保 骗保
(社会保障号码, 社保卡 卡号, 附号 address, the fund's account); 消防 (ID split by spans, a
comment-split mobile, 现居住于 + 幢 室); 农业 (15-digit ID, 户籍地 stopping at the township,
现住 detailed, the party's landline in brackets); 烟草 docx (dashed ID, a Luhn-valid 条码, 社区
+ 路 号); 渔政 电鱼 (half full-width ID, U+3000-spaced mobile, 户籍所在地 only the township, no
address); a page of 当场 decisions (a town-only 住址, an X-masked ID, lower-case x); 交警 酒驾
(档案编号, +86 mobile, 栋 单元 室); 价格 on a GBK page (029 landline of the 经营者, 号院 号楼);
乡镇 违建 on a GBK town page outside the penalty column, named by its title; a company decision
whose 委托代理人's ID and mobile are printed; 网店 docx (19-digit personal card, a Luhn-valid
订单号); 卫健 美容 (zero-width space in an ID, font-split mobile, 花园 区 栋 室); 公安 种植罂粟
with two elderly women (15-digit ID, 户籍地 and 现住 both detailed); 自然资源 占地 docx (家庭住址,
the plot's 土名 and 四至); 水利 采砂 in a 通知公告 column with a 处罚决定书 title; 动物卫生 (ID
with full-width Ｘ); 统计 个体 (住址 only the town, 经营场所 detailed); 人社 欠薪 包工头 (the
workers' masked IDs and cards); 农机 PDF (a 7-digit local number of the office). Nothing to
report: 网吧 company decision (company landline, a minor's masked ID), a masked decision with a
detailed 违法地点, a docx with 已隐去 and the 承办人's mobile.
Lists and other pages: 耕地地力 补贴 spreadsheet (一卡通账号 column: cards, a 17-digit
account, a 19-digit card, a masked row); 临时救助 公示 (家庭住址 not expected, mobiles, the
监督电话); 高龄津贴 PDF (社会保障卡金融账号); 义务兵 优待金 (家长 mobiles, spaced); 护林员
选聘 on a GBK town page (IDs; the 林业站's 联系人 mobile not); 残疾人 两项补贴 (dashed and spaced
cards); 征收 补偿 (开户行/账号 columns, a 村民小组's account not); 雨露计划 docx (监护人 ID with X,
mobile, card); 医疗救助 结算 (15-digit ID under a header, a 12-digit 住院号); 低保 停保 (masked
IDs, one full-width slip); 一次性创业补贴 (cards, phones, enterprises' codes); 限期拆除 送达公告
(home address on purpose unlabelled, ID labelled); 失业保险金 公示 (咨询电话 not). Nothing to
report: 事业单位 拟聘用 公示 (准考证号, masked IDs), 村两委 候选人 公示, 政府采购 成交公告
(代理机构 联系人 mobile), 双公示 table (digits-only codes), 防汛 值班电话 一览表, 社保 缴费
账户 公告, 统计公报, 不动产 首次登记 公告 (不动产单元号, 坐落), 表彰 名单.
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------

FOOTER = ("<div class='footer'><div class='w1200'><p>主办：{org}　技术支持：示例市大数据中心</p>"
          "<p>地址：示例县新城区行政服务中心{room}　政务服务热线：12345　传真：0795-7261{ext}</p>"
          "<p>网站标识码：3609990{ext}　赣ICP备2021000{ext}号-2　赣公网安备36099902000{ext}号</p>"
          "</div></div>")

TOWN_FOOT = ("<table class='bottom' width='1000'><tr><td>示例县{town}人民政府　版权所有<br>"
             "地址：示例县{town}圩镇中心街1号　党政办电话：0795-75{ext}　邮编：336{ext}"
             "</td></tr></table>")

APPEAL = ("<p>　　如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向示例县人民政府申请"
          "行政复议，也可以在六个月内依法向示例县人民法院提起行政诉讼。复议和诉讼期间，本处罚"
          "决定不停止执行。</p>")
APPEAL_TXT = ("如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内"
              "依法提起行政诉讼。逾期不申请复议、不起诉又不履行的，本机关将依法申请人民法院"
              "强制执行。\n")
PAY = ("<p>　　限你（单位）自收到本决定书之日起十五日内，持本决定书到示例农商银行各网点缴纳罚款，"
       "收款单位：示例县财政局非税收入汇缴结算户，账号：{OACCT1}。到期不缴纳的，每日按罚款数额"
       "的百分之三加处罚款。</p>")


def article(title: str, text: str, *, org: str, charset: str = "utf-8",
            crumbs: str = "政务公开 &gt; 行政执法 &gt; 行政处罚", date: str = "2022-07-14",
            ext: str = "208", room: str = "3楼") -> str:
    """A department article page: breadcrumb, centred title, a source line, the text."""
    return ("<!DOCTYPE html><html><head>"
            f"<meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            f"<title>{title}_{org}</title><meta name='ArticleTitle' content='{title}'></head>"
            "<body><div class='head'><img src='/images/logo.png' alt='logo'></div>"
            f"<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; {crumbs}</div>"
            f"<div class='detail'><h1 class='tit'>{title}</h1><div class='msg'>"
            f"<span>发布时间：{date}</span><span>来源：{org}</span><span>浏览次数："
            "<script>document.write(hits)</script></span><span>字号：<a>大</a> <a>中</a> "
            f"<a>小</a></span></div><div class='TRS_Editor' id='zoom'>{text}</div>"
            "<div class='share'>【<a href='javascript:print()'>打印本页</a>】【<a "
            "href='javascript:close()'>关闭窗口</a>】</div></div>"
            + FOOTER.format(org=org, room=room, ext=ext) + "</body></html>")


def town(title: str, text: str, *, town_name: str, charset: str = "gbk", ext: str = "118") -> str:
    """An old table-layout township page (GBK), as many 乡镇 sites still serve."""
    return ("<html><head>"
            f"<meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            f"<title>{title}</title></head><body><table width='1000' align='center'><tr>"
            f"<td class='nav'>示例县{town_name}人民政府 &gt;&gt; 通知公告</td></tr><tr>"
            f"<td align='center' class='bt'><b>{title}</b></td></tr><tr><td class='rq'>"
            "发布日期：2022年6月2日　点击数：<span id='clicks'>126</span></td></tr><tr>"
            f"<td class='nr'>{text}</td></tr></table>"
            + TOWN_FOOT.format(town=town_name, ext=ext) + "</body></html>")


def mobile_page(title: str, text: str) -> str:
    """A mobile (wap) article: no footer table, a header bar and the text."""
    return ("<!doctype html><html><head><meta charset='utf-8'><meta name='viewport' "
            f"content='width=device-width'><title>{title}</title></head><body>"
            "<header class='bar'><a class='back' href='javascript:history.back()'>返回</a>"
            f"示例县人民政府</header><article><h2>{title}</h2><div class='time'>2022-05-30"
            f"</div><section class='con'>{text}</section></article></body></html>")


def row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"


def head(*cells: str) -> str:
    return "<tr class='th'>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr>"


def tsv(*rows: tuple[str, ...]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


# --- penalty decisions -------------------------------------------------------------------

PASSAGES: list[P] = [
    P(
        id="h1201", column="penalty", shape="公安 赌博 two parties, 住 + place and 现住 室",
        title="示例县公安局行政处罚决定书（示公（城）行罚决字〔2022〕0417号）",
        body=article(
            "示例县公安局行政处罚决定书（示公（城）行罚决字〔2022〕0417号）",
            "<p>　　违法行为人张某某，男，汉族，身份证号码：{ID1}，"
            "住示例县城南镇桃源村三组42号。</p><p>　　违法行为人李某，男，"
            "公民身份号码{IDX1}，现住示例市东湖区福州路218号3栋2单元501室，"
            "联系电话{MOB1}。</p><p>　　现查明，2022年4月9日晚，张某某、李某在示例县城南镇"
            "桃源村一农户家中以“斗牛”方式进行赌博，赌资共计人民币2600元。以上事实有违法行为人"
            "陈述和申辩、证人证言、现场照片等证据证实。</p><p>　　根据《中华人民共和国治安管理"
            "处罚法》第七十条之规定，现决定对张某某、李某各处行政拘留五日并处罚款五百元。</p>"
            + APPEAL + "<p style='text-align:right'>示例县公安局<br>2022年4月11日</p>",
            org="示例县公安局", ext="110"),
        ids=["ID1", "IDX1"], phones=["MOB1"],
        addrs=["示例县城南镇桃源村三组42号", "示例市东湖区福州路218号3栋2单元501室"],
    ),
    P(
        id="h1202", kind="attachment", column="penalty", shape="市场监管 个体 docx, spaced ID",
        title="示例县市场监督管理局行政处罚决定书",
        body=("示例县市场监督管理局\n行政处罚决定书\n示市监处罚〔2022〕38号\n"
              "当事人：王某某\n主体资格证照名称：营业执照\n"
              "统一社会信用代码：{USCC1}\n"
              "经营者：王某某　性别：女　身份证号码：{ID1_S}\n"
              "住址：示例县龙岗镇龙岗街47号\n经营场所：示例县龙岗镇新街路12号\n"
              "联系电话：{MOB1_S}\n"
              "2022年5月6日，本局执法人员熊某某（执法证号：{CERT1}）、邹某（执法证号：{CERT2}）"
              "对当事人经营场所进行检查，发现当事人未取得食品经营许可从事熟食制售。\n"
              "上述事实，有现场检查笔录、询问笔录、照片等证据证明。\n"
              "当事人的行为违反了《中华人民共和国食品安全法》第三十五条第一款的规定。依据"
              "第一百二十二条第一款，本局决定：1.没收违法所得380元；2.罚款5000元。\n"
              + APPEAL_TXT + "示例县市场监督管理局\n2022年5月20日\n"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县龙岗镇龙岗街47号"],
    ),
    P(
        id="h1203", column="penalty", shape="生态环境 company, 法定代表人's ID and mobile",
        title="示例市生态环境局行政处罚决定书（示环罚〔2022〕21号）",
        body=article(
            "示例市生态环境局行政处罚决定书（示环罚〔2022〕21号）",
            "<p>当事人：示例县鑫达建材有限公司</p><p>统一社会信用代码：{USCCD1}</p>"
            "<p>住所：示例县工业园区创业大道8号</p><p>法定代表人：陈某，身份证号码{ID1}，"
            "手机{MOB1}</p><p>公司联系电话：{LAND1}</p><p>开户银行：示例农村商业银行城西支行"
            "　基本存款账户：{ACCT1}</p><p>　　我局于2022年3月15日对你公司进行现场检查，发现"
            "你公司石料破碎生产线未配套建设除尘设施，粉尘无组织排放。</p><p>　　依据《中华人民"
            "共和国大气污染防治法》第一百零八条第一项，我局决定对你公司罚款人民币三万元。</p>"
            + PAY + APPEAL + "<p align='right'>示例市生态环境局　2022年4月2日</p>",
            org="示例市生态环境局", ext="315"),
        ids=["ID1"], phones=["MOB1"],
    ),
    P(
        id="h1204", column="penalty", enc="gbk", shape="城管 GBK, full-width ID, 家住 巷 号",
        title="示例市城市管理局行政处罚决定书",
        body=article(
            "示例市城市管理局行政处罚决定书",
            "<p>示城管罚字〔2022〕第116号</p><p>当事人：刘某，女，身份证号"
            "{ID1_FW}，家住示例市城北区解放路东三巷9号，联系电话：{MOB1_86}。</p>"
            "<p>违法地点：示例市人民路与中山路交叉口东北角。</p><p>　　经查，当事人于2022年"
            "6月3日在上述地点擅自占用城市道路摆摊经营水果，经责令改正拒不改正。依据《城市市容"
            "和环境卫生管理条例》第三十六条，决定对当事人罚款二百元。</p>" + APPEAL,
            org="示例市城市管理局", charset="gbk", ext="512"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例市城北区解放路东三巷9号"],
    ),
    P(
        id="h1205", kind="attachment", column="penalty", shape="交通 PDF, ID over a line",
        title="交通运输行政处罚决定书",
        body=("示例县交通运输局\n交通运输行政处罚决定书\n示交罚〔2022〕0093号\n"
              "当事人　赵某某　性别　男　公民身份号码　{ID1_NL}\n"
              "住址　示例县石门乡石门村委会下屋组18号　手机　{MOB1}\n"
              "车辆号牌　赣B·7Q2K3　道路运输证号　无\n"
              "违法事实：当事人于2022年4月21日驾驶上述车辆在示例县城至石门乡线路从事道路旅客"
              "运输经营，被我局执法人员当场查获。\n"
              "处罚决定：依据《中华人民共和国道路运输条例》第六十三条，罚款人民币三千元。\n"
              "罚款缴入示例县非税收入汇缴专户，账号{OACCT1}。\n" + APPEAL_TXT
              + "示例县交通运输局（印章）\n2022年5月9日\n"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县石门乡石门村委会下屋组18号"],
    ),
    P(
        id="h1206", column="penalty", shape="林业 滥伐 header table, a masked row, landline",
        title="示例县林业局行政处罚决定书（示林罚决字〔2022〕第7号）",
        body=article(
            "示例县林业局行政处罚决定书（示林罚决字〔2022〕第7号）",
            "<p>　　当事人基本情况如下：</p><table border='1' cellspacing='0'>"
            + head("姓名", "性别", "身份证号码", "住址", "联系电话")
            + row("周某", "男", "{ID1}", "示例县黄坳乡黄坳村五组21号", "{MOB1}")
            + row("吴某", "男", "{ID2_M}", "示例县黄坳乡****", "{MOB2_M}")
            + row("郑某", "男", "{IDX1}", "示例县黄坳乡坪上村二组7号", "{LAND1}")
            + "</table><p>　　经查，2022年1月，当事人未办理林木采伐许可证，在黄坳乡坪上村"
            "土名“长岭”山场滥伐杉木，立木蓄积11.6立方米。依据《中华人民共和国森林法》第七十六条"
            "第二款，决定责令补种滥伐株数五倍的树木，并处滥伐林木价值三倍的罚款。</p>" + APPEAL,
            org="示例县林业局", ext="402"),
        ids=["ID1", "IDX1"], phones=["MOB1", "LAND1"],
        addrs=["示例县黄坳乡黄坳村五组21号", "示例县黄坳乡坪上村二组7号"],
    ),
    P(
        id="h1207", column="penalty", shape="医保 骗保, 社保卡 卡号, fund account",
        title="示例县医疗保障局行政处罚决定书",
        body=article(
            "示例县医疗保障局行政处罚决定书",
            "<p>示医保罚〔2022〕3号</p><p>当事人：孙某，男，社会保障号码：{ID1}，住址："
            "示例县城关镇建设路56号附3号。</p><p>　　经查，当事人于2021年8月至12月期间，"
            "将本人社会保障卡（金融账户卡号：{CARD1}）出借他人在定点药店购药，骗取医疗保障"
            "基金4632.18元。</p><p>　　依据《医疗保障基金使用监督管理条例》第四十一条，责令"
            "退回骗取的基金，并处骗取金额二倍的罚款。退回基金请缴入示例县医疗保障基金收入户，"
            "账号：{OACCT1}。</p>" + APPEAL,
            org="示例县医疗保障局", ext="633"),
        ids=["ID1"], banks=["CARD1"], addrs=["示例县城关镇建设路56号附3号"],
    ),
    P(
        id="h1208", column="penalty", shape="消防, span-split ID, comment-split mobile",
        title="示例县消防救援大队行政处罚决定书",
        body=article(
            "示例县消防救援大队行政处罚决定书",
            "<p>示消行罚决字〔2022〕0051号</p><p>被处罚人：钱某，男，"
            "身份证号：{ID1_SPAN}，现居住于示例县城关镇文化路88号2幢301室，"
            "联系方式：{MOB1_CMT}。</p><p>　　2022年5月12日，我大队在检查中发现被处罚人在"
            "住宅楼楼道内为电动自行车充电，占用疏散通道。依据《中华人民共和国消防法》第六十条"
            "第二款，决定给予警告。</p>" + APPEAL,
            org="示例县消防救援大队", ext="119"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县城关镇文化路88号2幢301室"],
    ),
    P(
        id="h1209", column="penalty", shape="农业 15-digit ID, township 户籍地, bracket landline",
        title="示例县农业农村局行政处罚决定书",
        body=article(
            "示例县农业农村局行政处罚决定书",
            "<p>示农（农药）罚〔2022〕2号</p><p>当事人：韩某某，男，公民身份号码：{IDF1}，"
            "户籍地：示例县水南乡，现住示例县水南乡圩镇新街16号，当事人联系电话："
            "{LAND1_P}。</p><p>　　经查，当事人在其经营的农资门市销售国家已禁止使用的农药"
            "甲拌磷，货值金额860元。依据《农药管理条例》第五十五条，决定没收违法所得并罚款"
            "五万元。</p><p>咨询电话：{LAND2}（示例县农业综合行政执法大队）</p>" + APPEAL,
            org="示例县农业农村局", ext="620"),
        ids=["IDF1"], phones=["LAND1"], addrs=["示例县水南乡圩镇新街16号"],
    ),
    P(
        id="h1210", kind="attachment", column="penalty", shape="烟草 docx, dashed ID, 条码",
        title="示例县烟草专卖局行政处罚决定书",
        body=("示例县烟草专卖局\n行政处罚决定书\n示烟处〔2022〕第19号\n"
              "当事人：黄某，性别：男，居民身份证号：{ID1_D}\n"
              "住址：示例县三江镇三江社区东风路3号，手机：{MOB1}\n"
              "2022年3月28日，本局专卖管理人员（执法证号{CERT1}）在当事人店内查获无标志外国卷烟"
              "12条，其中一条卷烟条码为{ORDER1}。\n"
              "依据《中华人民共和国烟草专卖法实施条例》第五十七条，决定没收上述卷烟并处罚款"
              "人民币一千二百元。\n" + APPEAL_TXT + "二〇二二年四月六日\n"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县三江镇三江社区东风路3号"],
    ),
    P(
        id="h1211", column="penalty", shape="渔政 电鱼, half full-width ID, U+3000 mobile",
        title="示例县农业农村局（渔政）行政处罚决定书",
        body=article(
            "示例县农业农村局（渔政）行政处罚决定书",
            "<p>当事人：钟某某，男，汉族，身份证号码{ID1_HALF}，户籍所在地：示例县大埠乡，"
            "电话：{MOB1_NB}。</p><p>违法地点：大埠乡大埠村河段（土名“鸬鹚潭”）。</p>"
            "<p>　　2022年4月30日晚，当事人使用电鱼器具在上述河段捕捞，被当场查获渔获物"
            "3.2公斤。依据《中华人民共和国渔业法》第三十八条，没收渔获物和电鱼器具，罚款"
            "一千元。</p>" + APPEAL,
            org="示例县农业农村局", ext="621"),
        ids=["ID1"], phones=["MOB1"],
    ),
    P(
        id="h1212", column="penalty", shape="当场 decisions: town-only, X-masked, lower-case x",
        title="当场行政处罚决定书（简易程序）汇总",
        body=article(
            "当场行政处罚决定书（简易程序）汇总",
            "<p>一、被处罚人冯某，男，身份证号{ID1}，住址：示例县城关镇。违法行为：在禁止"
            "吸烟场所吸烟。处罚：罚款五十元。</p><p>二、被处罚人何某，女，身份证号{ID2_MX}，"
            "住址：示例县城关镇胜利路**号。处罚：警告。</p><p>三、被处罚人罗某，男，身份证号"
            "{IDX1_LOW}，住址：示例县城关镇南门路九巷6号。违法行为：违反规定燃放烟花爆竹。"
            "处罚：罚款一百元。</p>",
            org="示例县公安局城关派出所", ext="111"),
        ids=["ID1", "IDX1"], addrs=["示例县城关镇南门路九巷6号"],
    ),
    P(
        id="h1213", column="penalty", shape="交警 酒驾, 档案编号, +86, 栋 单元 室",
        title="公安交通管理行政处罚决定书",
        body=article(
            "公安交通管理行政处罚决定书",
            "<table class='form' border='1'>"
            + row("被处罚人", "吴某某", "驾驶证号/居民身份证号码", "{ID1}")
            + row("档案编号", "{ACCTS1}", "准驾车型", "C1")
            + row("联系方式", "{MOB1_86}", "住址", "示例市章贡区红旗大道36号7栋1单元202室")
            + "</table><p>　　被处罚人于2022年6月18日22时许饮酒后驾驶机动车，经呼气酒精检测"
            "为42mg/100ml。依据《中华人民共和国道路交通安全法》第九十一条第一款，决定暂扣机动车"
            "驾驶证六个月，并处罚款一千元。</p>" + APPEAL,
            org="示例市公安局交通警察支队", ext="122"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例市章贡区红旗大道36号7栋1单元202室"],
    ),
    P(
        id="h1214", column="penalty", enc="gbk", shape="价格 GBK, 029 landline, 号院 号楼",
        title="行政处罚决定书（示价罚〔2022〕4号）",
        body=article(
            "行政处罚决定书（示价罚〔2022〕4号）",
            "<p>当事人：示例区马记干果摊（个体工商户）</p><p>经营者：马某，男，回族，居民身份证"
            "号码：{ID1}，住址：示例市雁塔区小寨东路12号院3号楼1单元601室，电话：{LANDB1}"
            "</p><p>经营地址：示例市雁塔区大雁塔北广场东侧临时摊区5号摊位</p><p>　　经查，"
            "当事人在销售干果时未明码标价。依据《价格违法行为行政处罚规定》第十三条，决定罚款"
            "二千元。</p>" + APPEAL,
            org="示例市雁塔区市场监督管理局", charset="gbk", ext="029"),
        ids=["ID1"], phones=["LANDB1"], addrs=["示例市雁塔区小寨东路12号院3号楼1单元601室"],
    ),
    P(
        id="h1215", enc="gbk", shape="乡镇 违建 GBK town page, title-named decision",
        title="示例县梅林镇人民政府行政处罚决定书",
        body=town(
            "示例县梅林镇人民政府行政处罚决定书",
            "<p>梅府罚字〔2022〕第3号</p><p>当事人：邹某某，男，汉族，身份证号码{ID1}，住示例县"
            "梅林镇梅林村委会新屋组23号。</p><p>　　经查，当事人未取得乡村建设规划许可证，在"
            "梅林村新屋组擅自建设砖混结构房屋一栋，占地面积96平方米。依据《中华人民共和国城乡"
            "规划法》第六十五条，责令当事人于2022年6月30日前自行拆除。</p>" + APPEAL
            + "<p align='right'>示例县梅林镇人民政府<br>2022年6月1日</p>",
            town_name="梅林镇"),
        ids=["ID1"], addrs=["示例县梅林镇梅林村委会新屋组23号"],
    ),
    P(
        id="h1216", column="penalty", shape="company decision, 委托代理人's ID and mobile",
        title="示例县交通运输局行政处罚决定书（示交罚〔2022〕0121号）",
        body=article(
            "示例县交通运输局行政处罚决定书（示交罚〔2022〕0121号）",
            "<p>当事人：示例县恒通物流有限公司</p><p>统一社会信用代码：{USCC1}</p>"
            "<p>住所：示例县城东工业区物流园B区12栋</p><p>法定代表人：林某</p>"
            "<p>公司电话：{LAND1}</p><p>委托代理人：许某，身份证号码{ID1}，手机号码{MOB1}</p>"
            "<p>　　经查，当事人所属重型货车超限运输，车货总重超过核定标准。依据《公路安全保护"
            "条例》第六十六条，决定罚款人民币三千元。</p>" + APPEAL,
            org="示例县交通运输局", ext="093"),
        ids=["ID1"], phones=["MOB1"],
    ),
    P(
        id="h1217", kind="attachment", column="penalty", shape="网店 docx, 19-digit card, 订单号",
        title="行政处罚决定书（网络销售）",
        body=("示例市市场监督管理局\n行政处罚决定书\n示市监网罚〔2022〕7号\n"
              "当事人：丁某\n身份证号码：{ID1}\n住址：示例市西湖区文三路100号4幢502室\n"
              "联系电话：{MOB1}\n"
              "经查，当事人在某电商平台开设网店销售未经注册的医疗器械，订单号{ORDER1}的商品"
              "货款转入当事人个人银行卡，卡号{CARDL1}。\n"
              "依据《医疗器械监督管理条例》第八十四条，决定没收违法所得并处罚款二万元。\n"
              + APPEAL_TXT + "示例市市场监督管理局\n2022年7月1日\n"),
        ids=["ID1"], phones=["MOB1"], banks=["CARDL1"],
        addrs=["示例市西湖区文三路100号4幢502室"],
    ),
    P(
        id="h1218", column="penalty", shape="卫健 美容, zero-width ID, font-split mobile",
        title="示例县卫生健康委员会行政处罚决定书",
        body=article(
            "示例县卫生健康委员会行政处罚决定书",
            "<p>示卫医罚〔2022〕11号</p><p>当事人：范某某，女，身份证号："
            "{ID1_ZW}，住址：示例县城关镇紫阳大道199号锦绣花园B区5栋1802室，联系电话："
            "{MOB1_FONT}。</p><p>　　经查，当事人未取得医疗机构执业许可证，在其住所内开展"
            "注射美容。依据《基本医疗卫生与健康促进法》第九十九条，决定没收违法所得并罚款"
            "五万元。</p>" + APPEAL,
            org="示例县卫生健康委员会", ext="120"),
        ids=["ID1"], phones=["MOB1"],
        addrs=["示例县城关镇紫阳大道199号锦绣花园B区5栋1802室"],
    ),
    P(
        id="h1219", kind="attachment", column="penalty", shape="农机 PDF, office's local number",
        title="农业机械安全监督行政处罚决定书",
        body=("示例县农业农村局\n农业行政处罚决定书\n示农机罚〔2022〕1号\n"
              "当事人姓名：彭某　性别：男　民族：汉\n"
              "身份证号码：{ID1}\n住址：示例县坪山镇\n"
              "经查，当事人驾驶未登记的拖拉机上道路行驶。依据《农业机械安全监督管理条例》"
              "第五十条，决定罚款二百元。\n"
              "咨询电话：{LOCAL1}（县农机监理站）\n" + APPEAL_TXT),
        ids=["ID1"],
    ),
    P(
        id="h1220", column="penalty", shape="公安 种植罂粟, two elderly women, 15-digit ID",
        title="示例县公安局行政处罚决定书",
        body=mobile_page(
            "示例县公安局行政处罚决定书",
            "<p>示公（禁）行罚决字〔2022〕12号、13号</p><p>违法行为人曾某某，女，"
            "身份证号：{ID1}，户籍地：示例县太平乡太平村四组17号。</p><p>违法行为人宋某某，女，"
            "身份证号：{IDF1}，现住：示例县太平乡竹山村二组5号。</p><p>　　经查，二人分别在"
            "自家菜地内非法种植罂粟共计153株，已全部铲除。依据《中华人民共和国治安管理处罚法》"
            "第七十一条第一款第一项，分别处以罚款三百元。</p>"),
        ids=["ID1", "IDF1"],
        addrs=["示例县太平乡太平村四组17号", "示例县太平乡竹山村二组5号"],
    ),
    P(
        id="h1221", column="penalty", shape="网吧 company decision, minor's masked ID (none)",
        title="示例县文化广电新闻出版旅游局行政处罚决定书",
        body=article(
            "示例县文化广电新闻出版旅游局行政处罚决定书",
            "<p>当事人：示例县星际网络会所有限公司</p><p>统一社会信用代码：{USCC1}</p>"
            "<p>住所：示例县城关镇步行街18号二楼</p><p>法定代表人：袁某</p><p>联系电话："
            "{LAND1}</p><p>　　2022年2月19日，执法人员检查发现该网吧接纳未成年人李某（身份证号"
            "{ID1_M}）上网。依据《互联网上网服务营业场所管理条例》第三十一条，决定给予警告并"
            "罚款五千元。</p>" + PAY + APPEAL,
            org="示例县文广新旅局", ext="321"),
    ),
    P(
        id="h1222", column="penalty", shape="masked decision, detailed 违法地点 (none)",
        title="行政处罚决定书（示城管罚〔2022〕88号）",
        body=article(
            "行政处罚决定书（示城管罚〔2022〕88号）",
            "<p>当事人：李某，男，身份证号码：{ID1_M}，住址：示例县**镇**村***号，联系电话："
            "{MOB1_M}。</p><p>违法地点：示例县城关镇工业大道66号东侧空地。</p><p>　　当事人"
            "在上述地点露天焚烧垃圾。执法人员：潘某（执法证号{CERT1}）、程某（执法证号{CERT2}）。"
            "依据《中华人民共和国大气污染防治法》第一百一十九条，决定罚款五百元。</p>"
            "<p>举报电话：12319</p>" + APPEAL,
            org="示例县城市管理局", ext="319"),
    ),
    P(
        id="h1223", kind="attachment", column="penalty", shape="docx 已隐去, 承办人 mobile (none)",
        title="行政处罚决定书",
        body=("示例县应急管理局\n行政处罚决定书\n（示）应急罚〔2022〕6号\n"
              "当事人：蔡某\n身份证号码：（已隐去）\n住址：（详细地址已隐去）\n"
              "经查，当事人未取得烟花爆竹零售许可证销售烟花爆竹。依据《烟花爆竹安全管理条例》"
              "第三十六条，决定没收非法经营物品并罚款一千元。\n"
              "罚款缴入示例县财政局罚没收入专户，账号{OACCT1}。\n"
              "承办人：魏某　联系电话：{MOB1}\n" + APPEAL_TXT),
    ),
    P(
        id="h1224", kind="attachment", column="penalty", shape="自然资源 docx, 家庭住址, 四至",
        title="示例县自然资源局行政处罚决定书",
        body=("示例县自然资源局\n行政处罚决定书\n示自然资罚〔2022〕14号\n"
              "当事人：温某，男，汉族\n公民身份号码：{ID1}\n"
              "家庭住址：示例县坪山镇坪山村委会岭背组31号\n手机号码：{MOB1}\n"
              "违法占地位置：坪山村岭背组，土名“大塘下”，四至：东至水渠，南至村道，西至温某"
              "某菜地，北至山脚。\n"
              "经查，当事人未经批准占用耕地建房，占地面积142平方米。依据《中华人民共和国土地"
              "管理法》第七十八条，责令退还非法占用的土地，限期拆除。\n" + APPEAL_TXT),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县坪山镇坪山村委会岭背组31号"],
    ),
    P(
        id="h1225", column="通知公告", shape="水利 采砂 in 通知公告, 处罚决定书 title",
        title="示例县水利局行政处罚决定书（示水罚〔2022〕6号）",
        body=article(
            "示例县水利局行政处罚决定书（示水罚〔2022〕6号）",
            "<p>当事人：谢某，男，身份证号{IDX1}，住址：示例县湖口镇江边路二巷15号，手机："
            "{MOB1_S}。</p><p>　　经查，当事人未经许可在湖口镇河段非法采砂，采砂量约120立方米。"
            "依据《中华人民共和国水法》第七十二条，决定没收违法所得并罚款二万元。</p>" + APPEAL,
            org="示例县水利局", crumbs="通知公告", ext="301"),
        ids=["IDX1"], phones=["MOB1"], addrs=["示例县湖口镇江边路二巷15号"],
    ),
    P(
        id="h1226", column="penalty", shape="动物卫生, ID with full-width Ｘ",
        title="示例县农业农村局行政处罚决定书（动物卫生）",
        body=article(
            "示例县农业农村局行政处罚决定书（动物卫生）",
            "<p>当事人：谭某某</p><p>性别：男　民族：汉</p><p>身份证号码："
            "{IDX1_FW}</p><p>住址：示例县高田乡高田村六组9号</p><p>　　经查，当事人收购"
            "未附有动物检疫证明的生猪6头。依据《中华人民共和国动物防疫法》第一百条，决定罚款"
            "三千元。</p>" + APPEAL,
            org="示例县农业农村局", ext="622"),
        ids=["IDX1"], addrs=["示例县高田乡高田村六组9号"],
    ),
    P(
        id="h1227", column="penalty", shape="统计 个体, town-only 住址, 经营场所 detailed",
        title="示例县统计局行政处罚决定书",
        body=article(
            "示例县统计局行政处罚决定书",
            "<p>当事人：示例县龙门镇老谭五金店（个体工商户）</p><p>经营者：谭某，身份证号"
            "{ID1}，住址：示例县龙门镇，联系电话：{MOB1}</p><p>经营场所：示例县龙门镇龙门街"
            "63号</p><p>　　当事人在2021年统计年报中提供不真实统计资料。依据《中华人民共和国统计"
            "法》第四十二条，决定给予警告。</p>" + APPEAL,
            org="示例县统计局", ext="206"),
        ids=["ID1"], phones=["MOB1"],
    ),
    P(
        id="h1228", column="penalty", shape="人社 欠薪 包工头, workers masked",
        title="劳动保障监察行政处罚决定书",
        body=article(
            "劳动保障监察行政处罚决定书",
            "<p>示人社监罚〔2022〕2号</p><p>当事人：胡某，男，身份证号码：{ID1}，住址：示例县"
            "龙门镇龙门街120号，电话：{MOB1}。</p><p>　　经查，当事人承包示例县某小区建设工程"
            "劳务，拖欠下列农民工工资：</p><table border='1'>"
            + head("序号", "姓名", "身份证号码", "工资卡号", "欠薪金额（元）")
            + row("1", "邓某", "{ID2_M}", "{CARD1_M}", "12600")
            + row("2", "傅某", "{ID3_M}", "{CARD2_M}", "9800")
            + "</table><p>　　依据《保障农民工工资支付条例》第五十四条，决定罚款二万元。</p>"
            + APPEAL,
            org="示例县人力资源和社会保障局", ext="125"),
        ids=["ID1"], phones=["MOB1"], addrs=["示例县龙门镇龙门街120号"],
    ),
    # --- lists and other pages -------------------------------------------------------------
    P(
        id="h1229", kind="attachment", shape="耕地地力 spreadsheet, 一卡通账号 column",
        title="2022年耕地地力保护补贴发放花名册（桃源村）",
        body=("2022年耕地地力保护补贴发放花名册\n"
              + tsv(("序号", "村组", "户主姓名", "身份证号码", "一卡通账号", "面积（亩）", "金额（元）"),
                    ("1", "桃源村一组", "刘某华", "{ID1}", "{CARD1}", "3.42", "372.78"),
                    ("2", "桃源村一组", "刘某明", "{ID2}", "{ACCT1}", "2.10", "228.90"),
                    ("3", "桃源村二组", "陈某英", "{IDX1}", "{CARDL1}", "4.05", "441.45"),
                    ("4", "桃源村二组", "陈某", "{ID3_M}", "{CARD2_M}", "1.30", "141.70"),
                    ("合计", "", "", "", "", "10.87", "1184.83"))),
        ids=["ID1", "ID2", "IDX1"], banks=["CARD1", "ACCT1", "CARDL1"],
    ),
    P(
        id="h1230", shape="临时救助 公示, 家庭住址 not expected, 监督电话",
        title="城南镇2022年5月临时救助对象公示",
        body=article(
            "城南镇2022年5月临时救助对象公示",
            "<p>　　根据《示例县临时救助实施办法》，经个人申请、村（居）委会调查、镇政府审核，"
            "拟对以下对象给予临时救助，现予公示：</p><table border='1'>"
            + head("姓名", "家庭住址", "身份证号", "联系电话", "救助金额（元）")
            + row("江某", "示例县城南镇桃源村三组15号", "{ID1}", "{MOB1}", "1500")
            + row("杜某某", "示例县城南镇城南社区新华路22号", "{ID2}", "{MOB2}", "2000")
            + "</table><p>　　公示期：2022年5月20日至5月26日。监督电话：{LAND1}（城南镇民政所）</p>",
            org="示例县城南镇人民政府", crumbs="通知公告", ext="188"),
        ids=["ID1", "ID2"], phones=["MOB1", "MOB2"],
    ),
    P(
        id="h1231", kind="attachment", shape="高龄津贴 PDF, 社会保障卡金融账号",
        title="2022年第二季度高龄津贴发放名单",
        body=("示例县2022年第二季度高龄津贴发放名单\n"
              "序号 乡镇 姓名 身份证号码 社会保障卡金融账号 金额\n"
              "1 龙岗镇 熊某某 {ID1} {CARD1} 300\n"
              "2 龙岗镇 袁某某 {IDX1} {CARD2} 300\n"
              "3 石门乡 邱某 {ID2_M} {CARD3_M} 600\n"
              "制表单位：示例县民政局　制表日期：2022年6月30日\n"),
        ids=["ID1", "IDX1"], banks=["CARD1", "CARD2"],
    ),
    P(
        id="h1232", shape="义务兵 优待金 公示, 家长 mobiles",
        title="关于2022年度义务兵家庭优待金发放对象的公示",
        body=mobile_page(
            "关于2022年度义务兵家庭优待金发放对象的公示",
            "<p>　　现将2022年度义务兵家庭优待金发放对象公示如下：</p><table>"
            + head("入伍人员", "公民身份号码", "家长姓名", "家长电话", "入伍时间")
            + row("廖某", "{ID1}", "廖某平", "{MOB1}", "2021年9月")
            + row("石某", "{ID2}", "石某红", "{MOB2_S}", "2021年9月")
            + "</table><p>　　如有异议，请于公示期内向县退役军人事务局反映，电话：{LAND1}。</p>"),
        ids=["ID1", "ID2"], phones=["MOB1", "MOB2"],
    ),
    P(
        id="h1233", enc="gbk", shape="护林员 选聘 GBK town page, 联系人 mobile not",
        title="黄坳乡2022年生态护林员拟选聘人员公示",
        body=town(
            "黄坳乡2022年生态护林员拟选聘人员公示",
            "<p>　　经个人申请、村推荐、乡审核，拟选聘以下人员为生态护林员：</p>"
            "<table border='1'>" + head("序号", "姓名", "身份证号码", "所在村", "管护面积（亩）")
            + row("1", "管某", "{ID1}", "坪上村", "1800")
            + row("2", "欧阳某", "{ID2}", "黄坳村", "2100")
            + "</table><p>　　公示期5天。监督电话：{LAND1}（黄坳乡林业工作站），联系人："
            "黎某，{MOB1}。</p>",
            town_name="黄坳乡", ext="402"),
        ids=["ID1", "ID2"],
    ),
    P(
        id="h1234", shape="残疾人 两项补贴, dashed and spaced cards",
        title="2022年6月困难残疾人生活补贴和重度残疾人护理补贴发放名单",
        body=article(
            "2022年6月困难残疾人生活补贴和重度残疾人护理补贴发放名单",
            "<table border='1'>" + head("姓名", "身份证号", "残疾等级", "补贴类别", "发放卡号")
            + row("严某", "{ID1_S}", "一级", "护理补贴", "{CARD1_D}")
            + row("卢某", "{ID2_M}", "二级", "两项补贴", "{CARD2_S}")
            + "</table>",
            org="示例县残疾人联合会", crumbs="通知公告", ext="655"),
        ids=["ID1"], banks=["CARD1", "CARD2"],
    ),
    P(
        id="h1235", shape="征收 补偿, 开户行/账号, a 村民小组's account",
        title="示例县城东片区征收补偿款发放情况公示",
        body=article(
            "示例县城东片区征收补偿款发放情况公示",
            "<table border='1'>"
            + head("被征收人", "身份证号码", "开户行", "账号", "补偿金额（元）")
            + row("涂某", "{ID1}", "示例农商银行城东支行", "{ACCT1}", "186420.00")
            + row("万某某", "{ID2}", "中国邮政储蓄银行示例县支行", "{CARD1}", "97350.00")
            + row("城东村第三村民小组", "——", "示例农商银行城东支行", "{OACCT1}", "42800.00")
            + "</table>",
            org="示例县房屋征收与补偿办公室", crumbs="征地信息", ext="711"),
        ids=["ID1", "ID2"], banks=["ACCT1", "CARD1"],
    ),
    P(
        id="h1236", kind="attachment", shape="雨露计划 docx, 监护人 ID with X, card",
        title="2022年春季雨露计划补助对象公示",
        body=("2022年春季雨露计划职业教育补助对象公示名单\n"
              "学生姓名：聂某某　就读学校：示例市职业技术学院　年级：2021级\n"
              "监护人：聂某　监护人身份证号：{IDX1}\n"
              "联系电话：{MOB1}\n补助资金发放银行卡号：{CARD1}\n补助金额：1500元\n"
              "公示时间：2022年4月1日至4月7日\n"),
        ids=["IDX1"], phones=["MOB1"], banks=["CARD1"],
    ),
    P(
        id="h1237", shape="医疗救助 结算, 15-digit ID under header, 住院号",
        title="2022年5月医疗救助一站式结算名单",
        body=article(
            "2022年5月医疗救助一站式结算名单",
            "<table border='1'>" + head("姓名", "身份证号码", "住院号", "救助金额（元）")
            + row("柯某", "{IDF1}", "{ACCTS1}", "3265.40")
            + row("毛某某", "{ID1}", "{ACCTS2}", "1820.00")
            + "</table>",
            org="示例县医疗保障局", crumbs="公示公告", ext="633"),
        ids=["IDF1", "ID1"],
    ),
    P(
        id="h1238", shape="低保 停保 公示, masked IDs and a full-width slip",
        title="关于2022年第二季度停发城乡低保对象的公示",
        body=article(
            "关于2022年第二季度停发城乡低保对象的公示",
            "<table border='1'>" + head("姓名", "身份证号码", "停保原因")
            + row("任某", "{ID1_M}", "家庭收入超标")
            + row("白某某", "{ID2_M}", "死亡")
            + row("包某", "{ID3_FW}", "家庭收入超标")
            + "</table>",
            org="示例县民政局", crumbs="社会救助", ext="166"),
        ids=["ID3"],
    ),
    P(
        id="h1239", shape="一次性创业补贴, cards and phones, enterprises' codes",
        title="2022年第一批一次性创业补贴拟发放名单公示",
        body=article(
            "2022年第一批一次性创业补贴拟发放名单公示",
            "<table border='1'>"
            + head("申请人", "身份证号码", "创办主体", "统一社会信用代码", "联系电话", "银行卡号")
            + row("尹某", "{ID1}", "示例县尹记餐饮店", "{USCC1}", "{MOB1}", "{CARD1}")
            + row("汤某某", "{ID2}", "示例县汤氏电子商务有限公司", "{USCCD1}", "{MOB2}", "{CARD2}")
            + "</table><p>咨询电话：{LAND1}（县就业创业服务中心）</p>",
            org="示例县人力资源和社会保障局", crumbs="通知公告", ext="125"),
        ids=["ID1", "ID2"], phones=["MOB1", "MOB2"], banks=["CARD1", "CARD2"],
    ),
    P(
        id="h1240", shape="限期拆除 送达公告, home address unlabelled",
        title="限期拆除决定书送达公告",
        body=article(
            "限期拆除决定书送达公告",
            "<p>卢某某（身份证号码：{ID1}，住址：示例县城关镇红星村四组28号）：</p><p>　　"
            "因无法直接送达，现依法向你公告送达《限期拆除决定书》（示城管拆字〔2022〕5号）。"
            "自公告之日起经过六十日，即视为送达。</p>",
            org="示例县城市管理局", crumbs="通知公告", ext="319"),
        ids=["ID1"],
    ),
    P(
        id="h1241", shape="失业保险金 公示, 咨询电话 not",
        title="2022年6月失业保险金领取人员公示",
        body=article(
            "2022年6月失业保险金领取人员公示",
            "<table border='1'>" + head("姓名", "身份证号码", "联系电话", "领取月数")
            + row("龚某", "{ID1}", "{MOB1}", "6")
            + row("苏某某", "{ID2}", "{MOB2}", "12")
            + row("戴某", "{IDX1}", "{MOB3_M}", "3")
            + "</table><p>咨询电话：{LAND1}</p>",
            org="示例县社会保险中心", crumbs="公示公告", ext="127"),
        ids=["ID1", "ID2", "IDX1"], phones=["MOB1", "MOB2"],
    ),
    P(
        id="h1242", shape="拟聘用 公示, 准考证号, masked IDs (none)",
        title="示例县2022年事业单位公开招聘拟聘用人员公示",
        body=article(
            "示例县2022年事业单位公开招聘拟聘用人员公示",
            "<table border='1'>" + head("准考证号", "姓名", "身份证号", "拟聘单位", "总成绩")
            + row("{ACCTS1}", "雷某", "{ID1_M}", "示例县疾病预防控制中心", "78.32")
            + row("{ACCTS2}", "贺某某", "{ID2_MX}", "示例县城关镇农业综合服务中心", "75.10")
            + "</table><p>监督电话：{LAND1}，联系人：县人社局事业单位人事管理股 {MOB1}</p>",
            org="示例县人力资源和社会保障局", crumbs="人事信息", ext="125"),
    ),
    P(
        id="h1243", shape="村两委 候选人 公示 (none)",
        title="桃源村第十二届村民委员会成员候选人公示",
        body=town(
            "桃源村第十二届村民委员会成员候选人公示",
            "<table border='1'>" + head("职位", "姓名", "性别", "出生年月", "文化程度", "政治面貌")
            + row("主任", "刘某某", "男", "1978.04", "高中", "中共党员")
            + row("委员", "陈某", "女", "1990.11", "大专", "群众")
            + "</table><p>　　选民对候选人有异议的，请向村选举委员会反映。</p>",
            town_name="城南镇", ext="155"),
    ),
    P(
        id="h1244", shape="政府采购 成交公告, 代理机构 联系人 mobile (none)",
        title="示例县人民医院医疗设备采购项目成交公告",
        body=article(
            "示例县人民医院医疗设备采购项目成交公告",
            "<p>一、项目编号：SLX2022-G-0137</p><p>二、成交供应商：示例医疗器械有限公司，统一"
            "社会信用代码{USCC1}，地址：示例市高新区科技大道20号</p><p>三、成交金额：人民币"
            "壹佰贰拾捌万元整</p><p>四、采购人：示例县人民医院，联系电话：{LAND1}</p><p>五、"
            "代理机构：示例招标咨询有限公司，联系人：杨工，联系电话：{MOB1}</p>",
            org="示例县财政局", crumbs="政府采购", ext="188"),
    ),
    P(
        id="h1245", shape="双公示 许可 table, digits-only codes (none)",
        title="2022年6月行政许可信息双公示",
        body=article(
            "2022年6月行政许可信息双公示",
            "<table border='1'>"
            + head("行政相对人名称", "统一社会信用代码", "许可证编号", "许可决定日期")
            + row("示例县绿源农业专业合作社", "{USCCD1}", "JY13609990012345", "2022-06-02")
            + row("示例县顺达汽车维修有限公司", "{USCCD2}", "赣交运管许可示字360999001288号",
                  "2022-06-09")
            + "</table>",
            org="示例县行政审批局", crumbs="双公示", ext="200"),
    ),
    P(
        id="h1246", shape="防汛 值班电话 一览表 (none)",
        title="2022年主汛期各乡镇防汛值班电话一览表",
        body=article(
            "2022年主汛期各乡镇防汛值班电话一览表",
            "<table border='1'>" + head("单位", "值班电话", "传真")
            + row("城南镇", "{LAND1}", "{LAND2}")
            + row("龙岗镇", "{LAND3}", "{LAND4}")
            + row("县防汛抗旱指挥部办公室", "{LAND5}", "{LAND6}")
            + "</table>",
            org="示例县应急管理局", crumbs="通知公告", ext="350"),
    ),
    P(
        id="h1247", shape="社保 缴费 账户 公告 (none)",
        title="关于城乡居民基本养老保险费缴费账户的公告",
        body=article(
            "关于城乡居民基本养老保险费缴费账户的公告",
            "<p>　　户名：示例县社会保险中心城乡居民养老保险基金收入户</p><p>　　开户行：示例"
            "农商银行营业部　账号：{OACCT1}</p><p>　　户名：示例县社会保险中心机关事业单位"
            "养老保险基金收入户</p><p>　　开户行：中国建设银行示例县支行　账号：{OACCT2}</p>"
            "<p>　　咨询电话：{LAND1}</p>",
            org="示例县社会保险中心", crumbs="通知公告", ext="127"),
    ),
    P(
        id="h1248", shape="统计公报 (none)",
        title="示例县2021年国民经济和社会发展统计公报",
        body=article(
            "示例县2021年国民经济和社会发展统计公报",
            "<p>　　初步核算，全年全县地区生产总值1865432万元，比上年增长8.9%。年末全县户籍"
            "人口412356人，其中城镇人口186520人。全年规模以上工业增加值增长10.2%，固定资产"
            "投资增长9.6%。全年一般公共预算收入136789万元。</p><p>　　注：本公报数据为初步"
            "统计数，统计咨询电话：{LAND1}。</p>",
            org="示例县统计局", crumbs="统计信息", ext="206"),
    ),
    P(
        id="h1249", shape="不动产 首次登记 公告, 不动产单元号, 坐落 (none)",
        title="不动产首次登记公告（2022第15号）",
        body=article(
            "不动产首次登记公告（2022第15号）",
            "<table border='1'>" + head("权利人", "不动产单元号", "坐落", "面积（㎡）")
            + row("示例县城投置业有限公司", "360999001003GB00021F00010001",
                  "示例县城关镇滨江路9号滨江花园3栋", "12680.45")
            + "</table><p>　　异议人请于公告期内向示例县不动产登记中心提出书面异议。联系电话："
            "{LAND1}</p>",
            org="示例县自然资源局", crumbs="不动产登记", ext="701"),
    ),
    P(
        id="h1250", shape="表彰 名单 (none)",
        title="关于表彰2021年度全县优秀村（社区）党组织书记的决定",
        body=article(
            "关于表彰2021年度全县优秀村（社区）党组织书记的决定",
            "<p>　　为树立先进典型，县委决定，授予下列同志“2021年度全县优秀村（社区）党组织书记”"
            "称号：</p><p>　　刘某某（城南镇桃源村党支部书记）、陈某（龙岗镇龙岗社区党委书记）、"
            "黄某某（黄坳乡坪上村党支部书记）</p><p style='text-align:right'>中共示例县委<br>"
            "2022年6月28日</p>",
            org="中共示例县委组织部", crumbs="通知公告", ext="102"),
    ),
]
