"""The twelfth held-out passages: written blind, by someone who did not read the detectors
(plugins/) or any earlier passage file beyond heldout11's first lines, labelled by hand from
the definitions of privacy.id-number, privacy.phone, privacy.bank-account and
privacy.address (rules.md, privacy.md) before any run.

Shapes. Penalty decisions: 公安 殴打他人 with two offenders (户籍地 and 现住 both detailed, a
bare 住 + place, the victim's masked ID); 市场监管 食品 个体 decision as PDF text (6-8-4 spaced ID,
经营场所 vs 住址, 执法证号 that look like mobiles); 生态环境 company decision as docx (法定代表人's
ID, 家庭住址 and mobile, the company's own 基本存款账户 and the 非税 account not personal); 交通
非法营运 in a key/value table (full-width ID, spaced mobile, a 村委会 address); 城管 占道 on a
GBK city page (lower-case x, 家住, the 违法地点); 自然资源 违法建房 docx (地址 of a person, the
offence's 土名 and 四至); 医保 骗保 (社会保障号码, the party's 社保卡 金融账户 卡号, the fund's
account); 人社 包工头 (the workers' masked IDs and cards); 农业 禁用农药 (15-digit ID, a
person's 住所, the party's own landline); 林业 野生动物 with a 姓名/住址/联系电话 header table and
a masked row; 消防 电动车 (an ID broken by <br>, a comment-split mobile, 现居住于); 烟草 (dashed
ID, 号附号, 条码); 应急 烟花爆竹 (住址 vs 经营地址 of a 个体 operator); 渔政 电鱼 PDF (ID over a
line break, 户籍所在地 stopping at the township, 违法地点 village); 计量 加油站 (the 负责人's
U+3000-spaced mobile, company data public); 交警 饮酒驾驶 printed form (驾驶证/居民身份证号码,
+86 mobile, 档案编号); a page of 当场 decisions (one township-only 住址, one X-masked ID); 价格
摊贩 on a GBK page (the party's 029 landline); 乡镇 综合执法 违建 on a GBK town page (住 + 村委会
组 号); a 水利 decision in a 通知公告 column named by its 处罚决定书 title; 动物卫生 生猪 (full-width
ID with Ｘ); a company decision whose 委托代理人's ID and mobile are printed; 网店 docx (the
party's 19-digit card, a Luhn-valid 订单号); 统计 个体 (住址 only the town); 卫健 美容 (zero-width
space in an ID, font-split mobile); 农机 PDF (half full-width ID, a 7-digit local landline); 公安
种植罂粟 with two elderly women. Nothing to report: 网吧 company decision (company landline, a
minor's masked ID), a masked decision stopping at the township with a detailed 违法地点, a docx
with 已隐去 and the 承办人's mobile.
Lists and other pages: 耕地地力 补贴 spreadsheet (一卡通账号 column: cards, a 17-digit account,
19-digit card, a masked row); 临时救助 公示 (家庭住址 not expected, 联系电话 column); 高龄津贴
PDF (社会保障卡金融账号); 义务兵 优待金 (家长 mobiles); 护林员 选聘 on a GBK town page (监督电话 of
the 林业站); 残疾人 两项补贴 (dashed and spaced cards); 征收 补偿 (开户行/账号 columns, a 村民小组's
account); 雨露计划 docx (监护人 ID, mobile, card); 医疗救助 结算 (15-digit ID under a 身份证号码
header, 住院号); 低保 停保 公示 (masked IDs, one full-width slip); 家庭农场 名录 (digits-only
信用代码 beside 农场主 IDs); 一次性创业补贴 (cards of the applicants, enterprises' codes);
限期拆除 送达公告 (home address on purpose unlabelled); 土地承包 确权 公示 (19-digit 地块编码);
失业保险金 公示. Nothing to report: 村两委 候选人 公示, 政府采购 成交公告 (代理机构 联系人 mobile),
双公示 company table (digits-only codes), 防汛 值班电话 一览表, 社保 缴费 账户 公告, 食品生产许可
注销 (SC numbers), 统计公报, 不动产 首次登记 公告 (不动产单元号, 坐落), 表彰 名单, 公务员 拟录用
公示 (准考证号, masked IDs).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------

FOOT_GOV = ("<div class='gov-foot'><p>主办单位：示例县人民政府办公室　承办单位：示例县融媒体中心</p>"
            "<p>地址：示例县城关镇府前大道1号　邮编：336300　联系电话：0795-7260110</p>"
            "<p>网站标识码：3609990002　<a href='https://beian.miit.gov.cn'>赣ICP备13001234号-1</a>"
            "　赣公网安备 36099902000118号</p><p><span id='_ideConac'><img src='/images/red.png' "
            "alt='党政机关'></span></p></div>")
FOOT_DEPT = ("<div class='dept-foot'>版权所有：{dept}　地址：行政中心{room}　"
             "值班电话：0797-8211{ext}<br>网站标识码：3607000{ext}　赣ICP备05004321号　"
             "建议使用1366×768分辨率浏览</div>")
FOOT_TOWN = ("<table width='980' align='center' class='foot'><tr><td align='center'>"
             "版权所有：示例县{town}人民政府　地址：示例县{town}{road}　电话：0795-73{ext}<br>"
             "网站标识码：36099900{ext}　赣ICP备05012345号</td></tr></table>")
FOOT_M = ("<footer class='m-foot'><p>示例县人民政府主办</p><p>网站标识码3609990002</p>"
          "<p>赣ICP备13001234号-1</p></footer>")

RECON = ("<p>当事人如对本处罚决定不服，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
         "或者在六个月内直接向示例县人民法院提起行政诉讼。当事人逾期不申请行政复议、不提起行政诉讼，"
         "又不履行本处罚决定的，本机关将依法申请人民法院强制执行。</p>")
RECON_TXT = ("当事人如不服本处罚决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
             "或者在六个月内向示例县人民法院提起行政诉讼。\n")


def xxgk(title: str, body: str, *, org: str, index: str, docno: str = "",
         date: str = "2022-06-08", charset: str = "utf-8", column: str = "行政处罚",
         cat: str = "综合政务") -> str:
    """An article of a county 政府信息公开平台, with the 索引号 box above the text."""
    return ("<!DOCTYPE html><html lang='zh-CN'><head><meta http-equiv='Content-Type' "
            f"content='text/html; charset={charset}'><meta name='SiteName' content='示例县人民政府'>"
            "<meta name='SiteIDCode' content='3609990002'>"
            f"<meta name='ColumnName' content='{column}'><meta name='ArticleTitle' "
            f"content='{title}'><meta name='PubDate' content='{date} 09:30'><title>{title}</title>"
            "</head><body><div class='xxgk-top'><a href='/'>示例县人民政府</a>　<a href='/xxgk/'>"
            "政府信息公开</a>　<a href='/xxgk/bm/'>部门信息公开</a></div><div class='xxgk-info'>"
            f"<table><tr><td class='t'>索引号：</td><td>{index}</td><td class='t'>主题分类：</td>"
            f"<td>{cat}</td></tr><tr><td class='t'>发布机构：</td><td>{org}</td><td class='t'>"
            f"成文日期：</td><td>{date}</td></tr><tr><td class='t'>名　　称：</td>"
            f"<td colspan='3'>{title}</td></tr><tr><td class='t'>文　　号：</td><td>{docno}</td>"
            "<td class='t'>有 效 性：</td><td>有效</td></tr></table></div><div class='article'>"
            f"<h1 class='art-title'>{title}</h1><div id='zoom' class='art-con'>{body}</div>"
            "<div class='art-tool'><a href='javascript:window.print()'>[打印本页]</a>"
            "<a href='javascript:window.close()'>[关闭窗口]</a></div></div>"
            f"{FOOT_GOV}</body></html>")


def jcms(title: str, body: str, *, dept: str, date: str = "2022-05-20",
         column: str = "行政执法") -> str:
    """A 大汉 JCMS department article with the 信息内容 markers around the text."""
    return ("<html><head><meta charset='utf-8'>"
            f"<meta name='ColumnName' content='{column}'><meta name='ArticleTitle' "
            f"content='{title}'><title>{title}</title></head><body><div class='main'>"
            "<div class='dqwz'>当前位置：<a href='/'>首页</a> &gt; <a href='/col/col1021/'>"
            f"{column}</a></div><div class='bt-box'><div class='bt'>{title}</div>"
            f"<div class='bt-info'>发布时间：{date}　信息来源：{dept}　浏览次数："
            "<span id='hits'></span>　【字体：<a>大</a> <a>中</a> <a>小</a>】</div></div>"
            f"<div id='zoom'><!--<$[信息内容]>begin-->{body}<!--<$[信息内容]>end--></div>"
            "<div class='share'><a href='javascript:window.print()'>【打印本页】</a></div></div>"
            f"{FOOT_GOV}</body></html>")


def dept(title: str, body: str, *, name: str, room: str = "3号楼", ext: str = "035",
         date: str = "2022-05-26", charset: str = "utf-8", column: str = "行政处罚") -> str:
    """A city department's TRS article, with the text inside ``TRS_Editor``."""
    foot = FOOT_DEPT.format(dept=name, room=room, ext=ext)
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; charset={charset}'>"
            f"<meta name='SiteName' content='{name}'><meta name='ColumnName' "
            f"content='{column}'><title>{title}_{name}</title></head><body><div class='wrap'>"
            f"<div class='crumb'><a href='../../'>首页</a>&gt;&gt;<a href='../'>{column}</a></div>"
            f"<div class='detail'><h2>{title}</h2><div class='source'>信息来源：{name}"
            f"&nbsp;&nbsp;发布日期：{date}</div><div class='TRS_Editor'>{body}</div></div></div>"
            f"{foot}</body></html>")


