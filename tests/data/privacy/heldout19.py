"""The nineteenth held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the docs, the benchmarks, tests/national/, the built passages.jsonl,
tuning.py or any earlier passage file beyond heldout18's first 100 lines (for the format and its
helpers), and did not look at git history; it read passage.py, numbers_.py, build.py,
spec/rules.md, spec/privacy.md, the seed notices and the real pages in shared/real/ (for their
markup). Every passage was labelled by hand from the definitions of privacy.id-number,
privacy.phone, privacy.bank-account and privacy.address before any run.

Furniture: a fictional 青岚县 under a fictional 峒州市 (湖南, 区号 0745, plates 湘N), with the
towns 青岚镇 (the county seat), 白沙铺镇, 茶园镇, 高椅镇, 龙潭乡, 枫木乡 and 石门坳乡, and the
city district 云岭区; the county's office is on 人民路88号 (footer, 0745-6212345, site code
4312990023). Its looks: the county portal (TRS-like, ``TRS_Editor``/``id="zoom"``, national
metas, a doZoom script with doubled braces); the 信息公开 platform detail page (索引号 / 发布机构 /
文号 table); a 信用峒州 双公示 detail page (key/value table, its own hotline); an old table-layout
department site served as GB2312 or GBK (one name in 堃, a GBK-only character); a Hanweb-like
CMS (``ZJEG_RSS`` comment markers, ContentStart metas); an old CMS whose text is one
``<br>``-separated cell; 乡镇 sub-sites; Excel ("Microsoft Excel 15", ``x:str``/``x:num``,
``x:fmla``) and WPS ET (``class="et2"``) sheet exports; a Word-saved page (MsoNormal,
``mso-spacerun`` NBSP between ``lang=EN-US`` runs); text attachments (PDF text with page headers,
``— 1 —`` footers, form feeds, columns set in spaces and hard line breaks inside numbers; DOCX
text with paragraphs or tab-separated tables). Persons' landlines come out of the placeholders
with 0795, so they read as numbers of people living outside the county.

Shapes. Penalty decisions (address rule in scope): 信用 双公示 处罚 key/value for a 个体户
(负责人 证件号码; 15-digit 注册号 that passes the old-ID checks and USCCs not); 市场监管 食品 个体
(经营者 ID lower-case x, 住址 社区 街 号, 3-4-4 mobile; 经营场所, 罚没款 account, 12315 and the
office's address not); 交警 处罚 list (违法行为人姓名 / 证件号码 / 住址 columns, 16-digit
Luhn-valid 决定书编号, a masked row); 公安 治安 on a GB2312-declared GBK page outside the column
(full-width ID, 现住址 小区 栋 单元 室; 户籍所在地 only the 乡 not); DOCX 网吧 个体 (负责人 ID with
X, 住址, full-width mobile; all-digit USCC, 经营场所 not); 交通 运管 on the 信息公开 page
(comment-split ID; 车架号, 发动机号, 道路运输证号, 13-prefixed 执法证号, 缴款码 not); 农业 农药
被处罚人 (zero-width space in the ID, 家住 without a colon, mobile in font/b); 城管 违建 on the
Hanweb CMS outside the column (comment-split ID, 巷 号附号; 违法地点 not); 自然资源 two parties
(6-8-4 ID and a 15-digit ID after 公民身份号码, 住址 and 户籍地; 宗地代码 not); 卫健 无证行医
(U+3000-spaced ID, 现住 社区 栋 室, comment-split mobile; 乡村医生 证号 not); 公安 禁毒 as Word HTML
(ID cut by an mso-spacerun NBSP, 现居住于); 应急 烟花 (half full-width ID, 户籍地 and 现住 both
labelled, zero-width space in the mobile); 税务 简易 on GBK (ID in spans, 负责人住址 with
full-width digits, labelled as written); 人社 劳动监察 on a 包工头 (ID in font/b, 家庭地址, mobile in
spans; 农民工工资专用账户 not); 消防 as a key/value table; 生态 company (company 住所, USCC,
排污许可证编号 not; the 法定代表人's ID, 家庭住址 and mobile labelled); PDF-text 滥伐 with two
parties (ID over a line break, 联系电 / 话 broken label, page header and footer; Luhn-valid
林木采伐许可证 证号 not); 商务 成品油 on the <br> CMS (ID cut by <br>); 送达 公告 of a 处罚决定书
(原住址); 处罚案件 公开表 as an Excel export (当事人 / 住址（住所）: persons' rows labelled, company
and masked rows not); 委托代理人 (the party's son: ID, 住址 in 深圳, mobile); 文旅 导游 (户籍地 at
county level not, 现住 幢 单元 室); 渔政 (a person's 住所, (0795) landline); 交警 简易程序 Excel
(驾驶证号 = ID under 当事人 / 住址 header); 城管 占道 经营者 on the Hanweb CMS (经营者 住址 labelled,
经营场所 not); 水利 采砂 (住址 stops at the 乡: ID and mobile only). Nothing to report: company
penalty (USCC, 营业场所, 罚没款 account, 12315); all-masked penalty (*, 某, ****); 烟草 个体 with a
full-width ＊ mask and only 经营地址 / 违法地点.
Other pages (address rule out of scope): 许可 key/value for a 自然人 (ID in spans); 行政强制 查封
(dashed ID, +86 mobile, the 住址 not in scope); 双随机 检查 results (USCCs, 执法证号 in brackets:
nothing); 不动产 首次登记 (two co-owners in a rowspan, full-width ID; 不动产单元号 not); 征收 补偿
(rowspan 被征收人, company row with USCC, masked row, 合计; 16- and spaced 19-digit cards); 低保
Excel (two-row header repeated mid-table, dashed mobile, half full-width ID, masked row, 合计);
特困 (ID column first, 一卡通账号 19-digit and U+3000-spaced, empty cells, 代领人 mobile in 备注);
临时救助 (ID and mobile in one cell over <br>); 残疾人两项补贴 (village rowspan, 社会保障卡号,
comment-split ID); 高龄津贴 on GBK (full-width ID, 17-digit 代发账号, masked card); 法院 送达
(公民身份号码 glued in brackets; 案号, 12368 not); 失信被执行人 (U+3000-spaced ID, lower-case x,
companies' USCCs); 招聘 拟聘用 (准考证号, masked IDs: nothing); 志愿者 (+86, dashed and masked
mobiles, ID with a zero-width space); PDF-text 低保 (ID over a hard line break, 6-8-4 ID, repeated
header, masked row); 12345 reply (19-digit Luhn-valid 工单编号, masked caller: nothing); 医保 缴费
指南 (基金收入户 account, 缴款码: nothing); 执法人员 名单 (13-prefixed 执法证号: nothing); 采购 中标
(USCCs, 项目编号: nothing); 不动产 遗失 (ID masked with X, 不动产权证号: nothing); 交警 曝光
(masked IDs, Luhn-valid 决定书编号: nothing); 个体户 吊销 (15-digit 注册号 that pass the old-ID
checks: nothing); 法院 执行 (masked 被执行人, 执行款专户: nothing); 耕地地力 (X-masked IDs,
Luhn-valid 19-digit 交易流水号: nothing); GBK 年度报告 (nothing); 办件公示 (18-digit 办件编号 that
passes every ID check: nothing); 党员 发展 公示 (nothing); 护林员 WPS ET (spaced card, 19-digit
card, 17-digit 农商行 account, lower-case x, ID in font/b); 公益性岗位 (dashed ID, spaced mobile,
社会保障卡号 plain and dashed); DOCX 危房改造 tab table (full-width ID, +86, 一卡通账号); 雨露计划
(监护人 ID in spans, comment-split mobile, spaced 19-digit card; 学籍号 not); 身份证 招领 (full-width
ID); 法院 执行裁定 送达 (住 + place in court text, 执行款 account not); 建房 审批 (CMS field marker
comments inside the ID cell, masked mobile); PDF-text 长寿补贴 (19-digit card over a hard line
break, spaced card, masked card, a 代领人's (0795) landline in 备注); 注销户口 (15-digit ID after
公民身份号码, lower-case x; 户号 not).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS braces are doubled, and f-strings only insert
# titles, names and dates, never the number placeholders.

SITE = "青岚县人民政府"
DOMAIN = "www.qinglan.gov.cn"
CODE = "4312990023"
OFFICE_TEL = "0745-6212345"

FOOT = ("<div class=\"footer\">\n<p>主办：青岚县人民政府办公室　承办：青岚县政务服务和大数据中心</p>\n"
        "<p>地址：湖南省峒州市青岚县青岚镇人民路88号　邮编：418099　电话：0745-6212345</p>\n"
        "<p>网站标识码：4312990023　湘ICP备06012345号-1　"
        "<img src=\"/images/ga.png\">湘公网安备 43129902000023号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=7A1B2C3D\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a>　<a href=\"/wzdt/\">网站地图</a>"
        "　<a href=\"/lxwm/\">联系我们</a></p>\n</div>\n")

NAV = ("<div class=\"top\"><div class=\"logo\"><img src=\"/images/logo.png\" alt=\"青岚县人民政府\">"
       "</div>\n<ul class=\"menu\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a>"
       "</li><li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>"
       "<li><a href=\"/zjql/\">走进青岚</a></li></ul>\n<div class=\"search\"><form action=\"/search/\">"
       "<input type=\"text\" name=\"q\" placeholder=\"请输入关键词\"><button>搜索</button></form></div>"
       "</div>\n")

CSS_PORTAL = ("<style type=\"text/css\">\n.main{{width:1100px;margin:0 auto;background:#fff;}}\n"
              ".main h1{{font-size:26px;text-align:center;color:#9e1b1b;line-height:40px;}}\n"
              ".info{{text-align:center;color:#888;border-bottom:1px dashed #ccc;}}\n"
              "#zoom p{{text-indent:2em;line-height:2em;font-size:16px;}}\n"
              "#zoom table{{border-collapse:collapse;margin:0 auto;}}\n"
              "#zoom td,#zoom th{{border:1px solid #333;padding:4px 6px;font-size:14px;}}\n</style>\n")

SCRIPT = ("<script type=\"text/javascript\">\nfunction doZoom(size){{var el=document.getElementById"
          "('zoom');if(!el){{return;}}el.style.fontSize=size+'px';}}\n"
          "var _hmt=_hmt||[];</script>\n")

# one NBSP the way Word writes it
SPR = "<span lang=EN-US style='mso-spacerun:yes'>&nbsp;</span>"


def cut(name: str, start: int, stop: int) -> str:
    """Characters ``start``..``stop`` of placeholder ``name``, as format fields."""
    return "".join(f"{{{name}[{i}]}}" for i in range(start, stop))


def metas(title: str, column: str, pub: str, source: str, ctype: str = "") -> str:
    out = (f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
           f"<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
           f"<meta name=\"SiteIDCode\" content=\"{CODE}\">\n"
           f"<meta name=\"ColumnName\" content=\"{column}\">\n")
    if ctype:
        out += f"<meta name=\"ColumnType\" content=\"{ctype}\">\n"
    return out + (f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
                  f"<meta name=\"PubDate\" content=\"{pub}\">\n"
                  f"<meta name=\"ContentSource\" content=\"{source}\">\n"
                  "<meta name=\"Keywords\" content=\"青岚县\">\n")


def portal(title: str, text: str, *, column: str = "通知公告", ctype: str = "",
           pub: str = "2023-06-12 10:30", source: str = "青岚县人民政府办公室") -> str:
    """The county portal (TRS-like): national metas, ``id="zoom"`` and ``TRS_Editor``."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge\">\n"
            f"<title>{title}_{SITE}</title>\n" + metas(title, column, pub[:10], source, ctype)
            + CSS_PORTAL + SCRIPT + "</head>\n<body>\n" + NAV
            + "<div class=\"main\">\n<div class=\"location\">当前位置：<a href=\"/\">首页</a> &gt; "
            f"<a href=\"/zwgk/\">政务公开</a> &gt; {column}</div>\n<h1>{title}</h1>\n"
            f"<div class=\"info\">发布时间：{pub}　来源：{source}　【字体："
            "<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> "
            "<a href=\"javascript:doZoom(14)\">小</a>】</div>\n<div id=\"zoom\">"
            "<div class=\"TRS_Editor\">\n" + text + "\n</div></div>\n"
            "<div class=\"share\"><a href=\"javascript:window.print()\">【打印本页】</a>"
            "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n"
            + FOOT + "</body>\n</html>\n")


