"""The twenty-fifth held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the benchmarks, tests/national/, tuning.py, the built passages.jsonl or
any other passage file beyond heldout20's first 175 lines (for the format, the docstring style and
its furniture helpers), did not look at git history or /work/main, and ran no detector and no
rulekit command. It read passage.py, numbers_.py, build.py, the four rule pages
(docs/rules/privacy.id-number.md, privacy.phone.md, privacy.bank-account.md, privacy.address.md),
shared/spec/rules.md, privacy.md and inputs.md, the seed notice 001 and shared/real/ (NOTES.md and
two real pages, for TRS and 信息公开 markup). Every passage was labelled by hand from the "What it
checks" sections of the four rule pages before any run; the only runs were the record() build and a
check that every labelled value and address appears in its passage's text.

Furniture: a fictional 汶溪县 under a fictional 岱川市 (山东, 区号 0637, plates 鲁T). The seat is
汶城街道 (府前大街, 泗桥路, 文昌街, 东关路, 建设北路, 汶河西路, 柳溪巷, 青柳巷; 青柳社区, 东关社区), with
溪南街道 (建设南路, 南苑社区, 河湾村), 白马镇 (前周村, 后周村), 桃峪镇 (西桃峪村, 东桃峪村), 龙湾镇
(小龙湾村, 马家庄村), 石岭镇 (北岭村, 南岭村) and 杨庄镇 (后杨庄村, 辛集村); villages are written with
组 and/or house numbers. The county's office is on 府前大街88号 (footer, 0637-6021234, 邮编 276899,
site code 3709990027); every office number (举报电话, 咨询电话, contact persons, 监督电话, footers) is
written out with 0637 and never labelled. One party's landline comes from the placeholders (0795, a
man whose 户籍地 is in 江西). Looks: the county portal (TRS, ``TRS_Editor`` inside ``#zoom``,
national metas), a JCMS-like department site (``<!--<$[信息内容]>begin-->`` markers), the 信息公开
platform detail page (索引号 / 发布机构 / 文号 table), 信用岱川 双公示 key/value pages, an old
table-layout site declared gb2312 and stored GBK (``enc="gbk"``), Excel (``x:str``) and WPS ET sheet
exports, Word-saved HTML (MsoNormal, ``mso-spacerun``), PDF text attachments (running heads,
folios, columns set in spaces, form feeds) and DOCX text attachments (tab tables).

Labelling rules applied. IDs: every page and attachment; an 18-character number that is not
masked and not named as something else (统一社会信用代码, 注册号, 编号, 执法证号 …); a 15-digit one
only after 公民身份号码 or under a 身份证号 header. Phones: only in penalty decisions, other decisions
served on a party (查封 决定书), notices before a penalty (听证告知书), published lists (名单 / 公示 / 清册
titles, a table headed 姓名 with a phone column, a list written item by item), a 备注 代领人, and a
mobile that the page also writes masked; the party's (or the party's agent's) mobile, and a
landline only after 联系电话 in a natural person's description. Not: office numbers, hotlines,
companies' and lawyers' numbers, a directory of officials, 执法证号, a procurement agency's contact
on a plain notice. Bank accounts: a person's Luhn-valid 16–19-digit card anywhere, and a non-card
account after 账号 / 卡号 / 开户行 (or under such a column) held by a person; not 国库 / 财政局 /
基金收入户 accounts, companies' accounts, masked cards, or Luhn-valid numbers under 编号 labels.
Addresses: only in penalty decisions (column penalty, a title with 处罚决定书) and their attachments;
a natural person's address below the township after 住址 / 家庭住址 / 户籍地 / 现住 / 现居住于 / 家住 /
住所 (of a person) / 原住址, or in the 住址 column of a 当事人 table, labelled exactly as written; not
company 住所, 经营场所, 违法地点, lawyers' and offices' addresses, footers, masked or township-level
addresses. Cases the rule pages leave open (a 个体户's landline, a 残疾证号 that embeds an ID, a 驾驶证号
label, a 家庭农场 contact's phone, an agent's address) were left out of the set.

Shapes. Penalty decisions: h2501 TRS 市场监管 个体 (经营者 ID and mobile after field comments, 住址;
USCC, 经营场所, 财政局 account, 12315 not); h2502 JCMS 公安 治安 (6-8-4 ID, 现住址 社区 号楼 单元 室; 户籍地 at
the 镇 not); h2503 信息公开 交通 超限 (ID with X, 3-4-4 mobile, 住址 村 组 号; plate, 道路运输证号, 执法证号 not);
h2504 信用 双公示 农业 (full-width ID); h2505 GBK 自然资源 (lower-case x, 家庭住址 村 号); h2506 Word 卫健
(ID in spans, full-width mobile, 住址); h2507 PDF 应急 (ID over a line break, +86 mobile, 现住);
h2508 DOCX 文旅 网吧 (ID with X, dashed mobile, 经营者 住址; 经营场所, USCC not); h2509 JCMS 综合执法 in
通知公告 titled 处罚决定书 (comment-split ID, 住址; 违法地点 not); h2510 生态 company (USCC, 住所, company
account, 财政局 account, 12369: nothing); h2511 税务 简易 (zero-width space in the ID, 住址); h2512 水务
(15-digit ID, 住址; 取水许可证编号 not); h2513 市场监管 个体 吊销 (15-digit 注册号 not, 经营者 ID, 住址 in
西安); h2514 all masked; h2515 林业 with a lawyer (party ID and 住址; the 律师事务所's 地址 and
landline not); h2516 Word 公安 (ID between mso-spacerun spans, 家住 without colon); h2517 文旅 导游
(half full-width ID, mobile in font/b, 现住 幢 单元 室; county-level 户籍地 not); h2518 PDF 林业 two
parties (two IDs, two 住址; Luhn-valid 采伐许可证编号 not); h2519 Excel 处罚案件 公开表 (2 persons' IDs
and 住址; company and masked rows not); h2520 WPS ET 交警 简易程序 (3 IDs; Luhn-valid 决定书编号 not);
h2521 送达公告 of a 处罚决定书 (ID, 原住址); h2522 生态 个人 焚烧 (ID in font/b, 现居住于); h2523 渔政
(户籍地 in 江西 and 现住 both, (0795) landline, mobile in spans); h2524 商务 (ID over <br>, a person's
住所); h2525 听证告知书 (ID, U+3000 mobile; its 住址 outside the address rule); h2526 查封 决定书
(dashed ID, half full-width mobile; township 住址); h2527 X-masked ID and mobile, 执法证号, hotlines:
nothing; h2528 DOCX 农业 个体 (half full-width ID, mobile, 住址; 国库 account not); h2529 PDF 市场监管
(U+3000 ID, 住址 号楼 单元 室); h2530 综合执法 with the party's son as agent (2 IDs, agent's mobile,
住址 巷 号); h2531 GBK 森林防火 (spaced ID, full-width mobile; county 户籍地, township 住址 not); h2532
信息公开 网约车 (lower-case x, comment-split mobile, 住址 巷 号; 执法证号 not); h2533 信息公开 小作坊 (field
comments before ID, 住址 and mobile); h2534 药房 company with a lawyer: nothing. Other pages
(address rule out of scope): h2535 低保 公示 (rowspan, 2 IDs, 2 mobiles; masked row); h2536 Excel
特困 (2 IDs, 19-digit 一卡通账号 one in U+3000 groups); h2537 GBK 临时救助 (full-width ID, 代领人 mobile
in 备注; 家庭住址 column not); h2538 WPS ET 耕地地力 清册 (spaced card, card; masked card); h2539 PDF
护林员 (3 IDs, 3 cards); h2540 创业担保贷款 (2 IDs; Luhn-valid 贷款合同编号 not); h2541 征收 补偿 (2
persons' 17-digit 账号; company row not); h2542 公益性岗位 (dashed ID, dashed mobile, dashed card under
社保卡银行账号); h2543 Excel 就业见习 (2 IDs, full-width mobile); h2544 志愿者 item by item (3-4-4
mobile, mobile with a zero-width space); h2545 Word 危房改造 (full-width ID, 17-digit and 19-digit
一卡通账号, +86 mobile); h2546 DOCX 取暖补贴 (15-digit ID under 身份证号, spaced card); h2547 账户 变更
(新卡号, a card after 开户行; masked old card); h2548 身份证 招领 (full-width ID); h2549 12345 reply
(caller's mobile masked, then unmasked; Luhn-valid 工单编号 not); h2550 培训 学员 通知 (姓名 / 联系电话
table: 3 mobiles). Nothing to report: h2551 招聘 公示 (masked IDs, 准考证号); h2552 采购 成交 (USCC,
agency contact's mobile); h2553 防汛 officials' 通讯录; h2554 执法人员 名单 (13-prefixed 执法证号);
h2555 双随机 (all-digit USCCs); h2556 缴款 指南 (财政局, 医疗保障基金收入户 accounts); h2557 个体户 注销
(15-digit 注册号); h2558 办件 公示 (18-digit 办件编号 that pass every ID check); h2559 交警 曝光台
(X-masked IDs, Luhn-valid 决定书编号); h2560 GBK 年度报告; h2561 不动产 首次登记 (masked IDs, 不动产单元号,
坐落); and h2562 信用 双公示 行政许可 of a 个体工商户 (the operator's ID with X labelled; USCC, 许可编号 not).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS and script braces are doubled, and the helpers only
# insert titles, names and dates, never the number placeholders.

SITE = "汶溪县人民政府"

FOOT = ("<div class=\"footer\">\n<p>主办：汶溪县人民政府办公室　承办：汶溪县大数据中心</p>\n"
        "<p>地址：山东省岱川市汶溪县汶城街道府前大街88号　邮编：276899　电话：0637-6021234</p>\n"
        "<p>网站标识码：3709990027　鲁ICP备05012345号-1　"
        "<img src=\"/images/ga.png\">鲁公网安备 37099902000027号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=7A1C3E9D\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a>　<a href=\"/wzdt/\">网站地图</a>"
        "　<a href=\"/lxwm/\">联系我们</a></p>\n</div>\n")

NAV = ("<div class=\"header\"><img src=\"/images/logo.png\" alt=\"汶溪县人民政府\">\n"
       "<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
       "<li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>"
       "<li><a href=\"/zjwx/\">走进汶溪</a></li></ul></div>\n")

TRS_STYLE = ("<style type=\"text/css\">\n"
             ".TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;"
             "font-size:12pt;}}.TRS_Editor TD{{border:1px solid #999;padding:3px 6px;}}\n"
             ".TRS_Editor TABLE{{border-collapse:collapse;}}\n</style>\n")

SHARE = ("<script type=\"text/javascript\">function fontZoom(s){{var z=document.getElementById"
         "('zoom');if(z){{z.style.fontSize=s+'px';}}}}function printPage(){{window.print();}}"
         "</script>\n")


def trs(title: str, column: str, date: str, source: str, content: str) -> str:
    """The county portal (TRS WCM): national metas, a TRS_Editor block inside ``#zoom``."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteDomain\" content=\"www.wenxi.gov.cn\">\n"
        "<meta name=\"SiteIDCode\" content=\"3709990027\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date} 10:12\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n"
        f"<title>{title}_{SITE}</title>\n"
        "<link rel=\"stylesheet\" href=\"/images/common.css\">\n" + SHARE
        + "</head>\n<body>\n" + NAV
        + f"<div class=\"location\">您当前的位置：<a href=\"/\">首页</a> &gt; "
        f"<a href=\"/zwgk/\">政务公开</a> &gt; {column}</div>\n"
        f"<div class=\"detail\">\n<h1 class=\"detail-title\">{title}</h1>\n"
        f"<div class=\"detail-info\"><span>发布时间：{date}</span><span>来源：{source}</span>"
        "<span>【字体：<a href=\"javascript:fontZoom(18)\">大</a> "
        "<a href=\"javascript:fontZoom(16)\">中</a> <a href=\"javascript:fontZoom(14)\">小</a>】"
        "</span></div>\n<div id=\"zoom\" class=\"detail-content\">\n"
        "<div class=\"TRS_Editor\">" + TRS_STYLE + content + "\n</div>\n</div>\n"
        "<div class=\"detail-tool\"><a href=\"javascript:printPage()\">【打印本页】</a>"
        "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def jcms(title: str, column: str, date: str, source: str, content: str) -> str:
    """A department site on a JCMS-like CMS with ``<!--<$[字段]>begin-->`` field markers."""
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\" />\n"
        f"<meta name=\"ColumnName\" content=\"{column}\" />\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\" />\n"
        f"<meta name=\"PubDate\" content=\"{date}\" />\n"
        f"<title>{title}</title>\n"
        "<style type=\"text/css\">#zoom p{{line-height:30px;text-indent:2em;}}</style>\n"
        "</head>\n<body>\n" + NAV
        + "<div class=\"main\">\n<table width=\"100%\" border=\"0\" cellspacing=\"0\">\n"
        "<tr><td class=\"title\" align=\"center\"><!--<$[标题名称]>begin-->" + title
        + "<!--<$[标题名称]>end--></td></tr>\n"
        "<tr><td align=\"center\" class=\"bt_info\">发布日期：<!--<$[发布日期]>begin-->" + date
        + "<!--<$[发布日期]>end-->　信息来源：<!--<$[信息来源]>begin-->" + source
        + "<!--<$[信息来源]>end-->　浏览次数：<script language=\"javascript\" "
        "src=\"/module/visitcount/articlehits.jsp?colid=4188&artid=\"></script></td></tr>\n"
        "<tr><td><div id=\"zoom\"><!--<$[信息内容]>begin-->\n" + content
        + "\n<!--<$[信息内容]>end--></div></td></tr>\n</table>\n</div>\n" + FOOT
        + "</body>\n</html>\n")


