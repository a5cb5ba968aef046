"""The twenty-third held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the benchmarks, tests/national/, the built passages.jsonl, tuning.py
or any passage file other than the first 175 lines of heldout20.py (for the format, its helpers
and this docstring's style), did not read anything under /work/main and did not look at git
history. It read passage.py, numbers_.py, build.py, the four rule pages docs/rules/privacy.
id-number.md, privacy.phone.md, privacy.bank-account.md and privacy.address.md ("What it
checks"), spec/rules.md, spec/privacy.md, the seed notices and the real pages in shared/real/
(for their markup: TRS/JCMS field comments such as ``<!--<$[信息内容]>begin-->``, the
``<p><strong>索引号</strong>`` 信息公开 header, national metas). Every passage was labelled by
hand from those definitions before any run; no detector was run at all.

Furniture: a fictional 岷阳县 under a fictional 洮川市 (甘肃, 区号 0932, plates 甘J), with the towns
岷阳镇 (the county seat), 梅川镇, 清水镇, 蒲麻镇, 麻家集镇, 石门乡 and 峡城乡; streets 北大街,
南关路, 和平路, 东城路, 康乐路, 新华巷; the county's office is on 北大街58号 (footer,
0932-3312345, site code 6211990027). Its looks: the county portal (TRS-like, national metas,
``<!--<$[标题]>begin-->`` / ``<!--<$[信息内容]>begin-->`` JCMS field comments around the title and
the content, a font-size script with doubled braces); the 信息公开 platform detail page (the
``<p><strong>索引号</strong>：`` block of two floated columns); a 信用洮川 双公示 page laid out as
``<li><span class="k">…</span><span class="v">…</span></li>`` pairs; an old GBK (gb2312-declared)
frame-table department site; Excel (``x:str``, ``mso-number-format``) and WPS ET (``class=et2``)
sheet exports; Word-saved HTML (MsoNormal, ``mso-spacerun``, ``<o:p>``); text attachments (PDF
text with a running 文号 header, ``— 1 —`` page folios and columns set in spaces; DOCX text with
tab tables; XLS text). Persons' landlines come out of the placeholders with 0795 (people living
outside the county); the offices' own numbers are written out with 0932 and never labelled.
Addresses are module constants used both in the body and in ``addrs``, so the labelled span is
exactly what the page writes (after the label and its colon, up to the next punctuation or the
end of the cell).

Shapes. Penalty decisions (address rule in scope): 市场监管 食品 个体 (经营者 ID, 住址 村 组 号,
mobile; 经营场所 not); 公安 治安 on the JCMS portal (ID split by comments, 现住址 路 巷 号 单元 室;
户籍地 at township level not); 交通 超限 on the 信息公开 page (ID with X, spaced mobile, 住址 ending
at a numbered 组; 道路运输证号, 执法证号 not); 生态 company (USCC, 住所, 法定代表人 name, 12369:
nothing); 自然资源 GBK (full-width ID, 家庭住址; 不动产单元号 not); PDF-text 林草 滥伐 with two
parties (ID over a hard line break; 采伐许可证编号 Luhn-valid not); Excel 公开表 headed 当事人 /
证件号码 / 住址 (person rows labelled; a company row's 住所 under 住址, a masked row, a row ending
at the 镇 not); 市场监管 company whose 法定代表人 carries ID and 手机 (labelled; 住所 not); 税务
个体 (full-width ID with X, 经营者 住址, a 0795 landline in the party's description; 经营地址
not); 城管 违建 outside the column but titled 处罚决定书 (zero-width space in the ID, 家住 with no
colon, full-width mobile; 违法地点 not); 送达公告 titled 《行政处罚决定书》 (原住址, ID in spans);
GBK 卫健 无证行医 (lower-case x, comment-split mobile, 住址 ending at 一组; 行医地点 not); Word-HTML
应急 (ID in font/b, +86 mobile, 现住 小区 号楼 单元 室); 农业 双公示 li page (no address; all-digit
USCC of the data source not); PDF-text 水利 采砂 (住址 at an un-numbered 村: not); 交警 简易程序
table (spaced 驾驶证号 = ID, masked row, Luhn-valid 决定书编号 not); 城管 占道 with a lawyer (the
law firm's 地址 not); all-masked decision; X-masked 烟草 decision; 市场监管 个体 with a 15-digit
ID after 公民身份号码 and a 15-digit 注册号 that is not; 卫健 key/value table (half full-width ID,
住址 with full-width digits labelled as written); 畜牧 (户籍地 at township not, 现住 in the city
labelled, (0795) landline); 商务 (ID over <br>, a person's 住所); 公安 two offenders (both IDs, both
addresses); 教育 无证办学 (号院); 应急 company with its 主要负责人's 家庭住址 (labelled) and ID;
DOCX 计量 tab table; 市场监管 个体 with the 罚没款 account of the 财政局 (not) and 住址 at the
镇 (not); a 行政处罚 结果 page written item by item (two persons' IDs and mobiles, one 住址);
不予行政处罚决定书 送达公告 (户籍地 with 组 号; masked ID); 运输 company (VIN, 执法证号: nothing);
PDF-text 交警 decision (15-digit ID after 身份证号, 地址 of a person); 市场监管 decision whose
contact is the office's 承办人 mobile (not) and the party a person with 地址. Pages outside the
address rule's scope: 听证告知书 in 通知公告 (ID and mobile yes, 住址 not in scope); 查封 决定书 of
a 行政强制 column (ID, mobile; address out of scope). Other pages: 低保 公示 (rowspan 村, spaced
ID, masked row, phone column); 耕地地力 补贴 (spaced card, 19-digit card, masked card); GBK 临时
救助 (full-width ID, 19-digit 一卡通账号 that fails Luhn under 账号); Excel 高龄补贴 名册 (17- and
12-digit 银行账号 under the column); XLS-text 护林员 (U+3000-spaced card); PDF-text 残疾人 补贴
(ID over a hard line break, card, masked card); 12345 reply (masked caller, then the same
mobile unmasked; Luhn-valid 工单编号 not); 招商 page (office contact's mobile: not); 采购 中标
(company account, USCC: nothing); 不动产 首次登记 (masked IDs, 不动产单元号); 执法人员 名单
(13-prefixed 执法证号 that look like mobiles); 创业担保 贴息 (借款人 ID, card; 合同编号 not); 征地
补偿 (户名 + 账号 of a person labelled, of a 合作社 not); DOCX 危房改造 名单 (full-width ID, +86
mobile, 19-digit card); 身份证 招领 news (ID labelled, no list); 志愿者 公示 (spaced mobile, mobile
with a zero-width space); Word-HTML 公益性岗位 花名册 (dashed ID, mobile, card); 医保 缴费 指南
(基金收入户); 法院 执行款专户 (masked IDs); 党员 公示 (nothing); 拟录用 公示 (准考证号, masked
IDs); 办件公示 (Luhn-valid 办件编号); 注销 公告 (all-digit USCC, 注册号); JCMS 补贴 公示 (ID in
spans, comment-split card); GBK 农机 补贴 公示 (full-width card); 林草 news with a 护林员's mobile
outside any list (not).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS and JS braces are doubled, and the helpers only
# insert titles, names, dates and addresses, never the number placeholders.

SITE = "岷阳县人民政府"
TEL = "0932-3312345"

FOOT = ("<div class=\"footer\">\n<div class=\"foot-links\"><a href=\"/gywm/\">关于我们</a> | "
        "<a href=\"/wzdt/\">网站地图</a> | <a href=\"/lxwm/\">联系我们</a></div>\n"
        "<p>主办单位：岷阳县人民政府办公室　运维单位：岷阳县融媒体中心</p>\n"
        "<p>地址：甘肃省洮川市岷阳县岷阳镇北大街58号　邮编：748499　联系电话：" + TEL + "</p>\n"
        "<p>网站标识码：6211990027　<a href=\"https://beian.miit.gov.cn/\">陇ICP备05001234号-1</a>　"
        "<img src=\"/images/beian.png\">甘公网安备 62119902000027号</p>\n"
        "<p><script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' "
        "%3E%3C/span%3E\"));</script></p>\n</div>\n")

NAV = ("<div class=\"header\"><div class=\"logo\"><img src=\"/images/2021/logo.png\" "
       "alt=\"岷阳县人民政府\"></div>\n<ul class=\"nav\"><li><a href=\"/\">首页</a></li>"
       "<li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li>"
       "<li><a href=\"/hygq/\">互动交流</a></li><li><a href=\"/zjmy/\">走进岷阳</a></li></ul></div>\n")

FONTJS = ("<script type=\"text/javascript\">function setFont(n){{var c=document.getElementById"
          "('Zoom');if(!c){{return;}}c.style.fontSize=n+'px';var ps=c.getElementsByTagName('p');"
          "for(var i=0;i<ps.length;i++){{ps[i].style.fontSize=n+'px';}}}}</script>\n")


def portal(title: str, column: str, date: str, source: str, content: str) -> str:
    """The county portal's article page (TRS-like, JCMS field comments)."""
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteDomain\" content=\"www.minyang.gov.cn\">\n"
        "<meta name=\"SiteIDCode\" content=\"6211990027\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date} 10:12\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n"
        f"<title>{title}-{SITE}</title>\n"
        "<link rel=\"stylesheet\" href=\"/css/2021/article.css\">\n"
        "<style type=\"text/css\">.con-box{{width:1100px;margin:0 auto;background:#fff}} "
        ".TRS_Editor p{{line-height:2;text-indent:2em;margin:0}} .TRS_Editor table td"
        "{{border:1px solid #666;padding:3px 5px}}</style>\n"
        + FONTJS + "</head>\n<body>\n<!--顶部-->\n" + NAV
        + f"<!--当前位置-->\n<div class=\"location\">您当前的位置：<a href=\"/\">首页</a>&nbsp;&gt;&nbsp;"
        f"<a href=\"/zwgk/\">政务公开</a>&nbsp;&gt;&nbsp;<span>{column}</span></div>\n"
        "<!--内容-->\n<div class=\"con-box\">\n"
        f"<p class=\"con-title\"><!--<$[标题]>begin-->{title}<!--<$[标题]>end--></p>\n"
        f"<div class=\"con-info\"><span>发布时间：<!--<$[发布日期]>begin-->{date}<!--<$[发布日期]>end--></span>"
        f"<span>信息来源：<!--<$[信息来源]>begin-->{source}<!--<$[信息来源]>end--></span>"
        "<span>【字体：<a href=\"javascript:setFont(18)\">大</a> <a href=\"javascript:setFont(16)\">中</a>"
        " <a href=\"javascript:setFont(14)\">小</a>】</span></div>\n"
        "<div class=\"TRS_Editor\" id=\"Zoom\">\n<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->"
        "<meta name=\"ContentStart\">\n" + content
        + "\n<meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->\n</div>\n"
        "<div class=\"con-print\"><a href=\"javascript:window.print()\">【打印本页】</a>"
        "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def xxgk(title: str, org: str, index: str, number: str, date: str, content: str,
         topic: str = "综合政务") -> str:
    """The 信息公开 platform's detail page with its floated 索引号 block."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteIDCode\" content=\"6211990027\">\n"
        "<meta name=\"ColumnName\" content=\"法定主动公开内容\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date}\">\n<title>{title}</title>\n"
        "<style>.top-l,.top-r{{float:left;width:50%}} .cf:after{{content:'';display:block;"
        "clear:both}}</style>\n</head>\n<body>\n" + NAV
        + "<!-- 导航 -->\n<div class=\"container content\">\n<div class=\"top cf\">\n"
        "<div class=\"top-l fl\">\n"
        f"<p><strong>索引号</strong>：{index}</p>\n"
        f"<p><strong>发布机构</strong>：{org}</p>\n"
        f"<p><strong>名称</strong>：{title}</p>\n"
        f"<p><strong>文号</strong>：{number}</p>\n"
        "<!--<p><strong>主题词</strong>：</p>-->\n</div>\n<div class=\"top-r fr\">\n"
        f"<p><strong>主题分类</strong>：{topic}</p>\n"
        f"<p><strong>发布日期</strong>：{date}</p>\n"
        "<!--<p><strong>有效期</strong>：</p>-->\n</div>\n</div>\n"
        f"<div class=\"detail-title\"><h2>{title}</h2></div>\n"
        "<div class=\"detail-content\" id=\"Zoom\">\n" + content + "\n</div>\n</div>\n"
        + FOOT + "</body>\n</html>\n")


def oldsite(title: str, dept: str, date: str, content: str) -> str:
    """An old frame-table department site declared gb2312 (stored as GBK)."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
        f"<title>{dept}--{title}</title>\n<link href=\"../css/style.css\" rel=\"stylesheet\" "
        "type=\"text/css\">\n</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"<tr><td background=\"../images/top_bg.jpg\" height=\"120\"><img src=\"../images/top.jpg\" "
        f"alt=\"{dept}\"></td></tr>\n"
        "<tr><td class=\"menu\">首 页 | 机构概况 | 政务公开 | 办事指南 | 通知公告 | 下载中心</td></tr>\n"
        "<tr><td><table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"8\">\n"
        f"<tr><td align=\"center\" class=\"title\"><strong>{title}</strong></td></tr>\n"
        f"<tr><td align=\"center\" class=\"date\">发布日期：{date}&nbsp;&nbsp;浏览次数：[412]</td></tr>\n"
        "<tr><td class=\"content\">\n" + content + "\n</td></tr>\n</table></td></tr>\n"
        f"<tr><td align=\"center\" class=\"copy\">版权所有：{dept}&nbsp;&nbsp;地址：岷阳县岷阳镇北大街58号"
        "&nbsp;&nbsp;电话：0932-3316021<br>技术支持：洮川市信息中心</td></tr>\n"
        "</table>\n</body>\n</html>\n")