def xxgk(title: str, text: str, *, index_no: str, agency: str, doc_no: str, column: str,
         pub: str = "2023-06-15", ctype: str = "") -> str:
    """The 信息公开 platform detail page: a 索引号 / 发布机构 / 文号 table over the text."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n" + metas(title, column, pub, agency, ctype)
            + CSS_PORTAL + "</head>\n<body>\n" + NAV
            + "<div class=\"main xxgk\">\n<table class=\"xxgk-meta\">\n"
            f"<tr><th>索 引 号：</th><td>{index_no}</td><th>主题分类：</th><td>{column}</td></tr>\n"
            f"<tr><th>发布机构：</th><td>{agency}</td><th>发布日期：</th><td>{pub}</td></tr>\n"
            f"<tr><th>文　　号：</th><td>{doc_no}</td><th>有 效 性：</th><td>有效</td></tr>\n"
            f"<tr><th>名　　称：</th><td colspan=\"3\">{title}</td></tr>\n</table>\n"
            f"<h1>{title}</h1>\n<div id=\"zoom\" class=\"xxgk-content\">\n" + text
            + "\n</div>\n</div>\n" + FOOT + "</body>\n</html>\n")


def credit(title: str, heading: str, rows: list[tuple[str, str]], *, pub: str = "2023-06-13") -> str:
    """A 信用峒州 双公示 detail page: a two-column key/value table."""
    cells = "".join(f"<tr><th class=\"lab\">{k}</th><td class=\"val\">{v}</td></tr>\n"
                    for k, v in rows)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"UTF-8\">\n"
            f"<title>{title}-信用峒州</title>\n"
            "<meta name=\"SiteName\" content=\"信用峒州\">\n"
            "<meta name=\"SiteDomain\" content=\"credit.tongzhou.gov.cn\">\n"
            "<link rel=\"stylesheet\" href=\"/static/css/sgs.css\">\n"
            "<style>.sgs th.lab{{width:260px;background:#f3f7fb;text-align:right;}}"
            ".sgs td.val{{text-align:left;}}</style>\n</head>\n<body>\n"
            "<div class=\"xy-head\"><img src=\"/static/img/xytz.png\" alt=\"信用峒州\"><ul>"
            "<li><a href=\"/\">首页</a></li><li><a href=\"/sgs/\">双公示</a></li>"
            "<li><a href=\"/xyfw/\">信用服务</a></li></ul></div>\n"
            f"<div class=\"sgs-detail\">\n<h2>{heading}</h2>\n<p class=\"time\">更新时间：{pub}</p>\n"
            "<table class=\"sgs\" border=\"1\" cellspacing=\"0\">\n" + cells + "</table>\n</div>\n"
            "<div class=\"xy-foot\">主办：峒州市发展和改革委员会　技术支持：峒州市信用信息中心"
            "　信用服务热线：0745-2812345　湘ICP备06023456号</div>\n</body>\n</html>\n")


def gbk_page(title: str, text: str, *, dept: str, pub: str = "2023-05-20",
             charset: str = "gb2312") -> str:
    """An old table-layout department site served as GB2312/GBK (no NBSP characters)."""
    return ("<html>\n<head>\n"
            f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
            f"<title>{title}</title>\n<link href=\"/css/style.css\" rel=\"stylesheet\" "
            "type=\"text/css\">\n</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
            "<table width=\"980\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
            f"<tr><td height=\"120\" background=\"/images/top_bg.jpg\">{dept}</td></tr>\n"
            "<tr><td class=\"nav\"><a href=\"/\">首&nbsp;&nbsp;页</a> | <a href=\"/zwgk/\">政务公开</a>"
            " | <a href=\"/bsfw/\">办事服务</a></td></tr>\n</table>\n"
            "<table width=\"980\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
            f"<tr><td align=\"center\" class=\"title\"><b>{title}</b></td></tr>\n"
            f"<tr><td align=\"center\" class=\"time\">发布时间：{pub}&nbsp;&nbsp;&nbsp;点击数：<script "
            "src=\"/count.asp?id=2817\"></script></td></tr>\n"
            "<tr><td class=\"content\">\n" + text + "\n</td></tr>\n</table>\n"
            "<table width=\"980\" align=\"center\"><tr><td class=\"bottom\" align=\"center\">"
            f"版权所有：{dept}&nbsp;&nbsp;地址：青岚县青岚镇人民路88号&nbsp;&nbsp;电话：0745-6212345"
            "<br>Copyright&copy;2009-2023 All Rights Reserved&nbsp;&nbsp;湘ICP备06012345号"
            "</td></tr></table>\n</body>\n</html>\n")


def hanweb(title: str, text: str, *, column: str, pub: str = "2023-06-02 16:20",
           source: str = "青岚县城市管理和综合执法局", ctype: str = "") -> str:
    """A Hanweb-like CMS page: the text between ``ZJEG_RSS`` markers and ContentStart metas."""
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
            f"<title>{title}</title>\n" + metas(title, column, pub[:10], source, ctype)
            + "</head>\n<body>\n" + NAV + "<div class=\"bt_content\">\n"
            f"<div class=\"bt_title\"><!--ZJEG_RSS.title.begin-->{title}<!--ZJEG_RSS.title.end--></div>\n"
            f"<div class=\"bt_time\">发布日期：<!--ZJEG_RSS.pubdate.begin-->{pub}"
            "<!--ZJEG_RSS.pubdate.end-->　信息来源：" + source + "</div>\n"
            "<div id=\"zoom\"><!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">\n" + text
            + "\n<meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end--></div>\n</div>\n"
            + FOOT + "</body>\n</html>\n")


def cms_br(title: str, lines: list[str], *, pub: str = "2023-04-26") -> str:
    """An old CMS whose text is one cell of ``<br>``-separated lines."""
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            f"<title>{title}</title>\n</head>\n<body>\n<div id=\"wrap\">\n"
            f"<div class=\"arc-title\">{title}</div>\n<div class=\"arc-info\">{pub} 来源：本站</div>\n"
            "<div class=\"arc-body\"><font size=\"3\" face=\"宋体\">" + "<br>\n".join(lines)
            + "</font></div>\n</div>\n<div class=\"bottom\">青岚县商务局 版权所有　地址：青岚县青岚镇"
            "建设路20号　电话：0745-6231188</div>\n</body>\n</html>\n")


def excel(title: str, rows: str, *, style: str = "") -> str:
    """A sheet saved as a web page by Excel ("Microsoft Excel 15"), text cells ``x:str``."""
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:"
            "office:office\"\nxmlns:x=\"urn:schemas-microsoft-com:office:excel\"\n"
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content=\"Microsoft Excel 15\">\n"
            f"<title>{title}</title>\n<style>\n<!--table\n\t{{{{mso-displayed-decimal-separator:\"\\.\";\n"
            "\tmso-displayed-thousand-separator:\"\\,\";}}\ntd\n\t{{padding-top:1px;color:black;"
            "font-size:11.0pt;font-family:宋体;mso-number-format:General;white-space:nowrap;}}\n"
            ".xl65\n\t{{text-align:center;border:.5pt solid windowtext;}}\n"
            ".xl66\n\t{{mso-number-format:\"\\@\";text-align:center;border:.5pt solid windowtext;}}\n"
            ".xl67\n\t{{font-weight:700;font-size:16.0pt;text-align:center;}}\n" + style
            + "-->\n</style>\n</head>\n<body link=\"#0563C1\" vlink=\"#954F72\">\n"
            "<table border=0 cellpadding=0 cellspacing=0 width=1100 style='border-collapse:collapse;"
            "table-layout:fixed'>\n" + rows + "<![if supportMisalignedColumns]>\n<tr height=0 "
            "style='display:none'><td width=48></td><td width=90></td></tr>\n<![endif]>\n"
            "</table>\n</body>\n</html>\n")


def et(title: str, rows: str) -> str:
    """A WPS ET sheet saved as a web page: ``class="et2"`` cells."""
    return ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"ProgId\" content=\"Et.Document\">\n"
            f"<title>{title}</title>\n<style>\n.et2{{{{text-align:center;border:0.5pt solid #000000;"
            "font-size:11pt;mso-font-charset:134;}}\n.et3{{mso-number-format:\"\\@\";text-align:center;"
            "border:0.5pt solid #000000;}}\n.et4{{font-size:18pt;font-weight:700;}}\n</style>\n"
            "</head>\n<body>\n<table width=\"1000\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"border-collapse:collapse;\">\n" + rows + "</table>\n</body>\n</html>\n")


def word(title: str, paras: list[str], *, column: str, pub: str = "2023-05-30",
         source: str = "青岚县公安局", ctype: str = "") -> str:
    """A document saved from Word as HTML and published whole (MsoNormal paragraphs)."""
    body = "".join("<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
                   "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>" + p
                   + "<o:p></o:p></span></p>\n" for p in paras)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\nxmlns:w=\"urn:schemas-"
            "microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
            "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            f"<title>{title}</title>\n" + metas(title, column, pub, source, ctype)
            + "<style>\n<!--\np.MsoNormal\n\t{{margin:0cm;text-align:justify;font-size:10.5pt;"
            "font-family:等线;}}\n@page WordSection1\n\t{{size:595.3pt 841.9pt;}}\n"
            "div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n</head>\n"
            "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
            "<div class=WordSection1>\n<p class=MsoNormal align=center style='text-align:center'>"
            f"<b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{title}</span></b></p>\n"
            + body + "</div>\n</body>\n</html>\n")


def town(name: str, title: str, text: str, *, column: str = "村务公开", pub: str = "2023-06-08",
         ctype: str = "") -> str:
    """A 乡镇 sub-site of the portal."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}-{name}人民政府</title>\n"
            + metas(title, column, pub, f"{name}人民政府", ctype)
            + "<style>.xz-content table{{border-collapse:collapse;width:100%;}}"
            ".xz-content td{{border:1px solid #999;text-align:center;}}</style>\n</head>\n<body>\n"
            f"<div class=\"xz-head\"><h2>{name}人民政府</h2><a href=\"/\">返回青岚县人民政府</a></div>\n"
            f"<div class=\"xz-content\">\n<h3>{title}</h3>\n<p class=\"xz-date\">{pub}</p>\n"
            + text + "\n</div>\n"
            f"<div class=\"xz-foot\">{name}人民政府主办　党政办电话：0745-6251234</div>\n"
            "</body>\n</html>\n")


def table(head: list[str], rows: list[list[str]], *, attrs: str = "border=\"1\" cellspacing=\"0\"") -> str:
    """A plain table: one header row, then rows of cells (a cell may carry its own <td>)."""
    out = f"<table {attrs}>\n<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n"
    for row in rows:
        out += "<tr>" + "".join(c if c.startswith("<td") else f"<td>{c}</td>" for c in row) + "</tr>\n"
    return out + "</table>"


def paras(*lines: str) -> str:
    return "\n".join(f"<p>{line}</p>" for line in lines)


PASSAGES: list[P] = []

# --- h1901-h1915 ------------------------------------------------------------------------

PASSAGES.append(P(
    id="h1901", column="penalty", title="青岚县白沙铺镇老杨农资店行政处罚信息",
    shape="信用 双公示 处罚 key/value 个体户 负责人 证件号码; 15-digit 注册号 and USCCs not",
    body=credit("青岚县白沙铺镇老杨农资店行政处罚信息", "行政处罚信息", [
        ("行政相对人名称", "青岚县白沙铺镇老杨农资店"),
        ("行政相对人类别", "个体工商户"),
        ("行政相对人代码_1（统一社会信用代码）", "{USCC}"),
        ("行政相对人代码_2（工商注册号）", "431299600512345"),
        ("法定代表人（负责人）", "杨某某"),
        ("法定代表人证件类型", "身份证"),
        ("法定代表人证件号码", "{ID}"),
        ("行政处罚决定书文号", "青市监处罚〔2023〕17号"),
        ("违法行为类型", "销售不合格农药"),
        ("违法事实", "当事人于2023年3月从峒州市某农资公司购进“稻瘟灵”乳油20瓶并对外销售，经抽检有效成分含量不合格。"),
        ("处罚依据", "《农药管理条例》第五十六条"),
        ("处罚类别", "罚款；没收违法所得"),
        ("处罚内容", "没收违法所得860元，罚款人民币5000元"),
        ("罚款金额（万元）", "0.5"),
        ("没收违法所得、没收非法财物的金额（万元）", "0.086"),
        ("处罚决定日期", "2023/06/12"),
        ("处罚有效期", "2024/06/12"),
        ("公示截止期", "2026/06/12"),
        ("处罚机关", "青岚县市场监督管理局"),
        ("处罚机关统一社会信用代码", "11431299MB1A23456K"),
        ("数据来源单位", "青岚县市场监督管理局"),
        ("数据来源单位统一社会信用代码", "11431299MB1A23456K"),
    ]),
    ids=["ID"],
))

PASSAGES.append(P(
    id="h1902", column="penalty",
    title="青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕21号）",
    shape="市场监管 食品 个体 running text: 经营者 ID lower-case x, 住址 社区 街 号, 3-4-4 mobile; "
          "经营场所, USCC, 罚没款 account, 12315, office address not",
    body=portal("青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕21号）", paras(
        "当事人：青岚县茶园镇李记米粉店",
        "主体类型：个体工商户",
        "统一社会信用代码：{USCC}",
        "经营场所：湖南省峒州市青岚县茶园镇新华街18号",
        "经营者：李某华，性别：女，民族：汉族，公民身份号码：{IDX_LOW}",
        "住址：湖南省青岚县茶园镇茶园社区新华街42号",
        "联系电话：{MOB_S}",
        "2023年4月18日，本局执法人员对当事人经营场所进行检查，发现当事人后厨冷藏柜内存放有超过保质期的"
        "“鲜湿米粉”12.5千克，当事人当日用于制作米粉对外销售。",
        "以上事实有现场笔录、询问笔录、照片等证据为证。",
        "当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国"
        "食品安全法》第一百二十四条第一款第（五）项的规定，本局决定对当事人作出如下行政处罚：1.没收超过保质期"
        "的“鲜湿米粉”12.5千克；2.罚款人民币伍仟元整（￥5000.00）。",
        "当事人应自收到本处罚决定书之日起十五日内，将罚没款缴至户名：青岚县财政局非税收入汇缴结算户，"
        "账号：{OACCT}，开户行：中国农业银行股份有限公司青岚县支行。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。",
        "当事人如不服本处罚决定，可在收到本处罚决定书之日起六十日内向青岚县人民政府申请行政复议，"
        "也可以在六个月内依法向峒州市云岭区人民法院提起行政诉讼。",
        "本局地址：青岚县青岚镇人民路118号　投诉举报电话：12315　联系电话：0745-6228315",
        "青岚县市场监督管理局",
        "2023年5月26日",
    ), column="行政处罚", ctype="行政处罚", pub="2023-05-29 09:12", source="青岚县市场监督管理局"),
    ids=["IDX"], phones=["MOB"], addrs=["湖南省青岚县茶园镇茶园社区新华街42号"],
))

