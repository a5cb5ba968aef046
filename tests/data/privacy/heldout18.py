"""The eighteenth held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the rule docs (docs/rules/), the benchmarks, the built
passages.jsonl, tuning.py or any earlier passage file beyond heldout17's first 100 lines (for
the format and its helpers); it read passage.py, numbers_.py, build.py, spec/rules.md,
spec/privacy.md, the seed notices and the real pages in shared/real/ (for their markup). Every
passage was labelled by hand from the definitions of privacy.id-number, privacy.phone,
privacy.bank-account and privacy.address before any run.

Furniture: a fictional 石滩县 under a fictional 枫江市 (江西), with the towns 石滩镇 (the county
seat), 凤岭镇, 杨梅镇, 河口乡, 樟坊乡 and 下溪乡, and the city district 临江区; the county's
office is on 府前路1号 (footer, 0795-3512345). Its looks: the county portal (TRS,
``TRS_Editor``/``id="zoom"``, national metas); the 信息公开 platform detail page (索引号 /
发布机构 / 文号 table, index numbers that start with an agency's 11-prefixed code); a TRS page
with ``Custom_UnionStyle`` and a ``<style>`` inside the text; a Hanweb-like CMS whose fields are
wrapped in ``<!--<$[字段]>begin-->`` markers, also inside the running text; an old CMS whose text
is ``<br>``-separated lines; an old table-layout site served as GB2312/GBK; a 乡镇 sub-site;
a 信用枫江 双公示 detail page (key/value table); a Vue-rendered 政务服务网 办件 page; a
Word-saved HTML document and Word text pasted into the portal (MsoNormal, ``mso-spacerun`` NBSP
spans and ``lang=EN-US`` runs cutting numbers); Excel ("Microsoft Excel 15", ``class=xl65``,
``x:str``/``x:num``, numbers shown as 3.60999E+17) and WPS ET (``class="et2"``) sheet exports; and
text attachments (.docx read as text: paragraphs, tab-separated tables, a line break inside
a number).

Shapes. Penalty decisions as running text: 市场监管 食品 个体 (经营者 ID, 住址 村 组 号, mobile;
经营场所, USCC, 罚没款 account, 12315 not); 公安 治安 on the GBK site (ID with X after
身份证种类及号码, 现住址 号 栋 单元 室; 户籍所在地 only the town); 交通 超限 on the 信息公开
page (6-8-4 spaced ID, spaced mobile, 车架号, 道路运输证号, two 13-prefixed 执法证号 that look
like mobiles); 生态 company as a Word-saved page (法定代表人 ID cut by an mso-spacerun NBSP over
EN-US runs; company 住所 not); 渔政 on a 乡镇 sub-site (full-width ID with Ｘ, full-width mobile,
家住 村 组); 城管 违建 outside the column with 行政处罚决定书 in the title, on the Hanweb CMS
(lower-case x, marker comments around the ID, 巷 号附号; 违法地点 not); 文旅 网吧 attachment (ID
over a line break, 幢 单元 室; 经营地址 not); 税务 个体 on GBK (ID in three spans, 负责人住址;
all-digit 纳税人识别号 not); 应急 烟花 on the Hanweb CMS (marker comment in front of the ID,
住所 of a person with 性别, the party's landline); 自然资源 two parties (18- and 15-digit IDs,
two 村委会 组 号 addresses; 宗地编号 not); 卫健 无证行医 (U+3000-spaced ID, dashed mobile,
社区 栋 室; 执业 证号 not); 林业 滥伐 on GBK (ID in font/b, 现住 村 组 glued to the label);
市场监管 价格 company on the <br> CMS (nothing); 人社 劳动保障监察 (comment-split ID and
mobile, 家庭住址); 消防 on the TRS page (户籍地 村 组 and 现住 座 室, both personal); 烟草 个体
(half full-width ID, 住址 新街 号; 12-digit 许可证号 not); 住建 company with 项目经理 (ID
labelled; 施工许可证编号 of 18 digits, company 住所 not); 水利 采砂 (zero-width space in the
ID); 医保 骗保 (社会保障号码 = ID, 社保卡 card; 基金专户 account not); 送达公告 all masked
(nothing); 统计 个体 with an X-masked ID (nothing); a penalty attachment with a tab table of
three 违法行为人 (住址 column, one full-width ID); a 农业 处罚案件 公开表 as Excel in the column
(当事人/住址 header: persons' rows labelled, a company row and a masked row not); 合作社 (住所 of
the 合作社 not, 理事长's 家庭住址 and mobile yes); 环保 company as Word HTML (nothing); a person
whose 住址 stops at the town and whose ID is masked (nothing); 森林防火 汇总表 on GBK in the
column; 信用 双公示 处罚 list of 个体户 and companies (USCCs, masked IDs: nothing); 林业 野生动物
attachment (full-width Ｘ ID, spaced mobile, 家住 社区 栋 单元 室); 城管 强制执行 in the column
(被执行人, 住址 路 号).
Lists and notices (no address in scope): 低保 Excel (text IDs, a scientific-notation ID,
x:num mobile); 临时救助 with <br> inside an ID and a 代领人 mobile after a <br>; 耕地地力 WPS ET
(19-digit card, 17-digit account, spaced card, full-width ID); 失信被执行人 (执行案号,
U+3000-spaced ID); 公租房 (masked: nothing); 护林员 (ID and mobile in one cell over <br>, +86);
高龄津贴 on GBK (full-width IDs, (0795) landline of a 代领人, masked card); 种粮大户 Excel (all
IDs in scientific notation: nothing); 学生资助 (dashed ID, 学籍号 = G + ID, +86 mobile); 残联
(残疾人证号 = ID + 2 digits, 社保卡 cards); 养老服务补贴 attachment (tab table, 16- and 19-digit
cards); 个体户 注销 (15-digit 注册号: nothing); 12345 reply (Luhn-valid 工单编号, masked caller:
nothing); 非税 缴款 指南 (国库 and 非税 accounts, 缴款流水号: nothing); 拟聘用 (准考证号, masked
IDs: nothing); 村务公开 劳务费 (spaced card, 17-digit account); 双公示 许可 detail (负责人 证件号码
with X); 征收 补偿 (cards, 房屋坐落 not in scope); 执法人员名单 (13-prefixed 执法证号: nothing);
采购 中标 公告 (项目代码 with dashes, USCCs: nothing); 小额信贷 贴息 (half full-width ID,
17-digit accounts); 危房改造 on GBK (card, mobile); 办件公示 on the Vue page (18-digit 办件编号
with an impossible date: nothing); 注销户口 公告 (户主, 15-digit ID under 公民身份号码, lower-case
x); 留守儿童 (监护人 ID in spans, mobile in font/b, card); 依申请公开 答复 (nothing); a PDF-text
attachment of 低保 notices (ID over a line break).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS braces are doubled and kept out of f-strings, and
# f-strings only insert titles and names, never the placeholders.

SITE = "石滩县人民政府"
DOMAIN = "www.shitan.gov.cn"
CODE = "3609990021"

FOOT = ("<div class=\"footer\">\n<p>主办：石滩县人民政府办公室　承办：石滩县融媒体中心</p>\n"
        "<p>地址：江西省枫江市石滩县石滩镇府前路1号　邮编：336400　电话：0795-3512345</p>\n"
        "<p>网站标识码：3609990021　赣ICP备05012345号-1　"
        "<img src=\"/images/ga.png\">赣公网安备 36099902000021号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=5F2E3D4C\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a></p>\n</div>\n")

NAV = ("<div class=\"header\"><div class=\"logo\"><img src=\"/images/logo.png\" alt=\"石滩县人民政府\">"
       "</div>\n<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a>"
       "</li><li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li>"
       "<li><a href=\"/zjst/\">走进石滩</a></li></ul></div>\n")

CSS_PORTAL = ("<style type=\"text/css\">\n.article{{width:1000px;margin:0 auto;}}\n"
              ".article h1{{font-size:24px;text-align:center;color:#0b4f9b;}}\n"
              "#zoom p{{line-height:2em;font-size:16px;}}\n</style>\n")

# one NBSP the way Word writes it
SPR = "<span lang=EN-US style='mso-spacerun:yes'>&nbsp;</span>"


def cut(name: str, start: int, stop: int) -> str:
    """Characters ``start``..``stop`` of a placeholder's value, as indexed format fields."""
    return "".join(f"{{{name}[{i}]}}" for i in range(start, stop))


def en(text: str) -> str:
    """A Word run in the Latin font."""
    return f"<span lang=EN-US>{text}</span>"


def _metas(title: str, col: str, org: str, date: str) -> str:
    return (f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
            f"<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
            f"<meta name=\"SiteIDCode\" content=\"{CODE}\">\n"
            f"<meta name=\"ColumnName\" content=\"{col}\">\n"
            f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
            f"<meta name=\"PubDate\" content=\"{date}\">\n"
            f"<meta name=\"ContentSource\" content=\"{org}\">\n")


def ps(*paras: str, indent: bool = True) -> str:
    style = " style=\"text-indent:2em;\"" if indent else ""
    return "\n".join(f"<p{style}>{p}</p>" for p in paras)


def wps(*paras: str) -> str:
    """Paragraphs pasted from Word."""
    return "\n".join(
        "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>"
        f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{p}<o:p></o:p></span></p>"
        for p in paras)


def table(header: list[str], rows: list[list[str]], cls: str = "gs-table") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (f"<table class=\"{cls}\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
            "cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody></table>")


def portal(title: str, col: str, org: str, date: str, content: str) -> str:
    """An article on the county portal (TRS)."""
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + _metas(title, col, org, date) + f"<title>{title}_{SITE}</title>\n" + CSS_PORTAL
            + "</head>\n<body>\n" + NAV
            + f"<div class=\"position\">当前位置：<a href=\"/\">首页</a> &gt; "
              f"<a href=\"/zwgk/\">政务公开</a> &gt; {col}</div>\n"
            + f"<div class=\"article\">\n<h1>{title}</h1>\n"
              f"<div class=\"info\">发布时间：{date}　来源：{org}　【字体："
              "<a href=\"javascript:doZoom(18)\">大</a> <a href=\"javascript:doZoom(16)\">中</a> "
              "<a href=\"javascript:doZoom(14)\">小</a>】</div>\n"
            + "<div class=\"TRS_Editor\" id=\"zoom\">\n" + content + "\n</div>\n"
            + "<div class=\"share\">分享到：<a class=\"wx\">微信</a> <a class=\"wb\">微博</a></div>\n"
            + "</div>\n" + FOOT + "</body>\n</html>\n")


def xxgk(title: str, org: str, date: str, index: str, docno: str, content: str) -> str:
    """A detail page of the 政府信息公开 platform, with its 索引号 table."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            + _metas(title, "法定主动公开内容", org, date)
            + f"<title>{title}</title>\n<link rel=\"stylesheet\" href=\"/xxgk/css/xxgk.css\">\n"
            + "</head>\n<body>\n<div class=\"xxgk-top\">石滩县政府信息公开</div>\n"
            + "<table class=\"xxgk-info\" width=\"100%\">\n"
              f"<tr><td class=\"t\">索 引 号：</td><td>{index}</td>"
              f"<td class=\"t\">发布机构：</td><td>{org}</td></tr>\n"
              f"<tr><td class=\"t\">文　　号：</td><td>{docno}</td>"
              f"<td class=\"t\">生成日期：</td><td>{date}</td></tr>\n"
              f"<tr><td class=\"t\">名　　称：</td><td colspan=\"3\">{title}</td></tr>\n"
              "<tr><td class=\"t\">主 题 词：</td><td colspan=\"3\"></td></tr>\n</table>\n"
            + f"<div class=\"xxgk-title\">{title}</div>\n"
            + "<div class=\"xxgk-content\" id=\"zoom\">\n" + content + "\n</div>\n"
            + FOOT + "</body>\n</html>\n")


def trs(title: str, col: str, org: str, date: str, content: str) -> str:
    """A TRS page whose text carries its own style block and Custom_UnionStyle div."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" "
            "content=\"text/html; charset=utf-8\">\n" + _metas(title, col, org, date)
            + f"<title>{title}</title>\n</head>\n<body>\n" + NAV
            + f"<div class=\"main\"><div class=\"title\">{title}</div>\n"
              f"<div class=\"property\"><span>日期：{date}</span><span>来源：{org}</span></div>\n"
            + "<div class=\"content\"><div class=\"TRS_Editor\"><style type=\"text/css\">\n"
              ".TRS_Editor P{{margin-top:5px;margin-bottom:5px;line-height:1.8;"
              "font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-size:12pt;}}</style>"
              "<div class=\"Custom_UnionStyle\">\n" + content + "\n</div></div></div></div>\n"
            + FOOT + "</body>\n</html>\n")


