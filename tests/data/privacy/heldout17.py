"""The seventeenth held-out passages: written blind, by someone who did not read the detectors
(plugins/, src/), the benchmarks, or any earlier passage file beyond heldout16's first lines
(for the format), labelled by hand from the definitions of privacy.id-number, privacy.phone,
privacy.bank-account and privacy.address (rules.md, privacy.md) before any run.

Furniture: a fictional 龙渠县 under 桂岭市 (广西) and a fictional 松岚县 under 鹤原市 (黑龙江), in
nine looks: the county portal (``article`` / ``id="zoom"``); a 信用中国(广西桂岭) 双公示 行政处罚
detail page laid out as a two-column key/value table (行政相对人名称, 法定代表人, 证件号码,
处罚决定书文号, 处罚内容 …); a 广西政务服务网 county-station page (Vue-rendered 公示公告 detail);
the 公告公示 column of a 乡镇 sub-site; an Excel-exported HTML sheet (mso styles, ``class=xl65``,
``<td x:num>``, IDs and cards shown as 4.10999E+17); a Word-saved HTML document (MsoNormal,
``<o:p></o:p>``, ``mso-spacerun`` spans inside numbers, numbers split over ``lang=EN-US`` runs);
an old CMS whose text is ``<br>``-separated lines, not paragraphs; an old table-layout site served
as GBK; a TRS page of the 黑龙江 county (``TRS_Editor``/``Custom_UnionStyle``); plus text
attachments.

Shapes. Penalty decisions: 信用中国 detail of a 个体工商户 (法定代表人证件号码 plain) and of a
company (法定代表人证件号码 with X); 信用中国 自然人 (masked: nothing); 信用中国 个体 价格 (half
full-width ID); 市场监管 食品 个体 as Word HTML (NBSP spacerun inside the ID, 住址 村 屯 号,
经营场所 not); 市场监管 价格 company on a <br> page (住所, 罚没款 account, 执法证号 13-prefixed,
12315: nothing); 知识产权 商标 个体 (15-digit 注册号 that passes the 15-digit ID test: not;
full-width ID, 家庭住址 村 屯 号); 交管 非现场执法 list in the penalty column (号牌, VIN, 16-digit
决定书编号, 12123: nothing); 城管 违建 decision outside the column whose title names 行政处罚决定书
(lower-case x, 巷 号附号); 公安 治安 on a GBK page (15-digit ID with 身份证 context, 现住址 with
号 written #, 栋 单元 室; 户籍所在地 only the township); 消防 on the TRS page (户籍地 村 组,
现住 with 座 and 15F, the party's landline); 应急 汇总表 as Excel HTML in the column (证件号码
column mixing USCCs, an all-digit USCC, a text ID, a scientific-notation ID and a masked ID);
交通 超限 as Word HTML (ID split over two runs, spaced mobile, 道路运输证号, 执法证号); 生态 畜禽
on a <br> page (X ID, 住址 村 屯 号, mobile, 罚没款 account); 送达公告 all masked (住址 ***);
渔政 on a GBK page (full-width ID with Ｘ); 文旅 网吧 attachment (ID over a line break, 幢 单元
室, 经营地址 not); 税务 个体 on a GBK page (all-digit 纳税人识别号, 负责人住址 号 幢 室);
黑龙江 小作坊 (经营者住址 村 组 号, 经营场所 not); 应急 主要负责人 (座 单元 室; company 住所
not); masked 公示 table in the column (nothing); 自然资源 送达公告 outside the column whose title
names 行政处罚决定书 (zero-width space in the ID, 户籍地址 屯 号); 医保 骗保 自然人 (+86 mobile,
masked 社会保障号码 of another person); 林草 on a GBK page (ID in spans, 林场 委 组).
Lists and notices: 税务 非正常户 公告 (身份证件号码 of 负责人, one masked); 人社 欠薪 失信名单 of
包工头 on a GBK page (one column mixing USCCs, an all-digit USCC and IDs, one 6-8-4 spaced);
失信被执行人 list on the portal (执行案号, 住址 column out of scope); 农民工工资 发放表 as
Excel HTML (text IDs, scientific-notation IDs and cards, an 18-digit Excel number ending 000
that fails the check, phones as x:num, 工资专用账户 not); 农机补贴 (all masked); 临时救助 on the
政务服务网 (6-8-4 spaced ID, spaced 19-digit card, masked row); 乡镇 低保 动态管理 (mobiles);
优待证 (masked and X-masked: nothing); 助学金 (学籍号 = G + ID, dashed ID, 家长 mobiles);
计生 奖励扶助 as a Word table (U+3000-spaced ID, 19-digit card with spacerun NBSPs); 小额信贷
贴息 (借款人账号, 17-digit accounts; 专户 not); 生态护林员 (ID and mobile in one cell over
<br>); 慢特病 (masked, 12393: nothing); 残联 两项补贴 (残疾人证号 = ID + 2 digits: not; 社保卡
cards); 人才引进 and 公务员 拟录用 (准考证号, 职位代码, masked IDs: nothing); 医疗救助 tab
attachment; 办件公示, 不动产首次登记 (不动产单元号), 12345 reply (Luhn-valid 工单编号, masked
caller), 非税 缴款 指南 (国库 and 非税 accounts, Luhn-valid 缴款流水号), 个体户 注销 公告
(15-digit 注册号 under a 注册号 header): nothing; 危房改造 (dashed ID); 征地补偿 (cards and a
村民小组 collective account); 限期拆除 公告 outside scope (ID in font/b, 住址 not in scope);
学前资助 as a Word table (mobile with spacerun NBSPs); 失信被执行人 曝光 on a <br> page
(comment-split ID, dashed mobile, 住址 out of scope).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Everything below goes through str.format_map with the page text, so the furniture has no
# single braces: CSS braces are doubled and f-strings only insert plain titles and names.

SITE = "龙渠县人民政府"
FOOT = ("<div class=\"footer\"><p>主办：龙渠县人民政府办公室　承办：龙渠县大数据发展中心</p>\n"
        "<p>地址：广西壮族自治区龙渠县龙渠镇政府路1号　邮编：533500　联系电话：0779-7212345</p>\n"
        "<p>网站标识码：4510990003　桂ICP备05003456号-1　桂公网安备 45109902000012号</p>\n"
        "<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D\">"
        "<img src=\"/images/dzjg.png\" alt=\"党政机关\"></a></p></div>\n")


def cut(name: str, start: int, stop: int) -> str:
    """Characters ``start``..``stop`` of a placeholder's value, as indexed format fields."""
    return "".join(f"{{{name}[{i}]}}" for i in range(start, stop))


# one NBSP the way Word writes it
SPR = "<span style='mso-spacerun:yes'>&nbsp;</span>"


def _metas(title: str, col: str, org: str, date: str, *, site: str = SITE,
           domain: str = "www.longqu.gov.cn", code: str = "4510990003") -> str:
    return (f"<meta name=\"SiteName\" content=\"{site}\">\n"
            f"<meta name=\"SiteDomain\" content=\"{domain}\">\n"
            f"<meta name=\"SiteIDCode\" content=\"{code}\">\n"
            f"<meta name=\"ColumnName\" content=\"{col}\">\n"
            f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
            f"<meta name=\"PubDate\" content=\"{date}\">\n"
            f"<meta name=\"ContentSource\" content=\"{org}\">\n")


def ps(*paras: str, indent: bool = True) -> str:
    style = " style=\"text-indent:2em;\"" if indent else ""
    return "\n".join(f"<p{style}>{p}</p>" for p in paras)


def table(header: list[str], rows: list[list[str]], cls: str = "gs-table") -> str:
    head = "".join(f"<td><strong>{h}</strong></td>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (f"<table class=\"{cls}\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
            f"cellpadding=\"3\" style=\"border-collapse:collapse\"><tbody>\n"
            f"<tr style=\"background:#eef3f9\">{head}</tr>\n{body}</tbody></table>")


def article(title: str, org: str, col: str, text: str, *, date: str, path: str = "xwzx/tzgg",
            crumb: str = "通知公告") -> str:
    """The 龙渠县 portal: a header, a crumb, an info line and ``<div id="zoom">``."""
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">\n"
        + _metas(title, col, org, date + " 16:08")
        + f"<title>{title}_{crumb}_{SITE}</title>\n"
        "<link rel=\"stylesheet\" href=\"/css/common.css\">\n"
        "<style>.article-con{{width:1100px;margin:0 auto}} #zoom p{{font-size:16px;"
        "line-height:30px}} .gs-table td{{padding:4px 6px;text-align:center}}</style>\n"
        "</head><body>\n<div class=\"top-bar\">您好，欢迎访问龙渠县人民政府门户网站！"
        "<a href=\"/wza/\">无障碍</a> <a href=\"/\">长者模式</a></div>\n"
        "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/xwzx/\">新闻中心</a>"
        "<a href=\"/zwgk/\">政务公开</a><a href=\"/zwfw/\">政务服务</a><a href=\"/hdjl/\">互动交流</a>"
        "</div>\n"
        f"<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/{path}/\">{crumb}</a>"
        "</div>\n<div class=\"article-con\">\n"
        f"<h1 class=\"article-title\">{title}</h1>\n"
        f"<div class=\"article-info\">发布时间：{date}　来源：{org}　浏览次数："
        "<span id=\"hits\"></span>　字号：[<a href=\"javascript:doZoom(18)\">大</a> "
        "<a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>]</div>\n"
        f"<div class=\"article-content\" id=\"zoom\">\n{text}\n</div>\n"
        "<div class=\"article-tool\"><a href=\"javascript:window.print()\">【打印本页】</a>"
        "<a href=\"javascript:window.close()\">【关闭窗口】</a></div>\n</div>\n"
        + FOOT + "</body></html>")


def xyzg(title: str, rows: list[tuple[str, str]], *, src: str, date: str) -> str:
    """信用中国（广西桂岭）双公示 detail: one two-column key/value table."""
    trs = "\n".join(f"<tr><td class=\"td-name\">{k}</td><td class=\"td-value\">{v}</td></tr>"
                    for k, v in rows)
    return (
        "<!DOCTYPE html>\n<html lang=\"zh\"><head>\n<meta charset=\"UTF-8\">\n"
        + _metas(title, "行政处罚", src, date, site="信用中国（广西桂岭）",
                 domain="credit.guiling.gov.cn", code="4510000047")
        + f"<title>{title}-信用中国（广西桂岭）</title>\n"
        "<link rel=\"stylesheet\" href=\"/static/css/sgs.css\">\n"
        "<style>.detail-table{{width:100%;border-collapse:collapse;font-size:14px}} "
        ".td-name{{width:30%;background:#f5f7fa;color:#666;padding:10px}} "
        ".td-value{{color:#333;padding:10px}}</style>\n"
        "</head><body>\n<div class=\"xy-header\"><img src=\"/static/img/logo.png\" "
        "alt=\"信用中国（广西桂岭）\"><ul class=\"xy-nav\"><li>首页</li><li>信用动态</li>"
        "<li>政策法规</li><li>双公示</li><li>信用承诺</li><li>联合奖惩</li><li>信用服务</li>"
        "</ul></div>\n"
        "<div class=\"crumb\">当前位置：首页 &gt; 双公示 &gt; 行政处罚 &gt; 详情</div>\n"
        f"<div class=\"detail-box\"><h2 class=\"detail-title\">{title}</h2>\n"
        f"<p class=\"detail-info\">信息来源：{src}　更新时间：{date}</p>\n"
        "<table class=\"detail-table\" border=\"1\">\n" + trs + "\n</table>\n"
        "<p class=\"detail-tip\">注：本信息依据《行政许可和行政处罚等信用信息公示工作规范》公示，"
        "如有异议请联系数据来源单位。</p></div>\n"
        "<div class=\"footer\">主办单位：桂岭市发展和改革委员会　承办单位：桂岭市大数据发展局<br>\n"
        "网站标识码：4510000047　桂ICP备12004567号-3　桂公网安备 45100002000321号<br>\n"
        "技术支持电话：0779-2826666</div>\n</body></html>")


def zwfw(title: str, text: str, *, date: str, org: str) -> str:
    """广西政务服务网 龙渠县站: a Vue-rendered 公示公告 detail."""
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"renderer\" content=\"webkit\">\n"
        + _metas(title, "公示公告", org, date, site="广西政务服务网", domain="zwfw.gxzf.gov.cn",
                 code="4500000142")
        + f"<title>{title} - 广西政务服务网 · 龙渠县站</title>\n"
        "<link href=\"/static/css/app.4f1c2a.css\" rel=\"stylesheet\">\n"
        "<style>.gsgg-detail{{padding:20px 40px;background:#fff}} .gsgg-detail table td"
        "{{border:1px solid #ddd;padding:6px}}</style>\n"
        "</head><body>\n<div id=\"app\" data-v-4a2c7d1e=\"\">\n"
        "<header class=\"site-head\" data-v-4a2c7d1e=\"\"><span class=\"area\">龙渠县</span>"
        "<a href=\"/\">首页</a><a href=\"/bsfw/\">个人办事</a><a href=\"/frfw/\">法人办事</a>"
        "<a href=\"/ztfw/\">主题集成服务</a><a href=\"/gsgg/\">公示公告</a>"
        "<a href=\"/hcp/\">好差评</a></header>\n"
        "<div class=\"gsgg-detail\" data-v-5b7e0c32=\"\">\n"
        f"<div class=\"title\" data-v-5b7e0c32=\"\">{title}</div>\n"
        f"<div class=\"sub\" data-v-5b7e0c32=\"\"><span>发布单位：{org}</span>"
        f"<span>发布时间：{date}</span></div>\n"
        f"<div class=\"content ql-editor\" data-v-5b7e0c32=\"\">\n{text}\n</div>\n</div>\n"
        "<footer class=\"site-foot\" data-v-4a2c7d1e=\"\">主办单位：广西壮族自治区大数据发展局　"
        "运行维护：广西数字广西集团有限公司<br>网站标识码：4500000142　桂ICP备2021003789号-1　"
        "服务热线：12345</footer>\n</div>\n"
        "<script src=\"/static/js/chunk-vendors.8b1e.js\"></script>"
        "<script src=\"/static/js/app.4f1c2a.js\"></script>\n</body></html>")