PASSAGES.append(P(
    id="h1903", column="penalty",
    title="青岚县公安局交通警察大队2023年5月交通违法行政处罚决定公开",
    shape="交警 处罚 list table (违法行为人姓名 / 证件号码 / 住址 header): three rows labelled, "
          "a masked row not; 16-digit Luhn-valid 决定书编号, 号牌 not",
    body=portal("青岚县公安局交通警察大队2023年5月交通违法行政处罚决定公开", "<p>根据《道路交通安全违法行为处理程序规定》，现将我大队2023年5月作出的部分交通违法行政处罚决定公开如下：</p>\n" + table(
        ["序号", "决定书编号", "违法行为人姓名", "证件号码", "住址", "号牌号码", "违法行为", "处罚结果", "决定日期"],
        [["1", "4312991100123459", "龙某某", "{ID1}", "湖南省青岚县高椅镇高椅村5组31号", "湘N·3K2Q7",
          "饮酒后驾驶机动车", "罚款1000元，暂扣机动车驾驶证6个月", "2023-05-08"],
         ["2", "4312991100123467", "舒某", "{IDX2}", "青岚县青岚镇芙蓉路锦绣家园7栋2单元301室", "湘N·A8831",
          "驾驶拼装的机动车上道路行驶", "罚款2000元，收缴拼装车", "2023-05-11"],
         ["3", "4312991100123475", "杨某某", "{ID3_M}", "青岚县枫木乡**村", "湘N·52M09",
          "驾驶与准驾车型不符的机动车", "罚款500元", "2023-05-17"],
         ["4", "4312991100123483", "滕某某", "{ID4_S}", "峒州市云岭区太平桥路9号", "湘N·7H6B3",
          "饮酒后驾驶营运机动车", "罚款5000元，吊销机动车驾驶证", "2023-05-23"]]) +
        "\n<p>举报电话：0745-6212122（大队值班室）、110</p>",
        column="行政处罚", ctype="行政处罚", source="青岚县公安局交通警察大队", pub="2023-06-05 15:40"),
    ids=["ID1", "IDX2", "ID4"],
    addrs=["湖南省青岚县高椅镇高椅村5组31号", "青岚县青岚镇芙蓉路锦绣家园7栋2单元301室",
           "峒州市云岭区太平桥路9号"],
))

PASSAGES.append(P(
    id="h1904", enc="gbk",
    title="青岚县公安局行政处罚决定书（青公（治）行罚决字〔2023〕0135号）",
    shape="公安 治安 on a GB2312-declared GBK page outside the column (堃 is GBK only): full-width ID "
          "after 身份证种类及号码, 现住址 路 号 小区 栋 单元 室 labelled; 户籍所在地 only the 乡 not",
    body=gbk_page("青岚县公安局行政处罚决定书（青公（治）行罚决字〔2023〕0135号）",
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;违法行为人：向堃，男，苗族，身份证种类及号码：居民身份证&nbsp;{ID_FW}，"
                  "户籍所在地：湖南省青岚县龙潭乡，现住址：峒州市云岭区迎丰路166号金源小区3栋1单元502室，"
                  "工作单位：无，联系电话：{MOB}。</p>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;现查明：2023年4月12日21时许，违法行为人向堃在青岚县青岚镇步行街"
                  "“好再来”烧烤店内因琐事与他人发生争执，并用拳头殴打被侵害人彭某某头部，致其轻微伤。</p>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、鉴定意见等证据证实。</p>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，"
                  "现决定对向堃处以行政拘留七日并处罚款二百元。</p>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;执行方式和期限：送青岚县拘留所执行；罚款于收到决定书之日起十五日内"
                  "缴至指定银行。</p>\n<p>&nbsp;&nbsp;&nbsp;&nbsp;如不服本决定，可以在收到本决定书之日起六十日内"
                  "向峒州市公安局或者青岚县人民政府申请行政复议，或者在六个月内依法向峒州市云岭区人民法院提起行政诉讼。</p>\n"
                  "<p align=\"right\">青岚县公安局<br>二〇二三年四月二十日</p>",
                  dept="青岚县公安局", pub="2023-04-25"),
    ids=["ID"], phones=["MOB"], addrs=["峒州市云岭区迎丰路166号金源小区3栋1单元502室"],
))

PASSAGES.append(P(
    id="h1905", title="行政许可信息（林木采伐许可）",
    shape="信用 双公示 许可 key/value for a natural person (自然人): ID in three spans; 许可编号 not",
    body=credit("行政许可信息（林木采伐许可）", "行政许可信息", [
        ("行政相对人名称", "彭某"),
        ("行政相对人类别", "自然人"),
        ("证件类型", "身份证"),
        ("证件号码", "{ID_SPAN}"),
        ("行政许可决定文书名称", "林木采伐许可证"),
        ("行政许可决定文书号", "湘林采许〔2023〕0412号"),
        ("许可类别", "普通"),
        ("许可证书名称", "林木采伐许可证"),
        ("许可编号", "4312992023000412"),
        ("许可内容", "采伐地点：龙潭乡龙潭村6组“竹山坳”，树种杉木，蓄积量18.6立方米"),
        ("许可决定日期", "2023/06/01"),
        ("有效期自", "2023/06/01"),
        ("有效期至", "2023/12/31"),
        ("许可机关", "青岚县林业局"),
        ("许可机关统一社会信用代码", "11431299MB1D56789P"),
        ("当前状态", "有效"),
    ]),
    ids=["ID"],
))

PASSAGES.append(P(
    id="h1906", title="青岚县自然资源局查封决定书（青自然资强〔2023〕3号）",
    shape="行政强制 查封 决定书 outside the penalty column (no 处罚决定书 in the title): dashed ID, "
          "+86 mobile; the party's 住址 is out of the address rule's scope",
    body=portal("青岚县自然资源局查封决定书（青自然资强〔2023〕3号）", paras(
        "当事人：田某，男，公民身份号码：{ID_D}，住址：青岚县石门坳乡石门村2组15号，联系电话：{MOB_86}。",
        "经查，你在青岚县石门坳乡石门村2组“大丘田”未经批准擅自占用耕地建设砖混结构房屋，本局已于2023年5月"
        "10日向你送达《责令停止违法行为通知书》，你仍继续施工。",
        "根据《中华人民共和国土地管理法》第六十八条第（四）项、《中华人民共和国行政强制法》第二十二条、第二十三条的规定，"
        "本局决定对你正在施工的建筑材料及施工设备（搅拌机1台、钢管约2吨）予以查封，查封期限为三十日。",
        "如不服本决定，可以在收到本决定书之日起六十日内向青岚县人民政府申请行政复议，或者在六个月内向峒州市云岭区人民法院提起行政诉讼。",
        "青岚县自然资源局（印）　2023年5月18日",
    ), column="行政强制", source="青岚县自然资源局"),
    ids=["ID"], phones=["MOB"],
))

PASSAGES.append(P(
    id="h1907", title="青岚县市场监督管理局2023年第二季度“双随机、一公开”抽查结果公示",
    shape="行政检查 双随机 结果 table: 个体户 and companies with USCCs, 13-prefixed 执法证号, 12315: nothing",
    body=portal("青岚县市场监督管理局2023年第二季度“双随机、一公开”抽查结果公示",
                "<p>现将我局2023年第二季度“双随机、一公开”抽查结果公示如下：</p>\n" + table(
                    ["序号", "检查对象名称", "统一社会信用代码", "法定代表人（负责人）", "检查事项", "检查结果",
                     "检查日期", "执法人员（执法证号）"],
                    [["1", "青岚县龙潭乡向记杂货店", "{USCC1}", "向某某", "食品经营许可情况检查", "未发现问题",
                      "2023-04-11", "吴某（{CERT1}）、彭某（{CERT2}）"],
                     ["2", "峒州市青岚县鸿运建材有限公司", "{USCC2}", "张某", "产品质量检查", "发现问题已责令整改",
                      "2023-04-19", "吴某（{CERT1}）、彭某（{CERT2}）"],
                     ["3", "青岚县茶园镇老黄诊所", "{USCC3}", "黄某某", "广告发布检查", "未发现问题",
                      "2023-05-06", "滕某（{CERT3}）、石某（{CERT4}）"]]) +
                "\n<p>如对抽查结果有异议，请于公示之日起7个工作日内反馈。联系电话：0745-6228315，投诉举报：12315。</p>",
                column="双随机一公开", source="青岚县市场监督管理局"),
))

PASSAGES.append(P(
    id="h1908", title="青岚县不动产登记中心不动产首次登记公告（2023年第12号）",
    shape="不动产 首次登记 公告: two co-owners in a rowspan unit (plain and full-width IDs), a masked "
          "权利人; 不动产单元号 with 宗地代码, 坐落 (not a penalty) not",
    body=portal("青岚县不动产登记中心不动产首次登记公告（2023年第12号）",
                "<p>经初步审定，我中心拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，"
                "现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我中心。逾期无人提出异议或者异议不成立的，"
                "我中心将予以登记。</p>\n"
                "<table border=\"1\" cellspacing=\"0\">\n<tr><th>序号</th><th>权利人</th><th>证件号码</th>"
                "<th>不动产单元号</th><th>不动产坐落</th><th>面积（㎡）</th><th>用途</th></tr>\n"
                "<tr><td rowspan=\"2\">1</td><td>谭某某</td><td>{ID1}</td><td rowspan=\"2\">431299103005JC00123F00010001</td>"
                "<td rowspan=\"2\">青岚县茶园镇白竹村3组</td><td rowspan=\"2\">宅基地128.6/房屋216.4</td>"
                "<td rowspan=\"2\">宅基地/住宅</td></tr>\n"
                "<tr><td>谭某</td><td>{ID2_FW}</td></tr>\n"
                "<tr><td>2</td><td>张某某</td><td>{ID3_M}</td><td>431299103005JC00131F00010001</td>"
                "<td>青岚县茶园镇白竹村5组</td><td>宅基地96.0/房屋152.8</td><td>宅基地/住宅</td></tr>\n"
                "</table>\n<p>异议书面材料送达地址：青岚县青岚镇人民路66号政务服务中心二楼不动产登记窗口</p>\n"
                "<p>联系人：刘某　联系电话：0745-6231234</p>\n<p>青岚县不动产登记中心<br>2023年6月9日</p>",
                column="公示公告", source="青岚县不动产登记中心"),
    ids=["ID1", "ID2"],
))

PASSAGES.append(P(
    id="h1909", title="青岚县城北片区棚户区改造项目房屋征收补偿结果公示（第三批）",
    shape="征收 补偿 公示 with a rowspan 被征收人 over two house rows, a company row (USCC under "
          "身份证号码), masked row, 合计 row: IDs and 银行卡号 (16 plain, 19 spaced); 房屋坐落 not",
    body=portal("青岚县城北片区棚户区改造项目房屋征收补偿结果公示（第三批）",
                "<p>根据《国有土地上房屋征收与补偿条例》，现将城北片区棚户区改造项目第三批被征收人补偿结果公示如下：</p>\n"
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
                "<tr><th>序号</th><th>被征收人</th><th>身份证号码（统一社会信用代码）</th><th>房屋坐落</th>"
                "<th>房屋性质</th><th>合法面积（㎡）</th><th>补偿金额（元）</th><th>银行卡号</th><th>备注</th></tr>\n"
                "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">陈某某</td><td rowspan=\"2\">{ID1}</td>"
                "<td>青岚镇北门街23号</td><td>住宅</td><td>96.50</td><td>412,350.00</td>"
                "<td rowspan=\"2\">{CARD1}</td><td rowspan=\"2\">货币补偿</td></tr>\n"
                "<tr><td>青岚镇北门街23号附房</td><td>杂房</td><td>18.20</td><td>36,400.00</td></tr>\n"
                "<tr><td>2</td><td>符某</td><td>{IDX2}</td><td>青岚镇北门街25号</td><td>住宅</td><td>120.30</td>"
                "<td>515,980.00</td><td>{CARDL2_S}</td><td>货币补偿</td></tr>\n"
                "<tr><td>3</td><td>青岚县北门酱菜厂</td><td>{USCC3}</td><td>青岚镇北门街27号</td><td>非住宅</td>"
                "<td>310.00</td><td>1,085,000.00</td><td>对公账户</td><td>货币补偿</td></tr>\n"
                "<tr><td>4</td><td>蒋某某</td><td>{ID4_M}</td><td>青岚镇北门街31号</td><td>住宅</td><td>88.00</td>"
                "<td>——</td><td>{CARD4_M}</td><td>产权调换</td></tr>\n"
                "<tr><td colspan=\"5\">合计</td><td>633.00</td><td>2,049,730.00</td><td></td><td></td></tr>\n"
                "</table>\n<p>公示期：2023年6月12日至6月18日。监督电话：0745-6239876（县房屋征收办）、12345。</p>",
                column="征收补偿", source="青岚县房屋征收与补偿服务中心"),
    ids=["ID1", "IDX2"], banks=["CARD1", "CARDL2"],
))