def credit(title: str, pairs: list[tuple[str, str]]) -> str:
    """A 信用洮川 双公示 detail page laid out as label/value spans in a list."""
    items = "".join(f"<li><span class=\"k\">{k}：</span><span class=\"v\">{v}</span></li>\n"
                    for k, v in pairs)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}_信用洮川</title>\n"
        "<style>.gs-detail li{{list-style:none;border-bottom:1px dashed #ccc;padding:6px 0}} "
        ".gs-detail .k{{display:inline-block;width:220px;color:#666}}</style>\n</head>\n<body>\n"
        "<div class=\"xy-top\"><img src=\"/static/img/xylogo.png\">信用洮川"
        "<span class=\"rx\">信用修复咨询：0932-8210315</span></div>\n"
        "<div class=\"crumb\">首页 &gt; 双公示 &gt; 行政处罚</div>\n"
        f"<div class=\"gs-title\">{title}</div>\n<ul class=\"gs-detail\">\n{items}</ul>\n"
        "<div class=\"xy-foot\">洮川市社会信用体系建设领导小组办公室　主办：洮川市发展和改革委员会</div>\n"
        "</body>\n</html>\n")


def excel(title: str, rows: str, cols: int = 8) -> str:
    """A sheet saved from Excel as a web page."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content=\"Microsoft Excel 15\">\n"
        "<style>\n<!--table\n\t{{mso-displayed-decimal-separator:\"\\.\";}}\n"
        ".xl66\n\t{{mso-number-format:\"\\@\";border:.5pt solid windowtext;}}\n"
        ".xl67\n\t{{font-size:16.0pt;font-weight:700;text-align:center;}}\n-->\n</style>\n"
        f"<title>{title}</title>\n</head>\n<body link=\"#0563C1\" vlink=\"#954F72\">\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:collapse;"
        "table-layout:fixed;width:885pt'>\n"
        f" <tr height=36 style='height:27.0pt'>\n  <td colspan={cols} height=36 class=xl67 "
        f"style='height:27.0pt'>{title}</td>\n </tr>\n" + rows + "\n</table>\n</body>\n</html>\n")


def wps(title: str, rows: str) -> str:
    """A sheet exported from WPS 表格 (ET) as HTML."""
    return (
        "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
        "<meta name=\"ProgId\" content=\"Et.Document\">\n<meta name=\"Generator\" content=\"WPS Office ET\">\n"
        "<style>\n.et2{{font-size:11pt;mso-number-format:\"@\";border:.5pt solid #000000;}}\n"
        ".et3{{font-size:18pt;font-weight:700;}}\n</style>\n"
        f"<title>{title}</title>\n</head>\n<body>\n<table width=\"960\" border=\"0\" cellpadding=\"0\" "
        "cellspacing=\"0\" style=\"border-collapse:collapse\">\n" + rows + "\n</table>\n</body>\n</html>\n")


def word(title: str, content: str) -> str:
    """A document saved from Word as HTML (filtered)."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n"
        f"<title>{title}</title>\n"
        "<style>\n<!--\n p.MsoNormal, li.MsoNormal\n\t{{margin:0cm;"
        "text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:等线;}}\n"
        "@page WordSection1\n\t{{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}}\n"
        "div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n</head>\n"
        "<body lang=ZH-CN style='text-justify-trim:punctuation'>\n<div class=WordSection1>\n"
        + content + "\n</div>\n</body>\n</html>\n")


def wp(text: str, center: bool = False) -> str:
    """One Word paragraph."""
    align = " align=center style='text-align:center'" if center else \
        " style='text-indent:32.0pt;line-height:28.0pt'"
    return (f"<p class=MsoNormal{align}><span style='font-size:16.0pt;font-family:仿宋_GB2312'>"
            f"{text}<o:p></o:p></span></p>\n")


def pdf(header: str, pages: list[str]) -> str:
    """PDF text: a running header, the page text, a centred folio per page."""
    out = []
    for i, page in enumerate(pages, 1):
        out.append(f"{header}\n\n{page}\n\n                                — {i} —\n")
    return "\f".join(out)


