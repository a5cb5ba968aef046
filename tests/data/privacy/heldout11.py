"""The eleventh held-out passages: written blind, by someone who did not read the detectors
(plugins/) or any earlier passage file beyond heldout10's first lines, labelled by hand from
the rules' definitions (rules.md, privacy.md and the definitions of privacy.id-number,
privacy.phone, privacy.bank-account and privacy.address) before any run.

Shapes. Penalty decisions: 公安 治安 (three gamblers in one decision, 公民身份号码 run into the
sentence, 户籍所在地 stopping at the township beside a full 现住, a masked third party); 市场监管
个体工商户 (a rowspan key/value table: 经营场所 vs 经营者住址, a span-split ID, 经营者联系电话);
生态环境 company decision that prints the 法定代表人's ID and spaced mobile (company 住所 and
account not personal); 交通运输 超限 as PDF text (当事人（个人姓名）, 6-8-4 spaced ID, 执法证号
that look like mobiles, 检测单号); 林业 滥伐 docx whose party table is tab-separated (full-width
ID, the party's landline); 城管 违建 on a GBK city page (住 + 小区 栋 单元 室); 卫健 非法行医
(lower-case x, <br>-separated fields, 户籍地址 vs a masked 现住址, a comment-split mobile, a
patient's masked ID); 渔政 with a 姓名/住址 header table of two people; 税务 简易 decision for a
person (纳税人识别号 = ID, 地址); 应急 fining a company's 主要负责人 personally (工作单位地址 vs
家庭住址, +86 mobile); 烟草 Word HTML (住所 of a natural person, U+3000-spaced ID); 教育 校外培训
(家住, full-width mobile, the 培训 place); a 简易程序 汇总表 spreadsheet headed 当事人/住址 (a
township-only row, masked rows, an empty cell); 交警 无证驾驶 as a div form (驾驶证号/身份证明号码,
决定书编号); 水利 采砂 with proceeds through the party's own debit card; 微信 网售 (zero-width
space in an ID, 现居住地, 19-digit card, a Luhn-valid 订单号); 发改 价格 on a GBK page (个体 药房,
dashed mobile); 畜牧 docx with a 15-digit ID; 消防 (font-split ID, span-split mobile); 文旅
(half full-width ID); a 公告送达 notice outside the penalty column whose title names the 处罚决定书;
公安 with a minor and his 监护人; 个人独资企业 (住所 of the firm vs the 投资人's 家庭住址); 公安
出租房 (现住 vs the rented house); 自然资源 docx with an ID broken over a line; 环保 养殖户 (地址 of
a person); 城管 (户籍地 detailed, 住址 township-only); 粮食 (party landline as (0795)…).
Lists and other pages: 失信联合惩戒 名单 (法定代表人 IDs, a 包工头), 城市低保 公示 (家庭住址 not
expected, 联系电话 column), 特困 供养金 花名册 spreadsheet (spaced card, 19-digit card, masked
row), 优抚 抚恤 PDF (社会保障号码, 社保卡金融账号), 宅基地 审批 公示 on a GBK town page, 危房改造
docx (一卡通账号, a 12-digit account), 创业担保贷款 贴息 (Luhn-valid 借款合同编号, comment-split ID),
征收 补偿 spreadsheet (a 村民小组's account), 驾驶证 注销 公告, 公租房 配租 (X-masked IDs, one
slip), 双公示 table (自然人 and 个体 经营者 证件号码), 农机购置补贴 (dashed card, a 合作社's
account), 见义勇为 公示 (家住 not expected), 公益性岗位 名单 on GBK, 依申请公开 答复 (an applicant's
ID and address, address not expected). Nothing to report: 中标结果公告 (代理机构 联系人 mobile),
a company decision with everything masked, 个体户 注销 公告 (15-digit 注册号), 罚没款 缴纳 指南
(国库 and 非税 accounts), 12345 工单 通报 (masked callers, a 20-digit 受理编号), 药品 抽检 公告
(条码, 批号), a 个体户 decision masked with X and stopping at the township (GBK), 政务公开 年度报告,
商品房预售许可 公示 (监管账户 of a developer), 举报 通告 (the office's 举报手机), a company decision
with the 承办人's mobile and 执法证号, 食品经营许可 公示.
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------

FOOT_XIAN = ("<div class='footer'><div class='f-links'><a href='/wzdt/'>网站地图</a>|<a href='/lxwm/'>"
             "联系我们</a>|<a href='/smsm/'>使用帮助</a></div><p>主办：示例县人民政府办公室　"
             "技术支持：示例县大数据发展中心</p><p>地址：示例县行政中心A座5楼　邮编：336399　"
             "电话：0795-7212345　传真：0795-7212346</p><p>网站标识码：3609990001　"
             "<a href='https://beian.miit.gov.cn/'>赣ICP备05006789号</a>　"
             "<img src='/images/ghs.png' alt=''>赣公网安备 36099902000321号</p></div>")
FOOT_QU = ("<div id='bottom'><table width='1000' align='center'><tr><td><p>示例市北湖区人民政府"
           "主办　北湖区政务服务数据管理局承办</p><p>联系地址：示例市北湖区府前路1号　"
           "联系电话：0797-6325000</p><p>网站标识码：3607030012　赣ICP备12004568号-2</p>"
           "</td><td><img src='/images/dzjg.png' alt='党政机关'></td></tr></table></div>")
FOOT_ZHEN = ("<table class='foot' width='100%'><tr><td align='center'>示例县青石镇人民政府　"
             "版权所有<br>地址：示例县青石镇正街8号　电话：0795-7381002　"
             "网站标识码：3609990031</td></tr></table>")

APPEAL = ("<p>当事人如对本处罚决定不服，可以在收到本处罚决定书之日起六十日内向示例县人民政府申请"
          "行政复议；或者六个月内直接向示例县人民法院提起行政诉讼。行政复议或者行政诉讼期间，"
          "本处罚决定不停止执行。</p>")
APPEAL_TXT = ("当事人如不服本处罚决定，可在收到本处罚决定书之日起六十日内依法向示例县人民政府申请"
              "行政复议，也可以在六个月内依法向示例县人民法院提起行政诉讼。\n")
PAY = ("<p>罚款应当自收到本决定书之日起十五日内，缴至示例县非税收入汇缴结算户（户名：示例县财政局；"
       "开户行：示例县农村商业银行营业部；账号：{OACCT}）。到期不缴纳罚款的，每日按罚款数额的百分"
       "之三加处罚款。</p>")


def trs(title: str, body: str, *, column: str = "行政处罚", date: str = "2022-05-12",
        source: str = "示例县人民政府", charset: str = "utf-8", foot: str = FOOT_XIAN) -> str:
    """A TRS-style county article page."""
    return ("<!DOCTYPE html><html><head><meta http-equiv='X-UA-Compatible' content='IE=edge'>"
            f"<meta charset='{charset}'><meta name='SiteName' content='示例县人民政府'>"
            f"<meta name='ColumnName' content='{column}'><meta name='ArticleTitle' "
            f"content='{title}'><meta name='PubDate' content='{date} 10:12'>"
            f"<title>{title}-示例县人民政府</title></head><body><div class='head'><img "
            "src='/images/banner.jpg' alt='示例县人民政府'></div><div class='position'>您现在的"
            "位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a> &gt; "
            f"<a href='./'>{column}</a></div><div class='detail'><div class='detail-tit'>{title}"
            f"</div><div class='detail-info'><span>发布时间：{date}</span><span>信息来源：{source}"
            "</span><span>【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】"
            "</span></div><div class='TRS_Editor'>" + body + "</div><div class='detail-btn'>"
            "<a href='javascript:window.print()'>【打印本页】</a><a href='javascript:window.close()'>"
            "【关闭窗口】</a></div></div>" + foot + "</body></html>")


def xxgk(title: str, body: str, *, org: str, index: str, number: str = "",
         date: str = "2022-05-12", column: str = "行政处罚", charset: str = "utf-8",
         foot: str = FOOT_XIAN) -> str:
    """A 政府信息公开 platform page: the metadata block as a list, then the article."""
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset="
            f"{charset}'><meta name='ColumnName' content='{column}'><title>{title}</title>"
            "</head><body><div class='xxgk-wrap'><ul class='xxgk-meta'>"
            f"<li><b>索 引 号：</b>{index}</li><li><b>发布机构：</b>{org}</li>"
            f"<li><b>发文日期：</b>{date}</li><li><b>文　　号：</b>{number}</li>"
            f"<li><b>主题分类：</b>{column}</li><li><b>有 效 性：</b>有效</li></ul>"
            f"<h2 class='xxgk-title'>{title}</h2><div class='xxgk-con' id='zoom'>" + body
            + "</div></div>" + foot + "</body></html>")


def town(title: str, body: str, *, date: str = "2022-05-12", charset: str = "gbk",
         column: str = "公示公告") -> str:
    """A township site built from nested tables, the way old small CMSes print an article."""
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset="
            f"{charset}'><title>{title}</title><meta name='ColumnName' content='{column}'>"
            "</head><body><table width='980' align='center' cellpadding='0' cellspacing='0'>"
            "<tr><td><img src='/images/top.jpg' alt=''></td></tr><tr><td class='nav'>"
            "<a href='/'>首页</a>｜<a href='/zwgk/'>政务公开</a>｜<a href='/gsgg/'>公示公告</a>"
            f"</td></tr><tr><td align='center' class='title'><b>{title}</b></td></tr><tr>"
            f"<td align='center' class='info'>发布日期：{date}　点击数：<span id='hits'>"
            "</span></td></tr><tr><td class='content'>" + body + "</td></tr></table>"
            + FOOT_ZHEN + "</body></html>")


def word_html(body: str) -> str:
    """The body of a page pasted from Word: WordSection div, MsoNormal paragraphs."""
    return ("<div class='WordSection1' style='layout-grid:15.6pt'>" + body + "</div>")


def mso(text: str, *, center: bool = False) -> str:
    style = "text-align:center" if center else "text-indent:32.0pt;line-height:28.0pt"
    return (f"<p class='MsoNormal' style='{style}'><span style='font-size:16.0pt;"
            f"font-family:仿宋_GB2312'>{text}</span></p>")


def rows(cells: list[list[str]], *, head: bool = True, attrs: str = "border='1'") -> str:
    """An HTML table from rows of cells; the first row as <th> when ``head``."""
    out = [f"<table {attrs}><tbody>"]
    for i, row in enumerate(cells):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def tsv(cells: list[list[str]]) -> str:
    """Spreadsheet text: one row a line, cells tab-separated."""
    return "\n".join("\t".join(row) for row in cells) + "\n"


def paras(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


# --- penalty decisions ------------------------------------------------------------------

PENALTY = [
    P("h1001", trs(
        "示例县公安局行政处罚决定书（示公（青）行罚决字〔2022〕0153号）",
        "<p style='text-align:center'><b>示例县公安局<br>行政处罚决定书</b></p>"
        "<p style='text-align:right'>示公（青）行罚决字〔2022〕0153号</p>"
        + paras(
            "违法行为人刘某某，男，汉族，公民身份号码{ID}，文化程度初中，现住示例县青石镇丰收"
            "村委会上屋组27号。",
            "违法行为人陈某，男，汉族，公民身份号码{ID2}，户籍所在地示例县青石镇，现住示例县城关"
            "镇解放路118号3栋402室。",
            "违法行为人黄某某，女，汉族，公民身份号码{ID3_M}，住示例县城关镇。",
            "现查明：2022年4月30日21时许，刘某某、陈某、黄某某在示例县青石镇新街36号“悦来”茶馆"
            "包厢内，以“斗地主”的方式赌博，每局输赢人民币50元至200元不等，现场查获赌资人民币3260"
            "元。以上事实有违法行为人的陈述和申辩、证人证言、现场照片、扣押清单等证据证实。",
            "根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定：对刘某某、陈某、黄某某"
            "分别处以行政拘留五日，并处罚款人民币五百元；收缴赌资人民币3260元。",
            "执行方式和期限：行政拘留由示例县拘留所执行；罚款于收到本决定书之日起十五日内缴至"
            "示例县财政局指定的代收银行。")
        + APPEAL + "<p style='text-align:right'>示例县公安局<br>2022年5月6日</p>",
        source="示例县公安局"),
        title="示例县公安局行政处罚决定书（示公（青）行罚决字〔2022〕0153号）",
        column="penalty", shape="公安 治安: three gamblers, 现住 after the ID; 户籍所在地 at township",
        ids=["ID", "ID2"],
        addrs=["示例县青石镇丰收村委会上屋组27号", "示例县城关镇解放路118号3栋402室"]),

    P("h1002", xxgk(
        "示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕47号）",
        "<table class='dsr' border='1' cellspacing='0' width='100%'><tbody>"
        "<tr><td rowspan='7' width='80'>当事人基本情况</td><td>名称</td>"
        "<td>示例县建国副食商店（个体工商户）</td></tr>"
        "<tr><td>统一社会信用代码</td><td>{USCC}</td></tr>"
        "<tr><td>经营场所</td><td>示例县城关镇胜利东路60号</td></tr>"
        "<tr><td>经营者</td><td>王建国</td></tr>"
        "<tr><td>经营者身份证号码</td><td>{ID_SPAN}</td></tr>"
        "<tr><td>经营者住址</td><td>示例县城关镇胜利东路56号附7号</td></tr>"
        "<tr><td>经营者联系电话</td><td>{MOB}</td></tr></tbody></table>"
        + paras(
            "2022年3月18日，本局执法人员对当事人经营场所进行检查，发现当事人货架上摆放的“香辣"
            "鱼仔”“麻辣豆干”“芝麻酥”3种预包装食品已超过标注的保质期，共计27袋，货值金额人民币"
            "186元。当事人对上述事实无异议。",
            "本局认为，当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。"
            "依据该法第一百二十四条第一款第（五）项，本局决定：1.没收超过保质期的食品27袋；"
            "2.罚款人民币5000元。")
        + PAY + APPEAL + "<p style='text-align:right'>示例县市场监督管理局<br>2022年4月26日</p>",
        org="示例县市场监督管理局", index="113609990012345678/2022-00471",
        number="示市监罚决〔2022〕47号"),
        title="示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕47号）",
        column="penalty", shape="市场监管 个体户: rowspan key/value table, 经营场所 vs 经营者住址",
        ids=["ID"], phones=["MOB"], addrs=["示例县城关镇胜利东路56号附7号"]),

    P("h1003", xxgk(
        "示例县生态环境局行政处罚决定书（示环罚〔2022〕9号）",
        paras(
            "当事人：示例县鑫达石材有限公司",
            "统一社会信用代码：{USCC}",
            "住所：示例县工业园区创业大道8号",
            "法定代表人：邓某某　　身份证号码：{IDX}",
            "法定代表人联系电话：{MOB_S}",
            "开户银行：示例县农村商业银行园区支行　账号：{ACCT}",
            "一、环境违法事实和证据",
            "2022年3月22日，我局执法人员对你公司进行现场检查，发现你公司石材切割车间切割、打磨"
            "工序未采取任何粉尘收集处理措施，车间门窗敞开，粉尘无组织排放。以上事实有《现场检查"
            "（勘察）笔录》《调查询问笔录》、现场照片等证据为证。",
            "二、行政处罚的依据、种类",
            "依据《中华人民共和国大气污染防治法》第一百零八条第（一）项，我局决定对你公司处以罚款"
            "人民币贰万元整（¥20000.00）。",
            "三、履行方式和期限",
            "自收到本决定书之日起十五日内，将罚款缴至示例县财政局非税收入专户（账号：{OACCT}）。")
        + APPEAL,
        org="示例县生态环境局", index="113609990087654321/2022-00093",
        number="示环罚〔2022〕9号"),
        title="示例县生态环境局行政处罚决定书（示环罚〔2022〕9号）",
        column="penalty", shape="生态环境 company: 法定代表人's ID and spaced mobile printed",
        ids=["IDX"], phones=["MOB"]),

    P("h1004",
      "示例县交通运输局\n行政处罚决定书\n示交执罚〔2022〕0412号\n"
      "当事人（个人姓名）：胡某某        性别：男\n"
      "身份证件号码：{ID_S}\n"
      "住址：示例县石门乡石门村6组15号\n"
      "联系电话：{MOB}\n"
      "车辆牌号：赣C·7K2X1        道路运输证号：360999003126\n"
      "    当事人于2022年4月12日驾驶赣C·7K2X1重型半挂牵引车，在G320国道示例县超限检测站"
      "（K658+300）经检测车货总重59.6吨，超过限定标准（49吨）10.6吨。以上事实有《超限运输车辆"
      "检测单》（检测单号：20220412003361）、询问笔录、现场照片等证据为证。\n"
      "    依据《公路安全保护条例》第六十六条、《超限运输车辆行驶公路管理规定》第四十三条第一款"
      "第（二）项，决定处以罚款人民币伍仟元整。\n"
      "    罚款于收到本决定书之日起十五日内缴至：示例县财政局非税收入汇缴结算户，账号：{OACCT}，"
      "开户行：中国银行示例县支行。\n" + APPEAL_TXT +
      "执法人员：李某某（执法证号：{CERT}）  赵某（执法证号：{CERT2}）\n"
      "示例县交通运输局\n2022年4月20日\n",
      kind="attachment", column="penalty",
      title="示例县交通运输局行政处罚决定书（示交执罚〔2022〕0412号）",
      shape="交通运输 超限 PDF text: spaced ID, 执法证号 like mobiles",
      ids=["ID"], phones=["MOB"], addrs=["示例县石门乡石门村6组15号"]),

    P("h1005",
      "示例县林业局\n林业行政处罚决定书\n示林罚决字〔2022〕第006号\n"
      + tsv([["当事人", "钟某某", "性别", "男", "民族", "汉"],
             ["身份证号码", "{ID_FW}", "职业", "农民"],
             ["家庭住址", "示例县龙岗乡黄竹村下屋组8号", "联系电话", "{LAND}"]])
      + "当事人钟某某于2022年1月间，未取得林木采伐许可证，在示例县龙岗乡黄竹村老虎坳山场擅自"
      "采伐杉木32株，经示例县林业调查规划队鉴定，立木蓄积5.6立方米，价值人民币2688元。\n"
      "依据《中华人民共和国森林法》第七十六条第二款，本局决定：责令当事人在原地或者异地补种"
      "滥伐株数五倍的树木160株，并处滥伐林木价值三倍的罚款人民币8064元。\n" + APPEAL_TXT
      + "示例县林业局\n2022年3月30日\n",
      kind="attachment", column="penalty",
      title="示例县林业局林业行政处罚决定书（示林罚决字〔2022〕第006号）",
      shape="林业 滥伐 docx: tab-separated party table, full-width ID, party's landline",
      ids=["ID"], phones=["LAND"], addrs=["示例县龙岗乡黄竹村下屋组8号"]),

    P("h1006", trs(
        "示例市北湖区城市管理局行政处罚决定书（北城管罚字〔2022〕第031号）",
        paras(
            "当事人：彭某某，女，汉族，住示例市北湖区滨江花园7栋2单元1102室，公民身份号码："
            "{ID}。",
            "经查，当事人于2022年2月在其居住的滨江花园7栋楼顶平台未经规划许可擅自搭建彩钢板房"
            "一处，面积约36平方米。本局于2022年3月4日向当事人送达《责令限期改正通知书》，当事人"
            "逾期未改正。",
            "依据《中华人民共和国城乡规划法》第六十四条，本局决定：限当事人于2022年5月31日前自行"
            "拆除上述违法建设。",
            "执法人员：曾某某（执法证号：{CERT}）、吴某（执法证号：{CERT2}）")
        + "<p>如不服本决定，可在收到本决定书之日起六十日内向示例市北湖区人民政府申请行政复议，"
        "或在六个月内向示例市北湖区人民法院提起行政诉讼。</p>",
        column="行政执法公示", source="北湖区城市管理局", charset="gbk", foot=FOOT_QU),
        enc="gbk", column="penalty",
        title="示例市北湖区城市管理局行政处罚决定书（北城管罚字〔2022〕第031号）",
        shape="城管 违建 on a GBK city page: 住 + 小区 栋 单元 室",
        ids=["ID"], addrs=["示例市北湖区滨江花园7栋2单元1102室"]),

    P("h1007", trs(
        "示例县卫生健康委员会行政处罚决定书（示卫医罚〔2022〕5号）",
        "<p>当事人：孙某某　　性别：男<br>身份证号：{IDX_LOW}<br>户籍地址：示例县城关镇东门社区"
        "东门巷14号<br>现住址：示例市北湖区****（已隐去）<br>联系电话：{MOB_CMT}</p>"
        + paras(
            "2022年3月10日，我委卫生监督员根据群众举报，对示例县城关镇东门巷22号门面进行检查，"
            "发现当事人未取得《医疗机构执业许可证》，擅自为患者李某（身份证号：{ID2_M}）进行静脉"
            "输液治疗。现场查获输液器、头孢类注射剂等药品器械一批。",
            "依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款，我委决定：1.没收"
            "药品器械；2.没收违法所得人民币420元；3.罚款人民币50000元。")
        + PAY + APPEAL,
        source="示例县卫生健康委员会"),
        column="penalty", title="示例县卫生健康委员会行政处罚决定书（示卫医罚〔2022〕5号）",
        shape="卫健 非法行医: <br> fields, lower-case x, 户籍地址 vs masked 现住址",
        ids=["IDX"], phones=["MOB"], addrs=["示例县城关镇东门社区东门巷14号"]),

    P("h1008", trs(
        "示例县农业农村局行政处罚决定书（示农（渔）罚〔2022〕3号）",
        "<p>当事人基本情况：</p>"
        + rows([["姓名", "性别", "身份证号码", "住址", "联系电话"],
                ["吴某某", "男", "{ID}", "示例县湖滨镇渔民新村5号", "{MOB}"],
                ["吴某", "男", "{ID2}", "示例县湖滨镇渔民新村12号", "{MOB2_S}"]],
               attrs="border='1' cellspacing='0' cellpadding='4' align='center'")
        + paras(
            "2022年4月3日夜间，当事人吴某某、吴某（系父子）驾驶无名小木船在示例县湖滨镇湖汊禁渔区"
            "内使用电鱼器具捕捞，被示例县渔政执法人员当场查获，现场扣押电鱼器具一套、渔获物"
            "12.5公斤。",
            "依据《中华人民共和国渔业法》第三十八条第一款，本局决定：没收渔获物和电鱼器具，对"
            "当事人吴某某、吴某各处罚款人民币2000元。")
        + APPEAL, source="示例县农业农村局"),
        column="penalty", title="示例县农业农村局行政处罚决定书（示农（渔）罚〔2022〕3号）",
        shape="渔政: 姓名/住址 header table of two people, spaced mobile",
        ids=["ID", "ID2"], phones=["MOB", "MOB2"],
        addrs=["示例县湖滨镇渔民新村5号", "示例县湖滨镇渔民新村12号"]),

    P("h1009",
      "国家税务总局示例县税务局\n税务行政处罚决定书（简易）\n示税简罚〔2022〕155号\n"
      "纳税人名称：杨某某\n纳税人识别号：{IDX}\n"
      "地址：示例县城关镇建设西路22号1单元501室\n"
      "    你于2022年1月1日至2022年3月31日取得的房屋出租收入未按照规定期限办理纳税申报，违反了"
      "《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据《中华人民共和国税收征收管理"
      "法》第六十二条，决定处以罚款200元。\n"
      "    请自收到本决定书之日起15日内到国家税务总局示例县税务局第一税务分局或通过电子税务局"
      "缴纳入库。到期不缴纳罚款，税务机关可以每日按罚款数额的百分之三加处罚款。\n"
      "    如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局示例市税务局申请"
      "行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。\n"
      "税务机关（签章）\n2022年4月18日\n",
      kind="attachment", column="penalty",
      title="国家税务总局示例县税务局税务行政处罚决定书（简易）（示税简罚〔2022〕155号）",
      shape="税务 简易 PDF: 纳税人识别号 is the person's ID, 地址",
      ids=["IDX"], addrs=["示例县城关镇建设西路22号1单元501室"]),

    P("h1010", xxgk(
        "示例县应急管理局行政处罚决定书（示应急罚〔2022〕12号）",
        paras(
            "被处罚人：罗某某，性别：男，身份证号码：{ID}，职务：示例县宏发矿业有限公司主要负责人，"
            "工作单位地址：示例县白沙镇工业区9号，家庭住址：示例县白沙镇新街村2组18号，联系电话："
            "{MOB_86}。",
            "违法事实及证据：2022年3月9日，示例县宏发矿业有限公司井下发生一起一般生产安全事故，"
            "造成1人死亡。经事故调查组调查，你作为该公司主要负责人，未组织制定并实施本单位安全生产"
            "教育和培训计划，对事故发生负有责任。",
            "依据《中华人民共和国安全生产法》第九十五条第（一）项，决定对你处上一年年收入百分之四十"
            "的罚款，计人民币48000元。")
        + PAY + APPEAL,
        org="示例县应急管理局", index="113609990011122233/2022-00120",
        number="示应急罚〔2022〕12号"),
        column="penalty", title="示例县应急管理局行政处罚决定书（示应急罚〔2022〕12号）",
        shape="应急: a company's 主要负责人 fined himself, 工作单位地址 vs 家庭住址, +86 mobile",
        ids=["ID"], phones=["MOB"], addrs=["示例县白沙镇新街村2组18号"]),

    P("h1011", trs(
        "示例县烟草专卖局行政处罚决定书（示烟罚〔2022〕第21号）",
        word_html(
            mso("<b>示例县烟草专卖局</b>", center=True)
            + mso("<b>行政处罚决定书</b>", center=True)
            + mso("示烟罚〔2022〕第21号", center=True)
            + "<p class='MsoNormal' style='text-indent:32.0pt'><span style='font-family:"
            "仿宋_GB2312'>当事人：何某某，女，汉族，住所：示例县长岭乡长岭村委会老街21号，身份证号："
            "</span><span lang='EN-US' style='font-family:仿宋_GB2312'>{ID_NB}</span><span "
            "style='font-family:仿宋_GB2312'>。</span></p>"
            + mso("2022年3月15日，我局专卖管理人员在示例县长岭乡长岭村老街当事人经营的小卖部内"
                  "检查，发现当事人未取得烟草专卖零售许可证经营卷烟，现场查获“红金龙（硬）”等"
                  "卷烟6个品种共计18条。")
            + mso("依据《中华人民共和国烟草专卖法实施条例》第五十七条，决定：责令当事人停止违法"
                  "行为，没收上述卷烟，并处罚款人民币1200元。")
            + mso("示例县烟草专卖局　2022年4月2日")),
        source="示例县烟草专卖局"),
        column="penalty", title="示例县烟草专卖局行政处罚决定书（示烟罚〔2022〕第21号）",
        shape="烟草 Word HTML: 住所 of a natural person, U+3000-spaced ID in its own span",
        ids=["ID"], addrs=["示例县长岭乡长岭村委会老街21号"]),

    P("h1012", trs(
        "示例县教育体育局行政处罚决定书（示教罚〔2022〕2号）",
        paras(
            "当事人：钱某，女，身份证号码{ID}，家住示例县城关镇学府路9号学府小区3幢2单元201室，"
            "手机号码：{MOB_FW}。",
            "经查，当事人自2021年9月起，未经教育行政部门审批，在示例县城关镇学府路15号二楼擅自"
            "举办面向中小学生的学科类培训班，招收学员46名，收取培训费共计人民币92000元。",
            "依据《中华人民共和国民办教育促进法》第六十四条，本局决定：责令当事人立即停止办学，"
            "退还所收费用；对当事人处以罚款人民币10000元。")
        + APPEAL, source="示例县教育体育局"),
        column="penalty", title="示例县教育体育局行政处罚决定书（示教罚〔2022〕2号）",
        shape="教育 校外培训: 家住, full-width mobile, the 培训 place with a 号",
        ids=["ID"], phones=["MOB"],
        addrs=["示例县城关镇学府路9号学府小区3幢2单元201室"]),

    P("h1013",
      "示例县市场监督管理局2022年5月当场行政处罚决定书汇总表\n"
      + tsv([["序号", "决定书文号", "当事人", "证件号码", "住址", "违法行为", "处罚内容", "联系电话"],
             ["1", "示市监当罚〔2022〕31号", "曾某某", "{ID}", "示例县城关镇人民路33号",
              "未按规定公示营业执照", "警告", "{MOB}"],
             ["2", "示市监当罚〔2022〕32号", "邹某", "{IDX2}", "示例县青石镇",
              "销售未标明生产日期的散装食品", "罚款200元", "{MOB2_M}"],
             ["3", "示市监当罚〔2022〕33号", "廖某某", "{ID3}", "示例县龙岗乡龙岗村3组7号",
              "未建立进货查验记录", "警告", "{MOB3}"],
             ["4", "示市监当罚〔2022〕34号", "袁某", "{ID4_M}", "示例县城关镇****",
              "商品价格标签不规范", "警告", ""]])
      + "制表人：周某　　审核人：吴某　　制表日期：2022年6月2日\n",
      kind="attachment", column="penalty",
      title="示例县市场监督管理局2022年5月行政处罚决定书（简易程序）汇总表",
      shape="简易程序 汇总表 spreadsheet headed 当事人/住址: township row, masked rows",
      ids=["ID", "IDX2", "ID3"], phones=["MOB", "MOB3"],
      addrs=["示例县城关镇人民路33号", "示例县龙岗乡龙岗村3组7号"]),

    P("h1014", trs(
        "示例县公安局交通管理大队公安交通管理行政处罚决定书",
        "<div class='jtcf'><div class='r'><span class='k'>决定书编号：</span><span class='v'>"
        "3609991100123456</span></div>"
        "<div class='r'><span class='k'>被处罚人：</span><span class='v'>徐某某</span></div>"
        "<div class='r'><span class='k'>驾驶证号/身份证明号码：</span><span class='v'>{ID}"
        "</span></div>"
        "<div class='r'><span class='k'>准驾车型：</span><span class='v'>无</span></div>"
        "<div class='r'><span class='k'>联系方式：</span><span class='v'>{MOB}</span></div>"
        "<div class='r'><span class='k'>住址：</span><span class='v'>示例市北湖区南湖路76号"
        "南湖小区12栋301室</span></div>"
        "<div class='r'><span class='k'>车辆牌号：</span><span class='v'>赣C3F5K7</span></div>"
        "<div class='r'><span class='k'>违法时间：</span><span class='v'>2022年4月9日16时20分"
        "</span></div>"
        "<div class='r'><span class='k'>违法地点：</span><span class='v'>G105国道1234公里500米"
        "</span></div></div>"
        + paras(
            "被处罚人未取得机动车驾驶证驾驶机动车，违反了《中华人民共和国道路交通安全法》第十九条"
            "第一款的规定。依据该法第九十九条第一款第（一）项，决定处以罚款人民币1000元，并处行政"
            "拘留十日。",
            "持本决定书在十五日内到示例县农商银行各网点或通过“交管12123”缴纳罚款。逾期不缴纳的，"
            "每日按罚款数额的百分之三加处罚款。")
        + APPEAL, source="示例县公安局交通管理大队"),
        column="penalty", title="示例县公安局交通管理大队公安交通管理行政处罚决定书",
        shape="交警 无证驾驶 div form: 驾驶证号/身份证明号码, 16-digit 决定书编号",
        ids=["ID"], phones=["MOB"], addrs=["示例市北湖区南湖路76号南湖小区12栋301室"]),

    P("h1015", trs(
        "示例县水利局行政处罚决定书（示水罚〔2022〕4号）",
        paras(
            "当事人：谢某某，男，身份证号码：{ID}，住址：示例县河口镇河口村委会沙洲组3号。",
            "经查，2022年2月至3月，当事人未取得河道采砂许可证，在示例县河口镇沙洲段河道内使用"
            "挖掘机采挖河砂约600吨，并以每吨35元的价格出售。砂款通过其本人名下中国邮政储蓄银行"
            "借记卡（卡号：{CARD}）收取，共计人民币21000元。",
            "依据《中华人民共和国水法》第七十二条、《江西省河道采砂管理条例》相关规定，本局决定："
            "没收违法所得人民币21000元，并处罚款人民币50000元。",
            "罚没款缴入示例县财政局非税收入汇缴专户（账号：{OACCT}）。")
        + APPEAL, source="示例县水利局"),
        column="penalty", title="示例县水利局行政处罚决定书（示水罚〔2022〕4号）",
        shape="水利 采砂: proceeds through the party's own debit card; 罚没 account",
        ids=["ID"], banks=["CARD"], addrs=["示例县河口镇河口村委会沙洲组3号"]),

    P("h1016", trs(
        "示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕63号）",
        paras(
            "当事人：冯某某　　性别：女　　身份证号码：{ID_ZW}",
            "现居住地：示例县城关镇滨河路88号滨河苑5栋1801室",
            "手机：{MOB}",
            "经查，当事人自2021年11月起通过微信朋友圈（微信号：fmm_2019666）销售假冒“雅诗兰黛”"
            "品牌化妆品，货款通过微信转账及其本人名下中国建设银行借记卡（{CARDL}）收取，违法经营额"
            "共计人民币34600元。其中一笔快递订单（订单号：{ORDER}）由本局调取。",
            "依据《中华人民共和国商标法》第六十条第二款，本局决定：没收侵权商品；罚款人民币"
            "69200元。")
        + PAY + APPEAL, source="示例县市场监督管理局"),
        column="penalty", title="示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕63号）",
        shape="微信 网售: zero-width space in the ID, 现居住地, 19-digit card, Luhn 订单号",
        ids=["ID"], phones=["MOB"], banks=["CARDL"],
        addrs=["示例县城关镇滨河路88号滨河苑5栋1801室"]),

    P("h1017", trs(
        "示例县发展和改革委员会行政处罚决定书（示发改价罚〔2022〕1号）",
        paras(
            "当事人：示例县康宁大药房（个体工商户）",
            "经营者：甘某某　　公民身份号码：{IDX}",
            "经营场所：示例县城关镇健康路12号",
            "经营者住址：示例县城关镇健康路40号2单元302室",
            "经营者联系电话：{MOB_D}",
            "2022年1月，当事人将购进价为每包12元的一次性医用口罩（10只装）以每包45元的价格销售，"
            "进销差价率达275%，共销售216包，违法所得人民币7128元。",
            "依据《中华人民共和国价格法》第四十条、《价格违法行为行政处罚规定》第六条，本委决定："
            "没收违法所得7128元，并处罚款人民币21384元。")
        + APPEAL, source="示例县发展和改革委员会", charset="gbk"),
        enc="gbk", column="penalty",
        title="示例县发展和改革委员会行政处罚决定书（示发改价罚〔2022〕1号）",
        shape="发改 价格 on GBK: 个体 药房, 经营者住址, dashed mobile",
        ids=["IDX"], phones=["MOB"], addrs=["示例县城关镇健康路40号2单元302室"]),

    P("h1018",
      "示例县农业农村局\n行政处罚决定书\n示农（牧）罚〔2022〕8号\n"
      "当事人：夏某某    性别：男\n身份证号：{IDF}\n住址：示例县高桥乡高桥村7组30号\n"
      "    2022年2月26日，本局执法人员在示例县高桥乡农贸市场检查时发现，当事人销售的生猪产品"
      "共计86公斤未附有《动物检疫合格证明》，也未加盖检疫验讫印章。\n"
      "    依据《中华人民共和国动物防疫法》第一百条第一款，本局决定：对当事人处以同类检疫合格"
      "动物、动物产品货值金额一倍的罚款，计人民币2580元。\n" + APPEAL_TXT
      + "示例县农业农村局\n2022年3月12日\n",
      kind="attachment", column="penalty",
      title="示例县农业农村局行政处罚决定书（示农（牧）罚〔2022〕8号）",
      shape="畜牧 docx: a 15-digit first-generation ID",
      ids=["IDF"], addrs=["示例县高桥乡高桥村7组30号"]),

    P("h1019", trs(
        "示例市北湖区消防救援大队行政处罚决定书（北消行罚决字〔2022〕0019号）",
        paras(
            "被处罚人：丁某，男，身份证号码：{ID_FONT}，现住址：示例市北湖区金桂苑小区6幢1单元"
            "502室，联系电话：{MOB_SPAN}。",
            "2022年4月2日，本大队消防监督员在示例市北湖区金桂苑小区检查时发现，被处罚人将电动自行车"
            "停放在6幢1单元一楼楼梯间内充电，占用疏散通道。",
            "根据《中华人民共和国消防法》第六十条第二款，决定给予被处罚人罚款人民币伍佰元整的处罚。",
            "如不服本决定，可在收到本决定书之日起六十日内向示例市北湖区人民政府申请行政复议，或在"
            "六个月内向示例市北湖区人民法院提起行政诉讼。")
        + "<p style='text-align:right'>示例市北湖区消防救援大队<br>二〇二二年四月八日</p>",
        source="北湖区消防救援大队", foot=FOOT_QU),
        column="penalty",
        title="示例市北湖区消防救援大队行政处罚决定书（北消行罚决字〔2022〕0019号）",
        shape="消防: font-split ID, span-split mobile, 现住址 in a 小区",
        ids=["ID"], phones=["MOB"], addrs=["示例市北湖区金桂苑小区6幢1单元502室"]),

    P("h1020", trs(
        "示例县文化广电新闻出版旅游局行政处罚决定书（示文旅罚〔2022〕3号）",
        paras(
            "当事人：韩某某，女，身份证号码：{ID_HALF}，住址：示例县城关镇文峰路3号文峰苑2栋601室，"
            "联系电话：{MOB}。",
            "经查，当事人未取得旅行社业务经营许可，于2022年3月至4月间通过网络招揽游客3批共计58人，"
            "组织赴省内景区旅游，收取团费人民币23200元，违法所得人民币4120元。",
            "依据《中华人民共和国旅游法》第九十五条第一款，本局决定：没收违法所得4120元，并处罚款"
            "人民币10000元。")
        + PAY + APPEAL, source="示例县文化广电新闻出版旅游局"),
        column="penalty",
        title="示例县文化广电新闻出版旅游局行政处罚决定书（示文旅罚〔2022〕3号）",
        shape="文旅 未经许可 旅行社业务: half full-width ID",
        ids=["ID"], phones=["MOB"], addrs=["示例县城关镇文峰路3号文峰苑2栋601室"]),

    P("h1021", trs(
        "关于向严某某公告送达行政处罚决定书的公告",
        paras(
            "严某某（公民身份号码：{ID}，住址：示例县青石镇桃源村6组11号）：",
            "本局对你未经许可擅自从事机动车维修经营一案，已依法作出示交执罚〔2022〕0388号《行政"
            "处罚决定书》。因你下落不明，采用直接送达、邮寄送达等方式均无法送达，现依法向你公告"
            "送达。自本公告发布之日起满六十日，即视为送达。",
            "请你于公告期满后十五日内履行处罚决定。如不服，可在视为送达之日起六十日内申请行政复议，"
            "或者六个月内提起行政诉讼。",
            "联系人：周同志　　联系电话：0795-7261234")
        + "<p style='text-align:right'>示例县交通运输局<br>2022年5月12日</p>",
        column="通知公告", source="示例县交通运输局"),
        title="关于向严某某公告送达行政处罚决定书的公告",
        shape="公告送达 outside the penalty column, title names the 处罚决定书",
        ids=["ID"], addrs=["示例县青石镇桃源村6组11号"]),

    P("h1022", trs(
        "示例市公安局北湖分局行政处罚决定书（北公（滨）行罚决字〔2022〕0087号）",
        paras(
            "违法行为人：林某（未成年人），男，汉族，公民身份号码：{ID}，现住址：示例市北湖区江景路"
            "12号3栋1单元701室。",
            "监护人：林某某（系林某之父），公民身份号码：{ID2}，联系电话：{MOB}。",
            "现查明：2022年3月26日17时许，林某在示例市北湖区滨江公园篮球场因琐事与他人发生争执，"
            "用拳头殴打对方面部，致其轻微伤。",
            "根据《中华人民共和国治安管理处罚法》第四十三条第一款、第十二条之规定，现决定对林某"
            "处罚款二百元。")
        + "<p>如不服本决定，可以在收到本决定书之日起六十日内向示例市北湖区人民政府申请行政复议，"
        "或者在六个月内依法向示例市北湖区人民法院提起行政诉讼。</p>",
        source="示例市公安局北湖分局", foot=FOOT_QU),
        column="penalty",
        title="示例市公安局北湖分局行政处罚决定书（北公（滨）行罚决字〔2022〕0087号）",
        shape="公安: a minor and his 监护人 (the father's ID and mobile)",
        ids=["ID", "ID2"], phones=["MOB"], addrs=["示例市北湖区江景路12号3栋1单元701室"]),

    P("h1023", xxgk(
        "示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕71号）",
        "<p><strong>当事人：</strong>示例县顺达五金经营部（个人独资企业）</p>"
        "<p><strong>统一社会信用代码：</strong>{USCC}</p>"
        "<p><strong>住所：</strong>示例县城关镇工业路15号</p>"
        "<p><strong>投资人：</strong>邵某某，男，身份证号码：{IDX}，家庭住址：示例县城关镇工业路"
        "37号2栋3单元402室，手机：{MOB}</p>"
        + paras(
            "2022年1月，本局对当事人销售的“永固”牌BV2.5平方毫米电线进行监督抽检，经检验，导体"
            "电阻项目不合格。当事人共购进该批次电线120卷，已售出96卷，违法所得人民币2880元。",
            "依据《中华人民共和国产品质量法》第四十九条，本局决定：没收未售出的电线24卷；没收违法"
            "所得2880元；并处罚款人民币15000元。")
        + PAY + APPEAL,
        org="示例县市场监督管理局", index="113609990012345678/2022-00712",
        number="示市监罚决〔2022〕71号"),
        column="penalty", title="示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕71号）",
        shape="个人独资企业: the firm's 住所 vs the 投资人's 家庭住址 and mobile",
        ids=["IDX"], phones=["MOB"], addrs=["示例县城关镇工业路37号2栋3单元402室"]),

    P("h1024", trs(
        "示例县公安局行政处罚决定书（示公（城）行罚决字〔2022〕0201号）",
        paras(
            "违法行为人：常某某，女，公民身份号码：{ID_CMT}，户籍地：示例县城关镇，现住：示例县城关镇"
            "新华路27号。",
            "现查明：常某某将其位于示例县城关镇新华路29号2楼的房屋出租给他人居住，未按规定登记承租人"
            "姓名、身份证件种类和号码。",
            "根据《中华人民共和国治安管理处罚法》第五十七条第一款之规定，现决定对常某某处罚款"
            "二百元。")
        + APPEAL, source="示例县公安局"),
        column="penalty",
        title="示例县公安局行政处罚决定书（示公（城）行罚决字〔2022〕0201号）",
        shape="公安 出租房: 现住 vs the rented house; comment-split ID",
        ids=["ID"], addrs=["示例县城关镇新华路27号"]),

    P("h1025",
      "示例县自然资源局\n行政处罚决定书\n示自然资罚〔2022〕15号\n"
      "当事人：万某某，男，汉族，\n身份证号码：{ID_NL}，\n住址：示例县白沙镇长塘村3组22号。\n"
      "    经查，当事人于2021年10月未经批准，擅自占用示例县白沙镇长塘村3组集体土地建设住宅，"
      "占地面积186平方米，其中超出宅基地标准面积的部分为66平方米，该部分土地符合土地利用总体"
      "规划。\n"
      "    依据《中华人民共和国土地管理法》第七十七条第一款、第七十八条，本局决定：责令当事人"
      "退还超占的66平方米土地，限期拆除在超占土地上新建的建筑物和其他设施。\n" + APPEAL_TXT
      + "示例县自然资源局\n2022年4月15日\n",
      kind="attachment", column="penalty",
      title="示例县自然资源局行政处罚决定书（示自然资罚〔2022〕15号）",
      shape="自然资源 非法占地 docx: the ID broken over a line",
      ids=["ID"], addrs=["示例县白沙镇长塘村3组22号"]),

    P("h1026", trs(
        "示例县生态环境局行政处罚决定书（示环罚〔2022〕14号）",
        paras(
            "当事人：曹某某（生猪养殖户）",
            "身份证号码：{ID}",
            "地址：示例县高桥乡高桥村委会新屋组6号",
            "联系电话：{MOB}",
            "2022年4月6日，我局执法人员对当事人位于高桥村新屋组后山的生猪养殖场进行现场检查，发现"
            "该养殖场存栏生猪约300头，未建设粪污处理设施，养殖废水经场外土沟直接排入附近水塘。",
            "依据《畜禽规模养殖污染防治条例》第四十一条，我局决定：责令当事人停止违法排放，并处罚款"
            "人民币30000元。")
        + APPEAL, source="示例县生态环境局"),
        column="penalty", title="示例县生态环境局行政处罚决定书（示环罚〔2022〕14号）",
        shape="环保 养殖户: 地址 of a natural person, the farm elsewhere",
        ids=["ID"], phones=["MOB"], addrs=["示例县高桥乡高桥村委会新屋组6号"]),

    P("h1027", trs(
        "示例县城市管理局行政处罚决定书（示城管罚字〔2022〕第058号）",
        paras(
            "当事人：牛某某，男，身份证号码：{ID}，户籍地：示例县龙岗乡黄竹村委会上坪组16号，住址："
            "示例县城关镇。",
            "经查，2022年4月以来，当事人多次在示例县城关镇人民路与解放路交叉口东侧人行道上摆设摊点"
            "销售水果，经执法人员多次劝导仍未改正。",
            "依据《城市市容和环境卫生管理条例》第三十六条，本局决定对当事人处以罚款人民币100元。")
        + APPEAL, source="示例县城市管理局"),
        column="penalty",
        title="示例县城市管理局行政处罚决定书（示城管罚字〔2022〕第058号）",
        shape="城管 占道: 户籍地 in a 村委会 组 with a number, 住址 township-only",
        ids=["ID"], addrs=["示例县龙岗乡黄竹村委会上坪组16号"]),

    P("h1028", xxgk(
        "示例县发展和改革委员会（粮食局）行政处罚决定书（示粮罚〔2022〕1号）",
        paras(
            "当事人：邝某某，男，住址：示例县湖滨镇湖滨村2组9号，身份证号码：{IDX}，联系电话："
            "{LAND_P}。",
            "经查，当事人未按规定向粮食行政管理部门备案，于2021年10月至12月间从事稻谷收购活动，"
            "累计收购稻谷86吨，且未按规定建立粮食经营台账。",
            "依据《粮食流通管理条例》第四十八条，本委决定：给予警告，并处罚款人民币5000元。")
        + PAY + APPEAL,
        org="示例县发展和改革委员会", index="113609990044455566/2022-00011",
        number="示粮罚〔2022〕1号"),
        column="penalty",
        title="示例县发展和改革委员会（粮食局）行政处罚决定书（示粮罚〔2022〕1号）",
        shape="粮食 收购: the party's landline written (0795)…",
        ids=["IDX"], phones=["LAND"], addrs=["示例县湖滨镇湖滨村2组9号"]),
]

# --- lists and other pages with personal numbers -------------------------------------

LISTS = [
    P("h1029", trs(
        "示例县2022年第一批拖欠农民工工资失信联合惩戒对象名单",
        "<p>根据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》，经研究，决定将以下用人单位"
        "及其相关责任人列入拖欠农民工工资失信联合惩戒对象名单，现予公布。</p>"
        + rows([["序号", "失信主体名称", "统一社会信用代码", "法定代表人（负责人）", "身份证号码",
                 "主要失信行为", "列入日期"],
                ["1", "示例县宏远建筑劳务有限公司", "{USCC}", "熊某某", "{ID}",
                 "拖欠86名农民工工资共计38.6万元", "2022-04-28"],
                ["2", "刘某（自然人包工头）", "—", "刘某", "{IDX2}",
                 "拖欠23名农民工工资共计11.2万元", "2022-04-28"],
                ["3", "示例县恒通装饰工程有限公司", "{USCC3}", "万某", "{ID3_M}",
                 "拖欠15名农民工工资共计7.9万元", "2022-04-28"]],
               attrs="class='gztab' border='1' cellspacing='0'")
        + "<p>举报投诉电话：12333　0795-7264567</p>"
        "<p style='text-align:right'>示例县人力资源和社会保障局<br>2022年5月12日</p>",
        column="通知公告", source="示例县人力资源和社会保障局"),
        title="示例县2022年第一批拖欠农民工工资失信联合惩戒对象名单",
        shape="失信联合惩戒 名单: 法定代表人 IDs, a 包工头, a masked row",
        ids=["ID", "IDX2"]),

    P("h1030", trs(
        "北湖区滨江街道2022年5月城市低保新增对象公示",
        "<p>经个人申请、社区入户调查、民主评议、街道审核，拟将以下家庭纳入城市最低生活保障范围，"
        "现予公示：</p>"
        + rows([["序号", "社区", "户主姓名", "身份证号码", "保障人口", "家庭住址", "联系电话",
                 "月保障金（元）"],
                ["1", "滨江社区", "朱某某", "{ID}", "3", "滨江社区江景路12号3栋201室", "{MOB}",
                 "1650"],
                ["2", "滨江社区", "潘某", "{ID2}", "1", "滨江社区滨江花园9栋1单元602室", "{MOB2}",
                 "690"],
                ["3", "金桂社区", "陶某某", "{IDX3}", "2", "金桂苑小区4幢2单元101室", "{MOB3_M}",
                 "1180"],
                ["4", "金桂社区", "任某", "{ID4_M}", "1", "金桂苑小区7幢301室", "{MOB4_M}",
                 "690"]], attrs="border='1' cellpadding='3' width='96%'")
        + "<p>公示期：2022年5月12日至5月18日。如有异议，请向滨江街道民政办反映，监督电话："
        "0797-6325110。</p>",
        column="公示公告", source="北湖区滨江街道办事处", foot=FOOT_QU),
        title="北湖区滨江街道2022年5月城市低保新增对象公示",
        shape="城市低保 公示: 家庭住址 column (not expected), 联系电话 column",
        ids=["ID", "ID2", "IDX3"], phones=["MOB", "MOB2"]),

    P("h1031",
      "青石镇2022年5月特困人员供养金发放花名册\n"
      + tsv([["序号", "村（居）", "姓名", "身份证号码", "供养方式", "银行卡号", "开户银行",
              "联系电话", "发放金额（元）"],
             ["1", "丰收村", "谭某某", "{ID}", "分散", "{CARD}", "示例县农商银行青石支行",
              "{MOB}", "850"],
             ["2", "桃源村", "邱某某", "{IDX2}", "分散", "{CARD2_S}", "示例县农商银行青石支行",
              "", "850"],
             ["3", "桃源村", "石某", "{ID3}", "集中", "{CARDL3}", "邮储银行示例县支行",
              "{MOB3}", "1100"],
             ["4", "青石社区", "龚某某", "{ID4_M}", "分散", "{CARD4_M}", "示例县农商银行青石支行",
              "{MOB4_M}", "850"],
             ["合计", "", "", "", "", "", "", "", "3650"]])
      + "经办人：刘某　　审核人：胡某　　青石镇人民政府（盖章）\n",
      kind="attachment", title="附件：青石镇2022年5月特困人员供养金发放花名册.xls",
      shape="特困 供养金 花名册 spreadsheet: spaced card, 19-digit card, masked row, 合计",
      ids=["ID", "IDX2", "ID3"], phones=["MOB", "MOB3"], banks=["CARD", "CARD2", "CARDL3"]),

    P("h1032",
      "示例县2022年第二季度优抚对象定期抚恤补助金发放名单\n"
      "序号 姓名 优抚类别 社会保障号码 社会保障卡金融账号 发放金额（元）\n"
      "1 王某某 在乡复员军人 {ID} {CARDL} 5040\n"
      "2 黎某 带病回乡退伍军人 {ID2} {CARDL2} 4380\n"
      "3 施某某 烈士遗属 {ID3_M} {CARDL3_M} 6150\n"
      "合计 15570\n"
      "第 1 页，共 1 页\n",
      kind="attachment",
      title="示例县2022年第二季度优抚对象定期抚恤补助金发放名单.pdf",
      shape="优抚 抚恤 PDF text: 社会保障号码 and 社保卡金融账号 on space-joined lines",
      ids=["ID", "ID2"], banks=["CARDL", "CARDL2"]),

    P("h1033", town(
        "青石镇2022年第3批农村村民宅基地审批公示",
        "<p>根据《中华人民共和国土地管理法》和农村宅基地管理有关规定，经村民小组讨论、村委会审查，"
        "现将以下申请人的宅基地申请予以公示：</p>"
        + rows([["序号", "申请人", "身份证号码", "家庭住址", "拟建地点", "用地面积（平方米）",
                 "联系电话"],
                ["1", "傅某某", "{ID}", "青石镇丰收村上屋组15号", "丰收村上屋组", "120", "{MOB}"],
                ["2", "江某", "{IDX2}", "青石镇桃源村6组3号", "桃源村6组", "110", "{MOB2_M}"]],
               attrs="border='1' cellspacing='0' width='100%'")
        + "<p>公示期间如有异议，请向青石镇人民政府反映。监督电话：0795-7381002。</p>"
        "<p align='right'>青石镇人民政府<br>2022年5月12日</p>"),
        enc="gbk", title="青石镇2022年第3批农村村民宅基地审批公示",
        shape="宅基地 审批 公示 on a GBK town page: 家庭住址 not expected",
        ids=["ID", "IDX2"], phones=["MOB"]),

    P("h1034",
      "示例县2022年农村危房改造补助资金发放公示（第一批）\n"
      "根据《示例县2022年农村危房改造实施方案》，经农户申请、村级评议、乡镇审核、县级审批，"
      "现将第一批补助资金发放情况公示如下：\n"
      + tsv([["序号", "乡镇", "户主姓名", "身份证号码", "改造方式", "补助金额（元）", "一卡通账号"],
             ["1", "龙岗乡", "柯某某", "{ID}", "加固", "15000", "{ACCT}"],
             ["2", "龙岗乡", "蔡某", "{ID2_M}", "重建", "35000", "{ACCT2_M}"],
             ["3", "石门乡", "董某某", "{IDX3}", "重建", "35000", "{ACCTS3}"]])
      + "公示时间：2022年5月12日至2022年5月18日。举报电话：0795-7269876\n"
      "示例县住房和城乡建设局\n",
      kind="attachment", title="示例县2022年农村危房改造补助资金发放公示（第一批）.docx",
      shape="危房改造 docx: 一卡通账号 column, a 12-digit account",
      ids=["ID", "IDX3"], banks=["ACCT", "ACCTS3"]),

    P("h1035", trs(
        "示例县2022年第一季度创业担保贷款财政贴息公示",
        "<p>根据创业担保贷款财政贴息有关规定，现将2022年第一季度拟享受财政贴息的借款人名单公示"
        "如下：</p>"
        + rows([["序号", "借款人", "身份证号码", "经办银行", "借款合同编号", "贷款金额（万元）",
                 "贴息金额（元）", "联系电话"],
                ["1", "雷某某", "{ID}", "示例县农商银行", "{ORDER}", "20", "2875.00", "{MOB}"],
                ["2", "方某", "{ID2_CMT}", "邮储银行示例县支行", "{ORDER2}", "15", "2156.25",
                 "{MOB2}"],
                ["3", "戴某某", "{ID3_M}", "示例县农商银行", "{ORDER3}", "10", "1437.50",
                 "{MOB3_M}"]], attrs="border='1' class='table'")
        + "<p>公示期5个工作日。联系电话：0795-7264321（县就业创业服务中心）</p>",
        column="公示公告", source="示例县人力资源和社会保障局"),
        title="示例县2022年第一季度创业担保贷款财政贴息公示",
        shape="创业担保贷款 贴息 公示: Luhn-valid 借款合同编号, comment-split ID",
        ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P("h1036",
      "示例县城东片区集体土地征收补偿款发放明细表\n"
      + tsv([["序号", "被征收人", "身份证号码", "地类", "面积（亩）", "补偿金额（元）", "收款账号",
              "开户行"],
             ["1", "严某某", "{ID}", "水田", "1.26", "60480", "{CARD}", "示例县农商银行城东支行"],
             ["2", "柳某", "{IDX2}", "旱地", "0.85", "27200", "{CARD2}", "中国农业银行示例县支行"],
             ["3", "城东村第三村民小组（集体）", "—", "林地", "12.4", "148800", "{ACCT3}",
              "示例县农商银行城东支行"]])
      + "制表单位：示例县城东片区征收工作指挥部\n",
      kind="attachment", title="示例县城东片区集体土地征收补偿款发放明细表.xlsx",
      shape="征收 补偿 spreadsheet: two villagers' cards, a 村民小组's account",
      ids=["ID", "IDX2"], banks=["CARD", "CARD2"]),

    P("h1037", trs(
        "示例市公安局交通警察支队关于注销机动车驾驶证的公告（2022年第5期）",
        "<p>下列机动车驾驶人因驾驶证超过有效期一年以上未换证、身体条件不适合驾驶等原因，依据《机动车"
        "驾驶证申领和使用规定》第七十二条，其机动车驾驶证已被注销，特此公告。</p>"
        + rows([["序号", "姓名", "驾驶证号（身份证明号码）", "准驾车型", "注销原因"],
                ["1", "郑某某", "{ID}", "C1", "超过有效期一年以上未换证"],
                ["2", "白某", "{IDX2}", "A2", "身体条件不适合驾驶"],
                ["3", "魏某某", "{ID3_MX}", "C1", "超过有效期一年以上未换证"]],
               attrs="border='1' align='center'")
        + "<p style='text-align:right'>示例市公安局交通警察支队<br>2022年5月12日</p>",
        column="通知公告", source="示例市公安局交通警察支队"),
        title="示例市公安局交通警察支队关于注销机动车驾驶证的公告（2022年第5期）",
        shape="驾驶证 注销 公告: 驾驶证号 column is the ID, an X-masked row",
        ids=["ID", "IDX2"]),

    P("h1038", trs(
        "示例县2022年第一批公共租赁住房配租结果公示",
        rows([["序号", "申请人", "身份证号码", "家庭人口", "配租房源", "联系电话"],
              ["1", "付某", "{ID_MX}", "3", "保障房小区2栋1单元502室", "{MOB_M}"],
              ["2", "沈某某", "{ID2}", "2", "保障房小区2栋2单元301室", "{MOB2}"],
              ["3", "卢某", "{ID3_MX}", "1", "保障房小区3栋1单元102室", "{MOB3_M}"]],
             attrs="border='1' width='100%'")
        + "<p>公示期间，如有异议，请向示例县住房保障服务中心反映，电话：0795-7262233。</p>",
        column="公示公告", source="示例县住房和城乡建设局"),
        title="示例县2022年第一批公共租赁住房配租结果公示",
        shape="公租房 配租 公示: X-masked IDs and one unmasked row",
        ids=["ID2"], phones=["MOB2"]),

    P("h1039", trs(
        "示例县行政处罚信息双公示（2022年4月）",
        rows([["行政相对人名称", "相对人类别", "统一社会信用代码", "法定代表人", "证件类型",
               "证件号码", "处罚决定书文号", "处罚内容", "决定日期"],
              ["示例县顺捷物流有限公司", "法人及非法人组织", "{USCC}", "宋某某", "身份证",
               "{ID_M}", "示交执罚〔2022〕0366号", "罚款5000元", "2022/04/11"],
              ["苏某某", "自然人", "", "", "身份证", "{ID2}", "示公（城）行罚决字〔2022〕0188号",
               "罚款200元", "2022/04/15"],
              ["示例县小苏理发店", "个体工商户", "{USCCD3}", "苏某", "身份证", "{IDX3}",
               "示市监罚决〔2022〕52号", "警告", "2022/04/20"]],
             attrs="border='1' class='sgs'"),
        column="双公示", source="示例县发展和改革委员会"),
        title="示例县行政处罚信息双公示（2022年4月）",
        shape="双公示 table: 自然人 and 个体 经营者 证件号码 unmasked, a company's masked",
        ids=["ID2", "IDX3"]),

    P("h1040", town(
        "龙岗乡2022年农机购置补贴资金兑付公示",
        rows([["序号", "村", "购机者", "身份证号码", "机具品目", "补贴额（元）", "收款账号"],
              ["1", "黄竹村", "祝某某", "{ID}", "轮式拖拉机", "8400", "{CARD}"],
              ["2", "龙岗村", "鲁某", "{ID2}", "微耕机", "1000", "{CARD2_D}"],
              ["3", "龙岗村", "示例县龙岗乡丰裕农机专业合作社", "{USCC3}", "联合收割机", "60000",
               "{ACCT3}"]], attrs="border='1' width='100%' cellspacing='0'")
        + "<p>公示期7天，监督电话：0795-7391001（乡农业综合服务中心）。</p>",
        column="公示公告"),
        enc="gbk", title="龙岗乡2022年农机购置补贴资金兑付公示",
        shape="农机购置补贴 公示 on GBK: dashed card, a 合作社's account and credit code",
        ids=["ID", "ID2"], banks=["CARD", "CARD2"]),

    P("h1041", xxgk(
        "关于拟确认2022年度见义勇为人员的公示",
        paras(
            "经个人申报、所在地推荐、县见义勇为评审委员会评审，拟确认以下2名同志为2022年度见义勇为"
            "人员，现予公示：",
            "1．龙某某，男，汉族，身份证号码：{ID}，家住示例县青石镇丰收村5组9号，联系电话：{MOB}。"
            "2022年3月12日，龙某某在丰收村水库边跳入水中救起一名落水儿童。",
            "2．莫某，男，汉族，身份证号码：{ID2}，联系电话：{MOB2}。2022年1月8日，莫某在示例县城关镇"
            "步行街协助公安民警抓获一名抢夺嫌疑人。",
            "公示期为2022年5月12日至5月18日。如有异议，请与示例县见义勇为基金会联系，电话："
            "0795-7263311。"),
        org="示例县委政法委", index="113609990055566677/2022-00034", column="公示公告"),
        title="关于拟确认2022年度见义勇为人员的公示",
        shape="见义勇为 公示 in prose: 家住 not expected, personal mobiles",
        ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P("h1042", town(
        "青石镇2022年乡村公益性岗位拟聘人员名单公示",
        rows([["序号", "姓名", "性别", "身份证号码", "村（社区）", "岗位类别", "联系电话"],
              ["1", "汪某某", "女", "{ID}", "丰收村", "保洁员", "{MOB}"],
              ["2", "梁某", "男", "{IDX2}", "桃源村", "护路员", "{MOB2_S}"],
              ["3", "程某某", "男", "{ID3}", "桃源村", "护林员", "{MOB3}"],
              ["4", "彭某", "女", "{ID4_M}", "青石社区", "保洁员", "{MOB4_M}"]],
             attrs="border='1' width='100%'")
        + "<p>公示期：5个工作日。监督电话：0795-7381002</p>"),
        enc="gbk", title="青石镇2022年乡村公益性岗位拟聘人员名单公示",
        shape="公益性岗位 名单 on a GBK town page",
        ids=["ID", "IDX2", "ID3"], phones=["MOB", "MOB2", "MOB3"]),

    P("h1043", xxgk(
        "政府信息公开申请答复书（示自然资依复〔2022〕7号）",
        paras(
            "詹某某（身份证号码：{ID}，通讯地址：示例县城关镇胜利西路18号4栋2单元301室）：",
            "本机关于2022年4月20日收到你提交的政府信息公开申请，你申请公开“城关镇胜利西路片区旧城"
            "改造项目用地批复文件”。经查，该信息属于本机关公开范围，现提供给你（见附件）。",
            "如对本答复不服，可以在收到本答复书之日起六十日内向示例县人民政府申请行政复议，或者在"
            "六个月内向示例县人民法院提起行政诉讼。",
            "承办人：何某　　联系电话：0795-7212233"),
        org="示例县自然资源局", index="113609990066677788/2022-00051",
        number="示自然资依复〔2022〕7号", column="依申请公开"),
        title="政府信息公开申请答复书（示自然资依复〔2022〕7号）",
        shape="依申请公开 答复书: the applicant's ID; home address not expected",
        ids=["ID"]),
]

# --- nothing to report ------------------------------------------------------------------

CLEAN = [
    P("h1044", trs(
        "示例县城区道路照明提升改造项目中标结果公告",
        paras(
            "一、项目编号：SLZB2022-0512-031",
            "二、项目名称：示例县城区道路照明提升改造项目",
            "三、中标信息：供应商名称：示例市光明照明工程有限公司；统一社会信用代码：{USCC}；供应商"
            "地址：示例市北湖区兴业大道168号；中标金额：人民币3,286,450.00元。",
            "四、采购人信息：名称：示例县城市管理局；地址：示例县城关镇人民路1号；联系方式："
            "0795-7218866。",
            "五、采购代理机构信息：名称：示例招标咨询有限公司；地址：示例县城关镇建设路66号；"
            "联系人：肖工；联系电话：{MOB}。",
            "六、公告期限：自本公告发布之日起1个工作日。"),
        column="政府采购", source="示例县公共资源交易中心"),
        title="示例县城区道路照明提升改造项目中标结果公告",
        shape="clean: 中标结果公告, 代理机构 联系人 mobile, 项目编号"),

    P("h1045", xxgk(
        "示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕58号）",
        paras(
            "当事人：示例县远航食品有限公司",
            "统一社会信用代码：{USCC}",
            "住所：示例县工业园区兴业路6号",
            "法定代表人：吕某某　　身份证号码：{ID_M}",
            "开户银行：中国工商银行示例县支行　　账号：{ACCT}",
            "2022年2月，当事人生产的“远航”牌糕点经抽检，菌落总数项目不合格。本局依据《中华人民共和国"
            "食品安全法》第一百二十四条第一款第（一）项，决定：没收违法所得人民币3460元，并处罚款人民币"
            "50000元。",
            "执法人员：胡某（执法证号：{CERT}）、邱某（执法证号：{CERT2}）")
        + PAY + APPEAL,
        org="示例县市场监督管理局", index="113609990012345678/2022-00583",
        number="示市监罚决〔2022〕58号"),
        column="penalty", title="示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕58号）",
        shape="clean: company decision, masked 法定代表人 ID, company account, 罚没 account"),

    P("h1046", trs(
        "示例县市场监督管理局关于注销长期停业未经营个体工商户的公告",
        "<p>下列个体工商户自领取营业执照后连续六个月以上未开展经营活动，经公告期满无异议，本局依法"
        "予以注销：</p>"
        + rows([["序号", "字号名称", "经营者", "注册号/统一社会信用代码", "经营场所"],
                ["1", "示例县小李百货店", "李某某", "{IDF}", "示例县城关镇人民路18号"],
                ["2", "示例县阿强早餐店", "彭某", "{USCCD2}", "示例县青石镇新街5号"],
                ["3", "示例县顺心修车铺", "黄某某", "{IDF3}", "示例县龙岗乡圩镇"]],
               attrs="border='1'"),
        column="通知公告", source="示例县市场监督管理局"),
        title="示例县市场监督管理局关于注销长期停业未经营个体工商户的公告",
        shape="clean: 个体户 注销 公告, 15-digit 注册号 and an all-digit credit code"),

    P("h1047", trs(
        "示例县罚没款及行政事业性收费缴纳指南",
        paras(
            "一、缴款方式：当事人可持《非税收入一般缴款书》到示例县农村商业银行、中国银行示例县支行"
            "各营业网点缴款，也可通过“赣服通”扫描缴款书上的二维码缴款。",
            "二、收款账户：户名：示例县财政局；开户行：示例县农村商业银行营业部；账号：{OACCT}。",
            "三、国库账户：户名：国家金库示例县支库；账号：{OACCT2}。",
            "四、缴款码为缴款书右上角的20位数字，请勿与执收单位编码混淆。",
            "五、咨询电话：0795-7215566（县非税收入管理局），12345政务服务便民热线。"),
        column="办事指南", source="示例县财政局"),
        title="示例县罚没款及行政事业性收费缴纳指南",
        shape="clean: 罚没款 缴纳 指南 with the 财政 and 国库 accounts"),

    P("h1048", trs(
        "2022年4月示例县12345政务服务便民热线工单办理情况通报",
        paras(
            "4月份，县12345热线共受理群众诉求2316件，按时办结率98.7%，群众满意率96.2%。",
            "典型工单：受理编号20220412139071234567，来电人李女士（{MOB_M}）反映城关镇学府路路灯"
            "不亮，县城管局已于当日修复。",
            "受理编号20220419158062345678，来电人王先生（{MOB2_M}）反映龙岗乡某砂场夜间施工扰民，"
            "县生态环境局已责令整改。",
            "下一步，各单位要严格落实首接负责制，确保工单在规定时限内办结。"),
        column="工作动态", source="示例县政务服务中心"),
        title="2022年4月示例县12345政务服务便民热线工单办理情况通报",
        shape="clean: 12345 通报, masked callers, 20-digit 受理编号 with phone-like runs"),

    P("h1049", trs(
        "示例县市场监督管理局2022年第一期药品质量抽检结果公告",
        rows([["序号", "药品名称", "标示生产企业", "批号", "规格", "商品条码", "检验结果"],
              ["1", "阿莫西林胶囊", "示例药业股份有限公司", "220301", "0.25g×24粒",
               "6901234567892", "符合规定"],
              ["2", "板蓝根颗粒", "示例制药有限公司", "211108", "10g×20袋", "6923456789014",
               "符合规定"]], attrs="border='1'")
        + "<p>标示生产企业联系电话：0791-88123456。消费者投诉举报电话：12315。</p>",
        column="通知公告", source="示例县市场监督管理局"),
        title="示例县市场监督管理局2022年第一期药品质量抽检结果公告",
        shape="clean: 药品 抽检 公告, 商品条码, 批号, a manufacturer's landline"),

    P("h1050", trs(
        "示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕66号）",
        paras(
            "当事人：示例县小郑早餐店（个体工商户）",
            "经营者：郑某某　　身份证号码：{ID_MX}",
            "住址：示例县青石镇",
            "联系电话：{MOB_MX}",
            "经营场所：示例县青石镇圩镇新街18号",
            "2022年3月，当事人未取得食品经营许可从事早餐经营。本局依据《中华人民共和国食品安全法》"
            "第一百二十二条第一款，决定没收违法所得人民币860元，并处罚款人民币5000元。")
        + PAY + APPEAL, source="示例县市场监督管理局", charset="gbk"),
        enc="gbk", column="penalty",
        title="示例县市场监督管理局行政处罚决定书（示市监罚决〔2022〕66号）",
        shape="clean: 个体户 decision on GBK, X-masked ID and mobile, 住址 at the township"),

    P("h1051", xxgk(
        "示例县人民政府2021年政府信息公开工作年度报告",
        paras(
            "一、总体情况",
            "2021年，县政府门户网站共发布政府信息12463条，其中政策文件186件，政策解读97篇。"
            "网站日均访问量20512人次。",
            "二、主动公开政府信息情况")
        + rows([["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                ["规章", "0", "0", "0"], ["规范性文件", "12", "3", "86"]])
        + paras(
            "三、收到和处理政府信息公开申请情况：本年新收申请41件，上年结转2件，办结43件。",
            "四、政府信息公开行政复议、行政诉讼情况：行政复议1件，结果维持。",
            "网站标识码：3609990001；ICP备案号：赣ICP备05006789号。"),
        org="示例县人民政府办公室", index="113609990000011122/2022-00008",
        column="政府信息公开年报"),
        title="示例县人民政府2021年政府信息公开工作年度报告",
        shape="clean: 政务公开 年度报告 with statistics"),

    P("h1052", trs(
        "示例县商品房预售许可公示（示房预字〔2022〕第015号）",
        paras(
            "开发企业：示例县锦绣置业有限公司（统一社会信用代码：{USCC}）",
            "项目名称：锦绣江南三期　　项目坐落：示例县城关镇建设路88号",
            "预售范围：1栋、2栋，共计216套，预售面积24862.35平方米",
            "预售资金监管银行：示例县农村商业银行城区支行　监管账户：{ACCT}",
            "企业联系电话：{LAND}　　监督电话：0795-7262233"),
        column="公示公告", source="示例县住房和城乡建设局"),
        title="示例县商品房预售许可公示（示房预字〔2022〕第015号）",
        shape="clean: 预售许可 公示, a developer's 监管账户 and landline"),

    P("h1053", trs(
        "示例县公安局关于公开征集电信网络诈骗违法犯罪线索的通告",
        paras(
            "为严厉打击电信网络诈骗违法犯罪，现面向社会公开征集违法犯罪线索。",
            "举报方式：举报电话：0795-7265110；举报手机（微信同号）：{MOB}；举报邮箱："
            "slxgaj@163.com。",
            "经查证属实的，按照有关规定给予举报人奖励，并对举报人信息严格保密。"),
        column="通知公告", source="示例县公安局"),
        title="示例县公安局关于公开征集电信网络诈骗违法犯罪线索的通告",
        shape="clean: 举报 通告 with the office's 举报手机"),

    P("h1054", trs(
        "示例县住房和城乡建设局行政处罚决定书（示建罚〔2022〕6号）",
        paras(
            "当事人：示例县城建工程有限公司　统一社会信用代码：{USCC}",
            "住所：示例县城关镇建设东路210号　法定代表人：黄某某　联系电话：{LAND}",
            "经查，当事人承建的示例县第三中学教学楼项目（位于示例县城关镇学府路20号）未按规定设置"
            "施工扬尘防治设施。依据《建设工程安全生产管理条例》第五十七条，本局决定处以罚款人民币"
            "30000元。",
            "承办人：黄某　　联系电话：{MOB}　　执法证号：{CERT}")
        + PAY + APPEAL, source="示例县住房和城乡建设局"),
        column="penalty", title="示例县住房和城乡建设局行政处罚决定书（示建罚〔2022〕6号）",
        shape="clean: company decision, company landline, 承办人 mobile, 执法证号"),

    P("h1055", town(
        "青石镇2022年4月食品经营许可公示",
        rows([["序号", "经营者名称", "统一社会信用代码", "法定代表人（负责人）", "经营场所",
               "许可证编号", "有效期至"],
              ["1", "示例县青石镇好又多超市", "{USCC}", "王某某", "示例县青石镇正街26号",
               "JY13609990012345", "2027-04-11"],
              ["2", "示例县青石镇老李烧烤店", "{USCCD2}", "李某", "示例县青石镇新街9号",
               "JY23609990023456", "2027-04-18"]], attrs="border='1'")
        + "<p>许可审批单位：示例县市场监督管理局。</p>", column="行政许可"),
        enc="gbk", title="青石镇2022年4月食品经营许可公示",
        shape="clean: 食品经营许可 公示, 许可证编号, credit codes"),
]

PASSAGES = PENALTY + LISTS + CLEAN
