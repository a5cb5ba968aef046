"""The twenty-fourth held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the benchmarks, tests/national/, the built passages.jsonl, tuning.py
or any other passage file beyond heldout20's first 175 lines (for the format and its helpers),
did not look at git history and ran no detector; it read passage.py, numbers_.py, build.py,
the four rule pages docs/rules/privacy.{id-number,phone,bank-account,address}.md (labelled to
their "What it checks" definitions), spec/rules.md, spec/privacy.md, spec/inputs.md, the seed
notices and the real pages in shared/real/ (for their markup). Every passage was labelled by
hand from those definitions.

Furniture: a fictional 巴彦乌拉旗 under a fictional 查干塔拉盟 (内蒙古, 区号 0478, plates 蒙R), seat
乌拉镇 (那达慕大街, 团结路, 锡林大街, 新华街, 建设路, 额尔敦路, 查干路, 苏力德巷; 社区 团结, 那达慕,
草原新村, 额尔敦路), the 苏木 额尔敦, 宝力根, 查干诺尔 and the 镇 新民, 哈日根台, 白音花, with 嘎查
巴彦宝力格, 吉日嘎郎图, 阿拉坦敖包, 乌兰哈达, 浩日彦, 敖包图, 乌力吉 and 村 东升, 前进, 兴隆, 太平;
the 盟 seat is 塔拉浩特市. Parties have Mongolian and Han names, masked (张某某, 巴某) where
notices mask them. The banner's office is on 那达慕大街8号 (footer, 0478-6212345, site code
1525990031); offices' own numbers are written out with 0478 and never labelled; persons'
landlines come out of the placeholders with 0795 (people from outside the banner). Looks: the
banner portal (TRS article, national metas, JCMS <!--<$[标题]>begin--> / <!--<$[信息内容]>begin-->
field comments, field comments around 当事人 and 证件号码 inside the text, a doZoom script with
doubled braces, a Mongolian-script banner); the 信息公开 platform detail page (索引号 / 发布机构 /
文号 table); a 信用查干塔拉 双公示 key/value page; an old table-layout department site declared
gb2312 and stored as GBK (h2404 keeps a 〇, a GBK-only character, as such sites do); Excel and WPS
ET sheet exports; Word-saved HTML (MsoNormal, mso-spacerun, lang=EN-US spans); attachment text
(PDF text with running heads and folios, DOCX text with tab tables, XLS text).

Labelling. Addresses: only in penalty decisions (penalty column, or a title naming
处罚决定书) and only a natural person's that goes below the township; a 嘎查 address counts only
with a numbered 组; 苏木-level 户籍地, masked ones, 住所 of companies, 经营场所, 违法地点, offices',
a lawyer's, footers' are not labelled. Spaced (space, U+3000, hyphen), full-width, half
full-width, zero-width-split and markup-split numbers are labelled as the unmasked number.
Served documents that are not penalty decisions (事先告知书, 听证告知书, 强制措施决定书, 复议决定书):
ID and the party's phone labelled, the party's house-numbered address not. Accounts of
合作社, 村集体 and companies in subsidy tables are not labelled (a company's account); numbers under
a 编号 column header (决定书编号, 贷款合同编号, 办件编号) are labelled numbers, not cards. A
个体户's 联系电话 written after its 经营者's name and 住址 (h2425) is the operator's.

Shapes. Penalty decisions:
h2401 portal 市场监管 食品 个体: 经营者 6-8-4 ID, 住址 栋 单元 室, 3-4-4 mobile; 经营场所, USCC, 罚没款 account, 12315 not.
h2402 xxgk 公安 治安: ID and mobile split by comments, 现住址 社区 街 号; 苏木-level 户籍地, 派出所 地址 not.
h2403 portal 交通 超限: ID with X, +86 mobile, 住址 村 组 号 in a table; 道路运输证号, 13-prefixed 执法证号 not.
h2404 GBK 自然资源 占地: full-width ID, 家庭住址 嘎查 四组; 不动产单元号, 违法地点 not.
h2405 PDF text 林草 开垦草原: ID over a hard line break, 家住 嘎查 三组, mobile; running heads,
  folios, 草原证编号 not.
h2406 双公示 农牧 自然人: ID with a zero-width space; office USCC not.
h2407 DOCX text 卫健 无证行医: tab table with ID, full-width mobile, 住址 社区 路 号; 执业地点 not.
h2408 portal 应急 烟花: lower-case x ID inside field comments, mobile in spans, 现住 巷 号; 12350 not.
h2409 Word HTML 城管 违建: ID over <br>, 3-4-4 mobile, 住址 号楼 单元 室; 违法地点 not.
h2410 xxgk 税务 简易: ID half full-width, 经营者住址 栋 单元 室; 纳税人识别号, 经营地址, 12366 not.
h2411 portal 生态 company: USCC, 住所, 排污许可证编号, 12369: nothing.
h2412 xxgk 文旅 网吧 个体: ID in font/b, mobile with a zero-width space, 住址 in the 盟 seat; 经营场所 not.
h2413 portal 消防: 15-digit ID after 公民身份号码, 住址 社区 路 号; 13-prefixed 执法证号 not.
h2414 portal 市场监管 company: 法定代表人's ID and 3-4-4 手机号码; 15-digit 原注册号, 住所 not.
h2415 Excel 交警 简易程序 决定书 公开表: ID, ID with X; masked row, Luhn-valid 决定书编号 not.
h2416 GBK 水利 取水: ID in U+3000 groups, 现住 村 五组; 苏木-level 户籍地 not.
h2417 portal 农牧 禁牧 two 牧民: ID, 住址 嘎查 二组, mobile; the masked second party not.
h2418 xxgk 城管 占道 with a lawyer: ID, 住址 街 号, mobile; the 律师事务所 地址 and line not.
h2419 PDF text 公安 罂粟: ID and 户籍地 村 组 号 without colons, 3-4-4 mobile.
h2420 Word HTML 林草 滥伐 two parties: two IDs, two 住址 (村 组 号; 村 组); Luhn-valid 采伐许可证 编号 not.
h2421 xxgk 交通 非法营运: ID in spans, mobile in font/b, 住址 大街 号; 车架号, 发动机号 not.
h2422 portal 生态 个人 焚烧: ID, 现居住于 大街 号 栋, the party's landline; 12369 not.
h2423 双公示 烟草 个体: 经营者's ID with X under 法定代表人证件号码; USCCs not.
h2424 Excel 住建 公开表 当事人/证件号码/住址: two persons (ID, X-ID; 路 号, 村 组 号); company and masked rows not.
h2425 portal 市场监管 个体 吊销: ID, 住址 村 组 号, landline and comment-split mobile; 15-digit 注册号, office not.
h2426 Word HTML 卫健 个体, all masked: nothing.
h2427 DOCX text 教育 无证办学: full-width ID, half full-width mobile, 现住址 路 号 幢 单元 室.
h2428 portal 应急 主要负责人: ID, 住址 大街 号 单元 室; the company's USCC and 住所 not.
h2429 XLS text 林草 草原防火 公开表 姓名/身份证号/住址: two IDs, 住址 嘎查 一组; 苏木-level row, company row not.
h2430 portal 送达公告 of a 《行政处罚决定书》 (penalty column): ID, 户籍地 村 七组; office contact not.
Served notices and decisions outside the penalty column:
h2431 portal 行政处罚事先告知书: ID, mobile; 住址 嘎查 二组15号 not (address rule out of scope).
h2432 GBK 听证告知书: ID with X, the party's (0795) landline; 户籍地 嘎查 三组 not.
h2433 portal 实施行政强制措施决定书 (查封): 经营者 ID, 3-4-4 mobile; 住址 街 号 not.
h2434 xxgk 行政复议决定书: 申请人's ID and mobile; 住址, lawyer's line, 被申请人 地址 not.
Lists and 公示 (address rule out of scope):
h2435 Excel 草原生态补奖 公示: rowspan 嘎查, IDs, 19-digit and spaced cards; masked row, 合作社 row, 合计 not.
h2436 portal 低保 公示: IDs, mobiles, 代领人's mobile in 备注; masked row, monitoring lines not.
h2437 GBK 高龄津贴 名单: full-width ID, 15-digit ID under 身份证号码; masked row not.
h2438 WPS ET 耕地地力 公示: IDs, spaced 19-digit card, a person's non-Luhn 一卡通账号; 合作社 row, masked row not.
h2439 XLS text 护林员（草管员）名单: IDs, mobiles; masked row not.
h2440 xxgk 征收 补偿款 公示: IDs, a card and a non-Luhn 账号; 村集体 row, 地块编码 not.
h2441 portal 创业担保贷款 贴息 公示: IDs, mobiles (one full-width); 贷款合同编号, masked row not.
h2442 Word HTML 临时救助 名单: IDs, a 16- and a 19-digit card, 代领人's mobile in 备注; masked card not.
h2443 PDF text 残疾人两项补贴 花名册 in space-set columns: IDs, mobiles, cards; masked row not.
h2444 DOCX text 公益性岗位 公示: IDs (one 6-8-4 with hyphens), mobiles; masked row not.
h2445 GBK 危房改造 公示: full-width ID, ID, card, card in U+3000 groups; masked row not.
h2446 xxgk 示范家庭牧场 名单: three IDs, three 负责人 mobiles.
h2447 portal 低保金 账号 更正 公告: ID, 户名 + non-Luhn 账号; masked 原卡号 not.
h2448 portal 拟表彰 名单 written item by item: IDs, mobiles (one +86); masked item not.
Nothing to report:
h2449 招聘 拟聘用 (准考证号, *- and X-masked IDs); h2450 12345 答复 (Luhn-valid 工单编号, caller's
number masked twice); h2451 采购 中标 (USCC, 项目编号, offices' lines); h2452 执法人员 名单 (five
13-prefixed 执法证号); h2453 双随机 (all-digit USCCs, 15-digit 注册号); h2454 不动产 首次登记 (masked
IDs, 不动产单元号, 坐落); h2455 罚没款 缴纳 指南 (财政局 and 国库 accounts); h2456 个体户 注销
(15-digit 注册号s); h2457 办件结果 (Luhn-valid 办件编号s); h2458 交警 曝光 (X-masked IDs, 决定书编号);
h2459 双公示 company (masked 法定代表人 证件号码); h2460 GBK 政府信息公开 年度报告.
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS and script braces are doubled, and the helpers only
# insert titles, names and dates, never the number placeholders. Addresses that a passage
# labels are module constants put into the body with ``put`` (which replaces §1, §2 …), so
# the labelled string is exactly what the body carries.

SITE = "巴彦乌拉旗人民政府"
DOMAIN = "www.bywlq.gov.cn"
SITE_ID = "1525990031"


def put(text: str, *addrs: str) -> str:
    """``text`` with §1, §2 … replaced by the labelled address constants."""
    for i, addr in enumerate(addrs, 1):
        assert f"§{i}" in text, i
        text = text.replace(f"§{i}", addr)
    assert "§" not in text
    return text


FOOT = ("<div class=\"footer\">\n<p>主办：巴彦乌拉旗人民政府办公室　承办：巴彦乌拉旗融媒体中心</p>\n"
        "<p>地址：内蒙古自治区查干塔拉盟巴彦乌拉旗乌拉镇那达慕大街8号　邮编：026599　"
        "电话：0478-6212345</p>\n"
        "<p>网站标识码：1525990031　蒙ICP备05003217号-1　"
        "<img src=\"/images/ga.png\">蒙公网安备 15259902000031号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=7A3C21B0\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a>　<a href=\"/wzdt/\">网站地图</a>　"
        "<a href=\"/lxwm/\">联系我们</a></p>\n</div>\n")

NAV = ("<div class=\"header\"><img src=\"/images/logo.png\" alt=\"巴彦乌拉旗人民政府\">"
       "<span class=\"mgl\">ᠪᠠᠶᠠᠨ ᠤᠯᠠ ᠬᠣᠰᠢᠭᠤᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ</span></div>\n"
       "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
       "<li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>"
       "<li><a href=\"/zjbywl/\">走进巴彦乌拉</a></li></ul>\n")

ZOOM = ("<script type=\"text/javascript\">function doZoom(size){{var el=document.getElementById("
        "'zoom');if(el){{el.style.fontSize=size+'px';}}}}\n"
        "$(function(){{$('.print').click(function(){{window.print();}});}});</script>\n")


def portal(title: str, column: str, date: str, source: str, content: str) -> str:
    """The banner portal's TRS article page, with JCMS field comments around the fields."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        f"<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
        f"<meta name=\"SiteIDCode\" content=\"{SITE_ID}\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date} 10:12\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n"
        "<meta name=\"Keywords\" content=\"\">\n<meta name=\"Author\" content=\"\">\n"
        f"<title>{title}_{SITE}</title>\n"
        "<link rel=\"stylesheet\" href=\"/images/style.css\">\n"
        "<style>.con{{width:1000px;margin:0 auto}} .TRS_Editor p{{text-indent:2em;"
        "line-height:2;font-size:16px}} .TRS_Editor table{{border-collapse:collapse}}"
        " .TRS_Editor td{{border:1px solid #666;padding:3px 6px}}</style>\n"
        + ZOOM + "</head>\n<body>\n" + NAV
        + "<div class=\"con\">\n<div class=\"dqwz\">您当前的位置：<a href=\"/\">首页</a> &gt; "
        f"<a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"./\">{column}</a></div>\n"
        f"<p class=\"con-title\"><!--<$[标题]>begin-->{title}<!--<$[标题]>end--></p>\n"
        f"<div class=\"small-title\"><span>发布日期：{date}</span>"
        f"<span>信息来源：<!--<$[信息来源]>begin-->{source}<!--<$[信息来源]>end--></span>"
        "<span>浏览次数：<script language=\"javascript\" src=\"/count.js\"></script></span>"
        "<span>【字号：<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a>"
        " <a href=\"javascript:doZoom(14)\">小</a>】</span></div>\n"
        "<div class=\"main-txt TRS_Editor\" id=\"zoom\">\n"
        "<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">\n"
        + content
        + "\n<meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->\n</div>\n"
        "<div class=\"main-word\"><a class=\"print\" href=\"javascript:void(0)\">【打印本页】</a>"
        "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def xxgk(title: str, org: str, number: str, date: str, content: str, n: int) -> str:
    """The 信息公开 platform's detail page: 索引号 / 发布机构 / 文号 head table."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        f"<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
        f"<meta name=\"SiteIDCode\" content=\"{SITE_ID}\">\n"
        "<meta name=\"ColumnName\" content=\"部门信息公开\">\n"
        "<meta name=\"ColumnType\" content=\"信息公开\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date}\">\n"
        f"<meta name=\"ContentSource\" content=\"{org}\">\n"
        f"<title>{title}</title>\n"
        "<style>.xxgk-head td{{border:1px solid #dcdcdc;padding:6px}} .xxgk-head .t{{"
        "background:#f5f8fc;width:90px}}</style>\n</head>\n<body>\n" + NAV
        + "<div class=\"xxgk-wrap\">\n<table class=\"xxgk-head\" width=\"100%\">\n"
        f"<tr><td class=\"t\">索 引 号：</td><td>111525990116E2K35W/2024-00{n:03d}</td>"
        f"<td class=\"t\">主题分类：</td><td>其他</td></tr>\n"
        f"<tr><td class=\"t\">发布机构：</td><td>{org}</td>"
        f"<td class=\"t\">生成日期：</td><td>{date}</td></tr>\n"
        f"<tr><td class=\"t\">名　　称：</td><td colspan=\"3\">{title}</td></tr>\n"
        f"<tr><td class=\"t\">文　　号：</td><td>{number}</td>"
        "<td class=\"t\">有 效 性：</td><td>有效</td></tr>\n</table>\n"
        f"<div class=\"xxgk-title\"><h2>{title}</h2></div>\n"
        "<div class=\"xxgk-content\" id=\"zoom\">\n" + content + "\n</div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def gbk(title: str, dept: str, date: str, content: str) -> str:
    """An old table-layout department site, declared gb2312 and served as GBK."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
        f"<title>{title}--{dept}</title>\n"
        "<link href=\"../css/css.css\" rel=\"stylesheet\" type=\"text/css\">\n</head>\n"
        "<body leftmargin=\"0\" topmargin=\"0\">\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td height=\"80\" background=\"../images/top.jpg\">&nbsp;</td></tr>\n"
        f"<tr><td height=\"26\" class=\"dh\">首页 | 机构概况 | 政务公开 | 通知公告 | 办事指南</td></tr>\n"
        "</table>\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td height=\"40\" align=\"center\"><font size=\"4\" color=\"#CC0000\"><b>{title}</b>"
            "</font></td></tr>\n"
        f"<tr><td align=\"center\" class=\"hui\">发布时间：{date}　　文章来源：{dept}　　点击数：318</td></tr>\n"
        "<tr><td class=\"content\" style=\"line-height:24px\">\n" + content + "\n</td></tr>\n"
        "</table>\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td align=\"center\" bgcolor=\"#E8E8E8\">版权所有：{dept}　"
        "地址：巴彦乌拉旗乌拉镇那达慕大街28号　电话：0478-6214508<br>"
        "蒙ICP备05003217号-3　建议使用IE8.0以上浏览器</td></tr>\n"
        "</table>\n</body>\n</html>\n")