def xxgk(title: str, org: str, index: str, number: str, date: str, content: str) -> str:
    """The county's 信息公开 platform: a 索引号 / 发布机构 / 文号 table above the text."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteIDCode\" content=\"3709990027\">\n"
        "<meta name=\"ColumnName\" content=\"法定主动公开内容\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date}\">\n<title>{title}</title>\n"
        "<style>.xxgk-meta td{{border:1px solid #dcdcdc;padding:6px 10px;font-size:13px}}"
        " .xxgk-meta .t{{background:#f2f6fb;width:90px}}</style>\n</head>\n<body>\n" + NAV
        + "<div class=\"xxgk-wrap\">\n<table class=\"xxgk-meta\">\n"
        f"<tr><td class=\"t\">索 引 号：</td><td>{index}</td>"
        "<td class=\"t\">主题分类：</td><td>其他</td></tr>\n"
        f"<tr><td class=\"t\">发布机构：</td><td>{org}</td>"
        f"<td class=\"t\">发布日期：</td><td>{date}</td></tr>\n"
        f"<tr><td class=\"t\">名　　称：</td><td colspan=\"3\">{title}</td></tr>\n"
        f"<tr><td class=\"t\">文　　号：</td><td>{number}</td>"
        "<td class=\"t\">有 效 性：</td><td>有效</td></tr>\n</table>\n"
        f"<div class=\"xxgk-title\">{title}</div>\n"
        "<div class=\"xxgk-content\" id=\"zoom\">\n" + content + "\n</div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def credit(title: str, rows: list[tuple[str, str]]) -> str:
    """A 信用岱川 双公示 detail page: one key/value table."""
    cells = "".join(f"<tr><td class=\"k\">{k}</td><td class=\"v\">{v}</td></tr>\n" for k, v in rows)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}-信用岱川</title>\n"
        "<style>.gs-detail .k{{width:220px;background:#eef3f9;text-align:right}}"
        " .gs-detail td{{border:1px solid #d6dde6;padding:8px}}</style>\n</head>\n<body>\n"
        "<div class=\"xy-head\"><span class=\"logo\">信用岱川</span>"
        "<span class=\"tel\">信用修复咨询：0637-6020315</span></div>\n"
        "<div class=\"crumb\">首页 &gt; 双公示 &gt; 详情</div>\n"
        f"<h3>{title}</h3>\n<table class=\"gs-detail\">\n{cells}</table>\n"
        "<div class=\"xy-foot\">主办单位：岱川市发展和改革委员会　承办：岱川市公共信用信息中心</div>\n"
        "</body>\n</html>\n")


def gb(title: str, dept: str, date: str, content: str) -> str:
    """An old table-layout department site, declared gb2312 (stored as GBK)."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
        f"<title>{title}</title>\n<link href=\"../css/style.css\" rel=\"stylesheet\" type=\"text/css\">\n"
        "</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
        "<table width=\"760\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td height=\"85\" background=\"../images/top.jpg\">&nbsp;</td></tr>\n"
        f"<tr><td class=\"dh\" height=\"28\">{dept}　|　首页　|　工作动态　|　政务公开　|　办事指南</td></tr>\n"
        "</table>\n"
        "<table width=\"760\" border=\"0\" align=\"center\" cellpadding=\"4\" cellspacing=\"0\">\n"
        f"<tr><td align=\"center\" height=\"40\"><font size=\"4\" color=\"#B80000\"><b>{title}</b>"
        "</font></td></tr>\n"
        f"<tr><td align=\"center\" class=\"hui\">发布日期：{date}　　作者：办公室　　阅读：318 次</td></tr>\n"
        "<tr><td class=\"zw\">\n" + content + "\n</td></tr>\n</table>\n"
        "<table width=\"760\" border=\"0\" align=\"center\"><tr><td align=\"center\" class=\"foot\">"
        f"版权所有：{dept}　地址：汶溪县汶城街道府前大街88号　联系电话：0637-6021234<br>"
        "鲁ICP备05012345号-3</td></tr></table>\n</body>\n</html>\n")


def excel(title: str, rows: str) -> str:
    """A sheet saved from Excel as a web page."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Excel.Sheet>\n"
        "<meta name=Generator content=\"Microsoft Excel 15\">\n"
        "<style>\n<!--table\n\t{{mso-displayed-decimal-separator:\"\\.\";}}\n"
        ".xl65\n\t{{mso-number-format:\"\\@\";text-align:center;border:.5pt solid windowtext;}}\n"
        ".xl66\n\t{{font-size:16.0pt;font-weight:700;text-align:center;}}\n-->\n</style>\n"
        f"<title>{title}</title>\n</head>\n<body link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1080 "
        "style='border-collapse:collapse;table-layout:fixed;width:810pt'>\n" + rows
        + "\n<![if supportMisalignedColumns]>\n<tr height=0 style='display:none'>"
        "<td width=64></td></tr>\n<![endif]>\n</table>\n</body>\n</html>\n")


def et(title: str, rows: str) -> str:
    """A sheet saved from WPS 表格 (ET) as a web page."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=\"Content-type\" content=\"text/html;charset=utf-8\" />\n"
        "<meta name=\"ProgId\" content=\"Et.Document\" />\n"
        "<meta name=\"Generator\" content=\"WPS Office ET\" />\n"
        "<style>\n<!-- @page\n\t{{margin:0.75in 0.70in 0.75in 0.70in;}}\n"
        ".et2\n\t{{color:#000000;font-size:11.0pt;font-family:宋体;mso-number-format:\"\\@\";"
        "border:.5pt solid #000000;}}\n"
        ".et3\n\t{{font-size:14.0pt;font-weight:700;text-align:center;}}\n -->\n</style>\n"
        "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
        "<x:Name>Sheet1</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>"
        "</xml><![endif]-->\n"
        f"<title>{title}</title>\n</head>\n<body link=\"blue\" vlink=\"purple\" class=\"et2\">\n"
        "<table width=\"960\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" "
        "style='width:720pt;border-collapse:collapse;table-layout:fixed;'>\n" + rows
        + "\n</table>\n</body>\n</html>\n")