PASSAGES.append(P(
    id="h1910", title="茶园镇2023年6月农村低保保障对象名单",
    shape="低保 Excel export: two-row header (户主信息 over 姓名/身份证号码/联系电话), print-title header "
          "rows repeated mid-table, empty phone cells, dashed mobile, half full-width ID, masked row, 合计",
    body=excel("茶园镇2023年6月农村低保保障对象名单",
               "<tr height=36><td colspan=8 class=xl67>茶园镇2023年6月农村低保保障对象名单</td></tr>\n"
               "<tr height=22><td rowspan=2 class=xl65>序号</td><td rowspan=2 class=xl65>村（社区）</td>"
               "<td colspan=3 class=xl65>户主信息</td><td rowspan=2 class=xl65>保障人数</td>"
               "<td rowspan=2 class=xl65>月保障金（元）</td><td rowspan=2 class=xl65>备注</td></tr>\n"
               "<tr height=22><td class=xl65>姓名</td><td class=xl65>身份证号码</td><td class=xl65>联系电话</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>1</td><td class=xl65>茶园社区</td><td class=xl65>彭某某</td>"
               "<td class=xl66 x:str>{ID1}</td><td class=xl66 x:str>{MOB1}</td><td class=xl65 x:num>3</td>"
               "<td class=xl65 x:num>1260</td><td class=xl65></td></tr>\n"
               "<tr height=20><td class=xl65 x:num>2</td><td class=xl65>白竹村</td><td class=xl65>向某</td>"
               "<td class=xl66 x:str>{IDX2}</td><td class=xl66 x:str>{MOB2_D}</td><td class=xl65 x:num>2</td>"
               "<td class=xl65 x:num>840</td><td class=xl65></td></tr>\n"
               "<tr height=20><td class=xl65 x:num>3</td><td class=xl65>白竹村</td><td class=xl65>杨某某</td>"
               "<td class=xl66 x:str>{ID3}</td><td class=xl66></td><td class=xl65 x:num>1</td>"
               "<td class=xl65 x:num>420</td><td class=xl65>单人户</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>4</td><td class=xl65>油溪村</td><td class=xl65>黄某某</td>"
               "<td class=xl66 x:str>{ID4_M}</td><td class=xl66 x:str>{MOB4_M}</td><td class=xl65 x:num>4</td>"
               "<td class=xl65 x:num>1680</td><td class=xl65>已脱敏</td></tr>\n"
               "<tr height=22><td rowspan=2 class=xl65>序号</td><td rowspan=2 class=xl65>村（社区）</td>"
               "<td colspan=3 class=xl65>户主信息</td><td rowspan=2 class=xl65>保障人数</td>"
               "<td rowspan=2 class=xl65>月保障金（元）</td><td rowspan=2 class=xl65>备注</td></tr>\n"
               "<tr height=22><td class=xl65>姓名</td><td class=xl65>身份证号码</td><td class=xl65>联系电话</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>5</td><td class=xl65>油溪村</td><td class=xl65>张某某</td>"
               "<td class=xl66 x:str>{ID5}</td><td class=xl66 x:str>{MOB5}</td><td class=xl65 x:num>2</td>"
               "<td class=xl65 x:num>840</td><td class=xl65></td></tr>\n"
               "<tr height=20><td class=xl65 x:num>6</td><td class=xl65>龙井村</td><td class=xl65>吴某</td>"
               "<td class=xl66 x:str>{ID6_HALF}</td><td class=xl66></td><td class=xl65 x:num>1</td>"
               "<td class=xl65 x:num>420</td><td class=xl65>五保转低保</td></tr>\n"
               "<tr height=20><td colspan=5 class=xl65>合计</td><td class=xl65 x:num x:fmla=\"=SUM(F4:F11)\">13</td>"
               "<td class=xl65 x:num x:fmla=\"=SUM(G4:G11)\">5460</td><td class=xl65></td></tr>\n"),
    ids=["ID1", "IDX2", "ID3", "ID5", "ID6"], phones=["MOB1", "MOB2", "MOB5"],
))

PASSAGES.append(P(
    id="h1911", title="枫木乡2023年第二季度特困人员供养金发放名单",
    shape="特困 list with the ID column first, 一卡通账号 (19-digit, U+3000-spaced 16-digit), an empty "
          "account cell, a 代领人 mobile inside the 备注 column, full-width ID",
    body=town("枫木乡", "枫木乡2023年第二季度特困人员供养金发放名单", table(
        ["身份证号", "姓名", "所在村", "供养方式", "一卡通账号", "发放金额（元）", "备注"],
        [["{ID1}", "滕某某", "杉木村", "分散供养", "{CARDL1}", "2196", ""],
         ["{IDX2_FW}", "石某", "枫木村", "集中供养", "", "2196", "县敬老院代管"],
         ["{ID3}", "龙某某", "坪上村", "分散供养", "{CARD3_NB}", "2196", "代领人：龙某（侄子），电话{MOB3}"]]),
        column="社会救助"),
    ids=["ID1", "IDX2", "ID3"], banks=["CARDL1", "CARD3"], phones=["MOB3"],
))

PASSAGES.append(P(
    id="h1912", title="白沙铺镇2023年5月临时救助对象公示",
    shape="临时救助 with the ID and the mobile in one cell over <br>; a masked pair; 救助金额",
    body=town("白沙铺镇", "白沙铺镇2023年5月临时救助对象公示", "<p>经个人申请、村级评议、镇审核，现将2023年5月临时救助对象公示如下：</p>\n" + table(
        ["序号", "村", "姓名", "身份证号/联系电话", "救助事由", "救助金额（元）"],
        [["1", "桃源村", "欧某某", "{ID1}<br>{MOB1}", "因病", "3000"],
         ["2", "集镇社区", "麻某", "{IDX2}<br/>{MOB2_S}", "因灾（房屋失火）", "5000"],
         ["3", "桃源村", "胡某某", "{ID3_M}<br>{MOB3_M}", "因学", "1500"]]) +
        "\n<p>公示期7天，监督电话：0745-6241234</p>", column="社会救助"),
    ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"],
))

PASSAGES.append(P(
    id="h1913", title="高椅镇2023年困难残疾人生活补贴和重度残疾人护理补贴发放花名册",
    shape="残疾人两项补贴 with the village cell merged over rows (rowspan), 社会保障卡号 (16, spaced 16, "
          "19), comment-split ID, an empty card cell",
    body=town("高椅镇", "高椅镇2023年困难残疾人生活补贴和重度残疾人护理补贴发放花名册",
              "<table>\n<tr><th>村</th><th>序号</th><th>姓名</th><th>身份证号</th><th>残疾类别</th>"
              "<th>等级</th><th>补贴类别</th><th>金额（元）</th><th>社会保障卡号</th></tr>\n"
              "<tr><td rowspan=\"2\">高椅村</td><td>1</td><td>贺某某</td><td>{ID1}</td><td>肢体</td><td>二级</td>"
              "<td>护理补贴</td><td>240</td><td>{CARD1}</td></tr>\n"
              "<tr><td>2</td><td>贺某</td><td>{IDX2}</td><td>视力</td><td>一级</td><td>两项补贴</td><td>460</td>"
              "<td>{CARD2_S}</td></tr>\n"
              "<tr><td rowspan=\"2\">半溪村</td><td>3</td><td>杨某</td><td>{ID3_CMT}</td><td>智力</td><td>三级</td>"
              "<td>生活补贴</td><td>220</td><td>{CARDL3}</td></tr>\n"
              "<tr><td>4</td><td>舒某某</td><td>{ID4}</td><td>精神</td><td>二级</td><td>两项补贴</td><td>460</td>"
              "<td></td></tr>\n</table>\n<p>注：序号4社会保障卡正在办理，本期由村代发。</p>", column="残疾人服务"),
    ids=["ID1", "IDX2", "ID3", "ID4"], banks=["CARD1", "CARD2", "CARDL3"],
))

PASSAGES.append(P(
    id="h1914", enc="gbk", title="龙潭乡2023年高龄津贴发放名单",
    shape="高龄津贴 on GBK: full-width ID, 代发账号 17-digit accounts (one spaced), a masked card, 合计",
    body=gbk_page("龙潭乡2023年高龄津贴发放名单",
                  "<table width=\"90%\" border=\"1\" align=\"center\" cellpadding=\"2\" cellspacing=\"0\">\n"
                  "<tr><td>序号</td><td>姓名</td><td>性别</td><td>身份证号码</td><td>所在村</td><td>代发账号</td>"
                  "<td>金额(元)</td></tr>\n"
                  "<tr><td>1</td><td>谭某某</td><td>女</td><td>{ID1_FW}</td><td>龙潭村</td><td>{ACCT1}</td><td>600</td></tr>\n"
                  "<tr><td>2</td><td>向某某</td><td>男</td><td>{ID2}</td><td>竹山村</td><td>{ACCT2_S}</td><td>600</td></tr>\n"
                  "<tr><td>3</td><td>田某</td><td>男</td><td>{IDX3}</td><td>竹山村</td><td>{CARD3_M}</td><td>1200</td></tr>\n"
                  "<tr><td colspan=\"6\">合计</td><td>2400</td></tr>\n</table>\n"
                  "<p>代发银行：青岚农村商业银行龙潭支行。咨询电话：0745-6261234</p>",
                  dept="青岚县龙潭乡人民政府", pub="2023-06-06"),
    ids=["ID1", "ID2", "IDX3"], banks=["ACCT1", "ACCT2"],
))

PASSAGES.append(P(
    id="h1915", title="青岚县人民法院公告（2023）湘1299民初1234号",
    shape="法院 送达 公告: 受送达人 with 公民身份号码 glued in brackets; 案号, court landline, 12368 not",
    body=portal("青岚县人民法院公告（2023）湘1299民初1234号", paras(
        "吴某某（公民身份号码{ID}）：",
        "本院受理原告峒州市云岭区恒信小额贷款有限公司诉你民间借贷纠纷一案，已审理终结。因你下落不明，依照《中华人民共和国"
        "民事诉讼法》第九十五条的规定，向你公告送达（2023）湘1299民初1234号民事判决书。自发出公告之日起，经过三十日，"
        "即视为送达。如不服本判决，可在公告期满后十五日内，向本院递交上诉状及副本，上诉于湖南省峒州市中级人民法院。",
        "逾期本判决即发生法律效力。",
        "联系人：审判员 刘某某　联系电话：0745-6238765　诉讼服务热线：12368",
        "湖南省青岚县人民法院",
        "二〇二三年六月七日",
    ), column="法院公告", source="青岚县人民法院"),
    ids=["ID"],
))

# --- h1916-h1932 ------------------------------------------------------------------------

PASSAGES.append(P(
    id="h1916", title="青岚县人民法院失信被执行人名单公布（2023年第2期）",
    shape="法院 失信被执行人 list mixing persons and companies under 身份证号码/统一社会信用代码: "
          "U+3000-spaced ID, lower-case x, a masked row; 执行案号 and 执行依据文号 not",
    body=portal("青岚县人民法院失信被执行人名单公布（2023年第2期）",
                "<p>依照《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将下列失信被执行人予以公布：</p>\n" + table(
                    ["序号", "被执行人", "身份证号码/统一社会信用代码", "执行案号", "执行依据", "未履行金额（元）"],
                    [["1", "彭某某", "{ID1_NB}", "（2023）湘1299执412号", "（2022）湘1299民初2231号", "86,500"],
                     ["2", "峒州市鼎盛建材有限公司", "{USCC2}", "（2023）湘1299执433号", "（2022）湘1299民初2589号",
                      "1,230,000"],
                     ["3", "符某", "{IDX3_LOW}", "（2023）湘1299执451号", "青岚仲裁委（2022）青仲字第37号", "42,000"],
                     ["4", "滕某某", "{ID4_M}", "（2023）湘1299执468号", "（2023）湘1299民初118号", "15,800"]]) +
                "\n<p>举报被执行人财产线索电话：0745-6238800</p>", column="法院公告", source="青岚县人民法院"),
    ids=["ID1", "IDX3"],
))

PASSAGES.append(P(
    id="h1917", title="青岚县2023年公开招聘中小学教师拟聘用人员公示",
    shape="招聘 拟聘用 公示: 准考证号 (15 digits, not an ID), 毕业院校, 出生年月, masked IDs, 监督电话: nothing",
    body=portal("青岚县2023年公开招聘中小学教师拟聘用人员公示",
                "<p>根据《青岚县2023年公开招聘中小学教师公告》，经笔试、面试、体检和考察，现将拟聘用人员名单公示如下：</p>\n" + table(
                    ["序号", "姓名", "性别", "出生年月", "毕业院校", "学历", "准考证号", "身份证号", "报考岗位",
                     "岗位代码", "综合成绩"],
                    [["1", "符某某", "女", "1999.08", "湖南第一师范学院", "本科", "202343129901205", "{ID1_M}",
                      "小学语文", "QL2301", "82.36"],
                     ["2", "向某", "男", "2000.03", "怀化学院", "本科", "202343129901317", "{ID2_M}", "初中数学",
                      "QL2305", "80.12"],
                     ["3", "杨某某", "女", "1998.11", "吉首大学", "硕士研究生", "202343129902106", "{IDX3_M}",
                      "高中英语", "QL2309", "85.70"]]) +
                "\n<p>公示时间：2023年6月12日至2023年6月18日（7个工作日）。监督电话：0745-6223456（县教育局人事股）、"
                "0745-6225111（县纪委监委驻教育局纪检监察组）。</p>",
                column="人事信息", source="青岚县教育局"),
))

PASSAGES.append(P(
    id="h1918", title="青岚县“河小青”志愿服务队队员名单",
    shape="志愿者 名单: mobiles plain, +86, dashed and masked; IDs plain and with a zero-width space",
    body=portal("青岚县“河小青”志愿服务队队员名单",
                "<p>经个人报名、团县委审核，以下同志加入青岚县“河小青”志愿服务队：</p>\n" + table(
                    ["序号", "姓名", "所在单位/村（社区）", "身份证号", "联系电话", "服务河段"],
                    [["1", "田某某", "青岚县第一中学", "{ID1}", "{MOB1}", "沅溪青岚镇段"],
                     ["2", "龙某", "城东社区", "{ID2_ZW}", "{MOB2_86}", "沅溪城东段"],
                     ["3", "欧某某", "茶园镇油溪村", "{ID3_M}", "{MOB3_D}", "油溪河"],
                     ["4", "石某", "县人民医院", "{ID4_M}", "{MOB4_M}", "沅溪城南段"]]) +
                "\n<p>共青团青岚县委员会<br>2023年5月4日</p>",
                column="工作动态", source="共青团青岚县委员会"),
    ids=["ID1", "ID2"], phones=["MOB1", "MOB2", "MOB3"],
))

PASSAGES.append(P(
    id="h1919", kind="attachment", title="青岚县2023年第二批城市低保新增对象名单（PDF）",
    shape="PDF text of a 低保 list: columns set in spaces, page header and '— 1 —' footer, a header row "
          "repeated on page 2, an ID broken by a hard line break, a 6-8-4 spaced ID, a masked row",
    body=("青岚县民政局                                              2023年6月\n"
          "青岚县2023年第二批城市低保新增对象名单\n"
          "序号  姓名      身份证号码                所在社区      保障人数   月保障金(元)\n"
          "1     欧某某    {ID1}        城东社区      2          980\n"
          "2     彭某      {IDX2}        城西社区      1          490\n"
          "3     谭某某    {ID3_NL}\n"
          "                                          书院社区      3          1470\n"
          "                                     — 1 —\n"
          "\f青岚县民政局                                              2023年6月\n"
          "序号  姓名      身份证号码                所在社区      保障人数   月保障金(元)\n"
          "4     周某某    {ID4_S}    城东社区      1          490\n"
          "5     杨某      {ID5_M}        滨江社区      2          980\n"
          "合计                                                    9          4410\n"
          "监督电话：0745-6225678      12345政务服务便民热线\n"
          "                                     — 2 —\n"),
    ids=["ID1", "IDX2", "ID3", "ID4"],
))

