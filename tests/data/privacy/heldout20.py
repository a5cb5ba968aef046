"""The twentieth held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the docs, the benchmarks, tests/national/, the built passages.jsonl,
tuning.py or any earlier passage file beyond heldout19's first 100 lines (for the format and its
helpers), and did not look at git history; it read passage.py, numbers_.py, build.py,
spec/rules.md, spec/privacy.md, the seed notices and the real pages in shared/real/ (for their
markup). Every passage was labelled by hand from the definitions of privacy.id-number,
privacy.phone, privacy.bank-account and privacy.address before any run.

Furniture: a fictional 霞屿县 under a fictional 澄州市 (福建, 区号 0599, plates 闽H), with the
towns 霞屿镇 (the county seat), 溪口镇, 岚头镇, 洋中镇, 榕坪乡, 石鼓乡 and 竹源乡; the county's
office is on 府前路1号 (footer, 0599-7812345, site code 3507990031). Its looks: the county portal
(``id="zoom"`` article, national metas, a doZoom script with doubled braces); the 信息公开 platform
detail page (索引号 / 发布机构 / 文号 table); a 信用澄州 双公示 key/value page; an old GBK
table-layout department site; a Hanweb-like CMS (``<!--ZJEG_RSS.content.begin-->`` markers); Excel
(``x:str``) and WPS ET sheet exports; Word-saved HTML (MsoNormal, ``mso-spacerun``); text
attachments (PDF text with page header/footer and columns set in spaces, DOCX text with tab
tables, XLS text). Persons' landlines come out of the placeholders with 0795 (people living
outside the county); the offices' own numbers are written out with 0599 and never labelled.

Shapes. Penalty decisions (address rule in scope): 市场监管 食品 个体 (经营者 ID, 住址 路 号, mobile;
经营场所, 个体户 USCC, 罚没款 account, 12315 not); 公安 治安 (6-8-4 ID, 现住址 社区 街 栋 单元 室;
户籍地 at township level not); 交通 超限 (ID with X, 3-4-4 mobile, 住址 村 组 号; 车架号, 道路运输证号,
13-prefixed 执法证号 not); 生态 company (USCC, 住所, 法定代表人 name only, 12369: nothing); 自然资源
on GBK (full-width ID, 家庭住址; 不动产权证号 not); 农业 双公示 key/value (ID in spans; no address);
DOCX 卫健 无证行医 (full-width mobile); PDF-text 应急 烟花 (ID over a hard line break, +86 mobile,
现住); 税务 简易 (ID split by comments, 负责人住址); 城管 违建 on the Hanweb CMS outside the column but
titled 处罚决定书 (zero-width space in the ID, 巷 号; 违法地点 not); 文旅 网吧 (lower-case x,
comment-split mobile, 住址; 经营场所 not); PDF-text 林草 滥伐 with two parties (ID over a line
break, two addresses, Luhn-valid 采伐许可证编号 not); 水利 采砂 (住址 stops at the 乡); 处罚案件 公开表
Excel (当事人 / 证件号码 / 住址 header: persons' rows labelled, company and masked rows not); 交警
简易程序 list (驾驶证号 = ID, Luhn-valid 19-digit 决定书编号 not); 送达公告 of a 处罚决定书 (原住址);
城管 占道 with a 委托代理人 (both IDs, the agent's 住址 in 福州, agent's mobile); 市场监管 company with
its 法定代表人's ID and mobile (住所 not); all-masked penalty; 烟草 with full-width ＊ masks; 生态 个人
焚烧 (ID in font/b, 现居住于); 交通 运管 on the 信息公开 page (15-digit ID after 公民身份号码;
车架号, 发动机号 not); 卫健 公共场所 (half full-width ID, 住址 with full-width digits, labelled as
written); 渔政 (户籍地 and 现住 both labelled, mobile in spans, (0795) landline of the party);
Word-HTML 公安 (ID in spans between mso-spacerun NBSPs, 家住 without colon); 商务 (ID over <br>,
住所 of a person described by 性别/民族); 文旅 导游 (户籍地 at county level not, 现住 幢 单元 室);
自然资源 two-row Excel 公开表 (姓名/身份证号/家庭住址: 2 persons); 市场监管 个体 吊销 处罚 with
注册号 (15-digit, not) and 经营者 住址 + landline (0599 office not). Other pages (address rule
out of scope): 低保 (rowspan 村, masked row, 合计); 特困 (two-row header, 19-digit 一卡通账号 with
U+3000, 代领人 mobile in 备注); 临时救助 (ID and mobile in one cell over <br>); 残疾人两项补贴
(社会保障卡号, comment-split ID); 低保金 代发 on GBK (full-width ID, 17-digit 代发账号, masked card);
XLS-text 护林员 (tab table, spaced card, 19-digit card); 公益性岗位 (dashed ID, dashed mobile,
社保卡号 dashed); 灵活就业 补贴 (ID, 银行账号 19-digit); 创业担保贷款 贴息 (借款人 ID, card;
贷款合同编号 not); 征收 补偿 (户名 + 账号 lines, company USCC row, 合计; addresses out of scope);
DOCX 危房改造 (full-width ID, +86, 一卡通账号); 家庭农场 名录 (负责人 ID and mobile in one cell);
PDF-text 困难群众 补贴 (columns in spaces, card over a hard line break, masked card); 身份证 招领
(full-width ID); 志愿者 (3-4-4 spaced mobile, mobile with zero-width space); 就业见习 补贴 WPS ET;
救助 账户 变更 (户名 + 账号). Nothing to report: 招聘 拟录用 (准考证号, masked IDs); 12345 reply
(Luhn-valid 工单编号, masked caller); 采购 中标 (USCCs, 项目编号); 执法人员 名单 (执法证号); 双随机
(all-digit USCCs); 不动产 首次登记 (masked IDs, 不动产单元号); 医保 缴费 指南 (收入户, 12345);
个体户 注销 (15-digit 注册号); 办件公示 (18-digit 办件编号 that passes every ID check); 法院 执行
(masked, 执行款专户); 交警 曝光 (X-masked IDs, Luhn-valid 决定书编号); 耕地地力 (masked cards,
交易流水号); GBK 年度报告; 党员 公示; 非税 缴款 (缴款码, 国库 account).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS braces are doubled, and the helpers only insert
# titles, names and dates, never the number placeholders.

SITE = "霞屿县人民政府"

FOOT = ("<div class=\"footer\">\n<p>主办：霞屿县人民政府办公室　承办：霞屿县大数据服务中心</p>\n"
        "<p>地址：福建省澄州市霞屿县霞屿镇府前路1号　邮编：354599　电话：0599-7812345</p>\n"
        "<p>网站标识码：3507990031　闽ICP备07023456号-1　"
        "<img src=\"/images/ga.png\">闽公网安备 35079902000031号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=5E6F7A8B\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a>　<a href=\"/wzdt/\">网站地图</a></p>\n"
        "</div>\n")

NAV = ("<div class=\"top\"><img src=\"/images/logo.png\" alt=\"霞屿县人民政府\">\n"
       "<ul class=\"menu\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
       "<li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>\n")

ZOOM = ("<script>function doZoom(size){{var el=document.getElementById('zoom');"
        "if(el){{el.style.fontSize=size+'px';}}}}</script>\n")


def portal(title: str, column: str, date: str, source: str, content: str) -> str:
    """The county portal's article page."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteDomain\" content=\"www.xiayu.gov.cn\">\n"
        "<meta name=\"SiteIDCode\" content=\"3507990031\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date} 09:30\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n"
        f"<title>{title}_{SITE}</title>\n"
        "<style>.article{{width:1000px;margin:0 auto}} #zoom p{{text-indent:2em;line-height:2}}"
        " table{{border-collapse:collapse}} td{{border:1px solid #999;padding:4px}}</style>\n"
        + ZOOM + "</head>\n<body>\n" + NAV
        + f"<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a>"
        f" &gt; {column}</div>\n<div class=\"article\">\n<h1>{title}</h1>\n"
        f"<div class=\"info\">发布时间：{date}　来源：{source}　"
        "字号：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a>"
        " <a href=\"javascript:doZoom(14)\">小</a></div>\n<div id=\"zoom\" class=\"TRS_Editor\">\n"
        + content + "\n</div>\n</div>\n" + FOOT + "</body>\n</html>\n")


def xxgk(title: str, org: str, number: str, date: str, content: str) -> str:
    """The 信息公开 platform's detail page with its 索引号 table."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"ColumnName\" content=\"部门信息公开\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n<title>{title}</title>\n"
        "<style>.xxgk_table td{{border:1px solid #ddd}}</style>\n</head>\n<body>\n" + NAV
        + "<table class=\"xxgk_table\">\n"
        f"<tr><td>索引号：</td><td>350799-{org[:2]}-2023-0{len(title)}17</td>"
        f"<td>发布机构：</td><td>{org}</td></tr>\n"
        f"<tr><td>名　　称：</td><td colspan=\"3\">{title}</td></tr>\n"
        f"<tr><td>文　　号：</td><td>{number}</td><td>发布日期：</td><td>{date}</td></tr>\n"
        "</table>\n<div class=\"xxgk_content\" id=\"zoom\">\n" + content + "\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def gbk(title: str, dept: str, date: str, content: str) -> str:
    """An old table-layout department site served as GBK."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\n"
        f"<title>{title}--{dept}</title>\n</head>\n<body bgcolor=\"#FFFFFF\">\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td height=\"30\" class=\"dh\">{dept} | 首页 | 通知公告 | 政务公开</td></tr>\n"
        f"<tr><td align=\"center\"><font size=\"4\"><b>{title}</b></font></td></tr>\n"
        f"<tr><td align=\"center\">{date}　　点击数：236</td></tr>\n"
        "<tr><td class=\"content\">\n" + content + "\n</td></tr>\n"
        f"<tr><td align=\"center\">版权所有：{dept}　地址：霞屿县霞屿镇府前路1号　电话：0599-7812345</td></tr>\n"
        "</table>\n</body>\n</html>\n")