def credit(rows: list[tuple[str, str]], title: str) -> str:
    """A 信用查干塔拉 双公示 detail page: one key/value table."""
    cells = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>\n" for k, v in rows)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}-信用查干塔拉</title>\n"
        "<style>.sgs-detail th{{width:220px;background:#eef3fa;text-align:right}}"
        " .sgs-detail td{{padding:6px 10px}}</style>\n</head>\n<body>\n"
        "<div class=\"top\"><a href=\"/\">信用查干塔拉</a>　<span>信用服务热线：0478-6235000</span></div>\n"
        "<div class=\"crumb\">首页 &gt; 双公示 &gt; 行政处罚 &gt; 详情</div>\n"
        f"<h3>{title}</h3>\n<table class=\"sgs-detail\">\n{cells}</table>\n"
        "<div class=\"foot\">主办单位：查干塔拉盟发展和改革委员会　承办单位：查干塔拉盟信用信息中心<br>"
        "地址：查干塔拉盟塔拉浩特市民族路2号</div>\n</body>\n</html>\n")


def excel(rows: str, title: str) -> str:
    """A sheet saved from Excel as a web page."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Excel.Sheet>\n"
        "<meta name=Generator content=\"Microsoft Excel 15\">\n"
        "<style>\n<!--table\n\t{{mso-displayed-decimal-separator:\"\\.\";}}\n"
        "td\n\t{{padding-top:1px;mso-number-format:General;white-space:nowrap;}}\n"
        ".xl65\n\t{{mso-number-format:\"\\@\";text-align:center;}}\n"
        ".xl66\n\t{{font-weight:700;text-align:center;border:.5pt solid windowtext;}}\n-->\n"
        "</style>\n"
        f"<title>{title}</title>\n</head>\n<body link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:collapse;"
        "table-layout:fixed;width:885pt'>\n" + rows + "\n</table>\n</body>\n</html>\n")


def wps(rows: str, title: str) -> str:
    """A sheet saved from WPS 表格 (ET) as a web page."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=\"Content-type\" content=\"text/html;charset=utf-8\" />\n"
        "<meta name=\"ProgId\" content=\"Excel.Sheet\"/>\n"
        "<meta name=\"Generator\" content=\"WPS Office ET\"/>\n"
        "<!--[if gte mso 9]>\n<xml>\n<o:DocumentProperties>\n<o:Created>2024-05-20T09:14:00"
        "</o:Created>\n</o:DocumentProperties>\n</xml>\n<![endif]-->\n"
        "<style>\n<!-- @page\n\t{{margin:0.75in 0.70in 0.75in 0.70in;}}\n"
        ".et2\n\t{{mso-number-format:\"\\@\";text-align:center;border:.5pt solid windowtext;}}\n"
        ".et3\n\t{{text-align:center;border:.5pt solid windowtext;}}\n-->\n</style>\n"
        f"<title>{title}</title>\n</head>\n<body link=\"blue\" vlink=\"purple\">\n"
        "<table width=\"1040\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" "
        "style='width:780.00pt;border-collapse:collapse;table-layout:fixed;'>\n"
        + rows + "\n</table>\n</body>\n</html>\n")