def xz(town: str, title: str, text: str, *, date: str, short: str) -> str:
    """The 公告公示 column of a 乡镇 sub-site of the county portal."""
    site = f"龙渠县{town}人民政府"
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        + _metas(title, "公告公示", site, date, site=site,
                 domain=f"www.longqu.gov.cn/xzzf/{short}")
        + f"<title>{title}-{site}</title>\n"
        "<link rel=\"stylesheet\" href=\"/xzzf/css/xz.css\">\n"
        "<style>.xz-main{{width:1000px;margin:0 auto}} .xz-main table{{border-collapse:collapse}}"
        " .xz-main td{{border:1px solid #999;padding:3px 5px}}</style>\n"
        "</head><body>\n"
        f"<div class=\"xz-head\"><h2>{site}</h2><ul><li><a href=\"/xzzf/{short}/\">首页</a></li>"
        f"<li><a href=\"/xzzf/{short}/xzgk/\">乡镇概况</a></li><li><a href=\"/xzzf/{short}/gzdt/\">"
        f"工作动态</a></li><li class=\"on\"><a href=\"/xzzf/{short}/gggs/\">公告公示</a></li>"
        f"<li><a href=\"/xzzf/{short}/xxgk/\">信息公开</a></li></ul></div>\n"
        f"<div class=\"xz-main\"><div class=\"pos\">您的位置：{town} &gt; 公告公示</div>\n"
        f"<h3 class=\"tit\">{title}</h3>\n<div class=\"time\">{date}</div>\n"
        f"<div class=\"con\">\n{text}\n</div></div>\n"
        + FOOT + "</body></html>")


def brpage(title: str, lines: list[str], *, org: str, date: str, col: str,
           site: str = "桂岭市生态环境局", domain: str = "sthjj.guiling.gov.cn",
           code: str = "4510000021") -> str:
    """An old CMS whose text is one div of ``<br />``-separated lines."""
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
        + _metas(title, col, org, date, site=site, domain=domain, code=code)
        + f"<title>{title}</title>\n"
        "<style type=\"text/css\">.news_content{{font-size:14px;line-height:26px;"
        "padding:10px 30px}}</style>\n</head>\n<body>\n"
        f"<div id=\"top\"><img src=\"/images/banner.jpg\" alt=\"{site}\" /></div>\n"
        f"<div class=\"weizhi\">当前位置：首页 &gt;&gt; {col}</div>\n"
        f"<div class=\"news_title\">{title}</div>\n"
        f"<div class=\"news_info\">来源：{org}&nbsp;&nbsp;&nbsp;发布日期：{date}</div>\n"
        "<div class=\"news_content\">\n" + "<br />\n".join(lines) + "<br />\n</div>\n"
        f"<div id=\"foot\">版权所有：{site}&nbsp;&nbsp;网站标识码：{code}<br />\n"
        "桂ICP备05011234号&nbsp;&nbsp;地址：桂岭市城中区金桂大道8号&nbsp;&nbsp;邮编：545000</div>\n"
        "</body></html>")


def oldgbk(title: str, body: str, *, org: str, date: str, col: str,
           site: str = "桂岭市公安局", charset: str = "gbk",
           foot: str = "桂岭市公安局 版权所有　地址：桂岭市城中区金桂大道36号　邮编：545000") -> str:
    """An old table-layout page (ASP era), served as GBK."""
    return (
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n"
        f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\">\n"
        f"<title>{title}--{site}</title>\n"
        "<style type=\"text/css\">\n<!--\nbody {{margin:0px;font-size:12px;}}\n"
        ".title14 {{font-size:16px;font-weight:bold;color:#B50000;}}\n"
        ".hui12 {{font-size:12px;color:#666666;}}\n"
        ".content {{font-size:14px;line-height:26px;}}\n-->\n</style>\n</head>\n<body>\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td height=\"110\" background=\"/images/top_bg.jpg\">&nbsp;</td></tr></table>\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
        f"<tr><td class=\"hui12\" height=\"28\">您现在的位置：<a href=\"/\">首页</a> &gt;&gt; {col}"
        "</td></tr></table>\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"8\" cellspacing=\"0\">\n"
        f"<tr><td align=\"center\" class=\"title14\">{title}</td></tr>\n"
        f"<tr><td align=\"center\" class=\"hui12\">发布时间：{date}&nbsp;&nbsp;来源：{org}&nbsp;&nbsp;"
        "点击数：<script src=\"/inc/count.asp?id=3127\"></script></td></tr>\n"
        f"<tr><td class=\"content\">\n{body}\n</td></tr></table>\n"
        "<table width=\"960\" border=\"0\" align=\"center\"><tr><td align=\"center\" class=\"hui12\">"
        f"{foot}<br>\n建议使用1024*768分辨率浏览</td></tr></table>\n</body>\n</html>")


def trs(title: str, text: str, *, org: str, date: str, col: str) -> str:
    """松岚县 (黑龙江) portal: a TRS WCM page (``TRS_Editor`` / ``Custom_UnionStyle``)."""
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\">\n"
        + _metas(title, col, org, date + " 10:12:40", site="松岚县人民政府",
                 domain="www.songlan.gov.cn", code="2307990012")
        + f"<title>{title}</title>\n"
        "<style>.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:1.8;"
        "font-family:仿宋;font-size:16pt}}.TRS_Editor TD{{font-size:12pt}}</style>\n"
        "</head><body>\n<div class=\"head\"><div class=\"logo\">松岚县人民政府</div></div>\n"
        f"<div class=\"dqwz\">当前位置：<a href=\"../../\">首页</a>&gt;<a href=\"../\">{col}</a></div>\n"
        f"<div class=\"xl_title\">{title}</div>\n"
        f"<div class=\"xl_info\">信息来源：{org}　发布时间：{date}</div>\n"
        "<div class=\"xl_con\"><div class=\"TRS_Editor\"><div class=\"Custom_UnionStyle\">\n"
        f"{text}\n</div></div></div>\n"
        "<div class=\"foot\">主办：松岚县人民政府办公室　地址：黑龙江省鹤原市松岚县松岚镇人民路1号"
        "　邮编：154300<br>\n联系电话：0468-3212345　网站标识码：2307990012　"
        "黑ICP备09001234号-1　黑公网安备 23079902000088号</div>\n</body></html>")


WORD_HEAD = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
"""

WORD_STYLE = r"""<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Administrator</o:Author>
  <o:LastAuthor>Lenovo</o:LastAuthor>
  <o:Revision>3</o:Revision>
  <o:Pages>2</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:仿宋_GB2312;
	panose-1:2 1 6 9 3 1 1 1 1 1;
	mso-font-charset:134;}}