PASSAGES.append(P(
    id="h1920", kind="attachment", column="penalty",
    title="青岚县文化旅游广电体育局行政处罚决定书（青文旅罚〔2023〕6号）",
    shape="DOCX text of a 网吧 penalty: 负责人 ID with X, 住址 路 号 labelled, full-width mobile; "
          "all-digit USCC, 经营场所, 文号 not",
    body=("青岚县文化旅游广电体育局\n行政处罚决定书\n青文旅罚〔2023〕6号\n"
          "当事人：青岚县星火网吧（个体工商户）\n"
          "统一社会信用代码：{USCCD}\n"
          "经营场所：青岚县青岚镇新华路56号二楼\n"
          "负责人：周某，性别：男，身份证号码：{IDX}\n"
          "住址：青岚县青岚镇解放路15号\n"
          "联系电话：{MOB_FW}\n"
          "2023年3月25日22时40分，本局执法人员在检查中发现当事人接纳2名未成年人进入营业场所上网。\n"
          "当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定，依据该条例第三十一条第（二）项，"
          "本局决定给予当事人警告，并处罚款人民币壹万元整。\n"
          "请当事人自收到本决定书之日起十五日内到青岚县政务服务中心农行窗口缴纳罚款。\n"
          "如不服本处罚决定，可在六十日内向青岚县人民政府申请行政复议，或在六个月内向峒州市云岭区人民法院提起行政诉讼。\n"
          "青岚县文化旅游广电体育局\n2023年4月3日\n"),
    ids=["IDX"], phones=["MOB"], addrs=["青岚县青岚镇解放路15号"],
))

PASSAGES.append(P(
    id="h1921", column="penalty", title="青岚县交通运输局行政处罚决定书（青交罚〔2023〕0412号）",
    shape="交通 运管 on the 信息公开 platform page: comment-split ID, 住址 村 组 号; 车架号, 发动机号, "
          "道路运输证号, two 13-prefixed 执法证号, 索引号 not",
    body=xxgk("青岚县交通运输局行政处罚决定书（青交罚〔2023〕0412号）", paras(
        "当事人：麻某某，性别：男，身份证号码：{ID_CMT}，住址：湖南省青岚县高椅镇瓦屋村7组8号，联系电话：{MOB}。",
        "车辆信息：号牌湘N·6T218，车架号LGBH52E05HY123456，发动机号E4G15B803216，道路运输证号431299012345。",
        "2023年5月3日10时许，本局执法人员杨某（执法证号{CERT1}）、李某（执法证号{CERT2}）在G209线青岚段K1234+500处"
        "依法检查时发现，当事人驾驶上述车辆未取得道路运输经营许可，擅自从事道路旅客运输经营。",
        "依据《中华人民共和国道路运输条例》第六十三条的规定，本局决定对当事人处以罚款人民币叁仟元整。",
        "罚款缴至青岚县非税收入汇缴专户，缴款码：43129923050300412（请凭缴款码在湘税社保或银行网点缴纳）。",
        "青岚县交通运输局　2023年5月15日",
    ), index_no="11431299MB1C34567D/2023-00412", agency="青岚县交通运输局", doc_no="青交罚〔2023〕0412号",
        column="行政处罚", ctype="行政处罚", pub="2023-05-16"),
    ids=["ID"], phones=["MOB"], addrs=["湖南省青岚县高椅镇瓦屋村7组8号"],
))