def td(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>\n"


def xr(*cells: str) -> str:
    """An Excel row: text cells with x:str."""
    return (" <tr height=24 style='height:18.0pt'>\n"
            + "".join(f"  <td class=xl66 x:str>{c}</td>\n" for c in cells) + " </tr>\n")


def er(*cells: str) -> str:
    """A WPS ET row."""
    return ("<tr height=\"22\">" + "".join(f"<td class=\"et2\">{c}</td>" for c in cells)
            + "</tr>\n")


def p(text: str) -> str:
    return f"<p>{text}</p>\n"


def decision_tail(dept: str, date: str) -> str:
    return (p("如不服本处罚决定，可在收到本处罚决定书之日起六十日内向岷阳县人民政府申请行政复议，"
              "或者在六个月内依法向岷阳县人民法院提起行政诉讼。")
            + f"<p style=\"text-align:right\">{dept}</p>\n<p style=\"text-align:right\">{date}</p>\n")


# --- addresses (as the pages write them) --------------------------------------------------

A01 = "甘肃省岷阳县梅川镇上河村三组27号"
A02 = "岷阳县岷阳镇和平路东巷9号2单元301室"
A03 = "甘肃省岷阳县蒲麻镇蒲麻村五组"
A05 = "岷阳县石门乡石门村二组15号"
A06A = "岷阳县麻家集镇红崖村六组33号"
A06B = "洮川市安定区永定路西段17号4单元202室"
A07 = "岷阳县清水镇东街村一组9号"
A09 = "岷阳县岷阳镇东城路45号"
A10 = "岷阳镇新华巷17号"
A11 = "岷阳县梅川镇梅川村四组8号"
A12 = "甘肃省岷阳县峡城乡峡口村一组"
A13 = "岷阳县岷阳镇北大街旭日小区3号楼2单元502室"
A17 = "岷阳县岷阳镇南关路88号1幢3单元201室"
A21 = "岷阳县岷阳镇和平路２３号"
A22 = "洮川市安定区交通路9号院5幢2单元601室"
A23 = "岷阳县岷阳镇东城路18号"
A24A = "岷阳县清水镇清水村二组41号"
A24B = "岷阳县岷阳镇康乐路12号3单元102室"
A25 = "岷阳县岷阳镇北大街26号院"
A26 = "岷阳县梅川镇康乐村三组6号"
A28 = "岷阳县蒲麻镇蒲麻街55号"
A31 = "岷阳县麻家集镇马家村八组19号"
A32 = "岷阳县蒲麻镇蒲麻村七组21号"
A34 = "甘肃省岷阳县清水镇新街3号"
A35 = "岷阳县峡城乡峡城村二组7号"

MSJ = "岷阳县市场监督管理局"
GAJ = "岷阳县公安局"

PASSAGES = [
    P(id="h2301", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕41号）",
      shape="市场监管 食品 个体: 经营者 described by 性别/民族, 公民身份号码, 住址 村 组 号, 联系电话 mobile; "
            "经营场所 and 个体户 USCC not; 12315 not",
      body=portal("岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕41号）", "行政处罚", "2023-06-14", MSJ,
                  p("岷市监处罚〔2023〕41号")
                  + p("当事人：岷阳县梅川镇马记清真食品店（个体工商户）")
                  + p("统一社会信用代码：{USCC}")
                  + p("经营者：马某某，男，回族，1986年3月出生，公民身份号码：{ID}，住址：" + A01
                      + "，联系电话：{MOB}。")
                  + p("经营场所：岷阳县梅川镇梅川街112号。")
                  + p("2023年4月11日，本局执法人员对当事人经营场所进行检查，发现当事人销售的散装“手工粉条”"
                      "未标明生产日期、保质期，共计18.5千克，货值金额296元，违法所得37元。以上事实有现场检查笔录、"
                      "询问调查笔录、进货单据等证据证明。")
                  + p("当事人的上述行为违反了《中华人民共和国食品安全法》第六十八条的规定。依据该法第一百二十五条"
                      "第一款第（二）项，本局决定：1.没收违法所得37元；2.罚款人民币伍仟元整。")
                  + p("投诉举报电话：12315。")
                  + decision_tail(MSJ, "2023年6月12日")),
      ids=["ID"], phones=["MOB"], addrs=[A01]),

    P(id="h2302", column="penalty", title="岷阳县公安局行政处罚决定书（岷公（城）行罚决字〔2023〕0217号）",
      shape="公安 治安: ID split by CMS comments (<!-- --> and <!--号段-->), 现住址 路 巷 号 单元 室 labelled; "
            "户籍地 at township level not",
      body=portal("岷阳县公安局行政处罚决定书（岷公（城）行罚决字〔2023〕0217号）", "行政处罚", "2023-03-02", GAJ,
                  "<p style=\"text-align:center\"><strong>岷阳县公安局<br>行政处罚决定书</strong></p>\n"
                  + p("岷公（城）行罚决字〔2023〕0217号")
                  + p("违法行为人：王某某，男，1991年07月09日出生，汉族，身份证种类及号码：居民身份证"
                      "{ID_CMT}，户籍地：岷阳县清水镇，现住址：" + A02 + "，工作单位：无。")
                  + p("现查明2023年2月18日22时许，王某某在岷阳县岷阳镇和平路某烧烤店内因琐事与他人发生争执，"
                      "用拳头殴打他人面部，致其轻微伤。以上事实有王某某的陈述和申辩、被侵害人陈述、证人证言、"
                      "视听资料、鉴定意见等证据证实。")
                  + p("根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对王某某行政拘留七日，"
                      "并处罚款二百元。")
                  + p("执行方式和期限：送岷阳县拘留所执行。罚款于收到本决定书之日起十五日内缴纳。")
                  + decision_tail(GAJ, "2023年2月20日")),
      ids=["ID"], addrs=[A02]),

    P(id="h2303", column="penalty", title="岷阳县交通运输局行政处罚决定书（岷交罚〔2023〕第088号）",
      shape="交通 超限 on the 信息公开 page: ID with X, 3-4-4 spaced mobile, 住址 ending at a numbered 组; "
            "车牌号, 12-digit 道路运输证号, 13-prefixed 执法证号 not",
      body=xxgk("岷阳县交通运输局行政处罚决定书（岷交罚〔2023〕第088号）", "岷阳县交通运输局",
                "11621199MB1D23456K/2023-00088", "岷交罚〔2023〕第088号", "2023-08-21",
                p("当事人：赵某，性别：男，身份证号：{IDX}，联系电话：{MOB_S}，住址：" + A03 + "。")
                + p("车辆牌号：甘J·5A2K7（重型半挂牵引车），道路运输证号：621199012345。")
                + p("2023年7月30日9时，当事人驾驶甘J·5A2K7号货车在G212线岷阳超限检测站经检测，车货总重"
                    "58.76吨，超过限定标准9.76吨。执法人员：李某（执法证号：{CERT}）、孙某（执法证号：{CERT2}）。")
                + p("依据《公路安全保护条例》第六十四条，决定给予罚款人民币叁仟元整的行政处罚。")
                + p("罚款缴至岷阳县非税收入汇缴结算户，咨询电话：0932-3327110。")
                + decision_tail("岷阳县交通运输局", "2023年8月18日"), topic="交通运输"),
      ids=["IDX"], phones=["MOB"], addrs=[A03]),

    P(id="h2304", column="penalty", title="洮川市生态环境局岷阳分局行政处罚决定书（岷环罚〔2023〕9号）",
      shape="生态 company: USCC, 住所 with 路 号, 法定代表人 name only, company 联系电话 landline, 12369: nothing",
      body=portal("洮川市生态环境局岷阳分局行政处罚决定书（岷环罚〔2023〕9号）", "行政处罚", "2023-05-09",
                  "洮川市生态环境局岷阳分局",
                  p("当事人：岷阳县鑫源石材有限公司")
                  + p("统一社会信用代码：{USCC}")
                  + p("住所：岷阳县梅川镇工业园区纬二路6号")
                  + p("法定代表人：李某某　　联系电话：0932-3390712")
                  + p("我局于2023年3月16日对你公司进行调查，发现你公司石材切割车间未配套建设粉尘收集设施，"
                      "擅自投入生产。上述行为违反了《建设项目环境保护管理条例》第十九条第一款的规定。")
                  + p("依据该条例第二十三条第一款，我局决定对你公司处以罚款人民币贰拾万元整。")
                  + p("环保举报热线：12369。")
                  + decision_tail("洮川市生态环境局岷阳分局", "2023年5月6日"))),

    P(id="h2305", column="penalty", enc="gbk",
      title="岷阳县自然资源局行政处罚决定书（岷自然资罚〔2023〕14号）",
      shape="自然资源 on the old GBK site: full-width ID, 家庭住址 村 组 号; the parcel's location and its "
            "不动产单元号 not",
      body=oldsite("岷阳县自然资源局行政处罚决定书（岷自然资罚〔2023〕14号）", "岷阳县自然资源局", "2023-09-04",
                   p("当事人：包某某，男，1972年5月生，身份证号：{ID_FW}，家庭住址：" + A05 + "。")
                   + p("经查，当事人于2022年10月未经批准，擅自占用石门乡石门村二社集体土地建设住宅一栋，"
                       "占地面积236.4平方米，地块不动产单元号：621199104003JC00021W00000000。")
                   + p("根据《中华人民共和国土地管理法》第七十八条，本局决定：责令退还非法占用的土地，"
                       "限期拆除在非法占用的土地上新建的建筑物。")
                   + p("联系人：岷阳县自然资源局执法监察大队，电话：0932-3318806。")),
      ids=["ID"], addrs=[A05]),

    P(id="h2306", kind="attachment", column="penalty",
      title="岷阳县林业和草原局行政处罚决定书（岷林罚决字〔2023〕第7号）",
      shape="PDF-text 林草 滥伐 with two parties: first ID over a hard line break, second plain, two 住址 "
            "(村 组 号; city 路 号 单元 室); Luhn-valid 19-digit 采伐许可证编号 not; header/folio",
      body=pdf("岷林罚决字〔2023〕第7号",
               ["岷阳县林业和草原局\n行政处罚决定书\n\n"
                "当事人（一）：张某某        性别：男        民族：汉族\n"
                "身份证号码：{ID_NL}\n"
                "住址：" + A06A + "\n\n"
                "当事人（二）：王某        性别：男        民族：藏族\n"
                "身份证号码：{ID2}\n"
                "住址：" + A06B + "\n\n"
                "    经查，2022年11月至12月，当事人张某某、王某在持有采伐许可证（编号：{ORDER}）的情况下，\n"
                "超出许可范围在麻家集镇红崖村集体林地内采伐云杉，林木蓄积12.37立方米。",
                "    上述行为违反了《中华人民共和国森林法》第五十六条第三款，依据该法第七十六条第一款，\n"
                "本局决定：责令当事人补种滥伐株数五倍的树木186株，并处滥伐林木价值三倍的罚款\n"
                "共计人民币壹万贰仟陆佰元整。\n\n"
                "                                            岷阳县林业和草原局\n"
                "                                              2023年3月28日"]),
      ids=["ID", "ID2"], addrs=[A06A, A06B]),

    P(id="h2307", column="penalty", title="岷阳县2023年第二季度行政处罚案件信息公开表",
      shape="Excel 公开表 headed 当事人 / 证件号码 / 住址: two persons' rows labelled (ID, IDX, 村 组 号 and "
            "路 号); a company row with USCC and its 住所 under 住址 not; a masked row; a row whose 住址 "
            "ends at the 镇 not",
      body=excel("岷阳县2023年第二季度行政处罚案件信息公开表",
                 xr("序号", "当事人", "证件类型", "证件号码", "住址", "处罚决定书文号", "处罚内容", "处罚机关")
                 + xr("1", "刘某某", "身份证", "{ID}", A07, "岷市监处罚〔2023〕33号", "罚款3000元", MSJ)
                 + xr("2", "岷阳县宏达商贸有限责任公司", "统一社会信用代码", "{USCC}", "岷阳县岷阳镇南关路201号",
                      "岷市监处罚〔2023〕35号", "罚款20000元", MSJ)
                 + xr("3", "马某", "身份证", "{ID2_M}", "岷阳县岷阳镇****", "岷应急罚〔2023〕6号",
                      "警告，罚款1000元", "岷阳县应急管理局")
                 + xr("4", "杨某某", "身份证", "{IDX}", "岷阳县清水镇", "岷农罚〔2023〕4号",
                      "没收违法所得，罚款5000元", "岷阳县农业农村局")
                 + xr("5", "丁某", "身份证", "{ID3}", A09, "岷文旅罚〔2023〕2号", "罚款1500元",
                      "岷阳县文体广电和旅游局")),
      ids=["ID", "IDX", "ID3"], addrs=[A07, A09]),

    P(id="h2308", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕52号）",
      shape="市场监管 company: USCC, 住所 not; its 法定代表人 described with 身份证号码 and 手机 (both "
            "labelled); company 电话 landline not",
      body=portal("岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕52号）", "行政处罚", "2023-07-20", MSJ,
                  p("当事人：洮川岷丰农资有限公司")
                  + p("主体资格证照名称：营业执照　统一社会信用代码：{USCC}")
                  + p("住所：岷阳县岷阳镇东城路128号")
                  + p("法定代表人：刘某某，身份证号码：{ID}，手机：{MOB}")
                  + p("公司电话：0932-3395526")
                  + p("经查，当事人于2023年3月购进并销售标称“岷丰牌”复合肥料120袋，经抽检氮含量不合格。"
                      "当事人的行为违反了《中华人民共和国产品质量法》第三十九条。")
                  + p("依据该法第五十条，本局决定：1.没收违法销售的复合肥料43袋；2.没收违法所得1680元；"
                      "3.罚款人民币叁万元整。")
                  + decision_tail(MSJ, "2023年7月17日")),
      ids=["ID"], phones=["MOB"]),

    P(id="h2309", column="penalty", title="国家税务总局岷阳县税务局税务行政处罚决定书（简易）",
      shape="税务 简易 for a 个体户: full-width ID with Ｘ, 经营者 住址 路 号, a 0795 landline as the party's "
            "联系电话 (labelled); 经营地址 not; 纳税人识别号 (USCC) not",
      body=portal("国家税务总局岷阳县税务局税务行政处罚决定书（简易）", "行政处罚", "2023-04-26",
                  "国家税务总局岷阳县税务局",
                  p("岷税简罚〔2023〕112号")
                  + p("纳税人名称：岷阳县老马家牛肉面馆")
                  + p("纳税人识别号：{USCC}")
                  + p("经营者：马某，居民身份证：{IDX_FW}，住址：" + A09 + "，联系电话：{LAND}")
                  + p("经营地址：岷阳县岷阳镇南关路66号")
                  + p("你（单位）未按照规定期限办理2023年1月增值税纳税申报，违反了《中华人民共和国税收征收管理法》"
                      "第二十五条第一款的规定，根据该法第六十二条，决定处以罚款贰佰元。")
                  + p("纳税服务热线：12366。")),
      ids=["IDX"], phones=["LAND"], addrs=[A09]),

    P(id="h2310", column="城管执法", title="岷阳县城市管理综合执法局行政处罚决定书（岷城管罚〔2023〕21号）",
      shape="城管 违建 outside the penalty column but titled 处罚决定书: zero-width space in the ID, 家住 without "
            "colon (巷 号), full-width mobile; 违法地点 (路 号) not",
      body=portal("岷阳县城市管理综合执法局行政处罚决定书（岷城管罚〔2023〕21号）", "城管执法", "2023-10-11",
                  "岷阳县城市管理综合执法局",
                  p("当事人徐某某，女，1968年2月出生，身份证号{ID_ZW}，家住" + A10 + "，联系电话{MOB_FW}。")
                  + p("违法地点：岷阳县岷阳镇新华巷21号后院。")
                  + p("2023年8月，当事人未取得建设工程规划许可证，在上述地点搭建彩钢结构房屋一间，面积约32平方米。")
                  + p("依据《中华人民共和国城乡规划法》第六十四条，本局决定：限当事人于2023年10月31日前自行拆除。")
                  + decision_tail("岷阳县城市管理综合执法局", "2023年10月9日")),
      ids=["ID"], phones=["MOB"], addrs=[A10]),

    P(id="h2311", column="通知公告", title="岷阳县卫生健康局关于送达《行政处罚决定书》的公告",
      shape="送达公告 titled 《行政处罚决定书》: ID in spans, 原住址 村 组 号 labelled; office 联系人 and "
            "landline not",
      body=portal("岷阳县卫生健康局关于送达《行政处罚决定书》的公告", "通知公告", "2023-11-02", "岷阳县卫生健康局",
                  p("郭某某（身份证号：{ID_SPAN}，原住址：" + A11 + "）：")
                  + p("因你下落不明，本局依法作出的《行政处罚决定书》（岷卫医罚〔2023〕5号）无法直接送达。"
                      "根据《中华人民共和国行政处罚法》第六十一条、《中华人民共和国民事诉讼法》第九十五条的规定，"
                      "现予公告送达。自本公告发布之日起满三十日，即视为送达。")
                  + p("主要内容：你在梅川镇梅川村未取得《医疗机构执业许可证》擅自执业，决定没收药品器械，"
                      "并处罚款人民币伍万元。")
                  + p("请于公告期满后十五日内到岷阳县卫生健康综合监督执法所（岷阳镇康乐路9号）领取。")
                  + p("联系人：赵某　联系电话：0932-3321430")
                  + "<p style=\"text-align:right\">岷阳县卫生健康局<br>2023年11月1日</p>\n"),
      ids=["ID"], addrs=[A11]),

    P(id="h2312", column="penalty", enc="gbk", title="岷阳县卫生健康局行政处罚决定书（岷卫医罚〔2023〕3号）",
      shape="GBK 卫健 无证行医: lower-case x ID, comment-split mobile, 住址 ending at 一组 labelled; "
            "行医地点 not",
      body=oldsite("岷阳县卫生健康局行政处罚决定书（岷卫医罚〔2023〕3号）", "岷阳县卫生健康局", "2023-06-30",
                   p("当事人：鲁某某　性别：男　出生年月：1959年11月")
                   + p("身份证号：{IDX_LOW}")
                   + p("住址：" + A12)
                   + p("联系电话：{MOB_CMT}")
                   + p("行医地点：岷阳县峡城乡峡口村村委会对面平房。")
                   + p("经查，当事人未取得《医疗机构执业许可证》，于2023年4月至5月间在上述地点为村民输液、"
                       "注射，违法所得1260元。依据《医疗机构管理条例》第四十三条，本局决定：没收违法所得1260元"
                       "及药品器械，并处罚款人民币伍万元。")),
      ids=["IDX"], phones=["MOB"], addrs=[A12]),

    P(id="h2313", column="penalty", title="岷阳县应急管理局行政处罚决定书（岷应急罚〔2023〕11号）",
      shape="Word-HTML 应急 烟花 个人: ID in font/b, +86 mobile, 现住 小区 号楼 单元 室 labelled; "
            "储存地点 not",
      body=word("岷阳县应急管理局行政处罚决定书",
                wp("岷阳县应急管理局", True) + wp("行政处罚决定书", True) + wp("岷应急罚〔2023〕11号", True)
                + wp("当事人：汪某某<span style='mso-spacerun:yes'>&nbsp;&nbsp;</span>性别：男"
                     "<span style='mso-spacerun:yes'>&nbsp;&nbsp;</span>公民身份号码：{ID_FONT}")
                + wp("现住：" + A13)
                + wp("联系方式：{MOB_86}")
                + wp("经查，当事人未经许可，于2023年1月在岷阳县岷阳镇北大街旭日小区地下车库内储存烟花爆竹"
                     "23箱，违反了《烟花爆竹安全管理条例》第三条。依据该条例第三十六条第一款，本局决定："
                     "没收非法储存的烟花爆竹，并处罚款人民币捌仟元。")
                + wp("岷阳县应急管理局<span style='mso-spacerun:yes'>&nbsp;</span>2023年2月14日")),
      ids=["ID"], phones=["MOB"], addrs=[A13]),

    P(id="h2314", column="penalty", title="杨某某行政处罚信息",
      shape="信用洮川 双公示 li page: 证件号码 ID labelled; 处罚决定书文号; all-digit USCC of the 数据来源单位 "
            "not; no address given",
      body=credit("杨某某行政处罚信息",
                  [("行政相对人名称", "杨某某"), ("行政相对人类别", "自然人"),
                   ("统一社会信用代码", ""), ("法定代表人", ""), ("证件类型", "身份证"),
                   ("证件号码", "{ID}"), ("行政处罚决定书文号", "岷农罚〔2023〕4号"),
                   ("违法行为类型", "经营假劣农药"),
                   ("违法事实", "当事人在岷阳县清水镇街道销售假农药“吡虫啉”可湿性粉剂30袋"),
                   ("处罚依据", "《农药管理条例》第五十五条"), ("处罚类别", "罚款;没收违法所得"),
                   ("罚款金额（万元）", "0.5"), ("处罚决定日期", "2023/05/18"),
                   ("处罚机关", "岷阳县农业农村局"), ("数据来源单位", "岷阳县农业农村局"),
                   ("数据来源单位统一社会信用代码", "{USCCD}")]),
      ids=["ID"]),

    P(id="h2315", kind="attachment", column="penalty", title="岷阳县水利局行政处罚决定书（岷水罚〔2023〕2号）",
      shape="PDF-text 水利 采砂: ID plain; 住址 ending at an un-numbered 村 (not below the threshold); "
            "采砂地点 not",
      body=pdf("岷水罚〔2023〕2号",
               ["岷阳县水利局\n行政处罚决定书\n\n"
                "当事人：石某某，男，1979年4月12日出生\n"
                "身份证号：{ID}\n"
                "住址：岷阳县清水镇河湾村\n\n"
                "    2023年3月9日，我局执法人员巡查发现，当事人未经许可在洮河清水镇河湾段（采砂地点：\n"
                "河湾村下游约300米处）使用装载机采挖河砂，采砂量约150立方米。",
                "    依据《甘肃省河道采砂管理办法》，本局决定：没收非法采砂所得，并处罚款人民币贰万元。\n\n"
                "                                                  岷阳县水利局\n"
                "                                                2023年4月3日"]),
      ids=["ID"]),

    P(id="h2316", column="penalty", title="岷阳县公安局交通警察大队道路交通安全违法行为简易程序处罚公示（2023年9月）",
      shape="交警 简易程序 table: 驾驶证号 = ID (one spaced 6-8-4, one plain, one masked); Luhn-valid "
            "19-digit 决定书编号 not; no address",
      body=portal("岷阳县公安局交通警察大队道路交通安全违法行为简易程序处罚公示（2023年9月）", "行政处罚",
                  "2023-10-08", "岷阳县公安局交通警察大队",
                  "<table width=\"100%\" border=\"1\" cellspacing=\"0\">\n"
                  + td("序号", "姓名", "驾驶证号", "号牌号码", "违法行为", "决定书编号", "处罚结果")
                  + td("1", "韩某", "{ID_S}", "甘J3K7T2", "驾驶机动车不按规定使用安全带", "{ORDER}", "罚款50元")
                  + td("2", "周某某", "{ID2}", "甘J8M21Q", "机动车违反规定停放", "{ORDER2}", "罚款100元")
                  + td("3", "冯某", "{ID3_M}", "甘JD0526", "驾驶时拨打接听手持电话", "{ORDER3}", "罚款100元，记3分")
                  + "</table>\n"),
      ids=["ID", "ID2"]),

    P(id="h2317", column="penalty", title="岷阳县城市管理综合执法局行政处罚决定书（岷城管罚〔2023〕15号）",
      shape="城管 占道 with a lawyer as 委托代理人: party ID, mobile, 住址 路 号 幢 单元 室 labelled; the law "
            "firm's 地址 and the lawyer's office phone not",
      body=portal("岷阳县城市管理综合执法局行政处罚决定书（岷城管罚〔2023〕15号）", "行政处罚", "2023-07-03",
                  "岷阳县城市管理综合执法局",
                  p("当事人：何某某，男，汉族，身份证号：{ID}，住址：" + A17 + "，联系电话：{MOB}。")
                  + p("委托代理人：周某，甘肃陇原律师事务所律师，地址：洮川市安定区滨河路16号，电话：0932-8267711。")
                  + p("2023年5月至6月，当事人在岷阳县岷阳镇南关路农贸市场门口占用人行道摆设水果摊，经多次劝导"
                      "拒不改正。依据《城市市容和环境卫生管理条例》第三十六条，本局决定：罚款人民币伍佰元。")
                  + decision_tail("岷阳县城市管理综合执法局", "2023年6月30日")),
      ids=["ID"], phones=["MOB"], addrs=[A17]),

    P(id="h2318", column="penalty", title="岷阳县文体广电和旅游局行政处罚决定书（岷文旅罚〔2023〕3号）",
      shape="all-masked decision: masked ID, masked mobile, 住址 with **路**号: nothing",
      body=portal("岷阳县文体广电和旅游局行政处罚决定书（岷文旅罚〔2023〕3号）", "行政处罚", "2023-08-01",
                  "岷阳县文体广电和旅游局",
                  p("当事人：祁某某，女，1990年9月出生，身份证号码：{ID_M}，联系电话：{MOB_M}，"
                    "住址：岷阳县岷阳镇**路**号。")
                  + p("经查，当事人经营的“星空网吧”接纳未成年人进入营业场所。依据《互联网上网服务营业场所管理条例》"
                      "第三十一条，本局决定：警告，并处罚款人民币壹仟元。")
                  + decision_tail("岷阳县文体广电和旅游局", "2023年7月28日"))),

    P(id="h2319", column="penalty", title="岷阳县烟草专卖局行政处罚决定书（岷烟立罚〔2023〕第19号）",
      shape="烟草: X-masked ID, 住址（详细地址已隐去）, 12313 hotline: nothing",
      body=xxgk("岷阳县烟草专卖局行政处罚决定书（岷烟立罚〔2023〕第19号）", "岷阳县烟草专卖局",
                "11621199MB0000019X/2023-00019", "岷烟立罚〔2023〕第19号", "2023-09-12",
                p("当事人：冶某某，男，身份证号：{ID_MX}，住址：岷阳县梅川镇（详细地址已隐去）。")
                + p("当事人无烟草专卖零售许可证经营卷烟，查获卷烟12个品种共计63条。依据《中华人民共和国烟草专卖法"
                    "实施条例》第五十七条，本局决定：没收卷烟，并处罚款人民币贰仟元。")
                + p("举报电话：12313。")),
      ),

    P(id="h2320", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕17号）",
      shape="市场监管 个体: 15-digit ID after 公民身份号码 labelled; 15-digit 注册号 not; 经营者 住址 街 号 labelled",
      body=portal("岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕17号）", "行政处罚", "2023-03-21", MSJ,
                  p("当事人：岷阳县蒲麻镇丰源副食店（个体工商户），注册号：621199600012345")
                  + p("经营者：苏某某，公民身份号码：{IDF}，住址：" + A28 + "。")
                  + p("经营场所：岷阳县蒲麻镇蒲麻街60号。")
                  + p("当事人销售超过保质期的饮料24瓶，违反了《中华人民共和国食品安全法》第三十四条第（十）项。"
                      "依据该法第一百二十四条，本局决定：没收超过保质期的饮料，罚款人民币伍仟元。")
                  + decision_tail(MSJ, "2023年3月17日")),
      ids=["IDF"], addrs=[A28]),
]

PASSAGES += [
    P(id="h2321", column="penalty", title="岷阳县卫生健康局行政处罚决定书（岷卫公罚〔2023〕8号）",
      shape="卫健 公共场所 key/value table: half full-width ID, 住址 with full-width digits labelled as written; "
            "经营地址 not",
      body=portal("岷阳县卫生健康局行政处罚决定书（岷卫公罚〔2023〕8号）", "行政处罚", "2023-05-30",
                  "岷阳县卫生健康局",
                  "<table width=\"90%\" align=\"center\">\n"
                  + td("当事人", "岷阳县丽人美发店（经营者：马某）")
                  + td("身份证号", "{ID_HALF}")
                  + td("住址", A21)
                  + td("经营地址", "岷阳县岷阳镇和平路31号")
                  + td("违法事实", "未取得公共场所卫生许可证擅自营业；从业人员未取得健康合格证明")
                  + td("处罚依据", "《公共场所卫生管理条例实施细则》第三十五条、第三十八条")
                  + td("处罚内容", "警告，罚款人民币贰仟元")
                  + "</table>\n" + decision_tail("岷阳县卫生健康局", "2023年5月26日")),
      ids=["ID"], addrs=[A21]),

    P(id="h2322", column="penalty", title="岷阳县农业农村局行政处罚决定书（岷农（牧）罚〔2023〕7号）",
      shape="畜牧 检疫: 户籍地 at township not, 现住 in the city (路 号院 幢 单元 室) labelled, (0795) landline "
            "as the party's 联系电话 labelled; 动物卫生监督所 phone not",
      body=portal("岷阳县农业农村局行政处罚决定书（岷农（牧）罚〔2023〕7号）", "行政处罚", "2023-12-05",
                  "岷阳县农业农村局",
                  p("当事人：包某，男，东乡族，1983年10月出生，身份证号码：{ID}，户籍地：岷阳县麻家集镇，现住："
                    + A22 + "，联系电话：{LAND_P}。")
                  + p("2023年10月26日，当事人经营未附有检疫证明的牛肉86千克，在洮川市安定区交通路农贸市场销售。")
                  + p("依据《中华人民共和国动物防疫法》第一百条，本局决定：罚款人民币贰仟伍佰元。")
                  + p("岷阳县动物卫生监督所电话：0932-3323017")
                  + decision_tail("岷阳县农业农村局", "2023年12月1日")),
      ids=["ID"], phones=["LAND"], addrs=[A22]),

    P(id="h2323", column="penalty", title="岷阳县商务局行政处罚决定书（岷商罚〔2023〕1号）",
      shape="商务 成品油: ID over <br>, a person's 住所 (party described by 性别/民族) labelled",
      body=portal("岷阳县商务局行政处罚决定书（岷商罚〔2023〕1号）", "行政处罚", "2023-02-16", "岷阳县商务局",
                  p("当事人：丁某某，女，汉族，身份证号码：{ID_BR}，住所：" + A23 + "。")
                  + p("当事人未取得成品油零售经营批准证书，在梅川镇公路边使用移动加油设备零售柴油。"
                      "依据《成品油市场管理办法》，本局决定：罚款人民币叁万元。")
                  + decision_tail("岷阳县商务局", "2023年2月13日")),
      ids=["ID"], addrs=[A23]),

    P(id="h2324", column="penalty", title="岷阳县公安局行政处罚决定书（岷公（清）行罚决字〔2023〕0056号）",
      shape="公安 two offenders in one decision: IDX and full-width ID, 住址 村 组 号 and 现住 路 号 单元 室 "
            "both labelled; 案发地点 not",
      body=portal("岷阳县公安局行政处罚决定书（岷公（清）行罚决字〔2023〕0056号）", "行政处罚", "2023-04-12",
                  GAJ,
                  p("违法行为人一：马某某，男，1995年3月出生，公民身份号码{IDX}，住址：" + A24A + "。")
                  + p("违法行为人二：杨某，男，1997年11月出生，公民身份号码{ID_FW}，户籍地：岷阳县清水镇，现住："
                      + A24B + "。")
                  + p("2023年3月30日20时许，二人在岷阳县清水镇清水街某饭馆（案发地点）内酒后互相殴打。"
                      "根据《中华人民共和国治安管理处罚法》第二十六条，决定对马某某、杨某各行政拘留五日。")
                  + decision_tail(GAJ, "2023年4月1日")),
      ids=["IDX", "ID"], addrs=[A24A, A24B]),

    P(id="h2325", column="penalty", title="岷阳县教育局行政处罚决定书（岷教罚〔2023〕2号）",
      shape="教育 无证办学: key/value table with 身份证号 and 手机号码, 住址 北大街 号院 labelled; 办学地点 not",
      body=xxgk("岷阳县教育局行政处罚决定书（岷教罚〔2023〕2号）", "岷阳县教育局",
                "11621199MB1C00021D/2023-00002", "岷教罚〔2023〕2号", "2023-09-26",
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n"
                + td("当事人姓名", "魏某某") + td("性别", "女") + td("身份证号", "{ID}")
                + td("手机号码", "{MOB}") + td("住址", A25)
                + td("办学地点", "岷阳县岷阳镇康乐路17号二楼")
                + "</table>\n"
                + p("经查，当事人未经审批，自2023年7月起以“暑期托管班”名义举办学科类校外培训，招收中小学生37名。"
                    "依据《中华人民共和国民办教育促进法》第六十四条，本局决定：责令停止办学，退还所收费用，"
                    "并处罚款人民币壹万元。"), topic="教育"),
      ids=["ID"], phones=["MOB"], addrs=[A25]),

    P(id="h2326", column="penalty", title="岷阳县应急管理局行政处罚决定书（岷应急罚〔2023〕16号）",
      shape="应急 company with its 主要负责人 (a person) given ID and 家庭住址 (labelled); company 住所 and "
            "USCC not; 法定代表人 name only",
      body=portal("岷阳县应急管理局行政处罚决定书（岷应急罚〔2023〕16号）", "行政处罚", "2023-11-15",
                  "岷阳县应急管理局",
                  p("被处罚单位：岷阳县金泉矿业有限公司，统一社会信用代码：{USCC}，住所：岷阳县梅川镇工业园区经一路9号，"
                    "法定代表人：陈某某。")
                  + p("被处罚人：陈某，该公司主要负责人，身份证号：{ID}，家庭住址：" + A26 + "。")
                  + p("经查，该公司未按规定组织开展2023年度安全生产教育培训，主要负责人未履行安全生产管理职责。"
                      "依据《中华人民共和国安全生产法》第九十七条、第九十四条，本局决定：对该公司罚款人民币叁万元，"
                      "对陈某罚款人民币贰万元。")
                  + decision_tail("岷阳县应急管理局", "2023年11月13日")),
      ids=["ID"], addrs=[A26]),

    P(id="h2327", kind="attachment", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕60号）",
      shape="DOCX-text 计量 个人: tab table (当事人 / 证件号码 / 住址 / 联系电话), mobile spaced 3-4-4 "
            "labelled; 经营场所 not",
      body=("岷阳县市场监督管理局\n行政处罚决定书\n岷市监处罚〔2023〕60号\n\n"
            "当事人\t白某某\t性别\t男\n"
            "证件类型\t居民身份证\t证件号码\t{ID}\n"
            "住址\t" + A34 + "\t联系电话\t{MOB_S}\n"
            "经营场所\t岷阳县清水镇农贸市场B区12号摊位\t\t\n\n"
            "    2023年9月15日，本局执法人员检查发现，当事人使用的电子计价秤（出厂编号：20190717386）未经"
            "检定，且示值误差超出最大允许误差。依据《中华人民共和国计量法》第二十六条，本局决定：没收未经检定的"
            "计量器具，并处罚款人民币壹仟元。\n\n"
            "岷阳县市场监督管理局\n2023年10月9日\n"),
      ids=["ID"], phones=["MOB"], addrs=[A34]),

    P(id="h2328", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕66号）",
      shape="市场监管 个体 with the 罚没款 account (户名 财政局 非税收入, 账号 17 digits) not; 经营者 ID "
            "labelled; 住址 ending at the 镇 not",
      body=portal("岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕66号）", "行政处罚", "2023-10-25", MSJ,
                  p("当事人：岷阳县麻家集镇兴旺五金店（个体工商户），经营者：海某某，身份证号：{ID}，"
                    "住址：岷阳县麻家集镇。")
                  + p("当事人销售未标注厂名厂址的电线5卷，违反《中华人民共和国产品质量法》第二十七条。"
                      "本局决定：没收违法销售的电线，罚款人民币贰仟元。")
                  + p("罚没款请于收到本决定书之日起十五日内缴至：户名：岷阳县财政局非税收入汇缴结算户，"
                      "开户行：甘肃岷阳农村商业银行营业部，账号：{ACCT}。")
                  + decision_tail(MSJ, "2023年10月20日")),
      ids=["ID"]),

    P(id="h2329", column="penalty", title="岷阳县2023年第三季度行政处罚结果公开",
      shape="a penalty page written item by item: two persons (身份证号, 联系电话) each labelled, one 住址 村 组 号; "
            "a company item with USCC and 住所 not",
      body=portal("岷阳县2023年第三季度行政处罚结果公开", "行政处罚", "2023-10-16", "岷阳县司法局",
                  p("根据政府信息公开有关规定，现将我县2023年第三季度部分行政处罚结果公开如下：")
                  + p("1．马某（身份证号：{ID}，联系电话：{MOB}，住址：" + A31 + "），无证收购国家重点保护野生植物"
                      "“冬虫夏草”，岷阳县林业和草原局决定没收并罚款3000元（岷林罚决字〔2023〕第12号）。")
                  + p("2．李某某（身份证号：{ID2}，联系电话：{MOB2}），在禁渔期内于洮河岷阳段使用禁用渔具捕捞，"
                      "岷阳县农业农村局决定没收渔获物和渔具并罚款1000元（岷农（渔）罚〔2023〕2号）。")
                  + p("3．岷阳县顺达物流有限公司（统一社会信用代码：{USCC}，住所：岷阳县岷阳镇东城路210号），"
                      "未按规定报送道路运输统计资料，岷阳县交通运输局决定警告（岷交罚〔2023〕第101号）。")),
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], addrs=[A31]),

    P(id="h2330", column="通知公告", title="岷阳县公安局不予行政处罚决定书送达公告",
      shape="送达公告 of a 不予行政处罚决定书: masked ID; 户籍地 村 组 号 labelled (address only)",
      body=portal("岷阳县公安局不予行政处罚决定书送达公告", "通知公告", "2023-12-18", GAJ,
                  p("苟某某（男，身份证号码：{ID_M}，户籍地：" + A32 + "）：")
                  + p("我局对你涉嫌违反治安管理一案依法作出不予行政处罚决定（岷公（蒲）不罚决字〔2023〕3号）。"
                      "因无法直接送达，现依法公告送达，公告期六十日。")
                  + p("联系地址：岷阳县公安局蒲麻派出所，联系电话：0932-3352110。")),
      addrs=[A32]),

    P(id="h2331", column="penalty", title="岷阳县交通运输局行政处罚决定书（岷交罚〔2023〕第097号）",
      shape="交通 company (运输公司): USCC, 住所, 17-character VIN, 执法证号 that look like mobiles, company "
            "account for a refund: nothing",
      body=portal("岷阳县交通运输局行政处罚决定书（岷交罚〔2023〕第097号）", "行政处罚", "2023-09-06",
                  "岷阳县交通运输局",
                  p("当事人：洮川市陇运汽车运输有限公司，统一社会信用代码：{USCC}，住所：洮川市安定区交通路102号，"
                    "法定代表人：郑某某。")
                  + p("车辆：甘J21756（车辆识别代号：LZZ5CLSB7HA123456），驾驶员未持有从业资格证。")
                  + p("执法人员：王某（执法证号{CERT}）、曹某（执法证号{CERT2}）。")
                  + p("依据《道路运输从业人员管理规定》，本局决定：罚款人民币贰佰元。当事人多缴款项退至其"
                      "对公账户：户名：洮川市陇运汽车运输有限公司，账号：{ACCT}。")
                  + decision_tail("岷阳县交通运输局", "2023年9月4日"))),

    P(id="h2332", kind="attachment", column="penalty", title="岷阳县公安局交通警察大队公安交通管理行政处罚决定书",
      shape="PDF-text 交警 decision: 15-digit ID after 身份证号 labelled, 地址 of a person (路 号 单元 室) labelled; "
            "Luhn-valid 决定书编号 not; header/folio",
      body=pdf("岷阳县公安局交通警察大队",
               ["公安交通管理行政处罚决定书\n\n"
                "编号：{ORDER}\n\n"
                "被处罚人：冶某某    性别：男    出生日期：1962年8月\n"
                "身份证号：{IDF}    准驾车型：A2\n"
                "地址：岷阳县岷阳镇南关路7号2单元401室\n\n"
                "    被处罚人于2023年5月6日14时在G212线K1310处驾驶甘J6E218号重型货车，实施超过规定时速50%\n"
                "以上的违法行为。根据《中华人民共和国道路交通安全法》第九十九条，决定处以罚款1500元，吊销\n"
                "机动车驾驶证。"]),
      ids=["IDF"], addrs=["岷阳县岷阳镇南关路7号2单元401室"]),

    P(id="h2333", column="penalty", title="岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕71号）",
      shape="市场监管 个人: 地址 of a person (村 组 号) labelled, ID; the office's 承办人 mobile and 联系人 "
            "not",
      body=portal("岷阳县市场监督管理局行政处罚决定书（岷市监处罚〔2023〕71号）", "行政处罚", "2023-11-28", MSJ,
                  p("当事人：苏某某，女，1988年1月出生，身份证号：{ID}，地址：" + A35 + "。")
                  + p("当事人通过微信朋友圈销售自制“减肥茶”，未取得食品生产许可。依据《中华人民共和国食品安全法》"
                      "第一百二十二条，本局决定：没收违法所得2100元，罚款人民币伍万元。")
                  + p("本案承办人：马某，联系电话：{MOB}（岷阳县市场监督管理局峡城市场监督管理所）。")
                  + decision_tail(MSJ, "2023年11月24日")),
      ids=["ID"], addrs=[A35]),

    P(id="h2334", column="通知公告", title="岷阳县市场监督管理局行政处罚听证告知书（岷市监听告〔2023〕5号）",
      shape="听证告知书 in 通知公告: a notice served before a penalty (ID and mobile labelled); 住址 out of the "
            "address rule's scope (not a decision page)",
      body=portal("岷阳县市场监督管理局行政处罚听证告知书（岷市监听告〔2023〕5号）", "通知公告", "2023-08-09", MSJ,
                  p("韩某某（身份证号：{ID}，联系电话：{MOB}，住址：岷阳县梅川镇梅川街道南关巷4号）：")
                  + p("你销售不符合食品安全标准的食用植物油一案，经本局调查终结，拟对你作出如下行政处罚：没收违法所得，"
                      "罚款人民币伍万元。根据《中华人民共和国行政处罚法》第六十三条，你有要求听证的权利。"
                      "如要求听证，应在收到本告知书之日起五日内提出。")
                  + p("联系人：何某　联系电话：0932-3318862")),
      ids=["ID"], phones=["MOB"]),

    P(id="h2335", column="行政强制", title="岷阳县市场监督管理局实施行政强制措施决定书（岷市监强制〔2023〕9号）",
      shape="查封 决定书 in a 行政强制 column: ID and mobile labelled (a decision served on a party); 住址 out "
            "of the address rule's scope",
      body=portal("岷阳县市场监督管理局实施行政强制措施决定书（岷市监强制〔2023〕9号）", "行政强制", "2023-06-02", MSJ,
                  p("当事人：冯某某，男，身份证号：{IDX}，住址：岷阳县岷阳镇和平路55号，联系电话：{MOB}。")
                  + p("本局在调查中发现你存放的散装白酒涉嫌不符合食品安全标准，根据《中华人民共和国食品安全法》"
                      "第一百一十条，决定对下列场所、物品实施查封：散装白酒12桶（详见场所/设施/财物清单）。"
                      "期限：30日，自2023年5月31日至2023年6月29日。")),
      ids=["IDX"], phones=["MOB"]),
]