def word(title: str, body: str) -> str:
    """A document saved from Word as a web page and published as it is."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\n"
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
        "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
        "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Word.Document>\n"
        "<meta name=Generator content=\"Microsoft Word 15\">\n"
        f"<title>{title}</title>\n"
        "<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n"
        "  <w:SpellingState>Clean</w:SpellingState>\n </w:WordDocument>\n</xml><![endif]-->\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{{mso-style-parent:\"\";margin:0cm;text-align:justify;text-justify:inter-ideograph;"
        "font-size:16.0pt;font-family:仿宋_GB2312;}}\n"
        "@page WordSection1\n\t{{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;"
        "mso-header-margin:42.55pt;mso-footer-margin:49.6pt;}}\n"
        "div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n</head>\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
        "<div class=WordSection1>\n" + body + "\n</div>\n</body>\n</html>\n")


def mp(text: str, indent: bool = True) -> str:
    """One Word paragraph (MsoNormal, 仿宋, first-line indent)."""
    style = "text-indent:32.0pt;line-height:28.0pt" if indent else "line-height:28.0pt"
    return (f"<p class=MsoNormal style='{style};mso-line-height-rule:exactly'>"
            f"<span style='font-family:仿宋_GB2312'>{text}</span></p>\n")


SP = "<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>"


def row(*cells: str, tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>\n"


def xrow(*cells: str) -> str:
    """An Excel row: every cell text (``x:str``)."""
    return ("<tr height=24 style='height:18.0pt'>"
            + "".join(f"<td class=xl65 x:str>{c}</td>" for c in cells) + "</tr>\n")


def erow(*cells: str) -> str:
    """A WPS ET row."""
    return ("<tr height=\"22\" style='height:16.50pt;'>"
            + "".join(f"<td class=\"et2\" x:str>{c}</td>" for c in cells) + "</tr>\n")


def wrow(*cells: str) -> str:
    """A row of a table inside Word HTML."""
    return ("<tr style='height:20.0pt'>" + "".join(
        "<td style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
        f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US "
        f"style='font-size:12.0pt'>{c}</span></p></td>" for c in cells) + "</tr>\n")


PASSAGES: list[P] = []

# --- penalty decisions (address rule in scope) ----------------------------------------------

PASSAGES.append(P(
    id="h2501", column="penalty", shape="TRS 市场监管 个体 食品: 经营者 ID and mobile after field comments, 住址 路 号",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕86号）",
    body=trs(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕86号）", "行政处罚", "2023-06-05",
        "汶溪县市场监督管理局",
        "<p style=\"text-align:center\"><strong>汶溪县市场监督管理局<br>行政处罚决定书</strong></p>\n"
        "<p style=\"text-align:right\">汶市监处罚〔2023〕86号</p>\n"
        "<p>当事人：汶溪县汶城街道周记熟食店</p>\n"
        "<p>主体类型：个体工商户</p>\n"
        "<p>统一社会信用代码：<!--<$[统一社会信用代码]>-->{USCC}</p>\n"
        "<p>经营场所：山东省岱川市汶溪县汶城街道文昌街9号</p>\n"
        "<p>经营者：周某某　　性别：男　　身份证号码：<!--<$[证件号码]>-->{ID}</p>\n"
        "<p>住址：山东省岱川市汶溪县汶城街道泗桥路27号</p>\n"
        "<p>联系电话：<!--<$[联系电话]>-->{MOB}</p>\n"
        "<p>2023年5月16日，本局执法人员对当事人经营场所进行监督检查，对其销售的酱牛肉进行抽样。"
        "经岱川市检验检测中心检验，菌落总数项目不符合GB 2726-2016《食品安全国家标准 熟肉制品》要求，"
        "检验结论为不合格。当事人于2023年5月3日购进该批次酱牛肉15千克，进价每千克62元，"
        "已销售11.5千克，销售价格每千克80元，违法所得920元。</p>\n"
        "<p>上述事实有现场笔录、检验报告、询问笔录、进货单据等证据为证。</p>\n"
        "<p>当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（二）项的规定。"
        "依据《中华人民共和国食品安全法》第一百二十四条第一款第（一）项的规定，本局决定对当事人作出如下行政处罚："
        "1.没收违法所得920元；2.罚款人民币50000元。</p>\n"
        "<p>当事人应自收到本处罚决定书之日起十五日内，将罚没款缴至汶溪县财政局非税收入汇缴结算户"
        "（开户行：中国农业银行汶溪县支行，账号：{OACCT}）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。</p>\n"
        "<p>当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向汶溪县人民政府申请行政复议，"
        "也可以在六个月内依法向汶溪县人民法院提起行政诉讼。</p>\n"
        "<p>食品安全投诉举报电话：12315。</p>\n"
        "<p style=\"text-align:right\">汶溪县市场监督管理局<br>2023年6月2日</p>"),
    ids=["ID"], phones=["MOB"], addrs=["山东省岱川市汶溪县汶城街道泗桥路27号"],
))

PASSAGES.append(P(
    id="h2502", column="penalty", shape="JCMS 公安 治安: 6-8-4 spaced ID after a field comment, 现住址 社区 号楼 单元 室; 户籍地 at township level not",
    title="汶溪县公安局行政处罚决定书（汶公（汶城）行罚决字〔2023〕412号）",
    body=jcms(
        "汶溪县公安局行政处罚决定书（汶公（汶城）行罚决字〔2023〕412号）", "行政处罚", "2023-08-01",
        "汶溪县公安局",
        "<p>违法行为人：刘某，男，汉族，身份证号：<!--<$[身份证号]>-->{ID_S}，户籍地：山东省岱川市汶溪县白马镇，"
        "现住址：山东省岱川市汶溪县汶城街道青柳社区柳溪巷3号楼2单元402室，文化程度：高中，工作单位：无。</p>\n"
        "<p>现查明：2023年7月22日23时许，违法行为人刘某在汶溪县汶城街道建设北路“老地方”烧烤店门前，"
        "因琐事与他人发生争执，用拳头殴打被侵害人头面部，致被侵害人面部软组织挫伤。</p>\n"
        "<p>以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、视听资料、伤情照片等证据证实。</p>\n"
        "<p>根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对违法行为人刘某处行政拘留五日，"
        "并处罚款二百元。</p>\n"
        "<p>执行方式和期限：送汶溪县拘留所执行；罚款于收到本决定书之日起十五日内缴至指定银行。</p>\n"
        "<p>如不服本决定，可以在收到本决定书之日起六十日内向岱川市公安局或者汶溪县人民政府申请行政复议，"
        "或者在六个月内依法向汶溪县人民法院提起行政诉讼。</p>\n"
        "<p style=\"text-align:right\">汶溪县公安局<br>二〇二三年七月二十六日</p>"),
    ids=["ID"], addrs=["山东省岱川市汶溪县汶城街道青柳社区柳溪巷3号楼2单元402室"],
))

PASSAGES.append(P(
    id="h2503", column="penalty", shape="信息公开 page 交通 超限: ID with X, 3-4-4 spaced mobile, 住址 村 组 号; plate, 道路运输证号, 13-prefixed 执法证号 not",
    title="汶溪县交通运输局行政处罚决定书（汶交执罚〔2023〕117号）",
    body=xxgk(
        "汶溪县交通运输局行政处罚决定书（汶交执罚〔2023〕117号）", "汶溪县交通运输局",
        "11370999MB2815634X/2023-00417", "汶交执罚〔2023〕117号", "2023-08-14",
        "<p style=\"text-align:center\"><b>行政处罚决定书</b></p>\n"
        "<p>当事人：王某　性别：男</p>\n"
        "<p>身份证件号码：{IDX}</p>\n"
        "<p>住址：汶溪县杨庄镇后杨庄村四组21号</p>\n"
        "<p>联系电话：{MOB_S}</p>\n"
        "<p>车辆号牌：鲁T·5C827（重型半挂牵引车）　道路运输证号：鲁交运管岱字370999004521号</p>\n"
        "<p>2023年8月3日10时12分，当事人驾驶鲁T·5C827重型半挂牵引车在G341线汶溪超限检测站接受检测，"
        "车货总质量59.8吨，超过限定标准49吨10.8吨，超限率22.0%。</p>\n"
        "<p>当事人的行为违反了《公路安全保护条例》第三十三条第一款的规定，依据《公路安全保护条例》第六十四条"
        "和《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项的规定，决定给予当事人罚款人民币3000元的行政处罚。</p>\n"
        "<p>当事人应当自收到本决定书之日起十五日内，到汶溪县农村商业银行各网点或者通过山东省非税收入电子缴款系统缴纳罚款。</p>\n"
        "<p>执法人员：张某（执法证号：{CERT}）、李某（执法证号：{CERT2}）</p>\n"
        "<p style=\"text-align:right\">汶溪县交通运输局<br>2023年8月10日</p>"),
    ids=["IDX"], phones=["MOB"], addrs=["汶溪县杨庄镇后杨庄村四组21号"],
))

PASSAGES.append(P(
    id="h2504", shape="信用岱川 双公示 农业 处罚: full-width ID in the key/value table; agency USCC, 文号 not",
    title="行政处罚信息（汶农（种子）罚〔2023〕5号）",
    body=credit("行政处罚信息公示详情", [
        ("行政相对人名称", "陈某某"),
        ("行政相对人类别", "自然人"),
        ("证件类型", "身份证"),
        ("证件号码", "{ID_FW}"),
        ("行政处罚决定书文号", "汶农（种子）罚〔2023〕5号"),
        ("违法行为类型", "违反《中华人民共和国种子法》"),
        ("违法事实", "当事人于2023年4月在汶溪县桃峪镇集市销售未经审定的玉米种子“丰禾608”共计120千克"),
        ("处罚依据", "《中华人民共和国种子法》第七十七条第一款"),
        ("处罚类别", "罚款；没收违法所得"),
        ("处罚内容", "没收违法所得人民币1440元，罚款人民币贰万元"),
        ("罚款金额（万元）", "2"),
        ("没收违法所得、没收非法财物的金额（万元）", "0.144"),
        ("处罚决定日期", "2023/06/19"),
        ("处罚有效期", "2024/06/19"),
        ("公示截止期", "2026/06/19"),
        ("处罚机关", "汶溪县农业农村局"),
        ("处罚机关统一社会信用代码", "{USCC}"),
        ("数据来源单位", "汶溪县农业农村局"),
    ]),
    ids=["ID"],
))

PASSAGES.append(P(
    id="h2505", column="penalty", enc="gbk", shape="GBK table-layout 自然资源 非法占地: ID with lower-case x, 家庭住址 村 号",
    title="汶溪县自然资源局行政处罚决定书",
    body=gb(
        "汶溪县自然资源局行政处罚决定书", "汶溪县自然资源局", "2023-03-27",
        "<p align=\"center\">汶自然资罚〔2023〕21号</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;当事人：孙某，男，汉族，身份证号码：{IDX_LOW}，"
        "家庭住址：汶溪县石岭镇北岭村128号。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;2022年11月，当事人未经批准擅自占用石岭镇北岭村集体土地建设养殖棚，"
        "经测量占地面积612平方米（折合0.92亩），经比对汶溪县土地利用总体规划，该地块为一般农用地。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。"
        "依据《中华人民共和国土地管理法》第七十七条第一款、《中华人民共和国土地管理法实施条例》第五十七条的规定，"
        "本局决定：一、责令当事人退还非法占用的土地；二、限当事人自收到本决定书之日起十五日内拆除在非法占用的土地上"
        "新建的建筑物和其他设施，恢复土地原状；三、对非法占用的土地每平方米处罚款20元，计人民币12240元。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;当事人应当自收到本决定书之日起十五日内，持本决定书到汶溪县农村商业银行各营业网点"
        "缴纳罚款（收款单位：汶溪县财政局）。</p>\n"
        "<p align=\"right\">汶溪县自然资源局<br>2023年3月20日</p>"),
    ids=["IDX"], addrs=["汶溪县石岭镇北岭村128号"],
))

PASSAGES.append(P(
    id="h2506", column="penalty", shape="Word HTML 卫健 无证行医: ID in spans after mso-spacerun, 住址 村 组 号, full-width mobile",
    title="汶溪县卫生健康局行政处罚决定书（汶卫医罚〔2023〕9号）",
    body=word(
        "汶溪县卫生健康局行政处罚决定书",
        "<p class=MsoNormal align=center style='text-align:center'><b><span "
        "style='font-size:22.0pt;font-family:方正小标宋简体'>汶溪县卫生健康局<br>行政处罚决定书</span></b></p>\n"
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>"
        "汶卫医罚〔2023〕9号</span></p>\n"
        + mp("当事人：赵某" + SP + "性别：女" + SP + "身份证号：</span><span lang=EN-US>{ID_SPAN}</span>"
             "<span style='font-family:仿宋_GB2312'>")
        + mp("住址：汶溪县桃峪镇西桃峪村二组6号")
        + mp("联系电话：</span><span lang=EN-US>{MOB_FW}</span><span style='font-family:仿宋_GB2312'>")
        + mp("2023年4月11日，本局卫生监督员在桃峪镇西桃峪村进行监督检查时发现，当事人在其住所内设置诊疗床2张，"
             "为村民进行静脉输液治疗，现场查获药品、一次性输液器等物品一批。经查，当事人未取得《医疗机构执业许可证》"
             "和《医师资格证书》，自2023年2月起擅自执业，违法所得人民币2350元。")
        + mp("当事人的上述行为违反了《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款的规定。依据该法第九十九条"
             "第一款的规定，本局决定给予当事人以下行政处罚：1.没收违法所得人民币2350元；2.没收药品、医疗器械；"
             "3.罚款人民币50000元。")
        + mp("请在接到本处罚决定书之日起十五日内将罚没款缴至汶溪县财政局指定代收银行。")
        + mp("汶溪县卫生健康局", indent=False)
        + mp("2023年5月8日", indent=False)),
    ids=["ID"], phones=["MOB"], addrs=["汶溪县桃峪镇西桃峪村二组6号"],
))

PASSAGES.append(P(
    id="h2507", kind="attachment", column="penalty", shape="PDF text 应急 烟花爆竹: ID over a hard line break, +86 mobile, 现住 村 组 号; running head and folios",
    title="汶溪县应急管理局行政处罚决定书（汶应急罚〔2023〕3号）",
    body=(
        "汶溪县应急管理局\n"
        "行政处罚决定书\n"
        "汶应急罚〔2023〕3号\n"
        "当事人：韩某                          性别：男\n"
        "身份证号码：{ID_NL}\n"
        "现住：汶溪县龙湾镇小龙湾村3组17号\n"
        "联系电话：{MOB_86}\n"
        "    2023年1月18日，本局执法人员在龙湾镇集市开展烟花爆竹专项检查时发现，当事人未取得\n"
        "《烟花爆竹经营（零售）许可证》，在小龙湾村村委会南侧摆摊销售烟花爆竹，现场查获“旋转陀螺”\n"
        "“彩珠筒”等烟花爆竹制品共计42箱。\n"
        "    以上事实有现场检查记录、询问笔录、现场照片、物品清单等证据证明。\n"
        "                                  — 1 —\n"
        "\f汶溪县应急管理局行政处罚决定书\n"
        "    当事人的上述行为违反了《烟花爆竹安全管理条例》第三条第二款的规定。依据《烟花爆竹安全\n"
        "管理条例》第三十六条第一款的规定，本局决定给予当事人如下行政处罚：没收非法经营的烟花\n"
        "爆竹42箱，并处罚款人民币壹万元整（10000.00元）。\n"
        "    罚款自收到本决定书之日起15日内缴至汶溪县财政局指定账户。逾期不缴纳的，每日按罚款\n"
        "数额的3%加处罚款。\n"
        "    如不服本决定，可以在收到本决定书之日起60日内向汶溪县人民政府申请行政复议，或者在6个\n"
        "月内依法向汶溪县人民法院提起行政诉讼。\n"
        "                                                    汶溪县应急管理局\n"
        "                                                      2023年2月6日\n"
        "                                  — 2 —\n"),
    ids=["ID"], phones=["MOB"], addrs=["汶溪县龙湾镇小龙湾村3组17号"],
))

PASSAGES.append(P(
    id="h2508", kind="attachment", column="penalty", shape="DOCX text 文旅 网吧 tab table: ID with X, hyphenated mobile, 经营者 住址 路 号; 经营场所, USCC not",
    title="汶溪县文化和旅游局行政处罚决定书（汶文旅罚〔2023〕14号）",
    body=(
        "汶溪县文化和旅游局\n"
        "行政处罚决定书\n"
        "汶文旅罚〔2023〕14号\n"
        "当事人信息\n"
        "名称\t汶溪县汶城街道极速网吧\t统一社会信用代码\t{USCC}\n"
        "经营场所\t汶溪县汶城街道东关路88号\t主体类型\t个体工商户\n"
        "经营者\t吴某\t性别\t男\n"
        "身份证号码\t{IDX}\t联系电话\t{MOB_D}\n"
        "住址\t汶溪县汶城街道东关路112号\t\t\n"
        "违法事实及证据\n"
        "2023年4月9日22时15分，本局执法人员对当事人经营场所进行检查，发现当事人接纳2名未成年人进入营业场所上网，"
        "且未在显著位置悬挂未成年人禁入标志。上述事实有现场检查笔录、询问笔录、上网登记记录截图等证据证明。\n"
        "处罚依据及内容\n"
        "当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定。依据该条例第三十一条第（二）项的规定，"
        "本局决定给予当事人警告，并处罚款人民币3000元。\n"
        "当事人应于收到本决定书之日起十五日内将罚款缴至汶溪县财政局非税收入专户。\n"
        "（以下无正文）\n"
        "汶溪县文化和旅游局\n"
        "2023年4月25日\n"),
    ids=["IDX"], phones=["MOB"], addrs=["汶溪县汶城街道东关路112号"],
))

PASSAGES.append(P(
    id="h2509", shape="JCMS page in 通知公告 titled 处罚决定书, 综合执法 违建: ID split by comments, 住址 路 号; 违法地点 not",
    title="汶溪县综合行政执法局行政处罚决定书（汶综执罚〔2023〕52号）",
    body=jcms(
        "汶溪县综合行政执法局行政处罚决定书（汶综执罚〔2023〕52号）", "通知公告", "2023-05-22",
        "汶溪县综合行政执法局",
        "<p>当事人：钱某，男，汉族，公民身份号码：{ID_CMT}，住址：汶溪县溪南街道建设南路56号。</p>\n"
        "<p>违法地点：汶溪县溪南街道河湾村村东（河湾桥南约100米）。</p>\n"
        "<p>经查，当事人于2023年3月在未取得建设工程规划许可证的情况下，在上址擅自建设砖混结构房屋一处，"
        "建筑面积约86平方米。经汶溪县自然资源局认定，该建筑属于无法采取改正措施消除影响的违法建设。</p>\n"
        "<p>当事人的上述行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。依据《中华人民共和国城乡规划法》"
        "第六十四条的规定，本局决定：限当事人于收到本决定书之日起十日内自行拆除上述违法建设。</p>\n"
        "<p>当事人逾期不拆除的，本局将依法申请汶溪县人民政府责成有关部门强制拆除。</p>\n"
        "<p>如不服本决定，可在收到本决定书之日起六十日内向汶溪县人民政府申请行政复议，或者在六个月内向汶溪县人民法院提起行政诉讼。</p>\n"
        "<p style=\"text-align:right\">汶溪县综合行政执法局<br>2023年5月18日</p>"),
    ids=["ID"], addrs=["汶溪县溪南街道建设南路56号"],
))

PASSAGES.append(P(
    id="h2510", column="penalty", shape="TRS 生态 company: USCC, 住所, 法定代表人 name only, company's own account, 财政局 account, 12369: nothing",
    title="岱川市生态环境局汶溪分局行政处罚决定书（岱环汶罚〔2023〕15号）",
    body=trs(
        "岱川市生态环境局汶溪分局行政处罚决定书（岱环汶罚〔2023〕15号）", "行政处罚", "2023-09-12",
        "岱川市生态环境局汶溪分局",
        "<p>当事人：岱川市汶溪鑫源石材有限公司</p>\n"
        "<p>统一社会信用代码：{USCC}</p>\n"
        "<p>住所：山东省岱川市汶溪县石岭镇工业园纬二路8号</p>\n"
        "<p>法定代表人：高某</p>\n"
        "<p>2023年7月25日，我局执法人员对你公司进行现场检查，发现你公司石材切割车间未按环评要求配套建设湿法除尘设施，"
        "切割工序产生的粉尘无组织排放；厂区东侧露天堆放的石粉未采取覆盖等防治扬尘污染的措施。</p>\n"
        "<p>以上事实，有我局2023年7月25日现场检查（勘察）笔录、调查询问笔录、现场照片等证据为凭。</p>\n"
        "<p>你公司上述行为违反了《中华人民共和国大气污染防治法》第四十八条第一款、第七十二条第一款的规定。"
        "依据该法第一百零八条第（五）项、第一百一十七条第（一）项的规定，我局决定对你公司处罚款人民币壹拾贰万元整。</p>\n"
        "<p>你公司已于2023年9月1日通过本单位基本存款账户（开户行：岱川农商银行汶溪支行，账号：{ACCT}）"
        "将罚款缴入汶溪县财政局非税收入专户（账号：{OACCT}）。</p>\n"
        "<p>生态环境问题举报热线：12369。</p>\n"
        "<p style=\"text-align:right\">岱川市生态环境局汶溪分局<br>2023年8月28日</p>"),
))

PASSAGES.append(P(
    id="h2511", column="penalty", shape="信息公开 page 税务 简易 处罚: ID with a zero-width space, 住址 街 号",
    title="国家税务总局汶溪县税务局税务行政处罚决定书（简易）",
    body=xxgk(
        "国家税务总局汶溪县税务局税务行政处罚决定书（简易）", "国家税务总局汶溪县税务局",
        "11370999MB0263117K/2023-01208", "汶税简罚〔2023〕318号", "2023-07-06",
        "<p style=\"text-align:center\">税务行政处罚决定书（简易）</p>\n"
        "<p style=\"text-align:right\">汶税简罚〔2023〕318号</p>\n"
        "<p>纳税人名称：李某某</p>\n"
        "<p>身份证件种类：居民身份证　　身份证件号码：{ID_ZW}</p>\n"
        "<p>住址：汶溪县汶城街道文昌街45号</p>\n"
        "<p>你（单位）2023年4月1日至2023年4月30日个人所得税（经营所得）未按照规定期限办理纳税申报和报送纳税资料，"
        "违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。依照《中华人民共和国税收征收管理法》"
        "第六十二条的规定，现决定处以罚款人民币200元。</p>\n"
        "<p>请于2023年7月20日前到国家税务总局汶溪县税务局第一税务分局或通过电子税务局缴纳入库。</p>\n"
        "<p>纳税服务热线：12366</p>\n"
        "<p style=\"text-align:right\">国家税务总局汶溪县税务局<br>2023年7月5日</p>"),
    ids=["ID"], addrs=["汶溪县汶城街道文昌街45号"],
))

PASSAGES.append(P(
    id="h2512", column="penalty", shape="TRS 水务 取水: 15-digit ID after 公民身份号码, 住址 村 组 号; 取水许可证编号 not",
    title="汶溪县水务局行政处罚决定书（汶水罚〔2023〕6号）",
    body=trs(
        "汶溪县水务局行政处罚决定书（汶水罚〔2023〕6号）", "行政处罚", "2023-04-18",
        "汶溪县水务局",
        "<p>当事人：郑某，男，公民身份号码：{IDF}，住址：汶溪县白马镇前周村五组8号。</p>\n"
        "<p>经查，当事人在未取得取水许可的情况下，自2022年10月起在白马镇前周村西侧擅自打井取用地下水"
        "用于洗车经营，累计取水约1260立方米。当事人持有的取水许可证编号D370999G2019-0032已于2021年12月到期。</p>\n"
        "<p>当事人的上述行为违反了《中华人民共和国水法》第四十八条第一款的规定，依据《中华人民共和国水法》"
        "第六十九条第（一）项的规定，本局决定：一、责令当事人停止违法行为，限期封填水井；二、罚款人民币贰万元整。</p>\n"
        "<p>罚款请于收到本决定书之日起十五日内缴至汶溪县财政局非税收入专户。</p>\n"
        "<p style=\"text-align:right\">汶溪县水务局<br>2023年4月12日</p>"),
    ids=["IDF"], addrs=["汶溪县白马镇前周村五组8号"],
))

PASSAGES.append(P(
    id="h2513", column="penalty", shape="TRS 市场监管 个体 吊销: 15-digit 注册号 not, 经营者 ID, 住址 in 西安 栋 单元 室; 经营场所 and the office's 0637 number not",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕131号）",
    body=trs(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕131号）", "行政处罚", "2023-10-09",
        "汶溪县市场监督管理局",
        "<p>当事人：汶溪县桃峪镇鑫旺百货商店</p>\n"
        "<p>注册号：{IDF}</p>\n"
        "<p>经营场所：汶溪县桃峪镇桃峪大街31号</p>\n"
        "<p>经营者：杜某，男，身份证号码：{ID}</p>\n"
        "<p>住址：陕西省西安市雁塔区丈八北路66号2栋1单元1302室</p>\n"
        "<p>经查，当事人于2022年8月起销售假冒“金龙鱼”注册商标的食用调和油，案发后本局于2023年6月向当事人送达"
        "《责令改正通知书》，当事人拒不改正并继续销售，违法经营额计人民币18650元。</p>\n"
        "<p>依据《中华人民共和国商标法》第六十条第二款的规定，本局决定：一、没收、销毁侵权商品；二、罚款人民币93250元；"
        "三、吊销当事人营业执照。</p>\n"
        "<p>如对本处罚决定有疑问，请与本局法规科联系，咨询电话：0637-6028300。</p>\n"
        "<p style=\"text-align:right\">汶溪县市场监督管理局<br>2023年9月28日</p>"),
    ids=["ID"], addrs=["陕西省西安市雁塔区丈八北路66号2栋1单元1302室"],
))

PASSAGES.append(P(
    id="h2514", column="penalty", shape="信息公开 page 市场监管: all masked (ID ****, 住址 cut to the 镇 + ****, mobile ****): nothing",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕92号）",
    body=xxgk(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕92号）", "汶溪县市场监督管理局",
        "11370999MB1579022T/2023-00688", "汶市监处罚〔2023〕92号", "2023-06-21",
        "<p>当事人：张某某，身份证号码：{ID_M}，住址：汶溪县桃峪镇****，联系电话：{MOB_M}。</p>\n"
        "<p>2023年5月9日，本局执法人员对当事人在桃峪镇集市摆摊销售的蔬菜进行快检，发现其销售的韭菜腐霉利项目不合格。</p>\n"
        "<p>依据《中华人民共和国农产品质量安全法》第七十二条的规定，本局决定对当事人作出如下处罚：没收违法所得42元，罚款人民币2000元。</p>\n"
        "<p>投诉举报电话：12315　咨询电话：0637-6028300</p>"),
))

PASSAGES.append(P(
    id="h2515", column="penalty", shape="JCMS 林业 滥伐 with a lawyer as 委托代理人: party ID and 住址 村 组 号 labelled; the 律师事务所's 地址 and landline not",
    title="汶溪县自然资源局行政处罚决定书（汶自然资（林）罚〔2023〕4号）",
    body=jcms(
        "汶溪县自然资源局行政处罚决定书（汶自然资（林）罚〔2023〕4号）", "行政处罚", "2023-05-10",
        "汶溪县自然资源局",
        "<p>当事人：李某，男，汉族，身份证号码：<!--<$[ZJHM]>-->{ID}，住址：汶溪县龙湾镇马家庄村2组33号。</p>\n"
        "<p>委托代理人：王某，山东汶泽律师事务所律师，地址：汶溪县汶城街道建设北路120号，联系电话：0637-6035588。</p>\n"
        "<p>经查，2023年2月，当事人未取得林木采伐许可证，在龙湾镇马家庄村北山其承包林地内采伐杨树42株，"
        "经鉴定立木蓄积量为8.6立方米。</p>\n"
        "<p>当事人的上述行为违反了《中华人民共和国森林法》第五十六条第一款的规定。依据《中华人民共和国森林法》"
        "第七十六条第二款的规定，本局决定：一、责令当事人在原地补种杨树210株；二、处滥伐林木价值三倍的罚款，计人民币9288元。</p>\n"
        "<p style=\"text-align:right\">汶溪县自然资源局<br>2023年5月4日</p>"),
    ids=["ID"], addrs=["汶溪县龙湾镇马家庄村2组33号"],
))

PASSAGES.append(P(
    id="h2516", column="penalty", shape="Word HTML 公安: ID between mso-spacerun spans, 家住 without colon, 社区 路 号院 号楼 单元 室",
    title="汶溪县公安局行政处罚决定书（汶公（东关）行罚决字〔2023〕88号）",
    body=word(
        "汶溪县公安局行政处罚决定书",
        "<p class=MsoNormal align=center style='text-align:center'><b><span "
        "style='font-size:20.0pt;font-family:宋体'>汶溪县公安局<br>行政处罚决定书</span></b></p>\n"
        "<p class=MsoNormal align=right style='text-align:right'><span style='font-family:仿宋_GB2312'>"
        "汶公（东关）行罚决字〔2023〕88号</span></p>\n"
        + mp("违法行为人曹某，男，汉族，身份证号码<span style='mso-spacerun:yes'>&nbsp;</span>"
             "</span><span lang=EN-US>{ID}</span><span style='font-family:仿宋_GB2312'>"
             "<span style='mso-spacerun:yes'>&nbsp;</span>，家住汶溪县汶城街道东关社区东关路7号院4号楼1单元502室。")
        + mp("现查明，2023年9月2日20时许，违法行为人曹某在汶溪县汶城街道东关路某超市内，趁店员不备，"
             "盗窃白酒两瓶，价值人民币536元。")
        + mp("以上事实有违法行为人的陈述和申辩、证人证言、视频监控录像等证据证实。")
        + mp("根据《中华人民共和国治安管理处罚法》第四十九条之规定，现决定对违法行为人曹某处行政拘留七日。")
        + mp("如不服本决定，可以在收到本决定书之日起六十日内向岱川市公安局或者汶溪县人民政府申请行政复议，"
             "或者在六个月内依法向汶溪县人民法院提起行政诉讼。")
        + mp("汶溪县公安局", indent=False)
        + mp("2023年9月3日", indent=False)),
    ids=["ID"], addrs=["汶溪县汶城街道东关社区东关路7号院4号楼1单元502室"],
))

PASSAGES.append(P(
    id="h2517", column="penalty", shape="TRS 文旅 导游: half full-width ID, mobile in font/b, 现住 幢 单元 室; 户籍地 at county level not",
    title="汶溪县文化和旅游局行政处罚决定书（汶文旅罚〔2023〕21号）",
    body=trs(
        "汶溪县文化和旅游局行政处罚决定书（汶文旅罚〔2023〕21号）", "行政处罚", "2023-07-28",
        "汶溪县文化和旅游局",
        "<p>当事人：邵某，女，汉族，身份证号码：{ID_HALF}，户籍地：山东省岱川市汶溪县，"
        "现住：汶溪县汶城街道青柳社区汶河西路19号2幢1单元301室，联系电话：{MOB_FONT}。</p>\n"
        "<p>经查，当事人持导游证（证号：D-3709-012345）于2023年6月24日带领旅游团游览汶河湿地公园期间，"
        "擅自变更旅游行程，安排旅游者到指定购物场所购物，并收取购物场所给予的回扣人民币1200元。</p>\n"
        "<p>依据《中华人民共和国旅游法》第一百零二条第二款的规定，本局决定：一、没收违法所得人民币1200元；"
        "二、罚款人民币5000元；三、暂扣导游证一个月。</p>\n"
        "<p>旅游投诉电话：12345</p>\n"
        "<p style=\"text-align:right\">汶溪县文化和旅游局<br>2023年7月21日</p>"),
    ids=["ID"], phones=["MOB"], addrs=["汶溪县汶城街道青柳社区汶河西路19号2幢1单元301室"],
))

PASSAGES.append(P(
    id="h2518", kind="attachment", column="penalty", shape="PDF text 林业 滥伐 with two parties: ID over a hard line break, second ID plain, two 住址 村 组 号; Luhn-valid 采伐许可证编号 not",
    title="汶溪县自然资源局行政处罚决定书（汶自然资（林）罚〔2023〕7号）",
    body=(
        "汶溪县自然资源局                                        汶自然资（林）罚〔2023〕7号\n"
        "行政处罚决定书\n"
        "    当事人一：鲁某，男，身份证号码：{ID_NL}，住址：汶溪县石岭镇南岭村二组9号。\n"
        "    当事人二：鲁某某，男，身份证号码：{ID2}，住址：汶溪县石岭镇南岭村二组11号。\n"
        "    经查，2023年3月，二当事人持有林木采伐许可证（编号：{ORDER}），该证核定在石岭镇南岭村西坡采伐\n"
        "侧柏15株。二当事人超出许可证核定的采伐数量，共采伐侧柏37株，超采22株，经鉴定超采部分立木\n"
        "蓄积量3.2立方米。\n"
        "                                  第 1 页 共 2 页\n"
        "\f汶溪县自然资源局                                        汶自然资（林）罚〔2023〕7号\n"
        "    二当事人的上述行为违反了《中华人民共和国森林法》第五十六条第三款的规定。依据《中华人民共和国\n"
        "森林法》第七十六条第二款的规定，本局决定：一、责令二当事人在原地补种侧柏110株；二、处滥伐林木\n"
        "价值三倍的罚款，计人民币4608元，由二当事人共同承担。\n"
        "                                                        汶溪县自然资源局\n"
        "                                                        2023年4月26日\n"
        "                                  第 2 页 共 2 页\n"),
    ids=["ID", "ID2"], addrs=["汶溪县石岭镇南岭村二组9号", "汶溪县石岭镇南岭村二组11号"],
))

PASSAGES.append(P(
    id="h2519", column="penalty", shape="Excel 处罚案件 公开表 (当事人 / 证件号码 / 住址): two persons' IDs and 住址 labelled; company row (USCC, 住址 column) and masked row not",
    title="汶溪县交通运输局2023年第三季度行政处罚案件信息公开表",
    body=excel(
        "汶溪县交通运输局2023年第三季度行政处罚案件信息公开表",
        "<tr height=36 style='height:27.0pt'><td colspan=8 class=xl66>"
        "汶溪县交通运输局2023年第三季度行政处罚案件信息公开表</td></tr>\n"
        + xrow("序号", "当事人", "证件号码", "住址", "违法行为", "处罚依据", "处罚内容", "处罚决定日期")
        + xrow("1", "冯某", "{ID}", "汶溪县白马镇后周村三组12号",
               "未取得道路运输经营许可擅自从事道路旅客运输经营", "《中华人民共和国道路运输条例》第六十三条",
               "罚款人民币10000元", "2023-07-12")
        + xrow("2", "岱川市汶溪顺达货运有限公司", "{USCC}", "汶溪县溪南街道工业路18号",
               "未按规定对营运车辆进行维护和检测", "《道路货物运输及站场管理规定》第六十八条",
               "罚款人民币1000元", "2023-08-03")
        + xrow("3", "许某", "{IDX}", "汶溪县龙湾镇马家庄村45号",
               "驾驶货运车辆超限运输", "《公路安全保护条例》第六十四条", "罚款人民币500元", "2023-08-21")
        + xrow("4", "孔某", "{ID2_M}", "汶溪县石岭镇****",
               "出租汽车驾驶员拒载", "《巡游出租汽车经营服务管理规定》第四十九条", "罚款人民币200元", "2023-09-05")),
    ids=["ID", "IDX"], addrs=["汶溪县白马镇后周村三组12号", "汶溪县龙湾镇马家庄村45号"],
))

PASSAGES.append(P(
    id="h2520", column="penalty", shape="WPS ET 交警 简易程序 公开: three IDs under 身份证明号码; Luhn-valid 19-digit 决定书编号, plates, 违法地点 not",
    title="汶溪县公安局交通警察大队2023年9月简易程序处罚决定公开",
    body=et(
        "汶溪县公安局交通警察大队2023年9月简易程序处罚决定公开",
        "<tr height=\"30\"><td colspan=\"9\" class=\"et3\">汶溪县公安局交通警察大队2023年9月简易程序处罚决定公开</td></tr>\n"
        + erow("序号", "当事人", "身份证明号码", "号牌号码", "违法时间", "违法地点", "违法行为", "决定书编号", "罚款（元）")
        + erow("1", "宁某", "{ID}", "鲁T·A3H72", "2023-09-03 08:14", "府前大街与泗桥路路口",
               "驾驶机动车不按规定使用安全带", "{ORDER}", "50")
        + erow("2", "宁某某", "{IDX}", "鲁T·B0K19", "2023-09-11 16:40", "G341线K215+300",
               "驾驶中型以上载客载货汽车超过规定时速未达20%", "{ORDER2}", "200")
        + erow("3", "柏某", "{ID2}", "鲁T·2M8Q5", "2023-09-19 21:05", "汶河西路文昌街口",
               "机动车违反禁止标线指示", "{ORDER3}", "100")),
    ids=["ID", "IDX", "ID2"],
))

PASSAGES.append(P(
    id="h2521", shape="信息公开 page 送达公告 of a 处罚决定书 (title names it): ID and 原住址 村 组 号; the office's contact landline not",
    title="汶溪县综合行政执法局关于公告送达行政处罚决定书的公告",
    body=xxgk(
        "汶溪县综合行政执法局关于公告送达行政处罚决定书的公告", "汶溪县综合行政执法局",
        "11370999MB0185726P/2023-00329", "无", "2023-10-16",
        "<p>鞠某（身份证号码：{ID}，原住址：汶溪县龙湾镇马家庄村2组33号）：</p>\n"
        "<p>本局对你未经批准擅自在龙湾镇龙湾大街占道经营一案，已依法作出汶综执罚〔2023〕61号《行政处罚决定书》。"
        "因你下落不明，采用其他方式无法送达，依据《中华人民共和国行政处罚法》第六十一条、《中华人民共和国民事诉讼法》"
        "第九十五条的规定，现依法向你公告送达。自本公告发布之日起经过三十日，即视为送达。</p>\n"
        "<p>请你于公告期满之日起十五日内到本局领取《行政处罚决定书》，并履行处罚决定。</p>\n"
        "<p>联系人：孟某　联系电话：0637-6027765</p>\n"
        "<p style=\"text-align:right\">汶溪县综合行政执法局<br>2023年10月16日</p>"),
    ids=["ID"], addrs=["汶溪县龙湾镇马家庄村2组33号"],
))

PASSAGES.append(P(
    id="h2522", column="penalty", shape="TRS 生态 个人 焚烧: ID in font/b, 现居住于 村 组 号",
    title="岱川市生态环境局汶溪分局行政处罚决定书（岱环汶罚〔2023〕22号）",
    body=trs(
        "岱川市生态环境局汶溪分局行政处罚决定书（岱环汶罚〔2023〕22号）", "行政处罚", "2023-11-03",
        "岱川市生态环境局汶溪分局",
        "<p>当事人：秦某，女，身份证号码：{ID_FONT}，现居住于汶溪县杨庄镇辛集村五组14号。</p>\n"
        "<p>2023年10月12日，我局执法人员接群众举报后到杨庄镇辛集村东侧空地检查，发现当事人正在露天焚烧废旧轮胎、"
        "橡胶边角料等，现场浓烟较大。</p>\n"
        "<p>你的上述行为违反了《中华人民共和国大气污染防治法》第八十二条第一款的规定。依据《中华人民共和国大气污染防治法》"
        "第一百一十九条第二款的规定，我局决定对你处罚款人民币壹万元整。</p>\n"
        "<p>生态环境问题举报热线：12369</p>\n"
        "<p style=\"text-align:right\">岱川市生态环境局汶溪分局<br>2023年10月30日</p>"),
    ids=["ID"], addrs=["汶溪县杨庄镇辛集村五组14号"],
))

PASSAGES.append(P(
    id="h2523", column="penalty", shape="TRS 渔政 非法捕捞: 户籍地 in 江西 路 号 and 现住 村 组 号 both labelled, the party's (0795) landline, mobile in spans",
    title="汶溪县农业农村局行政处罚决定书（汶农（渔）罚〔2023〕3号）",
    body=trs(
        "汶溪县农业农村局行政处罚决定书（汶农（渔）罚〔2023〕3号）", "行政处罚", "2023-06-30",
        "汶溪县农业农村局",
        "<p>当事人：邓某，男，汉族，身份证号码：{ID}，户籍地：江西省宜春市袁州区樟树巷18号，"
        "现住：汶溪县龙湾镇小龙湾村六组2号，联系电话：{LAND_P}，手机：{MOB_SPAN}。</p>\n"
        "<p>2023年6月3日，我局渔政执法人员在汶河龙湾段巡查时发现，当事人在禁渔期内使用电鱼器具捕捞，"
        "现场查获电鱼器具一套、渔获物6.5千克。</p>\n"
        "<p>依据《中华人民共和国渔业法》第三十八条第一款的规定，我局决定：一、没收渔获物和电鱼器具；二、罚款人民币3000元。</p>\n"
        "<p style=\"text-align:right\">汶溪县农业农村局<br>2023年6月26日</p>"),
    ids=["ID"], phones=["LAND", "MOB"],
    addrs=["江西省宜春市袁州区樟树巷18号", "汶溪县龙湾镇小龙湾村六组2号"],
))

PASSAGES.append(P(
    id="h2524", column="penalty", shape="JCMS 商务 预付卡: ID over <br>, 住所 of a person described by 性别/民族 (路 号 单元 室)",
    title="汶溪县商务局行政处罚决定书（汶商罚〔2023〕2号）",
    body=jcms(
        "汶溪县商务局行政处罚决定书（汶商罚〔2023〕2号）", "行政处罚", "2023-08-24",
        "汶溪县商务局",
        "<p>当事人：包某，男，汉族，身份证号码：{ID_BR}，住所：汶溪县汶城街道泗桥路63号3单元102室。</p>\n"
        "<p>经查，当事人经营“包氏理发”门店，自2022年12月起发行单用途商业预付卡，截至案发累计发卡136张，"
        "未按规定向商务主管部门备案。</p>\n"
        "<p>依据《单用途商业预付卡管理办法（试行）》第三十六条的规定，本局决定对当事人处以罚款人民币5000元。</p>\n"
        "<p style=\"text-align:right\">汶溪县商务局<br>2023年8月21日</p>"),
    ids=["ID"], addrs=["汶溪县汶城街道泗桥路63号3单元102室"],
))

PASSAGES.append(P(
    id="h2525", shape="JCMS 听证告知书 (notice before a penalty, not a 决定书): ID and U+3000-spaced mobile labelled; the 住址 is outside the address rule; office landline not",
    title="汶溪县市场监督管理局行政处罚听证告知书（汶市监听告〔2023〕19号）",
    body=jcms(
        "汶溪县市场监督管理局行政处罚听证告知书（汶市监听告〔2023〕19号）", "通知公告", "2023-09-18",
        "汶溪县市场监督管理局",
        "<p>蒋某（身份证号码：{ID}，住址：汶溪县白马镇前周村7组20号，联系电话：{MOB_NB}）：</p>\n"
        "<p>本局对你涉嫌销售不符合食品安全标准的食品一案，已调查终结。根据《中华人民共和国食品安全法》"
        "第一百二十四条第一款的规定，本局拟对你作出没收违法所得并处罚款人民币50000元的行政处罚。</p>\n"
        "<p>根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有要求举行听证的权利。"
        "如你要求举行听证，应当自收到本告知书之日起五个工作日内向本局提出；逾期视为放弃此权利。</p>\n"
        "<p>联系人：于某　联系电话：0637-6028316　联系地址：汶溪县汶城街道府前大街102号</p>\n"
        "<p style=\"text-align:right\">汶溪县市场监督管理局<br>2023年9月15日</p>"),
    ids=["ID"], phones=["MOB"],
))

PASSAGES.append(P(
    id="h2526", shape="信息公开 page 实施行政强制措施决定书 (查封): hyphenated ID, half full-width mobile; 住址 at township level",
    title="汶溪县市场监督管理局实施行政强制措施决定书（汶市监强制〔2023〕4号）",
    body=xxgk(
        "汶溪县市场监督管理局实施行政强制措施决定书（汶市监强制〔2023〕4号）", "汶溪县市场监督管理局",
        "11370999MB1579022T/2023-00731", "汶市监强制〔2023〕4号", "2023-07-19",
        "<p>当事人：尹某</p>\n"
        "<p>身份证号码：{ID_D}</p>\n"
        "<p>住址：汶溪县杨庄镇</p>\n"
        "<p>联系电话：{MOB_HALF}</p>\n"
        "<p>经查，当事人在杨庄镇辛集村东侧仓库内存放涉嫌假冒“海天”注册商标的酱油420箱。依据《中华人民共和国商标法》"
        "第六十二条第一款的规定，本局决定对上述物品实施查封，查封期限为三十日，自2023年7月18日至2023年8月16日。</p>\n"
        "<p>当事人对本决定不服的，可以在收到本决定书之日起六十日内向汶溪县人民政府申请行政复议，"
        "或者在六个月内向汶溪县人民法院提起行政诉讼。</p>"),
    ids=["ID"], phones=["MOB"],
))

PASSAGES.append(P(
    id="h2527", column="penalty", shape="TRS 市场监管: X-masked ID and mobile, 住址 **组**号, 13-prefixed 执法证号, 12315/12345, office landline: nothing",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕107号）",
    body=trs(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕107号）", "行政处罚", "2023-08-08",
        "汶溪县市场监督管理局",
        "<p>当事人：陈某，身份证号码：{ID_MX}，住址：汶溪县白马镇前周村**组**号，联系电话：{MOB_MX}。</p>\n"
        "<p>执法人员：刘某（执法证号：{CERT}）、韩某（执法证号：{CERT2}）</p>\n"
        "<p>经查，当事人在白马镇集市销售未标注生产日期的散装糕点，货值金额人民币186元。依据《中华人民共和国食品安全法》"
        "第一百二十五条第一款的规定，本局决定没收违法销售的食品，并处罚款人民币5000元。</p>\n"
        "<p>咨询电话：0637-6028300；投诉举报电话：12315、12345。</p>\n"
        "<p style=\"text-align:right\">汶溪县市场监督管理局<br>2023年8月4日</p>"),
))

PASSAGES.append(P(
    id="h2528", kind="attachment", column="penalty", shape="DOCX text 农业 农药 个体: half full-width ID, mobile, 经营者 住址 村 组 号; 经营场所, USCC, 国库 account not",
    title="汶溪县农业农村局行政处罚决定书（汶农（农药）罚〔2023〕11号）",
    body=(
        "汶溪县农业农村局\n"
        "行政处罚决定书\n"
        "汶农（农药）罚〔2023〕11号\n"
        "当事人：汶溪县龙湾镇丰收农资经营部\n"
        "统一社会信用代码：{USCC}\n"
        "经营场所：汶溪县龙湾镇龙湾大街东段路北\n"
        "经营者：田某　　性别：男\n"
        "身份证号：{ID_HALF}\n"
        "住址：汶溪县龙湾镇小龙湾村一组3号\n"
        "联系电话：{MOB}\n"
        "当事人于2023年3月购进并销售未附具产品质量检验合格证的农药“吡虫啉”可湿性粉剂80袋，违法所得人民币640元。\n"
        "依据《农药管理条例》第五十七条第（三）项的规定，本局决定：一、没收违法所得人民币640元；二、罚款人民币5000元。\n"
        "罚没款缴款信息：\n"
        "收款人\t国家金库汶溪县支库\n"
        "账号\t{OACCT}\n"
        "开户行\t中国人民银行汶溪县支行\n"
        "汶溪县农业农村局\n"
        "2023年4月17日\n"),
    ids=["ID"], phones=["MOB"], addrs=["汶溪县龙湾镇小龙湾村一组3号"],
))

PASSAGES.append(P(
    id="h2529", kind="attachment", column="penalty", shape="PDF text 市场监管 in spaced columns: ID in U+3000-separated groups, 住址 社区 路 号楼 单元 室; running head, folio",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕102号）",
    body=(
        "汶溪县市场监督管理局                                   行政处罚决定书\n"
        "                                                 汶市监处罚〔2023〕102号\n"
        "当事人：齐某                                  性别：女\n"
        "身份证号码：{ID_NB}\n"
        "住址：汶溪县溪南街道南苑社区南苑路8号2号楼3单元601室\n"
        "    经查，当事人自2023年5月起通过微信朋友圈销售自制“减肥茶”，宣称“七天瘦十斤”“无任何副作用”，\n"
        "经检验该产品中检出西布曲明。违法所得人民币3260元。\n"
        "    当事人的上述行为违反了《中华人民共和国食品安全法》第三十八条的规定。依据该法第一百二十三条\n"
        "第一款第（二）项的规定，本局决定：一、没收违法所得3260元；二、罚款人民币10万元。\n"
        "                                                      第 1 页 共 1 页\n"),
    ids=["ID"], addrs=["汶溪县溪南街道南苑社区南苑路8号2号楼3单元601室"],
))

PASSAGES.append(P(
    id="h2530", column="penalty", shape="TRS 综合执法 占道 with the party's son as 委托代理人: both IDs, the agent's mobile, party's 住址 巷 号",
    title="汶溪县综合行政执法局行政处罚决定书（汶综执罚〔2023〕74号）",
    body=trs(
        "汶溪县综合行政执法局行政处罚决定书（汶综执罚〔2023〕74号）", "行政处罚", "2023-10-25",
        "汶溪县综合行政执法局",
        "<p>当事人：郭某，男，汉族，身份证号码：{ID}，住址：汶溪县汶城街道柳溪巷15号。</p>\n"
        "<p>委托代理人：郭某某（系当事人之子），身份证号码：{ID2}，联系电话：{MOB}。</p>\n"
        "<p>违法地点：汶溪县汶城街道文昌街与泗桥路交叉口东北角人行道。</p>\n"
        "<p>经查，当事人于2023年9月至10月多次在上址人行道上摆设水果摊点，经责令改正后拒不改正。"
        "依据《山东省城市市容和环境卫生管理办法》的相关规定，本局决定对当事人处以罚款人民币200元。</p>\n"
        "<p>城市管理服务热线：12319</p>\n"
        "<p style=\"text-align:right\">汶溪县综合行政执法局<br>2023年10月20日</p>"),
    ids=["ID", "ID2"], phones=["MOB"], addrs=["汶溪县汶城街道柳溪巷15号"],
))

PASSAGES.append(P(
    id="h2531", column="penalty", enc="gbk", shape="GBK 森林防火 野外用火: 6-8-4 spaced ID, full-width mobile; 户籍地 at county level and 住址 at township level not",
    title="汶溪县应急管理局行政处罚决定书（汶应急罚〔2023〕9号）",
    body=gb(
        "汶溪县应急管理局行政处罚决定书（汶应急罚〔2023〕9号）", "汶溪县应急管理局", "2023-04-21",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;当事人：滕某，男，汉族，公民身份号码：{ID_S}，户籍地：山东省岱川市汶溪县，"
        "住址：汶溪县龙湾镇，联系电话：{MOB_FW}。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;2023年4月2日，当事人在龙湾镇马家庄村北山林地边缘焚烧地堰杂草，"
        "属于森林防火期内未经批准擅自在森林防火区内野外用火。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;依据《森林防火条例》第五十条的规定，本局决定：责令当事人停止违法行为，"
        "给予警告，并处罚款人民币200元。</p>\n"
        "<p align=\"right\">汶溪县应急管理局<br>2023年4月18日</p>"),
    ids=["ID"], phones=["MOB"],
))

PASSAGES.append(P(
    id="h2532", column="penalty", shape="信息公开 page 交通 网约车: ID with lower-case x, mobile split by comments, 住址 巷 号; plate, 执法证号 not",
    title="汶溪县交通运输局行政处罚决定书（汶交执罚〔2023〕142号）",
    body=xxgk(
        "汶溪县交通运输局行政处罚决定书（汶交执罚〔2023〕142号）", "汶溪县交通运输局",
        "11370999MB2815634X/2023-00502", "汶交执罚〔2023〕142号", "2023-09-26",
        "<p>当事人：柯某，男，身份证号码：{IDX_LOW}，住址：汶溪县汶城街道青柳巷6号，联系电话：{MOB_CMT}。</p>\n"
        "<p>车辆：鲁T·D8E52（小型普通客车）</p>\n"
        "<p>经查，当事人未取得网络预约出租汽车运输证和驾驶员证，于2023年9月8日通过网络平台接单，"
        "从汶溪县汶城街道汶河湿地公园载客至岱川市高铁站，收取车费人民币65元。</p>\n"
        "<p>依据《网络预约出租汽车经营服务管理暂行办法》第三十四条第（一）项的规定，本局决定：责令当事人停止违法行为，"
        "并处罚款人民币5000元。</p>\n"
        "<p>执法人员：赵某（执法证号：{CERT}）、丁某（执法证号：{CERT2}）</p>"),
    ids=["IDX"], phones=["MOB"], addrs=["汶溪县汶城街道青柳巷6号"],
))

PASSAGES.append(P(
    id="h2533", column="penalty", shape="信息公开 page 食品小作坊: ID, 住址 and mobile after field comments, 住址 村 组 号",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕118号）",
    body=xxgk(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕118号）", "汶溪县市场监督管理局",
        "11370999MB1579022T/2023-00812", "汶市监处罚〔2023〕118号", "2023-09-04",
        "<p>当事人：解某，男，身份证号码：<!--<$[ZJHM]>-->{ID}，住址：<!--<$[ZZ]>-->汶溪县桃峪镇东桃峪村七组26号，"
        "联系电话：<!--<$[LXDH]>-->{MOB}。</p>\n"
        "<p>经查，当事人在其住宅院内从事煎饼加工，未取得食品小作坊登记证，产品销往桃峪镇周边集市，货值金额人民币2860元。</p>\n"
        "<p>依据《山东省食品小作坊小餐饮和食品摊点管理条例》的相关规定，本局决定：没收违法生产的食品，并处罚款人民币5000元。</p>"),
    ids=["ID"], phones=["MOB"], addrs=["汶溪县桃峪镇东桃峪村七组26号"],
))

PASSAGES.append(P(
    id="h2534", column="penalty", shape="TRS 市场监管 药房 广告: company 住所, 法定代表人, company landline, lawyer 委托代理人 with 律师事务所 地址 and landline: nothing",
    title="汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕125号）",
    body=trs(
        "汶溪县市场监督管理局行政处罚决定书（汶市监处罚〔2023〕125号）", "行政处罚", "2023-09-20",
        "汶溪县市场监督管理局",
        "<p>当事人：岱川市汶溪康宁大药房有限公司</p>\n"
        "<p>统一社会信用代码：{USCC}</p>\n"
        "<p>住所：汶溪县汶城街道府前大街66号</p>\n"
        "<p>法定代表人：邵某　　联系电话：0637-6061188</p>\n"
        "<p>委托代理人：岳某，山东汶泽律师事务所律师，地址：汶溪县汶城街道建设北路120号，联系电话：0637-6035588。</p>\n"
        "<p>经查，当事人于2023年6月至8月在其门店电子屏发布保健食品广告，含有“治疗高血压”“根治糖尿病”等"
        "涉及疾病预防、治疗功能的内容，广告费用无法计算。</p>\n"
        "<p>依据《中华人民共和国广告法》第五十八条第一款第（二）项的规定，本局决定：责令当事人停止发布违法广告，"
        "在相应范围内消除影响，并处罚款人民币100000元。</p>\n"
        "<p style=\"text-align:right\">汶溪县市场监督管理局<br>2023年9月15日</p>"),
))

# --- published lists and other pages (address rule out of scope) ----------------------------

PASSAGES.append(P(
    id="h2535", shape="TRS 低保 新增 公示 (rowspan 村): two IDs (one with X), two mobiles (one 3-4-4 spaced); masked row, 合计, office landlines not",
    title="白马镇2023年9月城乡低保新增对象公示",
    body=trs(
        "白马镇2023年9月城乡低保新增对象公示", "公示公告", "2023-09-25", "白马镇人民政府",
        "<p>根据《山东省最低生活保障办法》有关规定，经本人申请、入户调查、民主评议等程序，"
        "拟将以下家庭纳入城乡最低生活保障范围，现予以公示。公示期为2023年9月25日至10月1日。</p>\n"
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">\n"
        "<tr><td>序号</td><td>村（社区）</td><td>户主姓名</td><td>身份证号码</td><td>保障人数</td>"
        "<td>月保障金额（元）</td><td>联系电话</td></tr>\n"
        "<tr><td>1</td><td rowspan=\"2\">前周村</td><td>周某</td><td>{ID}</td><td>2</td><td>1060</td><td>{MOB}</td></tr>\n"
        "<tr><td>2</td><td>吕某某</td><td>{IDX}</td><td>1</td><td>530</td><td>{MOB2_S}</td></tr>\n"
        "<tr><td>3</td><td>后周村</td><td>彭某</td><td>{ID2_M}</td><td>3</td><td>1590</td><td>{MOB3_M}</td></tr>\n"
        "<tr><td colspan=\"4\">合计</td><td>6</td><td>3180</td><td></td></tr>\n"
        "</table>\n"
        "<p>公示期间如有异议，请向白马镇民政办反映，联系电话：0637-6151020；县民政局监督电话：0637-6023456。</p>\n"
        "<p style=\"text-align:right\">白马镇人民政府<br>2023年9月25日</p>"),
    ids=["ID", "IDX"], phones=["MOB", "MOB2"],
))

PASSAGES.append(P(
    id="h2536", shape="Excel 特困 供养金 发放名单: two IDs, 19-digit 一卡通账号 (one in U+3000 groups); masked row not",
    title="桃峪镇2023年第三季度特困人员救助供养金发放名单",
    body=excel(
        "桃峪镇2023年第三季度特困人员救助供养金发放名单",
        "<tr height=36 style='height:27.0pt'><td colspan=6 class=xl66>"
        "桃峪镇2023年第三季度特困人员救助供养金发放名单</td></tr>\n"
        + xrow("序号", "姓名", "身份证号", "一卡通账号", "供养类别", "发放金额（元）")
        + xrow("1", "鲍某", "{ID}", "{CARDL_NB}", "分散供养", "2850")
        + xrow("2", "柳某某", "{IDX}", "{CARDL2}", "集中供养", "2850")
        + xrow("3", "孟某", "{ID2_M}", "{CARDL3_M}", "分散供养", "2850")
        + xrow("合计", "", "", "", "", "8550")),
    ids=["ID", "IDX"], banks=["CARDL", "CARDL2"],
))

PASSAGES.append(P(
    id="h2537", enc="gbk", shape="GBK 临时救助 公示 (家庭住址 column out of scope): full-width ID, plain ID, 代领人's mobile in 备注; masked row not",
    title="龙湾镇2023年8月临时救助对象公示",
    body=gb(
        "龙湾镇2023年8月临时救助对象公示", "汶溪县龙湾镇人民政府", "2023-08-29",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;经个人申请、村级初审、镇政府审核，以下人员拟给予临时救助，现予以公示：</p>\n"
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" bordercolor=\"#000000\">\n"
        "<tr align=\"center\"><td>序号</td><td>姓名</td><td>家庭住址</td><td>身份证号码</td><td>救助事由</td>"
        "<td>救助金额（元）</td><td>备注</td></tr>\n"
        "<tr><td>1</td><td>何某</td><td>龙湾镇小龙湾村三组5号</td><td>{ID_FW}</td><td>因病</td><td>3000</td>"
        "<td>代领人：何某某，电话{MOB}</td></tr>\n"
        "<tr><td>2</td><td>施某</td><td>龙湾镇马家庄村18号</td><td>{ID2}</td><td>因灾</td><td>2000</td><td>&nbsp;</td></tr>\n"
        "<tr><td>3</td><td>张某</td><td>龙湾镇****</td><td>{ID3_M}</td><td>因学</td><td>1500</td><td>&nbsp;</td></tr>\n"
        "</table>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;公示时间：2023年8月29日至9月4日。监督电话：0637-6171002</p>"),
    ids=["ID", "ID2"], phones=["MOB"],
))

PASSAGES.append(P(
    id="h2538", shape="WPS ET 耕地地力 补贴 清册: spaced 16-digit card and plain card; masked card, 合计 not",
    title="石岭镇北岭村2023年耕地地力保护补贴发放清册",
    body=et(
        "石岭镇北岭村2023年耕地地力保护补贴发放清册",
        "<tr height=\"30\"><td colspan=\"5\" class=\"et3\">石岭镇北岭村2023年耕地地力保护补贴发放清册</td></tr>\n"
        + erow("序号", "户主姓名", "银行卡号", "补贴面积（亩）", "补贴金额（元）")
        + erow("1", "鲁某", "{CARD_S}", "4.62", "577.50")
        + erow("2", "鲁某某", "{CARD2}", "3.10", "387.50")
        + erow("3", "窦某", "{CARD3_M}", "2.80", "350.00")
        + erow("合计", "", "", "10.52", "1315.00")),
    banks=["CARD", "CARD2"],
))

PASSAGES.append(P(
    id="h2539", kind="attachment", shape="PDF text 护林员 劳务报酬 明细 (columns in spaces): three IDs, 16-digit, 19-digit and spaced cards",
    title="汶溪县2023年第二季度生态护林员劳务报酬发放明细",
    body=(
        "汶溪县2023年第二季度生态护林员劳务报酬发放明细\n"
        "序号   乡镇     姓名      身份证号码            银行卡号                 金额（元）\n"
        "1      石岭镇   苗某      {ID}    {CARD}          1500\n"
        "2      石岭镇   苗某某    {IDX}    {CARDL}       1500\n"
        "3      桃峪镇   殷某      {ID2}    {CARD2_S}     1500\n"
        "合计                                                                4500\n"
        "制表单位：汶溪县自然资源局                    制表日期：2023年7月6日\n"
        "                                第 1 页 共 1 页\n"),
    ids=["ID", "IDX", "ID2"], banks=["CARD", "CARDL", "CARD2"],
))

PASSAGES.append(P(
    id="h2540", shape="TRS 创业担保贷款 贴息 公示: two borrowers' IDs; Luhn-valid 19-digit 贷款合同编号, company USCC not",
    title="汶溪县2023年第二季度创业担保贷款贴息资金拨付公示",
    body=trs(
        "汶溪县2023年第二季度创业担保贷款贴息资金拨付公示", "公示公告", "2023-07-14",
        "汶溪县人力资源和社会保障局",
        "<p>根据创业担保贷款贴息有关规定，经审核，现将2023年第二季度创业担保贷款贴息资金拨付情况公示如下：</p>\n"
        "<table border=\"1\" cellspacing=\"0\" width=\"100%\">\n"
        + row("序号", "借款人", "身份证号码", "贷款合同编号", "贷款金额（万元）", "贴息金额（元）")
        + row("1", "邹某", "{ID}", "{ORDER}", "20", "3850.00")
        + row("2", "喻某", "{ID2}", "{ORDER2}", "15", "2887.50")
        + row("3", "汶溪县喜盈门餐饮有限公司", "{USCC}", "{ORDER3}", "100", "19250.00")
        + "</table>\n"
        "<p>公示期5个工作日。如有异议，请与县人社局就业促进科联系，电话：0637-6025012。</p>"),
    ids=["ID", "ID2"],
))

PASSAGES.append(P(
    id="h2541", shape="信息公开 page 征收 补偿款 发放 公示 (户名 / 开户行 / 账号): two persons' 17-digit accounts; company row and 合计 not",
    title="溪南街道河湾村片区房屋征收补偿款发放公示",
    body=xxgk(
        "溪南街道河湾村片区房屋征收补偿款发放公示", "汶溪县溪南街道办事处",
        "11370999MB1936208Q/2023-00114", "无", "2023-05-30",
        "<p>根据《汶溪县溪南街道河湾村片区房屋征收补偿方案》，现将第一批征收补偿款发放情况公示如下：</p>\n"
        "<table border=\"1\" cellspacing=\"0\" width=\"100%\">\n"
        + row("序号", "户名", "补偿金额（元）", "开户行", "账号")
        + row("1", "范某", "286300.00", "岱川农商银行汶溪溪南支行", "{ACCT}")
        + row("2", "范某某", "175420.00", "中国邮政储蓄银行汶溪县支行", "{ACCT2}")
        + row("3", "岱川市汶溪宏泰建材有限公司", "560000.00", "中国建设银行汶溪支行", "{ACCT3}")
        + row("合计", "", "1021720.00", "", "")
        + "</table>\n"
        "<p>公示期间如有异议，请向溪南街道征收办反映，电话：0637-6126600。</p>"),
    banks=["ACCT", "ACCT2"],
))

PASSAGES.append(P(
    id="h2542", shape="TRS 公益性岗位 名单 公示: hyphenated ID, ID with X, hyphenated mobile, plain mobile, hyphenated card and plain card under 社保卡银行账号",
    title="汶城街道2023年城乡公益性岗位人员名单公示",
    body=trs(
        "汶城街道2023年城乡公益性岗位人员名单公示", "公示公告", "2023-03-02", "汶城街道办事处",
        "<p>经个人报名、资格审核、村（社区）推荐，拟安排以下人员到城乡公益性岗位就业，现予以公示。</p>\n"
        "<table border=\"1\" cellspacing=\"0\" width=\"100%\">\n"
        + row("序号", "姓名", "性别", "身份证号", "岗位", "联系电话", "社保卡银行账号")
        + row("1", "贺某", "女", "{ID_D}", "保洁员", "{MOB_D}", "{CARD_D}")
        + row("2", "倪某", "男", "{IDX}", "护路员", "{MOB2}", "{CARD2}")
        + "</table>\n"
        "<p>公示期：2023年3月2日至3月8日。监督电话：0637-6021877。</p>"),
    ids=["ID", "IDX"], phones=["MOB", "MOB2"], banks=["CARD", "CARD2"],
))

PASSAGES.append(P(
    id="h2543", shape="Excel 就业见习 补贴 人员名单: two IDs, a mobile and a full-width mobile; masked row not",
    title="汶溪县2023年第二批就业见习补贴人员名单",
    body=excel(
        "汶溪县2023年第二批就业见习补贴人员名单",
        "<tr height=36 style='height:27.0pt'><td colspan=7 class=xl66>汶溪县2023年第二批就业见习补贴人员名单</td></tr>\n"
        + xrow("序号", "姓名", "性别", "身份证号码", "见习单位", "联系电话", "补贴金额（元）")
        + xrow("1", "汤某", "男", "{ID}", "汶溪县人民医院", "{MOB}", "4560")
        + xrow("2", "滕某某", "女", "{IDX}", "岱川市汶溪宏泰建材有限公司", "{MOB2_FW}", "4560")
        + xrow("3", "殷某", "男", "{ID2_M}", "汶溪县第一实验小学", "{MOB3_M}", "3040")),
    ids=["ID", "IDX"], phones=["MOB", "MOB2"],
))

PASSAGES.append(P(
    id="h2544", shape="TRS 优秀志愿者 名单 公示 written item by item: two IDs, a 3-4-4 spaced mobile and one with a zero-width space; masked item not",
    title="汶城街道2023年度优秀志愿者名单公示",
    body=trs(
        "汶城街道2023年度优秀志愿者名单公示", "公示公告", "2023-12-05", "汶城街道办事处",
        "<p>经社区推荐、街道审核，拟评选以下同志为2023年度汶城街道优秀志愿者，现予以公示：</p>\n"
        "<p>1. 闫某（身份证号：{ID}，联系电话：{MOB_S}）</p>\n"
        "<p>2. 段某某（身份证号：{IDX}，联系电话：{MOB2_ZW}）</p>\n"
        "<p>3. 雷某（身份证号：{ID2_M}，联系电话：{MOB3_M}）</p>\n"
        "<p>公示期为5个工作日。如有异议，请与街道文明办联系，电话：0637-6021560。</p>"),
    ids=["ID", "IDX"], phones=["MOB", "MOB2"],
))

PASSAGES.append(P(
    id="h2545", shape="Word HTML 危房改造 补助 发放 公示 table: ID, full-width ID with X, 17-digit and 19-digit 一卡通账号, +86 mobile and plain mobile",
    title="杨庄镇2023年农村低收入群体等重点对象危房改造补助资金发放公示",
    body=word(
        "杨庄镇2023年农村低收入群体等重点对象危房改造补助资金发放公示",
        "<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt;"
        "font-family:方正小标宋简体'>杨庄镇2023年农村低收入群体等重点对象危房改造补助资金发放公示</span></b></p>\n"
        + mp("经农户申请、村级评议、镇级审核、县级审批，现将危房改造补助资金发放情况公示如下：")
        + "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
        "border:none;mso-border-alt:solid windowtext .5pt'>\n"
        + wrow("序号", "户主姓名", "身份证号码", "一卡通账号", "补助金额（元）", "联系电话")
        + wrow("1", "霍某", "{ID}", "{ACCT}", "20000", "{MOB_86}")
        + wrow("2", "霍某某", "{IDX_FW}", "{CARDL}", "15000", "{MOB2}")
        + "</table>\n"
        + mp("公示期7天，监督电话：0637-6181203。")),
    ids=["ID", "IDX"], banks=["ACCT", "CARDL"], phones=["MOB", "MOB2"],
))

PASSAGES.append(P(
    id="h2546", kind="attachment", shape="DOCX text 取暖补贴 发放名册 tab table: 15-digit ID under the 身份证号 header, 18-digit ID, spaced card and plain card; masked row, 合计 not",
    title="白马镇2023年农村困难群众取暖补贴发放名册",
    body=(
        "附件\n"
        "白马镇2023年农村困难群众取暖补贴发放名册\n"
        "序号\t姓名\t身份证号\t银行卡号\t金额（元）\n"
        "1\t庞某\t{IDF}\t{CARD_S}\t300\n"
        "2\t庞某某\t{ID}\t{CARD2}\t300\n"
        "3\t费某\t{ID2_M}\t{CARD3_M}\t600\n"
        "合计\t\t\t\t1200\n"
        "白马镇人民政府（盖章）　　　　　　2023年12月12日\n"),
    ids=["IDF", "ID"], banks=["CARD", "CARD2"],
))

PASSAGES.append(P(
    id="h2547", shape="TRS 种粮补贴 发放账户 变更 公告: a 19-digit 新卡号 and a card after 开户行; the closed card masked",
    title="关于变更2023年度种粮补贴发放账户的公告",
    body=trs(
        "关于变更2023年度种粮补贴发放账户的公告", "通知公告", "2023-06-12", "白马镇人民政府",
        "<p>因原补贴发放账户注销，经本人申请，以下农户2023年度种粮补贴发放账户变更如下：</p>\n"
        "<p>一、户名：庞某；原卡号：{CARD_M}（已注销）；新开户行：中国农业银行汶溪县支行；新卡号：{CARDL}。</p>\n"
        "<p>二、户名：龚某；开户行：岱川农商银行白马支行　{CARD2}。</p>\n"
        "<p>如有疑问，请与白马镇财政所联系，电话：0637-6151188。</p>"),
    banks=["CARDL", "CARD2"],
))

PASSAGES.append(P(
    id="h2548", shape="TRS 身份证 招领 启事: full-width ID after 公民身份号码; the 派出所 landline not",
    title="居民身份证招领启事",
    body=trs(
        "居民身份证招领启事", "通知公告", "2023-05-06", "汶溪县公安局汶城派出所",
        "<p>2023年5月4日，我所民警在汶城街道汶河湿地公园拾获居民身份证一张，姓名：冉某，"
        "公民身份号码：{ID_FW}。请失主携带有效证明到汶城派出所户籍室领取。</p>\n"
        "<p>联系电话：0637-6022110</p>"),
    ids=["ID"],
))

PASSAGES.append(P(
    id="h2549", shape="JCMS 12345 来电 办理结果: caller's mobile masked above and unmasked in the reply; Luhn-valid 19-digit 工单编号 not",
    title="关于汶城街道文昌街噪音扰民问题的答复",
    body=jcms(
        "关于汶城街道文昌街噪音扰民问题的答复", "12345热线办理", "2023-08-17", "汶溪县综合行政执法局",
        "<p>工单编号：{ORDER}</p>\n"
        "<p>来电人：王女士　来电号码：{MOB_M}</p>\n"
        "<p>来电内容：文昌街一烧烤店每晚营业至凌晨，噪音扰民，希望有关部门处理。</p>\n"
        "<p>办理结果：接到工单后，我局执法人员于8月14日晚到现场核查，该烧烤店存在夜间露天经营噪音扰民现象，"
        "已责令其整改，将经营时间调整至22时前。8月15日，我局工作人员电话联系来电人（{MOB}），"
        "告知处理情况，来电人表示满意。</p>\n"
        "<p>承办单位：汶溪县综合行政执法局　政务服务便民热线：12345</p>"),
    phones=["MOB"],
))

PASSAGES.append(P(
    id="h2550", shape="TRS 高素质农民 培训 学员 报到 通知 with a 姓名 / 联系电话 table: three mobiles (plain, 3-4-4 spaced, half full-width); the school's contact landline not",
    title="关于2023年高素质农民培训班学员报到的通知",
    body=trs(
        "关于2023年高素质农民培训班学员报到的通知", "通知公告", "2023-10-10", "汶溪县农业农村局",
        "<p>各镇（街道）农业综合服务中心：</p>\n"
        "<p>2023年高素质农民培训班定于10月16日开班，请以下学员于10月16日上午8:30前到县农业广播电视学校报到。</p>\n"
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("序号", "姓名", "性别", "所在镇村", "联系电话")
        + row("1", "毛某", "男", "白马镇前周村", "{MOB}")
        + row("2", "禹某", "女", "桃峪镇东桃峪村", "{MOB2_S}")
        + row("3", "狄某", "男", "龙湾镇小龙湾村", "{MOB3_HALF}")
        + "</table>\n"
        "<p>联系人：陈老师，联系电话：0637-6029901。</p>"),
    phones=["MOB", "MOB2", "MOB3"],
))

# --- nothing to report --------------------------------------------------------------------

PASSAGES.append(P(
    id="h2551", shape="TRS 招聘 拟聘用 公示: 准考证号, masked IDs, 监督电话: nothing",
    title="汶溪县2023年公开招聘教师拟聘用人员公示",
    body=trs(
        "汶溪县2023年公开招聘教师拟聘用人员公示", "人事信息", "2023-08-02", "汶溪县教育和体育局",
        "<p>根据招聘简章规定，经笔试、面试、考察和体检，现将拟聘用人员予以公示：</p>\n"
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("序号", "姓名", "性别", "准考证号", "身份证号", "报考岗位", "总成绩")
        + row("1", "付某", "女", "2023060112", "{ID_M}", "小学语文", "82.36")
        + row("2", "车某某", "男", "2023060217", "{ID2_M}", "初中数学", "79.84")
        + "</table>\n"
        "<p>公示期7个工作日。监督电话：0637-6023345。</p>"),
))

PASSAGES.append(P(
    id="h2552", shape="信息公开 page 采购 成交结果 公告: USCC, 项目编号, the agency contact's mobile and the buyer's landline (not a list, not a decision): nothing",
    title="汶溪县第一实验小学课桌椅采购项目成交结果公告",
    body=xxgk(
        "汶溪县第一实验小学课桌椅采购项目成交结果公告", "汶溪县教育和体育局",
        "11370999MB2713590W/2023-00288", "无", "2023-06-28",
        "<p>一、项目编号：WXCG2023-0456</p>\n"
        "<p>二、项目名称：汶溪县第一实验小学课桌椅采购项目</p>\n"
        "<p>三、成交信息：供应商名称：岱川市恒信教学设备有限公司；统一社会信用代码：{USCC}；"
        "供应商地址：岱川市高新区科技路18号；成交金额：人民币386500.00元。</p>\n"
        "<p>四、采购人信息：名称：汶溪县第一实验小学；地址：汶溪县汶城街道文昌街1号；联系方式：0637-6024418。</p>\n"
        "<p>五、采购代理机构信息：名称：岱川正信招标代理有限公司；项目联系人：牛工；电话：{MOB}。</p>"),
))

PASSAGES.append(P(
    id="h2553", shape="TRS 防汛抗旱 成员单位 联络员 通讯录 (单位 / 姓名 / 职务 / 联系电话, officials): nothing",
    title="汶溪县2023年防汛抗旱指挥部成员单位联络员通讯录",
    body=trs(
        "汶溪县2023年防汛抗旱指挥部成员单位联络员通讯录", "通知公告", "2023-05-26", "汶溪县应急管理局",
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("单位", "姓名", "职务", "联系电话")
        + row("县应急管理局", "武某", "副局长", "{MOB}")
        + row("县水务局", "申某", "防汛办主任", "{MOB2}")
        + row("县气象局", "苗某", "科长", "0637-6026121")
        + "</table>\n"
        "<p>县防汛抗旱指挥部办公室值班电话：0637-6021995</p>"),
))

PASSAGES.append(P(
    id="h2554", shape="TRS 行政执法人员 名单 公示: 13-prefixed 11-digit 执法证号: nothing",
    title="汶溪县市场监督管理局行政执法人员名单公示",
    body=trs(
        "汶溪县市场监督管理局行政执法人员名单公示", "公示公告", "2023-02-20", "汶溪县市场监督管理局",
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("序号", "姓名", "单位", "执法证号", "执法类别")
        + row("1", "刘某", "汶溪县市场监督管理局", "{CERT}", "市场监管")
        + row("2", "韩某", "汶溪县市场监督管理局", "{CERT2}", "市场监管")
        + row("3", "于某", "汶溪县市场监督管理局汶城市场监管所", "{CERT3}", "市场监管")
        + "</table>"),
))

PASSAGES.append(P(
    id="h2555", shape="信息公开 page 双随机 抽查结果 公示: all-digit USCCs: nothing",
    title="汶溪县市场监督管理局2023年第二批双随机抽查结果公示",
    body=xxgk(
        "汶溪县市场监督管理局2023年第二批双随机抽查结果公示", "汶溪县市场监督管理局",
        "11370999MB1579022T/2023-00904", "无", "2023-10-30",
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("序号", "企业名称", "统一社会信用代码", "抽查事项", "检查结果")
        + row("1", "汶溪县鑫达机械配件有限公司", "{USCCD}", "产品质量", "未发现问题")
        + row("2", "岱川市汶溪华丰面粉有限公司", "{USCCD2}", "食品生产", "发现问题已责令改正")
        + row("3", "汶溪县金诚物流有限公司", "{USCCD3}", "公示信息", "未发现问题")
        + "</table>"),
))

PASSAGES.append(P(
    id="h2556", shape="TRS 非税收入 缴款 指南: 财政局 账号, 医疗保障基金收入户 账号, 12345: nothing",
    title="汶溪县城乡居民医疗保险费及非税收入缴款指南",
    body=trs(
        "汶溪县城乡居民医疗保险费及非税收入缴款指南", "办事指南", "2023-11-01", "汶溪县财政局",
        "<p>一、罚没款及其他非税收入</p>\n"
        "<p>收款人：汶溪县财政局　开户行：中国农业银行汶溪县支行　账号：{OACCT}</p>\n"
        "<p>二、城乡居民基本医疗保险费（单位代缴）</p>\n"
        "<p>户名：汶溪县医疗保障基金收入户　开户行：中国建设银行汶溪支行　账号：{ACCT}</p>\n"
        "<p>咨询电话：0637-6021708，或拨打12345政务服务便民热线。</p>"),
))

PASSAGES.append(P(
    id="h2557", shape="TRS 个体工商户 注销 公告: 15-digit 注册号 (passes the 15-digit date test), USCC: nothing",
    title="关于注销部分长期停业个体工商户营业执照的公告",
    body=trs(
        "关于注销部分长期停业个体工商户营业执照的公告", "通知公告", "2023-04-03", "汶溪县市场监督管理局",
        "<p>以下个体工商户已连续两年未报送年度报告且无经营活动，经经营者申请，现依法注销其营业执照：</p>\n"
        "<p>1. 汶溪县杨庄镇巩记修车铺，经营者：巩某，注册号：{IDF}</p>\n"
        "<p>2. 汶溪县石岭镇晨光小卖部，经营者：晏某，统一社会信用代码：{USCC}</p>\n"
        "<p>特此公告。</p>"),
))

PASSAGES.append(P(
    id="h2558", shape="信息公开 page 办件 结果 公示: 18-digit 办件编号 (county code + date + serial) that pass every ID check, masked applicants: nothing",
    title="汶溪县行政审批服务局2023年10月办件结果公示",
    body=xxgk(
        "汶溪县行政审批服务局2023年10月办件结果公示", "汶溪县行政审批服务局",
        "11370999MB0327814D/2023-01562", "无", "2023-11-02",
        "<p>1. 办件编号：370999202310090014；事项名称：食品经营许可（新办）；申请人：汶溪县某某餐饮店；办理结果：准予许可。</p>\n"
        "<p>2. 办件编号：370999202310120033；事项名称：公共场所卫生许可（延续）；申请人：汶溪县某某宾馆；办理结果：准予许可。</p>\n"
        "<p>政务服务热线：12345</p>"),
))

PASSAGES.append(P(
    id="h2559", shape="TRS 交警 曝光台: X-masked IDs, plates, Luhn-valid 决定书编号: nothing",
    title="2023年第三季度交通违法曝光台",
    body=trs(
        "2023年第三季度交通违法曝光台", "工作动态", "2023-10-08", "汶溪县公安局交通警察大队",
        "<p>1. 驾驶人蒋某某（身份证号：{ID_MX}），驾驶鲁T·6F2K1号小型轿车醉酒驾驶，"
        "决定书编号：{ORDER}。</p>\n"
        "<p>2. 驾驶人伍某（身份证号：{ID2_MX}），驾驶鲁T·C7R30号重型货车超员，决定书编号：{ORDER2}。</p>\n"
        "<p>交通违法举报电话：0637-6022122</p>"),
))

PASSAGES.append(P(
    id="h2560", enc="gbk", shape="GBK 政府信息公开 年度报告: counts, amounts, dates, footer numbers: nothing",
    title="汶溪县民政局2022年政府信息公开工作年度报告",
    body=gb(
        "汶溪县民政局2022年政府信息公开工作年度报告", "汶溪县民政局", "2023-01-18",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;一、总体情况。2022年，本局主动公开政府信息236条，其中低保、特困等救助信息"
        "公示48条；收到政府信息公开申请3件，均按期答复。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;二、主动公开政府信息情况。全年发放城乡低保金4862.5万元，特困供养金1325.8万元。</p>\n"
        "<table border=\"1\" cellspacing=\"0\"><tr><td>收到申请数</td><td>3</td><td>予以公开</td><td>2</td>"
        "<td>不予公开</td><td>1</td></tr></table>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;咨询电话：0637-6023456，邮编：276899。</p>"),
))

PASSAGES.append(P(
    id="h2561", shape="TRS 不动产 首次登记 公告: masked IDs, 不动产单元号, 坐落 addresses (not a penalty): nothing",
    title="汶溪县不动产首次登记公告（2023年第15号）",
    body=trs(
        "汶溪县不动产首次登记公告（2023年第15号）", "通知公告", "2023-09-08", "汶溪县自然资源局",
        "<p>经初步审定，我局拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。</p>\n"
        "<table border=\"1\" cellspacing=\"0\">\n"
        + row("权利人", "身份证号", "不动产单元号", "坐落", "面积（㎡）")
        + row("钟某", "{ID_M}", "370999008012JC00015F00010001", "汶溪县溪南街道南苑路8号", "186.5")
        + row("钟某某", "{ID2_M}", "370999008012JC00016F00010001", "汶溪县溪南街道南苑路10号", "172.3")
        + "</table>\n"
        "<p>公告期间：2023年9月8日至9月22日。异议书面材料送达地址：汶溪县汶城街道府前大街90号不动产登记中心。</p>"),
))

PASSAGES.append(P(
    id="h2562", shape="信用岱川 双公示 行政许可 for a 个体工商户: the operator's ID with X under 法定代表人证件号码; USCC, 许可证编号 not",
    title="行政许可信息（食品经营许可）",
    body=credit("行政许可信息公示详情", [
        ("行政相对人名称", "汶溪县杨庄镇利民饭店"),
        ("行政相对人类别", "个体工商户"),
        ("统一社会信用代码", "{USCC}"),
        ("法定代表人", "汲某"),
        ("法定代表人证件类型", "身份证"),
        ("法定代表人证件号码", "{IDX}"),
        ("行政许可决定文书名称", "食品经营许可决定书"),
        ("行政许可决定文书号", "JY23709990042815"),
        ("许可类别", "普通"),
        ("许可证书名称", "食品经营许可证"),
        ("许可编号", "JY23709990042815"),
        ("许可内容", "热食类食品制售"),
        ("许可决定日期", "2023/03/14"),
        ("有效期自", "2023/03/14"),
        ("有效期至", "2028/03/13"),
        ("许可机关", "汶溪县行政审批服务局"),
        ("数据来源单位", "汶溪县行政审批服务局"),
    ]),
    ids=["IDX"],
))