def hanweb(title: str, col: str, org: str, date: str, content: str) -> str:
    """A CMS page whose fields are wrapped in <!--<$[字段]>begin/end--> markers."""
    return ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
            "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
            "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
            + _metas(title, col, org, date) + f"<title>{title}</title>\n</head>\n<body>\n"
            + NAV + "<div class=\"bt-box\">\n"
              f"<div class=\"bt-title\"><!--<$[标题名称(html)]>begin-->{title}"
              "<!--<$[标题名称(html)]>end--></div>\n"
              f"<div class=\"bt-data\">发布日期：<!--<$[发布日期]>begin-->{date}"
              "<!--<$[发布日期]>end-->　信息来源：<!--<$[信息来源]>begin-->"
              f"{org}<!--<$[信息来源]>end--></div>\n"
              "<div class=\"bt-content\" id=\"zoom\"><!--<$[信息内容]>begin-->\n"
            + content + "\n<!--<$[信息内容]>end--></div>\n</div>\n" + FOOT
            + "<script type=\"text/javascript\" src=\"/script/0/1809121212345.js\"></script>\n"
            + "</body>\n</html>\n")


def brcms(title: str, org: str, date: str, lines: list[str]) -> str:
    """An old CMS whose text is <br>-separated lines indented with NBSPs."""
    text = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + line for line in lines)
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset=utf-8\">\n<title>{title}</title>\n</head>\n<body>\n"
            f"<div class=\"wzbt\">{title}</div>\n"
            f"<div class=\"wzxx\">作者：{org}　发布时间：{date}</div>\n"
            f"<div class=\"wznr\"><font size=\"3\">{text}</font></div>\n" + FOOT
            + "</body>\n</html>\n")


def gbk(title: str, col: str, org: str, date: str, content: str) -> str:
    """The old table-layout site of the county, served as GB2312 (encoded as GBK)."""
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset=gb2312\">\n<title>{title}--石滩县政府网</title>\n"
            "<link href=\"/css/style.css\" rel=\"stylesheet\" type=\"text/css\">\n</head>\n"
            "<body leftmargin=\"0\" topmargin=\"0\">\n"
            "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
            "<tr><td height=\"120\" background=\"/images/top.jpg\">&nbsp;</td></tr>\n"
            f"<tr><td class=\"dh\">您现在的位置：<a href=\"/\">首页</a> &gt;&gt; {col}</td></tr>\n"
            "<tr><td><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n"
            f"<tr><td align=\"center\" class=\"bt\"><b>{title}</b></td></tr>\n"
            f"<tr><td align=\"center\" class=\"rq\">发布日期：{date}&nbsp;&nbsp;来源：{org}"
            "&nbsp;&nbsp;点击数：<script src=\"/count.asp?id=3307\"></script></td></tr>\n"
            f"<tr><td class=\"nr\">\n{content}\n</td></tr>\n</table></td></tr>\n"
            "<tr><td class=\"bq\" align=\"center\">版权所有：石滩县人民政府　地址：石滩县石滩镇"
            "府前路1号　电话：0795-3512345<br>赣ICP备05012345号</td></tr>\n"
            "</table>\n</body>\n</html>\n")


def town(name: str, title: str, date: str, content: str) -> str:
    """A 乡镇 sub-site of the portal."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            + _metas(title, "公告公示", f"{name}人民政府", date)
            + f"<title>{title}-{name}人民政府</title>\n</head>\n<body>\n"
            + f"<div class=\"town-head\">石滩县{name}人民政府</div>\n"
            + f"<div class=\"con\"><div class=\"con_title\">{title}</div>\n"
              f"<div class=\"con_time\">发布时间：{date}　来源：{name}</div>\n"
              "<div class=\"con_txt\">\n" + content + "\n</div></div>\n"
            + f"<div class=\"town-foot\">{name}人民政府 主办　电话：0795-3521000</div>\n"
            + FOOT + "</body>\n</html>\n")


def word(title: str, paras: list[str]) -> str:
    """A document saved from Word as a web page and published as it is."""
    body = "\n".join(
        "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:"
        f"exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{p}</span>"
        "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>" for p in paras)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com"
            ":office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Word.Document>\n"
            "<meta name=Generator content=\"Microsoft Word 15\">\n"
            f"<title>{title}</title>\n<!--[if gte mso 9]><xml><o:DocumentProperties>"
            "<o:Author>Administrator</o:Author><o:Pages>2</o:Pages></o:DocumentProperties>"
            "</xml><![endif]-->\n<style>\n<!--\np.MsoNormal{{mso-style-parent:\"\";margin:0cm;"
            "text-align:justify;font-size:10.5pt;font-family:等线;}}\n-->\n</style>\n</head>\n"
            "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
            "<div class=WordSection1 style='layout-grid:15.6pt'>\n"
            "<p class=MsoNormal align=center style='text-align:center'><b><span "
            f"style='font-size:22.0pt;font-family:方正小标宋简体'>{title}</span></b></p>\n"
            + body + "\n</div>\n</body>\n</html>\n")


def excel(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A sheet saved from Excel as a web page. A cell written ``#…`` is an x:num cell."""
    def cell(c: str) -> str:
        if c.startswith("#"):
            return f"<td class=xl66 align=right x:num>{c[1:]}</td>"
        return f"<td class=xl65 x:str>{c}</td>"
    n = len(header)
    head = "".join(f"<td class=xl68>{h}</td>" for h in header)
    body = "".join("<tr height=28 style='height:21.0pt'>" + "".join(cell(c) for c in row)
                   + "</tr>\n" for row in rows)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com"
            ":office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\">\n<meta name=ProgId content=Excel.Sheet>\n"
            "<meta name=Generator content=\"Microsoft Excel 15\">\n"
            f"<title>{title}</title>\n" "<style>\n<!--table\n\t{{mso-displayed-decimal-separator:"
            "\"\\.\";}}\n.xl65\n\t{{mso-style-parent:style0;mso-number-format:\"\\@\";"
            "border:.5pt solid windowtext;}}\n.xl66\n\t{{mso-style-parent:style0;"
            "mso-number-format:General;border:.5pt solid windowtext;}}\n.xl68\n\t{{font-weight:"
            "700;border:.5pt solid windowtext;}}\n-->\n</style>\n<!--[if gte mso 9]><xml>\n"
            " <x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>Sheet1</x:Name>"
            "</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook>\n</xml><![endif]-->\n"
            "</head>\n<body link=blue vlink=purple>\n<table border=0 cellpadding=0 cellspacing=0 "
            "width=960 style='border-collapse:collapse;table-layout:fixed;width:720pt'>\n"
            f"<tr height=40 style='height:30.0pt'><td colspan={n} height=40 class=xl67 "
            f"width=960 style='height:30.0pt;width:720pt'>{title}</td></tr>\n"
            f"<tr height=28 style='height:21.0pt'>{head}</tr>\n" + body
            + "<![if supportMisalignedColumns]><tr height=0 style='display:none'>"
            + "<td width=60></td>" * n + "</tr><![endif]>\n</table>\n</body>\n</html>\n")


def et(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A sheet exported as HTML by WPS 表格 (ET)."""
    head = "".join(f"<td class=\"et3\" x:str>{h}</td>" for h in header)
    body = "".join("<tr height=\"27\" style='height:20.25pt;'>"
                   + "".join(f"<td class=\"et2\" x:str>{c}</td>" for c in row) + "</tr>\n"
                   for row in rows)
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com"
            ":office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-type\" "
            "content=\"text/html;charset=utf-8\" />\n<meta name=\"ProgId\" content=\"Excel.Sheet\"/>\n"
            "<meta name=\"Generator\" content=\"WPS Office ET\"/>\n<style>\n<!-- @page\n\t"
            "{{margin:0.75in 0.71in 0.75in 0.71in;}}\n.et2\n\t{{color:#000000;font-size:11.0pt;"
            "font-family:宋体;mso-number-format:\"\\@\";text-align:center;border:.5pt solid "
            "#000000;}}\n.et3\n\t{{font-weight:700;font-size:12.0pt;border:.5pt solid #000000;}}\n"
            "-->\n</style>\n</head>\n<body link=\"blue\" vlink=\"purple\" class=\"et1\">\n"
            "<table width=\"1040\" border=\"0\" cellpadding=\"0\" cellspacing=\"0\" style='width:"
            "780pt;border-collapse:collapse;table-layout:fixed;'>\n"
            f"<tr height=\"40\" style='height:30pt;'><td class=\"et4\" colspan=\"{len(header)}\" "
            f"x:str>{title}</td></tr>\n<tr height=\"27\" style='height:20.25pt;'>{head}</tr>\n"
            + body + "</table>\n</body>\n</html>\n")


def credit(title: str, pairs: list[tuple[str, str]]) -> str:
    """A 信用枫江 双公示 detail page: one key/value table."""
    rows = "".join(f"<tr><th width=\"22%\">{k}</th><td>{v}</td></tr>\n" for k, v in pairs)
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
            f"<title>{title}-信用枫江</title>\n</head>\n<body>\n<div class=\"xy-head\">"
            "<img src=\"/static/img/logo-xyfj.png\" alt=\"信用枫江\"></div>\n"
            f"<div class=\"xy-detail\"><h3>{title}</h3>\n<table class=\"xy-table\">\n{rows}"
            "</table></div>\n<div class=\"xy-foot\">主办单位：枫江市发展和改革委员会　"
            "技术支持：枫江市信息中心　赣ICP备05054321号</div>\n</body>\n</html>\n")


def vue(title: str, content: str) -> str:
    """A page of the 江西政务服务网 county station, as the browser rendered it."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{title}</title>\n<link href=\"/static/css/app.3f2a1c.css\" rel=\"stylesheet\">"
            "\n</head>\n<body>\n<div id=\"app\"><div data-v-5c1e2a7b class=\"gsgg-detail\">\n"
            f"<h2 data-v-5c1e2a7b class=\"gsgg-title\">{title}</h2>\n"
            + content + "\n</div></div>\n<script src=\"/static/js/chunk-vendors.8b1d.js\"></script>"
            "\n<script src=\"/static/js/app.3f2a1c.js\"></script>\n</body>\n</html>\n")


APPEAL = ("如不服本处罚决定，可在收到本处罚决定书之日起六十日内向石滩县人民政府申请行政复议，也可以在"
          "六个月内依法向石滩县人民法院提起行政诉讼。")
PAYMENT = ("当事人应当自收到本处罚决定书之日起十五日内，持本决定书到石滩县农村商业银行各网点缴纳"
           "罚没款（收款单位：石滩县财政局非税收入汇缴结算户，账号：{OACCT1}）。逾期不缴纳罚款的，"
           "每日按罚款数额的百分之三加处罚款。")