@font-face
	{{font-family:方正小标宋简体;
	mso-font-charset:134;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;
	mso-header-margin:42.55pt;
	mso-footer-margin:49.6pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>
"""


def wp(text: str, *, center: bool = False, big: bool = False) -> str:
    """One Word paragraph (MsoNormal, 仿宋 三号, fixed line height)."""
    if center:
        style = "text-align:center;line-height:28.0pt;mso-line-height-rule:exactly"
    else:
        style = ("text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                 "mso-line-height-rule:exactly")
    font = ("font-size:22.0pt;font-family:方正小标宋简体" if big
            else "font-size:16.0pt;font-family:仿宋_GB2312")
    return (f"<p class=MsoNormal align={'center' if center else 'left'} style='{style}'>"
            f"<span style='{font}'>{text}<span lang=EN-US><o:p></o:p></span></span></p>\n")


def wnum(text: str) -> str:
    """A Latin run inside a Word paragraph."""
    return f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{text}</span>"


def word(title: str, inner: str) -> str:
    return WORD_HEAD + f"<title>{title}</title>\n" + WORD_STYLE + inner + "\n</div>\n\n</body>\n\n</html>"


def wtable(header: list[str], rows: list[list[str]]) -> str:
    """A Word table (MsoTableGrid), every cell one centred paragraph."""
    def cell(text: str, bold: bool = False) -> str:
        inner = f"<b>{text}</b>" if bold else text
        return ("<td valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid "
                "windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center "
                "style='text-align:center'><span style='font-size:10.5pt;font-family:仿宋_GB2312'>"
                f"{inner}<span lang=EN-US><o:p></o:p></span></span></p>\n  </td>")
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
           "style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>"]
    out.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n  "
               + "\n  ".join(cell(h, True) for h in header) + "\n </tr>")
    for i, row in enumerate(rows, 1):
        out.append(f" <tr style='mso-yfti-irow:{i}'>\n  " + "\n  ".join(cell(c) for c in row)
                   + "\n </tr>")
    out.append("</table>\n")
    return "\n".join(out)


EXCEL_HEAD = r"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="filelist.xml">
<style id="Sheet1_styles">
<!--table
	{{mso-displayed-decimal-separator:"\.";
	mso-displayed-thousand-separator:"\,";}}
.xl65
	{{mso-style-parent:style0;
	font-size:10.0pt;
	font-family:宋体;
	text-align:center;
	border:.5pt solid windowtext;}}
.xl66
	{{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"\@";
	text-align:center;
	border:.5pt solid windowtext;}}
.xl67
	{{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"0\.00_ ";
	border:.5pt solid windowtext;}}
.xl68
	{{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"0_ ";
	border:.5pt solid windowtext;}}
.xl69
	{{mso-style-parent:style0;
	font-size:10.0pt;
	mso-number-format:"yyyy\/m\/d";
	border:.5pt solid windowtext;}}
.xl70
	{{mso-style-parent:style0;
	font-size:16.0pt;
	font-weight:700;
	font-family:黑体;
	text-align:center;}}
-->
</style>
"""


def xs(text: str) -> str:
    """An Excel text cell (General)."""
    return f"<td class=xl65 style='border-top:none'>{text}</td>"


def xt(text: str) -> str:
    """An Excel cell formatted as text (@): long numbers keep every digit."""
    return f"<td class=xl66 style='border-top:none;border-left:none'>{text}</td>"


def xn(text: str, num: str = "", cls: str = "xl68") -> str:
    """An Excel number cell; ``num`` is the stored value when it differs from the display."""
    attr = f"x:num=\"{num}\"" if num else "x:num"
    return f"<td class={cls} align=right style='border-top:none;border-left:none' {attr}>{text}</td>"


def excel(title: str, header: list[str], rows: list[list[str]], *, above: str = "",
          below: str = "") -> str:
    """A sheet saved by Excel as a web page (the whole page is the sheet)."""
    n = len(header)
    head = "".join(f"<td class=xl65>{h}</td>" for h in header)
    body = "".join(f" <tr height=22 style='height:16.5pt'>\n  {''.join(r)}\n </tr>\n" for r in rows)
    extra_above = (f" <tr height=22 style='height:16.5pt'>\n  <td colspan={n} height=22 "
                   f"style='height:16.5pt;text-align:left'>{above}</td>\n </tr>\n" if above else "")
    extra_below = (f" <tr height=22 style='height:16.5pt'>\n  <td colspan={n} height=22 "
                   f"style='height:16.5pt;text-align:left'>{below}</td>\n </tr>\n" if below else "")
    return (EXCEL_HEAD + f"<title>{title}</title>\n</head>\n\n<body link=blue vlink=purple>\n\n"
            "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:"
            "collapse;table-layout:fixed;width:885pt'>\n"
            f" <tr height=40 style='height:30.0pt'>\n  <td colspan={n} height=40 class=xl70 "
            f"style='height:30.0pt'>{title}</td>\n </tr>\n"
            + extra_above
            + f" <tr height=22 style='height:16.5pt'>\n  {head}\n </tr>\n"
            + body + extra_below
            + " <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
            + "  <td width=72 style='width:54pt'></td>\n" * n
            + " </tr>\n <![endif]>\n</table>\n\n</body>\n\n</html>\n")


# --- passages -----------------------------------------------------------------------------

PASSAGES = [
    # ---- penalty decisions and penalty publicity -------------------------------------------
    P("h1701", xyzg("龙渠县韦记粮油店行政处罚信息", [
        ("行政相对人名称", "龙渠县韦记粮油店"),
        ("行政相对人类别", "个体工商户"),
        ("行政相对人代码_1（统一社会信用代码）", "{USCC}"),
        ("法定代表人", "韦建华"),
        ("法定代表人证件类型", "身份证"),
        ("法定代表人证件号码", "{ID}"),
        ("行政处罚决定书文号", "龙市监处罚〔2023〕27号"),
        ("违法行为类型", "经营超过保质期的食品"),
        ("违法事实", "2023年3月14日，龙渠县市场监督管理局执法人员对当事人经营场所进行检查，发现货架上"
                 "摆放的5L装压榨花生油12桶已超过标注的保质期，当事人不能提供该批食用油的进货查验记录。"),
        ("处罚依据", "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项"),
        ("处罚类别", "罚款;没收违法所得、没收非法财物"),
        ("处罚内容", "没收超过保质期的压榨花生油12桶，没收违法所得186元，并处罚款5000元。"),
        ("罚款金额（万元）", "0.5"),
        ("没收违法所得、没收非法财物的金额（万元）", "0.0186"),
        ("暂扣或吊销证照名称及编号", ""),
        ("处罚决定日期", "2023/05/16"),
        ("处罚有效期", "2024/05/16"),
        ("公示截止期", "2026/05/16"),
        ("处罚机关", "龙渠县市场监督管理局"),
        ("处罚机关统一社会信用代码", "11451099MB15723820"),
        ("数据来源单位", "龙渠县市场监督管理局"),
        ("数据来源单位统一社会信用代码", "11451099MB15723820"),
    ], src="龙渠县市场监督管理局", date="2023-05-19"),
      column="penalty", title="龙渠县韦记粮油店行政处罚信息",
      shape="信用中国 detail, 个体工商户, 法定代表人证件号码 plain", ids=["ID"]),

    P("h1702", xyzg("黄*明行政处罚信息", [
        ("行政相对人名称", "黄*明"),
        ("行政相对人类别", "自然人"),
        ("证件类型", "身份证"),
        ("证件号码", "{ID_M}"),
        ("行政处罚决定书文号", "桂市公（城）行罚决字〔2023〕00871号"),
        ("违法行为类型", "殴打他人"),
        ("违法事实", "2023年4月2日22时许，违法行为人黄*明在桂岭市城中区文昌路某烧烤店内因琐事与他人"
                 "发生争执，用拳头殴打他人，致他人面部受伤。"),
        ("处罚依据", "《中华人民共和国治安管理处罚法》第四十三条第一款"),
        ("处罚类别", "罚款"),
        ("处罚内容", "罚款500元"),
        ("罚款金额（万元）", "0.05"),
        ("处罚决定日期", "2023/04/03"),
        ("公示截止期", "2023/07/03"),
        ("处罚机关", "桂岭市公安局城中分局"),
        ("处罚机关统一社会信用代码", "11451000MB0F12345D"),
        ("数据来源单位", "桂岭市公安局"),
    ], src="桂岭市公安局", date="2023-04-10"),
      column="penalty", title="黄*明行政处罚信息",
      shape="信用中国 detail, 自然人, masked ID: nothing"),

    P("h1703", xyzg("桂岭市鑫源建材有限公司行政处罚信息", [
        ("行政相对人名称", "桂岭市鑫源建材有限公司"),
        ("行政相对人类别", "法人及非法人组织"),
        ("行政相对人代码_1（统一社会信用代码）", "{USCC}"),
        ("法定代表人", "梁志强"),
        ("法定代表人证件类型", "身份证"),
        ("法定代表人证件号码", "{IDX}"),
        ("行政处罚决定书文号", "桂市监处罚〔2023〕112号"),
        ("违法行为类型", "生产不合格产品"),
        ("违法事实", "当事人生产的规格为240mm×115mm×53mm的烧结普通砖，经桂岭市产品质量检验所抽样"
                 "检验，抗压强度项目不符合GB/T 5101-2017标准要求，检验结论为不合格。"),
        ("处罚依据", "《中华人民共和国产品质量法》第四十九条"),
        ("处罚类别", "罚款;没收违法所得、没收非法财物"),
        ("处罚内容", "没收不合格烧结普通砖3.2万块，并处货值金额百分之五十的罚款26400元。"),
        ("罚款金额（万元）", "2.64"),
        ("处罚决定日期", "2023/06/02"),
        ("处罚有效期", "2024/06/02"),
        ("公示截止期", "2026/06/02"),
        ("处罚机关", "桂岭市市场监督管理局"),
        ("处罚机关统一社会信用代码", "11451000MB1B56789R"),
        ("数据来源单位", "桂岭市市场监督管理局"),
    ], src="桂岭市市场监督管理局", date="2023-06-07"),
      column="penalty", title="桂岭市鑫源建材有限公司行政处罚信息",
      shape="信用中国 detail, company, 法定代表人证件号码 with X", ids=["IDX"]),

    P("h1704", word("龙渠县市场监督管理局行政处罚决定书",
        wp("龙渠县市场监督管理局", center=True, big=True)
        + wp("行政处罚决定书", center=True, big=True)
        + wp("龙市监处罚〔" + wnum("2023") + "〕" + wnum("41") + "号", center=True)
        + wp("当事人：龙渠县那洪镇阿梅粉店")
        + wp("主体资格证照名称：营业执照")
        + wp("统一社会信用代码：" + wnum("{USCC}"))
        + wp("经营场所：龙渠县那洪镇那洪街" + wnum("58") + "号")
        + wp("经营者：蒙秋梅<span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span>性别：女")
        + wp("身份证号码：" + wnum(cut("ID", 0, 6) + SPR + cut("ID", 6, 18)))
        + wp("住址：广西壮族自治区龙渠县那洪镇弄怀村弄怀屯23号")
        + wp("联系电话：" + wnum("{MOB}"))
        + wp("2023年3月21日，本局执法人员依法对当事人经营场所进行现场检查，发现当事人后厨冰柜内存放"
             "的用于制作米粉配菜的冷冻猪肉5千克已超过保质期，当事人未能提供该批猪肉的进货查验记录和"
             "检验检疫合格证明。经本局负责人批准，于同日对当事人立案调查。")
        + wp("经查，当事人于2023年2月下旬从龙渠县农贸市场流动摊贩处购进冷冻猪肉10千克，已使用5千克，"
             "制作的米粉按每碗12元销售，违法所得无法计算。上述事实，有现场笔录、询问笔录、当事人营业"
             "执照复印件、经营者身份证复印件等证据为证。")
        + wp("本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。"
             "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：一、没收"
             "超过保质期的冷冻猪肉5千克；二、罚款人民币伍仟元整（5000.00元）。")
        + wp("当事人应当自收到本决定书之日起十五日内，将罚款缴至龙渠县非税收入汇缴结算户。逾期不缴纳"
             "罚款的，本局将每日按罚款数额的百分之三加处罚款。")
        + wp("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议；"
             "也可以在六个月内依法向龙渠县人民法院提起行政诉讼。")
        + wp("龙渠县市场监督管理局<br>2023年4月18日", center=True)),
      column="penalty", title="龙渠县市场监督管理局行政处罚决定书",
      shape="Word HTML 食品 个体: NBSP spacerun inside the ID, 住址 村 屯 号, 经营场所 not, mobile",
      ids=["ID"], phones=["MOB"], addrs=["广西壮族自治区龙渠县那洪镇弄怀村弄怀屯23号"]),

    P("h1705", brpage("桂岭市市场监督管理局行政处罚决定书（桂市监价罚〔2023〕9号）", [
        "桂岭市市场监督管理局",
        "行政处罚决定书",
        "桂市监价罚〔2023〕9号",
        "",
        "当事人：桂岭市龙渠县恒通燃气有限公司",
        "统一社会信用代码：{USCC}",
        "住所：龙渠县龙渠镇江滨大道166号",
        "法定代表人：李国庆",
        "",
        "　　经查，当事人于2022年10月至12月期间，在为龙渠县城区居民用户办理管道燃气开户时，除按政府"
        "定价收取管道燃气工程安装费外，另行收取开户服务费每户200元，共计收取137户，金额27400元。",
        "　　当事人的上述行为违反了《中华人民共和国价格法》第十二条的规定，构成不执行政府定价的价格"
        "违法行为。依据《价格违法行为行政处罚规定》第九条第（一）项，本局决定：责令当事人退还多收价款"
        "27400元；不能退还的，没收违法所得；并处违法所得一倍的罚款27400元。",
        "　　当事人应在收到本决定书之日起十五日内将罚没款缴入：",
        "　　户名：桂岭市财政局非税收入汇缴结算户",
        "　　账号：{OACCT}",
        "　　开户行：中国农业银行股份有限公司桂岭分行营业部",
        "　　如不服本决定，可在收到本决定书之日起六十日内向桂岭市人民政府申请行政复议，或者在六个月内"
        "向桂岭市城中区人民法院提起行政诉讼。",
        "　　执法人员：陈立（执法证号：{CERT}）　吴敏（执法证号：{CERT2}）",
        "　　价格举报电话：12315",
        "　　　　　　　　　　　　　　　　桂岭市市场监督管理局",
        "　　　　　　　　　　　　　　　　2023年3月6日",
    ], org="桂岭市市场监督管理局", date="2023-03-09", col="行政处罚",
        site="桂岭市市场监督管理局", domain="scjgj.guiling.gov.cn", code="4510000035"),
      column="penalty", title="桂岭市市场监督管理局行政处罚决定书（桂市监价罚〔2023〕9号）",
      shape="<br> page, 价格 company: 住所, 罚没款 account, 13-prefixed 执法证号, 12315: nothing"),

    P("h1706", article("龙渠县市场监督管理局行政处罚决定书（龙市监处罚〔2023〕58号）",
        "龙渠县市场监督管理局", "行政处罚", ps(
            "当事人：龙渠县古榄乡阿荣五金店",
            "主体类型：个体工商户",
            "注册号：450999600112345",
            "经营场所：龙渠县古榄乡古榄街22号",
            "经营者：覃荣华，男，壮族",
            "公民身份号码：{ID_FW}",
            "家庭住址：龙渠县古榄乡古榄村三队屯41号",
            "2023年5月9日，本局执法人员根据投诉举报线索，对当事人经营场所进行检查，发现当事人店内"
            "货架上摆放有标注“美的”字样及图形商标的电饭锅18台。经商标注册人授权的鉴定人员鉴定，上述"
            "电饭锅均为侵犯第1234567号注册商标专用权的商品。",
            "当事人销售侵犯注册商标专用权商品的行为，违反了《中华人民共和国商标法》第五十七条第（三）"
            "项的规定。鉴于当事人能说明提供者，且系初次违法，依据《中华人民共和国商标法》第六十条第二款"
            "的规定，本局决定：一、没收侵权电饭锅18台；二、罚款人民币7200元。",
            "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议；"
            "也可以在六个月内依法向龙渠县人民法院提起行政诉讼。",
            "龙渠县市场监督管理局",
            "2023年6月12日"), date="2023-06-14", path="zwgk/xzcf", crumb="行政处罚"),
      column="penalty", title="龙渠县市场监督管理局行政处罚决定书（龙市监处罚〔2023〕58号）",
      shape="知识产权 个体: 15-digit 注册号 passing the ID test (not), full-width ID, 家庭住址",
      ids=["ID"], addrs=["龙渠县古榄乡古榄村三队屯41号"]),

    P("h1707", article("龙渠县公安局交通管理大队非现场执法交通违法行为公告（2023年第6期）",
        "龙渠县公安局", "行政处罚", ps(
            "以下机动车在我县辖区道路上存在交通技术监控设备记录的道路交通安全违法行为，经审核确认，"
            "现予以公告。请机动车所有人、管理人或驾驶人自公告之日起三十日内，到龙渠县公安局交通管理大队"
            "违法处理窗口（龙渠县龙渠镇建设路128号）或通过“交管12123”APP接受处理。逾期不接受处理的，"
            "依法作出处罚决定并公告送达。")
        + table(["序号", "号牌号码", "号牌种类", "车辆识别代号", "违法时间", "违法地点", "违法行为",
                 "决定书编号"], [
            ["1", "桂K·3A521", "小型汽车", "LGBH52E02JY123456", "2023-05-03 08:14",
             "G323线K1127+300", "机动车超过规定时速未达20%", "4510992301125530"],
            ["2", "桂K·8C306", "小型汽车", "LSVAM4187C2184847", "2023-05-06 17:42",
             "龙渠镇江滨大道与朝阳街交叉口", "机动车不按交通信号灯规定通行", "4510992301125547"],
            ["3", "桂KD0917", "小型新能源汽车", "LGXC16DF8N0123478", "2023-05-11 21:05",
             "龙渠镇建设路县医院路段", "机动车违反禁令标志指示", "4510992301125609"],
            ["4", "桂K·52117", "普通摩托车", "LAAAJKJB8M1234506", "2023-05-19 12:30",
             "S210线K38+500", "驾驶摩托车不戴安全头盔", "4510992301125623"],
        ])
        + ps("咨询电话：0779-7216122，全国道路交通安全监督热线：12122。",
             "龙渠县公安局交通管理大队", "2023年6月1日"),
        date="2023-06-01", path="zwgk/xzcf", crumb="行政处罚"),
      column="penalty", title="龙渠县公安局交通管理大队非现场执法交通违法行为公告（2023年第6期）",
      shape="交管 非现场执法 list: 号牌, VIN, 16-digit 决定书编号, 12122: nothing"),

    P("h1708", article("龙渠县城市管理综合执法局行政处罚决定书（龙城管罚决字〔2023〕第018号）",
        "龙渠县城市管理综合执法局", "通知公告", ps(
            "当事人：陆永福，性别：男，民族：汉族，身份证号：{IDX_LOW}，住址：龙渠县龙渠镇朝阳街新兴巷"
            "7号附2号。",
            "违法建设地点：龙渠县龙渠镇江滨大道南侧（原县农机站旧址东面）。",
            "2023年2月8日，本局执法人员在日常巡查中发现，当事人未取得建设工程规划许可证，擅自在上述地点"
            "建设一栋两层砖混结构房屋，占地面积约86.4平方米，建筑面积约172.8平方米。本局于同日立案调查，"
            "并向当事人送达了《责令停止违法行为通知书》。",
            "经龙渠县自然资源局认定，该建筑无法采取改正措施消除对规划实施的影响。当事人的行为违反了"
            "《中华人民共和国城乡规划法》第四十条第一款的规定，依据《中华人民共和国城乡规划法》第六十四条"
            "的规定，本局决定：限当事人自收到本决定书之日起十五日内自行拆除上述违法建设。",
            "当事人如不服本决定，可在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议，或在六个月"
            "内向龙渠县人民法院提起行政诉讼。",
            "龙渠县城市管理综合执法局", "2023年3月2日"), date="2023-03-03"),
      title="龙渠县城市管理综合执法局行政处罚决定书（龙城管罚决字〔2023〕第018号）",
      shape="城管 违建 decision outside the column, title names 行政处罚决定书; lower-case x; 巷 号附号",
      ids=["IDX"], addrs=["龙渠县龙渠镇朝阳街新兴巷7号附2号"]),

    P("h1725", oldgbk("桂岭市公安局城中分局行政处罚决定书（桂市公（城）行罚决字〔2023〕01234号）",
        ps("违法行为人：黄海明，男，壮族，身份证种类及号码：居民身份证 {IDF}，户籍所在地：广西壮族"
           "自治区龙渠县六岜镇，现住址：桂岭市城中区文昌路18#金桂苑2栋1单元302室，工作单位：无。",
           "现查明：2023年5月3日1时许，违法行为人黄海明在桂岭市城中区文昌路某KTV包厢内酒后无故滋事，"
           "砸坏包厢内电视机一台（经价格认定价值人民币1860元）。以上事实有违法行为人的陈述和申辩、"
           "证人证言、现场照片、价格认定结论书等证据证实。",
           "根据《中华人民共和国治安管理处罚法》第二十六条第（四）项之规定，现决定对违法行为人黄海明"
           "处行政拘留七日并处罚款伍佰元。",
           "执行方式和期限：行政拘留送桂岭市拘留所执行；罚款于收到本决定书之日起十五日内到中国工商银行"
           "桂岭分行各营业网点缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。",
           "如不服本决定，可以在收到本决定书之日起六十日内向桂岭市城中区人民政府申请行政复议，或者在"
           "六个月内依法向桂岭市城中区人民法院提起行政诉讼。",
           "桂岭市公安局城中分局", "二〇二三年五月四日", indent=False),
        org="桂岭市公安局城中分局", date="2023-05-08", col="行政处罚公开"),
      enc="gbk", column="penalty",
      title="桂岭市公安局城中分局行政处罚决定书（桂市公（城）行罚决字〔2023〕01234号）",
      shape="GBK 治安: 15-digit ID with 身份证 context, 现住址 with # for 号, 户籍所在地 township only",
      ids=["IDF"], addrs=["桂岭市城中区文昌路18#金桂苑2栋1单元302室"]),

    P("h1726", trs("松岚县消防救援大队行政处罚决定书（松消行罚决字〔2023〕0015号）",
        ps("被处罚人：赵金凤，女，汉族，身份证号：{ID}，户籍地：黑龙江省鹤原市松岚县兴隆镇永胜村3组，"
           "现住：松岚县松岚镇中央大街88号万达广场B座15F-1506室，联系电话：{LAND}。",
           "经营场所：松岚县松岚镇民主路27号（金凤旅店）。",
           "2023年4月11日，我大队监督员对金凤旅店进行消防监督检查时发现，该旅店二层疏散通道堆放杂物，"
           "东侧安全出口上锁。以上事实有现场检查记录、询问笔录、现场照片等证据证实。",
           "被处罚人的行为违反了《中华人民共和国消防法》第二十八条之规定，根据《中华人民共和国消防法》"
           "第六十条第一款第三项之规定，决定给予赵金凤罚款人民币伍仟元整的处罚。",
           "执行方式和期限：被处罚人持本决定书在十五日内到鹤原市农业银行各网点缴纳罚款。到期不缴纳罚款"
           "的，每日按罚款数额的百分之三加处罚款。",
           "如不服本决定，可以在收到本决定书之日起六十日内依法向松岚县人民政府申请行政复议，或者在六个月"
           "内依法向松岚县人民法院提起行政诉讼。",
           "松岚县消防救援大队", "2023年4月20日"),
        org="松岚县消防救援大队", date="2023-04-24", col="行政处罚"),
      column="penalty", title="松岚县消防救援大队行政处罚决定书（松消行罚决字〔2023〕0015号）",
      shape="TRS 消防 person: 户籍地 村 组, 现住 座 15F 室, party's landline, 经营场所 not",
      ids=["ID"], phones=["LAND"],
      addrs=["黑龙江省鹤原市松岚县兴隆镇永胜村3组",
             "松岚县松岚镇中央大街88号万达广场B座15F-1506室"]),

    P("h1727", excel("龙渠县应急管理局2023年第二季度行政处罚案件信息公开汇总表",
        ["序号", "行政相对人名称", "行政相对人类别", "证件号码", "处罚决定书文号", "违法行为",
         "处罚内容", "处罚决定日期"], [
            [xn("1"), xs("桂岭市龙渠县宏兴矿业有限公司"), xs("法人"), xt("{USCC1}"),
             xs("（龙）应急罚〔2023〕6号"), xs("未按规定对从业人员进行安全生产教育和培训"),
             xs("罚款3万元"), xn("2023/4/12", "45028", "xl69")],
            [xn("2"), xs("龙渠县那洪镇阿贵烟花爆竹零售点"), xs("个体工商户"), xt("{ID1}"),
             xs("（龙）应急罚〔2023〕7号"), xs("超许可范围储存烟花爆竹"), xs("罚款5000元"),
             xn("2023/4/20", "45036", "xl69")],
            [xn("3"), xs("杨振华"), xs("自然人"), xn("3.60999E+17", "3.60999197203150E+17"),
             xs("（龙）应急罚〔2023〕8号"), xs("未履行安全生产管理职责"), xs("罚款2.1万元"),
             xn("2023/5/9", "45055", "xl69")],
            [xn("4"), xs("龙渠县顺发石材加工厂"), xs("个人独资企业"), xt("{USCCD2}"),
             xs("（龙）应急罚〔2023〕9号"), xs("未按规定设置安全警示标志"), xs("罚款1万元"),
             xn("2023/5/23", "45069", "xl69")],
            [xn("5"), xs("农某某"), xs("自然人"), xt("{ID3_M}"),
             xs("（龙）应急罚〔2023〕10号"), xs("未取得特种作业操作证上岗作业"), xs("警告"),
             xn("2023/6/15", "45092", "xl69")],
        ], below="填报单位：龙渠县应急管理局　　填报日期：2023年7月3日"),
      enc="gbk", column="penalty", title="龙渠县应急管理局2023年第二季度行政处罚案件信息公开汇总表",
      shape="Excel HTML in the column: 证件号码 mixing USCCs, all-digit USCC, text ID, E+17, masked",
      ids=["ID1"]),

    P("h1728", word("龙渠县交通运输局行政处罚决定书",
        wp("龙渠县交通运输局", center=True, big=True)
        + wp("行政处罚决定书", center=True, big=True)
        + wp("龙交罚〔" + wnum("2023") + "〕" + wnum("37") + "号", center=True)
        + wp("当事人：莫振宇<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>性别：男")
        + wp("身份证号码：" + wnum(cut("ID", 0, 8))
             + "<span lang=EN-US style='font-family:仿宋_GB2312'>" + cut("ID", 8, 18) + "</span>")
        + wp("住址：龙渠县坡月乡坡月村坡月屯56号")
        + wp("联系电话：" + wnum("{MOB_S}"))
        + wp("车辆牌号：桂K·37A52<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>道路运输证号："
             + wnum("451099012345"))
        + wp("2023年5月17日10时20分，本局执法人员在G323线龙渠县坡月乡治超检测站依法对当事人驾驶的"
             "桂K·37A52号重型自卸货车进行检查，经称重检测，该车车货总质量为56.3吨，超过限定标准31吨，"
             "超限率81.6%。")
        + wp("当事人的行为违反了《公路安全保护条例》第三十三条第一款的规定，依据《超限运输车辆行驶公路"
             "管理规定》第四十三条第（二）项的规定，本局决定给予当事人罚款人民币叁万元整的行政处罚。")
        + wp("执法人员：覃立新（执法证号：" + wnum("{CERT}") + "）、卢海（执法证号："
             + wnum("{CERT2}") + "）")
        + wp("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议，"
             "或者在六个月内依法向龙渠县人民法院提起行政诉讼。")
        + wp("龙渠县交通运输局<br>2023年5月22日", center=True)),
      column="penalty", title="龙渠县交通运输局行政处罚决定书",
      shape="Word HTML 超限: ID split over two runs, 住址 村 屯 号, spaced mobile, 执法证号, 道路运输证号",
      ids=["ID"], phones=["MOB"], addrs=["龙渠县坡月乡坡月村坡月屯56号"]),

    P("h1729", brpage("桂岭市生态环境局行政处罚决定书（桂环罚〔2023〕19号）", [
        "当事人：农德光",
        "性别：男",
        "身份证号码：{IDX}",
        "住址：龙渠县那洪镇板烈村上林屯8号",
        "联系电话：{MOB}",
        "养殖场地址：龙渠县那洪镇板烈村上林屯北侧山坳",
        "",
        "一、环境违法事实和证据",
        "　　我局于2023年3月29日对你经营的生猪养殖场进行了调查，发现你实施了以下环境违法行为：该养殖场"
        "存栏生猪约420头，未建设与养殖规模相适应的粪污贮存设施，养殖废水经排水沟直接排入场外冲沟。",
        "　　以上事实，有现场检查（勘察）笔录、调查询问笔录、现场照片等证据为凭。",
        "二、行政处罚的依据、种类及其履行方式、期限",
        "　　依据《畜禽规模养殖污染防治条例》第三十九条的规定，我局决定对你作出如下行政处罚：责令停止"
        "违法行为，罚款人民币3.5万元。",
        "　　限于接到本处罚决定之日起十五日内缴至指定银行和账户。逾期不缴纳罚款的，我局将每日按罚款"
        "数额的3%加处罚款。",
        "　　收款银行：中国农业银行桂岭分行",
        "　　户名：桂岭市财政局非税收入汇缴结算户",
        "　　账号：{OACCT}",
        "三、申请复议或者提起诉讼的途径和期限",
        "　　你如不服本处罚决定，可在收到本处罚决定书之日起六十日内向桂岭市人民政府申请行政复议，也可以"
        "在六个月内向桂岭市城中区人民法院提起行政诉讼。",
        "　　　　　　　　　　　　　　　　桂岭市生态环境局",
        "　　　　　　　　　　　　　　　　2023年4月25日",
    ], org="桂岭市生态环境局", date="2023-04-27", col="行政处罚"),
      column="penalty", title="桂岭市生态环境局行政处罚决定书（桂环罚〔2023〕19号）",
      shape="<br> page 畜禽: X ID, 住址 村 屯 号, mobile, 养殖场地址 not, 罚没款 account not",
      ids=["IDX"], phones=["MOB"], addrs=["龙渠县那洪镇板烈村上林屯8号"]),

    P("h1730", article("龙渠县市场监督管理局关于公告送达《行政处罚决定书》的公告",
        "龙渠县市场监督管理局", "通知公告", ps(
            "黄某某（身份证号码：{ID1_M}，住址：龙渠县龙渠镇****）：",
            "本局对你作出的龙市监处罚〔2023〕33号《行政处罚决定书》，因通过直接送达、邮寄送达等方式均"
            "无法送达，依照《中华人民共和国行政处罚法》第六十一条、《市场监督管理行政处罚程序规定》第"
            "八十二条的规定，现予以公告送达。",
            "覃某某（公民身份号码：{ID2_MX}，住址：***）：",
            "本局对你作出的龙市监处罚〔2023〕36号《行政处罚决定书》，因受送达人下落不明，现予以公告送达。",
            "自公告发布之日起经过三十日，即视为送达。请你们在视为送达之日起十五日内缴纳罚款。",
            "联系人：李先生　联系电话：0779-7213315",
            "龙渠县市场监督管理局", "2023年6月20日"), date="2023-06-20"),
      title="龙渠县市场监督管理局关于公告送达《行政处罚决定书》的公告",
      shape="送达公告 in scope by title, every ID and 住址 masked: nothing"),

    P("h1731", oldgbk("龙渠县农业农村局行政处罚决定书（龙农（渔）罚〔2023〕4号）",
        ps("当事人：罗光明，男，壮族，公民身份号码：{IDX_FW}，住址：龙渠县古榄乡弄怀村弄怀屯12号。",
           "2023年4月26日21时许，我局执法人员在龙渠县古榄乡红水河弄怀段巡查时，发现当事人在禁渔期内"
           "使用电鱼器具捕捞，当场查获渔获物约3.2公斤及电鱼器具一套。",
           "当事人的行为违反了《中华人民共和国渔业法》第三十条第一款的规定。依据《中华人民共和国渔业法》"
           "第三十八条第一款的规定，我局决定：没收渔获物和电鱼器具，并处罚款人民币贰仟元整。",
           "违法地点：龙渠县古榄乡红水河弄怀段。",
           "如不服本处罚决定，可以在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议；也可以在"
           "六个月内向龙渠县人民法院提起行政诉讼。",
           "龙渠县农业农村局", "2023年5月8日"),
        org="龙渠县农业农村局", date="2023-05-10", col="执法公示", site="龙渠县农业农村局",
        foot="龙渠县农业农村局 版权所有　地址：龙渠县龙渠镇建设路56号　电话：0779-7212613"),
      enc="gbk", column="penalty", title="龙渠县农业农村局行政处罚决定书（龙农（渔）罚〔2023〕4号）",
      shape="GBK 渔政: full-width ID with Ｘ, 住址 村 屯 号, 违法地点 not",
      ids=["IDX"], addrs=["龙渠县古榄乡弄怀村弄怀屯12号"]),

    P("h1732", "龙渠县文化体育和旅游局\n行政处罚决定书\n龙文旅罚〔2023〕6号\n\n"
        "当事人：龙渠县星空网吧\n主体类型：个体工商户\n统一社会信用代码：{USCC}\n"
        "经营者：吴海燕　　性别：女\n公民身份号码：{ID_NL}\n"
        "住址：桂岭市城中区金桂大道219号锦绣华庭7幢2单元1103室\n"
        "经营地址：龙渠县龙渠镇建设路88号二楼\n"
        "网络文化经营许可证编号：桂网文〔2021〕0456-012号\n\n"
        "　　2023年4月15日22时30分，本局执法人员对当事人经营场所进行检查，发现当事人接纳3名未成年人"
        "进入营业场所上网，且未在显著位置悬挂未成年人禁入标志。\n"
        "　　当事人的行为违反了《互联网上网服务营业场所管理条例》第二十一条的规定，依据该条例第三十一条"
        "第（二）项的规定，本局决定给予当事人警告，并处罚款人民币捌仟元整。\n"
        "　　当事人应自收到本决定书之日起十五日内，将罚款缴至龙渠县非税收入汇缴结算户。\n"
        "　　如不服本决定，可在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议，或在六个月内"
        "向龙渠县人民法院提起行政诉讼。\n\n"
        "　　　　　　　　　　　　　　　　龙渠县文化体育和旅游局\n"
        "　　　　　　　　　　　　　　　　2023年5月4日\n",
      kind="attachment", column="penalty",
      title="龙渠县文化体育和旅游局行政处罚决定书（龙文旅罚〔2023〕6号）",
      shape="attachment 网吧 个体: ID over a line break, 住址 幢 单元 室, 经营地址 not",
      ids=["ID"], addrs=["桂岭市城中区金桂大道219号锦绣华庭7幢2单元1103室"]),

    P("h1740", xyzg("龙渠县六岜镇好又多超市行政处罚信息", [
        ("行政相对人名称", "龙渠县六岜镇好又多超市"),
        ("行政相对人类别", "个体工商户"),
        ("行政相对人代码_1（统一社会信用代码）", "{USCC}"),
        ("法定代表人", "黎桂芳"),
        ("法定代表人证件类型", "身份证"),
        ("法定代表人证件号码", "{ID_HALF}"),
        ("行政处罚决定书文号", "龙市监处罚〔2023〕63号"),
        ("违法行为类型", "不按规定明码标价"),
        ("违法事实", "当事人销售的散装大米、鸡蛋等12种商品未标示价格，部分商品价签标示的品名、规格与"
                 "实际销售商品不符。"),
        ("处罚依据", "《价格违法行为行政处罚规定》第十三条第（一）项"),
        ("处罚类别", "警告;罚款"),
        ("处罚内容", "警告，罚款人民币2000元。"),
        ("罚款金额（万元）", "0.2"),
        ("处罚决定日期", "2023/06/28"),
        ("公示截止期", "2023/09/28"),
        ("处罚机关", "龙渠县市场监督管理局"),
        ("处罚机关统一社会信用代码", "11451099MB15723820"),
        ("数据来源单位", "龙渠县市场监督管理局"),
    ], src="龙渠县市场监督管理局", date="2023-07-03"),
      column="penalty", title="龙渠县六岜镇好又多超市行政处罚信息",
      shape="信用中国 detail, 个体 价格, ID half full-width", ids=["ID"]),

    P("h1743", oldgbk("国家税务总局龙渠县税务局税务行政处罚决定书（龙税罚〔2023〕35号）",
        ps("被处罚人名称：龙渠县阿强汽修店", "纳税人识别号：{USCCD}",
           "经营地址：龙渠县龙渠镇江滨大道208号", "负责人：覃志强",
           "负责人身份证件号码：{ID}", "负责人住址：龙渠县龙渠镇新兴巷3号2幢401室",
           "经我局（所）查明，你户未按照规定期限办理2022年7月1日至2022年9月30日增值税及附加税费的"
           "纳税申报，经责令限期改正后仍未申报。",
           "根据《中华人民共和国税收征收管理法》第六十二条的规定，决定处以罚款人民币贰佰元整。",
           "限你（单位）自本决定书送达之日起十五日内到国家税务总局龙渠县税务局办税服务厅或通过电子税务局"
           "缴纳入库。到期不缴纳罚款，我局（所）可依照《中华人民共和国行政处罚法》第七十二条第一款第（一）"
           "项的规定，每日按罚款数额的百分之三加处罚款。",
           "如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局桂岭市税务局申请行政复议，"
           "或者自收到本决定书之日起六个月内依法向人民法院起诉。",
           "国家税务总局龙渠县税务局", "2023年3月15日", indent=False),
        org="国家税务总局龙渠县税务局", date="2023-03-20", col="行政处罚", site="龙渠县人民政府",
        foot="龙渠县人民政府 版权所有　纳税服务热线：12366"),
      enc="gbk", column="penalty",
      title="国家税务总局龙渠县税务局税务行政处罚决定书（龙税罚〔2023〕35号）",
      shape="GBK 税务 个体: all-digit 纳税人识别号, 负责人身份证件号码, 负责人住址 号 幢 室, 经营地址 not",
      ids=["ID"], addrs=["龙渠县龙渠镇新兴巷3号2幢401室"]),

    P("h1744", trs("松岚县市场监督管理局行政处罚决定书（松市监罚〔2023〕21号）",
        ps("当事人：松岚县老王家豆腐坊",
           "主体类型：个体工商户（食品小作坊）",
           "统一社会信用代码：{USCC}",
           "经营场所：松岚县青山乡太平村主街",
           "经营者：王守业，男，汉族，身份证号码：{IDX}",
           "经营者住址：松岚县青山乡太平村5组17号",
           "2023年5月16日，鹤原市市场监督管理局组织的食品安全监督抽检结果显示，当事人生产的豆腐干（散装）"
           "中检出苯甲酸及其钠盐（以苯甲酸计）0.62g/kg，不符合GB 2760-2014的要求。",
           "当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（四）项的规定，依据《黑龙江省食品"
           "小作坊小餐饮店小食杂店和食品摊贩管理条例》的有关规定，本局决定：没收违法所得320元，罚款人民币"
           "3000元。",
           "松岚县市场监督管理局", "2023年6月30日"),
        org="松岚县市场监督管理局", date="2023-07-04", col="行政处罚"),
      column="penalty", title="松岚县市场监督管理局行政处罚决定书（松市监罚〔2023〕21号）",
      shape="TRS 食品小作坊: 经营者 X ID, 经营者住址 村 组 号, 经营场所 not",
      ids=["IDX"], addrs=["松岚县青山乡太平村5组17号"]),

    P("h1745", article("龙渠县应急管理局行政处罚决定书（（龙）应急罚〔2023〕8号）",
        "龙渠县应急管理局", "行政处罚", ps(
            "被处罚人：杨振华，男，汉族，身份证号码：{ID}，住址：龙渠县龙渠镇江滨大道99号滨江花园C座"
            "2单元502室，职务：桂岭市龙渠县宏兴矿业有限公司主要负责人。",
            "单位名称：桂岭市龙渠县宏兴矿业有限公司，住所：龙渠县六岜镇板烈村，统一社会信用代码：{USCC}。",
            "经查，2023年3月以来，被处罚人作为宏兴矿业有限公司主要负责人，未组织制定并实施本单位安全生产"
            "教育和培训计划，未督促、检查本单位的安全生产工作，及时消除生产安全事故隐患。",
            "以上事实违反了《中华人民共和国安全生产法》第二十一条第（三）项、第（五）项的规定，依据《中华"
            "人民共和国安全生产法》第九十四条第一款的规定，决定给予被处罚人罚款人民币贰万壹仟元整的行政"
            "处罚。",
            "执法人员：黄伟（执法证号：{CERT}）、蓝志远（执法证号：{CERT2}）",
            "如不服本决定，可以在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议，或者在六个月内"
            "依法向龙渠县人民法院提起行政诉讼。",
            "龙渠县应急管理局", "2023年5月9日"), date="2023-05-11", path="zwgk/xzcf",
        crumb="行政处罚"),
      column="penalty", title="龙渠县应急管理局行政处罚决定书（（龙）应急罚〔2023〕8号）",
      shape="应急 主要负责人 personal penalty: 住址 座 单元 室; company 住所 and 执法证号 not",
      ids=["ID"], addrs=["龙渠县龙渠镇江滨大道99号滨江花园C座2单元502室"]),

    P("h1746", article("龙渠县城市管理综合执法局2023年5月行政处罚案件公示",
        "龙渠县城市管理综合执法局", "行政处罚", ps(
            "根据《中华人民共和国政府信息公开条例》及行政执法公示制度的有关规定，现将我局2023年5月办结的"
            "行政处罚案件公示如下：")
        + table(["序号", "被处罚人", "证件号码", "住址", "违法行为", "处罚决定书文号", "处罚结果"], [
            ["1", "覃**", "{ID1_M}", "***", "占道经营", "龙城管罚决字〔2023〕第031号", "罚款200元"],
            ["2", "李**", "{ID2_M}", "龙渠县龙渠镇***", "乱倒建筑垃圾", "龙城管罚决字〔2023〕第032号",
             "罚款1000元"],
            ["3", "龙渠县广源商贸有限公司", "{USCC3}", "—", "擅自设置户外广告",
             "龙城管罚决字〔2023〕第033号", "罚款3000元"],
            ["4", "韦**", "{ID4_MX}", "***", "在禁止时段露天烧烤", "龙城管罚决字〔2023〕第034号",
             "警告"],
        ])
        + ps("监督电话：0779-7216701"), date="2023-06-05", path="zwgk/xzcf", crumb="行政处罚"),
      column="penalty", title="龙渠县城市管理综合执法局2023年5月行政处罚案件公示",
      shape="公示 table in the column, IDs and 住址 all masked: nothing"),

    P("h1747", article("龙渠县自然资源局关于公告送达《行政处罚决定书》的公告",
        "龙渠县自然资源局", "通知公告", ps(
            "农永安（公民身份号码：{ID_ZW}，户籍地址：龙渠县那洪镇那洪村那坡屯7号）：",
            "本局依法对你未经批准擅自占用集体土地建住宅一案作出龙自然资罚〔2023〕11号《行政处罚决定书》。"
            "因采用直接送达、邮寄送达等方式均无法送达，依照《中华人民共和国行政处罚法》第六十一条和《中华"
            "人民共和国民事诉讼法》第九十五条的规定，现向你公告送达。自公告之日起满三十日，即视为送达。",
            "你可于公告期内到龙渠县自然资源局执法监察大队（龙渠县龙渠镇政府路8号）领取。",
            "联系电话：0779-7219035", "龙渠县自然资源局", "2023年7月6日"), date="2023-07-06"),
      title="龙渠县自然资源局关于公告送达《行政处罚决定书》的公告",
      shape="送达公告 outside the column, title names 行政处罚决定书: zero-width space in ID, 户籍地址",
      ids=["ID"], addrs=["龙渠县那洪镇那洪村那坡屯7号"]),

    P("h1748", article("龙渠县医疗保障局行政处罚决定书（龙医保罚〔2023〕3号）",
        "龙渠县医疗保障局", "行政处罚", ps(
            "当事人：梁秀英，女，身份证号码：{ID1}，住址：桂岭市城中区文昌路45号3幢302室，联系电话："
            "{MOB1_86}。",
            "经查，2022年8月至2023年1月期间，当事人持其亲属梁某某（社会保障号码：{ID2_M}）的社会保障卡，"
            "先后11次在龙渠县某药店刷卡购买药品，骗取医疗保障基金支出共计2386.40元。",
            "当事人的行为违反了《医疗保障基金使用监督管理条例》第十九条第一款的规定，依据该条例第四十一条"
            "第一款的规定，本局决定：一、责令当事人退回骗取的医疗保障基金2386.40元；二、处骗取金额二倍"
            "的罚款4772.80元。",
            "如不服本决定，可在收到本决定书之日起六十日内向龙渠县人民政府申请行政复议，或者在六个月内向"
            "龙渠县人民法院提起行政诉讼。",
            "龙渠县医疗保障局", "2023年4月3日"), date="2023-04-06", path="zwgk/xzcf",
        crumb="行政处罚"),
      column="penalty", title="龙渠县医疗保障局行政处罚决定书（龙医保罚〔2023〕3号）",
      shape="医保 骗保 person: +86 mobile, 住址 号 幢 室, masked 社会保障号码 of another person",
      ids=["ID1"], phones=["MOB1"], addrs=["桂岭市城中区文昌路45号3幢302室"]),

    P("h1749", oldgbk("松岚县林业和草原局行政处罚决定书（松林罚决字〔2023〕第9号）",
        ps("当事人：孙德林，男，汉族，身份证号码：{ID_SPAN}，住址：黑龙江省松岚县东风林场3委12组。",
           "经查，2023年3月，当事人未经林业主管部门批准，在松岚县东风林场23林班5小班内擅自采伐落叶松"
           "12株，立木蓄积3.6立方米。",
           "当事人的行为违反了《中华人民共和国森林法》第五十六条第一款的规定，依据《中华人民共和国森林法》"
           "第七十六条第一款的规定，本局决定：责令当事人在2024年春季造林期内补种盗伐株数五倍的树木60株，"
           "并处盗伐林木价值三倍的罚款人民币3240元。",
           "盗伐地点：松岚县东风林场23林班5小班。",
           "如不服本处罚决定，可以在收到本决定书之日起六十日内向松岚县人民政府申请行政复议，或者在六个月"
           "内向松岚县人民法院提起行政诉讼。",
           "松岚县林业和草原局", "2023年4月18日"),
        org="松岚县林业和草原局", date="2023-04-21", col="行政执法公示", site="松岚县林业和草原局",
        foot="松岚县林业和草原局　地址：松岚县松岚镇人民路15号　邮编：154300"),
      enc="gbk", column="penalty", title="松岚县林业和草原局行政处罚决定书（松林罚决字〔2023〕第9号）",
      shape="GBK 林草 黑龙江: ID in spans, 住址 林场 委 组, 盗伐地点 not",
      ids=["ID"], addrs=["黑龙江省松岚县东风林场3委12组"]),

    # ---- lists and notices -------------------------------------------------------------------
    P("h1709", trs("国家税务总局松岚县税务局关于认定非正常户的公告（2023年第3号）",
        ps("根据《中华人民共和国税收征收管理法实施细则》第十四条和《税务登记管理办法》第四十条的规定，"
           "下列纳税人未按照规定的期限申报纳税，经税务机关责令限期改正后，逾期仍不改正，且经实地检查查无"
           "下落，现认定为非正常户，予以公告。")
        + table(["序号", "纳税人名称", "纳税人识别号", "法定代表人（负责人、业主）姓名", "身份证件种类",
                 "身份证件号码", "经营地点", "认定非正常户日期"], [
            ["1", "松岚县兴隆镇刘记烧烤店", "{USCC1}", "刘海军", "居民身份证", "{ID1}",
             "松岚县兴隆镇站前街15号", "2023-06-20"],
            ["2", "鹤原市松岚县宏达商贸有限公司", "{USCC2}", "张立新", "居民身份证", "{ID2}",
             "松岚县松岚镇民主路103号", "2023-06-20"],
            ["3", "松岚县青山乡王丽华小卖部", "{USCC3}", "王丽华", "居民身份证", "{ID3_M}",
             "松岚县青山乡太平村", "2023-06-21"],
        ])
        + ps("联系电话：0468-3231366　纳税服务热线：12366", "国家税务总局松岚县税务局", "2023年6月26日"),
        org="国家税务总局松岚县税务局", date="2023-06-26", col="通知公告"),
      title="国家税务总局松岚县税务局关于认定非正常户的公告（2023年第3号）",
      shape="TRS 非正常户 公告: 身份证件号码 of 负责人, one masked, USCCs, 经营地点",
      ids=["ID1", "ID2"]),

    P("h1710", oldgbk("桂岭市人力资源和社会保障局关于公布2023年第二批拖欠农民工工资失信联合惩戒对象名单的公告",
        ps("根据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》（人力资源社会保障部令第45号）的规定，"
           "经调查核实、告知当事人并听取陈述申辩，我局决定将以下用人单位及其负责人、包工头列入拖欠农民工"
           "工资失信联合惩戒对象名单，列入期限为三年。现予以公告。")
        + table(["序号", "失信主体名称", "统一社会信用代码（身份证号码）", "法定代表人（负责人）",
                 "列入事由", "列入日期"], [
            ["1", "桂岭市盛达建筑劳务有限公司", "{USCC1}", "陈伟",
             "拖欠龙渠县城北安置小区项目42名农民工工资58.6万元", "2023-05-30"],
            ["2", "蓝日新（包工头）", "{ID1}", "—",
             "拖欠桂岭市城中区金桂大道改造工程17名农民工工资21.3万元", "2023-05-30"],
            ["3", "何志文（包工头）", "{IDX2_S}", "—",
             "拖欠龙渠县六岜镇卫生院迁建项目11名农民工工资12.8万元", "2023-06-02"],
            ["4", "龙渠县兴邦装饰工程有限公司", "{USCCD3}", "卢兴邦",
             "拖欠龙渠县第二中学宿舍楼装修工程9名农民工工资9.6万元", "2023-06-02"],
        ], cls="")
        + ps("举报投诉电话：12333", "桂岭市人力资源和社会保障局", "2023年6月9日"),
        org="桂岭市人力资源和社会保障局", date="2023-06-09", col="公示公告",
        site="桂岭市人力资源和社会保障局",
        foot="桂岭市人力资源和社会保障局　地址：桂岭市城中区金桂大道20号　邮编：545000"),
      enc="gbk", title="桂岭市人力资源和社会保障局关于公布2023年第二批拖欠农民工工资失信联合惩戒对象名单的公告",
      shape="GBK 欠薪 失信 list of 包工头: one column mixing USCCs, all-digit USCC, IDs (6-8-4 spaced X)",
      ids=["ID1", "IDX2"]),

    P("h1711", article("龙渠县人民法院关于公布失信被执行人名单的公告（2023年第二批）",
        "龙渠县人民法院", "通知公告", ps(
            "为维护司法权威，推进社会信用体系建设，根据《最高人民法院关于公布失信被执行人名单信息的若干"
            "规定》，现将本院2023年第二批失信被执行人名单予以公布。")
        + table(["序号", "被执行人", "性别", "身份证号码/统一社会信用代码", "住址", "执行案号",
                 "未履行金额（元）"], [
            ["1", "罗国平", "男", "{ID1}", "龙渠县古榄乡古榄村坡六屯17号", "（2022）桂1099执1187号",
             "46800.00"],
            ["2", "黄美兰", "女", "{IDX2}", "桂岭市城中区金桂大道66号4栋2单元301室",
             "（2022）桂1099执1356号", "12500.00"],
            ["3", "韦志强", "男", "{ID3_M}", "龙渠县龙渠镇建设路**号", "（2023）桂1099执241号",
             "83000.00"],
            ["4", "龙渠县宏远运输有限公司", "—", "{USCC4}", "龙渠县龙渠镇江滨大道18号",
             "（2023）桂1099执302号", "215600.00"],
        ])
        + ps("请上述被执行人自觉履行生效法律文书确定的义务。知悉被执行人财产线索的，请与本院执行局联系，"
             "联系电话：0779-7213720。", "龙渠县人民法院", "2023年6月16日"), date="2023-06-19"),
      title="龙渠县人民法院关于公布失信被执行人名单的公告（2023年第二批）",
      shape="失信被执行人 list on the portal: IDs, 执行案号, masked row, 住址 column out of scope",
      ids=["ID1", "IDX2"]),

    P("h1712", excel("龙渠县城北安置小区二期项目2023年4月农民工工资发放表",
        ["序号", "姓名", "身份证号码", "工种", "出勤天数", "应发工资（元）", "实发工资（元）", "银行卡号",
         "联系电话", "本人签名"], [
            [xn("1"), xs("韦小军"), xt("{ID1}"), xs("泥工"), xn("26"),
             xn("7800.00", "7800", "xl67"), xn("7800.00", "7800", "xl67"), xt("{CARD1}"),
             xn("{MOB1}"), xs("")],
            [xn("2"), xs("黄达"), xn("4.10999E+17", "4.10999198704120E+17"), xs("钢筋工"), xn("24"),
             xn("7200.00", "7200", "xl67"), xn("7200.00", "7200", "xl67"),
             xn("6.22848E+18", "6.22848013012345E+18"), xn("{MOB2}"), xs("")],
            [xn("3"), xs("莫春生"), xt("{ID3}"), xs("木工"), xn("25"),
             xn("7500.00", "7500", "xl67"), xn("7500.00", "7500", "xl67"),
             xn("6.21799E+18", "6.21799560012345E+18"), xt("{MOB3_M}"), xs("")],
            [xn("4"), xs("蓝桂英"), xn("510999198806150000"), xs("杂工"), xn("22"),
             xn("3960.00", "3960", "xl67"), xn("3960.00", "3960", "xl67"), xt("{CARD4_M}"), xs(""),
             xs("")],
            [xs("合计"), xs(""), xs(""), xs(""), xn("97"), xn("26460.00", "26460", "xl67"),
             xn("26460.00", "26460", "xl67"), xs(""), xs(""), xs("")],
        ], above="施工单位：桂岭市建工劳务有限公司　农民工工资专用账户：{OACCT}　开户行：中国建设银行龙渠支行",
        below="项目负责人（签字）：　　　　劳资专管员（签字）：　　　　制表日期：2023年5月10日"),
      enc="gbk", title="龙渠县城北安置小区二期项目2023年4月农民工工资发放表",
      shape="Excel HTML 工资表: text IDs and card, E+17 ID and E+18 cards, 18-digit ...000 failing "
            "the check, x:num mobiles, masked, 工资专用账户 not",
      ids=["ID1", "ID3"], phones=["MOB1", "MOB2"], banks=["CARD1"]),

    P("h1713", article("龙渠县2023年第一批农机购置补贴资金兑付情况公示",
        "龙渠县农业农村局", "公示公告", ps(
            "根据《广西壮族自治区2021—2023年农业机械购置补贴实施方案》的要求，现将我县2023年第一批农机"
            "购置补贴资金兑付情况公示如下：")
        + table(["序号", "乡镇", "村", "购机者", "身份证号", "联系电话", "机具品目", "生产厂家",
                 "机具型号", "出厂编号", "数量", "单台补贴额（元）"], [
            ["1", "那洪镇", "弄怀村", "蒙德才", "{ID1_M}", "{MOB1_M}", "微耕机", "重庆鑫源农机股份有限公司",
             "1WG4.0-95FQ-ZC", "2212W0387", "1", "800"],
            ["2", "六岜镇", "板烈村", "梁永刚", "{ID2_M}", "{MOB2_M}", "轮式拖拉机",
             "山东五征集团有限公司", "WZ-904", "C2302115", "1", "15600"],
            ["3", "坡月乡", "坡月村", "罗家旺", "{ID3_MX}", "{MOB3_M}", "谷物联合收割机",
             "潍柴雷沃智慧农业科技股份有限公司", "4LZ-6M3", "GK23A01278", "1", "26000"],
        ])
        + ps("公示期为7天（2023年6月12日至6月18日）。如有异议，请在公示期内向龙渠县农业农村局反映。",
             "监督电话：0779-7218316；农业服务热线：12316。"), date="2023-06-12",
        path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县2023年第一批农机购置补贴资金兑付情况公示",
      shape="农机补贴: masked IDs and mobiles, 出厂编号, 12316: nothing"),

    P("h1714", zwfw("龙渠县2023年5月临时救助对象公示",
        "<p>根据《广西壮族自治区临时救助办法》，经个人申请、乡镇审核、县民政局审批，现将2023年5月临时"
        "救助对象予以公示，公示期7天。</p>\n"
        + table(["序号", "乡镇", "受助人", "身份证号", "家庭住址", "救助事由", "救助金额（元）", "发放账号"], [
            ["1", "那洪镇", "蒙桂兰", "{ID1_S}", "那洪镇弄怀村弄怀屯", "因病", "3000", "{CARD1}"],
            ["2", "龙渠镇", "李秋菊", "{ID2}", "龙渠镇朝阳街15号", "因灾（房屋失火）", "5000",
             "{CARDL2_S}"],
            ["3", "古榄乡", "韦振东", "{ID3_M}", "古榄乡古榄村", "因病", "2000", "{CARD3_M}"],
        ])
        + "<p>监督电话：龙渠县民政局 0779-7212871</p>", date="2023-06-08", org="龙渠县民政局"),
      title="龙渠县2023年5月临时救助对象公示",
      shape="政务服务网 临时救助: 6-8-4 spaced ID, spaced 19-digit card, masked row",
      ids=["ID1", "ID2"], banks=["CARD1", "CARDL2"]),

    P("h1715", xz("那洪镇", "那洪镇2023年第二季度农村低保动态管理情况公示",
        ps("根据《广西壮族自治区最低生活保障办法》，经村（社区）评议、镇人民政府审核，现将我镇2023年第二"
           "季度农村低保新增、停保对象公示如下：")
        + table(["序号", "村（社区）", "户主姓名", "身份证号码", "保障人口", "月保障金（元）", "变动类型",
                 "联系电话"], [
            ["1", "弄怀村", "蒙德才", "{ID1}", "3", "1260", "新增", "{MOB1}"],
            ["2", "那洪村", "黄月娥", "{IDX2}", "1", "420", "新增", "{MOB2_S}"],
            ["3", "板烈村", "农国富", "{ID3_M}", "4", "—", "停保", "{MOB3_M}"],
        ])
        + ps("公示期：2023年7月3日至7月9日。", "镇民政办电话：0779-7281023　县民政局监督电话："
             "0779-7212871"), date="2023-07-03", short="nhz"),
      title="那洪镇2023年第二季度农村低保动态管理情况公示",
      shape="乡镇 低保 动态管理: 户主 IDs, mobiles (one spaced), masked row",
      ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"]),

    P("h1716", article("龙渠县退役军人事务局关于第三批退役军人和其他优抚对象优待证审核通过人员名单的公示",
        "龙渠县退役军人事务局", "公示公告", ps(
            "根据《退役军人、其他优抚对象优待证管理办法（试行）》，现将第三批优待证审核通过人员名单公示"
            "如下：")
        + table(["序号", "姓名", "性别", "身份证号码", "人员类别", "所在乡镇"], [
            ["1", "韦国良", "男", "{ID1_M}", "退役军人", "龙渠镇"],
            ["2", "蓝秀珍", "女", "{ID2_MX}", "烈士遗属", "那洪镇"],
            ["3", "覃振明", "男", "{ID3_M}", "退役军人", "古榄乡"],
        ])
        + ps("公示期5个工作日。监督电话：0779-7215086。"), date="2023-05-22",
        path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县退役军人事务局关于第三批退役军人和其他优抚对象优待证审核通过人员名单的公示",
      shape="优待证 公示: masked and X-masked IDs: nothing"),

    P("h1717", article("龙渠县高级中学2023年春季学期普通高中国家助学金拟资助学生名单公示",
        "龙渠县教育局", "公示公告", ps(
            "根据学生申请、班级评议、学校资助工作领导小组审核，现将2023年春季学期普通高中国家助学金拟资助"
            "学生名单公示如下：")
        + table(["序号", "班级", "学生姓名", "学籍号", "学生身份证号", "资助档次", "金额（元）", "家长姓名",
                 "家长联系电话"], [
            ["1", "高二（3）班", "韦丽萍", "G{ID1}", "{ID1}", "一档", "1250", "韦德明", "{MOB1}"],
            ["2", "高一（7）班", "黄俊杰", "G{ID2}", "{ID2_D}", "二档", "1000", "黄秀梅", "{MOB2}"],
            ["3", "高三（1）班", "覃小燕", "G{ID3_M}", "{ID3_M}", "一档", "1250", "覃建", "{MOB3_M}"],
        ])
        + ps("公示期5天。对公示名单有异议的，请向学校学生资助管理中心反映，电话：0779-7216258；县学生资助"
             "管理中心电话：0779-7212093。"), date="2023-04-10", path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县高级中学2023年春季学期普通高中国家助学金拟资助学生名单公示",
      shape="助学金: 学籍号 = G + ID, plain and dashed IDs, 家长 mobiles, masked row",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    P("h1718", word("龙渠县2023年度农村部分计划生育家庭奖励扶助对象确认名单公示",
        wp("龙渠县2023年度农村部分计划生育家庭奖励扶助对象确认名单公示", center=True, big=True)
        + wp("根据《广西壮族自治区农村部分计划生育家庭奖励扶助制度实施方案》，经本人申请、村级初审、"
             "乡镇审核、县级审批，现将2023年度新增奖励扶助对象名单公示如下：")
        + wtable(["序号", "姓名", "性别", "身份证号", "户籍所在地", "扶助类别", "年扶助金额（元）",
                  "社保卡金融账号"], [
            ["1", "覃德胜", "男", wnum("{ID1_NB}"), "那洪镇那洪村", "奖励扶助", "960",
             wnum(cut("CARDL1", 0, 4) + SPR + cut("CARDL1", 4, 8) + SPR + cut("CARDL1", 8, 12) + SPR
                  + cut("CARDL1", 12, 16) + SPR + cut("CARDL1", 16, 19))],
            ["2", "黄玉莲", "女", wnum("{ID2}"), "那洪镇那洪村", "奖励扶助", "960", wnum("{CARD2}")],
            ["3", "罗永昌", "男", wnum("{ID3_M}"), "坡月乡坡月村", "奖励扶助", "960",
             wnum("{CARD3_M}")],
        ])
        + wp("公示时间：2023年4月3日至4月9日。监督电话：0779-7212516（县卫生健康局）。")),
      title="龙渠县2023年度农村部分计划生育家庭奖励扶助对象确认名单公示",
      shape="Word table 计生: U+3000-spaced ID, 19-digit card with spacerun NBSPs, masked row",
      ids=["ID1", "ID2"], banks=["CARDL1", "CARD2"]),

    P("h1719", article("龙渠县2023年第一季度脱贫人口小额信贷贴息资金公示",
        "龙渠县乡村振兴局", "公示公告", ps(
            "根据《龙渠县脱贫人口小额信贷管理办法》，现将2023年第一季度脱贫人口小额信贷贴息资金发放情况"
            "公示如下：")
        + table(["序号", "乡镇", "村", "借款人", "身份证号码", "贷款银行", "借款人账号", "贷款金额（万元）",
                 "贴息期限", "贴息金额（元）"], [
            ["1", "六岜镇", "板烈村", "梁永刚", "{ID1}", "龙渠县农村信用合作联社", "{ACCT1}", "5",
             "2023.01.01-2023.03.31", "534.25"],
            ["2", "坡月乡", "坡月村", "罗春花", "{ID2}", "桂岭银行龙渠支行", "{ACCT2}", "3",
             "2023.01.01-2023.03.31", "320.55"],
            ["3", "龙渠镇", "城东社区", "黄国强", "{ID3_M}", "龙渠县农村信用合作联社", "{ACCT3_M}", "4",
             "2023.01.01-2023.03.31", "427.40"],
        ])
        + ps("贴息资金由县乡村振兴局小额信贷贴息专户（账号：{OACCT}，开户行：龙渠县农村信用合作联社营业部）"
             "拨付至各经办银行。", "监督电话：0779-7213668。"), date="2023-04-20",
        path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县2023年第一季度脱贫人口小额信贷贴息资金公示",
      shape="小额信贷 贴息: IDs, 17-digit 借款人账号 (persons'), masked row, 贴息专户 not",
      ids=["ID1", "ID2"], banks=["ACCT1", "ACCT2"]),

    P("h1720", xz("古榄乡", "古榄乡2023年度生态护林员选聘结果公示",
        ps("根据《龙渠县建档立卡脱贫人口生态护林员选聘管理办法》，经个人申请、村民委员会推荐、乡人民政府"
           "审核，现将2023年度生态护林员选聘结果公示如下：")
        + table(["序号", "姓名", "性别", "所在村", "身份证号码/联系电话", "是否脱贫人口", "管护面积（亩）"], [
            ["1", "覃金福", "男", "古榄村", "{ID1}<br>{MOB1}", "是", "1500"],
            ["2", "韦桂香", "女", "弄怀村", "{IDX2}<br>{MOB2}", "是", "1200"],
            ["3", "罗文清", "男", "板烈村", "{ID3}<br>{MOB3_M}", "否（监测户）", "1350"],
        ])
        + ps("公示期：2023年3月1日至3月7日。监督电话：0779-7285012（乡林业站）。"),
        date="2023-03-01", short="glx"),
      title="古榄乡2023年度生态护林员选聘结果公示",
      shape="乡镇 护林员: ID and mobile in one cell over <br>, one masked mobile",
      ids=["ID1", "IDX2", "ID3"], phones=["MOB1", "MOB2"]),

    P("h1721", article("龙渠县2023年第二批门诊慢特病待遇认定人员名单公示",
        "龙渠县医疗保障局", "公示公告", ps(
            "经定点医疗机构初审、县医疗保障局复核，现将2023年第二批门诊慢特病待遇认定人员名单公示如下：")
        + table(["序号", "姓名", "性别", "社会保障号码", "认定病种", "认定日期", "参保类别"], [
            ["1", "韦*华", "男", "{ID1_M}", "高血压病（Ⅱ级）", "2023-05-06", "城乡居民"],
            ["2", "黄*英", "女", "{ID2_M}", "糖尿病", "2023-05-06", "城乡居民"],
            ["3", "蒙*", "男", "{ID3_MX}", "慢性肾功能衰竭（透析治疗）", "2023-05-12", "城镇职工"],
        ])
        + ps("咨询电话：0779-7230183；医保服务热线：12393。",
             "龙渠县医疗保障事业管理中心（地址：龙渠县龙渠镇建设路12号医保服务大厅）"),
        date="2023-05-18", path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县2023年第二批门诊慢特病待遇认定人员名单公示",
      shape="慢特病 名单: masked 社会保障号码, 12393, agency address: nothing"),

    P("h1722", article("龙渠县2023年6月困难残疾人生活补贴和重度残疾人护理补贴发放名单",
        "龙渠县残疾人联合会", "公示公告", ps(
            "现将2023年6月困难残疾人生活补贴和重度残疾人护理补贴发放名单公示如下：")
        + table(["序号", "乡镇", "姓名", "残疾人证号", "残疾类别", "残疾等级", "补贴类别", "金额（元）",
                 "社保卡号"], [
            ["1", "龙渠镇", "黄德旺", "{ID1}42", "肢体", "二级", "生活补贴", "80", "{CARD1}"],
            ["2", "那洪镇", "蒙小红", "{ID2}11", "视力", "一级", "两项补贴", "160", "{CARDL2}"],
            ["3", "古榄乡", "韦国安", "{ID3_M}63", "精神", "三级", "生活补贴", "80", "{CARD3_M}"],
        ])
        + ps("监督电话：0779-7212439（县残联）。"), date="2023-06-28", path="zwgk/gsgg",
        crumb="公示公告"),
      title="龙渠县2023年6月困难残疾人生活补贴和重度残疾人护理补贴发放名单",
      shape="残联 两项补贴: 20-character 残疾人证号 (ID + 2 digits, not an ID), 社保卡 cards",
      banks=["CARD1", "CARDL2"]),

    P("h1723", article("龙渠县2023年引进急需紧缺人才拟聘用人员公示",
        "龙渠县人力资源和社会保障局", "公示公告", ps(
            "根据《龙渠县2023年引进急需紧缺人才公告》，经报名、资格审查、面试、考察和体检，现将拟聘用人员"
            "名单公示如下：")
        + table(["序号", "姓名", "性别", "出生年月", "学历学位", "毕业院校", "专业", "拟聘单位", "拟聘岗位"], [
            ["1", "黄思远", "男", "1996.05", "硕士研究生", "广西大学", "土木工程", "龙渠县住房和城乡建设局",
             "专业技术岗"],
            ["2", "覃雨桐", "女", "1998.11", "硕士研究生", "广西医科大学", "临床医学", "龙渠县人民医院",
             "临床医师"],
            ["3", "李泽宇", "男", "1997.02", "大学本科/学士", "桂林理工大学", "测绘工程",
             "龙渠县自然资源局", "专业技术岗"],
        ])
        + ps("公示期为7个工作日。如有异议，请以书面形式署真实姓名向县委组织部或县人社局反映。",
             "监督电话：0779-7211569（县委组织部）、0779-7212338（县人社局）；人社服务热线：12333。"),
        date="2023-07-12", path="zwgk/gsgg", crumb="公示公告"),
      title="龙渠县2023年引进急需紧缺人才拟聘用人员公示",
      shape="人才引进 公示: 毕业院校, 出生年月, office phones: nothing"),

    P("h1724", article("2023年桂岭市龙渠县考试录用公务员拟录用人员公示（第一批）",
        "龙渠县人力资源和社会保障局", "公示公告", ps(
            "根据公务员录用有关规定，经笔试、面试、体检和考察，现将拟录用人员名单予以公示。")
        + table(["序号", "招录机关", "职位名称", "职位代码", "姓名", "性别", "准考证号", "身份证号",
                 "学历", "毕业院校", "工作单位"], [
            ["1", "龙渠县财政局", "综合管理职位", "45109901", "莫晓琳", "女", "145100301218",
             "{ID1_M}", "大学本科", "广西财经学院", "无"],
            ["2", "龙渠县那洪镇人民政府", "乡镇综合岗位", "45109915", "韦志鹏", "男", "145100302507",
             "{ID2_M}", "大学本科", "广西民族大学", "龙渠县那洪镇弄怀村村民委员会"],
            ["3", "龙渠县市场监督管理局", "执法岗位", "45109922", "陆佳", "女", "145100300926",
             "{ID3_MX}", "硕士研究生", "南宁师范大学", "无"],
        ])
        + ps("公示时间：2023年7月17日至7月21日。监督电话：0779-7211569。", "举报受理地址：龙渠县龙渠镇"
             "政府路1号县委组织部公务员管理股，邮编：533500。"), date="2023-07-17",
        path="zwgk/gsgg", crumb="公示公告"),
      title="2023年桂岭市龙渠县考试录用公务员拟录用人员公示（第一批）",
      shape="公务员 拟录用: 12-digit 准考证号, 职位代码, masked IDs, 邮编: nothing"),

    P("h1733", "附件\n\n龙渠县2023年4月医疗救助资金发放花名册\n\n"
        "制表单位：龙渠县医疗保障局　　　　制表时间：2023年5月10日\n\n"
        "序号\t乡镇\t姓名\t身份证号码\t救助类别\t救助金额（元）\t银行卡号\n"
        "1\t龙渠镇\t黄秀英\t{ID1}\t特困供养人员\t2350.60\t{CARD1}\n"
        "2\t那洪镇\t蒙志刚\t{IDX2}\t低保对象\t1860.00\t{CARDL2}\n"
        "3\t古榄乡\t韦月兰\t{ID3_M}\t脱贫人口\t920.45\t{CARD3_M}\n"
        "合计\t\t\t\t\t5131.05\t\n",
      kind="attachment", title="龙渠县2023年4月医疗救助资金发放花名册",
      shape="attachment 医疗救助 tab table: IDs, 16- and 19-digit cards, masked row",
      ids=["ID1", "IDX2"], banks=["CARD1", "CARDL2"]),

    P("h1734", zwfw("龙渠县政务服务中心2023年6月第3周办件结果公示",
        "<p>现将龙渠县政务服务中心2023年6月12日至6月16日办结事项公示如下：</p>\n"
        + table(["序号", "办件编号", "申请人", "事项名称", "受理时间", "办结时间", "办理结果"], [
            ["1", "2306124510991000137", "韦**", "个体工商户设立登记", "2023-06-12", "2023-06-12", "准予许可"],
            ["2", "2306124510991000142", "龙渠县**商贸有限公司", "食品经营许可（新办）", "2023-06-12",
             "2023-06-14", "准予许可"],
            ["3", "2306134510992000318", "黄**", "不动产转移登记", "2023-06-13", "2023-06-15", "已办结"],
            ["4", "2306154510993000096", "覃**", "灵活就业人员参保登记", "2023-06-15", "2023-06-15", "已办结"],
        ])
        + "<p>如对办理结果有异议，请拨打12345政务服务便民热线或登录广西政务服务网进行“好差评”评价。</p>",
        date="2023-06-19", org="龙渠县政务服务中心"),
      title="龙渠县政务服务中心2023年6月第3周办件结果公示",
      shape="政务服务网 办件公示: 19-digit 办件编号 starting 2, masked names, 12345: nothing"),

    P("h1735", zwfw("龙渠县不动产首次登记公告（2023年第15号）",
        "<p>经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条"
        "的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我机构。逾期无人提出"
        "异议或者异议不成立的，我机构将予以登记。</p>\n"
        + table(["序号", "不动产权利人", "不动产单元号", "不动产坐落", "面积（㎡）", "用途", "备注"], [
            ["1", "覃志高", "451099001002GB00123F00010001", "龙渠县龙渠镇朝阳街32号", "126.50", "住宅",
             "宅基地使用权/房屋所有权"],
            ["2", "韦秀兰", "451099103204JC00057F00010001", "龙渠县那洪镇弄怀村弄怀屯", "98.30", "住宅",
             "宅基地使用权/房屋所有权"],
        ])
        + "<p>异议书面材料送达地址：龙渠县不动产登记中心（龙渠县龙渠镇政府路8号），邮编：533500，"
        "联系电话：0779-7219012。</p>", date="2023-06-21", org="龙渠县不动产登记中心"),
      title="龙渠县不动产首次登记公告（2023年第15号）",
      shape="政务服务网 不动产首次登记: 不动产单元号, 坐落 (not a penalty), 邮编: nothing"),

    P("h1736", xz("六岜镇", "六岜镇2023年农村危房改造补助对象公示",
        ps("根据《龙渠县2023年农村低收入群体等重点对象住房安全保障工作实施方案》，经农户申请、村民代表"
           "评议、镇人民政府审核，现将2023年农村危房改造补助对象公示如下：")
        + table(["序号", "村", "户主", "身份证号码", "家庭人口", "改造方式", "补助金额（元）"], [
            ["1", "板烈村", "梁德富", "{ID1_D}", "4", "拆除重建", "35000"],
            ["2", "六岜村", "黄桂珍", "{ID2}", "2", "加固改造", "15000"],
            ["3", "板烈村", "农永福", "{ID3_M}", "5", "拆除重建", "35000"],
        ])
        + ps("补助资金由镇财政所通过惠民惠农财政补贴资金“一卡通”系统直接发放至农户账户。",
             "公示期7天。监督电话：0779-7286020（镇村建站）。"), date="2023-05-15", short="lbz"),
      title="六岜镇2023年农村危房改造补助对象公示",
      shape="乡镇 危房改造: dashed ID, plain ID, masked row", ids=["ID1", "ID2"]),

    P("h1737", xz("坡月乡", "坡月乡G323线改扩建项目征地补偿款发放花名册公示",
        ps("根据《龙渠县征收土地补偿安置方案》，现将G323线坡月段改扩建项目征地补偿款发放花名册公示如下：")
        + table(["序号", "被征收人", "身份证号码", "地类", "面积（亩）", "补偿金额（元）", "银行账号（一卡通）"], [
            ["1", "罗家旺", "{ID1}", "水田", "1.26", "50400", "{CARD1}"],
            ["2", "罗振兴", "{ID2}", "旱地", "0.85", "20400", "{CARDL2}"],
            ["3", "坡月村坡月屯村民小组（集体）", "—", "林地", "12.40", "74400", "{OACCT}"],
        ])
        + ps("公示期5天。如有异议，请向坡月乡人民政府反映，联系电话：0779-7287003。"),
        date="2023-08-02", short="pyx"),
      title="坡月乡G323线改扩建项目征地补偿款发放花名册公示",
      shape="乡镇 征地补偿: IDs, cards, 村民小组 collective account not",
      ids=["ID1", "ID2"], banks=["CARD1", "CARDL2"]),

    P("h1738", article("龙渠县城市管理综合执法局关于限期自行拆除违法建设的公告",
        "龙渠县城市管理综合执法局", "通知公告", ps(
            "业主：黄振兴，身份证号：{ID_FONT}，住址：龙渠县龙渠镇朝阳街12号。",
            "经查，你在龙渠县龙渠镇江滨大道北侧滨江公园东面未取得建设工程规划许可证擅自搭建彩钢板房一间，"
            "面积约45平方米，违反了《中华人民共和国城乡规划法》第四十条的规定。本局已于2023年5月8日依法"
            "作出《限期拆除决定书》，因无法直接送达，现予以公告。",
            "请你自本公告发布之日起十日内自行拆除上述违法建设，逾期不拆除的，本局将依法组织强制拆除。",
            "联系电话：0779-7216701", "龙渠县城市管理综合执法局", "2023年5月29日"), date="2023-05-29"),
      title="龙渠县城市管理综合执法局关于限期自行拆除违法建设的公告",
      shape="限期拆除 公告 outside scope: ID in font/b runs; 住址 not in scope", ids=["ID"]),

    P("h1739", word("龙渠县第一幼儿园2023年春季学期学前教育幼儿资助名单公示",
        wp("龙渠县第一幼儿园2023年春季学期学前教育幼儿资助名单公示", center=True, big=True)
        + wp("根据《广西壮族自治区学前教育资助管理办法》，经家长申请、幼儿园评审，现将2023年春季学期学前"
             "教育资助名单公示如下：")
        + wtable(["序号", "幼儿姓名", "班级", "家长姓名", "家长身份证号", "联系电话", "资助金额（元）"], [
            ["1", "韦梓涵", "大（2）班", "韦海平", wnum("{ID1}"),
             wnum(cut("MOB1", 0, 3) + SPR + cut("MOB1", 3, 7) + SPR + cut("MOB1", 7, 11)), "750"],
            ["2", "黄一诺", "中（1）班", "黄丽娟", wnum("{IDX2}"), wnum("{MOB2}"), "750"],
            ["3", "蒙子轩", "小（3）班", "蒙建新", wnum("{ID3_M}"), wnum("{MOB3_M}"), "750"],
        ])
        + wp("公示期：2023年4月17日至4月21日。监督电话：0779-7212093（县学生资助管理中心）。")),
      title="龙渠县第一幼儿园2023年春季学期学前教育幼儿资助名单公示",
      shape="Word table 学前资助: 家长 IDs, mobile with spacerun NBSPs, masked row",
      ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"]),

    P("h1741", zwfw("关于市民反映龙渠镇朝阳街夜间施工噪音扰民问题的回复",
        "<p>工单编号：{ORDER}</p>\n<p>来电人：陈女士　来电号码：{MOB_M}</p>\n"
        "<p>来电内容：来电人反映龙渠镇朝阳街某在建项目连续多日在夜间22时后施工，噪音严重影响附近居民休息，"
        "希望相关部门处理。</p>\n"
        "<p>办理结果：接到工单后，县住房和城乡建设局会同县生态环境局执法人员于次日到现场核查，情况属实。"
        "已责令施工单位立即停止夜间施工，确需连续作业的须依法办理夜间施工许可并提前公告。经回访，来电人对"
        "办理结果表示满意。</p>\n"
        "<p>承办单位：龙渠县住房和城乡建设局　联系电话：0779-7212206</p>\n"
        "<p>如有其他诉求，请拨打12345政务服务便民热线。</p>", date="2023-06-30",
        org="龙渠县12345政务服务便民热线"),
      title="关于市民反映龙渠镇朝阳街夜间施工噪音扰民问题的回复",
      shape="12345 reply: Luhn-valid 19-digit 工单编号, masked caller mobile: nothing"),

    P("h1742", zwfw("行政处罚罚没款及非税收入缴纳办事指南",
        "<h4>一、适用范围</h4>\n<p>在本县范围内缴纳行政处罚罚没款、行政事业性收费等非税收入。</p>\n"
        "<h4>二、缴款账户</h4>\n"
        "<p>账户名称：龙渠县非税收入汇缴结算户<br>账号：{OACCT}<br>开户行：中国农业银行股份有限公司龙渠支行</p>\n"
        "<p>国库账户：国家金库龙渠县支库　账号：{OACCT2}</p>\n"
        "<h4>三、办理流程</h4>\n<p>缴款人持《非税收入一般缴款书》到代理银行柜台或通过“广西非税缴费”"
        "公众号缴款。缴款成功后系统生成缴款流水号（如：{ORDER}），请妥善保存。</p>\n"
        "<h4>四、办理地点</h4>\n<p>龙渠县政务服务中心一楼12号窗口（龙渠县龙渠镇江滨大道200号），"
        "邮编：533500。</p>\n"
        "<h4>五、咨询及监督电话</h4>\n<p>咨询电话：0779-7212345（县财政局非税收入管理股）；监督投诉"
        "电话：12345。</p>", date="2023-02-15", org="龙渠县财政局"),
      title="行政处罚罚没款及非税收入缴纳办事指南",
      shape="办事指南: 非税 and 国库 accounts, Luhn-valid 缴款流水号, 窗口 address, 邮编: nothing"),

    P("h1750", zwfw("龙渠县个体工商户简易注销公告（2023年第7期）",
        "<p>下列个体工商户已申请简易注销登记，现予公告。公告期内，利害关系人可通过广西政务服务网提出"
        "异议。</p>\n"
        + table(["序号", "个体工商户名称", "注册号/统一社会信用代码", "经营者", "经营者身份证号",
                 "注销原因"], [
            ["1", "龙渠县那洪镇小韦副食店", "450999600223456", "韦**", "{ID1_M}", "经营者决定歇业"],
            ["2", "龙渠县龙渠镇金秋服装店", "{USCC2}", "黄**", "{ID2_M}", "经营者决定歇业"],
            ["3", "龙渠县古榄乡农家乐餐馆", "{USCC3}", "覃**", "{ID3_MX}", "经营场所拆迁"],
        ])
        + "<p>咨询电话：0779-7213126（县市场监督管理局登记注册股）</p>", date="2023-07-10",
        org="龙渠县市场监督管理局"),
      title="龙渠县个体工商户简易注销公告（2023年第7期）",
      shape="政务服务网 个体户 注销: 15-digit 注册号 under a 注册号 header, USCCs, masked IDs: nothing"),

    P("h1751", brpage("龙渠县人民法院关于对拒不履行生效法律文书义务的失信被执行人予以曝光的公告", [
        "　　为维护法律权威，保障胜诉当事人合法权益，现将以下拒不履行生效法律文书确定义务的失信被执行人"
        "予以曝光：",
        "　　1.被执行人：潘国庆，男，身份证号码：{ID1}，住址：龙渠县龙渠镇朝阳街28号，联系电话：{MOB1}，"
        "执行案号：（2022）桂1099执889号，未履行金额：68000元。",
        "　　2.被执行人：吴小兰，女，身份证号码：{IDX2_CMT}，住址：龙渠县六岜镇六岜村上屯9号，联系电话："
        "{MOB2_D}，执行案号：（2023）桂1099执117号，未履行金额：23500元。",
        "　　3.被执行人：龙渠县永盛建材经营部，统一社会信用代码：{USCC3}，经营者：莫永盛，执行案号："
        "（2023）桂1099执206号，未履行金额：154000元。",
        "　　请上述被执行人立即履行义务。举报被执行人财产线索请拨打：0779-7213720。",
        "　　　　　　　　　　　　　　　　龙渠县人民法院",
        "　　　　　　　　　　　　　　　　2023年8月1日",
    ], org="龙渠县人民法院", date="2023-08-03", col="通知公告", site=SITE,
        domain="www.longqu.gov.cn", code="4510990003"),
      title="龙渠县人民法院关于对拒不履行生效法律文书义务的失信被执行人予以曝光的公告",
      shape="<br> page 失信被执行人 曝光: comment-split X ID, dashed mobile, 住址 out of scope",
      ids=["ID1", "IDX2"], phones=["MOB1", "MOB2"]),
]