PASSAGES += [
    P(id="h2336", column="社会救助", title="梅川镇2023年10月农村低保对象公示",
      shape="低保 公示 table: rowspan 村, spaced 6-8-4 ID, plain ID, masked row, 联系电话 column (two mobiles "
            "labelled, masked one not); 监督电话 not",
      body=portal("梅川镇2023年10月农村低保对象公示", "社会救助", "2023-10-20", "梅川镇人民政府",
                  p("根据《甘肃省城乡最低生活保障办法》，经入户调查、民主评议，现将拟纳入农村低保对象公示如下，"
                    "公示期7天。监督电话：0932-3361025。")
                  + "<table border=\"1\" cellspacing=\"0\">\n"
                  + td("序号", "村别", "户主姓名", "身份证号码", "保障人口", "保障类别", "联系电话")
                  + "<tr><td>1</td><td rowspan=\"2\">上河村</td><td>马某某</td><td>{ID_S}</td><td>3</td>"
                    "<td>二类</td><td>{MOB}</td></tr>\n"
                  + "<tr><td>2</td><td>马某</td><td>{ID2}</td><td>1</td><td>一类</td><td>{MOB2}</td></tr>\n"
                  + td("3", "康乐村", "祁某某", "{ID3_M}", "2", "三类", "{MOB3_M}")
                  + "<tr><td colspan=\"4\">合计</td><td>6</td><td></td><td></td></tr>\n</table>\n"),
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),

    P(id="h2337", column="惠农补贴", title="清水镇2023年耕地地力保护补贴发放公示（第三批）",
      shape="耕地地力 补贴: masked IDs, spaced 16-digit card, plain 19-digit card, masked card labelled only "
            "for the unmasked two; 交易流水号 (Luhn-valid ORDER) not",
      body=portal("清水镇2023年耕地地力保护补贴发放公示（第三批）", "惠农补贴", "2023-06-08", "清水镇人民政府",
                  "<table border=\"1\">\n"
                  + td("序号", "村", "户主", "身份证号", "补贴面积（亩）", "补贴金额（元）", "银行卡号", "交易流水号")
                  + td("1", "东街村", "白某某", "{ID_M}", "8.6", "911.60", "{CARD_S}", "{ORDER}")
                  + td("2", "东街村", "白某", "{ID2_M}", "5.2", "551.20", "{CARDL}", "{ORDER2}")
                  + td("3", "河湾村", "石某", "{ID3_M}", "3.0", "318.00", "{CARD3_M}", "{ORDER3}")
                  + "</table>\n"),
      banks=["CARD", "CARDL"]),

    P(id="h2338", column="社会救助", enc="gbk", title="岷阳县2023年第二季度临时救助对象名单",
      shape="GBK 临时救助: full-width ID, 19-digit 一卡通账号 that fails Luhn under a 账号 column (labelled), "
            "a card; 救助金额 and 合计",
      body=oldsite("岷阳县2023年第二季度临时救助对象名单", "岷阳县民政局", "2023-07-05",
                   "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"
                   + td("序号", "乡镇", "姓名", "身份证号", "救助事由", "救助金额", "一卡通账号")
                   + td("1", "石门乡", "包某某", "{ID_FW}", "因病", "3000", "{OACCT}")
                   + td("2", "峡城乡", "鲁某", "{ID2}", "因灾", "2000", "{CARD}")
                   + td("合计", "", "", "", "", "5000", "")
                   + "</table>\n"),
      ids=["ID", "ID2"], banks=["OACCT", "CARD"]),

    P(id="h2339", column="老龄工作", title="岷阳县2023年高龄老人补贴发放花名册",
      shape="Excel 名册: x:str IDs, 17-digit and 12-digit 银行账号 (non-Luhn) under the column of a table of "
            "people (labelled); 村委会 电话 not",
      body=excel("岷阳县2023年高龄老人补贴发放花名册",
                 xr("序号", "乡镇", "村（社区）", "姓名", "身份证号码", "年龄", "补贴标准（元/月）", "银行账号")
                 + xr("1", "蒲麻镇", "蒲麻村", "苟某某", "{ID}", "86", "100", "{ACCT}")
                 + xr("2", "蒲麻镇", "蒲麻村", "苟某", "{IDX}", "91", "200", "{ACCTS}")
                 + xr("3", "岷阳镇", "北关社区", "魏某某", "{ID2}", "80", "100", "{ACCT2}")
                 + xr("", "", "", "", "", "", "合计", "400")
                 + " <tr><td colspan=8>制表单位：岷阳县民政局　联系电话：0932-3316021</td></tr>\n"),
      ids=["ID", "IDX", "ID2"], banks=["ACCT", "ACCTS", "ACCT2"]),

    P(id="h2340", kind="attachment", column="生态护林员", title="岷阳县2023年生态护林员劳务报酬发放表",
      shape="XLS-text 护林员: tab table, U+3000-spaced card, plain 16-digit card, IDs; 合计 row",
      body=("岷阳县2023年生态护林员劳务报酬发放表（第二季度）\n"
            "序号\t乡镇\t姓名\t身份证号\t管护面积（亩）\t金额（元）\t卡号\n"
            "1\t石门乡\t包某\t{ID}\t1500\t2400\t{CARD_NB}\n"
            "2\t石门乡\t杨某某\t{ID2}\t1200\t2400\t{CARD2}\n"
            "3\t峡城乡\t鲁某某\t{IDX}\t1800\t2400\t{CARD3}\n"
            "合计\t\t\t\t4500\t7200\t\n"
            "制表人：　　　审核人：　　　岷阳县林业和草原局（盖章）\n"),
      ids=["ID", "ID2", "IDX"], banks=["CARD", "CARD2", "CARD3"]),

    P(id="h2341", kind="attachment", column="残疾人工作", title="岷阳县2023年残疾人两项补贴发放名单",
      shape="PDF-text 残疾人 两项补贴: columns set in spaces, an ID over a hard line break, cards, a masked card; "
            "header/folio",
      body=pdf("岷阳县残疾人联合会",
               ["岷阳县2023年第三季度残疾人两项补贴发放名单\n\n"
                "序号  乡镇      姓名      身份证号               残疾证等级   补贴类别     金额    社会保障卡号\n"
                "1     岷阳镇    汪某      {ID}     二级         护理补贴     270     {CARD}\n"
                "2     梅川镇    马某某    {ID2_NL}\n"
                "                                                一级         生活补贴     300     {CARD2}\n"
                "3     清水镇    石某      {ID3_M}     四级         生活补贴     150     {CARD3_M}",
                "合计：720元\n\n    公示期：2023年9月20日至9月26日，监督电话：0932-3319120。"]),
      ids=["ID", "ID2"], banks=["CARD", "CARD2"]),

    P(id="h2342", column="12345热线", title="关于梅川镇上河村道路积水问题的回复",
      shape="12345 reply: 来电号码 masked, then the same mobile written out in the reply (labelled); "
            "Luhn-valid 19-digit 工单编号 not; 12345 not",
      body=portal("关于梅川镇上河村道路积水问题的回复", "12345热线", "2023-07-19", "梅川镇人民政府",
                  p("工单编号：{ORDER}")
                  + p("来电人：马先生　来电号码：{MOB_M}")
                  + p("来电内容：上河村三组通村道路雨后积水严重，影响出行，希望尽快修复排水沟。")
                  + p("办理情况：梅川镇人民政府接单后，于7月14日组织村“两委”对排水沟进行清淤，并于7月16日电话联系"
                      "来电人（{MOB}），告知处理结果，来电人表示满意。")
                  + p("如有疑问，请拨打12345政务服务便民热线。")),
      phones=["MOB"]),

    P(id="h2343", column="招商引资", title="岷阳县中药材精深加工项目招商推介",
      shape="招商 page: the office contact's mobile (联系人 王先生) not a list of people; 项目编号 not: nothing",
      body=portal("岷阳县中药材精深加工项目招商推介", "招商引资", "2023-04-03", "岷阳县商务局",
                  p("项目编号：MY-ZS-2023-007")
                  + p("项目概况：依托全县当归、党参、黄芪种植基地28万亩，拟建设中药材饮片及提取物生产线，"
                      "总投资3.2亿元。建设地点：岷阳县梅川镇工业园区。")
                  + p("合作方式：独资、合资。")
                  + p("联系单位：岷阳县招商服务中心　联系人：王先生　联系电话：{MOB}　传真：0932-3312781")),
      ),

    P(id="h2344", column="政府采购", title="岷阳县人民医院医疗设备采购项目中标（成交）结果公告",
      shape="采购 中标: supplier USCC, 项目编号, the supplier's account (户名 a company), buyer's contact "
            "landline: nothing",
      body=portal("岷阳县人民医院医疗设备采购项目中标（成交）结果公告", "政府采购", "2023-05-17",
                  "岷阳县公共资源交易中心",
                  p("一、项目编号：MYZC2023-041")
                  + p("二、项目名称：岷阳县人民医院医疗设备采购项目")
                  + p("三、中标信息：供应商名称：甘肃康泰医疗器械有限公司；统一社会信用代码：{USCC}；"
                      "供应商地址：兰州市城关区东岗西路318号；中标金额：1,286,500.00元。")
                  + p("四、履约保证金退还账户：户名：甘肃康泰医疗器械有限公司　开户行：中国银行兰州东岗支行　"
                      "账号：{ACCT}")
                  + p("五、联系方式：采购人：岷阳县人民医院，联系电话：0932-3315120；代理机构：甘肃正信招标"
                      "代理有限公司，联系电话：0931-8823456。")),
      ),

    P(id="h2345", column="不动产登记", title="岷阳县不动产首次登记公告（2023年第18号）",
      shape="不动产 首次登记: masked IDs, 不动产单元号 with letters, 坐落 addresses (out of scope): nothing",
      body=portal("岷阳县不动产首次登记公告（2023年第18号）", "不动产登记", "2023-08-28", "岷阳县不动产登记中心",
                  p("经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》"
                    "第十七条，现予公告。")
                  + "<table border=\"1\">\n"
                  + td("不动产权利人", "证件号", "不动产单元号", "坐落", "面积（㎡）")
                  + td("赵某某", "{ID_M}", "621199104007JC00103F00010001", "岷阳县蒲麻镇蒲麻村五组", "186.5")
                  + td("赵某", "{ID2_MX}", "621199104007JC00104F00010001", "岷阳县蒲麻镇蒲麻村五组", "142.0")
                  + "</table>\n"
                  + p("异议书面材料送达地址：岷阳县岷阳镇北大街58号政务服务中心二楼，联系电话：0932-3310716。")),
      ),

    P(id="h2346", column="执法监督", title="岷阳县市场监督管理局2023年行政执法人员名单",
      shape="执法人员 名单: 13-prefixed 11-digit 执法证号 under 执法证号 (look like mobiles): nothing",
      body=portal("岷阳县市场监督管理局2023年行政执法人员名单", "执法监督", "2023-02-06", MSJ,
                  "<table border=\"1\">\n"
                  + td("序号", "姓名", "单位", "执法证号", "执法门类")
                  + td("1", "马某", "岷阳市场监管所", "{CERT}", "市场监管")
                  + td("2", "何某某", "梅川市场监管所", "{CERT2}", "市场监管")
                  + td("3", "丁某", "综合执法队", "{CERT3}", "市场监管")
                  + "</table>\n"
                  + p("监督电话：0932-3317315")),
      ),

    P(id="h2347", column="就业创业", title="岷阳县2023年第二批创业担保贷款贴息资金拨付公示",
      shape="创业担保贷款 贴息: 借款人 ID labelled, 贴息 card labelled; 贷款合同编号 not",
      body=portal("岷阳县2023年第二批创业担保贷款贴息资金拨付公示", "就业创业", "2023-09-15",
                  "岷阳县人力资源和社会保障局",
                  "<table border=\"1\">\n"
                  + td("序号", "借款人", "身份证号", "贷款合同编号", "贷款金额（万元）", "贴息金额（元）", "贴息账户")
                  + td("1", "冶某某", "{ID}", "MYCD20230315-02", "20", "3266.67", "{CARD}")
                  + td("2", "海某", "{IDX}", "MYCD20230322-11", "15", "2450.00", "{CARD2}")
                  + "</table>\n"
                  + p("公示期5个工作日，如有异议请向县就业服务中心反映，电话：0932-3318870。")),
      ids=["ID", "IDX"], banks=["CARD", "CARD2"]),

    P(id="h2348", column="征地拆迁", title="岷阳县G212线改建工程征地补偿款发放公示",
      shape="征地补偿 with 户名 + 账号 lines: a person's 17-digit account labelled, a 合作社's not; ID; "
            "addresses out of scope",
      body=portal("岷阳县G212线改建工程征地补偿款发放公示", "征地拆迁", "2023-03-29", "岷阳县自然资源局",
                  p("一、被征收土地权利人：白某某，身份证号：{ID}，地址：岷阳县清水镇东街村一组。")
                  + p("补偿金额：86,420元，户名：白某某，账号：{ACCT}，开户行：甘肃岷阳农村商业银行清水支行。")
                  + p("二、被征收土地权利人：岷阳县清水镇东街村股份经济合作社")
                  + p("补偿金额：315,000元，户名：岷阳县清水镇东街村股份经济合作社，账号：{ACCT2}。")),
      ids=["ID"], banks=["ACCT"]),

    P(id="h2349", kind="attachment", column="住房保障", title="岷阳县2023年农村危房改造补助对象名单",
      shape="DOCX-text 危房改造 名单: full-width ID, +86 mobile in a 联系电话 column (labelled), 19-digit card",
      body=("岷阳县2023年农村危房改造补助对象名单\n\n"
            "序号\t乡镇\t村\t户主姓名\t身份证号\t联系电话\t补助金额（元）\t一卡通号\n"
            "1\t麻家集镇\t红崖村\t张某某\t{ID_FW}\t{MOB_86}\t20000\t{CARDL}\n"
            "2\t麻家集镇\t马家村\t马某\t{ID2}\t{MOB2}\t15000\t{CARDL2}\n\n"
            "备注：补助资金通过惠民惠农财政补贴资金“一卡通”发放。\n"),
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARDL", "CARDL2"]),

    P(id="h2350", column="工作动态", title="岷阳县派出所民警捡到身份证寻找失主",
      shape="身份证 招领 news: the found card's ID labelled (every page); the 派出所 phone not; no list",
      body=portal("岷阳县派出所民警捡到身份证寻找失主", "工作动态", "2023-05-22", GAJ,
                  p("5月20日，岷阳派出所民警在北大街巡逻时捡到居民身份证一张，姓名：祁某某，"
                    "公民身份号码：{IDX}。请失主携带有效证明到岷阳派出所领取。")
                  + p("联系电话：0932-3312110。")),
      ids=["IDX"]),

    P(id="h2351", column="志愿服务", title="岷阳县2023年度优秀志愿者名单公示",
      shape="志愿者 公示: spaced 3-4-4 mobile, mobile with a zero-width space, masked mobile not",
      body=portal("岷阳县2023年度优秀志愿者名单公示", "志愿服务", "2023-12-01", "共青团岷阳县委员会",
                  "<table border=\"1\">\n"
                  + td("序号", "姓名", "所在单位", "服务时长（小时）", "联系电话")
                  + td("1", "魏某", "岷阳县第一中学", "326", "{MOB_S}")
                  + td("2", "丁某某", "北关社区", "281", "{MOB2_ZW}")
                  + td("3", "汪某", "岷阳县人民医院", "240", "{MOB3_M}")
                  + "</table>\n"),
      phones=["MOB", "MOB2"]),

    P(id="h2352", column="就业创业", title="岷阳县2023年公益性岗位人员花名册",
      shape="Word-HTML 花名册 table: dashed ID, dashed mobile, dashed 社保卡号 all labelled",
      body=word("岷阳县2023年公益性岗位人员花名册",
                wp("岷阳县2023年公益性岗位人员花名册", True)
                + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>\n"
                + "".join(f"<tr>{''.join(f'<td><p class=MsoNormal>{c}</p></td>' for c in row)}</tr>\n"
                          for row in (("序号", "姓名", "身份证号", "联系电话", "岗位", "社保卡号"),
                                      ("1", "韩某", "{ID_D}", "{MOB_D}", "保洁", "{CARD_D}"),
                                      ("2", "郭某某", "{ID2_D}", "{MOB2}", "护路", "{CARD2}")))
                + "</table>\n"),
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARD", "CARD2"]),

    P(id="h2353", column="医疗保障", title="2024年度城乡居民基本医疗保险缴费指南",
      shape="医保 缴费 指南: 户名 医疗保障基金收入户 + 账号 not; 12345 and office landlines: nothing",
      body=portal("2024年度城乡居民基本医疗保险缴费指南", "医疗保障", "2023-09-01", "岷阳县医疗保障局",
                  p("一、缴费时间：2023年9月1日至12月31日。")
                  + p("二、缴费标准：每人每年380元。")
                  + p("三、对公转账缴费：户名：岷阳县医疗保障基金收入户，开户行：中国农业银行岷阳县支行，账号：{ACCT}。")
                  + p("四、咨询电话：0932-3319011，或拨打12345。")),
      ),

    P(id="h2354", column="司法信息", title="岷阳县人民法院执行案款领取公告",
      shape="法院: masked IDs of 申请执行人, 执行款专户 account: nothing",
      body=portal("岷阳县人民法院执行案款领取公告", "司法信息", "2023-10-30", "岷阳县人民法院",
                  p("下列案件申请执行人的执行案款已到账，请于公告之日起三十日内持身份证到本院执行局领取：")
                  + p("（2023）甘1199执312号，申请执行人：杨某某（身份证号：{ID_M}）；")
                  + p("（2023）甘1199执347号，申请执行人：马某（身份证号：{ID2_M}）。")
                  + p("执行款专户：户名：岷阳县人民法院执行款专户，账号：{ACCT}。联系电话：0932-3326008。")),
      ),

    P(id="h2355", column="党建工作", title="关于发展党员对象的公示",
      shape="党员 公示 list with names, birth months and education only: nothing",
      body=portal("关于发展党员对象的公示", "党建工作", "2023-06-19", "中共岷阳县梅川镇委员会",
                  p("经党支部研究，拟将以下同志列为发展对象，现予公示，公示期5个工作日：")
                  + p("马某某，男，回族，1994年5月出生，大专学历，梅川镇上河村村民；")
                  + p("丁某，女，汉族，1998年10月出生，本科学历，梅川镇卫生院护士。")
                  + p("监督电话：0932-3361101（镇党委组织办），来信地址：岷阳县梅川镇梅川街1号，邮编：748410。")),
      ),

    P(id="h2356", column="人事信息", title="岷阳县2023年公开招聘事业单位工作人员拟聘用人员公示",
      shape="拟聘用 公示: 准考证号 (11 digits beginning 2), masked IDs: nothing",
      body=portal("岷阳县2023年公开招聘事业单位工作人员拟聘用人员公示", "人事信息", "2023-08-14",
                  "岷阳县人力资源和社会保障局",
                  "<table border=\"1\">\n"
                  + td("序号", "姓名", "性别", "准考证号", "身份证号", "报考岗位", "总成绩")
                  + td("1", "何某", "女", "23110102117", "{ID_M}", "岷阳县第二中学 语文教师", "78.62")
                  + td("2", "魏某某", "男", "23110103205", "{ID2_MX}", "岷阳县疾控中心 检验", "75.10")
                  + "</table>\n"
                  + p("监督电话：0932-3318870。")),
      ),

    P(id="h2357", column="办件公示", title="岷阳县政务服务中心办件结果公示（2023年11月第2周）",
      shape="办件公示: Luhn-valid 19-digit 办件编号, masked applicant names: nothing",
      body=portal("岷阳县政务服务中心办件结果公示（2023年11月第2周）", "办件公示", "2023-11-13",
                  "岷阳县政务服务中心",
                  "<table border=\"1\">\n"
                  + td("办件编号", "事项名称", "申请人", "办理结果", "办结时间")
                  + td("{ORDER}", "食品经营许可（新办）", "马*", "准予许可", "2023-11-08")
                  + td("{ORDER2}", "个体工商户设立登记", "祁**", "准予登记", "2023-11-09")
                  + "</table>\n"),
      ),

    P(id="h2358", column="通知公告", title="关于岷阳县兴隆建材有限公司等3户市场主体注销的公告",
      shape="注销 公告: all-digit USCC, 15-digit 注册号 (invalid date) and 统一社会信用代码 of 个体户: nothing",
      body=portal("关于岷阳县兴隆建材有限公司等3户市场主体注销的公告", "通知公告", "2023-04-20", MSJ,
                  p("下列市场主体已依法办理注销登记，现予公告：")
                  + p("1．岷阳县兴隆建材有限公司，统一社会信用代码：{USCCD}；")
                  + p("2．岷阳县清水镇老白家小吃部，注册号：621199600031457；")
                  + p("3．岷阳县梅川镇利民五金店，统一社会信用代码：{USCC}。")),
      ),

    P(id="h2359", column="惠农补贴", title="岷阳镇2023年城乡居民临时生活补贴发放公示",
      shape="JCMS portal 公示 with ID in spans, card split by comments (both labelled), a masked ID",
      body=portal("岷阳镇2023年城乡居民临时生活补贴发放公示", "惠农补贴", "2023-02-10", "岷阳镇人民政府",
                  "<table border=\"1\">\n"
                  + td("序号", "姓名", "身份证号码", "发放金额", "银行卡号")
                  + td("1", "汪某某", "{ID_SPAN}", "500", "{CARD_CMT}")
                  + td("2", "何某", "{ID2_M}", "500", "{CARD2}")
                  + "</table>\n"),
      ids=["ID"], banks=["CARD", "CARD2"]),

    P(id="h2360", column="惠农补贴", enc="gbk", title="岷阳县2023年农机购置补贴资金兑付情况公示",
      shape="GBK 农机 补贴: full-width card labelled; 出厂编号 and 机具型号 not; masked ID",
      body=oldsite("岷阳县2023年农机购置补贴资金兑付情况公示", "岷阳县农业机械化技术推广站", "2023-11-21",
                   "<table width=\"100%\" border=\"1\" cellspacing=\"0\">\n"
                   + td("序号", "购机者", "身份证号", "机具品目", "型号", "出厂编号", "补贴额", "银行卡号")
                   + td("1", "冶某", "{ID_M}", "轮式拖拉机", "LX904", "A2309K0157", "18600", "{CARD_FW}")
                   + "</table>\n"),
      banks=["CARD"]),

    P(id="h2361", column="工作动态", title="岷阳县林草局开展春季森林防火巡查",
      shape="林草 news: a named 护林员's mobile in prose outside any list or decision (not a match)",
      body=portal("岷阳县林草局开展春季森林防火巡查", "工作动态", "2023-03-15", "岷阳县林业和草原局",
                  p("3月13日，县林草局组织人员深入石门乡、峡城乡林区开展春季森林防火巡查。石门村护林员包某"
                    "（{MOB}）介绍，今年以来他每天巡山两次，重点看护坟地周边野外用火。")
                  + p("县林草局提醒广大群众，发现火情请立即拨打森林火警电话12119。")),
      ),

    P(id="h2362", column="社会救助", title="峡城乡2023年特困人员供养资金代领人变更公示",
      shape="特困 公示 table: ID, 供养资金账号 (17-digit, non-Luhn) under 账号 labelled; 代领人 mobile in the "
            "备注 cell labelled",
      body=portal("峡城乡2023年特困人员供养资金代领人变更公示", "社会救助", "2023-05-04", "峡城乡人民政府",
                  "<table border=\"1\">\n"
                  + td("序号", "姓名", "身份证号", "供养方式", "资金账号", "备注")
                  + td("1", "鲁某某", "{ID}", "分散供养", "{ACCT}", "代领人：鲁某（侄子），电话{MOB}")
                  + "</table>\n"),
      ids=["ID"], phones=["MOB"], banks=["ACCT"]),
]