PASSAGES.append(P(
    id="h1922", column="penalty", title="青岚县农业农村局行政处罚决定书（青农罚〔2023〕9号）",
    shape="农业 农药 被处罚人: ID with a zero-width space, 家住 村 组 号 without a colon, mobile in "
          "font/b runs; 案发地点 not",
    body=portal("青岚县农业农村局行政处罚决定书（青农罚〔2023〕9号）", paras(
        "被处罚人：滕某某，男，苗族，身份证号：{ID_ZW}，家住青岚县枫木乡杉木村4组22号。联系方式：{MOB_FONT}。",
        "案发地点：枫木乡杉木村4组“老鸦冲”稻田。",
        "经查，被处罚人于2023年4月22日在上述稻田使用国家明令禁止使用的农药甲胺磷防治稻飞虱，施药面积约2.3亩。",
        "依据《农药管理条例》第六十条第一款第（四）项的规定，本机关决定对被处罚人作出罚款人民币壹仟元整的行政处罚。",
        "被处罚人应于收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的3%加处罚款。",
        "青岚县农业农村局（地址：青岚县青岚镇迎宾路9号）",
        "2023年5月8日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县农业农村局"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县枫木乡杉木村4组22号"],
))

PASSAGES.append(P(
    id="h1923", title="青岚县城市管理和综合执法局行政处罚决定书（青城管罚〔2023〕27号）",
    shape="城管 违建 on the Hanweb-like CMS outside the column, 行政处罚决定书 in the title: "
          "comment-split ID with X, 住址 巷 号附号 labelled; 违法地点 not",
    body=hanweb("青岚县城市管理和综合执法局行政处罚决定书（青城管罚〔2023〕27号）", paras(
        "当事人：符某某，女，身份证号{IDX_CMT}，住址：青岚县青岚镇书院巷7号附1号。",
        "违法地点：青岚县青岚镇书院巷9号屋顶。",
        "经查，当事人未取得建设工程规划许可证，于2023年2月在上述地点擅自搭建钢架结构彩钢瓦房一间，面积约42平方米。",
        "依据《中华人民共和国城乡规划法》第六十四条，本局决定：限当事人于2023年6月30日前自行拆除上述违法建设。",
        "青岚县城市管理和综合执法局",
        "2023年5月31日",
    ), column="通知公告"),
    ids=["IDX"], addrs=["青岚县青岚镇书院巷7号附1号"],
))

PASSAGES.append(P(
    id="h1924", column="penalty", title="青岚县自然资源局行政处罚决定书（青自然资罚〔2023〕15号）",
    shape="自然资源 two parties: 6-8-4 spaced ID, a 15-digit ID after 公民身份号码, 住址 and 户籍地 "
          "村 组 号 labelled; 宗地代码 not",
    body=portal("青岚县自然资源局行政处罚决定书（青自然资罚〔2023〕15号）", paras(
        "当事人一：蒋某某，男，公民身份号码：{ID1_S}，住址：青岚县龙潭乡龙潭村6组14号。",
        "当事人二：蒋某（系当事人一之妻），女，公民身份号码：{IDF2}，户籍地：峒州市云岭区大湾乡竹园村3组9号。",
        "经查，当事人于2022年11月未经批准，擅自占用龙潭村6组“老屋场”集体土地（宗地代码431299105203JC00045）"
        "建设住宅一栋，占地面积186平方米，其中占用耕地102平方米。",
        "依据《中华人民共和国土地管理法》第七十八条的规定，本局决定：1.责令当事人退还非法占用的土地；"
        "2.限期拆除在非法占用的土地上新建的建筑物和其他设施。",
        "青岚县自然资源局",
        "2023年5月22日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县自然资源局"),
    ids=["ID1", "IDF2"], addrs=["青岚县龙潭乡龙潭村6组14号", "峒州市云岭区大湾乡竹园村3组9号"],
))

PASSAGES.append(P(
    id="h1925", column="penalty", title="青岚县卫生健康局行政处罚决定书（青卫医罚〔2023〕4号）",
    shape="卫健 无证行医: U+3000-spaced ID, 现住 社区 小区 栋 室 without a colon, comment-split mobile; "
          "执业 证号, 违法地点 not",
    body=portal("青岚县卫生健康局行政处罚决定书（青卫医罚〔2023〕4号）", paras(
        "当事人：欧某某，男，汉族，居民身份证号码：{ID_NB}，现住青岚县青岚镇城东社区滨江花园B栋1203室，联系电话：{MOB_CMT}。",
        "2023年3月14日，本局卫生监督员在青岚县青岚镇东门街31号门面检查发现，当事人未取得《医疗机构执业许可证》"
        "擅自开展诊疗活动，现场查获处方笺若干及药品一批。当事人持有的乡村医生执业证书（证号431299010023）注册地点为"
        "龙潭乡龙潭村卫生室。",
        "依据《医疗机构管理条例》第四十三条，本局决定：没收药品器械，并处罚款人民币伍万元整。",
        "青岚县卫生健康局",
        "2023年4月6日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县卫生健康局"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县青岚镇城东社区滨江花园B栋1203室"],
))

PASSAGES.append(P(
    id="h1926", column="penalty", title="青岚县公安局行政处罚决定书（青公（禁）行罚决字〔2023〕0021号）",
    shape="公安 禁毒 as a Word-saved page: ID cut by an mso-spacerun NBSP across EN-US runs, 现居住于 "
          "村 组 号, mobile in an EN-US run",
    body=word("青岚县公安局行政处罚决定书（青公（禁）行罚决字〔2023〕0021号）", [
        "违法行为人：石某某，男，土家族，身份证号：</span><span lang=EN-US style='font-size:16.0pt'>"
        + cut("ID", 0, 6) + "</span>" + SPR + "<span lang=EN-US style='font-size:16.0pt'>" + cut("ID", 6, 18)
        + "</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>，现居住于青岚县白沙铺镇桃源村3组27号，"
        "联系电话：</span><span lang=EN-US style='font-size:16.0pt'>{MOB}</span><span style='font-size:16.0pt;"
        "font-family:仿宋_GB2312'>。",
        "现查明：2023年5月6日，违法行为人石某某在其住处吸食毒品甲基苯丙胺，被我局民警当场查获。",
        "以上事实有违法行为人陈述、检测报告等证据证实。",
        "根据《中华人民共和国治安管理处罚法》第七十二条第（三）项之规定，现决定对石某某行政拘留十日。",
        "青岚县公安局　二〇二三年五月七日",
    ], column="行政处罚", ctype="行政处罚"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县白沙铺镇桃源村3组27号"],
))

PASSAGES.append(P(
    id="h1927", column="penalty", title="青岚县应急管理局行政处罚决定书（青应急罚〔2023〕2号）",
    shape="应急 烟花 非法储存: half full-width ID with X, 户籍地 村 组 号 and 现住 大道 号 小区 栋 单元 室 "
          "both labelled, mobile with a zero-width space",
    body=portal("青岚县应急管理局行政处罚决定书（青应急罚〔2023〕2号）", paras(
        "当事人：龙某某，男，身份证号码：{IDX_HALF}，户籍地：湖南省青岚县石门坳乡岩门村1组5号，"
        "现住：峒州市云岭区迎宾大道288号天鹅湾小区12栋2单元801室，联系电话：{MOB_ZW}。",
        "经查，当事人于2023年1月在其位于石门坳乡岩门村的自建房一楼非法储存烟花爆竹共计36箱（1.3G级），"
        "未取得烟花爆竹经营（零售）许可证。",
        "依据《烟花爆竹安全管理条例》第三十六条第二款，本局决定：没收非法储存的烟花爆竹，并处罚款人民币壹万元整。",
        "青岚县应急管理局（24小时值班电话：0745-6218110）",
        "2023年2月16日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县应急管理局"),
    ids=["IDX"], phones=["MOB"],
    addrs=["湖南省青岚县石门坳乡岩门村1组5号", "峒州市云岭区迎宾大道288号天鹅湾小区12栋2单元801室"],
))

PASSAGES.append(P(
    id="h1928", enc="gbk", column="penalty",
    title="国家税务总局青岚县税务局税务行政处罚决定书（简易）（青税简罚〔2023〕188号）",
    shape="税务 个体 on GBK: ID in three spans after 身份证件号码, 负责人住址 巷 号 with full-width digits "
          "(labelled as written); 纳税人识别号 (USCC), 经营地址 not",
    body=gbk_page("国家税务总局青岚县税务局税务行政处罚决定书（简易）（青税简罚〔2023〕188号）",
                  "<table width=\"95%\" border=\"1\" cellspacing=\"0\" align=\"center\">\n"
                  "<tr><td>纳税人名称</td><td>青岚县老街粉馆</td><td>纳税人识别号</td><td>{USCC}</td></tr>\n"
                  "<tr><td>经营地址</td><td colspan=\"3\">青岚县青岚镇老街12号</td></tr>\n"
                  "<tr><td>负责人</td><td>黄某</td><td>身份证件号码</td><td>{ID_SPAN}</td></tr>\n"
                  "<tr><td>负责人住址</td><td colspan=\"3\">青岚县青岚镇河街巷１９号</td></tr>\n"
                  "<tr><td>违法事实</td><td colspan=\"3\">未按照规定期限办理2023年3月增值税纳税申报</td></tr>\n"
                  "<tr><td>处罚依据</td><td colspan=\"3\">《中华人民共和国税收征收管理法》第六十二条</td></tr>\n"
                  "<tr><td>处罚决定</td><td colspan=\"3\">罚款人民币贰佰元整</td></tr>\n"
                  "</table>\n<p>纳税服务热线：12366</p>",
                  dept="国家税务总局青岚县税务局", pub="2023-05-12", charset="gbk"),
    ids=["ID"], addrs=["青岚县青岚镇河街巷１９号"],
))

PASSAGES.append(P(
    id="h1929", column="penalty", title="青岚县人力资源和社会保障局劳动保障监察行政处罚决定书（青人社监罚〔2023〕3号）",
    shape="人社 劳动监察 on a 包工头 (被处罚人): ID in font/b runs, 家庭地址 村 组 号, mobile in spans; "
          "农民工工资专用账户 (a project account) not",
    body=portal("青岚县人力资源和社会保障局劳动保障监察行政处罚决定书（青人社监罚〔2023〕3号）", paras(
        "被处罚人：周某某，男，身份证号：{ID_FONT}，家庭地址：青岚县茶园镇油溪村2组11号，手机：{MOB_SPAN}。",
        "经查，被处罚人承包青岚县茶园镇中心小学综合楼劳务工程期间，拖欠农民工工资共计人民币186,400元，"
        "经责令限期支付逾期仍未支付。现拖欠工资已由建设单位通过农民工工资专用账户{OACCT}代为支付。",
        "依据《保障农民工工资支付条例》第五十五条，本局决定对被处罚人处以罚款人民币伍万元整。",
        "青岚县人力资源和社会保障局",
        "2023年4月28日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县人力资源和社会保障局"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县茶园镇油溪村2组11号"],
))

PASSAGES.append(P(
    id="h1930", column="penalty", title="青岚县消防救援大队行政处罚决定书（青消行罚决字〔2023〕0017号）",
    shape="消防 处罚 set out as a key/value table: 当事人姓名, 身份证号 with X, 住址 路 号 楼, dashed mobile",
    body=portal("青岚县消防救援大队行政处罚决定书（青消行罚决字〔2023〕0017号）", table(
        ["项目", "内容"],
        [["当事人姓名", "田某某"], ["性别", "男"], ["身份证号", "{IDX}"],
         ["住址", "青岚县青岚镇和平路33号2楼"], ["联系电话", "{MOB_D}"],
         ["违法行为", "占用、堵塞疏散通道（在其经营的“田记五金”门店疏散通道堆放货物）"],
         ["处罚依据", "《中华人民共和国消防法》第六十条第一款第（三）项"],
         ["处罚决定", "罚款人民币伍佰元整"], ["作出处罚决定的日期", "2023年5月19日"],
         ["作出处罚决定的机关", "青岚县消防救援大队"]]),
        column="行政处罚", ctype="行政处罚", source="青岚县消防救援大队"),
    ids=["IDX"], phones=["MOB"], addrs=["青岚县青岚镇和平路33号2楼"],
))

PASSAGES.append(P(
    id="h1931", column="penalty", title="峒州市生态环境局青岚分局行政处罚决定书（峒环青罚〔2023〕8号）",
    shape="生态 company: 法定代表人 ID, 家庭住址 村 组 号 and mobile labelled; company 住所, USCC, "
          "排污许可证编号 not",
    body=portal("峒州市生态环境局青岚分局行政处罚决定书（峒环青罚〔2023〕8号）", paras(
        "当事人：青岚县鑫达石材有限公司",
        "统一社会信用代码：{USCC}",
        "住所：青岚县白沙铺镇工业园区8号",
        "法定代表人：麻某某，身份证号码：{ID}，家庭住址：青岚县白沙铺镇桃源村1组2号，联系电话：{MOB}。",
        "排污许可证编号：91431299MA4PQ8R21X001V",
        "经查，你公司石材切割车间未配套建设废水沉淀处理设施，生产废水经厂区雨水沟直排入白沙溪。",
        "依据《中华人民共和国水污染防治法》第八十三条，我局决定对你公司罚款人民币拾壹万元整。",
        "峒州市生态环境局青岚分局",
        "2023年6月2日",
    ), column="行政处罚", ctype="行政处罚", source="峒州市生态环境局青岚分局"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县白沙铺镇桃源村1组2号"],
))

PASSAGES.append(P(
    id="h1932", kind="attachment", column="penalty",
    title="青岚县林业局行政处罚决定书（青林罚决字〔2023〕第11号）",
    shape="PDF text of a 滥伐 penalty with two parties: an ID over a hard line break, a mobile cut "
          "after 联系电, page header and footer; 林木采伐许可证号 not",
    body=("青岚县林业局\n行 政 处 罚 决 定 书\n青林罚决字〔2023〕第11号\n"
          "当事人：吴某某，男，身份证号码：{ID1_NL}，住址：青岚县高椅镇半溪村3组17号。\n"
          "当事人：吴某，男，身份证号码：{ID2}，住址：青岚县高椅镇半溪村3组18号，联系电\n"
          "话：{MOB2}。\n"
          "2022年12月，二当事人未按林木采伐许可证（证号：4312992022001187）规定的地点，在半溪村3组\n"
          "“枫树湾”滥伐杉木，经鉴定蓄积量为12.4立方米。\n"
          "                                        — 1 —\n"
          "\f青岚县林业局行政处罚决定书                                  青林罚决字〔2023〕第11号\n"
          "依据《中华人民共和国森林法》第七十六条第二款，本局决定：责令二当事人补种滥伐株数五倍的树木，\n"
          "并处滥伐林木价值三倍的罚款计人民币8,928元。\n"
          "青岚县林业局\n2023年3月9日\n"
          "                                        — 2 —\n"),
    ids=["ID1", "ID2"], phones=["MOB2"],
    addrs=["青岚县高椅镇半溪村3组17号", "青岚县高椅镇半溪村3组18号"],
))

# --- h1933-h1947: mostly nothing to report ------------------------------------------------

PASSAGES.append(P(
    id="h1933", column="penalty", title="青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕33号）",
    shape="市场监管 company penalty: USCC, 营业场所, 住所 of the company, 负责人 name only, 罚没款 "
          "account, 12315 and office landline: nothing",
    body=portal("青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕33号）", paras(
        "当事人：峒州市华源药业连锁有限公司青岚店",
        "统一社会信用代码：{USCC}",
        "营业场所：青岚县青岚镇解放路102号",
        "负责人：刘某某",
        "隶属企业住所：峒州市云岭区人民路200号华源大厦6楼",
        "经查，当事人于2023年2月至3月销售的“复方板蓝根颗粒”（批号230112）经抽检不符合规定。",
        "依据《中华人民共和国药品管理法》第一百一十七条，本局决定：没收违法所得1,236元，并处罚款人民币伍万元整。",
        "罚没款请缴至：户名青岚县财政局非税收入汇缴结算户，账号{OACCT}，开户行中国建设银行青岚县支行。",
        "投诉举报电话：12315　本局联系电话：0745-6228315",
        "青岚县市场监督管理局",
        "2023年6月8日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县市场监督管理局"),
))

PASSAGES.append(P(
    id="h1934", column="penalty", title="青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕35号）",
    shape="person penalty with everything masked: ID, mobile and card with *, 住址 ending in ****, "
          "a second party's 住址 masked with 某: nothing",
    body=portal("青岚县市场监督管理局行政处罚决定书（青市监处罚〔2023〕35号）", paras(
        "当事人：姚某某，男，身份证号码：{ID_M}，住址：青岚县茶园镇****，联系电话：{MOB_M}。",
        "当事人：姚某，女，身份证号码：{IDX2_M}，住址：青岚县茶园镇某某村某组某号。",
        "经查，二当事人在茶园镇集市销售未经检疫的猪肉，违法所得680元，已退还消费者的货款经其银行卡（{CARD_M}）转账。",
        "依据《中华人民共和国动物防疫法》第一百条，本局决定对二当事人各处罚款人民币伍仟元整。",
        "青岚县市场监督管理局",
        "2023年6月9日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县市场监督管理局"),
))

PASSAGES.append(P(
    id="h1935", title="关于市民反映青岚镇人民路夜间噪音扰民问题的回复",
    shape="12345 工单 reply: 19-digit Luhn-valid 工单编号, masked caller mobile, 12345: nothing",
    body=portal("关于市民反映青岚镇人民路夜间噪音扰民问题的回复", paras(
        "工单编号：{ORDER}",
        "来电人：彭女士　来电号码：{MOB_M}",
        "来电内容：反映青岚镇人民路某烧烤店夜间营业至凌晨，噪音扰民。",
        "办理情况：接单后，县城市管理和综合执法局会同青岚镇人民政府于2023年6月3日现场核查，责令该店22时后停止室外经营，"
        "并安装隔音设施。经回访，来电人对办理结果表示满意。",
        "如有其他诉求，请拨打12345政务服务便民热线。",
    ), column="12345热线", source="青岚县12345政务服务便民热线"),
))

PASSAGES.append(P(
    id="h1936", title="青岚县2024年度城乡居民基本医疗保险集中缴费指南",
    shape="缴费 指南: 医保基金收入户 account, 非税 缴款码, office landlines, 12345, 12393: nothing",
    body=portal("青岚县2024年度城乡居民基本医疗保险集中缴费指南", paras(
        "一、缴费标准：2024年度城乡居民基本医疗保险个人缴费标准为每人每年380元。",
        "二、缴费时间：2023年9月1日至2023年12月31日。",
        "三、缴费方式：1.“湘税社保”微信小程序；2.各乡镇（社区）便民服务中心；3.对公转账（限单位代缴）：户名青岚县医疗保障基金"
        "收入户，账号{OACCT}，开户行青岚农村商业银行营业部。",
        "四、单位代缴请在备注栏填写缴款码（如43129924090100001）及参保人数。",
        "五、咨询电话：县医保局0745-6226789，县税务局0745-6216366，医保服务热线12393，政务服务热线12345。",
    ), column="通知公告", source="青岚县医疗保障局"),
))

PASSAGES.append(P(
    id="h1937", title="青岚县交通运输局行政执法人员名单公示",
    shape="执法人员 名单: 11-digit 执法证号 that start with 13 like mobiles, 执法区域, 监督电话: nothing",
    body=portal("青岚县交通运输局行政执法人员名单公示", table(
        ["序号", "姓名", "单位", "执法证号", "执法类别", "执法区域"],
        [["1", "杨某", "县交通运输综合行政执法大队", "{CERT1}", "交通运输", "青岚县"],
         ["2", "李某", "县交通运输综合行政执法大队", "{CERT2}", "交通运输", "青岚县"],
         ["3", "向某某", "县交通运输综合行政执法大队", "{CERT3}", "交通运输", "青岚县"],
         ["4", "胡某", "县地方海事处", "{CERT4}", "水上交通", "青岚县"]]) +
        "\n<p>监督电话：0745-6217001</p>", column="行政执法公示", source="青岚县交通运输局"),
))

PASSAGES.append(P(
    id="h1938", title="青岚县茶园镇中心小学综合楼建设项目中标结果公告",
    shape="采购 中标 公告: USCCs, 项目编号, amounts, agency and 代理机构 landlines: nothing",
    body=portal("青岚县茶园镇中心小学综合楼建设项目中标结果公告", paras(
        "一、项目编号：QLZC-2023-0156（招标文件编号：HNQL2023-GC-031）",
        "二、项目名称：青岚县茶园镇中心小学综合楼建设项目",
        "三、中标信息：中标人名称：湖南峒建建设工程有限公司；统一社会信用代码：{USCC1}；地址：峒州市云岭区建设路18号；"
        "中标金额：人民币8,365,412.56元。",
        "四、项目经理：张某某（注册编号：湘243121912345）",
        "五、采购人：青岚县茶园镇人民政府，地址：青岚县茶园镇新华街1号，联系电话：0745-6257001。",
        "六、代理机构：峒州市正信工程咨询有限公司（统一社会信用代码：{USCC2}），联系电话：0745-2236688。",
    ), column="政府采购", source="青岚县公共资源交易中心"),
))

PASSAGES.append(P(
    id="h1939", title="关于谭某某遗失不动产权证书的公告",
    shape="不动产 遗失 公告: ID masked with X, 不动产权证号, 不动产单元号, 宗地代码: nothing",
    body=portal("关于谭某某遗失不动产权证书的公告", paras(
        "权利人谭某某（身份证号{ID_MX}）因保管不善，将坐落于青岚县青岚镇芙蓉路18号金色家园3幢502室的不动产权证书"
        "遗失，证号：湘（2019）青岚县不动产权第0001234号，不动产单元号：431299001002GB00123F00030052，现申请补发。",
        "根据《不动产登记暂行条例实施细则》第二十二条，现予公告，原证书作废。",
        "青岚县不动产登记中心　2023年6月1日　联系电话：0745-6231234",
    ), column="公示公告", source="青岚县不动产登记中心"),
))

PASSAGES.append(P(
    id="h1940", title="曝光台：5月份重点车辆交通违法情况",
    shape="交警 曝光: 号牌, 车架号, masked 驾驶人 ID, Luhn-valid 16-digit 决定书编号, 122 and 110: nothing",
    body=portal("曝光台：5月份重点车辆交通违法情况", table(
        ["序号", "号牌号码", "车架号（后六位）", "驾驶人", "驾驶人身份证号", "违法行为", "决定书编号"],
        [["1", "湘N·K3721", "123456", "李某某", "{ID1_M}", "客车超员20%以上", "4312991100123459"],
         ["2", "湘N·D0918", "803214", "杨某", "{IDX2_M}", "货车超载30%以上", "4312991100123467"]]) +
        "\n<p>交通事故报警电话：122、110</p>", column="工作动态", source="青岚县公安局交通警察大队"),
))

PASSAGES.append(P(
    id="h1941", title="关于吊销未按规定年报个体工商户营业执照的公告",
    shape="个体户 吊销 公告: 15-digit 注册号 that pass the old-ID date check, USCCs, 经营者, 经营场所: nothing",
    body=portal("关于吊销未按规定年报个体工商户营业执照的公告", "<p>下列个体工商户连续两年未报送年度报告，"
                "依据《市场主体登记管理条例》，我局决定吊销其营业执照：</p>\n" + table(
                    ["序号", "字号名称", "注册号/统一社会信用代码", "经营者", "经营场所"],
                    [["1", "青岚县龙潭乡阿凤副食店", "431299580217362", "向某某", "青岚县龙潭乡龙潭村街上"],
                     ["2", "青岚县高椅镇老田修理店", "431299711105038", "田某", "青岚县高椅镇正街"],
                     ["3", "青岚县青岚镇小杨奶茶店", "{USCC3}", "杨某", "青岚县青岚镇东门街8号"]]),
                column="通知公告", source="青岚县市场监督管理局"),
))

PASSAGES.append(P(
    id="h1942", title="青岚县人民法院执行公告（2023）湘1299执恢56号",
    shape="法院 执行 公告 with the 被执行人 masked, 案号, 执行款专户 account, 12368: nothing",
    body=portal("青岚县人民法院执行公告（2023）湘1299执恢56号", paras(
        "被执行人：黄某某，男，公民身份号码{IDX_M}。",
        "申请执行人峒州市某农村商业银行股份有限公司与被执行人黄某某金融借款合同纠纷一案，本院作出的（2021）湘1299民初"
        "1876号民事判决书已发生法律效力。因被执行人未履行义务，本院依法恢复执行。",
        "责令被执行人自本公告之日起十日内将执行款汇入本院执行款专户（户名：青岚县人民法院，账号：{OACCT}）。",
        "诉讼服务热线：12368",
    ), column="法院公告", source="青岚县人民法院"),
))

PASSAGES.append(P(
    id="h1943", title="茶园镇2023年耕地地力保护补贴发放结果公示",
    shape="耕地地力 补贴 with IDs masked by X and a 19-digit Luhn-valid 交易流水号 column: nothing",
    body=town("茶园镇", "茶园镇2023年耕地地力保护补贴发放结果公示", table(
        ["序号", "姓名", "身份证号", "补贴面积（亩）", "补贴金额（元）", "交易流水号"],
        [["1", "彭某某", "{ID1_MX}", "4.62", "503.58", "{ORDER1}"],
         ["2", "黄某", "{IDX2_MX}", "3.10", "337.90", "{ORDER2}"],
         ["3", "吴某某", "{ID3_MX}", "6.05", "659.45", "{ORDER3}"],
         ["合计", "", "", "13.77", "1500.93", ""]]), column="惠农补贴"),
))

PASSAGES.append(P(
    id="h1944", enc="gbk", title="青岚县林业局2022年政府信息公开工作年度报告",
    shape="GBK 年度报告: counts, dates, amounts, office landline, 12345: nothing",
    body=gbk_page("青岚县林业局2022年政府信息公开工作年度报告",
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据统计期限自"
                  "2022年1月1日起至2022年12月31日止。</p>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;一、总体情况：全年主动公开政府信息186条，其中行政处罚信息23条，行政许可信息"
                  "412条；收到政府信息公开申请3件，均按期答复。</p>\n"
                  "<table border=\"1\" cellspacing=\"0\"><tr><td>信息内容</td><td>本年处理决定数量</td><td>罚没金额（万元）</td></tr>\n"
                  "<tr><td>行政处罚</td><td>23</td><td>18.6473</td></tr>\n"
                  "<tr><td>行政许可</td><td>412</td><td>——</td></tr></table>\n"
                  "<p>&nbsp;&nbsp;&nbsp;&nbsp;如对本报告有疑问，请联系青岚县林业局办公室，地址：青岚县青岚镇林业路6号，"
                  "邮编：418099，电话：0745-6219802，或拨打12345政务服务便民热线。</p>",
                  dept="青岚县林业局", pub="2023-01-20"),
))

PASSAGES.append(P(
    id="h1945", title="青岚县政务服务中心2023年6月第二周办件公示",
    shape="办件公示: 18-digit 办件编号 that passes every ID check (veto 编号), masked applicants: nothing",
    body=portal("青岚县政务服务中心2023年6月第二周办件公示", table(
        ["办件编号", "申请人", "事项名称", "受理时间", "办结时间", "办理结果"],
        [["431299202306120013", "彭**", "城乡居民养老保险待遇申领", "2023-06-12", "2023-06-12", "已办结"],
         ["431299202306130127", "湖南**建材有限公司", "建筑工程施工许可", "2023-06-13", "2023-06-16", "已办结"],
         ["431299202306140088", "向**", "不动产转移登记", "2023-06-14", "2023-06-15", "已办结"]]),
        column="办件公示", source="青岚县政务服务中心"),
))

PASSAGES.append(P(
    id="h1946", column="penalty", title="青岚县烟草专卖局行政处罚决定书（青烟罚〔2023〕14号）",
    shape="烟草 个体 with only 经营地址 and 违法地点 (detailed), ID masked with full-width ＊, 许可证号: nothing",
    body=portal("青岚县烟草专卖局行政处罚决定书（青烟罚〔2023〕14号）", paras(
        "当事人：青岚县石门坳乡小胡便利店，经营者胡某，身份证号码：" + cut("ID", 0, 6) + "＊＊＊＊＊＊＊＊" + cut("ID", 14, 18) + "。",
        "经营地址：青岚县石门坳乡石门村集镇新街15号；烟草专卖零售许可证号：431299105123。",
        "违法地点：青岚县石门坳乡石门村集镇新街15号店内仓库。",
        "经查，当事人购进并销售非法渠道卷烟共计12条。依据《中华人民共和国烟草专卖法实施条例》第五十六条，本局决定"
        "没收违法卷烟，并处罚款人民币壹仟捌佰元整。",
        "青岚县烟草专卖局　2023年5月10日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县烟草专卖局"),
))

PASSAGES.append(P(
    id="h1947", column="penalty", title="青岚县水利局行政处罚决定书（青水罚〔2023〕5号）",
    shape="水利 采砂: dashed ID and mobile labelled; the party's 住址 stops at the 乡 and is not",
    body=portal("青岚县水利局行政处罚决定书（青水罚〔2023〕5号）", paras(
        "当事人：贺某某，男，公民身份号码：{ID_D}，住址：湖南省青岚县龙潭乡，联系电话：{MOB}。",
        "经查，当事人于2023年3月在沅溪龙潭乡河段禁采区内使用挖掘机非法采砂约260立方米。",
        "依据《湖南省河道采砂管理条例》，本局决定：没收违法所得7,800元，并处罚款人民币叁万元整。",
        "青岚县水利局　2023年4月17日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县水利局"),
    ids=["ID"], phones=["MOB"],
))

# --- h1948-h1965 ------------------------------------------------------------------------

PASSAGES.append(P(
    id="h1948", column="penalty", title="青岚县商务局行政处罚决定书（青商罚〔2023〕1号）",
    shape="商务 成品油 个体 on the <br> CMS: ID cut by a <br>, 住址 正街 号 labelled, mobile; "
          "经营地址 not",
    body=cms_br("青岚县商务局行政处罚决定书（青商罚〔2023〕1号）", [
        "当事人：胡某某",
        "身份证号：{ID_BR}",
        "住址：青岚县高椅镇正街68号",
        "经营地址：青岚县高椅镇汽车站旁",
        "联系电话：{MOB}",
        "经查，当事人未取得成品油零售经营批准证书，于2023年1月至3月在上述经营地址使用流动加油罐车销售柴油，"
        "违法经营额23,600元。",
        "依据《成品油市场管理办法》的有关规定，本局决定：没收违法所得，并处罚款人民币贰万元整。",
        "青岚县商务局",
        "2023年4月20日",
    ]),
    ids=["ID"], phones=["MOB"], addrs=["青岚县高椅镇正街68号"],
))

PASSAGES.append(P(
    id="h1949", column="penalty", title="关于向杨某某公告送达行政处罚决定书的公告",
    shape="送达 公告 of a 处罚决定书: 受送达人 ID with X in brackets, 原住址 村 组 号 labelled",
    body=portal("关于向杨某某公告送达行政处罚决定书的公告", paras(
        "杨某某（身份证号码：{IDX}，原住址：青岚县枫木乡枫木村8组3号）：",
        "因你下落不明，采用其他方式无法送达，本局依法向你公告送达青农罚〔2023〕12号《行政处罚决定书》。"
        "自本公告发布之日起满三十日，即视为送达。请你于公告期满之日起十五日内到青岚县农业农村局（青岚县青岚镇迎宾路9号）"
        "缴纳罚款人民币贰仟元整。",
        "联系电话：0745-6213021",
        "青岚县农业农村局　2023年6月6日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县农业农村局"),
    ids=["IDX"], addrs=["青岚县枫木乡枫木村8组3号"],
))

PASSAGES.append(P(
    id="h1950", column="penalty", title="青岚县市场监督管理局2023年第二季度行政处罚案件信息公开表",
    shape="处罚案件 公开表 as an Excel export in the column, 当事人 / 住址（住所） header: two persons' rows "
          "labelled (one full-width ID), a company row and a masked row not",
    body=excel("青岚县市场监督管理局2023年第二季度行政处罚案件信息公开表",
               "<tr height=36><td colspan=7 class=xl67>青岚县市场监督管理局2023年第二季度行政处罚案件信息公开表</td></tr>\n"
               "<tr height=22><td class=xl65>序号</td><td class=xl65>案件名称</td><td class=xl65>当事人</td>"
               "<td class=xl65>身份证号码/统一社会信用代码</td><td class=xl65>住址（住所）</td>"
               "<td class=xl65>处罚内容</td><td class=xl65>决定日期</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>1</td><td class=xl65>销售过期食品案</td><td class=xl65>石某某</td>"
               "<td class=xl66 x:str>{ID1}</td><td class=xl65>青岚县青岚镇迎春路21号</td>"
               "<td class=xl65>罚款2000元</td><td class=xl65>2023-04-07</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>2</td><td class=xl65>无照经营案</td><td class=xl65>黄某</td>"
               "<td class=xl66 x:str>{IDX2_FW}</td><td class=xl65>青岚县茶园镇白竹村5组9号</td>"
               "<td class=xl65>没收违法所得320元</td><td class=xl65>2023-05-12</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>3</td><td class=xl65>虚假广告案</td>"
               "<td class=xl65>峒州市百佳商贸有限公司</td><td class=xl66 x:str>{USCC3}</td>"
               "<td class=xl65>峒州市云岭区人民路100号</td><td class=xl65>罚款20000元</td>"
               "<td class=xl65>2023-05-30</td></tr>\n"
               "<tr height=20><td class=xl65 x:num>4</td><td class=xl65>计量违法案</td><td class=xl65>杨某</td>"
               "<td class=xl66 x:str>{ID4_M}</td><td class=xl65>青岚县白沙铺镇**</td>"
               "<td class=xl65>警告</td><td class=xl65>2023-06-19</td></tr>\n"),
    ids=["ID1", "IDX2"], addrs=["青岚县青岚镇迎春路21号", "青岚县茶园镇白竹村5组9号"],
))

PASSAGES.append(P(
    id="h1951", column="penalty", title="青岚县林业局行政处罚决定书（青林罚决字〔2023〕第14号）",
    shape="林业 with a 委托代理人 (the party's son): both IDs, both 住址 (街 巷 号; 路 号 室), the "
          "agent's mobile",
    body=portal("青岚县林业局行政处罚决定书（青林罚决字〔2023〕第14号）", paras(
        "当事人：谢某某，男，身份证号码：{ID1}，住址：青岚县青岚镇民主街2巷5号。",
        "委托代理人：谢某（系当事人之子），身份证号码：{ID2}，住址：广东省深圳市宝安区西乡街道固戍一路18号301室，"
        "联系电话：{MOB2}。",
        "经查，当事人于2023年2月未经批准擅自改变林地用途，在青岚镇城北村“松树坡”开挖林地修建鱼塘，"
        "毁坏林地面积1.2亩。",
        "依据《中华人民共和国森林法》第七十三条，本局决定：责令当事人限期恢复植被和林业生产条件，并处罚款人民币"
        "24,000元。",
        "青岚县林业局　2023年4月11日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县林业局"),
    ids=["ID1", "ID2"], phones=["MOB2"],
    addrs=["青岚县青岚镇民主街2巷5号", "广东省深圳市宝安区西乡街道固戍一路18号301室"],
))

PASSAGES.append(P(
    id="h1952", column="penalty", title="青岚县文化旅游广电体育局行政处罚决定书（青文旅罚〔2023〕9号）",
    shape="文旅 导游 个人: 6-8-4 spaced ID after 身份证, 户籍地 stops at the county (not), 现住 路 号 "
          "小区 幢 单元 室 labelled; 导游证号 not",
    body=portal("青岚县文化旅游广电体育局行政处罚决定书（青文旅罚〔2023〕9号）", paras(
        "当事人：刘某某，女，土家族，身份证：{ID_S}，户籍地：湖南省峒州市青岚县，"
        "现住青岚县青岚镇芙蓉路18号金色家园5幢1单元602室，导游证号：D-4312-021563。",
        "经查，当事人于2023年5月1日带团期间，擅自变更旅游行程安排，诱导游客参加另行付费旅游项目。",
        "依据《中华人民共和国旅游法》第一百条，本局决定对当事人处以罚款人民币伍仟元整，并暂扣导游证一个月。",
        "青岚县文化旅游广电体育局　2023年5月25日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县文化旅游广电体育局"),
    ids=["ID"], addrs=["青岚县青岚镇芙蓉路18号金色家园5幢1单元602室"],
))

PASSAGES.append(P(
    id="h1953", column="penalty", title="青岚县农业农村局行政处罚决定书（青农（渔）罚〔2023〕3号）",
    shape="渔政: a natural person's 住所 (described with 性别 and 身份证) labelled, a (区号) landline "
          "of the party; 渔船编号 not",
    body=portal("青岚县农业农村局行政处罚决定书（青农（渔）罚〔2023〕3号）", paras(
        "当事人：龙某，性别：男，身份证号码：{ID}，住所：青岚县石门坳乡岩门村4组7号，联系电话：{LAND_P}。",
        "经查，当事人于2023年4月2日驾驶自用船只（船号：湘青岚渔00318）在沅溪禁渔区使用电鱼器具捕鱼，"
        "现场查获渔获物3.6千克。",
        "依据《中华人民共和国渔业法》第三十八条，本局决定：没收渔获物和电鱼器具，并处罚款人民币贰仟元整。",
        "青岚县农业农村局　2023年4月19日",
    ), column="行政处罚", ctype="行政处罚", source="青岚县农业农村局"),
    ids=["ID"], phones=["LAND"], addrs=["青岚县石门坳乡岩门村4组7号"],
))

PASSAGES.append(P(
    id="h1954", title="枫木乡2023年生态护林员第二季度劳务补助发放表",
    shape="护林员 劳务补助 as a WPS ET sheet export: spaced 16-digit card, 19-digit card, 17-digit "
          "农商行 account, lower-case x ID, ID in font/b runs, 签字 column",
    body=et("枫木乡2023年生态护林员第二季度劳务补助发放表",
            "<tr><td colspan=\"7\" class=\"et4\">枫木乡2023年生态护林员第二季度劳务补助发放表</td></tr>\n"
            "<tr><td class=\"et2\">序号</td><td class=\"et2\">姓名</td><td class=\"et2\">身份证号</td>"
            "<td class=\"et2\">银行卡号/账号</td><td class=\"et2\">开户行</td><td class=\"et2\">金额（元）</td>"
            "<td class=\"et2\">签字</td></tr>\n"
            "<tr><td class=\"et2\">1</td><td class=\"et2\">石某某</td><td class=\"et3\">{ID1}</td>"
            "<td class=\"et3\">{CARD1_S}</td><td class=\"et2\">中国邮政储蓄银行</td><td class=\"et2\">2400</td>"
            "<td class=\"et2\"></td></tr>\n"
            "<tr><td class=\"et2\">2</td><td class=\"et2\">滕某</td><td class=\"et3\">{IDX2_LOW}</td>"
            "<td class=\"et3\">{CARDL2}</td><td class=\"et2\">中国农业银行</td><td class=\"et2\">2400</td>"
            "<td class=\"et2\"></td></tr>\n"
            "<tr><td class=\"et2\">3</td><td class=\"et2\">龙某某</td><td class=\"et3\">{ID3_FONT}</td>"
            "<td class=\"et3\">{ACCT3}</td><td class=\"et2\">青岚农商行枫木支行</td><td class=\"et2\">2400</td>"
            "<td class=\"et2\"></td></tr>\n"
            "<tr><td class=\"et2\" colspan=\"5\">合计</td><td class=\"et2\">7200</td><td class=\"et2\"></td></tr>\n"),
    ids=["ID1", "IDX2", "ID3"], banks=["CARD1", "CARDL2", "ACCT3"],
))

PASSAGES.append(P(
    id="h1955", title="关于发展党员对象的公示",
    shape="党员 发展 公示: names, 出生年月, dates, 监督电话 and 12380: nothing",
    body=portal("关于发展党员对象的公示", "<p>根据《中国共产党发展党员工作细则》，经支部委员会研究，拟将以下同志列为发展对象，"
                "现予公示：</p>\n" + table(
                    ["姓名", "性别", "民族", "出生年月", "学历", "工作单位", "申请入党时间", "确定为积极分子时间"],
                    [["彭某某", "女", "汉族", "1995.04", "大学本科", "青岚县财政局", "2020.03.12", "2021.06.30"],
                     ["向某", "男", "苗族", "1992.10", "大学本科", "青岚县财政局", "2019.09.05", "2020.12.28"]]) +
                "\n<p>公示时间：2023年6月12日至6月18日。联系电话：0745-6215012，12380举报网站：www.12380.gov.cn。</p>",
                column="党建工作", source="中共青岚县财政局机关支部委员会"),
))

PASSAGES.append(P(
    id="h1956", title="青岚县2023年第二批公益性岗位拟安置人员公示",
    shape="公益性岗位: dashed ID, 3-4-4 spaced mobile, 社会保障卡号 (plain and dashed), a masked row",
    body=portal("青岚县2023年第二批公益性岗位拟安置人员公示", table(
        ["序号", "姓名", "性别", "身份证号码", "安置单位", "岗位", "联系电话", "社会保障卡号"],
        [["1", "麻某某", "女", "{ID1_D}", "青岚镇城东社区", "保洁", "{MOB1_S}", "{CARD1}"],
         ["2", "贺某", "男", "{ID2}", "茶园镇人民政府", "护路", "{MOB2}", "{CARD2_D}"],
         ["3", "谭某某", "女", "{ID3_M}", "龙潭乡人民政府", "保洁", "{MOB3_M}", "{CARD3_M}"]]) +
        "\n<p>公示期5个工作日。监督电话：0745-6216012（县就业服务中心）。</p>",
        column="就业创业", source="青岚县人力资源和社会保障局"),
    ids=["ID1", "ID2"], phones=["MOB1", "MOB2"], banks=["CARD1", "CARD2"],
))

PASSAGES.append(P(
    id="h1957", kind="attachment", title="青岚县2023年农村危房改造补助对象名单",
    shape="DOCX text with a tab-separated table: full-width ID, +86 mobile, 一卡通账号 16 and 19 digits, "
          "an empty phone cell",
    body=("青岚县2023年农村危房改造补助对象名单\n"
          "序号\t乡镇\t户主\t身份证号码\t联系电话\t改造方式\t补助金额（元）\t一卡通账号\n"
          "1\t石门坳乡\t向某某\t{ID1}\t{MOB1_86}\t拆除重建\t35000\t{CARD1}\n"
          "2\t龙潭乡\t田某\t{ID2_FW}\t{MOB2}\t加固维修\t15000\t{CARDL2}\n"
          "3\t高椅镇\t杨某某\t{IDX3}\t\t加固维修\t15000\t{CARD3}\n"
          "合计\t\t\t\t\t\t65000\t\n"
          "青岚县住房和城乡建设局　　2023年6月\n"),
    ids=["ID1", "ID2", "IDX3"], phones=["MOB1", "MOB2"], banks=["CARD1", "CARDL2", "CARD3"],
))

PASSAGES.append(P(
    id="h1958", title="青岚县2023年春季学期雨露计划补助资金发放公示",
    shape="雨露计划 with 监护人 columns: ID in spans, ID with X, mobiles plain and comment-split, "
          "监护人银行卡号 (16, spaced 19); 学籍号 not",
    body=portal("青岚县2023年春季学期雨露计划补助资金发放公示", table(
        ["序号", "学生姓名", "就读学校", "学籍号", "监护人", "监护人身份证号", "监护人联系电话", "补助金额（元）",
         "银行卡号（监护人）"],
        [["1", "向某某", "峒州职业技术学院", "G202109001234", "向某", "{ID1_SPAN}", "{MOB1}", "1500", "{CARD1}"],
         ["2", "吴某", "湖南交通职业技术学院", "G202209004567", "吴某某", "{IDX2}", "{MOB2_CMT}", "1500",
          "{CARDL2_S}"]]) + "\n<p>监督电话：0745-6218231（县乡村振兴局）</p>",
        column="乡村振兴", source="青岚县乡村振兴局"),
    ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"], banks=["CARD1", "CARDL2"],
))

PASSAGES.append(P(
    id="h1959", title="青岚县公安局青岚派出所关于招领居民身份证的公告",
    shape="身份证 招领 公告: 公民身份号码 column, full-width ID; 拾获地点 not",
    body=portal("青岚县公安局青岚派出所关于招领居民身份证的公告",
                "<p>我所近期收到群众拾获的居民身份证若干张，请失主本人携带户口簿到青岚派出所户籍窗口认领。</p>\n" + table(
                    ["序号", "姓名", "公民身份号码", "拾获地点", "拾获日期"],
                    [["1", "符某某", "{ID1}", "青岚汽车站候车厅", "2023-05-21"],
                     ["2", "欧某", "{ID2_FW}", "人民路农业银行门口", "2023-05-28"],
                     ["3", "周某某", "{IDX3}", "青岚县人民医院门诊部", "2023-06-02"]]) +
                "\n<p>联系电话：0745-6212110</p>", column="警务公开", source="青岚县公安局"),
    ids=["ID1", "ID2", "IDX3"],
))

PASSAGES.append(P(
    id="h1960", title="青岚县人民法院执行裁定书公告送达（2023）湘1299执528号",
    shape="法院 执行 裁定 送达 to 被执行人: ID after 身份证号码, 住 + place (court text, not a penalty: "
          "address out of scope); 执行款专户 account and 案号 not",
    body=portal("青岚县人民法院执行裁定书公告送达（2023）湘1299执528号", paras(
        "被执行人贺某某，男，身份证号码：{ID}，住青岚县高椅镇高椅村2组6号：",
        "本院在执行申请执行人周某某与被执行人贺某某民间借贷纠纷一案中，作出（2023）湘1299执528号执行裁定书，"
        "裁定冻结、划拨被执行人贺某某银行存款人民币58,600元。因你下落不明，现依法向你公告送达。",
        "执行款缴纳：户名青岚县人民法院，账号{OACCT}，开户行中国工商银行青岚县支行。",
        "执行局联系电话：0745-6238821",
    ), column="法院公告", source="青岚县人民法院"),
    ids=["ID"],
))

PASSAGES.append(P(
    id="h1961", column="penalty", title="青岚县公安局交通警察大队简易程序处罚决定信息（2023年6月）",
    shape="交警 简易程序 Excel export in the column: 驾驶证号 (the ID number) under 当事人 / 住址 header, "
          "spaced mobile, addresses labelled; 决定书编号 and 违法地点 not",
    body=excel("青岚县公安局交通警察大队简易程序处罚决定信息（2023年6月）",
               "<tr height=22><td class=xl65>决定书编号</td><td class=xl65>当事人</td><td class=xl65>驾驶证号</td>"
               "<td class=xl65>准驾车型</td><td class=xl65>联系电话</td><td class=xl65>住址</td>"
               "<td class=xl65>违法地点</td><td class=xl65>罚款（元）</td></tr>\n"
               "<tr height=20><td class=xl66 x:str>431299210001873</td><td class=xl65>胡某</td>"
               "<td class=xl66 x:str>{ID1}</td><td class=xl65>C1</td><td class=xl66 x:str>{MOB1}</td>"
               "<td class=xl65>青岚县茶园镇茶园社区向阳路7号</td><td class=xl65>青岚县青岚镇人民路与解放路交叉口</td>"
               "<td class=xl65 x:num>200</td></tr>\n"
               "<tr height=20><td class=xl66 x:str>431299210001881</td><td class=xl65>欧某某</td>"
               "<td class=xl66 x:str>{IDX2}</td><td class=xl65>B2</td><td class=xl66 x:str>{MOB2_S}</td>"
               "<td class=xl65>青岚县白沙铺镇集镇社区新街21号</td><td class=xl65>G209线K1236+200</td>"
               "<td class=xl65 x:num>200</td></tr>\n"),
    ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"],
    addrs=["青岚县茶园镇茶园社区向阳路7号", "青岚县白沙铺镇集镇社区新街21号"],
))

PASSAGES.append(P(
    id="h1962", title="白沙铺镇2023年第二批农村村民建房审批结果公示",
    shape="行政许可 建房 审批 results: 申请人 IDs (one with a CMS field marker comment inside the cell), "
          "mobiles (one masked), 建房地点 (not a penalty) not",
    body=town("白沙铺镇", "白沙铺镇2023年第二批农村村民建房审批结果公示", table(
        ["序号", "申请人", "身份证号", "家庭人口", "建房地点", "占地面积（㎡）", "联系电话", "审批结果"],
        [["1", "麻某某", "<!--<$[身份证号]>begin-->{ID1}<!--<$[身份证号]>end-->", "5", "桃源村3组", "120",
          "{MOB1}", "同意"],
         ["2", "胡某", "{IDX2}", "4", "集镇社区4组", "110", "{MOB2_M}", "同意"],
         ["3", "欧某某", "{ID3_HALF}", "6", "桃源村1组", "140", "{MOB3}", "同意"]]) +
        "\n<p>公示期间如有异议，请向白沙铺镇自然资源所反映，电话0745-6241180。</p>",
        column="行政许可"),
    ids=["ID1", "IDX2", "ID3"], phones=["MOB1", "MOB3"],
))

PASSAGES.append(P(
    id="h1963", kind="attachment", title="青岚县2023年高龄老人长寿补贴发放花名册（PDF）",
    shape="PDF text with columns in spaces: a 19-digit card broken by a hard line break, a card set "
          "in 4-4-4-4 groups, a masked card, a 代领人 landline in (区号) form in the 备注 column",
    body=("青岚县2023年高龄老人长寿补贴发放花名册\n"
          "单位：高椅镇                                                  填报日期：2023年6月5日\n"
          "序号  姓名      身份证号码            银行卡号                 金额(元)  备注\n"
          "1     贺某某    {ID1}    {CARDL1_NL}\n"
          "                                                              1200\n"
          "2     舒某      {ID2}    {CARD2_S}      1200      代领人舒某某{LAND2_P}\n"
          "3     杨某某    {IDX3}    {CARD3_M}         1200\n"
          "合计                                                          3600\n"
          "                                   第 1 页 共 1 页\n"),
    ids=["ID1", "ID2", "IDX3"], banks=["CARDL1", "CARD2"], phones=["LAND2"],
))

PASSAGES.append(P(
    id="h1964", column="penalty", title="青岚县城市管理和综合执法局行政处罚决定书（青城管罚〔2023〕31号）",
    shape="城管 占道 个体 经营者 on the Hanweb-like CMS in the column: 经营者 住址 路 号 labelled, "
          "经营场所 not, mobile after 手机号码 in a <font> run",
    body=hanweb("青岚县城市管理和综合执法局行政处罚决定书（青城管罚〔2023〕31号）", paras(
        "当事人：青岚县青岚镇老谭水果店（个体工商户），统一社会信用代码：{USCC}，经营场所：青岚县青岚镇东门街20号。",
        "经营者：谭某某，男，身份证号码：{ID}，住址：青岚县青岚镇东门街46号，手机号码：<font face=\"宋体\">{MOB}</font>。",
        "经查，当事人于2023年5月多次在东门街20号店外人行道摆放水果摊位，经责令改正拒不改正。",
        "依据《城市市容和环境卫生管理条例》第三十六条，本局决定对当事人处以罚款人民币伍佰元整。",
        "青岚县城市管理和综合执法局　2023年6月6日",
    ), column="行政处罚", ctype="行政处罚"),
    ids=["ID"], phones=["MOB"], addrs=["青岚县青岚镇东门街46号"],
))

PASSAGES.append(P(
    id="h1965", title="关于注销户口的公告",
    shape="注销户口 公告: 户主 15-digit ID after 公民身份号码, an 18-digit ID with lower-case x; 户号 not",
    body=portal("关于注销户口的公告", paras(
        "根据《中华人民共和国户口登记条例》，下列人员已死亡，我所依法注销其户口：",
        "1.户主：田某某，公民身份号码：{IDF1}，户号：431299021203，户籍地址：青岚县龙潭乡竹山村。",
        "2.户主：向某某，公民身份号码：{IDX2_LOW}，户号：431299021377，户籍地址：青岚县龙潭乡龙潭村。",
        "如有异议，请于公告之日起三十日内与龙潭派出所联系，电话0745-6261110。",
        "青岚县公安局龙潭派出所　2023年6月2日",
    ), column="警务公开", source="青岚县公安局"),
    ids=["IDF1", "IDX2"],
))