def hanweb(title: str, date: str, content: str) -> str:
    """A Hanweb-like CMS page with its RSS comment markers."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n<meta name=\"ContentStart\">\n"
        f"<title>{title}</title>\n</head>\n<body>\n" + NAV
        + f"<!--ZJEG_RSS.title.begin--><div class=\"bt\">{title}</div><!--ZJEG_RSS.title.end-->\n"
        f"<div class=\"sj\">发布日期：{date}</div>\n"
        "<!--ZJEG_RSS.content.begin--><div id=\"zoom\">\n" + content
        + "\n</div><!--ZJEG_RSS.content.end-->\n<meta name=\"ContentEnd\">\n" + FOOT
        + "</body>\n</html>\n")


def xcredit(rows: list[tuple[str, str]], title: str) -> str:
    """A 信用澄州 双公示 detail page: one key/value table."""
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>\n" for k, v in rows)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}-信用澄州</title>\n"
        "<style>.detail th{{width:200px;background:#f4f6fa}}</style>\n</head>\n<body>\n"
        "<div class=\"head\">信用澄州　<span>信用服务热线：0599-7869000</span></div>\n"
        f"<h2>{title}</h2>\n<table class=\"detail\">\n{cells}</table>\n"
        "<div class=\"foot\">主办：澄州市发展和改革委员会　技术支持：澄州市信息中心</div>\n"
        "</body>\n</html>\n")


def excel(rows: str, title: str) -> str:
    """A sheet saved from Excel as HTML."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=Generator content=\"Microsoft Excel 15\">\n"
        "<style>td{{mso-number-format:General;}} .xl65{{mso-number-format:\"\\@\";}}</style>\n"
        f"<title>{title}</title>\n</head>\n<body>\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1100>\n" + rows
        + "\n</table>\n</body>\n</html>\n")