def word(title: str, body: str) -> str:
    """A document saved from Word as a web page and published as is."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Word.Document>\n"
        "<meta name=Generator content=\"Microsoft Word 15\">\n"
        "<meta name=Originator content=\"Microsoft Word 15\">\n"
        f"<title>{title}</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Administrator</o:Author>\n"
        "  <o:Pages>2</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{mso-style-parent:\"\";"
        "margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;"
        "font-family:等线;}}\n@page WordSection1\n\t{{size:595.3pt 841.9pt;"
        "margin:72.0pt 90.0pt 72.0pt 90.0pt;}}\ndiv.WordSection1\n\t{{page:WordSection1;}}\n-->\n"
        "</style>\n</head>\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
        "<div class=WordSection1>\n" + body + "\n</div>\n</body>\n</html>\n")


def wp(text: str, indent: bool = True, align: str = "") -> str:
    """One Word paragraph in 仿宋 三号."""
    style = "text-indent:32.0pt;" if indent else ""
    if align:
        style = f"text-align:{align};"
    return (f"<p class=MsoNormal style='{style}line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}</span></p>\n")


# --- labelled addresses (exactly as the bodies write them) ------------------------------

A2401 = "内蒙古自治区巴彦乌拉旗乌拉镇锡林大街9号2栋3单元401室"
A2402 = "巴彦乌拉旗乌拉镇团结社区新华街12号"
A2403 = "内蒙古自治区巴彦乌拉旗新民镇东升村三组28号"
A2404 = "巴彦乌拉旗查干诺尔苏木乌兰哈达嘎查四组"
A2405 = "巴彦乌拉旗宝力根苏木吉日嘎郎图嘎查三组"
A2407 = "巴彦乌拉旗乌拉镇草原新村社区建设路33号"
A2408 = "巴彦乌拉旗乌拉镇那达慕社区苏力德巷5号"
A2409 = "巴彦乌拉旗乌拉镇建设路金地小区7号楼2单元302室"
A2410 = "巴彦乌拉旗乌拉镇团结路88号1栋1单元201室"
A2412 = "内蒙古自治区查干塔拉盟塔拉浩特市民族路126号"
A2413 = "巴彦乌拉旗乌拉镇额尔敦路社区额尔敦路20号"
A2416 = "巴彦乌拉旗新民镇前进村五组"
A2417 = "巴彦乌拉旗宝力根苏木阿拉坦敖包嘎查二组"
A2418 = "巴彦乌拉旗乌拉镇新华街7号"
A2419 = "巴彦乌拉旗新民镇兴隆村一组12号"
A2420A = "巴彦乌拉旗白音花镇太平村二组15号"
A2420B = "巴彦乌拉旗白音花镇太平村三组"
A2421 = "巴彦乌拉旗乌拉镇锡林大街142号"
A2422 = "巴彦乌拉旗乌拉镇那达慕社区那达慕大街77号3栋"
A2424A = "巴彦乌拉旗乌拉镇查干路19号"
A2424B = "巴彦乌拉旗新民镇兴隆村二组9号"
A2425 = "巴彦乌拉旗新民镇前进村二组36号"
A2427 = "巴彦乌拉旗乌拉镇团结社区团结路45号6幢1单元102室"
A2428 = "巴彦乌拉旗乌拉镇锡林大街31号4单元501室"
A2429 = "巴彦乌拉旗查干诺尔苏木浩日彦嘎查一组"
A2430 = "巴彦乌拉旗新民镇东升村七组"

# Common closing paragraphs of a decision (no numbers in them).
APPEAL = ("<p>如不服本处罚决定，可以在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
          "也可以在六个月内依法向巴彦乌拉旗人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，"
          "本处罚决定不停止执行，法律另有规定的除外。</p>\n")

PASSAGES: list[P] = [
    # 01 市场监管 食品 个体工商户 on the portal
    P(id="h2401", column="penalty",
      shape="portal 市场监管 食品 个体: 经营者 6-8-4 ID, 住址 栋 单元 室, 3-4-4 mobile; 经营场所, USCC, 罚没款 account, "
            "12315 not",
      title="巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕21号）",
      body=portal(
          "巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕21号）", "行政处罚", "2024-04-08",
          "巴彦乌拉旗市场监督管理局", put(
              "<p style=\"text-align:center\"><strong>巴彦乌拉旗市场监督管理局</strong></p>\n"
              "<p style=\"text-align:center\"><strong>行政处罚决定书</strong></p>\n"
              "<p style=\"text-align:right\">巴市监处罚〔2024〕21号</p>\n"
              "<p>当事人：<!--<$[当事人名称]>begin-->巴彦乌拉旗乌拉镇其其格奶食品店<!--<$[当事人名称]>end--></p>\n"
              "<p>主体类型：个体工商户</p>\n"
              "<p>统一社会信用代码：{USCC1}</p>\n"
              "<p>经营场所：内蒙古自治区巴彦乌拉旗乌拉镇那达慕大街56号</p>\n"
              "<p>经营者：其其格，女，蒙古族，公民身份号码：{ID1_S}</p>\n"
              "<p>住址：§1</p>\n"
              "<p>联系电话：{MOB1_S}</p>\n"
              "<p>2024年3月12日，本局执法人员对当事人经营场所进行检查，发现当事人销售的散装奶豆腐、"
              "奶皮子共计36.5千克未标注生产日期、保质期和生产者名称，当事人不能提供进货查验记录。"
              "经查，当事人自2024年2月起从个人处购进上述奶制品，违法所得人民币428元。</p>\n"
              "<p>上述事实有现场检查笔录、询问调查笔录、当事人营业执照复印件等证据为证。</p>\n"
              "<p>当事人的上述行为违反了《中华人民共和国食品安全法》第五十三条第一款、第六十八条的规定。"
              "依据《中华人民共和国食品安全法》第一百二十五条第一款第二项、第一百二十六条第一款第三项之规定，"
              "本局决定：一、没收违法所得人民币428元；二、罚款人民币5000元。</p>\n"
              "<p>当事人应当自收到本决定书之日起十五日内，将罚没款缴至巴彦乌拉旗财政局非税收入专户"
              "（户名：巴彦乌拉旗财政局，开户行：中国农业银行股份有限公司巴彦乌拉旗支行，账号：{OACCT1}）。"
              "到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。</p>\n"
              + APPEAL +
              "<p>消费者投诉举报电话：12315</p>\n"
              "<p style=\"text-align:right\">巴彦乌拉旗市场监督管理局</p>\n"
              "<p style=\"text-align:right\">2024年4月2日</p>", A2401)),
      ids=["ID1"], phones=["MOB1"], addrs=[A2401]),

    # 02 公安 治安 on the 信息公开 platform
    P(id="h2402", column="penalty",
      shape="xxgk 公安 治安 殴打他人: ID split by comments, mobile split by comments, 现住址 社区 街 号; "
            "户籍地 at 苏木 level, 派出所 地址 and 值班电话 not",
      title="巴彦乌拉旗公安局行政处罚决定书（巴公（乌）行罚决字〔2024〕0137号）",
      body=xxgk(
          "巴彦乌拉旗公安局行政处罚决定书（巴公（乌）行罚决字〔2024〕0137号）", "巴彦乌拉旗公安局",
          "巴公（乌）行罚决字〔2024〕0137号", "2024-03-05", put(
              "<p align=\"center\">巴彦乌拉旗公安局</p>\n<p align=\"center\">行政处罚决定书</p>\n"
              "<p align=\"right\">巴公（乌）行罚决字〔2024〕0137号</p>\n"
              "<p>违法行为人：苏和，男，蒙古族，身份证种类及号码：居民身份证 {ID1_CMT}，"
              "户籍地：内蒙古自治区巴彦乌拉旗宝力根苏木，现住址：§1，联系方式：{MOB1_CMT}。</p>\n"
              "<p>现查明：2024年2月17日21时许，在乌拉镇那达慕大街“草原人家”饭店内，违法行为人苏和酒后"
              "因琐事与朝某某发生争执，用拳头殴打朝某某面部，致朝某某鼻部软组织挫伤。</p>\n"
              "<p>以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、视听资料、伤情照片等证据证实。</p>\n"
              "<p>根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对苏和处行政拘留七日"
              "并处罚款二百元。</p>\n"
              "<p>执行方式和期限：送巴彦乌拉旗拘留所执行；罚款于收到本决定书之日起十五日内缴至指定银行。</p>\n"
              "<p>如不服本决定，可以在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议"
              "或者在六个月内依法向巴彦乌拉旗人民法院提起行政诉讼。</p>\n"
              "<p align=\"right\">巴彦乌拉旗公安局</p><p align=\"right\">二〇二四年二月二十九日</p>\n"
              "<p>（承办单位：乌拉镇派出所，地址：巴彦乌拉旗乌拉镇团结路3号，值班电话：0478-6213110）</p>",
              A2402), 137),
      ids=["ID1"], phones=["MOB1"], addrs=[A2402]),

    # 03 交通 超限 驾驶人 on the portal
    P(id="h2403", column="penalty",
      shape="portal 交通 超限 驾驶人: ID with X, +86 mobile, 住址 村 组 号; 道路运输证号, 13-prefixed 执法证号 not",
      title="巴彦乌拉旗交通运输综合行政执法大队行政处罚决定书（巴交执罚〔2024〕046号）",
      body=portal(
          "巴彦乌拉旗交通运输综合行政执法大队行政处罚决定书（巴交执罚〔2024〕046号）", "行政处罚",
          "2024-05-21", "旗交通运输局", put(
              "<p style=\"text-align:center\">行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴交执罚〔2024〕046号</p>\n"
              "<table width=\"100%\">\n"
              "<tr><td>当事人</td><td>王建军</td><td>性别</td><td>男</td><td>民族</td><td>汉族</td></tr>\n"
              "<tr><td>身份证号</td><td colspan=\"5\">{IDX1}</td></tr>\n"
              "<tr><td>住址</td><td colspan=\"5\">§1</td></tr>\n"
              "<tr><td>联系电话</td><td colspan=\"5\">{MOB1_86}</td></tr>\n"
              "<tr><td>车辆牌号</td><td>蒙R·6K735</td><td>车辆类型</td><td>重型半挂牵引车</td>"
              "<td>道路运输证号</td><td>152599011043</td></tr>\n"
              "</table>\n"
              "<p>2024年5月9日10时25分，当事人驾驶蒙R·6K735重型半挂牵引车（挂车蒙R·A217挂）在S203线"
              "K58+300巴彦乌拉旗超限检测站经检测，车货总重68.42吨，超过限定标准（49吨）19.42吨，"
              "且未办理超限运输许可。</p>\n"
              "<p>以上事实有现场检测单、现场笔录、询问笔录、现场照片等证据为证。执法人员：张某某"
              "（执法证号：{CERT1}）、巴某（执法证号：{CERT2}）。</p>\n"
              "<p>当事人的行为违反了《公路安全保护条例》第三十五条的规定，依据《超限运输车辆行驶公路管理规定》"
              "第四十三条第二项之规定，决定给予罚款人民币伍仟元（￥5000.00）的行政处罚。</p>\n"
              "<p>罚款自收到本决定书之日起十五日内缴至巴彦乌拉旗财政局非税收入专户。逾期不缴纳的，"
              "每日按罚款数额的3%加处罚款。</p>\n" + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗交通运输综合行政执法大队<br>2024年5月16日</p>",
              A2403)),
      ids=["IDX1"], phones=["MOB1"], addrs=[A2403]),

    # 04 自然资源 on the old GBK site
    P(id="h2404", column="penalty", enc="gbk",
      shape="GBK 自然资源 非法占地 牧民: full-width ID, 家庭住址 嘎查 四组; 不动产单元号, 违法地点, footer 地址 not",
      title="巴彦乌拉旗自然资源局行政处罚决定书",
      body=gbk(
          "巴彦乌拉旗自然资源局行政处罚决定书", "巴彦乌拉旗自然资源局", "2024-1-26", put(
              "<table width=\"96%\" border=\"0\" align=\"center\" cellpadding=\"3\">\n<tr><td>\n"
              "<p align=\"center\">巴自然资罚字〔2024〕第5号</p>\n"
              "<p>　　当事人：额尔敦，男，蒙古族，身份证号码：{ID1_FW}，家庭住址：§1。</p>\n"
              "<p>　　经查，2023年8月，当事人未经批准，擅自在查干诺尔苏木乌兰哈达嘎查南侧占用集体土地"
              "建设棚圈及库房，占地面积1286.5平方米，位于不动产单元号152599107203JC00041W00000000宗地范围内，"
              "其中占用基本草原1022.4平方米。违法地点：查干诺尔苏木乌兰哈达嘎查南侧。</p>\n"
              "<p>　　上述行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。依据《中华人民共和国"
              "土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十八条之规定，本局决定："
              "一、责令退还非法占用的土地；二、限期十五日内拆除在非法占用土地上新建的建筑物和其他设施，"
              "恢复土地原状；三、处以罚款人民币25730元。</p>\n"
              "<p>　　如不服本决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
              "或者六个月内向巴彦乌拉旗人民法院提起行政诉讼。</p>\n"
              "<p align=\"right\">巴彦乌拉旗自然资源局<br>二〇二四年一月二十二日</p>\n"
              "</td></tr>\n</table>", A2404)),
      ids=["ID1"], addrs=[A2404]),

    # 05 林草 开垦草原: PDF text attachment
    P(id="h2405", kind="attachment", column="penalty",
      shape="PDF text 林草 非法开垦草原: ID over a hard line break, 家住 without colon (嘎查 三组), mobile; "
            "草原承包经营权证编号, running heads and folios not",
      title="巴彦乌拉旗林业和草原局行政处罚决定书（巴林草罚决〔2024〕9号）",
      body=put(
          "巴彦乌拉旗林业和草原局\n\n行 政 处 罚 决 定 书\n\n巴林草罚决〔2024〕9号\n\n"
          "当事人：乌云毕力格　　　性别：男　　　民族：蒙古族\n"
          "身份证号码：{ID1_NL}\n"
          "家住§1，联系电话：{MOB1}。\n"
          "草原承包经营权证编号：巴草证字（2016）第0312号\n\n"
          "    2024年4月上旬，当事人未经批准，擅自在宝力根苏木吉日嘎郎图嘎查集体草原（承包户：\n"
          "那某某）上使用拖拉机开垦草原种植青贮玉米。经我局委托巴彦乌拉旗草原工作站现场勘测，\n"
          "开垦草原面积42.7亩，草原类型为温性典型草原。\n"
          "    以上事实有现场勘验笔录、询问笔录、勘测报告、现场照片等证据证实。\n\n"
          "                                                              — 1 —\n\n"
          "巴彦乌拉旗林业和草原局行政处罚决定书                       巴林草罚决〔2024〕9号\n\n"
          "    当事人的行为违反了《中华人民共和国草原法》第四十六条的规定。依据《中华人民共和国草原法》\n"
          "第六十六条之规定，本局决定：一、责令当事人停止违法行为，限期于2024年6月30日前恢复植被；\n"
          "二、没收违法所得（无）；三、处以罚款人民币8540元（按每亩200元计）。\n"
          "    罚款自收到本决定书之日起十五日内缴至巴彦乌拉旗财政局指定账户。到期不缴纳罚款的，\n"
          "每日按罚款数额的百分之三加处罚款。\n"
          "    如不服本处罚决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，\n"
          "或者在六个月内向巴彦乌拉旗人民法院提起行政诉讼。\n\n"
          "                                            巴彦乌拉旗林业和草原局\n"
          "                                                2024年5月6日\n\n"
          "                                                              — 2 —\n", A2405),
      ids=["ID1"], phones=["MOB1"], addrs=[A2405]),

    # 06 农牧 动物检疫: 信用 双公示 page, natural person
    P(id="h2406", column="penalty",
      shape="双公示 农牧 未经检疫 自然人: ID with a zero-width space in 证件号码; the office's USCC not; "
            "no address field",
      title="行政处罚信息-图门",
      body=credit([
          ("行政相对人名称", "图门"),
          ("行政相对人类别", "自然人"),
          ("行政相对人代码_1（统一社会信用代码）", "—"),
          ("法定代表人", "—"),
          ("证件类型", "身份证"),
          ("证件号码", "{ID1_ZW}"),
          ("行政处罚决定书文号", "巴农牧罚决〔2024〕15号"),
          ("违法行为类型", "经营依法应当检疫而未经检疫的动物"),
          ("违法事实", "2024年3月，当事人从外省购进肉牛23头，未经检疫即在巴彦乌拉旗牲畜交易市场销售。"),
          ("处罚依据", "《中华人民共和国动物防疫法》第九十七条"),
          ("处罚类别", "罚款;没收违法所得"),
          ("处罚内容", "没收违法所得3200元，罚款人民币12000元"),
          ("罚款金额（万元）", "1.2"),
          ("没收违法所得、没收非法财物的金额（万元）", "0.32"),
          ("处罚决定日期", "2024/04/18"),
          ("处罚有效期", "2027/04/18"),
          ("公示截止期", "2024/10/18"),
          ("处罚机关", "巴彦乌拉旗农牧局"),
          ("处罚机关统一社会信用代码", "{USCC1}"),
          ("数据来源单位", "巴彦乌拉旗农牧局"),
      ], "行政处罚信息-图门"),
      ids=["ID1"]),

    # 07 卫健 无证行医: DOCX text with a tab table
    P(id="h2407", kind="attachment", column="penalty",
      shape="DOCX text 卫健 无证行医: tab table (身份证号 and full-width mobile in one row, 住址 社区 路 号); "
            "执业地点 not",
      title="巴彦乌拉旗卫生健康委员会行政处罚决定书（巴卫医罚〔2024〕3号）",
      body=put(
          "巴彦乌拉旗卫生健康委员会\n行政处罚决定书\n巴卫医罚〔2024〕3号\n\n"
          "当事人\t李某某\t性别\t女\n"
          "出生年月\t1968年7月\t民族\t汉族\n"
          "身份证号\t{ID1}\t联系电话\t{MOB1_FW}\n"
          "住址\t§1\n"
          "执业地点\t巴彦乌拉旗乌拉镇建设路31号（“李氏推拿”门店）\n\n"
          "2024年1月9日，我委卫生监督员对位于巴彦乌拉旗乌拉镇建设路31号的“李氏推拿”门店进行监督检查，"
          "发现当事人未取得《医疗机构执业许可证》，擅自开展针灸、静脉输液等诊疗活动。现场查获一次性输液器"
          "32套、头孢类注射剂14支，当事人不能出示医师资格证书及执业证书。\n"
          "以上事实有现场笔录、询问笔录、现场照片、物品清单等证据为证。\n"
          "当事人的行为违反了《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款的规定，依据该法"
          "第九十九条第一款之规定，本委决定：一、责令停止执业活动；二、没收违法所得人民币1860元；"
          "三、没收药品、器械；四、罚款人民币30000元。\n"
          "当事人应自收到本决定书之日起十五日内缴纳罚没款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
          "如不服本处罚决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
          "或者六个月内向巴彦乌拉旗人民法院提起行政诉讼。\n\n"
          "\t\t\t巴彦乌拉旗卫生健康委员会\n\t\t\t2024年2月20日\n", A2407),
      ids=["ID1"], phones=["MOB1"], addrs=[A2407]),

    # 08 应急 烟花爆竹 on the portal, JCMS comments inside the text
    P(id="h2408", column="penalty",
      shape="portal 应急 非法储存烟花爆竹: lower-case x ID inside JCMS field comments, mobile in spans, "
            "现住 巷 号 without colon; 12350 and office line not",
      title="巴彦乌拉旗应急管理局行政处罚决定书（巴应急罚〔2024〕2号）",
      body=portal(
          "巴彦乌拉旗应急管理局行政处罚决定书（巴应急罚〔2024〕2号）", "行政处罚", "2024-02-27",
          "巴彦乌拉旗应急管理局", put(
              "<p style=\"text-align:center\">巴彦乌拉旗应急管理局<br>行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴应急罚〔2024〕2号</p>\n"
              "<p>当事人：<!--<$[当事人]>begin-->孙桂兰<!--<$[当事人]>end-->，女，汉族，身份证号码："
              "<!--<$[证件号码]>begin-->{IDX1_LOW}<!--<$[证件号码]>end-->，现住§1，"
              "联系电话：{MOB1_SPAN}。</p>\n"
              "<p>违法事实：2024年1月25日，本局执法人员会同乌拉镇派出所对当事人住处进行检查，发现当事人"
              "在其院内彩钢房中非法储存烟花爆竹（组合烟花、礼花弹）共计47箱，当事人未取得烟花爆竹经营"
              "（零售）许可证。</p>\n"
              "<p>处罚依据：《烟花爆竹安全管理条例》第三十六条第一款。</p>\n"
              "<p>处罚决定：没收非法储存的烟花爆竹47箱，并处罚款人民币3000元。</p>\n"
              + APPEAL +
              "<p>安全生产举报投诉电话：12350；本局执法大队联系电话：0478-6218350。</p>\n"
              "<p style=\"text-align:right\">巴彦乌拉旗应急管理局<br>2024年2月23日</p>", A2408)),
      ids=["IDX1"], phones=["MOB1"], addrs=[A2408]),

    # 09 城管 违法建设: Word-saved HTML
    P(id="h2409", column="penalty",
      shape="Word HTML 城管 违建: ID over <br>, 3-4-4 mobile, "
            "住址 小区 号楼 单元 室 between mso-spacerun spans; 违法地点 not",
      title="巴彦乌拉旗城市管理综合行政执法局行政处罚决定书",
      body=word("巴彦乌拉旗城市管理综合行政执法局行政处罚决定书", put(
          wp("<b>巴彦乌拉旗城市管理综合行政执法局</b>", align="center")
          + wp("<b>行政处罚决定书</b>", align="center")
          + wp("巴城管罚决〔2024〕6号", align="right")
          + wp("当事人：刘海涛<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>性别：男"
               "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>民族：汉族", indent=False)
          + wp("身份证号码：<span lang=EN-US>{ID1_BR}</span>", indent=False)
          + wp("住址：<span lang=EN-US>§1</span>", indent=False)
          + wp("联系电话：<span lang=EN-US>{MOB1_S}</span>", indent=False)
          + wp("违法地点：巴彦乌拉旗乌拉镇建设路金地小区7号楼南侧绿地", indent=False)
          + wp("经查，当事人于2023年10月在违法地点未取得建设工程规划许可证，擅自搭建彩钢结构建筑物一处，"
               "建筑面积46.8平方米。本局于2023年11月2日向当事人送达《责令限期改正通知书》，当事人逾期未改正。")
          + wp("当事人的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。依据《中华人民共和国"
               "城乡规划法》第六十四条之规定，本局决定：责令当事人于2024年3月31日前自行拆除上述建筑物，"
               "并处建设工程造价百分之八的罚款，计人民币3744元。")
          + wp("如不服本处罚决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
               "或者在六个月内依法向巴彦乌拉旗人民法院提起行政诉讼。")
          + wp("巴彦乌拉旗城市管理综合行政执法局<span lang=EN-US><o:p></o:p></span>", align="right")
          + wp("<span lang=EN-US>2024</span>年<span lang=EN-US>3</span>月<span lang=EN-US>4</span>日",
               align="right"), A2409)),
      ids=["ID1"], phones=["MOB1"], addrs=[A2409]),

    # 10 税务 简易处罚 on the 信息公开 platform
    P(id="h2410", column="penalty",
      shape="xxgk 税务 简易 个体: ID half full-width, 经营者住址 栋 单元 室; 纳税人识别号 (USCC), 经营地址, 12366 not",
      title="国家税务总局巴彦乌拉旗税务局税务行政处罚决定书（简易）（巴税简罚〔2024〕318号）",
      body=xxgk(
          "国家税务总局巴彦乌拉旗税务局税务行政处罚决定书（简易）（巴税简罚〔2024〕318号）",
          "国家税务总局巴彦乌拉旗税务局", "巴税简罚〔2024〕318号", "2024-05-14", put(
              "<p style=\"text-align:center\">国家税务总局巴彦乌拉旗税务局<br>税务行政处罚决定书（简易）</p>\n"
              "<p style=\"text-align:right\">巴税简罚〔2024〕318号</p>\n"
              "<p>纳税人名称：巴彦乌拉旗阿拉坦仓汽车修理部</p>\n"
              "<p>纳税人识别号：{USCC1}</p>\n"
              "<p>经营者：阿拉坦仓　　身份证件号码：{ID1_HALF}</p>\n"
              "<p>经营地址：巴彦乌拉旗乌拉镇新华街41号</p>\n"
              "<p>经营者住址：§1</p>\n"
              "<p>你（单位）2024年第一季度增值税及附加税费未按照规定期限办理纳税申报，违反了《中华人民共和国"
              "税收征收管理法》第二十五条第一款规定。依据《中华人民共和国税收征收管理法》第六十二条规定，"
              "决定处以罚款200元。</p>\n"
              "<p>请于收到本决定书之日起十五日内到巴彦乌拉旗税务局第一税务分局缴纳罚款，或通过电子税务局"
              "缴纳。如对本决定不服，可以在收到本决定书之日起六十日内依法向国家税务总局查干塔拉盟税务局"
              "申请行政复议，或者在收到本决定书之日起六个月内依法向人民法院起诉。</p>\n"
              "<p>纳税服务热线：12366</p>\n"
              "<p style=\"text-align:right\">国家税务总局巴彦乌拉旗税务局<br>2024年5月10日</p>", A2410),
          318),
      ids=["ID1"], addrs=[A2410]),

    # 11 生态环境 company: nothing to report
    P(id="h2411", column="penalty",
      shape="portal 生态 company: USCC, 住所 路 号, 法定代表人 masked name, 排污许可证编号, 12369, office line: "
            "nothing",
      title="查干塔拉盟生态环境局行政处罚决定书（查环罚〔2024〕巴11号）",
      body=portal(
          "查干塔拉盟生态环境局行政处罚决定书（查环罚〔2024〕巴11号）", "行政处罚", "2024-06-03",
          "查干塔拉盟生态环境局巴彦乌拉旗分局",
          "<p style=\"text-align:center\">查干塔拉盟生态环境局<br>行政处罚决定书</p>\n"
          "<p style=\"text-align:right\">查环罚〔2024〕巴11号</p>\n"
          "<p>当事人：查干塔拉盟宏源建材有限公司</p>\n"
          "<p>统一社会信用代码：{USCC1}</p>\n"
          "<p>住所：巴彦乌拉旗乌拉镇工业园区纬二路6号</p>\n"
          "<p>法定代表人：张某某</p>\n"
          "<p>排污许可证编号：{USCC1}001V</p>\n"
          "<p>2024年4月11日，我局执法人员对你公司进行现场检查，发现你公司水泥粉磨生产线正在生产，"
          "配套的颗粒物在线监测设备自2024年3月28日起未正常运行，数据传输中断。</p>\n"
          "<p>以上事实有现场检查（勘察）笔录、调查询问笔录、自动监控平台截图等证据为证。</p>\n"
          "<p>你公司的行为违反了《排污许可管理条例》第二十条第一款的规定。依据《排污许可管理条例》"
          "第三十四条第一项的规定，我局决定对你公司处以罚款人民币8万元。</p>\n"
          "<p>限你公司自收到本决定书之日起十五日内将罚款缴至指定银行。</p>\n" + APPEAL +
          "<p>环保举报热线：12369；巴彦乌拉旗分局综合行政执法大队联系电话：0478-6216369。</p>\n"
          "<p style=\"text-align:right\">查干塔拉盟生态环境局<br>2024年5月29日</p>"),
      ),

    # 12 文旅 网吧 个体 on the 信息公开 platform
    P(id="h2412", column="penalty",
      shape="xxgk 文旅 网吧 个体: ID in font/b, mobile with a zero-width space, 住址 in the 盟 city (路 号); "
            "经营场所 not",
      title="巴彦乌拉旗文化旅游体育局行政处罚决定书（巴文旅罚〔2024〕4号）",
      body=xxgk(
          "巴彦乌拉旗文化旅游体育局行政处罚决定书（巴文旅罚〔2024〕4号）", "巴彦乌拉旗文化旅游体育局",
          "巴文旅罚〔2024〕4号", "2024-04-25", put(
              "<p>当事人名称：巴彦乌拉旗乌拉镇星际网络会所（个体工商户）</p>\n"
              "<p>统一社会信用代码：{USCC1}</p>\n"
              "<p>经营场所：巴彦乌拉旗乌拉镇那达慕大街102号二楼</p>\n"
              "<p>经营者：朝鲁　　性别：男　　身份证号码：{ID1_FONT}</p>\n"
              "<p>住址：§1</p>\n"
              "<p>联系电话：{MOB1_ZW}</p>\n"
              "<p>2024年3月30日22时许，本局执法人员会同旗公安局网安大队对当事人经营场所进行检查，发现当事人"
              "接纳3名未成年人进入营业场所上网，且未核对、登记上网消费者的有效身份证件。</p>\n"
              "<p>当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条、第二十三条的规定。依据该条例"
              "第三十一条第二项、第三十二条第二项之规定，本局决定：一、警告；二、罚款人民币6000元。</p>\n"
              + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗文化旅游体育局<br>2024年4月22日</p>", A2412), 204),
      ids=["ID1"], phones=["MOB1"], addrs=[A2412]),

    # 13 消防 占用消防车通道 on the portal
    P(id="h2413", column="penalty",
      shape="portal 消防 占用通道: 15-digit ID after 公民身份号码, 住址 社区 路 号; 13-prefixed 执法证号, 119 not",
      title="巴彦乌拉旗消防救援大队行政处罚决定书（巴消行罚决字〔2024〕0008号）",
      body=portal(
          "巴彦乌拉旗消防救援大队行政处罚决定书（巴消行罚决字〔2024〕0008号）", "行政处罚",
          "2024-03-19", "巴彦乌拉旗消防救援大队", put(
              "<p style=\"text-align:center\">巴彦乌拉旗消防救援大队<br>行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴消行罚决字〔2024〕0008号</p>\n"
              "<p>被处罚人：敖日格乐，男，蒙古族，公民身份号码：{IDF1}，住址：§1。</p>\n"
              "<p>经查明：2024年3月6日，本大队消防监督员在对乌拉镇额尔敦路商住楼进行检查时，发现被处罚人"
              "将其轻型货车长时间停放在该楼北侧消防车通道内，经现场责令驶离后于3月8日再次占用，"
              "影响消防车通行。执法人员：图某（执法证号：{CERT1}）、李某（执法证号：{CERT2}）。</p>\n"
              "<p>以上事实有现场照片、询问笔录、现场笔录等证据证实。</p>\n"
              "<p>根据《中华人民共和国消防法》第六十条第二款之规定，现决定给予敖日格乐罚款人民币伍佰元整"
              "的处罚。</p>\n"
              "<p>执行方式和期限：自收到本决定书之日起十五日内缴至指定银行；到期不缴纳罚款的，每日按罚款"
              "数额的百分之三加处罚款。</p>\n" + APPEAL +
              "<p>火警电话：119</p>\n"
              "<p style=\"text-align:right\">巴彦乌拉旗消防救援大队<br>2024年3月15日</p>", A2413)),
      ids=["IDF1"], addrs=[A2413]),

    # 14 市场监管 company with its 法定代表人's ID and mobile
    P(id="h2414", column="penalty",
      shape="portal 市场监管 company: 法定代表人's ID and 3-4-4 手机号码; USCC, 15-digit 原注册号, 住所 嘎查 一组 not",
      title="巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕35号）",
      body=portal(
          "巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕35号）", "行政处罚", "2024-06-12",
          "巴彦乌拉旗市场监督管理局",
          "<p style=\"text-align:center\">行政处罚决定书</p>\n"
          "<p style=\"text-align:right\">巴市监处罚〔2024〕35号</p>\n"
          "<p>当事人：巴彦乌拉旗草原红牧业有限公司</p>\n"
          "<p>统一社会信用代码：{USCC1}（原注册号：{IDF2}）</p>\n"
          "<p>住所：巴彦乌拉旗哈日根台镇敖包图嘎查一组</p>\n"
          "<p>法定代表人：吉日木图，身份证号码：{ID1}，手机号码：{MOB1_S}</p>\n"
          "<p>2024年4月，查干塔拉盟市场监督管理局食品安全监督抽检结果显示，当事人生产的“草原红”"
          "风干牛肉干（规格：250g/袋，生产日期：2024/02/18）菌落总数项目不符合食品安全国家标准。"
          "经查，当事人共生产该批次产品420袋，已售出388袋，货值金额人民币19400元，违法所得人民币5820元。</p>\n"
          "<p>当事人的行为违反了《中华人民共和国食品安全法》第三十四条第二项的规定。依据《中华人民共和国"
          "食品安全法》第一百二十四条第一款第一项之规定，本局决定：一、没收违法所得人民币5820元；"
          "二、没收库存的32袋风干牛肉干；三、罚款人民币194000元。</p>\n" + APPEAL +
          "<p style=\"text-align:right\">巴彦乌拉旗市场监督管理局<br>2024年6月7日</p>"),
      ids=["ID1"], phones=["MOB1"]),

    # 15 交警 简易程序: Excel 公开表
    P(id="h2415", column="penalty",
      shape="Excel 交警 简易程序 决定书 公开表: 身份证号码 column (plain, X, masked row); "
            "Luhn-valid 19-digit 决定书编号 not",
      title="巴彦乌拉旗公安局交通管理大队简易程序处罚决定书公开表（2024年5月）",
      body=excel(
          "<tr height=36><td colspan=8 class=xl66>巴彦乌拉旗公安局交通管理大队简易程序处罚决定书公开表（2024年5月）</td></tr>\n"
          "<tr height=22><td class=xl66>序号</td><td class=xl66>决定书编号</td><td class=xl66>被处罚人</td>"
          "<td class=xl66>身份证号码</td><td class=xl66>车辆号牌</td><td class=xl66>违法行为</td>"
          "<td class=xl66>处罚内容</td><td class=xl66>处罚日期</td></tr>\n"
          "<tr height=22><td x:num>1</td><td class=xl65 x:str>{ORDER1}</td><td>宝音</td>"
          "<td class=xl65 x:str>{ID1}</td><td>蒙R3M512</td><td>驾驶机动车不按规定使用安全带</td>"
          "<td>罚款50元</td><td class=xl65 x:str>2024-05-03</td></tr>\n"
          "<tr height=22><td x:num>2</td><td class=xl65 x:str>{ORDER2}</td><td>张某某</td>"
          "<td class=xl65 x:str>{IDX2}</td><td>蒙RK8729</td><td>驾驶时拨打接听手持电话</td>"
          "<td>罚款100元</td><td class=xl65 x:str>2024-05-06</td></tr>\n"
          "<tr height=22><td x:num>3</td><td class=xl65 x:str>{ORDER3}</td><td>斯某某</td>"
          "<td class=xl65 x:str>{ID3_M}</td><td>蒙R7T0Q1</td><td>机动车违反规定停放</td>"
          "<td>罚款100元</td><td class=xl65 x:str>2024-05-11</td></tr>\n"
          "<tr height=22><td colspan=8>制表单位：巴彦乌拉旗公安局交通管理大队　　监督电话：0478-6213122</td></tr>",
          "巴彦乌拉旗公安局交通管理大队简易程序处罚决定书公开表（2024年5月）"),
      ids=["ID1", "IDX2"]),

    # 16 水利 取水 on the old GBK site
    P(id="h2416", column="penalty", enc="gbk",
      shape="GBK 水利 非法取水: ID in 6-8-4 groups with U+3000, 现住 村 五组 without colon; "
            "户籍地 at 苏木 level not",
      title="巴彦乌拉旗水利局行政处罚决定书",
      body=gbk(
          "巴彦乌拉旗水利局行政处罚决定书", "巴彦乌拉旗水利局", "2024-4-3", put(
              "<p align=\"center\">巴水罚决字〔2024〕第3号</p>\n"
              "<p>　　当事人：孟和，男，蒙古族，身份证号码：{ID1_NB}，户籍地：巴彦乌拉旗额尔敦苏木，"
              "现住§1。</p>\n"
              "<p>　　经查，2023年9月，当事人未经批准，擅自在新民镇前进村五组东侧耕地内打机电井一眼，"
              "井深86米，安装15千瓦潜水泵取用地下水灌溉，截至检查时累计取水约1.2万立方米。</p>\n"
              "<p>　　当事人的行为违反了《中华人民共和国水法》第四十八条第一款的规定。依据《中华人民共和国"
              "水法》第六十九条第一项之规定，本局决定：一、责令停止违法行为，限期于2024年5月1日前封填"
              "机电井；二、处以罚款人民币20000元。</p>\n"
              "<p>　　如不服本决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
              "或者六个月内向巴彦乌拉旗人民法院提起行政诉讼。</p>\n"
              "<p align=\"right\">巴彦乌拉旗水利局<br>2024年3月28日</p>", A2416)),
      ids=["ID1"], addrs=[A2416]),

    # 17 农牧 禁牧期放牧, two parties, one masked
    P(id="h2417", column="penalty",
      shape="portal 农牧 禁牧期放牧 two 牧民: first party's ID, 住址 嘎查 二组, mobile; "
            "second party's masked ID, masked 组 and masked mobile not",
      title="巴彦乌拉旗农牧局行政处罚决定书（巴农牧罚决〔2024〕22号）",
      body=portal(
          "巴彦乌拉旗农牧局行政处罚决定书（巴农牧罚决〔2024〕22号）", "行政处罚", "2024-05-30",
          "巴彦乌拉旗农牧局", put(
              "<p style=\"text-align:center\">巴彦乌拉旗农牧局<br>行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴农牧罚决〔2024〕22号</p>\n"
              "<p>当事人一：那仁格日勒，男，蒙古族，身份证号码：{ID1}，住址：§1，联系电话：{MOB1}。</p>\n"
              "<p>当事人二：那某某，男，蒙古族，身份证号码：{ID2_M}，住址：巴彦乌拉旗宝力根苏木阿拉坦敖包"
              "嘎查**组，联系电话：{MOB2_M}。</p>\n"
              "<p>2024年4月18日，本局农牧业综合行政执法大队在巡查中发现，当事人在宝力根苏木阿拉坦敖包嘎查"
              "禁牧区内放牧羊只共计216只。经查，上述羊只为当事人一、当事人二共同所有。</p>\n"
              "<p>当事人的行为违反了《内蒙古自治区草原管理条例》的有关规定，依据《内蒙古自治区草原管理条例》"
              "之规定，本局决定：责令当事人立即停止违法放牧行为，并处罚款人民币4320元（每只羊20元），"
              "由当事人一、当事人二共同承担。</p>\n" + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗农牧局<br>2024年5月27日</p>", A2417)),
      ids=["ID1"], phones=["MOB1"], addrs=[A2417]),

    # 18 城管 占道 with a lawyer as 委托代理人
    P(id="h2418", column="penalty",
      shape="xxgk 城管 占道经营 with a lawyer as agent: party's ID, 住址 街 号, mobile; "
            "the 律师事务所 地址 (室) and its landline not",
      title="巴彦乌拉旗城市管理综合行政执法局行政处罚决定书（巴城管罚决〔2024〕17号）",
      body=xxgk(
          "巴彦乌拉旗城市管理综合行政执法局行政处罚决定书（巴城管罚决〔2024〕17号）",
          "巴彦乌拉旗城市管理综合行政执法局", "巴城管罚决〔2024〕17号", "2024-07-09", put(
              "<p>当事人：赵某，男，汉族，身份证号码：{ID1}，住址：§1，联系电话：{MOB1}。</p>\n"
              "<p>委托代理人：李某，内蒙古塔拉律师事务所律师，地址：查干塔拉盟塔拉浩特市锡尼河大街18号"
              "金融大厦1203室，联系电话：0478-8123456。</p>\n"
              "<p>经查，当事人自2024年5月起多次在乌拉镇新华街与团结路交叉口人行道上摆设烧烤摊位经营，"
              "占用人行道约24平方米，经本局执法人员多次劝导仍未改正。</p>\n"
              "<p>当事人的行为违反了《查干塔拉盟市容和环境卫生管理条例》的规定。本局于2024年6月20日向当事人"
              "送达了《行政处罚事先告知书》，当事人委托代理人提出陈述申辩意见，本局经复核不予采纳。</p>\n"
              "<p>依据上述条例之规定，本局决定：责令当事人立即改正，并处罚款人民币500元。</p>\n" + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗城市管理综合行政执法局<br>2024年7月4日</p>", A2418),
          417),
      ids=["ID1"], phones=["MOB1"], addrs=[A2418]),

    # 19 公安 非法种植罂粟: PDF text attachment
    P(id="h2419", kind="attachment", column="penalty",
      shape="PDF text 公安 非法种植罂粟: ID after 公民身份号码 without colon, 户籍地 村 组 号 without colon, "
            "3-4-4 mobile; page folio",
      title="巴彦乌拉旗公安局行政处罚决定书（巴公（新）行罚决字〔2024〕0021号）",
      body=put(
          "巴彦乌拉旗公安局\n行政处罚决定书\n\n                                   巴公（新）行罚决字〔2024〕0021号\n\n"
          "    违法行为人刘某某，男，汉族，公民身份号码 {ID1}，户籍地§1，\n"
          "联系方式 {MOB1_S}。\n"
          "    现查明：2024年6月，违法行为人刘某某在其承包地内非法种植罂粟132株，已被我局新民派出所\n"
          "民警当场查获并铲除。以上事实有违法行为人的陈述和申辩、现场检查笔录、称量笔录、鉴定意见、\n"
          "照片等证据证实。\n"
          "    根据《中华人民共和国治安管理处罚法》第七十一条第一款第一项之规定，现决定对刘某某处行政拘留\n"
          "十日，并处罚款人民币伍佰元。\n"
          "    执行方式和期限：送巴彦乌拉旗拘留所执行；罚款于收到本决定书之日起十五日内缴至指定银行。\n"
          "    如不服本决定，可以在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议或者\n"
          "在六个月内依法向巴彦乌拉旗人民法院提起行政诉讼。\n\n"
          "                                                    巴彦乌拉旗公安局\n"
          "                                                    2024年6月21日\n\n"
          "                              第 1 页 共 1 页\n", A2419),
      ids=["ID1"], phones=["MOB1"], addrs=[A2419]),

    # 20 林草 滥伐林木, two parties: Word-saved HTML
    P(id="h2420", column="penalty",
      shape="Word HTML 林草 滥伐 two parties: two IDs (one with X), two 住址 (村 组 号; 村 组); "
            "Luhn-valid 19-digit 采伐许可证 编号 not",
      title="巴彦乌拉旗林业和草原局行政处罚决定书（巴林草罚决〔2024〕14号）",
      body=word("巴彦乌拉旗林业和草原局行政处罚决定书（巴林草罚决〔2024〕14号）", put(
          wp("<b>巴彦乌拉旗林业和草原局</b>", align="center")
          + wp("<b>行政处罚决定书</b>", align="center")
          + wp("巴林草罚决〔<span lang=EN-US>2024</span>〕<span lang=EN-US>14</span>号", align="right")
          + wp("当事人一：宝音德力格尔，男，蒙古族，身份证号码：<span lang=EN-US>{ID1}</span>，"
               "住址：§1。", indent=False)
          + wp("当事人二：陈某某，男，汉族，身份证号码：<span lang=EN-US>{IDX2}</span>，"
               "住址：§2。", indent=False)
          + wp("经查，当事人持有的林木采伐许可证（编号：<span lang=EN-US>{ORDER1}</span>）许可在白音花镇"
               "太平村二组林地采伐杨树<span lang=EN-US>30</span>株，当事人于<span lang=EN-US>2024</span>年"
               "<span lang=EN-US>3</span>月实际采伐<span lang=EN-US>117</span>株，超出许可数量"
               "<span lang=EN-US>87</span>株，折合立木蓄积<span lang=EN-US>14.6</span>立方米。")
          + wp("当事人的行为违反了《中华人民共和国森林法》第五十六条第一款的规定。依据《中华人民共和国"
               "森林法》第七十六条第二款之规定，本局决定：一、责令当事人在原地或异地补种树木"
               "<span lang=EN-US>435</span>株；二、处滥伐林木价值三倍的罚款，计人民币"
               "<span lang=EN-US>13140</span>元，由两名当事人各承担一半。")
          + wp("如不服本处罚决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
               "或者在六个月内依法向巴彦乌拉旗人民法院提起行政诉讼。")
          + wp("巴彦乌拉旗林业和草原局", align="right")
          + wp("<span lang=EN-US>2024</span>年<span lang=EN-US>5</span>月<span lang=EN-US>17</span>日",
               align="right"), A2420A, A2420B)),
      ids=["ID1", "IDX2"], addrs=[A2420A, A2420B]),

    # 21 交通 运管 非法营运 on the 信息公开 platform
    P(id="h2421", column="penalty",
      shape="xxgk 交通 非法营运 出租: ID in three spans, mobile in font/b, 住址 大街 号; 车架号, 发动机号, 车牌 not",
      title="巴彦乌拉旗交通运输局行政处罚决定书（巴交运罚〔2024〕012号）",
      body=xxgk(
          "巴彦乌拉旗交通运输局行政处罚决定书（巴交运罚〔2024〕012号）", "巴彦乌拉旗交通运输局",
          "巴交运罚〔2024〕012号", "2024-03-28", put(
              "<p>当事人：白某某，男，蒙古族</p>\n"
              "<p>身份证号：{ID1_SPAN}</p>\n"
              "<p>住址：§1</p>\n"
              "<p>联系电话：{MOB1_FONT}</p>\n"
              "<p>车辆信息：蒙R·J3378　小型轿车　车架号：LSVNV2182F2075310　发动机号：CUF418867</p>\n"
              "<p>2024年3月2日，本局执法人员在乌拉镇客运站门前检查时发现，当事人驾驶蒙R·J3378小型轿车"
              "未取得出租汽车经营许可，擅自搭载乘客3人前往宝力根苏木，约定车费每人40元。</p>\n"
              "<p>当事人的行为违反了《巡游出租汽车经营服务管理规定》第八条的规定。依据该规定第四十五条"
              "第一项之规定，本局决定对当事人处以罚款人民币5000元。</p>\n" + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗交通运输局<br>2024年3月25日</p>", A2421), 112),
      ids=["ID1"], phones=["MOB1"], addrs=[A2421]),

    # 22 生态环境 个人 露天焚烧 on the portal, person's landline
    P(id="h2422", column="penalty",
      shape="portal 生态 个人 露天焚烧: ID, 现居住于 大街 号 栋, person's landline as 联系电话; 12369 not",
      title="查干塔拉盟生态环境局行政处罚决定书（查环罚〔2024〕巴07号）",
      body=portal(
          "查干塔拉盟生态环境局行政处罚决定书（查环罚〔2024〕巴07号）", "行政处罚", "2024-04-16",
          "查干塔拉盟生态环境局巴彦乌拉旗分局", put(
              "<p style=\"text-align:center\">查干塔拉盟生态环境局<br>行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">查环罚〔2024〕巴07号</p>\n"
              "<p>当事人：斯琴，女，蒙古族，身份证号码：{ID1}，现居住于§1，联系电话：{LAND1}。</p>\n"
              "<p>2024年3月20日，我局巴彦乌拉旗分局执法人员接群众举报后赶赴现场，发现当事人在乌拉镇"
              "东郊废品收购点空地露天焚烧废旧电缆皮约200千克，产生大量黑色烟尘。</p>\n"
              "<p>当事人的行为违反了《中华人民共和国大气污染防治法》第七十七条的规定。依据该法第一百一十九条"
              "第二款之规定，我局决定对当事人处以罚款人民币1500元。</p>\n" + APPEAL +
              "<p>环保举报热线：12369</p>\n"
              "<p style=\"text-align:right\">查干塔拉盟生态环境局<br>2024年4月12日</p>", A2422)),
      ids=["ID1"], phones=["LAND1"], addrs=[A2422]),

    # 23 烟草 个体: 信用 双公示 page
    P(id="h2423", column="penalty",
      shape="双公示 烟草 个体工商户: 经营者's ID with X in 法定代表人证件号码; two USCCs not",
      title="行政处罚信息-巴彦乌拉旗乌拉镇萨仁便利店",
      body=credit([
          ("行政相对人名称", "巴彦乌拉旗乌拉镇萨仁便利店"),
          ("行政相对人类别", "个体工商户"),
          ("行政相对人代码_1（统一社会信用代码）", "{USCC1}"),
          ("法定代表人", "萨仁"),
          ("法定代表人证件类型", "身份证"),
          ("法定代表人证件号码", "{IDX1}"),
          ("行政处罚决定书文号", "巴烟罚〔2024〕第6号"),
          ("违法行为类型", "无烟草专卖零售许可证经营烟草制品零售业务"),
          ("违法事实", "当事人未取得烟草专卖零售许可证，于2024年1月起在其经营场所销售卷烟，"
                       "现场查获卷烟12个品种共计38条。"),
          ("处罚依据", "《中华人民共和国烟草专卖法实施条例》第五十七条"),
          ("处罚类别", "罚款;没收违法所得"),
          ("处罚内容", "责令停止经营烟草制品零售业务，没收违法所得836元，处罚款1500元"),
          ("罚款金额（万元）", "0.15"),
          ("没收违法所得、没收非法财物的金额（万元）", "0.0836"),
          ("处罚决定日期", "2024/02/26"),
          ("处罚有效期", "2025/02/26"),
          ("处罚机关", "巴彦乌拉旗烟草专卖局"),
          ("处罚机关统一社会信用代码", "{USCC2}"),
          ("数据来源单位", "巴彦乌拉旗烟草专卖局"),
      ], "行政处罚信息-巴彦乌拉旗乌拉镇萨仁便利店"),
      ids=["IDX1"]),

    # 24 住建 处罚 公开表: Excel with 当事人 | 证件号码 | 住址
    P(id="h2424", column="penalty",
      shape="Excel 住建 处罚决定书 公开表 当事人/证件号码/住址: two persons' rows (ID, ID with X; 路 号, 村 组 号); "
            "company row (USCC, —) and masked row not",
      title="巴彦乌拉旗住房和城乡建设局行政处罚决定书信息公开表（2024年第一季度）",
      body=excel(put(
          "<tr height=36><td colspan=7 class=xl66>巴彦乌拉旗住房和城乡建设局行政处罚决定书信息公开表（2024年第一季度）</td></tr>\n"
          "<tr height=22><td class=xl66>序号</td><td class=xl66>当事人</td><td class=xl66>证件号码</td>"
          "<td class=xl66>住址</td><td class=xl66>违法行为</td><td class=xl66>处罚决定书文号</td>"
          "<td class=xl66>处罚内容</td></tr>\n"
          "<tr height=22><td x:num>1</td><td>高文斌</td><td class=xl65 x:str>{ID1}</td><td>§1</td>"
          "<td>擅自变动房屋建筑主体和承重结构</td><td>巴住建罚〔2024〕3号</td><td>罚款人民币2万元</td></tr>\n"
          "<tr height=22><td x:num>2</td><td>查干塔拉盟兴盛建筑工程有限公司</td><td class=xl65 x:str>{USCC1}</td>"
          "<td>—</td><td>未取得施工许可证擅自施工</td><td>巴住建罚〔2024〕5号</td>"
          "<td>罚款人民币3.6万元</td></tr>\n"
          "<tr height=22><td x:num>3</td><td>其某某</td><td class=xl65 x:str>{ID2_M}</td>"
          "<td>巴彦乌拉旗乌拉镇******</td><td>擅自拆改燃气设施</td><td>巴住建罚〔2024〕6号</td>"
          "<td>罚款人民币5000元</td></tr>\n"
          "<tr height=22><td x:num>4</td><td>吉某</td><td class=xl65 x:str>{IDX3}</td><td>§2</td>"
          "<td>在燃气设施保护范围内建设占压燃气管道的构筑物</td><td>巴住建罚〔2024〕8号</td>"
          "<td>罚款人民币1万元</td></tr>", A2424A, A2424B),
          "巴彦乌拉旗住房和城乡建设局行政处罚决定书信息公开表（2024年第一季度）"),
      ids=["ID1", "IDX3"], addrs=[A2424A, A2424B]),

    # 25 市场监管 个体 吊销 with 注册号, the operator's landline and mobile
    P(id="h2425", column="penalty",
      shape="portal 市场监管 个体 吊销: 经营者 ID, 住址 村 组 号, landline and comment-split mobile; "
            "15-digit 注册号, 经营场所, office 地址 and line not",
      title="巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕9号）",
      body=portal(
          "巴彦乌拉旗市场监督管理局行政处罚决定书（巴市监处罚〔2024〕9号）", "行政处罚", "2024-02-06",
          "巴彦乌拉旗市场监督管理局", put(
              "<p style=\"text-align:center\">行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴市监处罚〔2024〕9号</p>\n"
              "<p>当事人：巴彦乌拉旗新民镇额尔敦农资经销部</p>\n"
              "<p>注册号：{IDF2}</p>\n"
              "<p>经营场所：巴彦乌拉旗新民镇兴隆街18号</p>\n"
              "<p>经营者：额尔敦，男，身份证号码：{ID1}</p>\n"
              "<p>住址：§1</p>\n"
              "<p>联系电话：{LAND1}、{MOB1_CMT}</p>\n"
              "<p>2023年11月，查干塔拉盟农资产品质量抽检结果显示，当事人销售的“丰田乐”牌复合肥料（批号"
              "20230806）总养分含量不合格。当事人于2023年12月因同一违法行为被本局给予警告，"
              "此后仍继续销售同批次产品共计6.2吨。</p>\n"
              "<p>依据《中华人民共和国产品质量法》第五十条之规定，本局决定：一、没收违法所得人民币9300元；"
              "二、罚款人民币12000元；三、吊销营业执照。</p>\n" + APPEAL +
              "<p>本局地址：巴彦乌拉旗乌拉镇建设路2号，联系电话：0478-6215315。</p>\n"
              "<p style=\"text-align:right\">巴彦乌拉旗市场监督管理局<br>2024年2月1日</p>", A2425)),
      ids=["ID1"], phones=["LAND1", "MOB1"], addrs=[A2425]),

    # 26 卫健 公共场所, everything masked: Word-saved HTML
    P(id="h2426", column="penalty",
      shape="Word HTML 卫健 公共场所 个体, all masked: masked ID, 住址 ****, masked mobile; USCC not: "
            "nothing",
      title="巴彦乌拉旗卫生健康委员会行政处罚决定书（巴卫公罚〔2024〕11号）",
      body=word("巴彦乌拉旗卫生健康委员会行政处罚决定书（巴卫公罚〔2024〕11号）",
          wp("<b>行政处罚决定书</b>", align="center")
          + wp("巴卫公罚〔<span lang=EN-US>2024</span>〕<span lang=EN-US>11</span>号", align="right")
          + wp("当事人：巴彦乌拉旗乌拉镇乌兰理发店（个体工商户）", indent=False)
          + wp("统一社会信用代码：<span lang=EN-US>{USCC1}</span>", indent=False)
          + wp("经营者：乌某某<span style='mso-spacerun:yes'>&nbsp; </span>身份证号码："
               "<span lang=EN-US>{ID1_M}</span>", indent=False)
          + wp("住址：巴彦乌拉旗乌拉镇****<span style='mso-spacerun:yes'>&nbsp; </span>联系电话："
               "<span lang=EN-US>{MOB1_M}</span>", indent=False)
          + wp("经查，当事人2名从业人员未取得有效健康合格证明即从事直接为顾客服务的工作。当事人的行为违反了"
               "《公共场所卫生管理条例实施细则》第十条第一款的规定，依据该细则第三十八条之规定，本委决定："
               "一、警告；二、罚款人民币1000元。")
          + wp("如不服本处罚决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。")
          + wp("巴彦乌拉旗卫生健康委员会<br><span lang=EN-US>2024</span>年<span lang=EN-US>6</span>月"
               "<span lang=EN-US>3</span>日", align="right")),
      ),

    # 27 教育 校外培训: DOCX text
    P(id="h2427", kind="attachment", column="penalty",
      shape="DOCX text 教育 无证办学: full-width ID, half full-width mobile, "
            "现住址 社区 路 号 幢 单元 室 in a tab table",
      title="巴彦乌拉旗教育局行政处罚决定书（巴教罚决〔2024〕1号）",
      body=put(
          "巴彦乌拉旗教育局\n行政处罚决定书\n巴教罚决〔2024〕1号\n\n"
          "当事人\t马某某\n"
          "性别\t男\t民族\t回族\n"
          "身份证号码\t{ID1_FW}\n"
          "联系电话\t{MOB1_HALF}\n"
          "现住址\t§1\n\n"
          "经查，当事人自2023年9月起，未经教育行政部门审批，在其租用的乌拉镇那达慕大街商铺内以"
          "“优学托管”名义举办面向中小学生的学科类培训，开设数学、英语培训班4个，招收学员47人，"
          "收取培训费用共计人民币61100元。\n"
          "以上事实有现场检查笔录、询问笔录、收费凭证、学员名册等证据为证。\n"
          "当事人的行为违反了《中华人民共和国民办教育促进法》第十二条的规定。依据《中华人民共和国民办教育"
          "促进法》第六十四条之规定，本局决定：一、责令当事人停止办学；二、退还所收费用；三、处以"
          "违法所得一倍的罚款，计人民币61100元。\n"
          "如不服本处罚决定，可在收到本决定书之日起六十日内向巴彦乌拉旗人民政府申请行政复议，"
          "或者在六个月内向巴彦乌拉旗人民法院提起行政诉讼。\n\n"
          "\t\t\t巴彦乌拉旗教育局\n\t\t\t2024年1月30日\n", A2427),
      ids=["ID1"], phones=["MOB1"], addrs=[A2427]),

    # 28 应急: the company's 主要负责人 punished in person
    P(id="h2428", column="penalty",
      shape="portal 应急 主要负责人 个人: ID, 住址 大街 号 单元 室; the company's USCC and 住所 (嘎查) not",
      title="巴彦乌拉旗应急管理局行政处罚决定书（巴应急罚〔2024〕7号）",
      body=portal(
          "巴彦乌拉旗应急管理局行政处罚决定书（巴应急罚〔2024〕7号）", "行政处罚", "2024-07-02",
          "巴彦乌拉旗应急管理局", put(
              "<p style=\"text-align:center\">巴彦乌拉旗应急管理局<br>行政处罚决定书</p>\n"
              "<p style=\"text-align:right\">巴应急罚〔2024〕7号</p>\n"
              "<p>当事人：贺某某，男，汉族，身份证号码：{ID1}，住址：§1，系查干塔拉盟金诚矿业有限公司"
              "（统一社会信用代码：{USCC1}，住所：巴彦乌拉旗哈日根台镇敖包图嘎查）主要负责人。</p>\n"
              "<p>经查，2024年4月9日，查干塔拉盟金诚矿业有限公司萤石矿井下发生一起物体打击事故，造成1人"
              "受伤。经调查，当事人作为该公司主要负责人，未组织制定并实施本单位安全生产教育和培训计划，"
              "未及时消除井下作业面浮石隐患，对事故发生负有责任。</p>\n"
              "<p>当事人的行为违反了《中华人民共和国安全生产法》第二十一条的规定。依据《中华人民共和国安全生产法》"
              "第九十五条第一项之规定，本局决定对当事人处上一年年收入百分之四十的罚款，计人民币53200元。</p>\n"
              + APPEAL +
              "<p style=\"text-align:right\">巴彦乌拉旗应急管理局<br>2024年6月27日</p>", A2428)),
      ids=["ID1"], addrs=[A2428]),

    # 29 林草 草原防火 处罚 公开表: XLS text attachment
    P(id="h2429", kind="attachment", column="penalty",
      shape="XLS text 林草 草原防火 处罚决定书 公开表 姓名/身份证号/住址: two IDs, one 住址 嘎查 一组; "
            "a 苏木-level 住址 and a company row not",
      title="巴彦乌拉旗林业和草原局2024年第二季度行政处罚决定书公开表",
      body=put(
          "Sheet1\n巴彦乌拉旗林业和草原局行政处罚决定书公开表（2024年第二季度）\n"
          "序号\t决定书文号\t姓名\t身份证号\t住址\t违法行为\t处罚内容\t决定日期\n"
          "1\t巴林草罚决〔2024〕17号\t敖其尔\t{ID1}\t§1\t草原防火期内未经批准在草原上野外用火"
          "\t罚款500元\t2024-04-11\n"
          "2\t巴林草罚决〔2024〕18号\t萨日娜\t{ID2}\t巴彦乌拉旗额尔敦苏木\t草原防火期内在草原上"
          "丢弃火种\t罚款200元\t2024-04-16\n"
          "3\t巴林草罚决〔2024〕21号\t查干塔拉盟绿源生态建设有限公司\t{USCC1}\t—\t未按规定"
          "设置草原防火警示标志\t警告\t2024-05-08\n"
          "制表：巴彦乌拉旗林业和草原局森林草原防火股\t\t\t\t联系电话：0478-6216119\n", A2429),
      ids=["ID1", "ID2"], addrs=[A2429]),

    # 30 送达公告 of a 处罚决定书, in the penalty column
    P(id="h2430", column="penalty",
      shape="portal 送达公告 of a 行政处罚决定书 (title names it): ID, 户籍地 村 七组; "
            "contact person's office line and the office's 地址 not",
      title="巴彦乌拉旗交通运输综合行政执法大队关于公告送达《行政处罚决定书》的公告",
      body=portal(
          "巴彦乌拉旗交通运输综合行政执法大队关于公告送达《行政处罚决定书》的公告", "行政处罚",
          "2024-06-24", "旗交通运输局", put(
              "<p>达来（男，蒙古族，公民身份号码：{ID1}，户籍地：§1）：</p>\n"
              "<p>本大队于2024年5月20日对你驾驶蒙R·5C271轻型厢式货车未取得道路运输经营许可擅自从事"
              "道路货物运输经营一案作出《行政处罚决定书》（巴交执罚〔2024〕061号），因无法直接送达、"
              "邮寄送达，现依照《中华人民共和国行政处罚法》第六十一条、《中华人民共和国民事诉讼法》第九十五条"
              "之规定，依法向你公告送达。</p>\n"
              "<p>自本公告发布之日起经过三十日，即视为送达。请你于公告期满后十五日内到本大队领取"
              "《行政处罚决定书》并履行处罚决定。逾期不履行的，本大队将依法申请人民法院强制执行。</p>\n"
              "<p>联系人：王某，联系电话：0478-6219876；地址：巴彦乌拉旗乌拉镇建设路66号。</p>\n"
              "<p style=\"text-align:right\">巴彦乌拉旗交通运输综合行政执法大队<br>2024年6月24日</p>",
              A2430)),
      ids=["ID1"], addrs=[A2430]),

    # --- served notices and decisions outside the penalty column (address rule out of scope)

    # 31 行政处罚事先告知书 published as a notice
    P(id="h2431",
      shape="portal 通知公告 行政处罚事先告知书 (not a decision, other column): ID and mobile labelled; "
            "the 住址 with 号 not (address rule: decisions only)",
      title="巴彦乌拉旗农牧局行政处罚事先告知书（巴农牧罚告〔2024〕7号）",
      body=portal(
          "巴彦乌拉旗农牧局行政处罚事先告知书（巴农牧罚告〔2024〕7号）", "通知公告", "2024-05-13",
          "巴彦乌拉旗农牧局",
          "<p style=\"text-align:center\">巴彦乌拉旗农牧局<br>行政处罚事先告知书</p>\n"
          "<p style=\"text-align:right\">巴农牧罚告〔2024〕7号</p>\n"
          "<p>巴特尔（公民身份号码：{ID1}，住址：巴彦乌拉旗额尔敦苏木巴彦宝力格嘎查二组15号，"
          "联系电话：{MOB1}）：</p>\n"
          "<p>经调查，你于2024年4月在巴彦宝力格嘎查承包草场使用未取得农药登记证的“草净光”除草剂，"
          "喷洒面积约60亩。你的行为违反了《农药管理条例》第三十四条第一款的规定。依据《农药管理条例》"
          "第六十条第一款第二项之规定，本局拟对你作出罚款人民币3000元的行政处罚。</p>\n"
          "<p>根据《中华人民共和国行政处罚法》第四十四条、第四十五条之规定，你有权在收到本告知书之日起"
          "五日内进行陈述和申辩。逾期未提出的，视为放弃上述权利。</p>\n"
          "<p>因无法直接送达，现予公告，自发布之日起满三十日视为送达。</p>\n"
          "<p>联系人：巴彦乌拉旗农牧业综合行政执法大队，联系电话：0478-6214321。</p>\n"
          "<p style=\"text-align:right\">巴彦乌拉旗农牧局<br>2024年5月13日</p>"),
      ids=["ID1"], phones=["MOB1"]),

    # 32 听证告知书 on the old GBK site
    P(id="h2432", enc="gbk",
      shape="GBK 自然资源 行政处罚听证告知书: ID with X, the party's landline written (0795)…; "
            "户籍地 嘎查 三组 not (out of scope), office contact not",
      title="巴彦乌拉旗自然资源局行政处罚听证告知书",
      body=gbk(
          "巴彦乌拉旗自然资源局行政处罚听证告知书", "巴彦乌拉旗自然资源局", "2024-6-18",
          "<p align=\"center\">巴自然资听告字〔2024〕第2号</p>\n"
          "<p>朝克图（身份证号码：{IDX1}，户籍地：巴彦乌拉旗哈日根台镇敖包图嘎查三组，"
          "联系电话：{LAND1_P}）：</p>\n"
          "<p>　　你于2023年10月未经批准擅自在哈日根台镇敖包图嘎查采挖砂石，采挖量约2600立方米。"
          "你的行为违反了《中华人民共和国矿产资源法》的有关规定，本机关拟对你作出没收违法所得"
          "人民币31200元、并处罚款人民币15600元的行政处罚。</p>\n"
          "<p>　　根据《中华人民共和国行政处罚法》第六十三条、第六十四条之规定，你有权在收到本告知书之日起"
          "五日内向本机关提出听证申请。逾期不提出的，视为放弃听证权利。</p>\n"
          "<p>　　联系人：李某　联系电话：0478-6217123　地址：巴彦乌拉旗乌拉镇那达慕大街28号</p>\n"
          "<p align=\"right\">巴彦乌拉旗自然资源局<br>2024年6月17日</p>"),
      ids=["IDX1"], phones=["LAND1"]),

    # 33 查封扣押: 实施行政强制措施决定书, outside the penalty column
    P(id="h2433",
      shape="portal 市场监管 实施行政强制措施决定书 (查封): 经营者 ID and 3-4-4 mobile labelled; "
            "住址 街 号 not (not a penalty decision); 查封 清单",
      title="巴彦乌拉旗市场监督管理局实施行政强制措施决定书（巴市监强制〔2024〕4号）",
      body=portal(
          "巴彦乌拉旗市场监督管理局实施行政强制措施决定书（巴市监强制〔2024〕4号）", "通知公告",
          "2024-04-29", "巴彦乌拉旗市场监督管理局",
          "<p style=\"text-align:center\">实施行政强制措施决定书</p>\n"
          "<p style=\"text-align:right\">巴市监强制〔2024〕4号</p>\n"
          "<p>当事人：巴彦乌拉旗乌拉镇宏达汽车配件经销部（个体工商户）</p>\n"
          "<p>统一社会信用代码：{USCC1}</p>\n"
          "<p>经营者：乌云其木格，身份证号码：{ID1}，住址：巴彦乌拉旗乌拉镇新华街9号，"
          "联系电话：{MOB1_S}</p>\n"
          "<p>本局在检查中发现，你（单位）经营场所存放的机动车制动液涉嫌为不符合保障人体健康和人身、"
          "财产安全的国家标准的产品。依据《中华人民共和国产品质量法》第十八条第一款第四项之规定，"
          "本局决定对你（单位）的下列物品实施查封：</p>\n"
          "<table><tr><td>序号</td><td>物品名称</td><td>规格</td><td>数量</td></tr>\n"
          "<tr><td>1</td><td>机动车制动液（DOT4）</td><td>1L/瓶</td><td>86瓶</td></tr>\n"
          "<tr><td>2</td><td>机动车制动液（DOT3）</td><td>800mL/瓶</td><td>40瓶</td></tr></table>\n"
          "<p>查封期限为30日，自2024年4月26日至2024年5月25日。查封场所：当事人经营场所仓库。</p>\n"
          "<p>如不服本决定，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。</p>\n"
          "<p style=\"text-align:right\">巴彦乌拉旗市场监督管理局<br>2024年4月26日</p>"),
      ids=["ID1"], phones=["MOB1"]),

    # 34 行政复议决定书 on the 信息公开 platform
    P(id="h2434",
      shape="xxgk 旗政府 行政复议决定书 (a 决定书, not a penalty decision): 申请人's ID and mobile labelled; "
            "申请人 住址 路 号, lawyer's line, 被申请人 地址 not",
      title="巴彦乌拉旗人民政府行政复议决定书（巴政复决字〔2024〕2号）",
      body=xxgk(
          "巴彦乌拉旗人民政府行政复议决定书（巴政复决字〔2024〕2号）", "巴彦乌拉旗司法局",
          "巴政复决字〔2024〕2号", "2024-08-12",
          "<p>申请人：巴图孟和，男，蒙古族，身份证号码：{ID1}，住址：巴彦乌拉旗乌拉镇额尔敦路社区额尔敦路52号，"
          "联系电话：{MOB1}。</p>\n"
          "<p>委托代理人：周某，内蒙古塔拉律师事务所律师，联系电话：0478-8123456。</p>\n"
          "<p>被申请人：巴彦乌拉旗城市管理综合行政执法局，地址：巴彦乌拉旗乌拉镇团结路70号。</p>\n"
          "<p>法定代表人：刘某，局长。</p>\n"
          "<p>申请人不服被申请人于2024年5月10日作出的巴城管罚决〔2024〕9号处罚决定，于2024年6月3日向本机关"
          "提出行政复议申请，本机关依法予以受理。</p>\n"
          "<p>申请人请求：撤销被申请人作出的处罚决定。</p>\n"
          "<p>本机关认为：被申请人认定申请人擅自占用城市道路堆放建筑材料的事实清楚，证据确实充分，"
          "适用依据正确，程序合法，处罚内容适当。</p>\n"
          "<p>根据《中华人民共和国行政复议法》第六十八条之规定，本机关决定：维持被申请人作出的"
          "巴城管罚决〔2024〕9号处罚决定。</p>\n"
          "<p>申请人如不服本决定，可以自收到本决定书之日起十五日内向巴彦乌拉旗人民法院提起行政诉讼。</p>\n"
          "<p style=\"text-align:right\">巴彦乌拉旗人民政府<br>2024年8月5日</p>", 502),
      ids=["ID1"], phones=["MOB1"]),

    # --- lists and 公示 (address rule out of scope) -----------------------------------------

    # 35 草原生态补奖 发放公示: Excel, rowspan 嘎查, a 合作社 row
    P(id="h2435",
      shape="Excel 草原生态补奖 公示: rowspan 嘎查, IDs, 19-digit 一卡通账号 and spaced 16-digit card; "
            "masked row, 合作社 row (USCC, account), 合计 not",
      title="宝力根苏木2024年草原生态保护补助奖励资金发放公示",
      body=excel(
          "<tr height=36><td colspan=8 class=xl66>宝力根苏木2024年草原生态保护补助奖励资金发放公示</td></tr>\n"
          "<tr height=22><td class=xl66>序号</td><td class=xl66>嘎查</td><td class=xl66>户主姓名</td>"
          "<td class=xl66>身份证号码</td><td class=xl66>禁牧面积（亩）</td><td class=xl66>草畜平衡面积（亩）</td>"
          "<td class=xl66>补奖金额（元）</td><td class=xl66>一卡通账号</td></tr>\n"
          "<tr height=22><td x:num>1</td><td rowspan=2>吉日嘎郎图嘎查</td><td>乌日娜</td>"
          "<td class=xl65 x:str>{ID1}</td><td x:num>1260</td><td x:num>0</td><td x:num>"
          "15498.00</td>"
          "<td class=xl65 x:str>{CARDL1}</td></tr>\n"
          "<tr height=22><td x:num>2</td><td>道尔吉</td><td class=xl65 x:str>{ID2}</td>"
          "<td x:num>0</td><td x:num>2340</td><td x:num>14040.00</td><td class=xl65 x:str>"
          "{CARD2_S}</td></tr>\n"
          "<tr height=22><td x:num>3</td><td rowspan=2>阿拉坦敖包嘎查</td><td>图某某</td>"
          "<td class=xl65 x:str>{ID3_M}</td><td x:num>860</td><td x:num>520</td><td x:num>"
          "13698.00</td>"
          "<td class=xl65 x:str>{CARD3_M}</td></tr>\n"
          "<tr height=22><td x:num>4</td><td>巴彦乌拉旗阿拉坦敖包牧民专业合作社</td>"
          "<td class=xl65 x:str>{USCC4}</td><td x:num>3100</td><td x:num>0</td><td x:num>"
          "38130.00</td>"
          "<td class=xl65 x:str>{ACCT4}</td></tr>\n"
          "<tr height=22><td colspan=6 class=xl66>合计</td><td x:num>81366.00</td><td></td></tr>\n"
          "<tr height=22><td colspan=8>公示期7天，如有异议请向宝力根苏木农牧业综合服务中心反映，"
          "监督电话：0478-6241102。</td></tr>",
          "宝力根苏木2024年草原生态保护补助奖励资金发放公示"),
      ids=["ID1", "ID2"], banks=["CARDL1", "CARD2"]),

    # 36 低保 公示 on the portal, 代领人 in 备注
    P(id="h2436",
      shape="portal 低保 公示: rowspan 嘎查, IDs (one X), mobiles (one 3-4-4), 代领人's mobile in 备注; "
            "masked row, 苏木 and 民政局 lines, 12345 not",
      title="额尔敦苏木2024年5月城乡最低生活保障对象公示",
      body=portal(
          "额尔敦苏木2024年5月城乡最低生活保障对象公示", "公示公告", "2024-05-08", "额尔敦苏木人民政府",
          "<p>根据《内蒙古自治区最低生活保障实施办法》，经个人申请、嘎查（社区）评议、苏木审核、旗民政局"
          "审批，现将2024年5月新增城乡最低生活保障对象公示如下：</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>嘎查（社区）</td><td>姓名</td><td>性别</td><td>身份证号</td><td>保障人口</td>"
          "<td>月保障金额（元）</td><td>联系电话</td><td>备注</td></tr>\n"
          "<tr><td>1</td><td rowspan=\"3\">巴彦宝力格嘎查</td><td>其其格</td><td>女</td><td>{ID1}</td>"
          "<td>2</td><td>1260</td><td>{MOB1}</td><td></td></tr>\n"
          "<tr><td>2</td><td>苏某某</td><td>男</td><td>{ID2_M}</td><td>1</td><td>630</td>"
          "<td>{MOB2_M}</td><td></td></tr>\n"
          "<tr><td>3</td><td>阿拉坦</td><td>男</td><td>{IDX3}</td><td>3</td><td>1890</td>"
          "<td>{MOB3_S}</td><td>代领人：其某某，电话{MOB4}</td></tr>\n"
          "<tr><td>4</td><td>额尔敦社区</td><td>吴秀英</td><td>女</td><td>{ID4}</td><td>1</td><td>780</td>"
          "<td>—</td><td>重度残疾</td></tr>\n"
          "<tr><td colspan=\"6\">合计</td><td>4560</td><td></td><td></td></tr>\n"
          "</table>\n"
          "<p>公示时间：2024年5月8日至5月14日。如有异议，请向额尔敦苏木民政办反映（0478-6231123），"
          "或向旗民政局社会救助股反映（0478-6212230），也可拨打12345政务服务便民热线。</p>\n"
          "<p style=\"text-align:right\">额尔敦苏木人民政府<br>2024年5月8日</p>"),
      ids=["ID1", "IDX3", "ID4"], phones=["MOB1", "MOB3", "MOB4"]),

    # 37 高龄津贴 名单 on the old GBK site
    P(id="h2437", enc="gbk",
      shape="GBK 高龄津贴 名单: full-width ID, 15-digit ID under the 身份证号码 header; masked row not",
      title="乌拉镇2024年第二季度高龄津贴发放名单",
      body=gbk(
          "乌拉镇2024年第二季度高龄津贴发放名单", "巴彦乌拉旗乌拉镇人民政府", "2024-4-10",
          "<table width=\"96%\" border=\"1\" align=\"center\" cellpadding=\"2\" "
          "cellspacing=\"0\">\n"
          "<tr><td>序号</td><td>姓名</td><td>性别</td><td>年龄段</td><td>身份证号码</td>"
          "<td>所在社区</td><td>发放金额（元）</td></tr>\n"
          "<tr><td>1</td><td>赵凤芝</td><td>女</td><td>90周岁以上</td><td>{ID1_FW}</td>"
          "<td>团结社区</td><td>600</td></tr>\n"
          "<tr><td>2</td><td>达木林</td><td>男</td><td>80-89周岁</td><td>{IDF2}</td>"
          "<td>那达慕社区</td><td>300</td></tr>\n"
          "<tr><td>3</td><td>刘某某</td><td>男</td><td>80-89周岁</td><td>{ID3_M}</td>"
          "<td>草原新村社区</td><td>300</td></tr>\n"
          "<tr><td colspan=\"6\">合计</td><td>1200</td></tr>\n"
          "</table>\n<p>　　以上津贴已于4月8日发放至老人本人社会保障卡。</p>"),
      ids=["ID1", "IDF2"]),

    # 38 耕地地力 惠农一卡通: WPS ET export, a 合作社 row
    P(id="h2438",
      shape="WPS ET 耕地地力 补贴 公示: IDs, spaced 19-digit card, non-Luhn 17-digit 一卡通账号 of a person; "
            "合作社 row (USCC, account) and masked row not",
      title="新民镇兴隆村2024年耕地地力保护补贴发放公示",
      body=wps(
          "<tr height=\"36\"><td colspan=\"7\" class=\"et3\">新民镇兴隆村2024年耕地地力保护补贴发放公示</td></tr>\n"
          "<tr height=\"22\"><td class=\"et3\">序号</td><td class=\"et3\">姓名</td><td class=\"et3\">"
          "身份证号</td>"
          "<td class=\"et3\">一卡通账号</td><td class=\"et3\">开户行</td><td class=\"et3\">补贴面积（亩）</td>"
          "<td class=\"et3\">补贴金额（元）</td></tr>\n"
          "<tr height=\"22\"><td class=\"et3\" x:num>1</td><td class=\"et3\">王淑珍</td>"
          "<td class=\"et2\" x:str>{ID1}</td><td class=\"et2\" x:str>{CARDL1_S}</td>"
          "<td class=\"et3\">巴彦乌拉旗农村信用合作联社新民信用社</td><td class=\"et3\" x:num>28.5</td>"
          "<td class=\"et3\" x:num>2160.30</td></tr>\n"
          "<tr height=\"22\"><td class=\"et3\" x:num>2</td><td class=\"et3\">李长青</td>"
          "<td class=\"et2\" x:str>{ID2}</td><td class=\"et2\" x:str>{ACCT2}</td>"
          "<td class=\"et3\">巴彦乌拉旗农村信用合作联社新民信用社</td><td class=\"et3\" x:num>41</td>"
          "<td class=\"et3\" x:num>3107.80</td></tr>\n"
          "<tr height=\"22\"><td class=\"et3\" x:num>3</td><td class=\"et3\">巴彦乌拉旗兴隆农民专业合作社</td>"
          "<td class=\"et2\" x:str>{USCC3}</td><td class=\"et2\" x:str>{ACCT3}</td>"
          "<td class=\"et3\">中国农业银行巴彦乌拉旗支行</td><td class=\"et3\" x:num>356</td>"
          "<td class=\"et3\" x:num>26984.80</td></tr>\n"
          "<tr height=\"22\"><td class=\"et3\" x:num>4</td><td class=\"et3\">孙某某</td>"
          "<td class=\"et2\" x:str>{ID4_M}</td><td class=\"et2\" x:str>{CARD4_M}</td>"
          "<td class=\"et3\">巴彦乌拉旗农村信用合作联社新民信用社</td><td class=\"et3\" x:num>19.2</td>"
          "<td class=\"et3\" x:num>1455.36</td></tr>",
          "新民镇兴隆村2024年耕地地力保护补贴发放公示"),
      ids=["ID1", "ID2"], banks=["CARDL1", "ACCT2"]),

    # 39 护林员（草管员）名单: XLS text attachment
    P(id="h2439", kind="attachment",
      shape="XLS text 生态护林员（草管员）名单: IDs (one X), mobiles (one 3-4-4); masked row not",
      title="巴彦乌拉旗2024年度生态护林员（草管员）续聘名单",
      body=(
          "护林员名单\n巴彦乌拉旗2024年度生态护林员（草管员）续聘名单\n"
          "序号\t苏木镇\t嘎查村\t姓名\t性别\t身份证号\t联系电话\t管护面积（亩）\n"
          "1\t查干诺尔苏木\t乌兰哈达嘎查\t毕力格图\t男\t{ID1}\t{MOB1}\t3200\n"
          "2\t查干诺尔苏木\t浩日彦嘎查\t乌云\t女\t{IDX2}\t{MOB2_S}\t2800\n"
          "3\t新民镇\t东升村\t王某某\t男\t{ID3_M}\t{MOB3_M}\t1500\n"
          "\t\t\t\t\t\t合计\t7500\n"),
      ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"]),

    # 40 征地补偿 发放公示 on the 信息公开 platform
    P(id="h2440",
      shape="xxgk 征收 补偿款 公示 户名/身份证号/账号: a card and a non-Luhn account of persons; 村集体 row (USCC, "
            "account), 地块编码 not",
      title="巴彦乌拉旗新民镇东升村集体土地征收补偿款发放公示",
      body=xxgk(
          "巴彦乌拉旗新民镇东升村集体土地征收补偿款发放公示", "巴彦乌拉旗新民镇人民政府",
          "新政发〔2024〕19号", "2024-07-22",
          "<p>根据《巴彦乌拉旗人民政府关于新民镇东升村集体土地征收补偿安置方案的批复》，现将第一批"
          "征收补偿款发放情况公示如下：</p>\n"
          "<table width=\"100%\" border=\"1\">\n"
          "<tr><td>序号</td><td>户名</td><td>身份证号</td><td>地块编码</td><td>征收面积（亩）</td>"
          "<td>补偿金额（元）</td><td>开户行</td><td>账号</td></tr>\n"
          "<tr><td>1</td><td>张振华</td><td>{ID1}</td><td>152599103204JC00117</td><td>3.62</td>"
          "<td>98478.40</td><td>中国农业银行巴彦乌拉旗支行</td><td>{CARD1}</td></tr>\n"
          "<tr><td>2</td><td>刘桂琴</td><td>{ID2}</td><td>152599103204JC00121</td><td>2.15</td>"
          "<td>58487.00</td><td>巴彦乌拉旗农村信用合作联社</td><td>{ACCT2}</td></tr>\n"
          "<tr><td>3</td><td>东升村股份经济合作社</td><td>{USCC3}</td><td>152599103204JC00090</td>"
          "<td>6.80</td><td>184960.00</td><td>巴彦乌拉旗农村信用合作联社</td><td>{ACCT3}</td></tr>\n"
          "</table>\n"
          "<p>公示期5个工作日。联系电话：新民镇自然资源所 0478-6261180。</p>", 722),
      ids=["ID1", "ID2"], banks=["CARD1", "ACCT2"]),

    # 41 创业担保贷款 贴息 公示 on the portal
    P(id="h2441",
      shape="portal 创业担保贷款 贴息 公示 (借款人 column): IDs, mobiles (one full-width); "
            "Luhn-valid 19-digit 贷款合同编号, masked row not",
      title="巴彦乌拉旗2024年第一季度创业担保贷款财政贴息资金拟拨付公示",
      body=portal(
          "巴彦乌拉旗2024年第一季度创业担保贷款财政贴息资金拟拨付公示", "公示公告", "2024-04-15",
          "巴彦乌拉旗人力资源和社会保障局",
          "<p>经经办银行申报、旗就业服务中心审核，拟对以下借款人拨付2024年第一季度创业担保贷款财政贴息资金，"
          "现予公示：</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>借款人</td><td>身份证号码</td><td>经营项目</td><td>贷款银行</td>"
          "<td>贷款合同编号</td><td>贷款金额（万元）</td><td>贴息金额（元）</td><td>联系电话</td></tr>\n"
          "<tr><td>1</td><td>萨仁高娃</td><td>{ID1}</td><td>牧家乐</td><td>巴彦乌拉旗农商银行</td>"
          "<td>{ORDER1}</td><td>20</td><td>1890.00</td><td>{MOB1}</td></tr>\n"
          "<tr><td>2</td><td>李建国</td><td>{ID2}</td><td>汽车修理</td><td>中国邮政储蓄银行巴彦乌拉旗支行</td>"
          "<td>{ORDER2}</td><td>15</td><td>1417.50</td><td>{MOB2_FW}</td></tr>\n"
          "<tr><td>3</td><td>巴某</td><td>{ID3_M}</td><td>奶食品加工</td><td>巴彦乌拉旗农商银行</td>"
          "<td>{ORDER3}</td><td>10</td><td>945.00</td><td>{MOB3_M}</td></tr>\n"
          "</table>\n"
          "<p>公示期：2024年4月15日至4月21日。监督电话：0478-6213368。</p>"),
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    # 42 临时救助 名单: Word-saved HTML table
    P(id="h2442",
      shape="Word HTML 临时救助 名单 table: IDs (one X), a 16- and a 19-digit card, 代领人's mobile in 备注; "
            "masked card not",
      title="巴彦乌拉旗2024年4月临时救助对象名单",
      body=word("巴彦乌拉旗2024年4月临时救助对象名单",
          wp("<b>巴彦乌拉旗2024年4月临时救助对象名单</b>", align="center")
          + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse"
              ":collapse;"
          "border:none;mso-border-alt:solid windowtext .5pt'>\n"
          "<tr><td><p class=MsoNormal>序号</p></td><td><p class=MsoNormal>姓名</p></td>"
          "<td><p class=MsoNormal>身份证号</p></td><td><p class=MsoNormal>救助事由</p></td>"
          "<td><p class=MsoNormal>救助金额（元）</p></td><td><p class=MsoNormal>银行卡号</p></td>"
          "<td><p class=MsoNormal>备注</p></td></tr>\n"
          "<tr><td><p class=MsoNormal><span lang=EN-US>1</span></p></td><td><p class=MsoNormal>"
          "吉日嘎拉</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{ID1}</span></p></td><td><p class=MsoNormal>"
          "因病</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>3000</span></p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{CARD1}</span></p></td><td><p class=MsoNormal>"
          "</p></td></tr>\n"
          "<tr><td><p class=MsoNormal><span lang=EN-US>2</span></p></td><td><p class=MsoNormal>"
          "杨某某</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{ID2}</span></p></td><td><p class=MsoNormal>"
          "因灾</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>1500</span></p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{CARD2_M}</span></p></td>"
          "<td><p class=MsoNormal>代领人：杨某，电话：<span lang=EN-US>{MOB1}</span></p></td></tr>\n"
          "<tr><td><p class=MsoNormal><span lang=EN-US>3</span></p></td><td><p class=MsoNormal>"
          "乌兰图雅</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{IDX3}</span></p></td><td><p class=MsoNormal>"
          "因学</p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>2000</span></p></td>"
          "<td><p class=MsoNormal><span lang=EN-US>{CARDL3}</span></p></td><td><p class=MsoNormal>"
          "</p></td></tr>\n"
          "</table>\n"
          + wp("巴彦乌拉旗民政局<br><span lang=EN-US>2024</span>年<span lang=EN-US>5</span>月"
               "<span lang=EN-US>6</span>日", align="right")),
      ids=["ID1", "ID2", "IDX3"], phones=["MOB1"], banks=["CARD1", "CARDL3"]),

    # 43 残疾人两项补贴 花名册: PDF text attachment, columns set in spaces
    P(id="h2443", kind="attachment",
      shape="PDF text 残疾人两项补贴 花名册, columns set in spaces: IDs, mobiles (one full-width), "
            "a 16- and a 19-digit 发放账号; masked row, running head, folio not",
      title="额尔敦苏木2024年残疾人两项补贴发放花名册",
      body=(
          "额尔敦苏木人民政府                                         2024年第二季度\n\n"
          "                 额尔敦苏木2024年残疾人两项补贴发放花名册\n\n"
          "序号    姓名        身份证号                残疾类别    等级    联系电话        发放账号                 金额\n"
          "1       巴图        {ID1}      肢体        二级    {MOB1}     {CARD1}         1200\n"
          "2       高某某      {ID2_M}      视力        一级    {MOB2_M}     {CARD2_M}         1200\n"
          "3       青格勒      {ID3}      智力        二级    {MOB3_FW}     {CARDL3}      1200\n"
          "                                                                      合计             36"
          "00\n\n"
          "审核人：苏木民政办                                   制表日期：2024年6月28日\n\n"
          "                                  第 1 页，共 1 页\n"),
      ids=["ID1", "ID3"], phones=["MOB1", "MOB3"], banks=["CARD1", "CARDL3"]),

    # 44 公益性岗位 拟聘人员公示: DOCX text
    P(id="h2444", kind="attachment",
      shape="DOCX text 公益性岗位 拟聘 公示 tab table: IDs (one written 6-8-4 with hyphens), "
            "mobiles (one 3-4-4); masked row, 镇 监督电话 not",
      title="哈日根台镇2024年公益性岗位（草原管护）拟聘人员公示",
      body=(
          "哈日根台镇2024年公益性岗位（草原管护）拟聘人员公示\n\n"
          "根据《巴彦乌拉旗公益性岗位开发管理办法》，经个人申请、资格审核、嘎查村推荐，现将拟聘人员公示如下：\n\n"
          "序号\t姓名\t性别\t身份证号\t岗位\t联系电话\n"
          "1\t额尔德木图\t男\t{ID1}\t草原管护员\t{MOB1}\n"
          "2\t王某某\t女\t{ID2_M}\t保洁员\t{MOB2_M}\n"
          "3\t其木格\t女\t{ID3_D}\t草原管护员\t{MOB3_S}\n\n"
          "公示期：2024年6月3日至6月9日。监督电话：0478-6251234（哈日根台镇人民政府）。\n\n"
          "\t\t\t哈日根台镇人民政府\n\t\t\t2024年6月3日\n"),
      ids=["ID1", "ID3"], phones=["MOB1", "MOB3"]),

    # 45 危房改造 补助 公示 on the old GBK site
    P(id="h2445", enc="gbk",
      shape="GBK 农村牧区危房改造 补助 公示: full-width ID, plain ID, card, card in groups with U+3000; "
            "masked row not",
      title="白音花镇2024年农村牧区危房改造补助资金发放公示",
      body=gbk(
          "白音花镇2024年农村牧区危房改造补助资金发放公示", "巴彦乌拉旗白音花镇人民政府", "2024-8-2",
          "<p>　　经旗住建局、财政局验收审核，现将2024年农村牧区危房改造补助资金发放情况公示如下：</p>\n"
          "<table width=\"96%\" border=\"1\" align=\"center\" cellpadding=\"2\" "
          "cellspacing=\"0\">\n"
          "<tr><td>序号</td><td>嘎查村</td><td>户主姓名</td><td>身份证号码</td><td>改造方式</td>"
          "<td>补助金额（元）</td><td>一卡通账号</td></tr>\n"
          "<tr><td>1</td><td>太平村</td><td>周玉兰</td><td>{ID1_FW}</td><td>翻建</td><td>20000</td>"
          "<td>{CARD1}</td></tr>\n"
          "<tr><td>2</td><td>太平村</td><td>白音仓</td><td>{ID2}</td><td>维修加固</td><td>8000</td>"
          "<td>{CARD2_NB}</td></tr>\n"
          "<tr><td>3</td><td>乌力吉嘎查</td><td>乌某某</td><td>{ID3_M}</td><td>翻建</td><td>20000</td>"
          "<td>{CARD3_M}</td></tr>\n"
          "</table>\n<p>　　公示期7天。监督电话：0478-6271005。</p>"),
      ids=["ID1", "ID2"], banks=["CARD1", "CARD2"]),

    # 46 示范家庭牧场 名单 on the 信息公开 platform
    P(id="h2446",
      shape="xxgk 示范家庭牧场 名单 (负责人 column): three IDs (one X), three mobiles",
      title="巴彦乌拉旗第三批旗级示范家庭牧场名单",
      body=xxgk(
          "巴彦乌拉旗第三批旗级示范家庭牧场名单", "巴彦乌拉旗农牧局", "巴农牧发〔2024〕31号", "2024-09-10",
          "<p>经苏木镇推荐、旗农牧局评审，认定以下3家为第三批旗级示范家庭牧场：</p>\n"
          "<table width=\"100%\" border=\"1\">\n"
          "<tr><td>序号</td><td>牧场名称</td><td>负责人</td><td>身份证号</td><td>联系电话</td><td>所在苏木镇</td></tr>\n"
          "<tr><td>1</td><td>巴彦乌拉旗朝鲁门家庭牧场</td><td>朝鲁门</td><td>{ID1}</td><td>{MOB1}</td>"
          "<td>额尔敦苏木</td></tr>\n"
          "<tr><td>2</td><td>巴彦乌拉旗春华家庭农牧场</td><td>赵春华</td><td>{IDX2}</td><td>{MOB2}</td>"
          "<td>新民镇</td></tr>\n"
          "<tr><td>3</td><td>巴彦乌拉旗满都拉家庭牧场</td><td>满都拉</td><td>{ID3}</td><td>{MOB3}</td>"
          "<td>查干诺尔苏木</td></tr>\n"
          "</table>", 910),
      ids=["ID1", "IDX2", "ID3"], phones=["MOB1", "MOB2", "MOB3"]),

    # 47 低保金 代发账号 更正 公告 (not a list)
    P(id="h2447",
      shape="portal 低保金 代发账号 更正 公告: ID, 户名 + 账号 (non-Luhn) of a person; masked 原卡号, 民政局 line not",
      title="关于更正2024年5月城乡低保金代发账号的公告",
      body=portal(
          "关于更正2024年5月城乡低保金代发账号的公告", "通知公告", "2024-06-04", "巴彦乌拉旗民政局",
          "<p>因银行账户信息变更，现将额尔敦苏木低保对象额尔敦其木格（身份证号：{ID1}）的低保金代发账号"
          "更正如下：</p>\n"
          "<p>户名：额尔敦其木格；开户行：巴彦乌拉旗农村信用合作联社额尔敦信用社；账号：{ACCT1}"
          "（原卡号：{CARD2_M}）。</p>\n"
          "<p>自2024年6月起按更正后的账号代发。特此公告。</p>\n"
          "<p>巴彦乌拉旗民政局社会救助股，联系电话：0478-6212230。</p>\n"
          "<p style=\"text-align:right\">巴彦乌拉旗民政局<br>2024年6月4日</p>"),
      ids=["ID1"], banks=["ACCT1"]),

    # 48 拟表彰名单 written out item by item
    P(id="h2448",
      shape="portal 拟表彰 名单 公示 written item by item: IDs (one X), mobiles (one +86); masked item, "
            "林草局 line not",
      title="巴彦乌拉旗2023年度森林草原防火工作先进个人拟表彰名单公示",
      body=portal(
          "巴彦乌拉旗2023年度森林草原防火工作先进个人拟表彰名单公示", "公示公告", "2024-01-22",
          "巴彦乌拉旗林业和草原局",
          "<p>经各苏木镇推荐、旗森林草原防灭火指挥部办公室审核，拟对以下3名同志予以表彰，现予公示：</p>\n"
          "<p>1. 巴某（额尔敦苏木巴彦宝力格嘎查牧民，身份证号：{ID1}，联系电话：{MOB1}）；</p>\n"
          "<p>2. 李某某（新民镇东升村护林员，身份证号：{ID2_M}，联系电话：{MOB2_M}）；</p>\n"
          "<p>3. 阿拉坦其其格（宝力根苏木草管员，身份证号：{IDX3}，联系电话：{MOB3_86}）。</p>\n"
          "<p>公示期间如有异议，请与旗林业和草原局联系，联系电话：0478-6216119。</p>"),
      ids=["ID1", "IDX3"], phones=["MOB1", "MOB3"]),

    # --- nothing to report ----------------------------------------------------------------

    # 49 招聘 拟聘用 公示
    P(id="h2449",
      shape="portal 招聘 拟聘用 公示: 14-digit 准考证号, masked IDs (* and X), 监督电话: nothing",
      title="巴彦乌拉旗2024年公开招聘嘎查村（社区）专职工作者拟聘用人员公示",
      body=portal(
          "巴彦乌拉旗2024年公开招聘嘎查村（社区）专职工作者拟聘用人员公示", "公示公告", "2024-08-19",
          "中共巴彦乌拉旗委员会组织部",
          "<p>根据笔试、面试、体检和考察结果，现将拟聘用人员名单公示如下：</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>姓名</td><td>性别</td><td>准考证号</td><td>身份证号</td><td>总成绩</td>"
          "<td>岗位</td></tr>\n"
          "<tr><td>1</td><td>包格日乐</td><td>女</td><td>24152599010307</td><td>{ID1_M}</td><td>"
          "78.46</td>"
          "<td>额尔敦苏木嘎查专职工作者</td></tr>\n"
          "<tr><td>2</td><td>王浩然</td><td>男</td><td>24152599010522</td><td>{ID2_M}</td><td>"
          "76.90</td>"
          "<td>乌拉镇社区专职工作者</td></tr>\n"
          "<tr><td>3</td><td>乌日汗</td><td>女</td><td>24152599011014</td><td>{IDX3_MX}</td><td>"
          "75.38</td>"
          "<td>乌拉镇社区专职工作者</td></tr>\n"
          "</table>\n"
          "<p>公示期：2024年8月19日至8月23日。监督电话：0478-6212277。</p>"),
      ),

    # 50 12345 reply with a masked caller number
    P(id="h2450",
      shape="portal 12345 答复: Luhn-valid 19-digit 工单编号, caller's number masked twice, 12345: "
            "nothing",
      title="关于市民反映乌拉镇团结路小区供暖不热问题的答复",
      body=portal(
          "关于市民反映乌拉镇团结路小区供暖不热问题的答复", "回应关切", "2024-01-18",
          "巴彦乌拉旗12345政务服务便民热线",
          "<p>工单编号：{ORDER1}</p>\n"
          "<p>来电人：张先生　来电号码：{MOB1_M}</p>\n"
          "<p>来电内容：市民反映乌拉镇团结路金泰小区3号楼室温长期不达标，要求热力公司尽快解决。</p>\n"
          "<p>办理结果：经旗住房和城乡建设局协调，巴彦乌拉旗热力有限责任公司于2024年1月16日派员上门检查，"
          "对该楼单元供热管道进行了排气和清洗，经复测室温达到19℃。承办单位已电话联系来电人"
          "（{MOB1_M}）反馈办理结果，来电人表示满意。</p>\n"
          "<p>如有问题，请拨打巴彦乌拉旗12345政务服务便民热线。</p>"),
      ),

    # 51 采购 中标 结果公告
    P(id="h2451",
      shape="portal 采购 中标 公告: USCC, 项目编号, companies' and offices' 地址 and lines: nothing",
      title="巴彦乌拉旗退化草原生态修复项目中标（成交）结果公告",
      body=portal(
          "巴彦乌拉旗退化草原生态修复项目中标（成交）结果公告", "政府采购", "2024-05-27",
          "巴彦乌拉旗林业和草原局",
          "<p>一、项目编号：BYWL-ZFCG-2024-017</p>\n"
          "<p>二、项目名称：巴彦乌拉旗2024年退化草原生态修复项目</p>\n"
          "<p>三、中标（成交）信息：供应商名称：查干塔拉盟绿源生态建设有限公司；统一社会信用代码：{USCC1}；"
          "供应商地址：查干塔拉盟塔拉浩特市民族路88号；中标（成交）金额：人民币386.5万元。</p>\n"
          "<p>四、主要标的信息：补播改良退化草原12000亩，围栏封育3000亩。</p>\n"
          "<p>五、凡对本次公告内容提出询问，请按以下方式联系：</p>\n"
          "<p>1. 采购人信息：名称：巴彦乌拉旗林业和草原局；地址：巴彦乌拉旗乌拉镇那达慕大街28号；"
          "联系方式：0478-6216119。</p>\n"
          "<p>2. 采购代理机构信息：名称：内蒙古正信项目管理有限公司；地址：呼和浩特市赛罕区敕勒川大街15号；"
          "联系方式：0471-5269988。</p>"),
      ),

    # 52 执法人员 名单 公示 with 13-prefixed 执法证号
    P(id="h2452",
      shape="portal 执法人员 名单 公示: five 11-digit 执法证号 beginning 13 (look like mobiles): nothing",
      title="巴彦乌拉旗交通运输综合行政执法大队行政执法人员名单公示",
      body=portal(
          "巴彦乌拉旗交通运输综合行政执法大队行政执法人员名单公示", "公示公告", "2024-03-01",
          "旗交通运输局",
          "<p>根据行政执法公示制度要求，现将我大队持证行政执法人员名单公示如下：</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>姓名</td><td>性别</td><td>执法证号</td><td>执法类别</td><td>执法区域</td></tr>\n"
          "<tr><td>1</td><td>张某某</td><td>男</td><td>{CERT1}</td><td>交通运输</td><td>巴彦乌拉旗</td></tr>\n"
          "<tr><td>2</td><td>巴某</td><td>男</td><td>{CERT2}</td><td>交通运输</td><td>巴彦乌拉旗</td></tr>\n"
          "<tr><td>3</td><td>其木格</td><td>女</td><td>{CERT3}</td><td>交通运输</td><td>巴彦乌拉旗</td></tr>\n"
          "<tr><td>4</td><td>刘涛</td><td>男</td><td>{CERT4}</td><td>交通运输</td><td>巴彦乌拉旗</td></tr>\n"
          "<tr><td>5</td><td>吉日格勒</td><td>男</td><td>{CERT5}</td><td>交通运输</td><td>巴彦乌拉旗</td></tr>\n"
          "</table>\n<p>监督电话：0478-6219876</p>"),
      ),

    # 53 双随机 抽查结果 公示
    P(id="h2453",
      shape="xxgk 双随机 抽查结果 公示: USCCs (two all-digit), a 15-digit 注册号 under 统一社会信用代码（注册号）: nothing",
      title="巴彦乌拉旗市场监督管理局2024年第一批双随机抽查结果公示",
      body=xxgk(
          "巴彦乌拉旗市场监督管理局2024年第一批双随机抽查结果公示", "巴彦乌拉旗市场监督管理局",
          "无", "2024-06-20",
          "<table width=\"100%\" border=\"1\">\n"
          "<tr><td>序号</td><td>市场主体名称</td><td>统一社会信用代码（注册号）</td><td>检查事项</td>"
          "<td>检查结果</td></tr>\n"
          "<tr><td>1</td><td>巴彦乌拉旗草原明珠酒店有限公司</td><td>{USCCD1}</td><td>食品经营检查</td>"
          "<td>未发现问题</td></tr>\n"
          "<tr><td>2</td><td>查干塔拉盟天骄乳业有限公司</td><td>{USCC2}</td><td>食品生产检查</td>"
          "<td>发现问题已责令改正</td></tr>\n"
          "<tr><td>3</td><td>巴彦乌拉旗乌拉镇吉祥蒙餐馆</td><td>{IDF3}</td><td>食品经营检查</td>"
          "<td>未发现问题</td></tr>\n"
          "<tr><td>4</td><td>巴彦乌拉旗宏图农牧机械有限公司</td><td>{USCCD4}</td><td>产品质量检查</td>"
          "<td>未发现问题</td></tr>\n"
          "</table>", 620),
      ),

    # 54 不动产 首次登记 公告
    P(id="h2454",
      shape="portal 不动产 首次登记 公告: masked IDs, 28-character 不动产单元号, "
            "坐落 with 号楼 单元 室 (not a penalty decision): nothing",
      title="巴彦乌拉旗不动产首次登记公告（2024第12号）",
      body=portal(
          "巴彦乌拉旗不动产首次登记公告（2024第12号）", "通知公告", "2024-07-15", "巴彦乌拉旗不动产登记中心",
          "<p>经初步审定，我中心拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条"
          "规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我中心。</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>权利人</td><td>证件号码</td><td>不动产单元号</td><td>坐落</td><td>面积（㎡）</td></tr>\n"
          "<tr><td>1</td><td>孟根</td><td>{ID1_M}</td><td>152599001001GB00123F00010002</td>"
          "<td>乌拉镇团结路8号院3号楼1单元201室</td><td>96.48</td></tr>\n"
          "<tr><td>2</td><td>刘某某</td><td>{IDX2_M}</td><td>152599001001GB00123F00010015</td>"
          "<td>乌拉镇团结路8号院3号楼2单元502室</td><td>112.30</td></tr>\n"
          "</table>\n"
          "<p>异议受理地址：巴彦乌拉旗乌拉镇那达慕大街28号政务服务中心一楼；联系电话：0478-6217765。</p>"),
      ),

    # 55 罚没款 非税收入 缴纳 指南
    P(id="h2455",
      shape="portal 罚没款 缴纳 指南: the 财政局 非税收入 and 国库 accounts (19-digit), 12366, office line: "
            "nothing",
      title="巴彦乌拉旗罚没款及非税收入缴纳指南",
      body=portal(
          "巴彦乌拉旗罚没款及非税收入缴纳指南", "办事指南", "2024-02-01", "巴彦乌拉旗财政局",
          "<p>一、缴款方式：缴款人凭执收单位开具的《非税收入一般缴款书》（含20位缴款识别码），通过银行柜台、"
          "网上银行或手机银行缴纳。</p>\n"
          "<p>二、收款账户：</p>\n"
          "<p>户名：巴彦乌拉旗财政局（非税收入专户）；开户行：中国农业银行股份有限公司巴彦乌拉旗支行；"
          "账号：{OACCT1}。</p>\n"
          "<p>户名：国家金库巴彦乌拉旗支库；开户行：中国人民银行巴彦乌拉旗支行（代理）；账号：{OACCT2}。</p>\n"
          "<p>三、咨询电话：旗财政局非税收入管理股 0478-6212666；税费业务请拨打12366。</p>"),
      ),

    # 56 个体户 注销 公告
    P(id="h2456",
      shape="portal 个体工商户 注销 公告: 15-digit 注册号s, a USCC, 经营者 names, 经营场所 (not a list of people): "
            "nothing",
      title="关于注销部分长期停业个体工商户的公告",
      body=portal(
          "关于注销部分长期停业个体工商户的公告", "通知公告", "2024-03-11", "巴彦乌拉旗市场监督管理局",
          "<p>经核查，下列个体工商户已连续两年以上未开展经营活动且未报送年度报告，根据有关规定，本局拟依法"
          "注销其登记。相关当事人如有异议，请于公告之日起45日内向本局提出。</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>字号名称</td><td>经营者</td><td>注册号/统一社会信用代码</td><td>经营场所</td></tr>\n"
          "<tr><td>1</td><td>巴彦乌拉旗乌拉镇腾飞电脑维修部</td><td>王某</td><td>{IDF1}</td>"
          "<td>乌拉镇新华街23号</td></tr>\n"
          "<tr><td>2</td><td>巴彦乌拉旗新民镇丰收粮油店</td><td>刘某某</td><td>{IDF2}</td>"
          "<td>新民镇兴隆街5号</td></tr>\n"
          "<tr><td>3</td><td>巴彦乌拉旗宝力根苏木其其格商店</td><td>其某某</td><td>{USCC3}</td>"
          "<td>宝力根苏木所在地</td></tr>\n"
          "</table>\n<p>联系电话：0478-6215315</p>"),
      ),

    # 57 政务服务 办件结果 公示
    P(id="h2457",
      shape="portal 办件结果 公示: Luhn-valid 19-digit 办件编号s, masked applicants, 12345: nothing",
      title="巴彦乌拉旗政务服务中心2024年5月办件结果公示",
      body=portal(
          "巴彦乌拉旗政务服务中心2024年5月办件结果公示", "公示公告", "2024-06-05", "巴彦乌拉旗政务服务中心",
          "<table width=\"100%\">\n"
          "<tr><td>办件编号</td><td>事项名称</td><td>申请人</td><td>受理时间</td><td>办结时间</td><td>办理结果</td></tr>\n"
          "<tr><td>{ORDER1}</td><td>食品经营许可（新办）</td><td>王**</td><td>2024-05-06</td>"
          "<td>2024-05-08</td><td>准予许可</td></tr>\n"
          "<tr><td>{ORDER2}</td><td>建设工程规划许可</td><td>巴**</td><td>2024-05-13</td>"
          "<td>2024-05-20</td><td>准予许可</td></tr>\n"
          "<tr><td>{ORDER3}</td><td>道路运输经营许可</td><td>查干塔拉盟**物流有限公司</td><td>2024-05-21</td>"
          "<td>2024-05-24</td><td>准予许可</td></tr>\n"
          "</table>\n<p>咨询电话：0478-6219000；投诉电话：12345。</p>"),
      ),

    # 58 交警 酒驾 曝光
    P(id="h2458",
      shape="portal 交警 曝光台: X-masked and *-masked IDs, partly masked plates, Luhn-valid 决定书编号: "
            "nothing",
      title="巴彦乌拉旗公安局交通管理大队2024年5月酒驾醉驾曝光",
      body=portal(
          "巴彦乌拉旗公安局交通管理大队2024年5月酒驾醉驾曝光", "警务公开", "2024-06-03",
          "巴彦乌拉旗公安局交通管理大队",
          "<p>为营造“喝酒不开车，开车不喝酒”的良好氛围，现将2024年5月查处的部分酒驾醉驾违法人员曝光如下：</p>\n"
          "<table width=\"100%\">\n"
          "<tr><td>序号</td><td>姓名</td><td>身份证号</td><td>号牌号码</td><td>违法行为</td><td>决定书编号</td></tr>\n"
          "<tr><td>1</td><td>刘某某</td><td>{ID1_MX}</td><td>蒙R·3**72</td><td>饮酒后驾驶机动车</td>"
          "<td>{ORDER1}</td></tr>\n"
          "<tr><td>2</td><td>乌某某</td><td>{IDX2_MX}</td><td>蒙R·K**19</td><td>饮酒后驾驶机动车</td>"
          "<td>{ORDER2}</td></tr>\n"
          "<tr><td>3</td><td>高某</td><td>{ID3_M}</td><td>蒙R·7**0Q</td><td>醉酒后驾驶机动车</td>"
          "<td>已移送起诉</td></tr>\n"
          "</table>\n<p>举报电话：0478-6213122</p>"),
      ),

    # 59 双公示 company
    P(id="h2459", column="penalty",
      shape="双公示 company: USCC, 法定代表人 masked name and masked 证件号码, the office's USCC: nothing",
      title="行政处罚信息-查干塔拉盟草原之星乳业有限公司",
      body=credit([
          ("行政相对人名称", "查干塔拉盟草原之星乳业有限公司"),
          ("行政相对人类别", "法人及非法人组织"),
          ("行政相对人代码_1（统一社会信用代码）", "{USCC1}"),
          ("法定代表人", "乌某某"),
          ("法定代表人证件类型", "身份证"),
          ("法定代表人证件号码", "{ID1_M}"),
          ("行政处罚决定书文号", "巴市监处罚〔2024〕40号"),
          ("违法行为类型", "生产经营不符合食品安全标准的食品"),
          ("违法事实", "当事人生产的“草原之星”鲜奶酪蛋白质含量不符合食品安全国家标准。"),
          ("处罚依据", "《中华人民共和国食品安全法》第一百二十四条第一款"),
          ("处罚类别", "罚款;没收违法所得"),
          ("处罚内容", "没收违法所得4600元，罚款人民币50000元"),
          ("罚款金额（万元）", "5"),
          ("处罚决定日期", "2024/07/01"),
          ("处罚机关", "巴彦乌拉旗市场监督管理局"),
          ("处罚机关统一社会信用代码", "{USCC2}"),
          ("数据来源单位", "巴彦乌拉旗市场监督管理局"),
      ], "行政处罚信息-查干塔拉盟草原之星乳业有限公司"),
      ),

    # 60 政府信息公开工作年度报告 on the old GBK site
    P(id="h2460", enc="gbk",
      shape="GBK 政府信息公开 年度报告: counts, office 地址 and line, 12345: nothing",
      title="巴彦乌拉旗农牧局2023年政府信息公开工作年度报告",
      body=gbk(
          "巴彦乌拉旗农牧局2023年政府信息公开工作年度报告", "巴彦乌拉旗农牧局", "2024-1-29",
          "<p>　　本报告根据《中华人民共和国政府信息公开条例》要求编制。报告中所列数据统计期限自2023年1月1日"
          "至2023年12月31日。如对本报告有疑问，请与巴彦乌拉旗农牧局办公室联系（地址：巴彦乌拉旗乌拉镇"
          "那达慕大街28号，邮编：026599，电话：0478-6214508）。</p>\n"
          "<p>　　一、总体情况</p>\n"
          "<p>　　2023年，我局主动公开政府信息186条，其中行政处罚信息23条、行政许可信息41条，"
          "各类惠农惠牧补贴公示37条。</p>\n"
          "<table width=\"96%\" border=\"1\" align=\"center\" cellspacing=\"0\">\n"
          "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>\n"
          "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>\n"
          "<tr><td>行政规范性文件</td><td>2</td><td>1</td><td>9</td></tr>\n"
          "</table>\n"
          "<p>　　二、收到和处理政府信息公开申请情况：本年新收申请3件，均已按期答复。</p>\n"
          "<p>　　三、政府信息公开行政复议、行政诉讼情况：无。</p>\n"
          "<p>　　群众也可通过12345政务服务便民热线反映问题。</p>"),
      ),
]