def town(title: str, body: str, *, town: str, road: str, ext: str, date: str = "2022-05-18",
         charset: str = "gb2312") -> str:
    """An old table-layout township site (usually GB2312)."""
    foot = FOOT_TOWN.format(town=town, road=road, ext=ext)
    return ("<html><head><meta http-equiv='Content-Type' "
            f"content='text/html; charset={charset}'><title>{title}</title></head>"
            "<body topmargin='0'><table width='980' border='0' cellspacing='0' cellpadding='0' "
            "align='center'><tr><td><img src='/images/top.jpg' width='980' height='160'></td></tr>"
            f"<tr><td class='nav'><a href='/'>首页</a> | <a href='/zq/'>{town}概况</a> | "
            "<a href='/zwgk/'>政务公开</a> | <a href='/tzgg/'>通知公告</a></td></tr><tr><td>"
            f"<table width='100%'><tr><td class='title' align='center'><b>{title}</b></td></tr>"
            f"<tr><td align='center' class='date'>发布日期：{date}　点击数：326</td></tr>"
            f"<tr><td class='content'>{body}</td></tr></table></td></tr></table>{foot}"
            "</body></html>")


def h5(title: str, body: str, *, date: str = "2022-05-30") -> str:
    """The county's mobile page."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='viewport' "
            "content='width=device-width,initial-scale=1,user-scalable=no'>"
            f"<title>{title}</title></head><body><header class='m-head'><a class='back' "
            "href='javascript:history.back()'>返回</a>示例县人民政府</header><article>"
            f"<h3 class='m-title'>{title}</h3><div class='m-meta'><span>{date}</span>"
            f"<span>示例县人民政府</span></div><section class='m-text'>{body}</section>"
            f"</article>{FOOT_M}</body></html>")


def mso(*paras: str) -> str:
    """Paragraphs as a Word "save as web page" writes them."""
    return "".join(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span "
                   f"style='font-size:16.0pt;font-family:仿宋_GB2312'>{p}<o:p></o:p></span></p>"
                   for p in paras)


def rows(*cells: tuple[str, ...], head: bool = True) -> str:
    """An HTML table: the first row as the header row when ``head``."""
    out = []
    for i, row in enumerate(cells):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    return "<table class='list' border='1' cellspacing='0' width='100%'>" + "".join(out) + "</table>"


def tsv(*cells: tuple[str, ...]) -> str:
    """Spreadsheet rows as extracted text: tab-separated, one row a line."""
    return "".join("\t".join(row) + "\n" for row in cells)


PENALTY = "penalty"

# --- penalty decisions ----------------------------------------------------------------

PASSAGES: list[P] = [
    P("h1101", xxgk(
        "示例县公安局行政处罚决定书（示公（龙）行罚决字〔2022〕0356号）",
        "<p style='text-align:center'><b>示例县公安局<br>行政处罚决定书</b></p>"
        "<p style='text-align:right'>示公（龙）行罚决字〔2022〕0356号</p>"
        "<p>违法行为人张某，男，汉族，公民身份号码{ID1}，户籍地示例县龙口镇下洲村委会下洲村27号，"
        "现住示例市北湖区滨江路66号锦绣花园5栋2单元301室，文化程度初中，无业。</p>"
        "<p>违法行为人刘某某，男，汉族，身份证号码{IDX1}，住示例县龙口镇圩镇新街9号，个体。</p>"
        "<p>现查明，2022年4月17日21时许，违法行为人张某、刘某某在示例县龙口镇新街“好再来”排档内，"
        "因琐事与被侵害人陈某（身份证号码{ID2_M}）发生口角，后二人用拳头殴打陈某头部、面部，"
        "致陈某轻微伤。</p><p>以上事实有违法行为人的陈述和申辩、被侵害人陈述、证人证言、鉴定意见、"
        "现场监控视频等证据证实。</p><p>根据《中华人民共和国治安管理处罚法》第四十三条第二款第（一）"
        "项之规定，现决定对违法行为人张某、刘某某分别处行政拘留十日，并处罚款伍佰元。</p>"
        "<p>执行方式和期限：被处罚人送示例县拘留所执行；罚款于收到本决定书之日起十五日内缴至"
        "示例县农村商业银行各营业网点。</p>" + RECON
        + "<p style='text-align:right'>示例县公安局<br>2022年5月6日</p>",
        org="示例县公安局", index="015123456/2022-00341", docno="示公（龙）行罚决字〔2022〕0356号",
        cat="公安、安全、司法"),
      column=PENALTY, title="示例县公安局行政处罚决定书（示公（龙）行罚决字〔2022〕0356号）",
      shape="公安 殴打他人: two offenders, 户籍地 + 现住 detailed, 住 + place, victim masked",
      ids=["ID1", "IDX1"],
      addrs=["示例县龙口镇下洲村委会下洲村27号", "示例市北湖区滨江路66号锦绣花园5栋2单元301室",
             "示例县龙口镇圩镇新街9号"]),

    P("h1102",
      "示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2022〕41号\n"
      "当事人：示例县青石镇阿华小吃店\n主体类型：个体工商户\n统一社会信用代码：{USCC1}\n"
      "经营者：陈某华　　性别：男\n身份证号码：{ID1_S}\n经营场所：示例县青石镇正街112号\n"
      "住址：示例县青石镇坪上村二组31号\n联系电话：{MOB1}\n"
      "　　2022年3月9日，本局执法人员（执法证号：{CERT1}、{CERT2}）依法对当事人经营场所进行"
      "监督检查，发现当事人后厨冷藏柜内存放有超过保质期的“鲜肉水饺”4袋（规格：1kg/袋，生产日期："
      "2021年12月2日，保质期：90天），当场予以扣押（扣押决定书编号：示市监扣〔2022〕17号）。\n"
      "　　经查，当事人于2022年2月下旬从示例县城关镇某冷冻食品批发部购进上述水饺6袋，进货单价"
      "每袋32元，已用于制作食品销售2袋，货值金额共计192元，违法所得64元。\n"
      "- 1 -\n"
      "　　上述事实，有现场笔录、询问笔录、进货单据、当事人营业执照及经营者身份证复印件等证据为证。\n"
      "　　当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。鉴于当事人"
      "积极配合调查，主动提供进货来源，依据《中华人民共和国行政处罚法》第三十二条第（三）项，"
      "本局决定对当事人从轻处罚：\n　　1.没收违法所得64元；\n　　2.没收超过保质期的水饺4袋；\n"
      "　　3.罚款人民币伍仟元整。\n"
      "　　当事人应自收到本决定书之日起十五日内，持《非税收入一般缴款书》到示例县各商业银行网点"
      "缴纳罚没款。\n" + RECON_TXT
      + "示例县市场监督管理局\n2022年4月12日\n- 2 -\n",
      kind="attachment", column=PENALTY,
      title="示例县市场监督管理局行政处罚决定书（示市监罚〔2022〕41号）",
      shape="市场监管 食品 个体 PDF: spaced ID, 经营场所 vs 住址, 执法证号 13…",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县青石镇坪上村二组31号"]),

    P("h1103",
      "示例市生态环境局\n行政处罚决定书\n示环罚〔2022〕19号\n"
      "当事人：示例县鑫达石材有限公司\n统一社会信用代码：{USCC1}\n"
      "住所：示例县工业园区创业大道18号\n法定代表人：周某某　　身份证号：{ID1}\n"
      "家庭住址：示例市北湖区人民路200号3栋502室\n联系电话：{MOB1}\n"
      "一、环境违法事实和证据\n"
      "　　2022年3月22日，我局执法人员对你公司进行现场检查，发现你公司石材切割废水未经沉淀处理，"
      "经厂区东侧围墙下暗管直接排入厂外水渠。经示例市生态环境监测站采样监测（报告编号："
      "SJC2022-0318），外排废水悬浮物浓度为486mg/L，超过《污水综合排放标准》（GB8978-1996）"
      "表4一级标准（70mg/L）5.9倍。\n"
      "二、行政处罚的依据、种类\n"
      "　　依据《中华人民共和国水污染防治法》第八十三条第（三）项，我局决定对你公司处以罚款"
      "人民币贰拾万元整。\n"
      "三、处罚决定的履行方式和期限\n"
      "　　你公司应于接到本处罚决定书之日起十五日内，将罚款缴至示例市财政局非税收入汇缴结算户"
      "（开户行：中国建设银行示例市分行营业部；账号：{OACCT1}）。你公司在申请退还多缴款项时，"
      "应提供公司基本存款账户（开户行：中国农业银行示例县支行；账号：{ACCT1}）。\n"
      "四、申请复议或者提起诉讼的途径和期限\n" + RECON_TXT
      + "示例市生态环境局\n2022年5月9日\n",
      kind="attachment", column=PENALTY, title="示例市生态环境局行政处罚决定书（示环罚〔2022〕19号）",
      shape="生态环境 company docx: 法定代表人 ID, 家庭住址, mobile; company 住所 and account",
      ids=["ID1"], phones=["MOB1"], addrs=["示例市北湖区人民路200号3栋502室"]),

    P("h1104", dept(
        "行政处罚决定书（示交罚〔2022〕第088号）",
        "<p align='center'><b>示例市交通运输综合行政执法支队<br>行政处罚决定书</b></p>"
        "<p align='right'>示交罚〔2022〕第088号</p>"
        "<table class='cf' border='1' cellspacing='0' cellpadding='4'>"
        "<tr><td>当事人姓名</td><td>赵某</td><td>性别</td><td>男</td></tr>"
        "<tr><td>身份证号码</td><td colspan='3'>{ID1_FW}</td></tr>"
        "<tr><td>住址</td><td colspan='3'>示例县东乡镇港口村委会石桥村15号</td></tr>"
        "<tr><td>联系电话</td><td>{MOB1_S}</td><td>车牌号码</td><td>赣C·7K2Q5</td></tr>"
        "</table>"
        "<p>　　当事人于2022年4月2日驾驶赣C·7K2Q5小型轿车，在示例市汽车客运站东门外招揽乘客，"
        "未取得道路运输经营许可擅自从事道路旅客运输经营，载客4人前往示例县东乡镇，每人收取车费"
        "30元。以上事实有现场笔录、乘客询问笔录、微信收款截图等证据证实。</p>"
        "<p>　　当事人的行为违反了《中华人民共和国道路运输条例》第十条的规定，依据该条例第六十三条，"
        "决定对当事人处以罚款人民币叁万元整。</p>" + RECON
        + "<p align='right'>示例市交通运输综合行政执法支队<br>2022年4月28日</p>",
        name="示例市交通运输局", ext="061"),
      column=PENALTY, title="行政处罚决定书（示交罚〔2022〕第088号）",
      shape="交通 非法营运: key/value table, full-width ID, spaced mobile",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县东乡镇港口村委会石桥村15号"]),

    P("h1105", dept(
        "示例县城市管理局行政处罚决定书（示城管罚〔2022〕23号）",
        mso("当事人：黄某某，女，身份证号码：{IDX1_LOW}，家住示例县城关镇解放路东巷7号。",
            "违法地点：示例县城关镇解放路与人民路交叉口东北侧人行道。",
            "经查，当事人自2022年3月起在上述地点摆摊销售水果，占用人行道面积约6平方米，经城管执法"
            "队员多次劝导、于2022年4月6日下达《责令改正通知书》后仍未改正。",
            "依据《城市市容和环境卫生管理条例》第三十六条第（二）项，决定对当事人处以罚款人民币"
            "伍佰元整。",
            "罚款自收到本决定书之日起十五日内缴至示例县非税收入汇缴结算户。")
        + RECON + "<p align='right'>示例县城市管理局</p><p align='right'>2022年4月20日</p>",
        name="示例县城市管理局", ext="072", charset="gbk"),
      column=PENALTY, enc="gbk", title="示例县城市管理局行政处罚决定书（示城管罚〔2022〕23号）",
      shape="城管 占道 on GBK: lower-case x, 家住, 违法地点",
      ids=["IDX1"], addrs=["示例县城关镇解放路东巷7号"]),

    P("h1106",
      "示例县自然资源局\n行政处罚决定书\n示自然资罚〔2022〕15号\n"
      "当事人：吴某某，男\n身份证号：{ID1}\n地址：示例县石鼓乡新坪村十一组23号\n"
      "　　经查，当事人于2021年10月未经批准，擅自占用位于石鼓乡新坪村十一组（土名“塘背”）的集体"
      "土地建设住宅，占地面积186.4平方米，其中占用耕地120.5平方米。该宗地四至：东至吴某良房屋，"
      "南至村道，西至水田，北至山脚。经核对，该宗地不符合示例县土地利用总体规划。\n"
      "　　以上事实有现场勘测图、询问笔录、村委会证明等证据证实。\n"
      "　　当事人的行为违反了《中华人民共和国土地管理法》第四十四条第一款，依据该法第七十七条第一款"
      "和《中华人民共和国土地管理法实施条例》第五十七条，本机关决定：\n"
      "　　一、责令当事人退还非法占用的土地；\n"
      "　　二、限当事人自收到本决定书之日起三十日内拆除在非法占用的土地上新建的建筑物和其他设施，"
      "恢复土地原状；\n"
      "　　三、对非法占用耕地处以每平方米二十元的罚款，计人民币贰仟肆佰壹拾元整。\n"
      + RECON_TXT + "示例县自然资源局\n2022年3月30日\n",
      kind="attachment", column=PENALTY, title="示例县自然资源局行政处罚决定书（示自然资罚〔2022〕15号）",
      shape="自然资源 违法建房 docx: 地址 of a person, the plot's 土名 and 四至",
      ids=["ID1"], addrs=["示例县石鼓乡新坪村十一组23号"]),

    P("h1107", jcms(
        "示例县医疗保障局行政处罚决定书（示医保罚〔2022〕2号）",
        "<p style='text-align:center'><strong>示例县医疗保障局行政处罚决定书</strong></p>"
        "<p style='text-align:center'>示医保罚〔2022〕2号</p>"
        "<p>当事人：李某某，女，社会保障号码：{ID1}，家庭住址：示例县城关镇建设西路128号2单元402室，"
        "联系电话：{MOB1}。</p>"
        "<p>经查，2021年1月至12月，当事人将本人社会保障卡出借给他人在示例县某大药房等3家定点零售"
        "药店刷卡购药，共计刷卡47次，造成医疗保障基金损失人民币8360.52元。上述医保个人账户资金"
        "划转至当事人社会保障卡金融账户（卡号：{CARD1}）后，由当事人取现交付他人。</p>"
        "<p>以上事实有医保结算明细、药店销售记录、询问笔录等证据证实。</p>"
        "<p>依据《医疗保障基金使用监督管理条例》第四十一条第一款，本局决定：一、责令当事人退回"
        "医疗保障基金8360.52元，缴入示例县医疗保障基金支出户（账号：{OACCT1}）；二、处骗取金额"
        "二倍的罚款，计人民币16721.04元。</p>" + RECON
        + "<p style='text-align:right'>示例县医疗保障局<br>2022年5月16日</p>",
        dept="示例县医疗保障局"),
      column=PENALTY, title="示例县医疗保障局行政处罚决定书（示医保罚〔2022〕2号）",
      shape="医保 骗保: 社会保障号码, the party's 社保卡 金融账户 卡号, the fund's account",
      ids=["ID1"], phones=["MOB1"], banks=["CARD1"],
      addrs=["示例县城关镇建设西路128号2单元402室"]),

    P("h1108", jcms(
        "示例县人力资源和社会保障局劳动保障监察行政处罚决定书（示人社监罚字〔2022〕3号）",
        "<p>当事人：钟某某，男，身份证号码：{ID1}，住址：示例县龙口镇圩镇建设路58号"
        "（系示例县锦城小区二期工程劳务班组负责人）。</p>"
        "<p>经查，当事人承接锦城小区二期工程木工劳务后，于2021年9月至2022年1月期间拖欠王某某"
        "（身份证号码{ID2_M}）、曾某（身份证号码{ID3_M}）等12名农民工工资共计人民币186400元。"
        "经我局于2022年2月8日下达《劳动保障监察限期改正指令书》，当事人逾期仍未支付。2022年2月"
        "25日，施工总承包单位已先行清偿，款项分别转入工人本人工资卡（{CARD1_M}、{CARD2_M}等）。</p>"
        "<p>依据《保障农民工工资支付条例》第五十七条，本局决定对当事人处以罚款人民币贰万元整。</p>"
        + RECON + "<p style='text-align:right'>示例县人力资源和社会保障局<br>2022年4月7日</p>",
        dept="示例县人力资源和社会保障局", column="劳动保障监察"),
      column=PENALTY,
      title="示例县人力资源和社会保障局劳动保障监察行政处罚决定书（示人社监罚字〔2022〕3号）",
      shape="人社 包工头: the party's ID and 住址, workers' masked IDs and wage cards",
      ids=["ID1"], addrs=["示例县龙口镇圩镇建设路58号"]),

    P("h1109", xxgk(
        "示例县农业农村局行政处罚决定书（示农罚〔2022〕9号）",
        "<p align='center'>示例县农业农村局<br>行政处罚决定书</p><p align='right'>示农罚〔2022〕9号</p>"
        "<p>当事人：黄某某　性别：男　身份证号：{IDF1}　住所：示例县石鼓乡黄泥村四组12号　"
        "联系电话：{LAND1}</p>"
        "<p>　　2022年4月14日，本局执法人员在示例县石鼓乡黄泥村开展农药使用巡查时，发现当事人在其"
        "承包的约3亩蔬菜地（豇豆）喷施含有甲拌磷成分的农药“地虫清”，现场查获剩余农药2瓶（每瓶"
        "500g），当场予以扣押。</p>"
        "<p>　　甲拌磷为国家禁止在蔬菜上使用的农药。当事人的行为违反了《农药管理条例》第三十四条"
        "第二款，依据该条例第六十条第一款第（四）项，决定对当事人处以罚款人民币伍仟元整。</p>"
        + RECON + "<p align='right'>示例县农业农村局　2022年5月5日</p>",
        org="示例县农业农村局", index="015123478/2022-00112", docno="示农罚〔2022〕9号",
        cat="农业、林业、水利"),
      column=PENALTY, title="示例县农业农村局行政处罚决定书（示农罚〔2022〕9号）",
      shape="农业 禁用农药: 15-digit ID, a person's 住所, the party's landline",
      ids=["IDF1"], phones=["LAND1"], addrs=["示例县石鼓乡黄泥村四组12号"]),

    P("h1110", jcms(
        "示例县文化广电新闻出版旅游局行政处罚决定书（示文旅罚〔2022〕4号）",
        "<p>当事人：示例县极速网络科技有限公司（极速网咖）</p>"
        "<p>统一社会信用代码：{USCC1}</p><p>住所：示例县城关镇步行街3号二楼</p>"
        "<p>法定代表人：彭某</p><p>联系电话：{LAND1}</p>"
        "<p>　　2022年4月23日22时许，本局执法人员（执法证号{CERT1}、{CERT2}）对当事人经营场所进行"
        "检查，发现当事人接纳未成年人刘某某（身份证号码{ID1_M}）进入营业场所上网，且未悬挂未成年人"
        "禁入标志。</p>"
        "<p>　　当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条，依据该条例第三十一条"
        "第（二）项，决定给予当事人警告，并处罚款人民币壹万元整。</p>"
        "<p>　　举报电话：12318（文化市场举报热线）</p>" + RECON,
        dept="示例县文化广电新闻出版旅游局"),
      column=PENALTY, title="示例县文化广电新闻出版旅游局行政处罚决定书（示文旅罚〔2022〕4号）",
      shape="nothing: 网吧 company decision, company landline, minor's masked ID, 12318"),

    P("h1111", xxgk(
        "示例县林业局行政处罚决定书（示林罚〔2022〕7号）",
        "<p align='center'><b>示例县林业局行政处罚决定书</b></p><p align='right'>示林罚〔2022〕7号</p>"
        "<p>当事人基本情况：</p>"
        + rows(("姓名", "性别", "身份证号码", "住址", "联系电话"),
               ("谢某某", "男", "{ID1}", "示例县东乡镇枫林村委会上屋组6号", "{MOB1}"),
               ("谢某", "男", "{ID2}", "示例市北湖区沿江北路18号1栋1203室", "{MOB2}"),
               ("邱某某", "女", "{ID3_M}", "示例县东乡镇****", "{MOB3_M}"))
        + "<p>　　经查，2022年1月至3月，当事人谢某某、谢某在示例县东乡镇枫林村后山使用铁夹非法猎捕"
        "野猪以外的野生动物，捕获画眉12只、竹鸡7只，并通过微信出售给当事人邱某某，获利共计"
        "人民币1360元。</p><p>　　依据《中华人民共和国野生动物保护法》第四十六条，本局决定没收"
        "猎获物及猎捕工具，没收违法所得，并分别处以罚款。</p>" + RECON,
        org="示例县林业局", index="015123490/2022-00046", docno="示林罚〔2022〕7号",
        cat="农业、林业、水利"),
      column=PENALTY, title="示例县林业局行政处罚决定书（示林罚〔2022〕7号）",
      shape="林业 野生动物: 姓名/身份证号码/住址/联系电话 header table, a masked row",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"],
      addrs=["示例县东乡镇枫林村委会上屋组6号", "示例市北湖区沿江北路18号1栋1203室"]),

    P("h1112", h5(
        "北湖派出所行政处罚决定书（示公（北）行罚决字〔2022〕118号）",
        "<p>违法行为人：许某某，男，公民身份号码：{ID1_BR}，现居住于示例市北湖区桂花路8号"
        "桂花苑小区3幢1单元602室，联系电话：{MOB1_CMT}。</p>"
        "<p>现查明：2022年5月3日起，许某某多次将电动自行车停放在所居住楼栋一楼楼梯间并私拉电线"
        "充电，占用、堵塞疏散通道。经北湖派出所民警于5月9日责令改正后，5月12日复查仍未改正。</p>"
        "<p>以上事实有违法行为人陈述、现场检查笔录、照片等证据证实。</p>"
        "<p>根据《中华人民共和国消防法》第六十条第二款之规定，现决定对许某某处警告并处罚款"
        "贰佰元。</p>" + RECON
        + "<p>示例市公安局北湖分局北湖派出所</p><p>2022年5月14日</p>"),
      column=PENALTY, title="北湖派出所行政处罚决定书（示公（北）行罚决字〔2022〕118号）",
      shape="消防 电动车 on the mobile page: ID broken by <br>, comment-split mobile, 现居住于",
      ids=["ID1"], phones=["MOB1"], addrs=["示例市北湖区桂花路8号桂花苑小区3幢1单元602室"]),

    P("h1113", jcms(
        "示例县烟草专卖局行政处罚决定书（示烟立〔2022〕第12号）",
        mso("当事人：孙某某　性别：男　民族：汉",
            "身份证号码：{ID1_D}",
            "家庭住址：示例县城关镇东门路41号附2号",
            "联系电话：{MOB1}",
            "2022年3月18日，本局专卖执法人员在示例县城关镇东环路检查时，发现当事人驾驶的赣C·3P571"
            "小型普通客车后备箱内载有卷烟12个品种共计86条，当事人不能出具《烟草专卖品准运证》。"
            "经查，涉案卷烟包括“红塔山（经典1956）”（条码6901028075770）等，案值人民币19842元。",
            "当事人的行为违反了《中华人民共和国烟草专卖法实施条例》第二十七条，依据该条例第五十七条"
            "第（二）项，本局决定处以罚款人民币叁仟玖佰陆拾捌元肆角。"),
        dept="示例县烟草专卖局", column="行政处罚"),
      column=PENALTY, title="示例县烟草专卖局行政处罚决定书（示烟立〔2022〕第12号）",
      shape="烟草 无证运输 in Word HTML: dashed ID, 号附号, 卷烟 条码",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县城关镇东门路41号附2号"]),

    P("h1114", xxgk(
        "示例县应急管理局行政处罚决定书（示应急罚〔2022〕6号）",
        "<p>当事人：何某某，系示例县龙口镇何记副食店（个体工商户）经营者，身份证号：{ID1}，"
        "住址：示例县龙口镇南岭村委会老屋村31号，经营地址：示例县龙口镇圩镇新街45号，联系方式："
        "{MOB1}。</p>"
        "<p>2022年1月20日，我局会同龙口镇人民政府对当事人经营场所进行检查，发现当事人未取得"
        "《烟花爆竹经营（零售）许可证》，在店内存放、销售“大地红”鞭炮等烟花爆竹共计32箱。</p>"
        "<p>依据《烟花爆竹安全管理条例》第三十六条第一款，本局决定：没收非法经营的烟花爆竹，"
        "并处罚款人民币壹万元整。</p>" + RECON,
        org="示例县应急管理局", index="015123502/2022-00019", docno="示应急罚〔2022〕6号"),
      column=PENALTY, title="示例县应急管理局行政处罚决定书（示应急罚〔2022〕6号）",
      shape="应急 烟花爆竹: 个体 经营者's 住址 vs 经营地址",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县龙口镇南岭村委会老屋村31号"]),

    P("h1115",
      "示例县农业农村局\n行政处罚决定书\n示农（渔）罚〔2022〕6号\n"
      "当事人：彭某某\n性别：男　民族：汉族\n身份证号码：{ID1_NL}\n"
      "户籍所在地：示例县龙口镇\n现住址：示例县城关镇胜利路23号\n"
      "违法地点：示例县龙口镇下洲村河段（禁渔区）\n"
      "　　2022年4月9日凌晨，示例县渔政执法人员在禁渔期巡查中发现，当事人在上述地点使用电瓶、"
      "逆变器等电鱼工具捕捞，现场查获渔获物鲫鱼、鲤鱼等共计6.5公斤。\n"
      "　　当事人的行为违反了《中华人民共和国渔业法》第三十条第一款，依据该法第三十八条第一款，"
      "本局决定：没收渔获物和电鱼工具，并处罚款人民币贰仟元整。\n"
      + RECON_TXT + "第1页／共1页\n",
      kind="attachment", column=PENALTY, title="示例县农业农村局行政处罚决定书（示农（渔）罚〔2022〕6号）",
      shape="渔政 电鱼 PDF: ID over a line break, 户籍所在地 only the town, detailed 现住址",
      ids=["ID1"], addrs=["示例县城关镇胜利路23号"]),

    P("h1116", dept(
        "示例市市场监督管理局行政处罚决定书（示市监罚〔2022〕113号）",
        "<p>当事人：示例县通达石化有限公司城西加油站</p><p>统一社会信用代码：{USCCD1}</p>"
        "<p>负责人：邓某某　　联系方式：{MOB1_NB}</p>"
        "<p>经营场所：示例县城关镇城西大道299号</p>"
        "<p>　　2022年4月11日，我局会同示例市计量检定测试所对当事人使用的4台燃油加油机进行检查，"
        "发现出厂编号为2016A0583的加油机计量误差为-0.58%，超出最大允许误差±0.30%，且该加油机"
        "铅封有人为破坏痕迹。</p>"
        "<p>　　依据《中华人民共和国计量法实施细则》第四十三条，我局决定：责令当事人停止使用该台"
        "加油机，没收违法所得人民币3260.40元，并处罚款人民币贰仟元整。</p>" + RECON,
        name="示例市市场监督管理局", ext="118"),
      column=PENALTY, title="示例市市场监督管理局行政处罚决定书（示市监罚〔2022〕113号）",
      shape="计量 加油站: company public, the 负责人's U+3000-spaced mobile",
      phones=["MOB1"]),

    P("h1117", jcms(
        "示例县公安局交通管理大队公安交通管理行政处罚决定书（编号：3609991200012345）",
        "<p>被处罚人：郑某某　　驾驶证/居民身份证号码：{ID1}　　档案编号：360900123456　　准驾车型：C1</p>"
        "<p>联系方式：{MOB1_86}　　住址：示例县城关镇将军路17号龙湾小区8栋1单元201室</p>"
        "<p>车辆牌号：赣C·W3806　　车辆类型：小型轿车　　发证机关：示例市公安局交通警察支队</p>"
        "<p>　　被处罚人于2022年5月2日20时40分，在示例县城关镇将军路与滨河路交叉口，饮酒后驾驶"
        "机动车（经呼气酒精含量检测，结果为42mg/100ml），违反了《中华人民共和国道路交通安全法》"
        "第二十二条第二款。</p>"
        "<p>　　根据《中华人民共和国道路交通安全法》第九十一条第一款，决定对被处罚人处暂扣机动车"
        "驾驶证六个月，并处罚款壹仟元，记12分。</p>" + RECON,
        dept="示例县公安局交通管理大队", column="交通违法处理"),
      column=PENALTY,
      title="示例县公安局交通管理大队公安交通管理行政处罚决定书（编号：3609991200012345）",
      shape="交警 饮酒驾驶 printed form: 驾驶证/居民身份证号码, +86 mobile, 档案编号, 16-digit 编号",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县城关镇将军路17号龙湾小区8栋1单元201室"]),

    P("h1118", xxgk(
        "示例县市场监督管理局当场行政处罚决定书（2022年第2批）",
        "<div class='case'><h4>示市监当罚〔2022〕031号</h4><p>当事人：罗某，男，身份证号{ID1}，"
        "住址：示例县东乡镇东乡村委会新屋组22号。</p><p>违法事实：在东乡镇农贸市场销售蔬菜"
        "使用未经检定的电子秤。处罚：警告，罚款人民币伍拾元。</p></div>"
        "<div class='case'><h4>示市监当罚〔2022〕032号</h4><p>当事人：曾某某，女，身份证号{ID2}，"
        "住址：示例县青石镇。</p><p>违法事实：销售的鸡蛋未标明产地。处罚：警告，罚款人民币"
        "贰拾元。</p></div>"
        "<div class='case'><h4>示市监当罚〔2022〕033号</h4><p>当事人：示例县青石镇兴旺超市"
        "（个体工商户，经营者邹某，身份证号{ID3_MX}），经营场所：示例县青石镇正街56号。</p>"
        "<p>违法事实：未按规定公示营业执照。处罚：罚款人民币壹佰元。</p></div>",
        org="示例县市场监督管理局", index="015123511/2022-00208", cat="市场监管"),
      column=PENALTY, title="示例县市场监督管理局当场行政处罚决定书（2022年第2批）",
      shape="当场 decisions on one page: one detailed 住址, one only the town, one X-masked",
      ids=["ID1", "ID2"], addrs=["示例县东乡镇东乡村委会新屋组22号"]),

    P("h1119", dept(
        "示例市北湖区市场监督管理局行政处罚决定书（北市监罚〔2022〕27号）",
        "<p>当事人：林某某，男，公民身份号码：{ID1}，住址：示例市北湖区红旗大道56号6栋3单元502室，"
        "联系电话：{LANDB1}。</p>"
        "<p>　　经查，当事人在示例市北湖区东风农贸市场内设临时摊位销售蔬菜、禽蛋，2022年4月18日"
        "本局执法人员检查时，当事人销售的12种商品均未明码标价。</p>"
        "<p>　　依据《明码标价和禁止价格欺诈规定》第二十二条及《价格违法行为行政处罚规定》第十三条"
        "第一款，本局决定对当事人处以罚款人民币贰佰元。</p>" + RECON,
        name="示例市北湖区市场监督管理局", ext="127", charset="gbk"),
      column=PENALTY, enc="gbk", title="示例市北湖区市场监督管理局行政处罚决定书（北市监罚〔2022〕27号）",
      shape="价格 摊贩 on a GBK page: the party's own 029 landline",
      ids=["ID1"], phones=["LANDB1"], addrs=["示例市北湖区红旗大道56号6栋3单元502室"]),

    P("h1120", town(
        "青石镇人民政府行政处罚决定书（青综执罚〔2022〕4号）",
        "<p>当事人：罗某某，男，住示例县青石镇石门村委会罗家组9号，公民身份号码{ID1}。</p>"
        "<p>　　经查，当事人于2022年2月未取得乡村建设规划许可证，在石门村罗家组村道旁擅自建设"
        "一层砖混结构杂物间，建筑面积42平方米。本镇于2022年3月1日下达《责令限期改正通知书》，"
        "当事人逾期未改正。</p>"
        "<p>　　依据《中华人民共和国城乡规划法》第六十五条，本镇决定：限当事人于2022年5月31日前"
        "自行拆除上述建筑物，恢复原状。</p>"
        "<p>　　如不服本决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，或者在"
        "六个月内向示例县人民法院提起行政诉讼。</p><p align='right'>青石镇人民政府<br>2022年4月"
        "26日</p>",
        town="青石镇", road="正街8号", ext="81002", charset="gbk"),
      column=PENALTY, enc="gbk", title="青石镇人民政府行政处罚决定书（青综执罚〔2022〕4号）",
      shape="乡镇 综合执法 违建 on a GBK town page: 住 + 村委会 组 号 before the ID",
      ids=["ID1"], addrs=["示例县青石镇石门村委会罗家组9号"]),

    P("h1121", xxgk(
        "示例县水利局行政处罚决定书（示水罚〔2022〕5号）",
        "<p>当事人：廖某某，男，身份证号码：{ID1}，家住示例县东乡镇河埠村委会河背组17号，"
        "联系电话：{MOB1}。</p>"
        "<p>　　2022年3月27日，本局河道巡查人员发现当事人驾驶自卸车在东乡河河埠段右岸河道管理"
        "范围内倾倒建筑渣土约60立方米，影响河道行洪。</p>"
        "<p>　　依据《江西省河道管理条例》第三十九条，本局决定：责令当事人于十日内清除倾倒的渣土，"
        "并处罚款人民币叁仟元整。</p>" + RECON,
        org="示例县水利局", index="015123523/2022-00033", column="通知公告",
        cat="农业、林业、水利"),
      title="示例县水利局行政处罚决定书（示水罚〔2022〕5号）",
      shape="水利 decision posted under 通知公告, named by its 处罚决定书 title",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县东乡镇河埠村委会河背组17号"]),

    P("h1122", xxgk(
        "示例县市场监督管理局行政处罚决定书（示市监罚〔2022〕58号）",
        "<p>当事人：任某某，男，身份证号码：{ID1_M}，住址：示例县石鼓乡，联系电话：{MOB1_M}。</p>"
        "<p>　　经查，当事人于2022年4月在示例县石鼓乡石鼓村石鼓街18号门前设摊销售自制豆腐，未取得"
        "食品小作坊登记证，货值金额860元。</p>"
        "<p>　　依据《江西省食品小作坊小餐饮小食杂店管理条例》，本局决定没收违法所得并处罚款"
        "人民币壹仟元整，罚款缴至示例县非税收入汇缴结算户（账号：{OACCT1}）。</p>" + RECON,
        org="示例县市场监督管理局", index="015123511/2022-00231", cat="市场监管"),
      column=PENALTY, title="示例县市场监督管理局行政处罚决定书（示市监罚〔2022〕58号）",
      shape="nothing: masked ID and mobile, 住址 only the township, detailed 违法地点, 非税 account"),

    P("h1123",
      "示例县交通运输局\n行政处罚决定书\n示交罚〔2022〕031号\n"
      "当事人：宋某某\n身份证号码：{ID1_MX}\n住址：（已隐去）\n"
      "　　2022年3月6日，当事人驾驶赣C·91D27重型自卸货车在G356线示例县路段超限运输，车货总重"
      "58.3吨，超限20.3吨（检测单号：CX2022030600417）。\n"
      "　　依据《公路安全保护条例》第六十四条，本局决定对当事人处以罚款人民币叁仟元整。\n"
      "　　执法人员：甘某（执法证号{CERT1}）、鲁某（执法证号{CERT2}）\n"
      "　　承办人：甘某　　联系电话：{MOB1}\n"
      + RECON_TXT,
      kind="attachment", column=PENALTY, title="示例县交通运输局行政处罚决定书（示交罚〔2022〕031号）",
      shape="nothing: docx with X-masked ID, 已隐去, the 承办人's mobile and 执法证号"),

    P("h1124", jcms(
        "示例县农业农村局行政处罚决定书（示农（牧）罚〔2022〕3号）",
        "<p>当事人：熊某某，男，汉族，身份证号码：{IDX1_FW}，住址：示例县龙口镇竹山村委会竹山组11号，"
        "联系电话：{MOB1}。</p>"
        "<p>　　2022年2月15日，示例县动物卫生监督所执法人员在龙口镇检查时发现，当事人从外省购进"
        "生猪18头，未附有《动物检疫合格证明》，且未按规定向所在地动物卫生监督机构报告。</p>"
        "<p>　　依据《中华人民共和国动物防疫法》第一百条第一款，本局决定对当事人处以同类检疫合格"
        "动物货值金额百分之十五的罚款，计人民币7128元。</p>" + RECON,
        dept="示例县农业农村局"),
      column=PENALTY, title="示例县农业农村局行政处罚决定书（示农（牧）罚〔2022〕3号）",
      shape="动物卫生 生猪: full-width ID with Ｘ",
      ids=["IDX1"], phones=["MOB1"], addrs=["示例县龙口镇竹山村委会竹山组11号"]),

    P("h1125",
      "示例县住房和城乡建设局\n行政处罚决定书\n示建罚〔2022〕8号\n"
      "当事人：示例县恒发建材有限公司\n统一社会信用代码：{USCC1}\n"
      "住所：示例县工业园区兴业路6号\n法定代表人：钱某某\n公司联系电话：{LAND1}\n"
      "委托代理人：孔某某，该公司办公室主任，身份证号码：{ID1}，联系电话：{MOB1}\n"
      "　　经查，当事人生产的C30商品混凝土于2022年1月供应示例县滨河花园三期工程，经示例县建设"
      "工程质量检测中心检测（报告编号：HNT2022-0047），28天抗压强度代表值为24.6MPa，不符合设计"
      "要求。\n"
      "　　依据《建设工程质量管理条例》及《江西省建设工程质量管理条例》，本局决定对当事人处以罚款"
      "人民币伍万元整。\n" + RECON_TXT,
      kind="attachment", column=PENALTY, title="示例县住房和城乡建设局行政处罚决定书（示建罚〔2022〕8号）",
      shape="住建 company docx: the 委托代理人's ID and mobile; company landline and 住所 public",
      ids=["ID1"], phones=["MOB1"]),

    P("h1126",
      "示例市北湖区市场监督管理局\n行政处罚决定书\n北市监罚〔2022〕35号\n"
      "当事人：魏某某\n性别：女\n身份证号码：{ID1}\n"
      "住址：示例市北湖区文化路9号文苑小区2栋1单元301室\n"
      "网店名称：小魏农家土特产（某电商平台个人店铺）\n"
      "　　经查，2021年11月至2022年3月，当事人通过其网店销售标注“野生”“农家自制”的腊肉制品，"
      "实为从示例县某肉制品加工厂购进的工业化产品。当事人通过其本人银行卡（卡号：{CARDL1}）收取"
      "货款共计人民币38650元，其中平台订单号{ORDER1}对应货款1286元。\n"
      "　　当事人的行为构成虚假宣传，依据《中华人民共和国反不正当竞争法》第二十条，本局决定责令"
      "当事人停止违法行为，并处罚款人民币贰万元整。\n" + RECON_TXT,
      kind="attachment", column=PENALTY, title="北湖区市场监督管理局行政处罚决定书（北市监罚〔2022〕35号）",
      shape="网店 docx: the party's 19-digit card, a Luhn-valid 订单号",
      ids=["ID1"], banks=["CARDL1"], addrs=["示例市北湖区文化路9号文苑小区2栋1单元301室"]),

    P("h1127", xxgk(
        "示例县统计局行政处罚决定书（示统罚〔2022〕1号）",
        "<p>当事人：示例县城关镇鸿运饭店（个体工商户）</p><p>经营者：温某某</p>"
        "<p>身份证号码：{ID1}</p><p>住址：示例县城关镇</p><p>联系电话：{MOB1}</p>"
        "<p>　　经查，当事人作为2021年限额以上住宿和餐饮业统计调查对象，在2022年1月至3月的统计"
        "调查中拒绝提供统计资料。</p><p>　　依据《中华人民共和国统计法》第四十一条，本局决定对"
        "当事人予以警告，并处罚款人民币伍佰元。</p>" + RECON,
        org="示例县统计局", index="015123530/2022-00007", cat="统计"),
      column=PENALTY, title="示例县统计局行政处罚决定书（示统罚〔2022〕1号）",
      shape="统计 个体: 经营者 ID and mobile, 住址 only the town",
      ids=["ID1"], phones=["MOB1"]),

    P("h1128", dept(
        "示例县卫生健康委员会行政处罚决定书（示卫公罚〔2022〕11号）",
        "<p>当事人：示例县丽人美容美发店（个体工商户）　经营者：万某某　身份证号：{ID1_ZW}</p>"
        "<p>家庭住址：示例县城关镇文昌路22号3栋2单元602室　经营地址：示例县城关镇步行街18号</p>"
        "<p>联系电话：{MOB1_FONT}</p>"
        "<p>　　2022年4月7日，本委卫生监督员对当事人经营场所进行检查，发现当事人2名从业人员未取得"
        "有效健康合格证明从事直接为顾客服务的工作。</p>"
        "<p>　　依据《公共场所卫生管理条例实施细则》第三十八条，本委决定给予当事人警告，并处罚款"
        "人民币壹仟元整。</p>" + RECON,
        name="示例县卫生健康委员会", ext="136"),
      column=PENALTY, title="示例县卫生健康委员会行政处罚决定书（示卫公罚〔2022〕11号）",
      shape="卫健 美容: zero-width space in the ID, font-split mobile, 家庭住址 vs 经营地址",
      ids=["ID1"], phones=["MOB1"], addrs=["示例县城关镇文昌路22号3栋2单元602室"]),

    P("h1129",
      "示例县农业农村局\n行政处罚决定书\n示农（机）罚〔2022〕2号\n"
      "当事人：蔡某某\n性别：男\n身份证号码：{ID1_HALF}\n"
      "住址：示例县东乡镇白沙村委会岭下组3号\n联系电话：{LOCAL1}\n"
      "　　2022年3月20日，示例县农业机械化服务中心执法人员在东乡镇白沙村检查时发现，当事人未取得"
      "拖拉机驾驶证，驾驶号牌为赣09-A1628的手扶拖拉机在村道上运输稻谷。\n"
      "　　依据《农业机械安全监督管理条例》第五十一条，本局决定责令当事人改正，并处罚款人民币"
      "壹佰元。\n" + RECON_TXT + "- 1 -\n",
      kind="attachment", column=PENALTY, title="示例县农业农村局行政处罚决定书（示农（机）罚〔2022〕2号）",
      shape="农机 PDF: half full-width ID, the party's 7-digit local landline",
      ids=["ID1"], phones=["LOCAL1"], addrs=["示例县东乡镇白沙村委会岭下组3号"]),

    P("h1130", jcms(
        "示例县公安局行政处罚决定书（示公（石）行罚决字〔2022〕0112号）",
        "<p>违法行为人刘某某，女，公民身份号码{ID1}，住示例县石鼓乡高坪村委会高坪组5号。</p>"
        "<p>违法行为人刘某，女，公民身份号码{ID2}，住示例县石鼓乡高坪村委会新屋组12号。</p>"
        "<p>现查明，2022年4月，违法行为人刘某某、刘某在各自房屋后菜园内非法种植罂粟，经现场清点，"
        "刘某某种植罂粟86株，刘某种植罂粟132株，均已铲除销毁。</p>"
        "<p>根据《中华人民共和国治安管理处罚法》第七十一条第一款第（一）项，鉴于二人年满七十周岁，"
        "依照该法第二十一条之规定不执行行政拘留，现决定对刘某某、刘某分别处罚款叁佰元。</p>"
        + RECON,
        dept="示例县公安局", column="行政处罚"),
      column=PENALTY, title="示例县公安局行政处罚决定书（示公（石）行罚决字〔2022〕0112号）",
      shape="公安 种植罂粟: two elderly women, 住 + 村委会 组 号",
      ids=["ID1", "ID2"],
      addrs=["示例县石鼓乡高坪村委会高坪组5号", "示例县石鼓乡高坪村委会新屋组12号"]),

    # --- lists and other pages --------------------------------------------------------

    P("h1131",
      "龙口镇2022年耕地地力保护补贴发放花名册\n"
      + tsv(("村委会：下洲村", "", "", "", "填报日期：2022年5月10日", ""),
            ("序号", "户主姓名", "身份证号码", "一卡通账号", "补贴面积（亩）", "补贴金额（元）"),
            ("1", "张某某", "{ID1}", "{CARD1}", "5.62", "629.44"),
            ("2", "张某", "{ID2}", "{ACCT1}", "3.10", "347.20"),
            ("3", "李某某", "{ID3_M}", "{CARD2_M}", "4.00", "448.00"),
            ("4", "王某某", "{ID4}", "{CARDL1}", "2.85", "319.20"),
            ("合计", "", "", "", "15.57", "1743.84"))
      + "审核人：　　　　制表人：　　　　村委会（盖章）\n",
      kind="attachment", title="龙口镇2022年耕地地力保护补贴发放花名册",
      shape="补贴 spreadsheet: 一卡通账号 column with cards, a 17-digit account, a masked row",
      ids=["ID1", "ID2", "ID4"], banks=["CARD1", "ACCT1", "CARDL1"]),

    P("h1132", xxgk(
        "示例县青石镇2022年4月临时救助对象公示",
        "<p>　　根据《示例县临时救助实施办法》，经个人申请、村（居）委会审核、镇政府审批，现将2022年"
        "4月临时救助对象公示如下：</p>"
        + rows(("序号", "姓名", "身份证号", "家庭住址", "联系电话", "救助金额（元）", "救助原因"),
               ("1", "钟某某", "{ID1}", "示例县青石镇坪上村三组8号", "{MOB1}", "3000", "因病"),
               ("2", "彭某", "{ID2}", "示例县青石镇正街72号", "{MOB2}", "1500", "火灾"),
               ("3", "朱某某", "{IDX1}", "示例县青石镇石门村罗家组14号", "{MOB3}", "2000", "因残"),
               ("4", "罗某", "{ID3_M}", "示例县青石镇****", "{MOB4_M}", "1000", "因学"))
        + "<p>　　公示期：2022年5月12日至5月18日。如有异议，请向青石镇社会事务办反映，"
        "电话：0795-7381035。</p>",
        org="示例县青石镇人民政府", index="015123600/2022-00071", column="社会救助",
        cat="民政、扶贫、救灾"),
      title="示例县青石镇2022年4月临时救助对象公示",
      shape="临时救助 公示: IDs and mobiles; 家庭住址 column on purpose not expected",
      ids=["ID1", "ID2", "IDX1"], phones=["MOB1", "MOB2", "MOB3"]),

    P("h1133",
      "示例县2022年5月高龄津贴发放名册（城关镇）\n"
      "序号 姓名 性别 出生年月 身份证号码 社会保障卡金融账号 发放金额（元）\n"
      "1 胡某某 女 1931.04 {IDX1} {CARD1} 200\n"
      "2 易某 男 1935.11 {ID1} {CARD2} 100\n"
      "3 邓某某 女 1929.07 {ID2} {CARD3_M} 300\n"
      "4 黎某某 男 1936.02 {ID3_M} {CARD4_M} 100\n"
      "第 1 页，共 4 页\n",
      kind="attachment", title="示例县2022年5月高龄津贴发放名册",
      shape="高龄津贴 PDF: space-separated rows, 社会保障卡金融账号, masked cards",
      ids=["IDX1", "ID1", "ID2"], banks=["CARD1", "CARD2"]),

    P("h1134", jcms(
        "2022年度义务兵家庭优待金发放情况公示",
        "<p>　　根据《江西省军人抚恤优待办法》，现将东乡镇2022年度义务兵家庭优待金发放情况公示如下：</p>"
        + rows(("序号", "义务兵姓名", "身份证号码", "入伍时间", "家长姓名", "家长联系电话", "金额（元）"),
               ("1", "邹某某", "{ID1}", "2020.09", "邹某华", "{MOB1}", "12600"),
               ("2", "肖某", "{ID2}", "2021.03", "肖某明", "{MOB2_S}", "12600"),
               ("3", "曾某某", "{ID3_M}", "2021.09", "曾某", "{MOB3_M}", "12600"))
        + "<p>　　公示期5个工作日。监督电话：0795-7356012（东乡镇退役军人服务站）。</p>",
        dept="示例县东乡镇人民政府", column="公示公告"),
      title="2022年度义务兵家庭优待金发放情况公示",
      shape="义务兵 优待金 公示: soldiers' IDs, parents' mobiles (one spaced), 服务站 landline",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    P("h1135", town(
        "青石镇2022年生态护林员选聘结果公示",
        "<p>　　按照公开、公平、择优的原则，经个人申请、村级评议、镇级审核，拟聘用以下人员为2022年"
        "生态护林员，现予以公示：</p>"
        + rows(("序号", "姓名", "性别", "身份证号", "所在村", "联系电话"),
               ("1", "钟某某", "男", "{ID1}", "石门村", "{MOB1}"),
               ("2", "黄某", "男", "{ID2}", "坪上村", "{MOB2_S}"),
               ("3", "李某某", "女", "{ID3}", "古塘村", "{MOB3}"))
        + "<p>　　公示时间：2022年5月16日至5月20日。监督电话：{LAND1}（青石镇林业站）。</p>",
        town="青石镇", road="正街8号", ext="81002", charset="gbk"),
      enc="gbk", title="青石镇2022年生态护林员选聘结果公示",
      shape="护林员 选聘 on a GBK town page: IDs, mobiles, the 林业站 监督电话",
      ids=["ID1", "ID2", "ID3"], phones=["MOB1", "MOB2", "MOB3"]),

    P("h1136", xxgk(
        "2022年第二季度困难残疾人生活补贴和重度残疾人护理补贴发放公示",
        "<p>　　现将城关镇2022年第二季度残疾人两项补贴发放情况公示如下：</p>"
        + rows(("序号", "姓名", "身份证号", "残疾类别", "残疾等级", "补贴类别", "银行卡号", "金额（元）"),
               ("1", "万某某", "{ID1}", "肢体", "二级", "护理补贴", "{CARD1_D}", "270"),
               ("2", "熊某", "{ID2}", "视力", "一级", "两项补贴", "{CARD2_S}", "480"),
               ("3", "陈某某", "{ID3_M}", "智力", "三级", "生活补贴", "{CARD3_M}", "210")),
        org="示例县残疾人联合会", index="015123655/2022-00014", column="社会救助",
        cat="民政、扶贫、救灾"),
      title="2022年第二季度困难残疾人生活补贴和重度残疾人护理补贴发放公示",
      shape="残疾人 两项补贴: dashed and spaced cards under 银行卡号",
      ids=["ID1", "ID2"], banks=["CARD1", "CARD2"]),

    P("h1137", xxgk(
        "示例县城南片区棚户区改造项目房屋征收补偿款发放公示（第三批）",
        "<p>　　现将城南片区棚户区改造项目第三批房屋征收补偿款发放情况公示如下：</p>"
        + rows(("序号", "被征收人", "身份证号码", "开户行", "账号", "补偿金额（元）"),
               ("1", "谭某某", "{ID1}", "示例县农商银行城关支行", "{ACCT1}", "486320.00"),
               ("2", "谭某", "{ID2}", "中国邮政储蓄银行示例县支行", "{CARD1}", "212870.50"),
               ("3", "城南村第三村民小组", "——", "示例县农商银行城关支行", "{ACCT2}", "96400.00"))
        + "<p>　　公示期7天。联系电话：0795-7268830（县房屋征收办）。</p>",
        org="示例县房屋征收与补偿办公室", index="015123671/2022-00025", column="征收补偿",
        cat="城乡建设、环境保护"),
      title="示例县城南片区棚户区改造项目房屋征收补偿款发放公示（第三批）",
      shape="征收 补偿: 开户行/账号 columns for persons, a 村民小组's account",
      ids=["ID1", "ID2"], banks=["ACCT1", "CARD1"]),

    P("h1138",
      "示例县2022年春季学期“雨露计划”职业教育补助资金发放名单\n"
      "（东乡镇）\n"
      + tsv(("序号", "学生姓名", "就读学校", "年级", "监护人", "监护人身份证号", "联系电话",
             "监护人银行卡号", "补助金额"),
            ("1", "廖某", "示例市职业技术学院", "2020级", "廖某根", "{ID1}", "{MOB1}", "{CARD1}", "1500"),
            ("2", "何某某", "示例县中等专业学校", "2021级", "何某", "{ID2}", "{MOB2}", "{CARD2_S}",
             "1500"),
            ("3", "谢某", "示例市卫生学校", "2021级", "谢某某", "{ID3_M}", "{MOB3_M}", "{CARD3_M}",
             "1500"))
      + "备注：补助资金通过“一卡通”发放至监护人账户。\n",
      kind="attachment", title="示例县2022年春季学期“雨露计划”职业教育补助资金发放名单",
      shape="雨露计划 docx table: 监护人 ID, mobile and card (one spaced), a masked row",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"], banks=["CARD1", "CARD2"]),

    P("h1139", xxgk(
        "示例县2022年4月城乡居民医疗救助“一站式”结算情况公示",
        "<p>　　根据《示例县医疗救助实施办法》，现将2022年4月医疗救助“一站式”结算情况公示如下：</p>"
        + rows(("序号", "姓名", "身份证号码", "救助对象类别", "住院号", "救助金额（元）"),
               ("1", "熊某某", "{ID1}", "特困人员", "2022041187", "3216.40"),
               ("2", "欧阳某", "{IDF1}", "低保对象", "2022040563", "1873.25"),
               ("3", "易某某", "{ID2_M}", "返贫致贫人口", "2022042016", "926.00")),
        org="示例县医疗保障局", index="015123689/2022-00038", column="医疗保障",
        cat="卫生、体育"),
      title="示例县2022年4月城乡居民医疗救助“一站式”结算情况公示",
      shape="医疗救助 结算: 15-digit ID under a 身份证号码 header, 住院号",
      ids=["ID1", "IDF1"]),

    P("h1140", h5(
        "石鼓乡2022年第二季度城乡低保动态调整（停保）人员公示",
        "<p>经入户核查、民主评议，以下人员因家庭收入超过低保标准，拟停止发放最低生活保障金：</p>"
        "<p>1.高坪村　刘某某　身份证号：{ID1_M}　停保原因：子女就业</p>"
        "<p>2.新坪村　吴某　身份证号：{ID2_M}　停保原因：家庭收入增加</p>"
        "<p>3.黄泥村　黄某某　身份证号：{ID3_FW}　停保原因：购置商品房</p>"
        "<p>4.石鼓村　任某　身份证号：{ID4_M}　停保原因：死亡</p>"
        "<p>公示期为2022年6月1日至6月7日，监督电话：0795-7390118。</p>"),
      title="石鼓乡2022年第二季度城乡低保动态调整（停保）人员公示",
      shape="低保 停保 on the mobile page: masked IDs, one full-width ID unmasked",
      ids=["ID3"]),

    P("h1141", jcms(
        "示例县2022年县级示范家庭农场名录公示",
        "<p>　　经乡镇推荐、县级评审，拟认定以下10家家庭农场为2022年县级示范家庭农场（节选）：</p>"
        + rows(("序号", "家庭农场名称", "统一社会信用代码", "农场主", "身份证号", "联系电话", "主营产业"),
               ("1", "示例县龙口镇绿源家庭农场", "{USCCD1}", "邹某某", "{ID1}", "{MOB1}", "水稻"),
               ("2", "示例县东乡镇金橘家庭农场", "{USCCD2}", "肖某", "{ID2}", "{MOB2}", "柑橘"))
        + "<p>　　公示期：2022年5月20日至5月26日。受理单位：示例县农业农村局，电话：0795-7265020。</p>",
        dept="示例县农业农村局", column="公示公告"),
      title="示例县2022年县级示范家庭农场名录公示",
      shape="家庭农场 名录: digits-only 信用代码 beside the 农场主's ID and mobile",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    P("h1142", town(
        "石门村第十二届村民委员会成员候选人公示",
        "<p>　　根据《中华人民共和国村民委员会组织法》及有关规定，经村民提名，村民选举委员会审核，"
        "现将石门村第十二届村民委员会成员候选人名单公示如下：</p>"
        + rows(("职务", "姓名", "性别", "出生年月", "学历", "政治面貌"),
               ("主任", "钟某某", "男", "1978.03", "大专", "中共党员"),
               ("委员", "罗某", "女", "1986.11", "高中", "群众"),
               ("委员", "黄某某", "男", "1990.07", "本科", "中共党员"))
        + "<p>　　公示期3天。石门村村民选举委员会　2022年5月9日</p>",
        town="青石镇", road="正街8号", ext="81002"),
      enc="gbk", title="石门村第十二届村民委员会成员候选人公示",
      shape="nothing: 村委会 候选人 公示 with birth months only"),

    P("h1143", xxgk(
        "示例县2022年第一批一次性创业补贴拟发放人员名单公示",
        "<p>　　经个人申报、县就业创业服务中心审核，以下人员符合一次性创业补贴申领条件：</p>"
        + rows(("序号", "姓名", "身份证号码", "创业实体名称", "统一社会信用代码", "补贴金额（元）",
                "补贴发放卡号"),
               ("1", "饶某某", "{ID1}", "示例县城关镇饶记茶饮店", "{USCC1}", "5000", "{CARD1}"),
               ("2", "甘某", "{ID2}", "示例县东乡镇甘某农资经营部", "{USCC2}", "5000", "{CARD2}"))
        + "<p>　　公示期：2022年5月23日至5月27日。咨询电话：0795-7262316（县就业创业服务中心）。</p>",
        org="示例县人力资源和社会保障局", index="015123700/2022-00052", column="就业创业",
        cat="劳动、人事、监察"),
      title="示例县2022年第一批一次性创业补贴拟发放人员名单公示",
      shape="创业补贴 名单: applicants' IDs and cards, enterprises' codes",
      ids=["ID1", "ID2"], banks=["CARD1", "CARD2"]),

    P("h1144", xxgk(
        "示例县2022年农村公路养护服务项目成交结果公告",
        "<p>一、项目编号：SLXCG2022-0135</p><p>二、项目名称：示例县2022年农村公路养护服务项目</p>"
        "<p>三、成交信息：供应商名称：示例县路通公路养护有限公司；供应商地址：示例县工业园区兴业路"
        "28号；成交金额：人民币1286500.00元。</p>"
        "<p>四、凡对本次公告内容提出询问，请按以下方式联系：</p>"
        "<p>1.采购人信息　名称：示例县交通运输局　地址：示例县城关镇交通路6号　联系人：彭工"
        "　联系方式：0795-7263318</p>"
        "<p>2.采购代理机构信息　名称：江西示例招标咨询有限公司　地址：示例市北湖区长征路99号"
        "　联系人：刘女士　联系方式：{MOB1}</p>",
        org="示例县交通运输局", index="015123503/2022-00061", column="政府采购",
        cat="财政、金融、审计"),
      title="示例县2022年农村公路养护服务项目成交结果公告",
      shape="nothing: 成交公告, 代理机构 联系人's mobile, 项目编号"),

    P("h1145", dept(
        "示例县2022年5月行政处罚信息“双公示”（法人）",
        rows(("行政处罚决定书文号", "处罚名称", "行政相对人名称", "统一社会信用代码", "法定代表人",
              "处罚内容", "处罚决定日期"),
             ("示市监罚〔2022〕63号", "销售过期食品", "示例县万家福超市有限公司", "{USCCD1}",
              "付某某", "罚款5000元", "2022/05/09"),
             ("示环罚〔2022〕21号", "未批先建", "示例县华兴陶瓷有限公司", "{USCCD2}", "汪某",
              "罚款86000元", "2022/05/17"),
             ("示应急罚〔2022〕9号", "未开展安全培训", "示例县顺达运输有限公司", "{USCCD3}",
              "卢某某", "罚款20000元", "2022/05/24")),
        name="信用示例县", ext="142", column="双公示"),
      title="示例县2022年5月行政处罚信息“双公示”（法人）",
      shape="nothing: 双公示 company table with digits-only credit codes"),

    P("h1146", jcms(
        "示例县2022年防汛期间各乡镇（部门）值班电话一览表",
        rows(("单位", "值班电话", "传真", "应急值班手机（单位配备）"),
             ("县防汛抗旱指挥部办公室", "0795-7261100", "0795-7261101", "{MOB1}"),
             ("城关镇人民政府", "0795-7250012", "0795-7250013", "{MOB2}"),
             ("龙口镇人民政府", "0795-7331008", "0795-7331009", "{MOB3}"),
             ("县水利局", "0795-7264405", "0795-7264406", "{MOB4}"))
        + "<p>　　各单位须严格执行24小时值班和领导带班制度，值班电话须确保畅通。</p>",
        dept="示例县应急管理局", column="通知公告"),
      title="示例县2022年防汛期间各乡镇（部门）值班电话一览表",
      shape="nothing: 值班电话 一览表, units' own duty landlines and duty mobiles"),

    P("h1147", xxgk(
        "关于2022年度城乡居民基本养老保险费缴费账户的公告",
        "<p>　　2022年度城乡居民基本养老保险费征缴工作已启动，参保人员可通过“赣服通”、税务APP或"
        "到各乡镇便民服务中心缴费。单位代缴的，请将款项汇入以下账户：</p>"
        "<p>　　户名：示例县社会保险事业管理中心城乡居民养老保险基金收入户</p>"
        "<p>　　开户行：中国农业银行示例县支行</p><p>　　账号：{OACCT1}</p>"
        "<p>　　国库户名：国家金库示例县支库　账号：{OACCT2}</p>"
        "<p>　　咨询电话：0795-7262333、12333</p>",
        org="示例县社会保险事业管理中心", index="015123712/2022-00003", column="通知公告",
        cat="劳动、人事、监察"),
      title="关于2022年度城乡居民基本养老保险费缴费账户的公告",
      shape="nothing: 社保 收入户 and 国库 accounts, 12333"),

    P("h1148", town(
        "关于注销食品生产许可证的公告",
        "<p>　　以下食品生产企业因营业执照注销，根据《食品生产许可管理办法》第四十条，示例县市场"
        "监督管理局依法注销其食品生产许可证：</p>"
        + rows(("序号", "企业名称", "统一社会信用代码", "许可证编号", "注销日期"),
               ("1", "示例县龙口镇香满园米粉厂", "{USCC1}", "SC10136099900127", "2022-05-06"),
               ("2", "示例县青石镇农家乐酒业有限公司", "{USCC2}", "SC11536099900043", "2022-05-11"))
        + "<p>　　特此公告。</p>",
        town="青石镇", road="正街8号", ext="81002", charset="gbk"),
      enc="gbk", title="关于注销食品生产许可证的公告",
      shape="nothing: 食品生产许可 注销 on GBK, SC numbers, credit codes"),

    P("h1149", xxgk(
        "示例县2021年国民经济和社会发展统计公报",
        "<p>　　初步核算，全年全县地区生产总值（GDP）1568745万元，比上年增长8.9%。其中，第一产业"
        "增加值236810万元，增长7.6%；第二产业增加值624327万元，增长9.3%；第三产业增加值707608"
        "万元，增长9.0%。</p><p>　　年末全县户籍总人口386412人，其中城镇人口158203人。全年"
        "一般公共预算收入102356万元。年末金融机构人民币各项存款余额2813460万元，各项贷款余额"
        "1976532万元。</p><p>　　全年完成全社会用电量89612万千瓦时。年末移动电话用户"
        "365218户，固定互联网宽带接入用户132077户。</p>",
        org="示例县统计局", index="015123530/2022-00011", column="统计信息", cat="统计"),
      title="示例县2021年国民经济和社会发展统计公报",
      shape="nothing: 统计公报 with large figures"),

    P("h1150", jcms(
        "示例县不动产首次登记公告（2022年第14号）",
        "<p>　　经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》"
        "第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达"
        "我机构。逾期无人提出异议或者异议不成立的，我机构将予以登记。</p>"
        + rows(("不动产权利人", "不动产单元号", "不动产坐落", "权利类型", "面积（㎡）"),
               ("吴某某", "360999101203JC00018F00010001", "石鼓乡新坪村十一组", "宅基地使用权/房屋所有权",
                "126.50/238.40"),
               ("黄某", "360999104206JC00132F00010001", "青石镇坪上村二组", "宅基地使用权/房屋所有权",
                "98.00/176.20"))
        + "<p>　　异议书面材料送达地址：示例县城关镇府前大道1号不动产登记中心　联系电话：0795-7266611</p>",
        dept="示例县不动产登记中心", column="通知公告"),
      title="示例县不动产首次登记公告（2022年第14号）",
      shape="nothing: 不动产 首次登记, 不动产单元号, 坐落 of homes"),

    P("h1151", h5(
        "关于2021年度全县脱贫攻坚成果巩固工作先进个人拟表彰对象的公示",
        "<p>经各单位推荐、县评审委员会审核，拟表彰以下同志为先进个人：</p>"
        "<p>钟某某（女，龙口镇下洲村党支部书记）</p><p>彭某（男，县农业农村局干部）</p>"
        "<p>曾某某（男，东乡镇人民政府四级主任科员）</p>"
        "<p>公示期间，如有异议，请以书面形式向县委组织部、县乡村振兴局反映。"
        "联系电话：0795-7261208。</p>"),
      title="关于2021年度全县脱贫攻坚成果巩固工作先进个人拟表彰对象的公示",
      shape="nothing: 表彰 公示 of names and posts"),

    P("h1152", jcms(
        "示例县城市管理局关于送达《限期拆除决定书》的公告",
        "<p>　　因下列当事人下落不明，采用其他方式无法送达，根据《中华人民共和国民事诉讼法》及有关"
        "规定，现向其公告送达《限期拆除决定书》：</p>"
        "<p>　　1.当事人：江某某，身份证号码：{ID1}，家庭住址：示例县城关镇滨河路12号3单元501室。"
        "违法建设：在滨河路12号楼顶加盖彩钢房约45平方米。</p>"
        "<p>　　2.当事人：付某，身份证号码：{ID2}，住址：示例县城关镇解放路东巷21号。违法建设：在"
        "解放路东巷21号院内搭建砖混结构房屋约28平方米。</p>"
        "<p>　　自本公告发布之日起满三十日，即视为送达。当事人应在送达之日起十五日内自行拆除。</p>",
        dept="示例县城市管理局", column="通知公告"),
      title="示例县城市管理局关于送达《限期拆除决定书》的公告",
      shape="限期拆除 送达公告 (not a penalty decision): IDs; home addresses on purpose unlabelled",
      ids=["ID1", "ID2"]),

    P("h1153",
      "龙口镇下洲村农村土地承包经营权确权登记颁证公示表\n"
      + tsv(("承包方编码", "承包方代表", "身份证号码", "联系电话", "地块编码", "地块名称",
             "确权面积（亩）"),
            ("360999101203010003", "张某某", "{ID1}", "{MOB1}", "3609991012030100012", "塘背", "1.26"),
            ("360999101203010004", "张某", "{ID2}", "{MOB2_M}", "3609991012030100015", "长丘", "0.88"),
            ("360999101203010005", "李某某", "{IDX1}", "{MOB3}", "3609991012030100021", "下垅", "2.05"))
      + "公示期7天，如有异议请向下洲村委会或龙口镇农经站反映。\n",
      kind="attachment", title="龙口镇下洲村农村土地承包经营权确权登记颁证公示表",
      shape="土地承包 确权 spreadsheet: 18-digit 承包方编码, 19-digit 地块编码, IDs and mobiles",
      ids=["ID1", "ID2", "IDX1"], phones=["MOB1", "MOB3"]),

    P("h1154", xxgk(
        "2022年5月失业保险金申领人员公示",
        "<p>　　经审核，以下人员符合失业保险金申领条件，现予公示：</p>"
        + rows(("姓名", "身份证号码", "原工作单位", "领取期限（月）", "社会保障卡银行账号"),
               ("饶某", "{ID1}", "示例县鑫达石材有限公司", "6", "{CARD1}"),
               ("万某某", "{ID2}", "示例县华兴陶瓷有限公司", "12", "{CARDL1}"),
               ("甘某某", "{ID3_M}", "示例县顺达运输有限公司", "3", "{CARD2_M}")),
        org="示例县就业创业服务中心", index="015123700/2022-00060", column="就业创业",
        cat="劳动、人事、监察"),
      title="2022年5月失业保险金申领人员公示",
      shape="失业保险金 公示: IDs, 社会保障卡银行账号 (16 and 19 digits), a masked row",
      ids=["ID1", "ID2"], banks=["CARD1", "CARDL1"]),

    P("h1155", xxgk(
        "示例县2022年考试录用公务员拟录用人员公示",
        "<p>　　根据2022年江西省考试录用公务员工作安排，经笔试、面试、体检和考察，现将示例县拟录用"
        "人员名单公示如下：</p>"
        + rows(("序号", "招录机关", "职位代码", "姓名", "性别", "准考证号", "身份证号", "毕业院校"),
               ("1", "示例县财政局", "136090101", "胡某某", "女", "136090102315", "{ID1_M}",
                "江西财经大学"),
               ("2", "示例县龙口镇人民政府", "136090215", "邹某", "男", "136090208127", "{ID2_MX}",
                "南昌大学"))
        + "<p>　　公示期5个工作日。监督电话：0795-7261236（县委组织部），0795-7263105（县人社局）。</p>",
        org="示例县人力资源和社会保障局", index="015123700/2022-00066", column="人事信息",
        cat="劳动、人事、监察"),
      title="示例县2022年考试录用公务员拟录用人员公示",
      shape="nothing: 拟录用 公示, 准考证号 and 职位代码, masked IDs"),
]