PASSAGES = [
    # --- penalty decisions ---------------------------------------------------------------
    P("h2001", portal(
        "霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕58号）", "行政处罚", "2023-06-12",
        "霞屿县市场监督管理局",
        "<p style=\"text-align:center\">霞屿县市场监督管理局<br>行政处罚决定书</p>\n"
        "<p style=\"text-align:right\">霞市监处罚〔2023〕58号</p>\n"
        "<p>当事人：霞屿县霞屿镇德福熟食店（个体工商户）</p>\n"
        "<p>统一社会信用代码：{USCC}</p>\n"
        "<p>经营者：林德福，男，公民身份号码：{ID}，住址：福建省霞屿县霞屿镇滨江路27号，"
        "联系电话：{MOB}。</p>\n"
        "<p>经营场所：霞屿县霞屿镇农贸市场东区12号摊位。</p>\n"
        "<p>2023年4月11日，本局执法人员对当事人经营场所进行检查，发现当事人销售的卤鸭经抽样检验，"
        "菌落总数项目不符合食品安全国家标准……</p>\n"
        "<p>依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项的规定，本局决定：没收违法所得"
        "人民币386.00元，并处罚款人民币50000.00元。</p>\n"
        "<p>当事人应自收到本决定书之日起十五日内，将罚没款缴至霞屿县罚没款专户（开户行：中国农业银行霞屿"
        "支行，账号：{OACCT}）。如对本决定不服，可于六十日内向霞屿县人民政府申请行政复议。"
        "投诉举报电话：12315。</p>\n"
        "<p style=\"text-align:right\">霞屿县市场监督管理局<br>2023年6月9日</p>"),
      column="penalty", title="霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕58号）",
      shape="市场监管 食品 个体: 经营者 ID, 住址 路 号, mobile; USCC, 经营场所, 罚没款 account, 12315 not",
      ids=["ID"], phones=["MOB"], addrs=["福建省霞屿县霞屿镇滨江路27号"]),

    P("h2002", portal(
        "霞屿县公安局行政处罚决定书（霞公（溪）行罚决字〔2023〕0147号）", "行政处罚", "2023-05-20",
        "霞屿县公安局",
        "<p>违法行为人：郑某某，男，汉族，身份证号：{ID_S}，"
        "户籍地：霞屿县榕坪乡，现住址：霞屿县溪口镇溪口社区中山街15号3栋2单元401室。</p>\n"
        "<p>现查明：2023年5月2日22时许，郑某某在溪口镇某烧烤店内因琐事与他人发生争执，"
        "用拳头殴打他人，致一人轻微伤。以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、"
        "伤情鉴定意见等证据证实。</p>\n"
        "<p>根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对郑某某行政拘留五日，"
        "并处罚款二百元。</p>\n"
        "<p>执行方式和期限：送霞屿县拘留所执行。被处罚人如不服本决定，可以在收到本决定书之日起六十日内"
        "向澄州市公安局申请行政复议。</p>\n<p style=\"text-align:right\">霞屿县公安局<br>二〇二三年五月十九日</p>"),
      column="penalty", title="霞屿县公安局行政处罚决定书（霞公（溪）行罚决字〔2023〕0147号）",
      shape="公安 治安: 6-8-4 ID, 现住址 社区 街 栋 单元 室; 户籍地 only the 乡 not",
      ids=["ID"], addrs=["霞屿县溪口镇溪口社区中山街15号3栋2单元401室"]),

    P("h2003", xxgk(
        "霞屿县交通运输局行政处罚决定书（黄某某超限运输）", "霞屿县交通运输局", "霞交罚〔2023〕31号",
        "2023-07-03",
        "<p>当事人：黄某某　性别：男　身份证件号码：{IDX}</p>\n"
        "<p>住址：福建省霞屿县洋中镇洋中村5组8号　联系电话：{MOB_S}</p>\n"
        "<p>车辆号牌：闽H·5K2X7　车架号：LZZ1CLVB8JW123456　道路运输证号：闽交运管澄字350799012345号</p>\n"
        "<p>2023年6月14日，执法人员（执法证号：{CERT}、{CERT2}）在G235线霞屿超限检测站对当事人驾驶的"
        "重型半挂牵引车进行检测，车货总质量59.36吨，超过限定标准10.36吨。</p>\n"
        "<p>依据《公路安全保护条例》第六十六条，决定给予当事人罚款人民币3000元的行政处罚。</p>\n"
        "<p>监督电话：0599-7826110。</p>"),
      column="penalty", title="霞屿县交通运输局行政处罚决定书（黄某某超限运输）",
      shape="交通 超限 on the 信息公开 page: ID with X, 3-4-4 mobile, 住址 村 组 号; 车架号, 运输证号, 执法证号 not",
      ids=["IDX"], phones=["MOB"], addrs=["福建省霞屿县洋中镇洋中村5组8号"]),

    P("h2004", portal(
        "澄州市霞屿生态环境局行政处罚决定书（澄霞环罚〔2023〕9号）", "行政处罚", "2023-08-02",
        "澄州市霞屿生态环境局",
        "<p>当事人：福建澄州霞石石材有限公司</p>\n<p>统一社会信用代码：{USCC}</p>\n"
        "<p>住所：福建省霞屿县岚头镇石材工业园区纬二路3号</p>\n<p>法定代表人：王建国</p>\n"
        "<p>2023年5月26日，我局执法人员对你公司进行现场检查，发现你公司荒料切割车间废水未经处理直接排入"
        "厂区外沟渠。排污许可证编号：{USCC2}001V。</p>\n"
        "<p>依据《中华人民共和国水污染防治法》第八十三条第（三）项，我局决定对你公司罚款人民币二十一万元整。"
        "</p>\n<p>罚款缴至：霞屿县财政局非税收入汇缴结算户，账号：{OACCT}。环保举报热线：12369。</p>"),
      column="penalty", title="澄州市霞屿生态环境局行政处罚决定书（澄霞环罚〔2023〕9号）",
      shape="生态 company: USCC, 住所 路 号, 法定代表人 name only, 排污许可证编号, 非税 account, 12369: nothing"),

    P("h2005", gbk(
        "霞屿县自然资源局行政处罚决定书", "霞屿县自然资源局", "2023-04-18",
        "<p>霞自然资罚字〔2023〕第11号</p>\n"
        "<p>当事人：吴某某，性别：男，公民身份号码：{ID_FW}，"
        "家庭住址：霞屿县石鼓乡半岭村2组17号，联系电话：{MOB}。</p>\n"
        "<p>经查，当事人未经批准，于2022年11月擅自占用石鼓乡半岭村集体土地建设住宅，占地面积186.4平方米。"
        "该宗地已登记，不动产权证号：闽（2019）霞屿县不动产权第0003187号。</p>\n"
        "<p>依据《中华人民共和国土地管理法》第七十八条，决定责令退还非法占用的土地，限期拆除新建建筑物。</p>"),
      column="penalty", enc="gbk", title="霞屿县自然资源局行政处罚决定书",
      shape="自然资源 on GBK: full-width ID after 公民身份号码, 家庭住址 村 组 号, mobile; 不动产权证号 not",
      ids=["ID"], phones=["MOB"], addrs=["霞屿县石鼓乡半岭村2组17号"]),

    P("h2006", xcredit([
        ("行政相对人名称", "蔡某某"), ("行政相对人类别", "自然人"), ("证件类型", "身份证"),
        ("证件号码", "{ID_SPAN}"), ("处罚决定书文号", "霞农罚〔2023〕12号"),
        ("违法行为类型", "经营未取得农药登记证的农药"),
        ("处罚依据", "《农药管理条例》第五十五条"), ("处罚类别", "罚款；没收违法所得"),
        ("罚款金额（万元）", "0.5"), ("处罚决定日期", "2023/05/16"),
        ("处罚机关", "霞屿县农业农村局"), ("处罚机关统一社会信用代码", "{USCC}"),
        ("数据来源", "霞屿县农业农村局")], "行政处罚信息详情"),
      column="penalty", title="行政处罚信息详情",
      shape="双公示 key/value for a 自然人: ID in spans; 处罚机关 USCC, 信用 hotline not; no address",
      ids=["ID"]),

    P("h2007",
      "霞屿县卫生健康局\n行政处罚决定书\n\n霞卫医罚〔2023〕7号\n\n"
      "当事人：游某某\n性别：女　　民族：汉\n身份证号码：{ID}\n"
      "住址：霞屿县岚头镇岚头社区文昌路8号\n联系电话：{MOB_FW}\n\n"
      "2023年3月8日，我局卫生监督员在岚头镇文昌路8号一层进行检查，发现当事人未取得《医疗机构执业许可证》"
      "擅自为他人输液。\n"
      "以上事实违反了《医疗机构管理条例》第十四条，依据《基本医疗卫生与健康促进法》第九十九条第一款，"
      "决定：没收药品器械，罚款人民币五万元。\n\n"
      "霞屿县卫生健康局\n2023年4月2日\n",
      kind="attachment", column="penalty", title="霞屿县卫生健康局行政处罚决定书（游某某）",
      shape="DOCX 卫健 无证行医: ID, 住址 社区 路 号, full-width mobile; 违法地点 (一层) not",
      ids=["ID"], phones=["MOB"], addrs=["霞屿县岚头镇岚头社区文昌路8号"]),

    P("h2008",
      "霞屿县应急管理局                                   行政处罚决定书\n"
      "                                        霞应急罚〔2023〕5号\n"
      "当事人：李某某              性别：男              民族：汉\n"
      "身份证号：{ID_NL}\n"
      "现住：霞屿县霞屿镇南门街42号          联系电话：{MOB_86}\n"
      "    经查，当事人于2023年1月18日在霞屿镇南门街42号住宅内储存烟花爆竹（组合烟花）共计\n"
      "76箱，未取得烟花爆竹经营（零售）许可证。\n"
      "    依据《烟花爆竹安全管理条例》第三十六条第一款，决定没收非法储存的烟花爆竹，并处罚款\n"
      "人民币壹万元整。\n"
      "                              — 1 —\n\f"
      "霞屿县应急管理局                                   行政处罚决定书\n"
      "    当事人应自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
      "                                       2023年2月20日\n"
      "                              — 2 —\n",
      kind="attachment", column="penalty", title="霞屿县应急管理局行政处罚决定书（李某某）",
      shape="PDF-text 应急 烟花: ID over a hard line break, 现住 街 号, +86 mobile, page headers/footers",
      ids=["ID"], phones=["MOB"], addrs=["霞屿县霞屿镇南门街42号"]),

    P("h2009", portal(
        "国家税务总局霞屿县税务局税务行政处罚决定书（简易）", "行政处罚", "2023-03-28",
        "国家税务总局霞屿县税务局",
        "<p>霞税简罚〔2023〕216号</p>\n"
        "<p>纳税人名称：霞屿县溪口镇阿强小吃店　纳税人识别号：{USCC}</p>\n"
        "<p>负责人：张志强　身份证件号码：{ID_CMT}</p>\n"
        "<p>负责人住址：霞屿县溪口镇上街村12组6号</p>\n"
        "<p>你（单位）未按照规定期限办理2023年1月增值税纳税申报，违反了《中华人民共和国税收征收管理法》"
        "第二十五条第一款，根据第六十二条，决定处以罚款200元。</p>\n"
        "<p>纳税服务热线：12366。</p>"),
      column="penalty", title="国家税务总局霞屿县税务局税务行政处罚决定书（简易）",
      shape="税务 简易: ID split by HTML comments, 负责人住址 村 组 号; 纳税人识别号 (USCC), 12366 not",
      ids=["ID"], addrs=["霞屿县溪口镇上街村12组6号"]),

    P("h2010", hanweb(
        "霞屿县城市管理局行政处罚决定书（詹某某违法建设）", "2023-09-07",
        "<p>当事人：詹某某，男，身份证号码：{ID_ZW}，住址：霞屿县霞屿镇东门社区后街巷9号。</p>\n"
        "<p>违法地点：霞屿县霞屿镇东门社区后街巷11号屋顶。</p>\n"
        "<p>经查，当事人未取得建设工程规划许可证，在上述地点屋顶加建彩钢板房一间，面积42平方米。</p>\n"
        "<p>依据《中华人民共和国城乡规划法》第六十四条，责令当事人于2023年9月30日前自行拆除。</p>\n"
        "<p>执法人员：陈立（执法证号：{CERT}）　刘伟（执法证号：{CERT2}）</p>"),
      title="霞屿县城市管理局行政处罚决定书（詹某某违法建设）",
      shape="城管 违建 on the Hanweb CMS outside the column, titled 处罚决定书: zero-width space in the ID, 巷 号; 违法地点, 执法证号 not",
      ids=["ID"], addrs=["霞屿县霞屿镇东门社区后街巷9号"]),

    P("h2011", portal(
        "霞屿县文化体育和旅游局行政处罚决定书（霞文旅罚〔2023〕4号）", "行政处罚", "2023-06-30",
        "霞屿县文化体育和旅游局",
        "<p>当事人：霞屿县岚头镇极速网吧</p>\n<p>经营者：肖丽华　性别：女　身份证号：{IDX_LOW}</p>\n"
        "<p>住址：霞屿县岚头镇新华路56号2幢301室　手机：{MOB_CMT}</p>\n"
        "<p>经营场所：霞屿县岚头镇新华路60号二楼</p>\n"
        "<p>网络文化经营许可证号：闽网文〔2021〕0457-012号</p>\n"
        "<p>2023年5月5日23时，执法人员检查发现当事人接纳未成年人进入营业场所……依据《互联网上网服务营业"
        "场所管理条例》第三十一条，决定给予警告，并处罚款人民币一万元。</p>"),
      column="penalty", title="霞屿县文化体育和旅游局行政处罚决定书（霞文旅罚〔2023〕4号）",
      shape="文旅 网吧: ID with lower-case x, comment-split mobile, 住址 路 号 幢 室; 经营场所, 许可证号 not",
      ids=["IDX"], phones=["MOB"], addrs=["霞屿县岚头镇新华路56号2幢301室"]),

    P("h2012",
      "霞屿县林业局行政处罚决定书\n霞林罚〔2023〕22号\n"
      "当事人一：钟某某        性别：男        民族：汉\n"
      "身份证号：{ID_NL}\n"
      "住址：霞屿县竹源乡竹源村3组21号        联系电\n话：{MOB}\n"
      "当事人二：钟某        性别：男        民族：汉\n"
      "身份证号：{ID2}\n"
      "住址：霞屿县竹源乡竹源村3组23号        联系电话：{MOB2}\n"
      "    经查，2022年12月至2023年1月，当事人在竹源乡竹源村“后山垄”山场超出林木采伐许可证"
      "（采伐许可证编号：{ORDER}）规定的\n范围滥伐杉木，蓄积18.6立方米。\n"
      "    依据《中华人民共和国森林法》第七十六条第二款，责令补种滥伐株数五倍的树木，并处滥伐林木价值"
      "三倍的罚款。\n"
      "                                  霞屿县林业局\n"
      "                                  2023年3月15日\n",
      kind="attachment", column="penalty", title="霞屿县林业局行政处罚决定书（钟某某、钟某滥伐林木）",
      shape="PDF-text 林草 滥伐, two parties: ID over a hard break, broken 联系电/话 label, two 住址; Luhn-valid 采伐许可证编号 not",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"],
      addrs=["霞屿县竹源乡竹源村3组21号", "霞屿县竹源乡竹源村3组23号"]),

    P("h2013", portal(
        "霞屿县水利局行政处罚决定书（霞水罚〔2023〕3号）", "行政处罚", "2023-07-21", "霞屿县水利局",
        "<p>当事人：郭某，男，身份证号码：{ID}，住址：霞屿县竹源乡，联系电话：{MOB}。</p>\n"
        "<p>2023年6月29日，执法人员巡查发现当事人未经许可在竹源溪竹源村河段（禁采区）使用挖掘机采挖河砂"
        "约120立方米。</p>\n<p>依据《福建省河道采砂管理办法》，决定没收违法所得，罚款人民币叁万元。</p>"),
      column="penalty", title="霞屿县水利局行政处罚决定书（霞水罚〔2023〕3号）",
      shape="水利 采砂: 住址 stops at the 乡 (not labelled); ID and mobile",
      ids=["ID"], phones=["MOB"]),

    P("h2014", excel(
        "<tr height=30><td colspan=7 class=xl66>霞屿县市场监督管理局2023年第二季度行政处罚案件信息公开表</td></tr>\n"
        "<tr><td>序号</td><td>当事人</td><td>证件号码</td><td>住址（住所）</td><td>违法行为</td>"
        "<td>处罚决定书文号</td><td>处罚内容</td></tr>\n"
        "<tr><td x:num>1</td><td>官秀珍</td><td class=xl65 x:str>{ID}</td>"
        "<td>霞屿县洋中镇洋中街28号</td><td>销售过期食品</td><td>霞市监处罚〔2023〕41号</td>"
        "<td>没收，罚款5000元</td></tr>\n"
        "<tr><td x:num>2</td><td>霞屿县鑫源建材有限公司</td><td class=xl65 x:str>{USCC}</td>"
        "<td>霞屿县溪口镇工业路9号</td><td>未经许可生产</td><td>霞市监处罚〔2023〕44号</td>"
        "<td>罚款20000元</td></tr>\n"
        "<tr><td x:num>3</td><td>邱某某</td><td class=xl65 x:str>{ID2_M}</td>"
        "<td>霞屿县榕坪乡****</td><td>无照经营</td><td>霞市监处罚〔2023〕47号</td>"
        "<td>警告</td></tr>\n"
        "<tr><td x:num>4</td><td>许明辉</td><td class=xl65 x:str>{IDX}</td>"
        "<td>霞屿县岚头镇岚峰社区12组35号</td><td>虚假宣传</td><td>霞市监处罚〔2023〕52号</td>"
        "<td>罚款3000元</td></tr>\n", "处罚案件公开表"),
      column="penalty", title="霞屿县市场监督管理局2023年第二季度行政处罚案件信息公开表",
      shape="处罚案件 公开表 Excel export: 当事人/证件号码/住址（住所） header; persons' rows labelled, company and masked rows not",
      ids=["ID", "IDX"], addrs=["霞屿县洋中镇洋中街28号", "霞屿县岚头镇岚峰社区12组35号"]),

    P("h2015", portal(
        "霞屿县公安局交通管理大队简易程序处罚决定书公示（2023年8月）", "行政处罚", "2023-09-01",
        "霞屿县公安局交通管理大队",
        "<table>\n<tr><td>决定书编号</td><td>当事人</td><td>驾驶证号</td><td>住址</td><td>违法行为</td>"
        "<td>处罚</td></tr>\n"
        "<tr><td>{ORDER}</td><td>饶某某</td><td>{ID}</td><td>霞屿县霞屿镇环城西路118号</td>"
        "<td>驾驶机动车不按规定使用安全带</td><td>罚款50元，记2分</td></tr>\n"
        "<tr><td>{ORDER2}</td><td>温某</td><td>{ID2}</td><td>霞屿县溪口镇溪口社区4栋502室</td>"
        "<td>驾驶时拨打接听手持电话</td><td>罚款50元，记3分</td></tr>\n"
        "<tr><td>{ORDER3}</td><td>蓝某某</td><td>{ID3_M}</td><td>霞屿县***</td>"
        "<td>未按规定停放</td><td>罚款100元</td></tr>\n</table>\n<p>举报电话：0599-7822122。</p>"),
      column="penalty", title="霞屿县公安局交通管理大队简易程序处罚决定书公示（2023年8月）",
      shape="交警 简易程序 list: 驾驶证号 = ID under 当事人/住址 header; Luhn-valid 19-digit 决定书编号 and masked row not",
      ids=["ID", "ID2"], addrs=["霞屿县霞屿镇环城西路118号", "霞屿县溪口镇溪口社区4栋502室"]),

    P("h2016", portal(
        "霞屿县农业农村局关于公告送达行政处罚决定书的公告", "通知公告", "2023-10-10",
        "霞屿县农业农村局",
        "<p>陈某某（公民身份号码：{ID}，原住址：霞屿县洋中镇洋中街66号）：</p>\n"
        "<p>本局依法对你未经批准擅自屠宰生猪一案作出霞农罚〔2023〕19号《行政处罚决定书》，因你下落不明，"
        "无法直接送达，现依法公告送达。自公告之日起满六十日视为送达。</p>\n"
        "<p>联系人：罗同志　联系电话：0599-7833456</p>\n"
        "<p style=\"text-align:right\">霞屿县农业农村局<br>2023年10月10日</p>"),
      title="霞屿县农业农村局关于公告送达行政处罚决定书的公告",
      shape="送达 公告 of a 处罚决定书 (title in scope): ID after 公民身份号码, 原住址 街 号; office contact not",
      ids=["ID"], addrs=["霞屿县洋中镇洋中街66号"]),

    P("h2017", portal(
        "霞屿县城市管理局行政处罚决定书（霞城管罚〔2023〕66号）", "行政处罚", "2023-08-18",
        "霞屿县城市管理局",
        "<p>当事人：雷某某，女，身份证号：{ID}，住址：霞屿县霞屿镇西门社区解放路33号。</p>\n"
        "<p>委托代理人：雷某（系当事人之女），身份证号：{ID2}，住址：福建省福州市鼓楼区五四路128号2幢603室，"
        "联系电话：{MOB2}。</p>\n"
        "<p>经查，当事人在霞屿镇解放路35号门前人行道占道摆摊经营水果，经责令改正拒不改正……依据《城市市容和"
        "环境卫生管理条例》第三十六条，决定罚款人民币二百元。</p>"),
      column="penalty", title="霞屿县城市管理局行政处罚决定书（霞城管罚〔2023〕66号）",
      shape="城管 占道 with a 委托代理人: both IDs, both 住址 (the agent's in 福州), the agent's mobile; 违法地点 not",
      ids=["ID", "ID2"], phones=["MOB2"],
      addrs=["霞屿县霞屿镇西门社区解放路33号", "福建省福州市鼓楼区五四路128号2幢603室"]),

    P("h2018", portal(
        "霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕71号）", "行政处罚", "2023-09-14",
        "霞屿县市场监督管理局",
        "<p>当事人：霞屿县茗香茶业有限公司</p>\n<p>统一社会信用代码：{USCC}</p>\n"
        "<p>住所：霞屿县洋中镇茶城路16号1幢</p>\n"
        "<p>法定代表人：林某，身份证号码：{ID}，联系电话：{MOB}</p>\n"
        "<p>经查，当事人生产的“霞屿白茶”标签标注的净含量与实际不符……决定罚款人民币8000元。</p>\n"
        "<p>罚没款缴入账户：霞屿县财政局罚没收入户　开户行：中国建设银行霞屿支行　账号：{OACCT}</p>"),
      column="penalty", title="霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕71号）",
      shape="市场监管 company: the 法定代表人's ID and mobile labelled; company 住所 (幢), USCC, 罚没 account not",
      ids=["ID"], phones=["MOB"]),

    P("h2019", portal(
        "霞屿县公安局行政处罚决定书（霞公（岚）行罚决字〔2023〕0088号）", "行政处罚", "2023-04-06",
        "霞屿县公安局",
        "<p>违法行为人：周某某，男，身份证号：{ID_M}，现住址：霞屿县岚头镇**村**组**号，"
        "联系电话：{MOB_M}。</p>\n"
        "<p>现查明：2023年3月29日，周某某在岚头镇某棋牌室以“斗牛”方式赌博，赌资人民币1200元。</p>\n"
        "<p>根据《中华人民共和国治安管理处罚法》第七十条，决定对周某某处罚款五百元。</p>"),
      column="penalty", title="霞屿县公安局行政处罚决定书（霞公（岚）行罚决字〔2023〕0088号）",
      shape="all-masked penalty: masked ID, masked mobile, address with ** marks: nothing"),

    P("h2020", portal(
        "霞屿县烟草专卖局行政处罚决定书（霞烟罚〔2023〕第15号）", "行政处罚", "2023-05-09",
        "霞屿县烟草专卖局",
        "<p>当事人：霞屿县石鼓乡阿华便利店</p>\n<p>经营者：陈某华　身份证号：350999＊＊＊＊＊＊＊＊2316</p>\n"
        "<p>经营地址：霞屿县石鼓乡石鼓街7号</p>\n"
        "<p>烟草专卖零售许可证号：350799104523　联系电话：136＊＊＊＊8821</p>\n"
        "<p>违法地点：霞屿县石鼓乡石鼓街7号店内。经查，当事人无烟草专卖品准运证运输卷烟……决定没收卷烟"
        "并处罚款。</p>"),
      column="penalty", title="霞屿县烟草专卖局行政处罚决定书（霞烟罚〔2023〕第15号）",
      shape="烟草 个体: full-width ＊ masks, only 经营地址 and 违法地点, 许可证号: nothing"),

    P("h2021", portal(
        "澄州市霞屿生态环境局行政处罚决定书（澄霞环罚〔2023〕14号）", "行政处罚", "2023-10-16",
        "澄州市霞屿生态环境局",
        "<p>当事人：肖某某，男，汉族，公民身份号码：{ID_FONT}，现居住于霞屿县榕坪乡"
        "下洋村6组14号。</p>\n"
        "<p>2023年9月3日，当事人在下洋村溪边露天焚烧废旧电线电缆约0.3吨，产生大量有毒有害烟尘。</p>\n"
        "<p>依据《中华人民共和国大气污染防治法》第一百一十九条第二款，决定罚款人民币一万元。</p>\n"
        "<p>举报电话：12369</p>"),
      column="penalty", title="澄州市霞屿生态环境局行政处罚决定书（澄霞环罚〔2023〕14号）",
      shape="生态 个人 焚烧: ID in font/b, 现居住于 村 组 号; 12369 not",
      ids=["ID"], addrs=["霞屿县榕坪乡下洋村6组14号"]),

    P("h2022", xxgk(
        "霞屿县交通运输局行政处罚决定书（霞交罚〔2023〕45号）", "霞屿县交通运输局", "霞交罚〔2023〕45号",
        "2023-08-29",
        "<p>当事人：何某某</p>\n<p>公民身份号码：{IDF}</p>\n"
        "<p>住址：霞屿县溪口镇溪口村8组3号</p>\n"
        "<p>车辆：闽H·3M661　车架号：LGBH12E09GY104318　发动机号：16A402981</p>\n"
        "<p>当事人未取得道路运输经营许可，擅自从事道路客运经营。依据《中华人民共和国道路运输条例》第六十三条，"
        "决定罚款人民币一万元。执法人员：{CERT}、{CERT2}。</p>"),
      column="penalty", title="霞屿县交通运输局行政处罚决定书（霞交罚〔2023〕45号）",
      shape="交通 运管 on the 信息公开 page: 15-digit ID after 公民身份号码, 住址 村 组 号; 车架号, 发动机号, 执法证 not",
      ids=["IDF"], addrs=["霞屿县溪口镇溪口村8组3号"]),

    P("h2023", portal(
        "霞屿县卫生健康局行政处罚决定书（霞卫公罚〔2023〕2号）", "行政处罚", "2023-04-25",
        "霞屿县卫生健康局",
        "<p>当事人：霞屿县霞屿镇丽人美发店（个体工商户）</p>\n"
        "<p>经营者：王某某，女，身份证号：{ID_HALF}</p>\n<p>住址：霞屿县霞屿镇解放路１８号３单元２０２室</p>\n"
        "<p>经营场所：霞屿县霞屿镇解放路２０号</p>\n"
        "<p>公共场所卫生许可证号：闽卫公证字〔2021〕第350799-000318号</p>\n"
        "<p>经查，当事人从业人员未取得有效健康合格证明……决定给予警告，并处罚款人民币一千元。</p>"),
      column="penalty", title="霞屿县卫生健康局行政处罚决定书（霞卫公罚〔2023〕2号）",
      shape="卫健 公共场所 个体: half full-width ID, 经营者 住址 with full-width digits (labelled as written); 经营场所 not",
      ids=["ID"], addrs=["霞屿县霞屿镇解放路１８号３单元２０２室"]),

    P("h2024", portal(
        "霞屿县农业农村局行政处罚决定书（霞农（渔）罚〔2023〕6号）", "行政处罚", "2023-07-08",
        "霞屿县农业农村局",
        "<p>当事人：邓某某，男，汉族，身份证号：{ID}</p>\n"
        "<p>户籍地：霞屿县洋中镇洋中村2组9号</p>\n<p>现住：江西省南昌市青山湖区北京东路1号5栋1单元702室</p>\n"
        "<p>联系方式：{MOB_SPAN}，{LAND_P}</p>\n"
        "<p>2023年5月12日，当事人在霞屿溪禁渔区内使用电鱼器具捕捞……依据《中华人民共和国渔业法》第三十八条，"
        "决定没收渔获物和渔具，罚款人民币二千元。</p>"),
      column="penalty", title="霞屿县农业农村局行政处罚决定书（霞农（渔）罚〔2023〕6号）",
      shape="渔政: 户籍地 and 现住 both labelled, mobile in spans, the party's (0795) landline",
      ids=["ID"], phones=["MOB", "LAND"],
      addrs=["霞屿县洋中镇洋中村2组9号", "江西省南昌市青山湖区北京东路1号5栋1单元702室"]),

    P("h2025",
      "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
      "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
      "<meta name=Generator content=\"Microsoft Word 15\">\n"
      "<title>霞屿县公安局行政处罚决定书</title>\n"
      "<style>p.MsoNormal{{margin:0cm;font-size:10.5pt;font-family:等线}}</style>\n</head>\n"
      "<body lang=ZH-CN>\n<div class=WordSection1>\n"
      "<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>霞屿县公安局</span></b></p>\n"
      "<p class=MsoNormal align=center><span style='font-size:16.0pt'>行政处罚决定书</span></p>\n"
      "<p class=MsoNormal><span>违法行为人：曾某某，男，身份证号码：</span><span style='mso-spacerun:yes'>&nbsp;</span>"
      "<span lang=EN-US>{ID_SPAN}</span><span style='mso-spacerun:yes'>&nbsp; </span><span>，家住霞屿县洋中镇中坂村"
      "4组19号。</span></p>\n"
      "<p class=MsoNormal><span>现查明，2023年6月，曾某某非法种植罂粟32株。根据《中华人民共和国治安管理处罚法》"
      "第七十一条，决定对曾某某行政拘留十日。</span></p>\n</div>\n</body>\n</html>\n",
      column="penalty", title="霞屿县公安局行政处罚决定书",
      shape="Word-HTML 公安 禁毒: ID in EN-US spans between mso-spacerun NBSPs, 家住 without a colon, 村 组 号",
      ids=["ID"], addrs=["霞屿县洋中镇中坂村4组19号"]),

    P("h2026", hanweb(
        "霞屿县商务局行政处罚决定书（霞商罚〔2023〕2号）", "2023-06-06",
        "<p>当事人：罗某某<br>性别：男　民族：汉<br>身份证号码：{ID_BR}<br>"
        "住所：霞屿县岚头镇岚溪村10组5号<br>联系电话：{MOB}<br>"
        "经查，当事人在岚头镇岚溪村使用非法移动加油车向农用车辆销售柴油……依据《成品油市场管理办法》，"
        "决定没收违法所得，罚款人民币二万元。</p>"),
      column="penalty", title="霞屿县商务局行政处罚决定书（霞商罚〔2023〕2号）",
      shape="商务 成品油 on the Hanweb CMS: ID cut by <br>, 住所 of a person described by 性别/民族, mobile",
      ids=["ID"], phones=["MOB"], addrs=["霞屿县岚头镇岚溪村10组5号"]),

    P("h2027", portal(
        "霞屿县文化体育和旅游局行政处罚决定书（霞文旅罚〔2023〕9号）", "行政处罚", "2023-11-02",
        "霞屿县文化体育和旅游局",
        "<p>当事人：韩某某，女，导游证号：D-3507-012345，身份证号：{ID}，户籍地：福建省霞屿县，"
        "现住：霞屿县霞屿镇滨江花园7幢2单元1502室。</p>\n"
        "<p>经查，当事人在带团过程中擅自变更旅游行程，诱导游客购物……依据《中华人民共和国旅游法》第一百条，"
        "决定罚款人民币五千元。</p>\n<p>旅游投诉电话：0599-7812315</p>"),
      column="penalty", title="霞屿县文化体育和旅游局行政处罚决定书（霞文旅罚〔2023〕9号）",
      shape="文旅 导游: 户籍地 at county level not, 现住 幢 单元 室 labelled; 导游证号, office hotline not",
      ids=["ID"], addrs=["霞屿县霞屿镇滨江花园7幢2单元1502室"]),

    P("h2028", excel(
        "<tr><td colspan=6>霞屿县自然资源局违法用地行政处罚结果公开表</td></tr>\n"
        "<tr><td rowspan=2>序号</td><td colspan=3>当事人信息</td><td rowspan=2>决定书文号</td>"
        "<td rowspan=2>处罚结果</td></tr>\n"
        "<tr><td>姓名</td><td>身份证号</td><td>家庭住址</td></tr>\n"
        "<tr><td x:num>1</td><td>范某某</td><td x:str>{ID}</td><td>霞屿县溪口镇坑头村1组2号</td>"
        "<td>霞自然资罚字〔2023〕第17号</td><td>限期拆除</td></tr>\n"
        "<tr><td x:num>2</td><td>范某</td><td x:str>{ID2_S}</td><td>霞屿县溪口镇坑头村1组4号</td>"
        "<td>霞自然资罚字〔2023〕第18号</td><td>罚款9600元</td></tr>\n"
        "<tr><td x:num>3</td><td>黎某某</td><td x:str>{ID3_MX}</td><td>霞屿县溪口镇坑头村</td>"
        "<td>霞自然资罚字〔2023〕第19号</td><td>没收</td></tr>\n", "违法用地处罚公开表"),
      column="penalty", title="霞屿县自然资源局违法用地行政处罚结果公开表",
      shape="自然资源 two-row header Excel (姓名/身份证号/家庭住址): two persons' rows, X-masked ID row and 村-only address not",
      ids=["ID", "ID2"], addrs=["霞屿县溪口镇坑头村1组2号", "霞屿县溪口镇坑头村1组4号"]),

    P("h2029", portal(
        "霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕80号）", "行政处罚", "2023-10-27",
        "霞屿县市场监督管理局",
        "<p>当事人：霞屿县榕坪乡志明农资店（个体工商户）　注册号：{IDF}</p>\n"
        "<p>经营者：潘志明　居住地：霞屿县榕坪乡榕坪街道17号　联系电话：{MOB}</p>\n"
        "<p>经营场所：霞屿县榕坪乡榕坪街3号</p>\n"
        "<p>经查，当事人销售不合格复合肥料……决定没收不合格肥料，罚款人民币3000元。"
        "如有疑问请致电0599-7856315。</p>"),
      column="penalty", title="霞屿县市场监督管理局行政处罚决定书（霞市监处罚〔2023〕80号）",
      shape="市场监管 个体: 15-digit 注册号 (passes the old-ID checks) not, 经营者 居住地 街道 号 and mobile labelled, office number not",
      phones=["MOB"], addrs=["霞屿县榕坪乡榕坪街道17号"]),

    # --- other pages (address rule out of scope) -----------------------------------------
    P("h2030", portal(
        "溪口镇2023年10月城乡低保对象公示", "民生保障", "2023-10-08", "霞屿县溪口镇人民政府",
        "<p>根据《福建省最低生活保障办法》，经入户调查、民主评议，现将2023年10月新增低保对象公示如下：</p>\n"
        "<table>\n<tr><td>村（社区）</td><td>户主姓名</td><td>身份证号码</td><td>保障人数</td>"
        "<td>月保障金（元）</td><td>家庭住址</td></tr>\n"
        "<tr><td rowspan=2>坑头村</td><td>范金水</td><td>{ID}</td><td>3</td><td>1260</td>"
        "<td>坑头村2组6号</td></tr>\n"
        "<tr><td>范丽娟</td><td>{IDX}</td><td>1</td><td>480</td><td>坑头村5组1号</td></tr>\n"
        "<tr><td>溪口社区</td><td>钟凤英</td><td>{ID2_M}</td><td>2</td><td>860</td><td>中山街7号</td></tr>\n"
        "<tr><td>上街村</td><td>李永福</td><td>{ID3}</td><td>2</td><td>900</td><td>上街村1组20号</td></tr>\n"
        "<tr><td colspan=3>合计</td><td>8</td><td>3500</td><td></td></tr>\n</table>\n"
        "<p>公示期7天。监督电话：0599-7838001（镇民政办）、12345。</p>"),
      column="民生保障", title="溪口镇2023年10月城乡低保对象公示",
      shape="低保 公示: rowspan 村, 3 IDs (one X), masked row, 合计; addresses out of scope; office and 12345 not",
      ids=["ID", "IDX", "ID3"]),

    P("h2031", portal(
        "霞屿县2023年第三季度特困人员供养金发放名单", "民生保障", "2023-07-15", "霞屿县民政局",
        "<table>\n<tr><td rowspan=2>身份证号</td><td rowspan=2>姓名</td><td rowspan=2>乡镇</td>"
        "<td colspan=2>发放信息</td><td rowspan=2>备注</td></tr>\n"
        "<tr><td>一卡通账号</td><td>金额（元）</td></tr>\n"
        "<tr><td>{ID}</td><td>吴老三</td><td>石鼓乡</td><td>{CARDL_NB}</td><td>3150</td>"
        "<td>代领人：吴桂兰（侄女）{MOB}</td></tr>\n"
        "<tr><td>{ID2}</td><td>黄水生</td><td>竹源乡</td><td>{CARDL2}</td><td>3150</td><td></td></tr>\n"
        "<tr><td>{ID3}</td><td>刘春妹</td><td>洋中镇</td><td></td><td>3150</td><td>集中供养</td></tr>\n"
        "</table>"),
      column="民生保障", title="霞屿县2023年第三季度特困人员供养金发放名单",
      shape="特困: ID column first, two-row header, 19-digit 一卡通账号 U+3000-spaced and plain, 代领人 mobile in 备注, empty cells",
      ids=["ID", "ID2", "ID3"], phones=["MOB"], banks=["CARDL", "CARDL2"]),

    P("h2032", hanweb(
        "岚头镇2023年9月临时救助对象名单公示", "2023-09-26",
        "<table border=1>\n<tr><th>序号</th><th>姓名</th><th>身份证号/联系电话</th><th>救助事由</th>"
        "<th>救助金额</th></tr>\n"
        "<tr><td>1</td><td>张美玲</td><td>{ID}<br>{MOB}</td><td>因病</td><td>2000</td></tr>\n"
        "<tr><td>2</td><td>郑国平</td><td>{ID2}<br>{MOB2_S}</td><td>火灾</td><td>5000</td></tr>\n"
        "<tr><td>3</td><td>叶小华</td><td>{ID3_M}<br>{MOB3_M}</td><td>因学</td><td>1500</td></tr>\n"
        "</table>\n<p>岚头镇人民政府　2023年9月26日</p>"),
      title="岚头镇2023年9月临时救助对象名单公示",
      shape="临时救助: ID and mobile in one cell over <br> (one spaced); masked row not",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P("h2033", portal(
        "霞屿县2023年8月困难残疾人生活补贴和重度残疾人护理补贴发放名册", "民生保障", "2023-08-20",
        "霞屿县残疾人联合会",
        "<table>\n<tr><td>乡镇</td><td>姓名</td><td>身份证号码</td><td>残疾证号</td><td>社会保障卡号</td>"
        "<td>补贴金额</td></tr>\n"
        "<tr><td rowspan=2>榕坪乡</td><td>钟阿妹</td><td>{ID_CMT}</td><td>{ID}63B1</td>"
        "<td>{CARD}</td><td>152</td></tr>\n"
        "<tr><td>温建华</td><td>{ID2}</td><td>{ID2}43</td><td>{CARD2_S}</td><td>304</td></tr>\n"
        "</table>"),
      column="民生保障", title="霞屿县2023年8月困难残疾人生活补贴和重度残疾人护理补贴发放名册",
      shape="残疾人两项补贴: comment-split ID, 残疾证号 = ID + suffix (same person's ID, counted once), 社会保障卡号 plain and spaced",
      ids=["ID", "ID2"], banks=["CARD", "CARD2"]),

    P("h2034", gbk(
        "霞屿县2023年低保金社会化发放花名册（第二批）", "霞屿县民政局", "2023-05-30",
        "<table border=1 cellspacing=0>\n<tr><td>序号</td><td>姓名</td><td>性别</td><td>身份证号</td>"
        "<td>乡镇</td><td>代发账号</td><td>金额</td></tr>\n"
        "<tr><td>1</td><td>廖金堃</td><td>男</td><td>{ID_FW}</td><td>石鼓乡</td><td>{ACCT}</td><td>600</td></tr>\n"
        "<tr><td>2</td><td>陈玉英</td><td>女</td><td>{ID2}</td><td>竹源乡</td><td>{CARD_M}</td>"
        "<td>600</td></tr>\n"
        "<tr><td colspan=6>合计</td><td>1200</td></tr>\n</table>"),
      column="民生保障", enc="gbk", title="霞屿县2023年低保金社会化发放花名册（第二批）",
      shape="低保金 代发 on GBK (堃): full-width ID, 17-digit 代发账号 labelled, masked card not",
      ids=["ID", "ID2"], banks=["ACCT"]),

    P("h2035",
      "霞屿县2023年生态护林员劳务补助发放表\n"
      "序号\t乡镇\t姓名\t身份证号\t联系电话\t银行卡号\t金额(元)\n"
      "1\t竹源乡\t钟水根\t{ID}\t{MOB}\t{CARD_S}\t10000\n"
      "2\t竹源乡\t黄有才\t{IDX}\t{MOB2}\t{CARDL}\t10000\n"
      "3\t石鼓乡\t吴春生\t{ID2_M}\t{MOB3_M}\t{CARD3_M}\t10000\n"
      "合计\t\t\t\t\t\t30000\n",
      kind="attachment", title="霞屿县2023年生态护林员劳务补助发放表",
      shape="XLS-text 护林员: tab table, spaced card, 19-digit card, ID with X; masked row not",
      ids=["ID", "IDX"], phones=["MOB", "MOB2"], banks=["CARD", "CARDL"]),

    P("h2036", portal(
        "霞屿县2023年第二季度公益性岗位补贴人员名单", "就业创业", "2023-07-05",
        "霞屿县人力资源和社会保障局",
        "<table>\n<tr><td>姓名</td><td>岗位</td><td>身份证号</td><td>手机号</td><td>社会保障卡号</td>"
        "<td>补贴（元）</td></tr>\n"
        "<tr><td>林春花</td><td>保洁</td><td>{ID_D}</td><td>{MOB_D}</td><td>{CARD_D}</td><td>3390</td></tr>\n"
        "<tr><td>王水明</td><td>护路</td><td>{ID2}</td><td>{MOB2}</td><td>{CARD2}</td><td>3390</td></tr>\n"
        "</table>\n<p>咨询电话：0599-7851234</p>"),
      column="就业创业", title="霞屿县2023年第二季度公益性岗位补贴人员名单",
      shape="公益性岗位: dashed ID, dashed mobile, dashed 社保卡号; plain row; office number not",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARD", "CARD2"]),

    P("h2037", xxgk(
        "关于2023年灵活就业人员社会保险补贴的公示", "霞屿县人力资源和社会保障局", "", "2023-06-19",
        "<p>下列人员申请灵活就业社会保险补贴，经审核符合条件，现予公示：</p>\n"
        "<table>\n<tr><td>姓名</td><td>身份证号码</td><td>补贴月数</td><td>补贴金额</td><td>银行账号</td></tr>\n"
        "<tr><td>游小燕</td><td>{ID}</td><td>6</td><td>3276</td><td>{CARDL}</td></tr>\n"
        "<tr><td>郭建新</td><td>{IDX}</td><td>12</td><td>6552</td><td>{CARD}</td></tr>\n</table>"),
      title="关于2023年灵活就业人员社会保险补贴的公示",
      shape="灵活就业 补贴: IDs, 19- and 16-digit cards under 银行账号",
      ids=["ID", "IDX"], banks=["CARDL", "CARD"]),

    P("h2038", portal(
        "霞屿县2023年第三批创业担保贷款贴息资金拨付公示", "就业创业", "2023-09-22", "霞屿县财政局",
        "<table>\n<tr><td>借款人</td><td>身份证号</td><td>贷款合同编号</td><td>贷款金额（万元）</td>"
        "<td>贴息金额（元）</td><td>贴息入账卡号</td></tr>\n"
        "<tr><td>蔡文斌</td><td>{ID}</td><td>{ORDER}</td><td>20</td><td>4125.00</td><td>{CARD}</td></tr>\n"
        "<tr><td>官丽萍</td><td>{ID2}</td><td>{ORDER2}</td><td>15</td><td>3093.75</td><td>{CARD2}</td></tr>\n"
        "</table>\n<p>贴息资金由县财政局国库集中支付（国库账户：{OACCT}）。</p>"),
      column="就业创业", title="霞屿县2023年第三批创业担保贷款贴息资金拨付公示",
      shape="创业担保贷款 贴息: 借款人 IDs and 入账卡号 labelled; Luhn-valid 贷款合同编号, 国库 account not",
      ids=["ID", "ID2"], banks=["CARD", "CARD2"]),

    P("h2039", portal(
        "霞屿县城西片区旧城改造项目房屋征收补偿情况公示（第一批）", "征地拆迁", "2023-03-12",
        "霞屿县房屋征收服务中心",
        "<table>\n<tr><td>被征收人</td><td>证件号码</td><td>房屋坐落</td><td>补偿金额（元）</td>"
        "<td>收款账户</td></tr>\n"
        "<tr><td rowspan=2>刘金生<br>刘金华</td><td>{ID}</td><td rowspan=2>霞屿镇环城西路7号</td>"
        "<td rowspan=2>682400</td><td>户名：刘金生　账号：{ACCT}</td></tr>\n"
        "<tr><td>{ID2}</td><td>户名：刘金华　账号：{CARDL_S}</td></tr>\n"
        "<tr><td>霞屿县永兴五金有限公司</td><td>{USCC}</td><td>霞屿镇环城西路9号</td><td>1250000</td>"
        "<td>对公账户另行支付</td></tr>\n"
        "<tr><td>合计</td><td></td><td></td><td>1932400</td><td></td></tr>\n</table>"),
      column="征地拆迁", title="霞屿县城西片区旧城改造项目房屋征收补偿情况公示（第一批）",
      shape="征收 补偿: rowspan co-owners, 户名 + 账号 lines (17-digit account, spaced 19-digit card), company USCC row, 合计; addresses out of scope",
      ids=["ID", "ID2"], banks=["ACCT", "CARDL"]),

    P("h2040",
      "洋中镇2023年农村危房改造补助资金发放明细\n\n"
      "序号\t户主\t身份证号\t联系电话\t一卡通账号\t补助（元）\n"
      "1\t邓春来\t{ID_FW}\t{MOB_86}\t{CARDL}\t20000\n"
      "2\t严木生\t{ID2}\t{MOB2}\t{CARDL2}\t20000\n\n"
      "洋中镇人民政府\n2023年8月1日\n",
      kind="attachment", title="洋中镇2023年农村危房改造补助资金发放明细",
      shape="DOCX 危房改造 tab table: full-width ID, +86 mobile, 19-digit 一卡通账号",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARDL", "CARDL2"]),

    P("h2041", portal(
        "霞屿县2023年县级示范家庭农场名录", "农业农村", "2023-11-20", "霞屿县农业农村局",
        "<table>\n<tr><td>家庭农场名称</td><td>统一社会信用代码</td><td>负责人</td>"
        "<td>负责人身份证号及电话</td><td>主营</td></tr>\n"
        "<tr><td>霞屿县绿野家庭农场</td><td>{USCC}</td><td>陈绿野</td><td>{ID}　{MOB}</td><td>茶叶</td></tr>\n"
        "<tr><td>霞屿县溪源家庭农场</td><td>{USCC2}</td><td>黄溪源</td><td>{ID2}<br>{MOB2}</td>"
        "<td>蔬菜</td></tr>\n</table>"),
      column="农业农村", title="霞屿县2023年县级示范家庭农场名录",
      shape="家庭农场 名录: 负责人 ID and mobile in one cell (U+3000 and <br>); USCCs not",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P("h2042",
      "霞屿县2023年第四季度困难群众生活补贴发放名册\n"
      "                                                          第 1 页 共 1 页\n"
      "序号   姓名      身份证号                   人数   银行卡号                    金额\n"
      "1      罗金妹    {ID}         2      {CARDL_NL}        1500\n"
      "2      曾火根    {ID2_S}     1      {CARD}         1500\n"
      "3      何细女    {ID3_M}         3      {CARD3_M}         300\n"
      "备注：曾火根由其妻代领，电话{MOB}。\n"
      "                              — 1 —\n",
      kind="attachment", title="霞屿县2023年第四季度困难群众生活补贴发放名册",
      shape="PDF-text 困难群众生活补贴: columns in spaces, 19-digit card over a hard break, 6-8-4 ID, masked row, 代领人 mobile in 备注",
      ids=["ID", "ID2"], phones=["MOB"], banks=["CARDL", "CARD"]),

    P("h2043", portal(
        "招领启事", "通知公告", "2023-06-02", "霞屿县公安局霞屿派出所",
        "<p>近日，我所民警在霞屿镇府前路公交站捡到居民身份证一张，姓名：苏晓梅，公民身份号码：{IDX_FW}。"
        "请失主携带户口簿到霞屿派出所户籍室领取。联系电话：0599-7812110。</p>"),
      column="通知公告", title="招领启事",
      shape="身份证 招领: full-width ID with Ｘ; police office number not",
      ids=["IDX"]),

    P("h2044", hanweb(
        "霞屿县2023年“文明交通”志愿者招募结果公示", "2023-05-15",
        "<p>经报名和审核，以下人员入选：</p>\n"
        "<p>1. 陈思远　身份证号：{ID}　手机：{MOB_S}</p>\n"
        "<p>2. 王晓彤　身份证号：{ID2}　手机：{MOB2_ZW}</p>\n"
        "<p>3. 刘一鸣　身份证号：{ID3_M}　手机：{MOB3_M}</p>\n"
        "<p>团县委联系电话：0599-7813366</p>"),
      title="霞屿县2023年“文明交通”志愿者招募结果公示",
      shape="志愿者: 3-4-4 spaced mobile, mobile with a zero-width space, masked row not",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P("h2045",
      "<html><head><meta charset=\"utf-8\"><title>就业见习补贴</title>"
      "<style>.et2{{color:black;font-size:11pt;mso-number-format:\"\\@\"}}</style></head><body>\n"
      "<table border=0 cellpadding=0 cellspacing=0>\n"
      "<tr><td class=et2 colspan=6>霞屿县2023年就业见习补贴发放人员花名册</td></tr>\n"
      "<tr><td class=et2>见习单位</td><td class=et2>姓名</td><td class=et2>身份证号</td>"
      "<td class=et2>见习期</td><td class=et2>代发账号</td><td class=et2>联系方式</td></tr>\n"
      "<tr><td class=et2>霞屿县人民医院</td><td class=et2>吴佳怡</td><td class=et2>{IDX_LOW}</td>"
      "<td class=et2>2023.03-2023.08</td><td class=et2>{CARD}</td><td class=et2>{MOB}</td></tr>\n"
      "<tr><td class=et2>福建霞屿茶业有限公司</td><td class=et2>林浩</td><td class=et2>{ID}</td>"
      "<td class=et2>2023.04-2023.09</td><td class=et2>{ACCT}</td><td class=et2>{MOB2}</td></tr>\n"
      "</table></body></html>\n",
      title="霞屿县2023年就业见习补贴发放人员花名册",
      shape="就业见习 WPS ET export (class=et2): lower-case x, card and 17-digit account under 代发账号, mobiles",
      ids=["IDX", "ID"], phones=["MOB", "MOB2"], banks=["CARD", "ACCT"]),

    P("h2046", portal(
        "关于部分救助对象变更资金发放账户的公告", "民生保障", "2023-12-01", "霞屿县民政局",
        "<p>因原账户销户，下列救助对象资金发放账户变更如下：</p>\n"
        "<p>户名：黄细妹　身份证号：{ID}<br>原账号：{CARD_M}<br>新账号：{CARD}<br>开户行：霞屿农商银行岚头支行</p>\n"
        "<p>户名：朱有根　身份证号：{ID2}<br>新账号：{ACCT_S}<br>开户行：邮储银行霞屿县支行</p>\n"
        "<p>资金由县民政局救助资金专户（账号：{OACCT}）统一拨付。</p>"),
      column="民生保障", title="关于部分救助对象变更资金发放账户的公告",
      shape="救助 账户 变更: 户名 + 账号 lines (card, spaced 17-digit account); masked 原账号 and 专户 not",
      ids=["ID", "ID2"], banks=["CARD", "ACCT"]),

    # --- nothing to report ---------------------------------------------------------------
    P("h2047", portal(
        "霞屿县2023年公开招聘中小学教师拟录用人员公示", "人事信息", "2023-08-10", "霞屿县教育局",
        "<table>\n<tr><td>序号</td><td>姓名</td><td>性别</td><td>准考证号</td><td>身份证号</td>"
        "<td>岗位</td><td>总成绩</td></tr>\n"
        "<tr><td>1</td><td>陈雨萱</td><td>女</td><td>23350799010215</td><td>{ID_M}</td>"
        "<td>小学语文</td><td>81.35</td></tr>\n"
        "<tr><td>2</td><td>林子豪</td><td>男</td><td>23350799010322</td><td>{ID2_M}</td>"
        "<td>初中数学</td><td>79.80</td></tr>\n</table>\n<p>监督电话：0599-7826601</p>"),
      column="人事信息", title="霞屿县2023年公开招聘中小学教师拟录用人员公示",
      shape="招聘 拟录用: 准考证号, masked IDs, office number: nothing"),

    P("h2048", portal(
        "关于霞屿镇滨江路路灯不亮问题的回复", "互动交流", "2023-09-18", "霞屿县城市管理局",
        "<p>来信人：林先生（{MOB_M}）　工单编号：{ORDER}</p>\n"
        "<p>您好！您反映的滨江路路灯不亮问题，经我局核实，系线路老化所致，已于9月15日修复。如有疑问，可拨打"
        "12345热线或0599-7820123。感谢您的监督。</p>"),
      column="互动交流", title="关于霞屿镇滨江路路灯不亮问题的回复",
      shape="12345 reply: Luhn-valid 19-digit 工单编号, masked caller mobile: nothing"),

    P("h2049", xxgk(
        "霞屿县城区污水管网改造工程中标结果公告", "霞屿县住房和城乡建设局", "", "2023-04-12",
        "<p>项目编号：[350799]XYZC[GK]2023001</p>\n"
        "<p>中标人：福建澄建工程有限公司　统一社会信用代码：{USCC}　地址：澄州市东城区建设路88号</p>\n"
        "<p>第二中标候选人：霞屿县宏达建筑工程有限公司　统一社会信用代码：{USCCD}</p>\n"
        "<p>中标金额：12,863,500.00元</p>\n"
        "<p>采购人联系方式：霞屿县住房和城乡建设局，0599-7836688；代理机构：澄州正信招标代理有限公司，"
        "0599-8266123</p>"),
      title="霞屿县城区污水管网改造工程中标结果公告",
      shape="采购 中标: USCCs (one all-digit), 项目编号, companies' addresses and numbers: nothing"),

    P("h2050", portal(
        "霞屿县市场监督管理局行政执法人员名单", "执法公示", "2023-02-14", "霞屿县市场监督管理局",
        "<table>\n<tr><td>姓名</td><td>执法证号</td><td>执法类别</td></tr>\n"
        "<tr><td>陈立</td><td>{CERT}</td><td>市场监管综合</td></tr>\n"
        "<tr><td>刘伟</td><td>{CERT2}</td><td>市场监管综合</td></tr>\n"
        "<tr><td>黄晓</td><td>{CERT3}</td><td>食品安全</td></tr>\n</table>"),
      column="执法公示", title="霞屿县市场监督管理局行政执法人员名单",
      shape="执法人员 名单: 13-prefixed 11-digit 执法证号: nothing"),

    P("h2051", portal(
        "霞屿县2023年第二批“双随机、一公开”抽查结果", "执法公示", "2023-06-28", "霞屿县市场监督管理局",
        "<table>\n<tr><td>市场主体名称</td><td>统一社会信用代码</td><td>抽查结果</td></tr>\n"
        "<tr><td>霞屿县福泰食品有限公司</td><td>{USCCD}</td><td>未发现问题</td></tr>\n"
        "<tr><td>霞屿县岚溪农业专业合作社</td><td>{USCCD2}</td><td>未按规定公示年报</td></tr>\n"
        "<tr><td>霞屿县恒丰纸业有限公司</td><td>{USCC}</td><td>未发现问题</td></tr>\n</table>"),
      column="执法公示", title="霞屿县2023年第二批“双随机、一公开”抽查结果",
      shape="双随机 results: all-digit USCCs: nothing"),

    P("h2052", portal(
        "霞屿县不动产首次登记公告（2023第12号）", "通知公告", "2023-07-27", "霞屿县不动产登记中心",
        "<p>经初步审定，我中心拟对下列不动产权利予以首次登记，现予公告。</p>\n"
        "<table>\n<tr><td>不动产单元号</td><td>权利人</td><td>证件号</td><td>坐落</td><td>面积</td></tr>\n"
        "<tr><td>350799102003GB00021F00010001</td><td>范某某</td><td>{ID_M}</td>"
        "<td>霞屿县溪口镇坑头村</td><td>128.6</td></tr>\n"
        "<tr><td>350799102003GB00022F00010001</td><td>范某</td><td>{ID2_MX}</td>"
        "<td>霞屿县溪口镇坑头村</td><td>96.3</td></tr>\n</table>\n"
        "<p>异议请于公告期内书面提出。联系电话：0599-7818899</p>"),
      column="通知公告", title="霞屿县不动产首次登记公告（2023第12号）",
      shape="不动产 首次登记: masked IDs (* and X), 不动产单元号: nothing"),

    P("h2053", portal(
        "霞屿县2024年度城乡居民医疗保险缴费指南", "通知公告", "2023-09-01", "霞屿县医疗保障局",
        "<p>缴费标准：每人每年380元。缴费方式：闽政通APP、支付宝、微信，或到各乡镇便民服务中心缴纳。</p>\n"
        "<p>集体缴费请汇入：霞屿县医疗保障基金收入户，开户行：中国工商银行霞屿支行，账号：{OACCT}。</p>\n"
        "<p>咨询电话：0599-7810606，或拨打12345、12393。</p>"),
      column="通知公告", title="霞屿县2024年度城乡居民医疗保险缴费指南",
      shape="医保 缴费 指南: 基金收入户 account, hotlines: nothing"),

    P("h2054", portal(
        "关于注销部分个体工商户营业执照的公告", "通知公告", "2023-05-22", "霞屿县市场监督管理局",
        "<p>下列个体工商户连续两年未报送年度报告且无法联系，依法吊销营业执照：</p>\n"
        "<p>霞屿县溪口镇阿贵小吃店，注册号：{IDF}</p>\n<p>霞屿县岚头镇红星修车铺，注册号：{IDF2}</p>\n"
        "<p>霞屿县竹源乡永兴杂货店，注册号：{IDF3}</p>"),
      column="通知公告", title="关于注销部分个体工商户营业执照的公告",
      shape="个体户 吊销: 15-digit 注册号 that pass the old-ID checks: nothing"),

    P("h2055", portal(
        "霞屿县政务服务中心2023年11月办件公示", "政务服务", "2023-12-02", "霞屿县政务服务中心",
        "<table>\n<tr><td>办件编号</td><td>事项名称</td><td>申请人</td><td>办理结果</td></tr>\n"
        "<tr><td>{ID}</td><td>食品经营许可（新办）</td><td>陈**</td><td>准予许可</td></tr>\n"
        "<tr><td>{ID2}</td><td>建筑工程施工许可</td><td>霞屿县城投公司</td><td>准予许可</td></tr>\n"
        "</table>"),
      column="政务服务", title="霞屿县政务服务中心2023年11月办件公示",
      shape="办件公示: 18-digit 办件编号 that pass every ID check (under an 办件编号 header): nothing"),

    P("h2056", portal(
        "霞屿县人民法院执行公告", "通知公告", "2023-10-19", "霞屿县人民法院",
        "<p>（2023）闽0799执1256号</p>\n"
        "<p>被执行人：张某某，身份证号：{ID_M}，住霞屿县霞屿镇***。</p>\n"
        "<p>本院依法执行申请执行人李某与被执行人张某某民间借贷纠纷一案，责令被执行人将执行款汇入本院执行款专户"
        "（户名：霞屿县人民法院，账号：{OACCT}）。诉讼服务热线：12368。</p>"),
      column="通知公告", title="霞屿县人民法院执行公告",
      shape="法院 执行: masked 被执行人, 案号, 执行款专户, 12368: nothing"),

    P("h2057", portal(
        "2023年10月交通违法行为曝光", "通知公告", "2023-11-05", "霞屿县公安局交通管理大队",
        "<p>1. 驾驶人 黄某，身份证号{ID_MX}，决定书编号{ORDER}，醉酒驾驶机动车。</p>\n"
        "<p>2. 驾驶人 邱某某，身份证号{ID2_MX}，决定书编号{ORDER2}，无证驾驶。</p>\n"
        "<p>举报电话：0599-7822122</p>"),
      column="通知公告", title="2023年10月交通违法行为曝光",
      shape="交警 曝光: X-masked IDs, Luhn-valid 19-digit 决定书编号: nothing"),

    P("h2058", portal(
        "榕坪乡2023年耕地地力保护补贴发放情况公示", "农业农村", "2023-06-15", "霞屿县榕坪乡人民政府",
        "<table>\n<tr><td>姓名</td><td>身份证号</td><td>补贴面积（亩）</td><td>金额</td><td>卡号</td>"
        "<td>交易流水号</td></tr>\n"
        "<tr><td>温某某</td><td>{ID_MX}</td><td>3.2</td><td>358.40</td><td>{CARD_M}</td><td>{ORDER}</td></tr>\n"
        "<tr><td>钟某某</td><td>{ID2_M}</td><td>5.6</td><td>627.20</td><td>{CARD2_M}</td><td>{ORDER2}</td></tr>\n"
        "</table>"),
      column="农业农村", title="榕坪乡2023年耕地地力保护补贴发放情况公示",
      shape="耕地地力: masked IDs and cards, Luhn-valid 19-digit 交易流水号: nothing"),

    P("h2059", gbk(
        "霞屿县统计局2022年政府信息公开工作年度报告", "霞屿县统计局", "2023-01-30",
        "<p>一、总体情况</p>\n<p>2022年，我局主动公开政府信息126条，其中统计公报2条，统计数据98条。</p>\n"
        "<p>二、收到和处理政府信息公开申请情况：全年收到申请3件，均已按期答复。</p>\n"
        "<p>联系电话：0599-7815012　邮编：354599</p>"),
      column="年度报告", enc="gbk", title="霞屿县统计局2022年政府信息公开工作年度报告",
      shape="GBK 年度报告: counts, office number, 邮编: nothing"),

    P("h2060", portal(
        "中共霞屿县洋中镇委员会关于发展党员的公示", "通知公告", "2023-06-20", "中共霞屿县洋中镇委员会",
        "<p>经支部大会讨论，拟接收严晓东（男，汉族，1995年10月出生，大学学历）、钟丽（女，汉族，1998年3月出生，"
        "大专学历）为中共预备党员。公示时间：2023年6月20日至6月26日。</p>\n"
        "<p>联系电话：0599-7845012；举报邮箱：xyyzzz@163.com</p>"),
      column="通知公告", title="中共霞屿县洋中镇委员会关于发展党员的公示",
      shape="党员 发展 公示: names and birth months only: nothing"),

    P("h2061", portal(
        "霞屿县非税收入缴款说明", "通知公告", "2023-02-01", "霞屿县财政局",
        "<p>缴款人可凭缴款码（如：{ORDER}）通过闽政通或银行柜台缴纳。</p>\n"
        "<p>收款人：霞屿县财政局　账号：{OACCT}　开户行：中国银行霞屿支行</p>\n"
        "<p>国库账户：{OACCT2}。咨询电话：0599-7812288。</p>"),
      column="通知公告", title="霞屿县非税收入缴款说明",
      shape="非税 缴款: Luhn-valid 缴款码, 非税 and 国库 accounts: nothing"),
]