PASSAGES: list[P] = [
    # --- penalty decisions ----------------------------------------------------------------
    P("h1801", portal(
        "石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕47号）", "行政处罚",
        "石滩县市场监督管理局", "2022-05-12",
        ps("<strong>石滩县市场监督管理局行政处罚决定书</strong>",
           "石市监处罚〔2022〕47号",
           "当事人：石滩县河口乡李记副食店",
           "主体类型：个体工商户",
           "统一社会信用代码：{USCC1}",
           "经营者：李建国，性别：男，公民身份号码：{ID1}",
           "住址：江西省石滩县河口乡港背村3组21号",
           "经营场所：江西省石滩县河口乡河口街56号",
           "联系电话：{MOB1}",
           "2022年3月15日，本局执法人员对当事人经营场所进行检查，发现当事人货架上摆放销售的"
           "“香辣豆干”（规格：108克/袋，生产日期：2022年1月8日，批号：20220108）共计17袋已超过"
           "保质期，货值金额共计186元，违法所得42元。",
           "以上事实有现场笔录、询问笔录、当事人身份证复印件、营业执照复印件等证据为证。",
           "当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据"
           "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：没收超过"
           "保质期的食品17袋，没收违法所得42元，并处罚款5000元。",
           PAYMENT, APPEAL,
           "投诉举报电话：12315",
           "石滩县市场监督管理局", "2022年5月10日")),
      title="石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕47号）", column="penalty",
      shape="市场监管 食品 个体: 经营者 ID, 住址 村 组 号, mobile; USCC, 经营场所, 罚没款 account, "
            "批号, 12315 not",
      ids=["ID1"], phones=["MOB1"], addrs=["江西省石滩县河口乡港背村3组21号"]),

    P("h1802", gbk(
        "石滩县公安局行政处罚决定书（石公（河）行罚决字〔2022〕0136号）", "政务公开 &gt;&gt; 行政处罚",
        "石滩县公安局", "2022-4-21",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;违法行为人：周某某，男，汉族，身份证种类及号码：居民身份证&nbsp;"
        "{IDX1}，户籍所在地：江西省石滩县凤岭镇，现住址：石滩县石滩镇沿河路88号2栋1单元302室，"
        "工作单位：无。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;现查明：2022年4月2日22时许，违法行为人周某某在石滩镇沿河路"
        "“兄弟烧烤”店内，因琐事与他人发生争执，用拳头殴打他人，致被侵害人面部软组织挫伤。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;以上事实有违法行为人的陈述和申辩、被侵害人陈述、证人证言、"
        "视听资料、伤情鉴定意见等证据证实。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，"
        "现决定对周某某处行政拘留五日并处罚款贰佰元（200元）。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;执行方式和期限：送石滩县拘留所执行，罚款于收到本决定书之日起"
        "十五日内缴纳。</p>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;如不服本决定，可以在收到本决定书之日起六十日内向石滩县人民政府"
        "申请行政复议或者在六个月内依法向石滩县人民法院提起行政诉讼。</p>\n"
        "<p align=\"right\">石滩县公安局<br>二〇二二年四月二十日</p>"),
      title="石滩县公安局行政处罚决定书（石公（河）行罚决字〔2022〕0136号）", column="penalty",
      enc="gbk",
      shape="公安 治安 on a GBK page: X ID after 身份证种类及号码, 现住址 号 栋 单元 室; "
            "户籍所在地 only the town",
      ids=["IDX1"], addrs=["石滩县石滩镇沿河路88号2栋1单元302室"]),

    P("h1803", xxgk(
        "石滩县交通运输局行政处罚决定书（石交罚〔2022〕第0058号）", "石滩县交通运输局",
        "2022-05-06", "11360999014512345P/2022-00105", "石交罚〔2022〕第0058号",
        ps("当事人：王某，性别：男，身份证号：{ID1_S}，住址：枫江市临江区滨湖路128号7栋2单元"
           "601室，联系电话：{MOB1_S}。",
           "车辆号牌：赣C3A5K7，车辆识别代号（车架号）：LZZ1CLVB5KA123456，道路运输证号："
           "赣交运管枫字360999012345号。",
           "2022年4月18日10时20分，当事人驾驶赣C3A5K7号重型半挂牵引车在G105线石滩超限检测站接受"
           "检测，车货总重63.50吨，超过限定标准14.50吨，构成擅自超限运输的违法行为。",
           "以上事实有《超限运输车辆检测单》（编号：JC20220418031）、现场照片、询问笔录等证据证实。",
           "依据《公路安全保护条例》第六十四条的规定，本机关决定对当事人作出罚款人民币伍仟元整"
           "（￥5000.00）的行政处罚。",
           "执法人员：邓小兵（执法证号：{CERT1}）、罗文（执法证号：{CERT2}）",
           PAYMENT, APPEAL)),
      title="石滩县交通运输局行政处罚决定书（石交罚〔2022〕第0058号）", column="penalty",
      shape="交通 超限 on the 信息公开 page: 6-8-4 spaced ID, 3-4-4 spaced mobile, 住址 路 号 栋 "
            "单元 室; 车架号, 道路运输证号, 检测单编号, 13-prefixed 执法证号 not",
      ids=["ID1"], phones=["MOB1"], addrs=["枫江市临江区滨湖路128号7栋2单元601室"]),

    P("h1804", word(
        "枫江市生态环境局行政处罚决定书",
        ["枫环罚字〔2022〕19号",
         "当事人：枫江市宏达石材有限公司",
         "统一社会信用代码：" + en("{USCC1}"),
         "住所：江西省石滩县凤岭镇工业园区纬二路8号",
         "法定代表人：黄志明，身份证号码：" + en(cut("IDX1", 0, 6)) + SPR
         + en(cut("IDX1", 6, 14)) + en(cut("IDX1", 14, 18)),
         "联系电话：" + en("0795-3689012"),
         "2022年3月9日，我局执法人员对你单位进行现场检查，发现你单位石材切割车间未建设废水"
         "沉淀处理设施，生产废水经厂区雨水沟直接排入凤岭河。",
         "你单位的上述行为违反了《中华人民共和国水污染防治法》第三十九条的规定。依据该法第八十三条"
         "第（三）项的规定，我局决定对你单位处以罚款人民币" + en("280000") + "元。",
         "限你单位自收到本决定书之日起十五日内将罚款缴至指定银行（开户行：中国建设银行枫江分行，"
         "账号：" + en("{OACCT1}") + "）。", APPEAL.replace("石滩县人民政府", "枫江市人民政府")
         .replace("石滩县人民法院", "枫江市临江区人民法院"),
         "枫江市生态环境局", "2022年4月28日"]),
      title="枫江市生态环境局行政处罚决定书", column="penalty",
      shape="生态 company as a Word-saved page: 法定代表人 X ID cut by an mso-spacerun NBSP over "
            "EN-US runs; company 住所, company landline, USCC, 罚没款 account not",
      ids=["IDX1"]),

    P("h1805", town(
        "下溪乡", "石滩县农业农村局行政处罚决定书（石农（渔）罚〔2022〕9号）", "2022-05-18",
        ps("违法行为人：钟某某，男，汉族，公民身份号码：{IDX1_FW}，家住下溪乡柘林村6组，"
           "联系电话：{MOB1_FW}。",
           "2022年4月30日晚，违法行为人钟某某在下溪乡柘林村河段使用电鱼器（型号：XD-2800）"
           "捕捞水产品，被石滩县农业综合行政执法大队当场查获，渔获物1.6公斤已放生。",
           "违法行为人的上述行为违反了《中华人民共和国渔业法》第三十条第一款的规定。依据"
           "《中华人民共和国渔业法》第三十八条第一款和《江西省实施〈中华人民共和国渔业法〉办法》"
           "第三十二条的规定，决定给予违法行为人如下行政处罚：1.没收电鱼器1台；2.罚款人民币500元。",
           APPEAL,
           "石滩县农业农村局　2022年5月16日")),
      title="石滩县农业农村局行政处罚决定书（石农（渔）罚〔2022〕9号）", column="penalty",
      shape="渔政 on a 乡镇 sub-site: full-width ID with Ｘ, full-width mobile, 家住 村 组",
      ids=["IDX1"], phones=["MOB1"], addrs=["下溪乡柘林村6组"]),

    P("h1806", hanweb(
        "石滩县城市管理局行政处罚决定书", "通知公告", "石滩县城市管理局", "2022-05-20",
        ps("<!--<$[发文字号]>begin-->石城管罚决字〔2022〕第031号<!--<$[发文字号]>end-->",
           "当事人：刘某某，女，住址：石滩县石滩镇解放路37巷5号附2号，身份证号码："
           "<!--<$[证件号码]>begin-->{IDX1_LOW}<!--<$[证件号码]>end-->。",
           "违法地点：石滩镇解放路37巷5号楼顶",
           "经查，当事人于2022年1月起在石滩镇解放路37巷5号楼顶未取得建设工程规划许可证擅自搭建"
           "钢架结构房屋一间，建筑面积约42.6平方米。",
           "当事人的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。依据该法第六十四条"
           "的规定，本局决定：责令当事人于本决定书送达之日起十日内自行拆除上述违法建筑。",
           APPEAL, "石滩县城市管理局", "2022年5月19日")),
      title="石滩县城市管理局行政处罚决定书", column=None,
      shape="城管 违建 outside the column, 行政处罚决定书 in the title, Hanweb markers around a "
            "lower-case x ID; 住址 巷 号附号; 违法地点 not",
      ids=["IDX1"], addrs=["石滩县石滩镇解放路37巷5号附2号"]),

    P("h1807", "石滩县文化广电新闻出版旅游局\n行政处罚决定书\n\n石文旅罚〔2022〕5号\n\n"
      "当事人：石滩县极速网吧（个体工商户）\n"
      "统一社会信用代码：{USCC1}\n"
      "经营者：彭某某　　性别：男\n"
      "身份证号码：{ID1_NL}\n"
      "住址：石滩县石滩镇府前路66号6幢2单元501室\n"
      "经营地址：石滩县石滩镇人民路112号二楼\n"
      "联系电话：{MOB1}\n"
      "网络文化经营许可证编号：赣网文〔2019〕0123-045号\n\n"
      "2022年4月9日21时30分，本局执法人员对当事人经营场所进行检查，发现当事人接纳3名未成年人"
      "进入营业场所上网，且未按规定核对、登记上网消费者的有效身份证件。\n"
      "当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条、第二十三条的规定。"
      "依据该条例第三十一条第（二）项的规定，本局决定给予当事人警告并处罚款人民币2000元。\n"
      "如不服本处罚决定，可在收到本处罚决定书之日起六十日内向石滩县人民政府申请行政复议，也可以"
      "在六个月内依法向石滩县人民法院提起行政诉讼。\n\n"
      "石滩县文化广电新闻出版旅游局\n2022年5月6日\n",
      kind="attachment", title="石滩县文化广电新闻出版旅游局行政处罚决定书（石文旅罚〔2022〕5号）",
      column="penalty",
      shape="文旅 网吧 attachment: ID over a line break, 住址 幢 单元 室, mobile; 经营地址, "
            "许可证编号 not",
      ids=["ID1"], phones=["MOB1"], addrs=["石滩县石滩镇府前路66号6幢2单元501室"]),

    P("h1808", gbk(
        "石滩县税务局税务行政处罚决定书（简易）", "政务公开 &gt;&gt; 行政处罚", "国家税务总局石滩县税务局",
        "2022-3-30",
        "<table width=\"90%\" align=\"center\" border=\"0\"><tr><td>\n"
        "<p>石税简罚〔2022〕112号</p>\n"
        "<p>被处罚人名称：石滩县凤岭镇小陈五金店（个体工商户）</p>\n"
        "<p>纳税人识别号：{USCCD1}</p>\n"
        "<p>负责人：陈某某　身份证件号码：{ID1_SPAN}</p>\n"
        "<p>负责人住址：石滩县凤岭镇建设路16号3幢402室</p>\n"
        "<p>经营地址：石滩县凤岭镇建设路20号</p>\n"
        "<p>你（单位）2021年10月1日至2021年12月31日增值税未按照规定期限办理纳税申报和报送纳税资料，"
        "违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。根据该法第六十二条的规定，"
        "决定处以罚款200元。</p>\n"
        "<p>请于收到本决定书之日起15日内到国家税务总局石滩县税务局第一税务分局缴纳罚款。纳税服务"
        "热线：12366</p>\n</td></tr></table>"),
      title="石滩县税务局税务行政处罚决定书（简易）", column="penalty", enc="gbk",
      shape="税务 个体 on a GBK page: 负责人 ID in three spans, 负责人住址 号 幢 室; all-digit "
            "纳税人识别号, 经营地址, 12366 not",
      ids=["ID1"], addrs=["石滩县凤岭镇建设路16号3幢402室"]),

    P("h1809", hanweb(
        "石滩县应急管理局行政处罚决定书（石应急罚〔2022〕7号）", "行政执法公示", "石滩县应急管理局",
        "2022-04-27",
        ps("当事人：钟某，性别：男，出生年月：1979年10月，身份证号：<!--<$[证件号码]>-->{ID1}，"
           "住所：石滩县杨梅镇杨梅村委会新屋组12号，联系电话：{LAND1}。",
           "2022年4月6日，我局会同杨梅镇人民政府对当事人住所进行检查，发现当事人在其住宅一楼"
           "储存烟花爆竹（“鞭炮”5000响规格）42箱，未取得《烟花爆竹经营（零售）许可证》。",
           "当事人的行为违反了《烟花爆竹安全管理条例》第三条第二款的规定，依据该条例第三十六条"
           "第一款的规定，我局决定：没收非法储存的烟花爆竹42箱，并处罚款人民币1万元。",
           PAYMENT, APPEAL)),
      title="石滩县应急管理局行政处罚决定书（石应急罚〔2022〕7号）", column="penalty",
      shape="应急 烟花 on the Hanweb CMS: marker comment before the ID, 住所 of a person "
            "(性别, 出生年月), the party's 0795 landline",
      ids=["ID1"], phones=["LAND1"], addrs=["石滩县杨梅镇杨梅村委会新屋组12号"]),

    P("h1810", xxgk(
        "石滩县自然资源局行政处罚决定书（石自然资罚〔2022〕14号）", "石滩县自然资源局",
        "2022-05-09", "11360999014512388K/2022-00212", "石自然资罚〔2022〕14号",
        ps("当事人一：张某甲，男，1962年出生，公民身份号码：{ID1}，住址：石滩县樟坊乡樟坊村委会"
           "下屋组8号。",
           "当事人二：张某乙，男，1966年出生，公民身份号码：{IDF1}，住址：石滩县樟坊乡樟坊村委会"
           "下屋组10号。",
           "经查，2021年11月，当事人未经批准，擅自占用樟坊乡樟坊村委会下屋组集体土地356.8平方米"
           "（宗地编号：360999104205GB00123）建设住宅。经核实，所占土地为一般耕地，不符合乡镇土地"
           "利用总体规划。",
           "依据《中华人民共和国土地管理法》第七十八条的规定，本局决定：责令当事人退还非法占用的"
           "土地，限期拆除在非法占用的土地上新建的建筑物和其他设施。",
           APPEAL)),
      title="石滩县自然资源局行政处罚决定书（石自然资罚〔2022〕14号）", column="penalty",
      shape="自然资源 two parties: an 18- and a 15-digit ID under 公民身份号码, two 村委会 组 号 "
            "addresses; 宗地编号, 索引号 not",
      ids=["ID1", "IDF1"],
      addrs=["石滩县樟坊乡樟坊村委会下屋组8号", "石滩县樟坊乡樟坊村委会下屋组10号"]),

    P("h1811", portal(
        "石滩县卫生健康委员会行政处罚决定书（石卫医罚〔2022〕3号）", "行政处罚",
        "石滩县卫生健康委员会", "2022-05-05",
        ps("违法行为人：谢某某，女，1970年出生，身份证号：{ID1_NB}，住址：石滩县石滩镇东门社区"
           "滨河花园8栋301室，电话：{MOB1_D}。",
           "2022年3月22日，我委卫生监督员赖某（监督员证号：{CERT1}）、钟某在石滩镇东门社区对违法"
           "行为人住处进行检查，发现其未取得《医疗机构执业许可证》擅自开展静脉输液等诊疗活动，"
           "现场查获药品“头孢曲松钠”（批准文号：国药准字H36020123）等12个品种。",
           "违法行为人的上述行为违反了《中华人民共和国基本医疗卫生与健康促进法》第三十八条第一款"
           "的规定，依据该法第九十九条第一款的规定，决定给予以下行政处罚：没收违法所得1260元、"
           "药品器械，并处罚款人民币5万元。",
           PAYMENT, APPEAL)),
      title="石滩县卫生健康委员会行政处罚决定书（石卫医罚〔2022〕3号）", column="penalty",
      shape="卫健 无证行医: U+3000-spaced ID, dashed mobile, 社区 栋 室; 13-prefixed 监督员证号, "
            "批准文号 not",
      ids=["ID1"], phones=["MOB1"], addrs=["石滩县石滩镇东门社区滨河花园8栋301室"]),

    P("h1812", gbk(
        "石滩县林业局林业行政处罚决定书", "政务公开 &gt;&gt; 行政执法", "石滩县林业局", "2022-3-18",
        "<p>石林罚书字〔2022〕第006号</p>\n"
        "<p>当事人：黄某某，男，汉族，初中文化，身份证号码：{ID1_FONT}，现住石滩县樟坊乡茶山村"
        "2组。</p>\n"
        "<p>经查明：2021年12月，当事人未申请林木采伐许可证，在樟坊乡茶山村“大坑里”山场（林班号："
        "023-016）擅自采伐杉木，经鉴定，滥伐林木蓄积6.37立方米。</p>\n"
        "<p>依据《中华人民共和国森林法》第七十六条第二款的规定，本局决定：责令当事人在原地或者"
        "异地补种滥伐株数三倍的树木计312株，并处滥伐林木价值四倍的罚款人民币7896元。</p>\n"
        "<p>" + APPEAL + "</p>\n<p align=\"right\">石滩县林业局<br>2022年3月16日</p>"),
      title="石滩县林业局林业行政处罚决定书", column="penalty", enc="gbk",
      shape="林业 滥伐 on a GBK page: ID in font/b, 现住 村 组 glued to the label; 林班号 not",
      ids=["ID1"], addrs=["石滩县樟坊乡茶山村2组"]),

    P("h1813", brcms(
        "石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕52号）", "石滩县市场监督管理局",
        "2022-05-24",
        ["石市监处罚〔2022〕52号",
         "当事人：石滩县百姓大药房连锁有限公司",
         "统一社会信用代码：{USCC1}",
         "住所：江西省石滩县石滩镇人民路45号",
         "法定代表人：吴某",
         "2022年2月，当事人在其经营的门店内销售“医用外科口罩”，标价每包（10只）19.8元，"
         "经查其购进价格为每包3.2元，购销差价率超过规定标准。",
         "上述行为违反了《中华人民共和国价格法》第十四条第（八）项的规定，依据《价格违法行为行政处罚"
         "规定》第十四条的规定，本局决定：罚款人民币35000元。",
         "执法人员：曾某（执法证号：{CERT1}）、温某（执法证号：{CERT2}）",
         PAYMENT, APPEAL,
         "价格举报电话：12315　政务服务便民热线：12345",
         "石滩县市场监督管理局　2022年5月23日"]),
      title="石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕52号）", column="penalty",
      shape="市场监管 价格 company on the <br> CMS: USCC, 住所, 执法证号, 罚没款 account, 12315, "
            "12345: nothing"),

    P("h1814", portal(
        "石滩县人力资源和社会保障局劳动保障监察行政处罚决定书", "行政处罚",
        "石滩县人力资源和社会保障局", "2022-04-15",
        ps("石人社监罚字〔2022〕2号",
           "被处罚人：邹某某，男，1975年3月出生，公民身份号码：{ID1_CMT}，家庭住址：石滩县河口乡"
           "洲上村委会上洲组31号，手机号码：{MOB1_CMT}。",
           "经查，被处罚人承包石滩县河口乡集镇安置房项目劳务作业，拖欠23名农民工工资共计"
           "人民币386400元，经本局责令限期支付后逾期仍未支付。",
           "依据《保障农民工工资支付条例》第五十七条的规定，本局决定对被处罚人处以罚款人民币"
           "2万元。",
           APPEAL)),
      title="石滩县人力资源和社会保障局劳动保障监察行政处罚决定书", column="penalty",
      shape="人社 劳动保障监察 on the portal: ID and mobile split by HTML comments, 家庭住址 "
            "村委会 组 号",
      ids=["ID1"], phones=["MOB1"], addrs=["石滩县河口乡洲上村委会上洲组31号"]),

    P("h1815", trs(
        "石滩县消防救援大队行政处罚决定书（石消行罚决字〔2022〕0021号）", "行政处罚",
        "石滩县消防救援大队", "2022-05-13",
        ps("当事人：叶某某，性别：女，公民身份号码：{IDX1}，户籍地：江西省石滩县凤岭镇罗坊村7组，"
           "现住：枫江市临江区滨湖路9号锦绣华庭B座1502室，联系电话：{MOB1}。",
           "2022年4月26日，我大队对石滩镇人民路“叶记小吃”（经营者叶某某）进行消防监督检查，发现"
           "该场所人员密集场所疏散通道堆放杂物，安全出口上锁。",
           "依据《中华人民共和国消防法》第六十条第一款第（三）项的规定，决定给予当事人罚款人民币"
           "5000元的处罚。", APPEAL,
           "石滩县消防救援大队　2022年5月11日")),
      title="石滩县消防救援大队行政处罚决定书（石消行罚决字〔2022〕0021号）", column="penalty",
      shape="消防 on the TRS page (style block inside the text): X ID, 户籍地 村 组 and 现住 "
            "座 室, both labelled; mobile",
      ids=["IDX1"], phones=["MOB1"],
      addrs=["江西省石滩县凤岭镇罗坊村7组", "枫江市临江区滨湖路9号锦绣华庭B座1502室"]),

    P("h1816", portal(
        "石滩县烟草专卖局行政处罚决定书（石烟专罚〔2022〕第11号）", "行政处罚", "石滩县烟草专卖局",
        "2022-04-08",
        ps("当事人：石滩县杨梅镇阿芳便利店（个体工商户）",
           "烟草专卖零售许可证号：360999201012",
           "经营者：罗某某，性别：女，身份证号码：{ID1_HALF}",
           "住址：石滩县杨梅镇圩镇新街18号",
           "经营地址：石滩县杨梅镇圩镇新街20号",
           "2022年3月17日，本局专卖管理人员在当事人经营场所查获无烟草专卖品准运证运输的“芙蓉王"
           "（硬）”等卷烟5个品种共计36条，案值人民币8460元。",
           "依据《中华人民共和国烟草专卖法实施条例》第五十六条的规定，本局决定：没收违法运输的卷烟"
           "36条，并处罚款人民币1000元。",
           "烟草专卖举报电话：12313", APPEAL)),
      title="石滩县烟草专卖局行政处罚决定书（石烟专罚〔2022〕第11号）", column="penalty",
      shape="烟草 个体: half full-width ID, 住址 新街 号; 12-digit 许可证号, 经营地址, 12313 not",
      ids=["ID1"], addrs=["石滩县杨梅镇圩镇新街18号"]),

    P("h1817", xxgk(
        "石滩县住房和城乡建设局行政处罚决定书（石建罚字〔2022〕6号）", "石滩县住房和城乡建设局",
        "2022-05-17", "11360999014512396B/2022-00088", "石建罚字〔2022〕6号",
        ps("当事人：枫江市鼎盛建设工程有限公司",
           "统一社会信用代码：{USCC1}",
           "住所：枫江市临江区建设北路268号",
           "法定代表人：彭某某",
           "项目经理：曾某某，身份证号码：{ID1}，注册建造师注册编号：赣236099912345",
           "经查，当事人承建的石滩县城东安置小区二期工程（施工许可证编号：360999202203150104）在"
           "项目经理未到岗履职的情况下组织施工，违反了《建设工程质量管理条例》第二十六条的规定。",
           "依据《建设工程质量管理条例》第六十四条的规定，本局决定对当事人处以罚款人民币"
           "126500元。",
           PAYMENT, APPEAL)),
      title="石滩县住房和城乡建设局行政处罚决定书（石建罚字〔2022〕6号）", column="penalty",
      shape="住建 company with a 项目经理: the manager's ID labelled; company 住所, USCC, "
            "18-digit 施工许可证编号 that passes the ID check (编号 label), 注册编号 not",
      ids=["ID1"]),

    P("h1818", portal(
        "石滩县水利局行政处罚决定书（石水罚〔2022〕4号）", "行政处罚", "石滩县水利局", "2022-04-29",
        ps("当事人：温某某，男，公民身份号码：{ID1_ZW}，住址：石滩县下溪乡沙洲村委会河背组8号。",
           "2022年4月11日，我局执法人员在下溪乡沙洲河段巡查时，发现当事人驾驶采砂船（船号："
           "赣石滩采0012）在禁采区内采砂，现场查获河砂约35立方米。",
           "依据《江西省河道采砂管理条例》第三十七条的规定，本局决定：没收违法所得1750元，并处罚款"
           "人民币3万元。", PAYMENT, APPEAL)),
      title="石滩县水利局行政处罚决定书（石水罚〔2022〕4号）", column="penalty",
      shape="水利 采砂: zero-width space inside the ID, 住址 村委会 组 号; 船号 not",
      ids=["ID1"], addrs=["石滩县下溪乡沙洲村委会河背组8号"]),

    P("h1819", xxgk(
        "石滩县医疗保障局行政处罚决定书（石医保罚〔2022〕2号）", "石滩县医疗保障局", "2022-05-26",
        "11360999MB1A23456C/2022-00031", "石医保罚〔2022〕2号",
        ps("当事人：付某某，女，社会保障号码：{ID1}，社会保障卡银行账号：{CARD1}，"
           "住址：石滩县凤岭镇罗坊村委会老屋组15号。",
           "经查，当事人于2021年6月至2021年11月期间，使用其本人社会保障卡在石滩县某药店以"
           "“串换药品”方式骗取医疗保障基金支出共计3268.50元。",
           "依据《医疗保障基金使用监督管理条例》第四十一条的规定，本局决定：责令当事人退回骗取的"
           "医疗保障基金3268.50元（缴入石滩县医疗保障基金财政专户，账号：{OACCT1}），并处骗取"
           "金额2倍的罚款6537元。", APPEAL)),
      title="石滩县医疗保障局行政处罚决定书（石医保罚〔2022〕2号）", column="penalty",
      shape="医保 骗保: 社会保障号码 = ID, the party's 社保卡 card, 住址 村委会 组 号; 基金专户 "
            "account not",
      ids=["ID1"], banks=["CARD1"], addrs=["石滩县凤岭镇罗坊村委会老屋组15号"]),

    P("h1820", portal(
        "石滩县市场监督管理局关于送达行政处罚决定书的公告", "行政处罚", "石滩县市场监督管理局",
        "2022-05-30",
        ps("赵某某（身份证号：{ID1_M}，住址：石滩县石滩镇****，联系电话：{MOB1_M}）：",
           "本局依法对你无照经营一案作出石市监处罚〔2022〕39号《行政处罚决定书》，因无法直接送达，"
           "现依照《市场监督管理行政处罚程序规定》第八十二条的规定公告送达。自公告之日起经过三十日，"
           "即视为送达。", "特此公告。", "联系人：刘某　联系电话：0795-3526123",
           "石滩县市场监督管理局　2022年5月30日")),
      title="石滩县市场监督管理局关于送达行政处罚决定书的公告", column="penalty",
      shape="送达公告 all masked (ID, 住址 ****, mobile) and an office landline: nothing"),

    P("h1821", portal(
        "石滩县统计局行政处罚决定书（石统罚决字〔2022〕1号）", "行政处罚", "石滩县统计局",
        "2022-03-25",
        ps("当事人：石滩县凤岭镇旺旺农家乐（个体工商户），经营者：廖某，身份证号码：{ID1_MX}，"
           "经营场所：石滩县凤岭镇罗坊村委会圩上组26号。",
           "经查，当事人未按照国家统计调查制度的规定报送2021年第四季度统计资料，违反了《中华人民"
           "共和国统计法》第七条的规定。依据该法第四十二条的规定，本局决定对当事人给予警告。",
           "统计执法检查人员：钟某（统计执法证号：{CERT1}）",
           "咨询电话：0795-3528086　政务服务便民热线：12345", APPEAL)),
      title="石滩县统计局行政处罚决定书（石统罚决字〔2022〕1号）", column="penalty",
      shape="统计 个体: X-masked ID, only a 经营场所 (村委会 组 号), 统计执法证号, hotlines: nothing"),

    P("h1822", "石滩县公安局\n行政处罚决定书\n石公（石）行罚决字〔2022〕0207号\n\n"
      "违法行为人基本情况：\n"
      "违法行为人\t性别\t身份证号码\t住址\n"
      "曾某某\t男\t{ID1}\t石滩县石滩镇沿河路12号\n"
      "邱某\t男\t{IDX1}\t石滩县凤岭镇罗坊村5组7号\n"
      "叶某某\t女\t{ID2_FW}\t枫江市临江区胜利路3号1单元201室\n\n"
      "现查明：2022年5月1日凌晨，上述违法行为人在石滩镇沿河路某出租屋内以“斗牛”方式赌博，"
      "赌资共计人民币3600元，被我局民警当场查获。\n"
      "根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定对曾某某、邱某、叶某某分别处"
      "行政拘留五日，并处罚款伍佰元。\n"
      "如不服本决定，可以在收到本决定书之日起六十日内向石滩县人民政府申请行政复议或者在六个月内"
      "依法向石滩县人民法院提起行政诉讼。\n\n石滩县公安局\n二〇二二年五月三日\n",
      kind="attachment", title="石滩县公安局行政处罚决定书（石公（石）行罚决字〔2022〕0207号）",
      column="penalty",
      shape="治安 赌博 attachment: a tab table of three 违法行为人 with a 住址 column (one "
            "full-width ID), each row's address labelled",
      ids=["ID1", "IDX1", "ID2"],
      addrs=["石滩县石滩镇沿河路12号", "石滩县凤岭镇罗坊村5组7号", "枫江市临江区胜利路3号1单元201室"]),

    P("h1823", excel(
        "石滩县农业农村局2022年第一季度行政处罚案件信息公开表",
        ["序号", "当事人姓名（名称）", "证件号码", "住址（住所）", "违法行为", "处罚决定"],
        [["#1", "钟某某", "{ID1}", "石滩县下溪乡柘林村6组3号", "使用电鱼方法捕捞", "罚款500元"],
         ["#2", "石滩县绿源农资有限公司", "{USCC1}", "石滩县石滩镇工业大道18号", "经营假农药",
          "没收违法所得，罚款10000元"],
         ["#3", "赖某", "{IDX1}", "石滩县杨梅镇杨梅村委会***", "未按规定报告动物疫情", "警告"],
         ["#4", "温某某", "{ID2}", "石滩县凤岭镇新街78号附1号", "销售未经检疫的猪肉",
          "没收，罚款3000元"]]),
      title="石滩县农业农村局2022年第一季度行政处罚案件信息公开表", column="penalty",
      shape="农业 处罚案件 公开表 as an Excel sheet in the column: 当事人 + 住址 header, two "
            "persons' addresses; a company row (USCC, 住所) and a masked address not",
      ids=["ID1", "IDX1", "ID2"],
      addrs=["石滩县下溪乡柘林村6组3号", "石滩县凤岭镇新街78号附1号"]),

    P("h1824", town(
        "樟坊乡", "石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕61号）", "2022-06-02",
        ps("当事人：石滩县樟坊乡绿茗茶叶专业合作社",
           "统一社会信用代码：{USCC1}",
           "住所：石滩县樟坊乡茶山村委会茶场组",
           "法定代表人（理事长）：黄某某，身份证号码：{ID1}，家庭住址：石滩县樟坊乡茶山村委会茶场组"
           "22号，联系电话：{MOB1}。",
           "2022年4月，当事人在其生产销售的“樟坊云雾”绿茶包装上标注“有机产品”字样，但未取得有机"
           "产品认证证书。",
           "依据《有机产品认证管理办法》第五十条的规定，本局决定：责令改正，并处罚款人民币"
           "1万元。", APPEAL)),
      title="石滩县市场监督管理局行政处罚决定书（石市监处罚〔2022〕61号）", column="penalty",
      shape="合作社 on a 乡镇 sub-site: the 合作社's 住所 not; 理事长's ID, 家庭住址 村委会 组 号 "
            "and mobile labelled",
      ids=["ID1"], phones=["MOB1"], addrs=["石滩县樟坊乡茶山村委会茶场组22号"]),

    P("h1825", word(
        "石滩县生态环境保护综合执法大队行政处罚决定书",
        ["石环罚〔2022〕8号",
         "当事人：江西宇恒再生资源有限公司",
         "统一社会信用代码：" + en("{USCCD1}"),
         "住所：江西省枫江市石滩县杨梅镇工业园区经三路" + en("16") + "号",
         "法定代表人：万某",
         "经查，你公司废塑料破碎清洗项目未办理环境影响评价审批手续，于" + en("2021") + "年"
         + en("10") + "月擅自投入生产，违反了《中华人民共和国环境影响评价法》第二十五条的规定。",
         "依据该法第三十一条第一款的规定，本机关决定：责令你公司停止建设，处以罚款人民币"
         + en("156000") + "元。",
         "执法人员：李某（执法证号：" + en("{CERT1}") + "）",
         "请于收到本决定书之日起十五日内缴至石滩县财政局罚没收入专户（账号：" + en("{OACCT1}")
         + "）。环保举报热线：" + en("12369"),
         APPEAL, "石滩县生态环境保护综合执法大队", "2022年5月31日"]),
      title="石滩县生态环境保护综合执法大队行政处罚决定书", column="penalty",
      shape="环保 company as a Word-saved page: all-digit USCC, 住所 路 号, 执法证号, 罚没款 "
            "account, 12369: nothing"),

    P("h1826", portal(
        "石滩县交通运输局行政处罚决定书（石交罚〔2022〕第0071号）", "行政处罚", "石滩县交通运输局",
        "2022-06-01",
        ps("当事人：肖某某，男，身份证号：{ID1_M}，住址：江西省石滩县凤岭镇，联系电话：{MOB1_M}。",
           "2022年5月8日，当事人驾驶赣C7M2Q1号小型普通客车未取得网络预约出租汽车运输证，通过网络"
           "平台（订单号：{ORDER1}）从事网约车经营活动。",
           "依据《网络预约出租汽车经营服务管理暂行办法》第三十四条的规定，本局决定对当事人处以"
           "罚款人民币3000元。", APPEAL)),
      title="石滩县交通运输局行政处罚决定书（石交罚〔2022〕第0071号）", column="penalty",
      shape="交通 网约车: masked ID and mobile, 住址 stops at the town, Luhn-valid 订单号: nothing"),

    # --- lists and notices ----------------------------------------------------------------
    P("h1827", excel(
        "石滩县凤岭镇2022年5月城乡低保对象公示",
        ["序号", "户主姓名", "身份证号码", "保障人数", "月保障金（元）", "家庭住址", "联系电话"],
        [["#1", "罗某某", "{ID1}", "#3", "#1260", "凤岭镇罗坊村委会上屋组9号", "{MOB1}"],
         ["#2", "廖某", "{IDX1}", "#1", "#510", "凤岭镇新街41号", "{MOB2}"],
         ["#3", "黄某某", "#3.60999E+17", "#2", "#880", "凤岭镇罗坊村委会下屋组3号", "#{MOB3}"],
         ["#4", "钟某", "{ID2_M}", "#2", "#880", "凤岭镇建设路7号", ""]]),
      title="石滩县凤岭镇2022年5月城乡低保对象公示", column=None,
      shape="低保 as an Excel sheet outside the penalty column: text IDs, a scientific-notation "
            "ID and a masked ID not, mobiles (one x:num); 家庭住址 out of scope",
      ids=["ID1", "IDX1"], phones=["MOB1", "MOB2", "MOB3"]),

    P("h1828", portal(
        "石滩县民政局2022年4月临时救助对象公示", "公示公告", "石滩县民政局", "2022-05-07",
        ps("根据《江西省临时救助办法》，经个人申请、乡镇审核、县民政局审批，现将2022年4月临时救助"
           "对象公示如下：")
        + "\n" + table(
            ["序号", "姓名", "身份证号码", "联系电话", "救助金额（元）", "救助类别"],
            [["1", "罗某某", "{ID1}", "{MOB1}", "3000", "因病"],
             ["2", "李某", "{IDX1_BR}", "{MOB2_S}", "1500", "因灾"],
             ["3", "陈某某", "{ID2_M}", "{MOB3_M}", "1000", "因残"],
             ["4", "刘某", "{ID3}", "代领人刘某某<br>{MOB4}", "2000", "支出型"]])
        + "\n" + ps("公示期：2022年5月7日至5月13日。监督电话：0795-3523310，12345。")),
      title="石滩县民政局2022年4月临时救助对象公示", column=None,
      shape="临时救助 table on the portal: a <br> inside an ID, a spaced mobile, a 代领人 mobile "
            "after a <br> in its cell, a masked row",
      ids=["ID1", "IDX1", "ID3"], phones=["MOB1", "MOB2", "MOB4"]),

    P("h1829", et(
        "石滩县河口乡2022年耕地地力保护补贴发放清册",
        ["序号", "户主姓名", "身份证号码", "补贴面积（亩）", "补贴金额（元）", "开户银行", "一卡通账号"],
        [["1", "袁某某", "{ID1}", "3.52", "369.60", "石滩县农村商业银行", "{CARDL1}"],
         ["2", "袁某", "{IDX1}", "2.10", "220.50", "石滩县农村商业银行", "{ACCT1}"],
         ["3", "郭某某", "{ID2_FW}", "4.38", "459.90", "中国邮政储蓄银行", "{CARD1_S}"],
         ["合计", "", "", "10.00", "1050.00", "", ""]]),
      title="石滩县河口乡2022年耕地地力保护补贴发放清册", column=None,
      shape="耕地地力 WPS ET sheet: IDs (one full-width), a 19-digit card, a 17-digit account "
            "that is not a card, a 4-4-4-4 spaced card",
      ids=["ID1", "IDX1", "ID2"], banks=["CARDL1", "ACCT1", "CARD1"]),

    P("h1830", xxgk(
        "石滩县人民法院失信被执行人名单（2022年第二批）", "石滩县人民法院", "2022-05-16",
        "11360999014512400D/2022-00019", "",
        ps("根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将第二批失信被执行人名单"
           "公布如下：")
        + "\n" + table(
            ["被执行人", "身份证号码", "执行案号", "执行依据", "住址", "未履行金额（元）"],
            [["邓某某", "{ID1}", "（2021）赣0999执1234号", "（2021）赣0999民初876号",
              "石滩县石滩镇府前路12号", "86400"],
             ["胡某", "{ID2_NB}", "（2022）赣0999执156号", "（2021）赣0999民初1102号",
              "石滩县杨梅镇杨梅村委会新屋组5号", "23150"]])
        + "\n" + ps("举报电话：0795-3530123")),
      title="石滩县人民法院失信被执行人名单（2022年第二批）", column=None,
      shape="失信被执行人 table on the 信息公开 page: a plain and a U+3000-spaced ID; 执行案号; "
            "住址 column out of scope",
      ids=["ID1", "ID2"]),

    P("h1831", portal(
        "石滩县2022年第一批公共租赁住房保障资格审核结果公示", "公示公告", "石滩县住房保障服务中心",
        "2022-04-22",
        table(["序号", "申请人", "身份证号码", "家庭人口", "联系电话", "现住址"],
              [["1", "朱某某", "{ID1_M}", "3", "{MOB1_M}", "石滩镇滨江路**号"],
               ["2", "曾某", "{ID2_MX}", "1", "{MOB2_M}", "石滩镇人民路***"],
               ["3", "叶某某", "{IDX1_M}", "2", "{MOB3_M}", "凤岭镇****"]])
        + "\n" + ps("公示期7天。如有异议，请向石滩县住房保障服务中心反映，电话：0795-3516608。")),
      title="石滩县2022年第一批公共租赁住房保障资格审核结果公示", column=None,
      shape="公租房 申请人 table, every ID (one X-masked), mobile and address masked: nothing"),

    P("h1832", town(
        "杨梅镇", "杨梅镇2022年生态护林员选聘结果公示", "2022-03-11",
        ps("经个人申请、村委会推荐、镇政府审核，拟聘用以下人员为2022年度生态护林员：")
        + "\n" + table(
            ["序号", "姓名", "身份证号码<br>联系电话", "所在村", "管护面积（亩）"],
            [["1", "钟某某", "{ID1}<br>{MOB1}", "杨梅村", "1200"],
             ["2", "刘某", "{IDX1}<br>{MOB2}", "高坑村", "980"],
             ["3", "廖某某", "{ID2}<br>{MOB3_86}", "石门村", "1050"]])
        + "\n" + ps("公示时间：2022年3月11日至3月17日，监督电话：0795-3541012。")),
      title="杨梅镇2022年生态护林员选聘结果公示", column=None,
      shape="护林员 on a 乡镇 sub-site: ID and mobile in one cell over <br> (one +86)",
      ids=["ID1", "IDX1", "ID2"], phones=["MOB1", "MOB2", "MOB3"]),

    P("h1833", gbk(
        "石滩县民政局关于2022年第二季度80周岁以上高龄津贴发放对象的公示", "公示公告", "石滩县民政局",
        "2022-4-6",
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" bordercolor=\"#999999\">\n"
        "<tr><td>序号</td><td>姓名</td><td>身份证号码</td><td>年龄</td><td>代领人</td>"
        "<td>代领人电话</td><td>发放卡号</td></tr>\n"
        "<tr><td>1</td><td>黄某某</td><td>{ID1_FW}</td><td>86</td><td>黄某</td>"
        "<td>{LAND1_P}</td><td>{CARD1_M}</td></tr>\n"
        "<tr><td>2</td><td>罗某</td><td>{ID2_FW}</td><td>91</td><td>罗某某</td>"
        "<td>{MOB1}</td><td>{CARD2_M}</td></tr>\n"
        "<tr><td>3</td><td>张某某</td><td>{ID3_M}</td><td>82</td><td>&nbsp;</td>"
        "<td>&nbsp;</td><td>{CARD3_M}</td></tr>\n</table>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;监督电话：0795-3523310</p>"),
      title="石滩县民政局关于2022年第二季度80周岁以上高龄津贴发放对象的公示", column=None,
      enc="gbk",
      shape="高龄津贴 on a GBK page: full-width IDs, a 代领人 landline as (0795)…, a 代领人 mobile; "
            "masked cards and ID not",
      ids=["ID1", "ID2"], phones=["LAND1", "MOB1"]),

    P("h1834", excel(
        "石滩县2022年种粮大户补贴面积公示表",
        ["序号", "乡镇", "户主", "身份证号", "种植面积（亩）", "补贴金额（元）", "联系电话"],
        [["#1", "河口乡", "袁某某", "#3.60999E+17", "#152.6", "#15260", "{MOB1_M}"],
         ["#2", "下溪乡", "钟某", "#3.60999E+17", "#86.3", "#8630", "{MOB2_M}"],
         ["#3", "凤岭镇", "罗某某", "#3.60999E+17", "#103", "#10300", "{MOB3_M}"]]),
      title="石滩县2022年种粮大户补贴面积公示表", column=None,
      shape="种粮大户 Excel sheet: every ID shown in scientific notation, masked mobiles: nothing"),

    P("h1835", portal(
        "石滩县2022年春季学期普通高中国家助学金受助学生名单公示", "公示公告", "石滩县教育体育局",
        "2022-04-19",
        table(["序号", "学生姓名", "身份证号", "全国学籍号", "家长姓名", "家长联系电话", "资助金额"],
              [["1", "罗某", "{ID1_D}", "G{ID1}", "罗某某", "{MOB1_86}", "1000"],
               ["2", "胡某某", "{ID2}", "G{ID2}", "胡某", "{MOB2}", "1000"],
               ["3", "钟某", "{ID3_M}", "G{ID3}", "钟某某", "{MOB3_M}", "1000"]])
        + "\n" + ps("公示期5个工作日，监督电话：0795-3519876。")),
      title="石滩县2022年春季学期普通高中国家助学金受助学生名单公示", column=None,
      shape="助学金: dashed ID, 学籍号 = G + ID (a letter in front: not, also for the masked "
            "row), +86 and plain 家长 mobiles",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    P("h1836", portal(
        "石滩县残疾人联合会2022年5月困难残疾人生活补贴和重度残疾人护理补贴发放名单", "公示公告",
        "石滩县残疾人联合会", "2022-05-25",
        table(["序号", "姓名", "身份证号码", "残疾人证号", "补贴类别", "社会保障卡号", "金额（元）"],
              [["1", "钟某某", "{ID1}", "{ID1}62", "生活补贴", "{CARD1}", "80"],
               ["2", "廖某", "—", "{IDX1}41", "护理补贴", "{CARD2}", "100"],
               ["3", "陈某", "{ID2_M}", "{ID2_M}11", "两项补贴", "{CARD3_M}", "180"]])),
      title="石滩县残疾人联合会2022年5月困难残疾人生活补贴和重度残疾人护理补贴发放名单",
      column=None,
      shape="残联: 残疾人证号 = ID + 2 digits (not, even when the ID is not in the ID column), "
            "社保卡 cards, a masked row",
      ids=["ID1"], banks=["CARD1", "CARD2"]),

    P("h1837", "石滩县2022年第一季度经济困难老年人养老服务补贴发放名单\n\n"
      "序号\t姓名\t性别\t身份证号码\t补贴金额（元）\t银行卡号\n"
      "1\t胡某某\t女\t{ID1}\t150\t{CARD1}\n"
      "2\t邓某\t男\t{IDX1}\t150\t{CARDL1}\n"
      "3\t刘某某\t女\t{ID2}\t300\t{CARD2_S}\n"
      "4\t曾某\t男\t{ID3_M}\t150\t{CARD3_M}\n"
      "合计\t\t\t\t750\t\n\n石滩县民政局\n2022年4月8日\n",
      kind="attachment", title="石滩县2022年第一季度经济困难老年人养老服务补贴发放名单",
      column=None,
      shape="养老服务补贴 attachment: a tab table with IDs, 16- and 19-digit cards, a spaced card, "
            "a masked row",
      ids=["ID1", "IDX1", "ID2"], banks=["CARD1", "CARDL1", "CARD2"]),

    P("h1838", portal(
        "石滩县市场监督管理局关于注销个体工商户营业执照的公告", "公示公告",
        "石滩县市场监督管理局", "2022-05-11",
        ps("下列个体工商户已连续两年未报送年度报告且无法联系，本局依法注销其营业执照：")
        + "\n" + table(["序号", "字号名称", "经营者", "注册号", "经营场所"],
                       [["1", "石滩县石滩镇小宇服装店", "宇某", "{IDF1}", "石滩镇人民路88号"],
                        ["2", "石滩县杨梅镇老杨修车铺", "杨某某", "{IDF2}", "杨梅镇圩镇新街3号"],
                        ["3", "石滩县河口乡阿兰美发店", "兰某", "{USCCD1}", "河口乡河口街19号"]])
        + "\n" + ps("咨询电话：0795-3526123")),
      title="石滩县市场监督管理局关于注销个体工商户营业执照的公告", column=None,
      shape="个体户 注销 公告: 15-digit numbers under 注册号 (pass the 15-digit ID test), an "
            "all-digit USCC, 经营场所: nothing"),

    P("h1839", portal(
        "关于市民反映石滩镇滨江路夜间施工噪音问题的回复", "12345热线", "石滩县城市管理局",
        "2022-05-19",
        ps("工单编号：{ORDER1}",
           "来电人：陈女士，来电号码：{MOB1_M}",
           "来电内容：市民反映石滩镇滨江路58号附近工地每天晚上22点后仍在施工，噪音扰民，请求处理。",
           "办理情况：接件后，我局执法人员于2022年5月17日22时30分到达现场，责令施工单位立即停止"
           "夜间施工，并对其负责人进行了约谈。",
           "承办单位：石滩县城市管理局　联系电话：0795-3532080",
           "如对办理结果不满意，可再次拨打12345政务服务便民热线反映。")),
      title="关于市民反映石滩镇滨江路夜间施工噪音问题的回复", column=None,
      shape="12345 reply: Luhn-valid 19-digit 工单编号, masked caller, office landline, 12345: "
            "nothing"),

    P("h1840", portal(
        "石滩县非税收入缴款指南", "办事指南", "石滩县财政局", "2022-03-02",
        ps("一、缴款方式：缴款人可持《江西省非税收入一般缴款书》到代理银行柜台缴款，也可通过“赣服通”"
           "扫码缴款。",
           "二、收款账户",
           "户名：石滩县财政局非税收入汇缴结算户　开户行：石滩县农村商业银行营业部　账号：{OACCT1}",
           "户名：国家金库石滩县支库　账号：{ACCTS1}",
           "三、缴款后请保存缴款流水号（如：{ORDER1}），以便查询。",
           "咨询电话：0795-3511206　纳税服务热线：12366")),
      title="石滩县非税收入缴款指南", column=None,
      shape="非税 缴款 指南: the 非税 account (19 digits), a 12-digit 国库 account, a Luhn-valid "
            "缴款流水号, office numbers: nothing"),

    P("h1841", xxgk(
        "石滩县2022年事业单位公开招聘工作人员拟聘用人员公示", "石滩县人力资源和社会保障局",
        "2022-06-06", "11360999014512345P/2022-00131", "",
        table(["序号", "姓名", "性别", "准考证号", "身份证号码", "报考单位", "职位代码", "总成绩"],
              [["1", "叶某", "女", "2022360999012", "{ID1_M}", "石滩县人民医院", "360999001",
                "78.56"],
               ["2", "黄某某", "男", "2022360999027", "{ID2_M}", "石滩县疾病预防控制中心",
                "360999004", "75.32"],
               ["3", "邹某某", "女", "2022360999103", "{IDX1_MX}", "石滩县凤岭镇农业综合服务中心",
                "360999011", "73.80"]])
        + "\n" + ps("公示期7个工作日，监督电话：0795-3517720，0795-3512345。")),
      title="石滩县2022年事业单位公开招聘工作人员拟聘用人员公示", column=None,
      shape="拟聘用 公示 on the 信息公开 page: 准考证号, 职位代码, masked and X-masked IDs: "
            "nothing"),

    P("h1842", town(
        "凤岭镇", "凤岭镇罗坊村2022年4月村务公开（道路硬化劳务费发放明细）", "2022-05-03",
        ps("根据村民代表大会决议，现将罗坊村通组道路硬化工程劳务费发放情况公开如下：")
        + "\n" + table(
            ["序号", "收款人", "身份证号", "联系电话", "收款账号", "金额（元）"],
            [["1", "罗某某", "{ID1}", "{MOB1}", "{CARD1_S}", "2400"],
             ["2", "罗某", "{ID2_M}", "{MOB2_M}", "{ACCT1}", "1800"],
             ["3", "钟某某", "{ID3_M}", "{MOB3_M}", "{CARD2_M}", "1650"]])
        + "\n" + ps("村务监督委员会：0795-3521088")),
      title="凤岭镇罗坊村2022年4月村务公开（道路硬化劳务费发放明细）", column=None,
      shape="村务公开 劳务费 on a 乡镇 sub-site: spaced card, a 17-digit 收款账号 next to a masked "
            "ID, masked rows",
      ids=["ID1"], phones=["MOB1"], banks=["CARD1", "ACCT1"]),

    P("h1843", credit(
        "石滩县石滩镇好再来小吃店食品经营许可",
        [("行政相对人名称", "石滩县石滩镇好再来小吃店"),
         ("行政相对人类别", "个体工商户"),
         ("统一社会信用代码", "{USCC1}"),
         ("法定代表人（负责人）", "吴某某"),
         ("法定代表人证件类型", "身份证"),
         ("法定代表人证件号码", "{IDX1}"),
         ("行政许可决定文书号", "JY23609990012345"),
         ("许可内容", "预包装食品（含冷藏冷冻食品）销售；热食类食品制售"),
         ("许可决定日期", "2022/05/09"), ("有效期至", "2027/05/08"),
         ("许可机关", "石滩县市场监督管理局"),
         ("许可机关统一社会信用代码", "{USCC2}"), ("数据来源单位", "石滩县市场监督管理局")]),
      title="石滩县石滩镇好再来小吃店食品经营许可", column=None,
      shape="信用枫江 双公示 许可 detail: 负责人 证件号码 with X labelled; USCCs, 许可证编号 not",
      ids=["IDX1"]),

    P("h1844", portal(
        "石滩县城东片区棚户区改造项目房屋征收补偿情况公示（第三批）", "公示公告",
        "石滩县房屋征收与补偿中心", "2022-05-27",
        table(["序号", "被征收人", "身份证号码", "房屋坐落", "补偿金额（元）", "收款银行账号"],
              [["1", "万某某", "{ID1}", "石滩镇城东路23号", "486320", "{CARD1}"],
               ["2", "万某", "{ID2}", "石滩镇城东路25号", "398760", "{CARDL1}"],
               ["3", "石滩县城东粮站", "{USCC1}", "石滩镇城东路31号", "1206400", "转入单位对公账户"]])
        + "\n" + ps("咨询电话：0795-3538801")),
      title="石滩县城东片区棚户区改造项目房屋征收补偿情况公示（第三批）", column=None,
      shape="征收 补偿: persons' IDs and cards labelled; 房屋坐落 out of scope; a unit's USCC "
            "not",
      ids=["ID1", "ID2"], banks=["CARD1", "CARDL1"]),

    P("h1845", portal(
        "石滩县2022年行政执法人员名单公示", "行政执法公示", "石滩县司法局", "2022-02-28",
        table(["序号", "姓名", "所在单位", "执法证号", "执法类别", "执法区域"],
              [["1", "邓某某", "石滩县交通运输局", "{CERT1}", "交通运输", "石滩县"],
               ["2", "曾某", "石滩县市场监督管理局", "{CERT2}", "市场监管", "石滩县"],
               ["3", "李某某", "石滩县生态环境保护综合执法大队", "{CERT3}", "生态环境", "石滩县"],
               ["4", "钟某", "石滩县农业农村局", "{CERT4}", "农业", "石滩县"]])
        + "\n" + ps("监督电话：0795-3512148")),
      title="石滩县2022年行政执法人员名单公示", column=None,
      shape="执法人员名单: 11-digit 13-prefixed 执法证号 that look like mobiles: nothing"),

    P("h1846", portal(
        "石滩县城乡供水一体化工程（一期）中标结果公告", "政府采购", "石滩县公共资源交易中心",
        "2022-04-12",
        ps("一、项目编号：JXSTCG2022-0123",
           "二、项目名称：石滩县城乡供水一体化工程（一期）",
           "项目代码：2204-360999-04-01-123456",
           "三、中标信息",
           "供应商名称：江西赣源水利建设有限公司",
           "统一社会信用代码：{USCC1}",
           "供应商地址：江西省南昌市红谷滩区丰和中大道1166号",
           "中标金额：13580000.00元",
           "四、采购人：石滩县水利局，地址：石滩县石滩镇府前路18号，联系电话：0795-3520123",
           "采购代理机构：江西中诚招标咨询有限公司，联系电话：0791-86123456",
           "五、公告期限：自本公告发布之日起1个工作日。")),
      title="石滩县城乡供水一体化工程（一期）中标结果公告", column=None,
      shape="采购 中标 公告: 项目编号, dashed 项目代码, USCC, amounts, company and office "
            "addresses and landlines: nothing"),

    P("h1847", trs(
        "石滩县2022年第一季度脱贫人口小额信贷贴息资金发放公示", "乡村振兴", "石滩县乡村振兴局",
        "2022-04-20",
        ps("根据《石滩县脱贫人口小额信贷管理办法》，现将2022年第一季度贴息资金发放情况公示如下：")
        + "\n" + table(
            ["序号", "借款人", "身份证号码", "贷款银行", "借款人账号", "贷款金额（元）", "贴息（元）"],
            [["1", "胡某某", "{ID1}", "石滩县农村商业银行", "{ACCT1}", "50000", "543.75"],
             ["2", "邹某", "{ID2_HALF}", "中国邮政储蓄银行石滩县支行", "{ACCT2}", "30000",
              "326.25"]])
        + "\n" + ps("贴息资金已拨付至借款人账户。县财政局贴息专户：{OACCT1}。")),
      title="石滩县2022年第一季度脱贫人口小额信贷贴息资金发放公示", column=None,
      shape="小额信贷 贴息 on the TRS page: half full-width ID, 17-digit 借款人账号; the county's "
            "专户 not",
      ids=["ID1", "ID2"], banks=["ACCT1", "ACCT2"]),

    P("h1848", gbk(
        "樟坊乡2022年农村危房改造补助对象公示", "公示公告", "樟坊乡人民政府", "2022-3-9",
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;经农户申请、村评议、乡审核，拟确定以下农户为2022年农村危房改造"
        "补助对象，现予公示：</p>\n"
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\">\n"
        "<tr><td>户主</td><td>身份证号</td><td>联系电话</td><td>改造方式</td><td>补助资金</td>"
        "<td>一卡通号</td></tr>\n"
        "<tr><td>黄某某</td><td>{ID1_D}</td><td>{MOB1}</td><td>拆除重建</td><td>25000</td>"
        "<td>{CARD1}</td></tr>\n"
        "<tr><td>张某</td><td>{IDX1}</td><td>{MOB2_M}</td><td>修缮加固</td><td>12000</td>"
        "<td>{CARD2_M}</td></tr>\n</table>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;公示期7天，监督电话：0795-3551026</p>"),
      title="樟坊乡2022年农村危房改造补助对象公示", column=None, enc="gbk",
      shape="危房改造 on a GBK page: dashed ID, X ID, mobile, 一卡通 card; masked mobile and "
            "card not",
      ids=["ID1", "IDX1"], phones=["MOB1"], banks=["CARD1"]),

    P("h1849", gbk(
        "石滩县林业局2022年第一季度森林防火行政处罚案件汇总表", "政务公开 &gt;&gt; 行政处罚",
        "石滩县林业局", "2022-4-12",
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
        "<tr><td>序号</td><td>当事人</td><td>性别</td><td>身份证号</td><td>住址</td>"
        "<td>违法事实</td><td>处罚结果</td></tr>\n"
        "<tr><td>1</td><td>温某某</td><td>男</td><td>{ID1}</td><td>石滩县下溪乡柘林村3组15号</td>"
        "<td>野外祭祀烧纸</td><td>罚款200元</td></tr>\n"
        "<tr><td>2</td><td>刘某</td><td>男</td><td>{ID2_FW}</td>"
        "<td>石滩县樟坊乡茶山村委会下坑组6号</td><td>焚烧田埂杂草</td><td>罚款500元</td></tr>\n"
        "<tr><td>3</td><td>钟某某</td><td>女</td><td>{ID3_M}</td><td>石滩县杨梅镇****</td>"
        "<td>野外吸烟</td><td>警告</td></tr>\n</table>"),
      title="石滩县林业局2022年第一季度森林防火行政处罚案件汇总表", column="penalty", enc="gbk",
      shape="森林防火 汇总表 on a GBK page in the column: 当事人 + 住址 header, two addresses "
            "(村 组 号, 村委会 组 号), one full-width ID, a masked row",
      ids=["ID1", "ID2"],
      addrs=["石滩县下溪乡柘林村3组15号", "石滩县樟坊乡茶山村委会下坑组6号"]),

    P("h1850", portal(
        "石滩县2022年5月行政处罚信息双公示", "行政处罚", "石滩县发展和改革委员会", "2022-06-08",
        table(["行政相对人名称", "统一社会信用代码", "法定代表人", "证件号码", "处罚决定书文号",
               "处罚内容", "处罚决定日期"],
              [["石滩县恒通汽车修理厂", "{USCC1}", "胡某", "{ID1_M}", "石交罚〔2022〕第0062号",
                "罚款5000元", "2022/05/16"],
               ["江西绿野食品有限公司", "{USCCD1}", "邓某某", "{ID2_M}", "石市监处罚〔2022〕55号",
                "罚款20000元", "2022/05/20"],
               ["石滩县杨梅镇乐乐超市", "{USCC2}", "钟某", "{IDX1_M}", "石市监处罚〔2022〕57号",
                "警告", "2022/05/24"]])),
      title="石滩县2022年5月行政处罚信息双公示", column="penalty",
      shape="双公示 处罚 list in the column: USCCs (one all-digit), masked 法定代表人 IDs, "
            "文号: nothing"),

    P("h1851", "石滩县林业局\n林业行政处罚决定书\n石林罚书字〔2022〕第011号\n\n"
      "违法行为人：兰某某，男，汉族，1968年出生，\n"
      "公民身份号码：{IDX1_FW}，\n"
      "家住石滩县石滩镇东门社区6栋2单元102室，\n"
      "手机：{MOB1_S}。\n\n"
      "经查明：2022年2月至3月，违法行为人在未取得野生动物经营利用许可的情况下，从他人处收购"
      "“画眉”等“三有”保护野生鸟类23只，并在其家中饲养待售。\n"
      "依据《中华人民共和国野生动物保护法》第四十八条第二款的规定，本局决定：没收野生动物23只，"
      "并处野生动物价值三倍的罚款人民币6900元。\n"
      "如不服本处罚决定，可在收到本处罚决定书之日起六十日内向石滩县人民政府申请行政复议，也可以在"
      "六个月内依法向石滩县人民法院提起行政诉讼。\n\n石滩县林业局\n2022年4月22日\n",
      kind="attachment", title="石滩县林业局林业行政处罚决定书（石林罚书字〔2022〕第011号）",
      column="penalty",
      shape="林业 野生动物 attachment: full-width ID with Ｘ, spaced mobile, 家住 社区 栋 单元 室",
      ids=["IDX1"], phones=["MOB1"], addrs=["石滩县石滩镇东门社区6栋2单元102室"]),

    P("h1852", "石滩县石滩镇人民政府\n关于城乡最低生活保障审核审批结果的公告\n\n"
      "根据《江西省最低生活保障办法》，经本人申请、镇人民政府审核，现将审核结果公告如下：\n"
      "一、罗某某（身份证号码：{ID1_NL}），家庭人口3人，经核查家庭人均收入低于当地低保标准，"
      "同意纳入城市低保，月保障金1260元。联系电话：{MOB1}。\n"
      "二、陈某（身份证号码：{ID2}），家庭人口1人，因家庭财产状况不符合规定，不予纳入低保。\n"
      "三、朱某某（身份证号码：{ID3_M}），家庭人口2人，同意纳入农村低保。\n"
      "如对上述结果有异议，请于公告之日起7日内向石滩镇人民政府社会事务办反映，电话："
      "0795-3512610。\n\n石滩县石滩镇人民政府\n2022年5月9日\n",
      kind="attachment", title="关于城乡最低生活保障审核审批结果的公告", column=None,
      shape="低保 审核 公告 as a PDF-text attachment: an ID broken over a line, a plain ID, a "
            "mobile; masked ID, office landline not",
      ids=["ID1", "ID2"], phones=["MOB1"]),

    P("h1853", vue(
        "办件公示",
        "<table data-v-5c1e2a7b class=\"bj-table\"><thead data-v-5c1e2a7b><tr data-v-5c1e2a7b>"
        "<th data-v-5c1e2a7b>办件编号</th><th data-v-5c1e2a7b>事项名称</th>"
        "<th data-v-5c1e2a7b>申请人</th><th data-v-5c1e2a7b>受理时间</th>"
        "<th data-v-5c1e2a7b>办理状态</th></tr></thead><tbody data-v-5c1e2a7b>\n"
        "<tr data-v-5c1e2a7b><td data-v-5c1e2a7b>360999220512000123</td><td data-v-5c1e2a7b>"
        "城乡居民基本养老保险待遇申领</td><td data-v-5c1e2a7b>罗**</td><td data-v-5c1e2a7b>"
        "2022-05-12 09:31:06</td><td data-v-5c1e2a7b>已办结</td></tr>\n"
        "<tr data-v-5c1e2a7b><td data-v-5c1e2a7b>360999220512000131</td><td data-v-5c1e2a7b>"
        "个体工商户设立登记</td><td data-v-5c1e2a7b>石滩县石滩镇小宇服装店</td>"
        "<td data-v-5c1e2a7b>2022-05-12 10:02:45</td><td data-v-5c1e2a7b>已办结</td></tr>\n"
        "<tr data-v-5c1e2a7b><td data-v-5c1e2a7b>360999220513000007</td><td data-v-5c1e2a7b>"
        "不动产登记资料查询</td><td data-v-5c1e2a7b>钟*某</td><td data-v-5c1e2a7b>"
        "2022-05-13 08:45:12</td><td data-v-5c1e2a7b>受理中</td></tr>\n"
        "</tbody></table>\n<div data-v-5c1e2a7b class=\"tips\">咨询电话：0795-3510000　投诉电话：12345"
        "</div>"),
      title="办件公示", column=None,
      shape="办件公示 on the Vue page: 18-digit 办件编号 with the 36 province prefix and an "
            "impossible date, masked applicants: nothing"),

    P("h1854", hanweb(
        "石滩县公安局关于注销死亡人员户口的公告", "通知公告", "石滩县公安局", "2022-05-04",
        ps("根据《中华人民共和国户口登记条例》，经派出所调查核实，下列人员已死亡，其户口已予注销，"
           "现予公告：")
        + "\n" + table(["序号", "姓名", "性别", "公民身份号码", "户主", "户籍地址"],
                       [["1", "朱某某", "男", "{ID1}", "朱某", "石滩镇沿河路21号"],
                        ["2", "钟某", "女", "{IDF1}", "钟某某", "下溪乡柘林村4组"],
                        ["3", "黄某某", "男", "<!--<$[证件号码]>-->{IDX1_LOW}", "本人",
                         "樟坊乡茶山村2组11号"]])
        + "\n" + ps("如有异议，请于公告之日起十五日内向户籍所在地派出所反映。")),
      title="石滩县公安局关于注销死亡人员户口的公告", column=None,
      shape="注销户口 公告 on the Hanweb CMS: a 15-digit ID under 公民身份号码, a lower-case x "
            "after a marker comment; 户籍地址 out of scope",
      ids=["ID1", "IDF1", "IDX1"]),

    P("h1855", portal(
        "石滩县2022年农村留守儿童关爱救助金发放名单公示", "公示公告", "石滩县民政局", "2022-06-01",
        table(["序号", "儿童姓名", "监护人", "监护人身份证号", "监护人电话", "救助金发放卡号"],
              [["1", "刘某", "刘某某（祖父）", "{ID1}", "{MOB1}", "{CARD1}"],
               ["2", "彭某某", "彭某（父亲）", "{ID2_SPAN}", "{MOB2_FONT}", "{CARD2_M}"],
               ["3", "曾某", "曾某某（祖母）", "{ID3_M}", "{MOB3_M}", "{CARD3_M}"]])),
      title="石滩县2022年农村留守儿童关爱救助金发放名单公示", column=None,
      shape="留守儿童: 监护人 ID (one in spans), mobile in font/b, a card; masked row",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"], banks=["CARD1"]),

    P("h1856", portal(
        "石滩县城市管理局行政强制执行决定书（石城管强执〔2022〕3号）", "行政处罚",
        "石滩县城市管理局", "2022-05-23",
        ps("被执行人：胡某某，男，身份证号码：{ID1}，住址：石滩县石滩镇城南路56号。",
           "本局于2022年3月8日对你作出石城管罚决字〔2022〕第012号《行政处罚决定书》，责令你在10日内"
           "自行拆除位于石滩镇城南路56号院内的违法建筑。你在法定期限内未申请行政复议或提起行政诉讼，"
           "经催告后仍未履行。",
           "依据《中华人民共和国行政强制法》第四十四条的规定，本局决定于2022年5月30日对上述违法建筑"
           "实施强制拆除。", "城管服务热线：12319")),
      title="石滩县城市管理局行政强制执行决定书（石城管强执〔2022〕3号）", column="penalty",
      shape="城管 强制执行 in the penalty column: 被执行人 ID, 住址 路 号 (the 违建 location "
            "inside the text not), 12319",
      ids=["ID1"], addrs=["石滩县石滩镇城南路56号"]),

    P("h1857", xxgk(
        "石滩县人民政府办公室政府信息公开申请答复书", "石滩县人民政府办公室", "2022-04-25",
        "11360999014512345P/2022-00097", "石府办依申复〔2022〕15号",
        ps("邱某某：",
           "本机关于2022年4月6日收到你通过信函方式提交的政府信息公开申请（申请编号："
           "ST20220406003），你申请公开“石滩县城东片区棚户区改造项目征收补偿方案”。",
           "经审查，你申请公开的信息已于2022年3月15日在石滩县人民政府门户网站主动公开，获取方式："
           "http://www.shitan.gov.cn/zwgk/tzgg/202203/t20220315_1023456.html。",
           "你的身份证号：{ID1_M}，通讯地址：石滩县石滩镇城东路**号。",
           "如对本答复不服，可以在收到本答复之日起六十日内向枫江市人民政府申请行政复议，或者在六个月"
           "内向枫江市临江区人民法院提起行政诉讼。", "石滩县人民政府办公室",
           "2022年4月20日")),
      title="石滩县人民政府办公室政府信息公开申请答复书", column=None,
      shape="依申请公开 答复: 申请编号, a URL with a 7-digit page id, masked ID and 通讯地址: "
            "nothing"),
]
