"""The sixteenth held-out passages: written blind, by someone who did not read the detectors
(plugins/, src/), the benchmarks, or any earlier passage file beyond heldout15's first lines
(for the format), labelled by hand from the definitions of privacy.id-number, privacy.phone,
privacy.bank-account and privacy.address (rules.md, privacy.md) before any run.

Furniture: a fictional 秦峪县 under 东岭市 (陕西), in seven looks: a 政府信息公开平台 page with a
索引号/发文机关/成文日期/文号 info table above the text; a 大汉 JCMS page (``<!--<$[信息内容]>begin-->``,
``ZJEG_RSS`` and ContentStart/ContentEnd markers, ``id="zoom"``); a mobile ``m.`` page; a
WordPress-like post (``entry-content``); a 开普云 page (``UCAP-CONTENT``); a pdf2htmlEX-style
conversion with one absolutely positioned ``<div>`` per line; an old table-layout page with
``<font>`` and ``<span style>`` runs served as GBK or GB2312; plus text attachments.

Shapes. Penalty decisions: 市场监管 广告 个体户 (经营者's 住址 with 号附号 vs 经营场所, spaced
mobile); 市场监管 计量 company (住所, 法定代表人's office landline, 执法证号 13-prefixed, 罚没款
account, 12315: nothing); 特种设备 person on a mobile page (spaced ID with X, 新村 号楼 单元 室,
two mobiles split by /); 公安 治安 on a GBK font/span page (ID in spans, 户籍所在地 村 屯 号,
现住址 路 弄 号, full-width mobile); 消防 on a 开普云 page (lower-case x, 巷 之 号, 违法行为地点 not);
出入境 容留 (15-digit 公民身份号码, 路 号院 号楼 单元 室, passport number not); 交通 非法营运 as
PDF-to-HTML (住址 only the township, half full-width mobile, 车辆识别代号, 执法证号); 城管 占道
(comment-split ID, 家住 with no colon); 城管 渣土 company (all-digit 信用代码, masked driver ID
and 住址 ***: nothing); 税务 个人 (U+3000-spaced ID, 地址 路 里 号楼, 国库 account, 12366);
卫健 职业卫生 company (15-digit 注册号 that passes the ID test: nothing); 生态环境 噪声
(half-width/full-width ID, 社区 组 号, bracketed 029 landline, 12369); 危废 company with a
委托代理人 (ID over a <br>, the agent's 幢 单元 室); 自然资源 (full-width ID with Ｘ, 现住 村 组 号);
水利 (zero-width space in the ID, 住址 村 + 组 number only); 种子 个体 on a GBK page (font-split
ID); 兽药 company (发票号码, 许可证编号: nothing); 文旅 出版 PDF (现居住于, +86 mobile); 应急 个体
(dashed ID, 巷 号); 人社 company (masked workers: nothing); 医保 诊所 负责人 (dashed mobile);
住建 燃气 (家庭地址 号院 号楼, two mobiles split by 、); 统计 company PDF (nothing); 粮食 on a
GB2312 page (15-digit ID, 村 队 号); 烟草 (ID in spans, 农场 连队 栋 室 户籍地址); 海关-like
(6-8-4 spaced ID, 地址, +86- mobile, Luhn-valid 运单号 not); 邮政 company (运单号s, masked
sender phone: nothing); 殡葬 (住所 of a person); 公示 table in the penalty column (当事人姓名/
住址 header; masked row, township-only row); text attachment decision (ID over a line break,
dashed 029 landline); an X-masked 治安 decision on a page declared gb2312 that holds 〇,
a GBK-only character (nothing).
Scope cases: 送达公告 outside the penalty column whose title names 行政处罚决定书 (户籍地址
labelled); 事先告知书 送达公告 outside the column (title names neither: ID only); 催告书 in the
column (地址 of a person); 听证告知书 in the column; 不予行政处罚决定书 with no column; 社区矫正
公告 (ID glued between CJK; address not in scope).
Lists: 低保 (存折 17-digit account of a person, spaced 19-digit card, masked row); 特困
attachment (tab table, full-width ID, X-masked row); 孤儿 (监护人 mobile and card, 福利院's
number and account not); 残疾人两项补贴 (masked 残疾证号, U+3000-spaced card, card in spans);
耕地地力 on a GBK page (masked IDs, 19-digit cards, 合作社 account not); 退役士兵 (full-width
ID in a cell); 高校毕业生 (all masked: nothing); 稳岗返还 (company 基本户 accounts: nothing);
公益林 attachment (space-set table, dashed card, 村委会 account not); 棚改安置 (ID in spans in a
cell); 助学金 (学籍号 = G + ID: not a match; 资助卡 cards); 12345 回复, 社保 办事指南 (流水号
Luhn-valid, 国库), 招聘 面试 (准考证号), 政府采购 中标, 统计 调查 公告, 慢特病 名单 (all nothing);
公租房 催缴 (承租人 IDs, mobiles, one U+3000-spaced); 医疗救助 on a GBK page (15-digit ID under a
身份证号码 header, half full-width ID, 存折 account, full-width card).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Everything below goes through str.format_map with the page text, so the furniture has no
# single braces: CSS braces are doubled and f-strings only insert plain titles and names.

SITE = "秦峪县人民政府"
FOOT_LINES = ("主办：秦峪县人民政府办公室　承办：秦峪县大数据服务中心",
              "地址：陕西省秦峪县城关镇政府街1号　邮编：723300　联系电话：0916-7212345",
              "网站标识码：6107990015　陕ICP备05012345号-2　陕公网安备 61079902000123号")


def _metas(title: str, col: str, org: str, date: str) -> str:
    return (f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
            "<meta name=\"SiteDomain\" content=\"www.qinyu.gov.cn\">\n"
            "<meta name=\"SiteIDCode\" content=\"6107990015\">\n"
            f"<meta name=\"ColumnName\" content=\"{col}\">\n"
            f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
            f"<meta name=\"PubDate\" content=\"{date}\">\n"
            f"<meta name=\"ContentSource\" content=\"{org}\">\n")


def ps(*paras: str, indent: bool = True) -> str:
    """Paragraphs; ``indent`` adds the usual two-character text indent."""
    style = " style=\"text-indent:2em;\"" if indent else ""
    return "\n".join(f"<p{style}>{p}</p>" for p in paras)


def table(header: list[str], rows: list[list[str]], cls: str = "tb") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return (f"<table class=\"{cls}\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
            f"<tr>{head}</tr>\n{body}</table>")


def xxgk(title: str, org: str, col: str, text: str, *, idx: str, date: str, doc_no: str = "",
         theme: str = "综合政务") -> str:
    """A 政府信息公开平台 article: info table (索引号, 发文机关, 成文日期 …) above the text."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\">\n"
        + _metas(title, col, org, date + " 09:30")
        + f"<title>{title}-秦峪县人民政府信息公开平台</title>\n"
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"/xxgk/images/xxgkbase.css\">\n"
        "<style>.xxgk-table{{width:100%;border-collapse:collapse}} .xxgk-table th{{width:90px;"
        "text-align:right;font-weight:bold}} #zoom p{{line-height:2em}}</style>\n"
        "</head><body>\n<div class=\"header\"><img src=\"/xxgk/images/logo.png\" "
        "alt=\"秦峪县人民政府信息公开平台\"></div>\n"
        "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xxgk/\">政府信息公开"
        f"</a> &gt; <a href=\"/xxgk/bmxxgk/\">部门信息公开</a> &gt; {col}</div>\n"
        "<div class=\"xxgk-head\"><table class=\"xxgk-table\">"
        f"<tr><th>索引号：</th><td>{idx}</td><th>主题分类：</th><td>{theme}</td></tr>"
        f"<tr><th>发文机关：</th><td>{org}</td><th>成文日期：</th><td>{date}</td></tr>"
        f"<tr><th>名　　称：</th><td colspan=\"3\">{title}</td></tr>"
        f"<tr><th>文　　号：</th><td>{doc_no}</td><th>发布日期：</th><td>{date}</td></tr>"
        "<!--<tr><th>有效性：</th><td>有效</td></tr>--></table></div>\n"
        f"<div class=\"xxgk-title\">{title}</div>\n<div class=\"xxgk-content\" id=\"zoom\">\n"
        + text
        + "\n</div>\n<div class=\"xxgk-tools\"><a href=\"javascript:window.print();\">【打印】</a>"
        "<a href=\"javascript:window.close();\">【关闭】</a></div>\n"
        "<div class=\"footer\">" + "<br>".join(FOOT_LINES) + "</div>\n</body></html>")


def dahan(title: str, org: str, col: str, text: str, *, date: str) -> str:
    """A 大汉 JCMS article with its template comments and content markers."""
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\" />\n"
        + _metas(title, col, org, date + " 15:02")
        + f"<title>{title}</title>\n"
        "<style>#zoom{{font-size:17px;line-height:36px;font-family:\"微软雅黑\";}}"
        " .con-title{{padding:50px 0 36px 0;}}</style>\n</head><body>\n"
        "<div class=\"position\"><table><tr><td>当前位置：</td><td><a href=\"/index.html\">首页"
        f"</a></td><td> &gt;<a href=\"/col/col1702/index.html\">{col}</a></td></tr></table></div>\n"
        f"<div class=\"con\"><p class=\"con-title\"><!--<$[标题]>begin-->{title}"
        "<!--<$[标题]>end--></p>\n<div class=\"small-title\"><span>发布日期："
        f"{date}</span><span>浏览次数：<script>_showDynClicks(\"wbnews\", 4521873)</script>"
        f"</span><span>信息来源：<!--<$[信息来源]>begin-->{org}<!--<$[信息来源]>end--></span>"
        "</div>\n<div class=\"main-txt\" id=\"zoom\"><!--<$[信息内容]>begin-->"
        "<!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">"
        + text
        + "<meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->\n"
        "</div></div>\n<div class=\"footer\"><p><a href=\"/col/col9/index.html\">网站地图</a> 丨 "
        "<a href=\"/col/col10/index.html\">联系我们</a></p><p>"
        + "</p><p>".join(FOOT_LINES) + "</p></div>\n</body></html>")


def mobile(title: str, org: str, col: str, text: str, *, date: str) -> str:
    """The m. site: viewport meta, a back bar, no national footer beyond the site code."""
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" "
        "content=\"width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no\">\n"
        + _metas(title, col, org, date)
        + f"<title>{title}</title>\n<link rel=\"canonical\" href=\"http://www.qinyu.gov.cn/\">\n"
        "<style>body{{margin:0;font-size:15px;color:#333}} .m-con p{{line-height:1.8;"
        "margin:8px 0}} .m-con table{{width:100%;font-size:12px;border-collapse:collapse}}"
        "</style>\n</head><body>\n<header class=\"m-top\"><a class=\"back\" "
        "href=\"javascript:history.back()\">&lt;</a><span>秦峪县人民政府</span>"
        "<a class=\"menu\" href=\"/m/nav.html\">≡</a></header>\n"
        f"<div class=\"m-article\"><h2 class=\"m-title\">{title}</h2>\n<div class=\"m-info\">"
        f"<span>{date}</span> <span>来源：{org}</span></div>\n<div class=\"m-con\">\n"
        + text
        + "\n</div></div>\n<div class=\"m-foot\"><p>秦峪县人民政府办公室主办</p>"
        "<p>网站标识码：6107990015</p><p>陕ICP备05012345号-2</p>"
        "<p><a href=\"http://www.qinyu.gov.cn/?pc=1\">电脑版</a></p></div>\n</body></html>")


def wp(title: str, org: str, col: str, text: str, *, date: str, post: int) -> str:
    """A WordPress-like single post of a department site."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name='robots' content='max-image-preview:large' />\n"
        + _metas(title, col, org, date)
        + f"<title>{title} &#8211; {org}</title>\n"
        "<link rel='stylesheet' id='wp-block-library-css' href='http://www.qinyu.gov.cn/"
        "wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' type='text/css' "
        "media='all' />\n<style id='global-styles-inline-css' type='text/css'>"
        "body{{--wp--preset--color--black: #000000;}} .entry-content table td{{border:1px solid "
        "#ddd;padding:4px}}</style>\n</head>\n"
        f"<body class=\"post-template-default single single-post postid-{post} "
        "single-format-standard\">\n<div id=\"page\" class=\"site\">\n"
        "<header id=\"masthead\" class=\"site-header\"><p class=\"site-title\">"
        f"<a href=\"http://www.qinyu.gov.cn/\" rel=\"home\">{org}</a></p></header>\n"
        f"<main id=\"main\" class=\"site-main\"><article id=\"post-{post}\" class=\"post-{post} "
        "post type-post status-publish format-standard hentry\">\n<header class=\"entry-header\">"
        f"<h1 class=\"entry-title\">{title}</h1><div class=\"entry-meta\"><span class=\"posted-on\">"
        f"发布于 <time class=\"entry-date published\">{date}</time></span> "
        f"<span class=\"cat-links\">分类：<a href=\"/?cat=7\" rel=\"category tag\">{col}</a>"
        "</span></div></header>\n<div class=\"entry-content\">\n"
        + text
        + "\n</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">标签：政务公开"
        "</span></footer></article></main>\n<footer id=\"colophon\" class=\"site-footer\">"
        "<div class=\"site-info\">" + "<br />".join(FOOT_LINES)
        + "</div></footer>\n</div>\n</body>\n</html>")


def ucap(title: str, org: str, col: str, text: str, *, date: str) -> str:
    """A 开普云 (UCAP) article."""
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        + _metas(title, col, org, date + " 10:21")
        + f"<title>{title}_{org}</title>\n<script src=\"/ucap/js/jquery.js\"></script>\n"
        "</head><body>\n<div class=\"ucap-header\"><a href=\"/\"><img src=\"/ucap/img/logo.png\">"
        "</a></div>\n<div class=\"pages-nav\">您所在的位置：<a href=\"/\">首页</a> &gt; "
        f"<a href=\"/zwgk/\">政务公开</a> &gt; <span>{col}</span></div>\n"
        f"<div class=\"pages-title\">{title}</div>\n<div class=\"pages-date\">{date} 10:21 "
        f"<span class=\"font\">来源：{org}</span> <span class=\"font\">【字体：<a>大</a> <a>中</a> "
        "<a>小</a>】</span></div>\n<div class=\"pages_content\" id=\"UCAP-CONTENT\">\n"
        + text
        + "\n</div>\n<div class=\"editor\">（责任编辑：县政府办）</div>\n<div class=\"foot\">"
        + "　".join(FOOT_LINES) + "</div>\n</body></html>")


def pdf(title: str, org: str, col: str, lines: list[str], *, date: str) -> str:
    """A pdf2htmlEX-style conversion: one absolutely positioned div per line, no iframe."""
    divs = []
    top = 96
    for i, line in enumerate(lines):
        left = 300 if i < 2 else (560 if i == 2 else 92)
        divs.append(f"<div class=\"t m0 x1 h2 y{i + 1} ff1 fs0 fc0 sc0 ls0 ws0\" "
                    f"style=\"left:{left}px;top:{top}px;\">{line}</div>")
        top += 30 if line else 15
    return (
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>\n"
        "<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"pdf2htmlEX\"/>\n"
        + _metas(title, col, org, date)
        + f"<title>{title}</title>\n"
        "<style type=\"text/css\">.pf{{position:relative;"
        "background-color:white;overflow:hidden;margin:0 auto 13px}} .t{{position:absolute;"
        "white-space:pre;font-size:21px;transform-origin:0% 100%;}} .ff1{{font-family:ff1;"
        "line-height:1.1}}</style>\n</head><body>\n<div id=\"sidebar\"><div id=\"outline\">"
        "</div></div>\n<div id=\"page-container\"><div id=\"pf1\" class=\"pf w0 h0\" "
        "data-page-no=\"1\"><div class=\"pc pc1 w0 h0\"><img class=\"bi x0 y0 w1 h1\" alt=\"\" "
        "src=\"bg1.png\"/>\n" + "\n".join(divs)
        + "\n</div><div class=\"pi\" data-data='[\"pdf2htmlEX\"]'></div></div></div>\n"
        "</body></html>")


def old(title: str, org: str, col: str, text: str, *, date: str, charset: str = "gbk") -> str:
    """An old table-layout CMS page with <font> and <span style> runs, served as GBK/GB2312."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
        f"charset={charset}\">\n<title>{title}</title>\n"
        f"<meta name=\"ColumnName\" content=\"{col}\">\n"
        "<link href=\"../css/style.css\" rel=\"stylesheet\" type=\"text/css\">\n</head>\n"
        "<body bgcolor=\"#FFFFFF\" leftmargin=\"0\" topmargin=\"0\">\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td height=\"120\" background=\"../images/top_bg.gif\">&nbsp;</td></tr></table>\n"
        "<table width=\"778\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "<tr><td height=\"28\" class=\"nav\">您现在的位置：<a href=\"../index.asp\">首页</a> "
        f"&gt;&gt; {col}</td></tr>\n<tr><td height=\"40\" align=\"center\"><font size=\"4\" "
        f"color=\"#CC0000\"><b>{title}</b></font></td></tr>\n"
        f"<tr><td align=\"center\"><font color=\"#666666\">发布时间：{date}　来源：{org}　"
        "点击数：<script src=\"../inc/count.asp?id=2291\"></script></font></td></tr>\n"
        "<tr><td class=\"content\" style=\"padding:10px 30px\">\n"
        + text
        + "\n</td></tr></table>\n<table width=\"778\" border=\"0\" align=\"center\">"
        "<tr><td align=\"center\" bgcolor=\"#E8E8E8\"><font size=\"2\">"
        + "<br>".join(FOOT_LINES) + "</font></td></tr></table>\n</body>\n</html>")


def fp(*paras: str) -> str:
    """Paragraphs as an old editor writes them: <p> with <font> and <span style> runs."""
    return "\n".join(
        "<p style=\"text-indent:32pt;line-height:28pt\"><span style=\"font-size:16pt;"
        f"font-family:仿宋_GB2312\"><font face=\"仿宋_GB2312\">{p}</font></span></p>"
        for p in paras)


RIGHTS = ("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向秦峪县人民政府申请行政复议，"
          "也可以在六个月内依法向秦峪县人民法院提起行政诉讼。")
PAY = ("当事人应当自收到本决定书之日起十五日内，持《陕西省非税收入一般缴款书》到代收银行缴纳罚款。"
       "到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款。")

PASSAGES = [
    # --- penalty decisions ---------------------------------------------------------------
    P("h1601", xxgk(
        "秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕47号）", "秦峪县市场监督管理局",
        "行政处罚", ps(
            "当事人：秦峪县柳林镇福顺大药房",
            "主体类型：个体工商户",
            "统一社会信用代码：{USCC}",
            "经营场所：陕西省秦峪县柳林镇南街49号",
            "经营者：刘某某　　性别：男　　民族：汉族",
            "公民身份号码：{ID}",
            "住址：陕西省秦峪县柳林镇南街47号附3号",
            "联系电话：{MOB_S}",
            "2023年4月11日，本局执法人员对当事人经营场所进行检查，发现当事人店门两侧张贴宣传海报，"
            "海报宣称其销售的“草本骨痛贴”（一类医疗器械备案凭证号：陕东械备20210017号）"
            "“专治颈椎病、腰椎间盘突出，三天见效，无效退款”。",
            "经查，上述海报由当事人自行设计，委托城关镇一家图文店制作，共计6张，制作费用120元，"
            "于2023年3月1日起张贴至被查获之日。",
            "当事人的上述行为违反了《中华人民共和国广告法》第十七条、第二十八条第二款第（二）项的规定。"
            "依据《中华人民共和国广告法》第五十八条第一款第（二）项之规定，本局决定："
            "1.责令停止发布违法广告，并在相应范围内消除影响；2.处罚款人民币叁仟元整。",
            PAY, RIGHTS,
            "秦峪县市场监督管理局",
            "2023年5月6日"),
        idx="11610799MB1C38521K/2023-00457", date="2023-05-06", doc_no="秦市监处罚〔2023〕47号",
        theme="市场监管、安全生产监管"),
      title="秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕47号）", column="penalty",
      shape="xxgk platform; 个体户 经营者 住址 号附号 vs 经营场所; spaced mobile; 医疗器械备案号",
      ids=["ID"], phones=["MOB"], addrs=["陕西省秦峪县柳林镇南街47号附3号"]),

    P("h1602", dahan(
        "秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕52号）", "秦峪县市场监督管理局",
        "行政处罚", ps(
            "当事人：秦峪县顺达石化有限公司",
            "统一社会信用代码：{USCC}",
            "住所：陕西省秦峪县城关镇兴秦路218号",
            "法定代表人：马某　　办公电话：0916-7236618",
            "2023年3月22日，本局执法人员会同秦峪县计量检定测试所对当事人加油站进行检查，"
            "发现当事人使用的3号税控燃油加油机（出厂编号：2018110637）计量检定合格证已于"
            "2022年12月到期，当事人未申请周期检定，仍在继续使用。经现场检定（检定证书编号："
            "DLJL2023-0412），该加油机示值误差为-0.41%，超出最大允许误差。",
            "以上事实，有现场笔录、检定证书、加油机销售记录、当事人营业执照复印件、"
            "法定代表人身份证明等证据证实。",
            "当事人的行为违反了《中华人民共和国计量法》第九条第一款的规定。依据《中华人民共和国"
            "计量法实施细则》第四十三条之规定，本局决定：1.责令停止使用该加油机；2.没收违法所得"
            "人民币1386.50元；3.处罚款人民币捌佰元整。",
            "罚没款请缴至秦峪县财政局非税收入汇缴结算户，开户行：中国农业银行秦峪县支行，"
            "账号：{OACCT}。",
            RIGHTS,
            "执法人员：谭某（执法证号：{CERT}）、蒲某（执法证号：{CERT2}）",
            "投诉举报电话：12315",
            "2023年4月18日"), date="2023-04-18"),
      title="秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕52号）", column="penalty",
      shape="大汉 page; company 住所; 法定代表人 office landline; 出厂编号; 13-prefixed 执法证号; "
            "罚没款 account; 12315: nothing"),

    P("h1603", mobile(
        "秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕61号）", "秦峪县市场监督管理局",
        "行政处罚", ps(
            "当事人：韩某某，女，汉族，身份证号码：{IDX_S}，住址：陕西省秦峪县城关镇东关新村4号楼"
            "2单元302室，联系方式：{MOB}/{MOB2}。",
            "2023年5月9日，本局执法人员对当事人经营的“清泉浴池”进行检查，发现其锅炉房内一台立式"
            "蒸汽锅炉（型号：LSG0.5-0.7-AII，产品编号：2016-0391）正在运行，该锅炉未办理使用登记，"
            "且自2021年起未进行定期检验。",
            "当事人的行为违反了《中华人民共和国特种设备安全法》第三十三条、第四十条第三款的规定。"
            "依据该法第八十三条第（一）项、第八十四条第（一）项之规定，本局决定：责令停止使用该锅炉，"
            "处罚款人民币叁万元整。",
            PAY, RIGHTS, "2023年6月2日", indent=False), date="2023-06-02"),
      title="秦峪县市场监督管理局行政处罚决定书（秦市监处罚〔2023〕61号）", column="penalty",
      shape="mobile page; 特种设备; 6-8-4 spaced ID with X; 新村 号楼 单元 室; two mobiles split by /",
      ids=["IDX"], phones=["MOB", "MOB2"],
      addrs=["陕西省秦峪县城关镇东关新村4号楼2单元302室"]),

    P("h1604", old(
        "秦峪县公安局行政处罚决定书（秦公（城）行罚决字〔2023〕0412号）", "秦峪县公安局", "行政处罚",
        "<p align=\"center\"><font size=\"5\" face=\"方正小标宋简体\">秦峪县公安局</font></p>\n"
        "<p align=\"center\"><font size=\"5\" face=\"方正小标宋简体\">行政处罚决定书</font></p>\n"
        "<p align=\"right\"><span style=\"font-size:14pt\">秦公（城）行罚决字〔2023〕0412号</span></p>\n"
        + fp("违法行为人杨某某，男，汉族，身份证种类及号码：居民身份证 {ID_SPAN}，"
             "户籍所在地：陕西省秦峪县石门乡马家村马家屯28号，现住址：陕西省东岭市汉江区滨河路312弄15号，"
             "工作单位：无，联系电话：{MOB_FW}。",
             "现查明：2023年6月3日22时许，违法行为人杨某某在秦峪县城关镇滨河路“老地方”烧烤店内，"
             "因琐事与邻桌顾客发生口角，后用拳头击打对方面部，致其鼻部软组织挫伤。",
             "以上事实有违法行为人的陈述和申辩、被侵害人陈述、证人证言、视听资料等证据证实。",
             "根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对杨某某处以"
             "行政拘留七日并处罚款贰佰元。",
             "执行方式和期限：送秦峪县拘留所执行；罚款于收到本决定书之日起十五日内缴至指定银行。",
             "被处罚人如不服本决定，可以在收到本决定书之日起六十日内向东岭市公安局或者秦峪县人民政府"
             "申请行政复议，或者在六个月内依法向秦峪县人民法院提起行政诉讼。",
             "秦峪县公安局　二〇二三年六月五日"), date="2023-6-8"),
      enc="gbk",
      title="秦峪县公安局行政处罚决定书（秦公（城）行罚决字〔2023〕0412号）", column="penalty",
      shape="GBK font/span page; 治安; ID in spans; 户籍所在地 村 屯 号; 现住址 路 弄 号; "
            "full-width mobile; 案发地点 not",
      ids=["ID"], phones=["MOB"],
      addrs=["陕西省秦峪县石门乡马家村马家屯28号", "陕西省东岭市汉江区滨河路312弄15号"]),

    P("h1605", ucap(
        "秦峪县消防救援大队行政处罚决定书（秦（消）行罚决字〔2023〕0031号）", "秦峪县消防救援大队",
        "行政处罚", ps(
            "被处罚人：许某，男，汉族，身份证号：{IDX_LOW}，住址：陕西省秦峪县城关镇北关巷12之1号。",
            "违法行为地点：秦峪县城关镇北关巷14号（“许记”小吃店）。",
            "2023年7月18日，我大队消防监督员对许某经营的“许记”小吃店进行检查，发现其在一层"
            "经营场所内为电动自行车充电，并堆放纸箱等杂物占用疏散通道，经责令当场改正后，"
            "7月21日复查时仍未改正。",
            "根据《中华人民共和国消防法》第六十条第二款之规定，决定给予许某罚款人民币伍佰元整的处罚。",
            "被处罚人应自收到本决定书之日起十五日内到银行缴纳罚款。如不服本决定，可以在收到本决定书"
            "之日起六十日内依法申请行政复议或者在六个月内依法向人民法院提起行政诉讼。",
            "消防安全举报投诉电话：96119",
            "秦峪县消防救援大队　2023年7月25日"), date="2023-07-26"),
      title="秦峪县消防救援大队行政处罚决定书（秦（消）行罚决字〔2023〕0031号）", column="penalty",
      shape="开普云 page; 消防 个人; lower-case x ID; 巷 之 号; 违法行为地点 not; 96119",
      ids=["IDX"], addrs=["陕西省秦峪县城关镇北关巷12之1号"]),

    P("h1606", wp(
        "秦峪县公安局行政处罚决定书（秦公（出入境）行罚决字〔2023〕0007号）", "秦峪县公安局",
        "行政处罚", ps(
            "违法行为人：陈某某，女，汉族，公民身份号码：{IDF}，"
            "住址：陕西省秦峪县城关镇和平路18号院3号楼1单元402室。",
            "现查明：2023年8月，陈某某将其名下位于城关镇兴秦路的一套住房出租给外国人"
            "ALIEV RUSTAM（男，乌兹别克斯坦籍，护照号码：FA1234567）居住，"
            "未按照规定在二十四小时内向公安机关报送住宿登记信息。",
            "以上事实有陈某某的陈述、房屋租赁合同、外国人签证信息等证据证实。",
            "根据《中华人民共和国出境入境管理法》第七十六条第一款第（五）项之规定，"
            "现决定给予陈某某罚款人民币伍佰元的处罚。",
            RIGHTS,
            "出入境服务咨询电话：0916-7218110",
            "秦峪县公安局　2023年9月4日"), date="2023-09-05", post=2317),
      title="秦峪县公安局行政处罚决定书（秦公（出入境）行罚决字〔2023〕0007号）", column="penalty",
      shape="WordPress post; 出入境 容留; 15-digit 公民身份号码; 路 号院 号楼 单元 室; passport "
            "number and office landline not",
      ids=["IDF"], addrs=["陕西省秦峪县城关镇和平路18号院3号楼1单元402室"]),

    P("h1607", pdf(
        "秦峪县交通运输局行政处罚决定书（秦交执罚〔2023〕第0216号）", "秦峪县交通运输局", "行政处罚", [
            "秦峪县交通运输局",
            "行政处罚决定书",
            "秦交执罚〔2023〕第0216号",
            "",
            "当事人：蔡某某　　性别：男　　年龄：42岁",
            "身份证号：{ID}",
            "住址：秦峪县黄沙镇",
            "联系电话：{MOB_HALF}",
            "车辆牌号：陕F·7U253　　车辆识别代号：LGBH52E05HY163478",
            "",
            "违法事实：2023年8月14日，当事人驾驶陕F·7U253小型普通客车，未取得道路运输经营许可，",
            "在秦峪县汽车站至黄沙镇之间招揽乘客，当场查获乘客4人，每人收取车费15元。",
            "当事人的行为违反了《中华人民共和国道路运输条例》第十条的规定。依据该条例第六十三条",
            "之规定，本局决定：责令停止经营，处罚款人民币叁万元整。",
            "罚款缴至秦峪县非税收入专户，开户行：中国建设银行秦峪县支行，账号：{OACCT}。",
            "执法人员：郭某（执法证号：{CERT}）　党某（执法证号：{CERT2}）",
            "如不服本决定，可以在收到本决定书之日起六十日内向秦峪县人民政府申请行政复议。",
            "秦峪县交通运输局",
            "2023年8月30日"], date="2023-08-31"),
      title="秦峪县交通运输局行政处罚决定书（秦交执罚〔2023〕第0216号）", column="penalty",
      shape="pdf2htmlEX absolute divs; 交通 非法营运; 住址 only the township; half full-width mobile; "
            "车牌号, 车辆识别代号, 执法证号, office account",
      ids=["ID"], phones=["MOB"]),

    P("h1608", pdf(
        "秦峪县城市管理执法局行政处罚决定书（秦城执罚〔2023〕088号）", "秦峪县城市管理执法局",
        "行政处罚", [
            "秦峪县城市管理执法局",
            "行政处罚决定书",
            "秦城执罚〔2023〕088号",
            "",
            "当事人：孙某，男，身份证号：{ID_CMT}，",
            "家住秦峪县城关镇北大街东段27号，电话：{MOB}。",
            "2023年6月12日9时许，本局执法队员巡查至北大街与育才路交叉口时，发现当事人在人行道上",
            "摆放三轮车及水果筐占道经营，经劝导后当事人拒不改正。",
            "当事人的行为违反了《陕西省城市市容和环境卫生管理条例》第十四条第一款的规定，",
            "依据该条例第四十二条之规定，决定对当事人处以罚款人民币贰佰元整。",
            "当事人应在收到本决定书之日起十五日内将罚款缴至指定银行。",
            "秦峪县城市管理执法局",
            "2023年6月15日"], date="2023-06-16"),
      title="秦峪县城市管理执法局行政处罚决定书（秦城执罚〔2023〕088号）", column="penalty",
      shape="pdf2htmlEX absolute divs; 城管 占道; ID split by HTML comments; 家住 with no colon",
      ids=["ID"], phones=["MOB"], addrs=["秦峪县城关镇北大街东段27号"]),

    P("h1609", xxgk(
        "秦峪县城市管理执法局行政处罚决定书（秦城执罚〔2023〕102号）", "秦峪县城市管理执法局",
        "行政处罚", ps(
            "当事人：秦峪县宏达土石方运输有限公司",
            "统一社会信用代码：{USCCD}",
            "住所：陕西省秦峪县城关镇工业园区纬二路6号",
            "法定代表人：董某某",
            "2023年7月3日凌晨，本局执法队员在兴秦路与滨河路交叉口查获当事人所属陕F·D3217重型"
            "自卸货车（车辆识别代号：LZZ5CLSB8KA312745）运输建筑渣土，车厢未采取密闭措施，"
            "沿途撒漏渣土约60米。驾驶员刘某（身份证号码：{ID_M}，住址：秦峪县城关镇***）对上述"
            "事实无异议。",
            "当事人的行为违反了《城市建筑垃圾管理规定》第十四条的规定，依据第二十三条之规定，"
            "本局决定对当事人处以罚款人民币伍仟元整。",
            PAY, RIGHTS, "2023年7月12日"),
        idx="11610799MB1D02744T/2023-00613", date="2023-07-12", doc_no="秦城执罚〔2023〕102号",
        theme="城乡建设、环境保护"),
      title="秦峪县城市管理执法局行政处罚决定书（秦城执罚〔2023〕102号）", column="penalty",
      shape="xxgk platform; 渣土 company; all-digit 信用代码; 住所 of a company; 车辆识别代号; "
            "masked driver ID and 住址 ***: nothing"),

    P("h1610", ucap(
        "国家税务总局秦峪县税务局税务行政处罚决定书（秦税罚〔2023〕18号）",
        "国家税务总局秦峪县税务局", "行政处罚", ps(
            "纳税人：王某某",
            "证件类型：居民身份证　　证件号码：{ID_NB}",
            "地址：陕西省秦峪县城关镇南关街新华里5号楼3单元201室",
            "经我局检查，你于2021年1月至2022年12月将位于城关镇南关街的门面房出租给他人使用，"
            "取得租金收入共计人民币96000.00元，未按规定申报缴纳房产税、城市维护建设税等税费，"
            "造成少缴税款3840.00元。",
            "根据《中华人民共和国税收征收管理法》第六十四条第二款之规定，对你处少缴税款百分之五十"
            "的罚款，计人民币1920.00元。",
            "限你自本决定书送达之日起15日内到国家税务总局秦峪县税务局第一税务分局缴纳入库"
            "（收款国库：国家金库秦峪县支库，账号：{OACCT}）。到期不缴纳罚款的，每日按罚款数额的"
            "百分之三加处罚款。",
            "如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局东岭市税务局申请"
            "行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。",
            "纳税服务热线：12366",
            "国家税务总局秦峪县税务局　2023年9月20日"), date="2023-09-21"),
      title="国家税务总局秦峪县税务局税务行政处罚决定书（秦税罚〔2023〕18号）", column="penalty",
      shape="开普云 page; 税务 个人 出租; U+3000-spaced ID; 地址 街 里 号楼 单元 室; 国库 account; "
            "12366",
      ids=["ID"], addrs=["陕西省秦峪县城关镇南关街新华里5号楼3单元201室"]),

    P("h1611", dahan(
        "秦峪县卫生健康局行政处罚决定书（秦卫职罚〔2023〕4号）", "秦峪县卫生健康局", "行政处罚", ps(
            "被处罚单位：秦峪县金鼎石材加工有限公司",
            "注册号：{IDF}",
            "住所：秦峪县黄沙镇工业集中区",
            "法定代表人（负责人）：康某　　职务：经理",
            "经查，你单位存在粉尘危害的切割、打磨岗位共有劳动者9人（名单略），你单位未按照规定"
            "组织上述劳动者进行上岗前和在岗期间的职业健康检查，也未建立职业健康监护档案。",
            "你单位的行为违反了《中华人民共和国职业病防治法》第三十五条第一款的规定，依据该法"
            "第七十一条第（四）项之规定，本局决定给予你单位警告，并处罚款人民币伍万元整。",
            "请在接到本决定书之日起十五日内，将罚款缴至秦峪县财政局非税收入专户。" + RIGHTS,
            "联系人：秦峪县卫生健康综合执法大队　联系电话：0916-7212120",
            "2023年8月8日"), date="2023-08-09"),
      title="秦峪县卫生健康局行政处罚决定书（秦卫职罚〔2023〕4号）", column="penalty",
      shape="大汉 page; 职业卫生 company; 15-digit 注册号 that passes the 15-digit ID test; "
            "office landline: nothing"),

    P("h1612", mobile(
        "秦峪县生态环境分局行政处罚决定书（东环秦罚〔2023〕11号）", "东岭市生态环境局秦峪分局",
        "行政处罚", ps(
            "当事人：周某某，男，身份证号：{ID_HALF}，住址：陕西省秦峪县城关镇东关社区7组32号，"
            "联系电话：{LANDB_P}。",
            "2023年5月至6月，当事人在城关镇东关社区居民楼下经营的手机店门口使用高音广播喇叭招揽"
            "顾客，周边居民多次投诉。经城关镇人民政府说服教育、责令改正后，当事人仍继续使用。",
            "当事人的行为违反了《中华人民共和国噪声污染防治法》第六十四条第二款的规定。依据该法"
            "第八十二条第（三）项之规定，我分局决定给予当事人警告，并处罚款人民币伍佰元整。",
            PAY, RIGHTS,
            "环保举报热线：12369", indent=False), date="2023-07-04"),
      title="秦峪县生态环境分局行政处罚决定书（东环秦罚〔2023〕11号）", column="penalty",
      shape="mobile page; 噪声 个人; half full-width ID; 社区 组 号; bracketed 029 landline of the "
            "party; 12369",
      ids=["ID"], phones=["LANDB"], addrs=["陕西省秦峪县城关镇东关社区7组32号"]),

    P("h1613", dahan(
        "东岭市生态环境局行政处罚决定书（东环罚〔2023〕27号）", "东岭市生态环境局", "行政处罚", ps(
            "当事人：东岭市恒源再生资源回收有限公司",
            "统一社会信用代码：{USCC}",
            "住所：陕西省东岭市汉江区工业大道南段88号",
            "法定代表人：常某某",
            "委托代理人：吴某，男，身份证号：{ID_BR}，住址：陕西省东岭市汉江区育红路21号4幢1单元602室",
            "2023年4月6日，我局执法人员在秦峪县黄沙镇对当事人租用的仓库进行检查，发现仓库内堆存"
            "废铅蓄电池（危险废物类别HW31，代码900-052-31）约2.3吨。经查，当事人未取得危险废物"
            "经营许可证，自2022年10月起从事废铅蓄电池收集活动。",
            "当事人的行为违反了《中华人民共和国固体废物污染环境防治法》第八十条第一款的规定。依据"
            "该法第一百一十四条第一款之规定，我局决定：1.责令停止违法行为；2.没收违法所得人民币"
            "16200元；3.处罚款人民币壹佰万元整。",
            PAY, RIGHTS, "2023年6月19日"), date="2023-06-20"),
      title="东岭市生态环境局行政处罚决定书（东环罚〔2023〕27号）", column="penalty",
      shape="大汉 page; 危废 company (住所 not); 委托代理人 a person: ID over a <br>, 幢 单元 室; "
            "危废代码 900-052-31",
      ids=["ID"], addrs=["陕西省东岭市汉江区育红路21号4幢1单元602室"]),

    P("h1614", xxgk(
        "秦峪县自然资源局行政处罚决定书（秦自然资罚〔2023〕11号）", "秦峪县自然资源局", "行政处罚",
        ps("当事人：冯某某，男，汉族，身份证号码：{IDX_FW}，现住：秦峪县石门乡黑河村5组18号。",
           "经查，2022年11月，当事人未经批准，擅自占用石门乡黑河村5组集体土地建设住宅一栋，"
           "占地面积186.4平方米（其中耕地112.7平方米），不符合秦峪县国土空间规划。",
           "上述事实有现场勘测图、询问笔录、照片等证据证实。当事人的行为违反了《中华人民共和国"
           "土地管理法》第四十四条第一款、第六十二条第四款的规定。依据该法第七十八条第一款之规定，"
           "本局决定：责令当事人退还非法占用的土地，限期十五日内拆除在非法占用的土地上新建的房屋。",
           RIGHTS, "秦峪县自然资源局", "2023年5月8日"),
        idx="11610799MB1B93310U/2023-00388", date="2023-05-08", doc_no="秦自然资罚〔2023〕11号",
        theme="国土资源、能源"),
      title="秦峪县自然资源局行政处罚决定书（秦自然资罚〔2023〕11号）", column="penalty",
      shape="xxgk platform; 非法占地 户主; full-width ID with Ｘ; 现住 村 组 号; 占地位置 not",
      ids=["IDX"], addrs=["秦峪县石门乡黑河村5组18号"]),

    P("h1615", wp(
        "秦峪县水利局行政处罚决定书（秦水罚〔2023〕3号）", "秦峪县水利局", "行政处罚", ps(
            "当事人：郑某某　性别：男　身份证号：{ID_ZW}　住址：秦峪县柳林镇白鹤村3组",
            "2023年3月15日，秦峪县水政监察大队巡查发现，当事人在柳林河白鹤村段河道管理范围内"
            "堆放砂石料约420立方米，影响河道行洪。经责令限期清除，当事人逾期未清除。",
            "当事人的行为违反了《中华人民共和国河道管理条例》第二十四条第一款的规定，依据该条例"
            "第四十四条第一款第（二）项之规定，本局决定：责令当事人十日内清除堆放的砂石料，"
            "并处罚款人民币贰仟元整。",
            PAY, RIGHTS,
            "联系人：秦峪县水政监察大队　电话：0916-7245310",
            "秦峪县水利局　2023年4月3日"), date="2023-04-04", post=1841),
      title="秦峪县水利局行政处罚决定书（秦水罚〔2023〕3号）", column="penalty",
      shape="WordPress post; 水利 河道; zero-width space (&#8203;) inside the ID; 住址 村 + 组 number "
            "with no house number",
      ids=["ID"], addrs=["秦峪县柳林镇白鹤村3组"]),

    P("h1616", old(
        "秦峪县农业农村局行政处罚决定书（秦农（种子）罚〔2023〕3号）", "秦峪县农业农村局", "行政处罚",
        fp("当事人：秦峪县城关镇丰收种业经营部（个体工商户）",
           "经营者：段某　　身份证号码：{ID_FONT}",
           "住址：秦峪县城关镇西关村2组41号",
           "经营场所：秦峪县城关镇农贸市场东侧3号门面",
           "2023年4月20日，本局执法人员对当事人经营场所进行检查，发现当事人销售的玉米种子“陕单609”"
           "（标签标注审定编号：陕审玉20190012，生产经营许可证编号：C（陕）农种许字（2019）第0031号）"
           "经检验发芽率为71%，低于标签标注值85%，属劣种子。当事人共购进该种子300袋，已售出186袋，"
           "货值金额7440元，违法所得1302元。",
           "当事人的行为违反了《中华人民共和国种子法》第四十九条第一款的规定，依据该法第七十五条"
           "第一款之规定，本局决定：1.没收违法所得1302元；2.没收剩余种子114袋；3.处罚款人民币"
           "壹万元整。",
           RIGHTS,
           "秦峪县农业农村局　2023年5月26日"), date="2023-5-29"),
      enc="gbk",
      title="秦峪县农业农村局行政处罚决定书（秦农（种子）罚〔2023〕3号）", column="penalty",
      shape="GBK font/span page; 种子 个体; ID split by <font>/<b>; 村 组 号 住址 vs 经营场所; "
            "审定编号 and 许可证编号",
      ids=["ID"], addrs=["秦峪县城关镇西关村2组41号"]),

    P("h1617", ucap(
        "秦峪县农业农村局行政处罚决定书（秦农（兽药）罚〔2023〕2号）", "秦峪县农业农村局", "行政处罚",
        ps("当事人：秦峪县康牧兽药有限公司",
           "统一社会信用代码：{USCCD}",
           "住所：秦峪县城关镇兴秦路106号",
           "法定代表人：谢某某",
           "兽药经营许可证编号：（2021）兽药经营证字610799012号",
           "2023年6月7日，本局执法人员在当事人门店抽取兽药“硫酸黏菌素预混剂”（批号：20230316）"
           "一批，经陕西省兽药监察所检验，含量不符合规定，判定为劣兽药。当事人购进该批兽药时"
           "取得增值税普通发票一张（发票号码：24612000000012345678），购进20袋，已销售12袋，"
           "违法所得360元。",
           "依据《兽药管理条例》第五十六条第一款之规定，本局决定：没收违法所得360元、没收剩余"
           "兽药8袋，并处货值金额二倍罚款计人民币1200元。",
           "罚没款缴入秦峪县财政局非税收入账户，账号：{OACCT}。" + RIGHTS,
           "执法证号：{CERT}",
           "农业综合执法举报电话：12316",
           "2023年7月14日"), date="2023-07-17"),
      title="秦峪县农业农村局行政处罚决定书（秦农（兽药）罚〔2023〕2号）", column="penalty",
      shape="开普云 page; 兽药 company; all-digit 信用代码; 20-digit 发票号码; 批号; 许可证编号; "
            "执法证号; 12316: nothing"),

    P("h1618", pdf(
        "秦峪县文化和旅游局行政处罚决定书（秦文旅罚决字〔2023〕6号）", "秦峪县文化和旅游局",
        "行政处罚", [
            "秦峪县文化和旅游局",
            "行政处罚决定书",
            "秦文旅罚决字〔2023〕6号",
            "",
            "当事人：闫某某　性别：女　民族：回族　身份证号：{ID}",
            "现居住于秦峪县城关镇文化巷9号2单元101室　联系电话：{MOB_86}",
            "",
            "2023年8月25日，本局执法人员在城关镇文化巷口检查时，发现当事人以流动摊点方式销售",
            "《初中数学同步练习》等教辅图书，经鉴定为非法出版物，共计137册，当事人无法提供",
            "出版物经营许可证。",
            "当事人的行为违反了《出版管理条例》第三十五条的规定，依据该条例第六十一条之规定，",
            "本局决定：1.没收非法出版物137册；2.没收违法所得人民币480元；3.处罚款人民币伍仟元整。",
            "“扫黄打非”举报电话：12390",
            "秦峪县文化和旅游局",
            "2023年9月12日"], date="2023-09-13"),
      title="秦峪县文化和旅游局行政处罚决定书（秦文旅罚决字〔2023〕6号）", column="penalty",
      shape="pdf2htmlEX absolute divs; 出版 流动摊点 个人; 现居住于 with no colon; +86 mobile; 12390",
      ids=["ID"], phones=["MOB"], addrs=["秦峪县城关镇文化巷9号2单元101室"]),

    P("h1619", dahan(
        "秦峪县应急管理局行政处罚决定书（秦应急罚〔2023〕9号）", "秦峪县应急管理局", "行政处罚", ps(
            "当事人：秦峪县城关镇鑫源五金店",
            "主体类型：个体工商户　　统一社会信用代码：{USCC}",
            "经营者：田某某　　身份证号：{ID_D}",
            "住址：秦峪县城关镇西街巷22号",
            "经营场所：秦峪县城关镇西街108号",
            "2023年9月6日，本局执法人员对当事人经营场所进行检查，发现当事人未取得危险化学品经营"
            "许可证，在店内销售油漆稀释剂（天那水）、香蕉水等危险化学品，现场查获天那水46桶。",
            "当事人的行为违反了《危险化学品安全管理条例》第三十三条第一款的规定，依据该条例"
            "第七十七条第三款之规定，本局决定：1.没收违法经营的危险化学品46桶；2.没收违法所得"
            "人民币620元；3.处罚款人民币壹拾万元整。",
            PAY, RIGHTS,
            "安全生产举报电话：12350",
            "2023年9月28日"), date="2023-09-28"),
      title="秦峪县应急管理局行政处罚决定书（秦应急罚〔2023〕9号）", column="penalty",
      shape="大汉 page; 应急 个体户; dashed 6-8-4 ID; 巷 号 住址 vs 经营场所; 12350",
      ids=["ID"], addrs=["秦峪县城关镇西街巷22号"]),

    P("h1620", xxgk(
        "秦峪县人力资源和社会保障局劳动保障监察行政处罚决定书（秦人社监罚〔2023〕2号）",
        "秦峪县人力资源和社会保障局", "行政处罚",
        ps("被处罚单位：秦峪县鼎盛建筑劳务有限公司",
           "统一社会信用代码：{USCC}",
           "地址：秦峪县城关镇兴秦路300号",
           "法定代表人：贾某某",
           "经查，你单位在承建秦峪县第二中学学生宿舍楼项目期间，拖欠韩某某等12名农民工工资共计"
           "人民币186400元，经本局下达《劳动保障监察限期改正指令书》后，逾期未支付。部分劳动者"
           "信息如下（身份证号已作脱敏处理）：")
        + table(["序号", "姓名", "身份证号", "拖欠金额（元）"], [
            ["1", "韩某某", "{ID1_M}", "18600"],
            ["2", "邱某", "{ID2_M}", "15200"],
            ["3", "罗某某", "{IDX3_MX}", "16800"]])
        + ps("依据《保障农民工工资支付条例》第五十七条之规定，本局决定对你单位处以罚款人民币"
             "伍万元整。" + RIGHTS,
             "劳动保障监察举报投诉电话：12333",
             "2023年10月16日"),
        idx="11610799MB1A66218W/2023-00902", date="2023-10-16", doc_no="秦人社监罚〔2023〕2号",
        theme="劳动、人事、监察"),
      title="秦峪县人力资源和社会保障局劳动保障监察行政处罚决定书（秦人社监罚〔2023〕2号）",
      column="penalty",
      shape="xxgk platform; 劳动监察 company (地址 of a company); workers' IDs masked with * and X; "
            "12333: nothing"),

    P("h1621", mobile(
        "秦峪县医疗保障局行政处罚决定书（秦医保罚〔2023〕5号）", "秦峪县医疗保障局", "行政处罚", ps(
            "当事人：秦峪县城关镇仁和诊所",
            "负责人：邵某，男，身份证号：{ID}，住址：秦峪县城关镇育才路南段三巷7号，"
            "联系电话：{MOB_D}",
            "医疗机构执业许可证登记号：PDY00012361079917D2152",
            "经查，当事人于2022年1月至2023年3月期间，通过串换诊疗项目、虚记药品费用等方式，"
            "造成医疗保障基金损失共计人民币32156.40元。",
            "依据《医疗保障基金使用监督管理条例》第三十八条之规定，本局决定：1.责令当事人退回"
            "医疗保障基金32156.40元；2.处造成损失金额一倍的罚款，计人民币32156.40元。",
            "退回的医保基金请缴至秦峪县医疗保障基金收入户，账号：{OACCT}。" + RIGHTS,
            "医保基金监管举报电话：0916-7288123", indent=False), date="2023-06-27"),
      title="秦峪县医疗保障局行政处罚决定书（秦医保罚〔2023〕5号）", column="penalty",
      shape="mobile page; 医保 诊所 负责人 (a person with ID): 路 巷 号 住址; dashed 3-4-4 mobile; "
            "执业许可证登记号; fund account",
      ids=["ID"], phones=["MOB"], addrs=["秦峪县城关镇育才路南段三巷7号"]),

    P("h1622", wp(
        "秦峪县住房和城乡建设局行政处罚决定书（秦住建罚〔2023〕14号）", "秦峪县住房和城乡建设局",
        "行政处罚", ps(
            "当事人：胡某某，男，身份证号：{ID}，家庭地址：秦峪县城关镇解放路南巷14号院2号楼3单元501室，"
            "联系电话：{MOB1}、{MOB2}。",
            "2023年7月10日，秦峪县天然气有限公司入户安检时发现，当事人擅自拆除其住宅厨房内燃气表前"
            "阀门并加装软管连接至阳台燃气热水器，存在燃气泄漏安全隐患。",
            "当事人的行为违反了《城镇燃气管理条例》第二十八条第（四）项的规定，依据该条例第四十九条"
            "第一款之规定，本局决定：责令当事人立即改正，并处罚款人民币捌佰元整。",
            PAY, RIGHTS,
            "燃气抢险电话：0916-7219595",
            "秦峪县住房和城乡建设局　2023年7月28日"), date="2023-07-31", post=2088),
      title="秦峪县住房和城乡建设局行政处罚决定书（秦住建罚〔2023〕14号）", column="penalty",
      shape="WordPress post; 燃气 个人; 家庭地址 路 巷 号院 号楼 单元 室; two mobiles split by 、; "
            "utility landline not",
      ids=["ID"], phones=["MOB1", "MOB2"],
      addrs=["秦峪县城关镇解放路南巷14号院2号楼3单元501室"]),

    P("h1623", pdf(
        "秦峪县统计局行政处罚决定书（秦统罚决字〔2023〕1号）", "秦峪县统计局", "行政处罚", [
            "秦峪县统计局",
            "行政处罚决定书",
            "秦统罚决字〔2023〕1号",
            "",
            "被处罚单位：秦峪县宏图建材有限公司",
            "统一社会信用代码：{USCCD}",
            "住所：陕西省秦峪县双河镇双河村",
            "法定代表人：苗某",
            "经查，你单位在2022年统计年报中报送的工业总产值（表号B204-1）为1.26亿元，经核实应为",
            "0.83亿元，虚报率为51.8%，属提供不真实统计资料。",
            "依据《中华人民共和国统计法》第四十一条第二款之规定，本局决定给予警告，并处罚款",
            "人民币伍万元整。",
            "统计执法证号：{CERT}",
            "统计违法举报电话：12340",
            "秦峪县统计局",
            "2023年8月17日"], date="2023-08-18"),
      title="秦峪县统计局行政处罚决定书（秦统罚决字〔2023〕1号）", column="penalty",
      shape="pdf2htmlEX absolute divs; 统计 company; 住所 of a company at village level; 表号; "
            "执法证号; 12340: nothing"),

    P("h1624", old(
        "秦峪县发展和改革局（粮食和物资储备局）行政处罚决定书", "秦峪县发展和改革局", "行政处罚",
        fp("秦发改粮罚〔2023〕1号",
           "当事人：沈某某，男，汉族，身份证号码：{IDF}，住址：秦峪县柳林镇五星村三队15号。",
           "经查，当事人自2022年9月起在柳林镇五星村从事玉米收购活动，累计收购玉米312吨，"
           "当事人未向秦峪县粮食和物资储备局办理粮食收购备案。",
           "当事人的行为违反了《粮食流通管理条例》第九条第一款的规定，依据该条例第四十二条之规定，"
           "本局决定给予当事人警告，并处罚款人民币贰万元整。",
           RIGHTS,
           "秦峪县发展和改革局　2023年3月17日"), date="2023-3-20", charset="gb2312"),
      enc="gbk",
      title="秦峪县发展和改革局（粮食和物资储备局）行政处罚决定书", column="penalty",
      shape="GB2312 font/span page; 粮食 收购 个人; 15-digit ID after 身份证号码; 村 队 号",
      ids=["IDF"], addrs=["秦峪县柳林镇五星村三队15号"]),

    P("h1625", ucap(
        "秦峪县烟草专卖局行政处罚决定书（秦烟罚〔2023〕第21号）", "秦峪县烟草专卖局", "行政处罚", ps(
            "当事人：钱某，男，汉族，身份证号：{IDX_SPAN}，"
            "户籍地址：新疆生产建设兵团第八师一四九团农场七连居住区3栋201室，联系电话：{MOB}。",
            "2023年6月30日，本局与秦峪县公安局在G316国道秦峪检查站联合检查，查获当事人驾驶的"
            "新C·52K71小型轿车内无烟草专卖品准运证运输“芙蓉王（硬）”等卷烟共计326条，"
            "案值人民币51460元。",
            "当事人的行为违反了《中华人民共和国烟草专卖法实施条例》第二十九条的规定，依据该条例"
            "第五十七条之规定，本局决定：处以案值百分之二十的罚款，计人民币10292元。",
            PAY, RIGHTS,
            "秦峪县烟草专卖局　2023年7月18日"), date="2023-07-19"),
      title="秦峪县烟草专卖局行政处罚决定书（秦烟罚〔2023〕第21号）", column="penalty",
      shape="开普云 page; 烟草 无准运证; ID with X in spans; 户籍地址 兵团 农场 连 栋 室; 车牌号",
      ids=["IDX"], phones=["MOB"],
      addrs=["新疆生产建设兵团第八师一四九团农场七连居住区3栋201室"]),

    P("h1626", xxgk(
        "东岭海关行政处罚决定书（东关缉违字〔2023〕0019号）", "东岭海关", "行政处罚",
        ps("当事人：魏某某，性别：女，国籍：中国，证件类型：居民身份证，证件号码：{ID_S}，"
           "地址：广东省深圳市福田区福华三路99号星河世纪大厦2103室，联系电话：+86-{MOB}。",
           "2023年4月12日，当事人通过邮递渠道向境内寄递进境快件一票（运单号：{ORDER}），申报品名为"
           "“衣物”，经海关查验，实际为化妆品、手表等物品，完税价格共计人民币48650元，超出个人"
           "自用合理数量。",
           "当事人的行为已构成违反海关监管规定的行为。依据《中华人民共和国海关行政处罚实施条例》"
           "第十九条第（四）项之规定，本关决定对当事人处以罚款人民币4800元。",
           "当事人应当自本处罚决定书送达之日起15日内，到指定银行缴纳罚款，缴入东岭海关罚没款"
           "专户（账号：{OACCT}）。" + RIGHTS,
           "东岭海关　2023年6月9日"),
        idx="000014349/2023-00231", date="2023-06-09", doc_no="东关缉违字〔2023〕0019号",
        theme="海关"),
      title="东岭海关行政处罚决定书（东关缉违字〔2023〕0019号）", column="penalty",
      shape="xxgk platform; 海关 个人 邮递物品; 6-8-4 spaced ID; 地址 路 号 大厦 室; +86- mobile; "
            "Luhn-valid 运单号 not; 罚没款 account not",
      ids=["ID"], phones=["MOB"],
      addrs=["广东省深圳市福田区福华三路99号星河世纪大厦2103室"]),

    P("h1627", mobile(
        "东岭市邮政管理局行政处罚决定书（东邮管罚〔2023〕8号）", "东岭市邮政管理局", "行政处罚", ps(
            "当事人：秦峪县速达快递服务有限公司",
            "统一社会信用代码：{USCC}",
            "住所：秦峪县城关镇东风路77号",
            "法定代表人：任某某",
            "经查，当事人于2023年5月收寄快件时未按规定查验寄件人身份并登记身份信息，涉及快件运单号"
            "{ORDER}、{ORDER2}等两票，寄件人王某（联系电话：{MOB_M}）。",
            "当事人的行为违反了《快递暂行条例》第二十二条第一款的规定，依据《中华人民共和国反恐怖"
            "主义法》第八十五条之规定，本局决定对当事人处以罚款人民币壹拾万元整。",
            RIGHTS,
            "邮政业用户申诉电话：12305", indent=False), date="2023-08-22"),
      title="东岭市邮政管理局行政处罚决定书（东邮管罚〔2023〕8号）", column="penalty",
      shape="mobile page; 邮政 company; two Luhn-valid 运单号; masked sender mobile; 12305: nothing"),

    P("h1628", wp(
        "秦峪县民政局行政处罚决定书（秦民罚〔2023〕1号）", "秦峪县民政局", "行政处罚", ps(
            "当事人：贺某某，男，汉族，公民身份号码：{ID}，住所：陕西省秦峪县石门乡青龙村4组27号。",
            "经查，2023年3月，当事人在其父亲去世后，未按规定将遗体送往殡仪馆火化，擅自在石门乡"
            "青龙村4组承包耕地内修建硬化墓穴进行土葬，占地约12平方米。",
            "当事人的行为违反了《殡葬管理条例》第十条第二款的规定，依据该条例第二十条之规定，"
            "本局决定：责令当事人于2023年5月31日前改正，恢复耕地原状。",
            RIGHTS,
            "秦峪县民政局　2023年4月26日"), date="2023-04-27", post=1766),
      title="秦峪县民政局行政处罚决定书（秦民罚〔2023〕1号）", column="penalty",
      shape="WordPress post; 民政 殡葬; 住所 of a natural person (公民身份号码, 男); 村 组 号",
      ids=["ID"], addrs=["陕西省秦峪县石门乡青龙村4组27号"]),

    P("h1629", xxgk(
        "秦峪县司法局关于张某某等3名社区矫正对象解除社区矫正的公告", "秦峪县司法局", "通知公告",
        ps("根据《中华人民共和国社区矫正法》第四十四条之规定，下列社区矫正对象矫正期满，"
           "依法解除社区矫正，特此公告。",
           "一、社区矫正对象张某某，男，身份证号码{ID1}因犯危险驾驶罪被判处拘役三个月，缓刑六个月，"
           "矫正期限自2023年3月2日起至2023年9月1日止。住址：秦峪县城关镇北关社区9号楼2单元101室。",
           "二、社区矫正对象李某，女，身份证号码：{ID2_FW}，因犯帮助信息网络犯罪活动罪被判处有期徒刑"
           "一年，缓刑一年，矫正期限自2022年9月5日起至2023年9月4日止。",
           "三、社区矫正对象王某某，男，身份证号码：{ID3_M}，因犯盗窃罪被判处有期徒刑六个月，"
           "缓刑一年。",
           "秦峪县司法局　2023年9月6日"),
        idx="11610799MB1D77302P/2023-00811", date="2023-09-06", theme="公安、安全、司法"),
      title="秦峪县司法局关于张某某等3名社区矫正对象解除社区矫正的公告", column="notice",
      shape="xxgk platform; 社区矫正 公告 outside the penalty column; ID glued between CJK "
            "(号码…因); full-width ID; masked ID; address out of scope",
      ids=["ID1", "ID2"]),

    P("h1630", dahan(
        "秦峪县文化和旅游局关于公告送达《行政处罚决定书》的公告", "秦峪县文化和旅游局", "通知公告",
        ps("柏某某（公民身份号码：{IDX}，户籍地址：陕西省秦峪县城关镇解放路156号）：",
           "因你在秦峪县城关镇滨河路经营的“星空”网吧（未取得网络文化经营许可证）擅自从事互联网"
           "上网服务经营活动一案，本局已于2023年8月2日依法作出秦文旅罚决字〔2023〕9号《行政处罚"
           "决定书》。因你下落不明，无法直接送达，现依照《中华人民共和国行政处罚法》第六十一条之规定"
           "向你公告送达。自本公告发布之日起满三十日，即视为送达。",
           "请你于公告期满之日起十五日内到本局领取《行政处罚决定书》，逾期不领取视为送达。",
           "联系人：雷老师　联系电话：0916-7219932",
           "地址：秦峪县城关镇兴秦路66号（县文化和旅游局三楼执法大队）",
           "秦峪县文化和旅游局　2023年8月21日"), date="2023-08-21"),
      title="秦峪县文化和旅游局关于公告送达《行政处罚决定书》的公告", column="notice",
      shape="大汉 page; 送达公告 outside the penalty column, title names 行政处罚决定书; ID with X; "
            "户籍地址 路 号 labelled; agency's own 地址 not",
      ids=["IDX"], addrs=["陕西省秦峪县城关镇解放路156号"]),

    P("h1631", dahan(
        "秦峪县城市管理执法局关于公告送达行政处罚事先告知书的公告", "秦峪县城市管理执法局",
        "通知公告", ps(
            "苟某某（身份证号码：{ID}，住址：秦峪县城关镇育才路41号2单元302室）：",
            "你于2023年6月在秦峪县城关镇育才路41号楼顶擅自搭建彩钢板房一案，本局拟对你作出"
            "限期拆除的行政处罚。因无法直接送达，现依法向你公告送达秦城执告〔2023〕57号《行政处罚"
            "事先告知书》。你有权在公告期满之日起三日内向本局提出陈述、申辩。",
            "联系电话：0916-7230012",
            "秦峪县城市管理执法局　2023年7月6日"), date="2023-07-06"),
      title="秦峪县城市管理执法局关于公告送达行政处罚事先告知书的公告", column="notice",
      shape="大汉 page; 事先告知书 送达公告 outside the penalty column, title names neither "
            "处罚决定书 nor 行政处罚决定: the ID only",
      ids=["ID"]),

    P("h1632", xxgk(
        "秦峪县自然资源局履行行政处罚决定催告书（秦自然资催字〔2023〕4号）", "秦峪县自然资源局",
        "行政处罚", ps(
            "鲁某某（身份证号：{ID}；地址：秦峪县城关镇东风路9号）：",
            "本机关于2023年5月8日对你作出秦自然资罚〔2023〕12号行政处罚决定，对你处以罚款人民币"
            "18640元，该决定书已于2023年5月10日送达。你在法定期限内未申请行政复议或者提起行政诉讼，"
            "也未履行缴纳罚款的义务。",
            "根据《中华人民共和国行政强制法》第五十四条之规定，现催告你自收到本催告书之日起十日内"
            "履行上述行政处罚决定，缴纳罚款及加处罚款。缴款账户名称：秦峪县财政局非税收入汇缴结算户，"
            "账号：{OACCT}。",
            "逾期仍不履行的，本机关将依法申请人民法院强制执行。你有权进行陈述和申辩。",
            "秦峪县自然资源局　2023年8月10日"),
        idx="11610799MB1B93310U/2023-00702", date="2023-08-10", doc_no="秦自然资催字〔2023〕4号",
        theme="国土资源、能源"),
      title="秦峪县自然资源局履行行政处罚决定催告书（秦自然资催字〔2023〕4号）", column="penalty",
      shape="xxgk platform; 催告书 in the penalty column; 地址 of a person (鲁某某); 非税 account",
      ids=["ID"], addrs=["秦峪县城关镇东风路9号"]),

    P("h1633", mobile(
        "秦峪县交通运输局行政处罚听证告知书（秦交听告〔2023〕6号）", "秦峪县交通运输局", "行政处罚",
        ps("当事人：雷某某，身份证号：{ID_FW}，住址：秦峪县双河镇庙湾村6组9号",
           "你于2023年9月3日驾驶陕F·B0317号中型货车在S211省道秦峪段运输超限货物，车货总重"
           "58.6吨，超过规定限值。本机关拟依据《公路安全保护条例》第六十四条之规定，对你处以罚款"
           "人民币叁万元的行政处罚。",
           "根据《中华人民共和国行政处罚法》第六十三条、第六十四条之规定，你有要求举行听证的权利。"
           "如要求听证，应当在收到本告知书之日起五日内向本机关提出。逾期不提出的，视为放弃听证权利。",
           "联系电话：0916-7231055　地址：秦峪县城关镇兴秦路66号",
           "秦峪县交通运输局　2023年9月11日", indent=False), date="2023-09-12"),
      title="秦峪县交通运输局行政处罚听证告知书（秦交听告〔2023〕6号）", column="penalty",
      shape="mobile page; 听证告知书 in the penalty column; full-width ID; 村 组 号; agency address",
      ids=["ID"], addrs=["秦峪县双河镇庙湾村6组9号"]),

    P("h1634", ucap(
        "秦峪县市场监督管理局不予行政处罚决定书（秦市监不罚〔2023〕5号）", "秦峪县市场监督管理局",
        "通知公告", ps(
            "当事人：毛某，男，身份证号：{IDX_D}，住址：秦峪县城关镇北门外街3号附1号，"
            "联系电话：{MOB}。",
            "2023年4月18日，本局执法人员检查发现，当事人在城关镇北门外街设摊销售蔬菜，未按规定"
            "明码标价。当事人系首次违法，违法行为持续时间短，涉及商品货值金额共计86元，且当场改正，"
            "没有造成危害后果。",
            "依据《中华人民共和国行政处罚法》第三十三条第一款之规定，本局决定对当事人不予行政处罚。",
            RIGHTS,
            "秦峪县市场监督管理局　2023年4月25日"), date="2023-04-26"),
      title="秦峪县市场监督管理局不予行政处罚决定书（秦市监不罚〔2023〕5号）",
      shape="开普云 page; 不予处罚决定书 with no penalty column (title in scope); dashed ID with X; "
            "街 号附号",
      ids=["IDX"], phones=["MOB"], addrs=["秦峪县城关镇北门外街3号附1号"]),

    P("h1635", xxgk(
        "秦峪县城市管理执法局2023年第三季度行政处罚案件信息公示", "秦峪县城市管理执法局", "行政处罚",
        ps("根据政务公开有关要求，现将我局2023年第三季度作出的简易程序行政处罚案件信息公示如下：")
        + table(["序号", "案件名称", "当事人姓名", "身份证号", "住址", "处罚决定书文号", "处罚内容",
                 "决定日期"], [
            ["1", "占道经营案", "任某", "{ID1}", "秦峪县城关镇北大街88号", "秦城执简〔2023〕101号",
             "罚款200元", "2023-07-12"],
            ["2", "乱贴小广告案", "龙某某", "{ID2_M}", "***", "秦城执简〔2023〕117号", "罚款100元",
             "2023-08-03"],
            ["3", "擅自搭建案", "袁某", "{IDX3_LOW}", "秦峪县城关镇东关新村11号楼3单元202室",
             "秦城执简〔2023〕125号", "警告", "2023-08-21"],
            ["4", "占道洗车案", "樊某某", "{ID4}", "秦峪县黄沙镇", "秦城执简〔2023〕139号",
             "罚款200元", "2023-09-14"]])
        + ps("公示期间如有异议，请与秦峪县城市管理执法局法制股联系，联系电话：0916-7230016。"),
        idx="11610799MB1D02744T/2023-00933", date="2023-10-09", theme="城乡建设、环境保护"),
      title="秦峪县城市管理执法局2023年第三季度行政处罚案件信息公示", column="penalty",
      shape="xxgk platform; 公示 table in the penalty column, header 当事人姓名/身份证号/住址; "
            "lower-case x; masked row (*** address); township-only row",
      ids=["ID1", "IDX3", "ID4"],
      addrs=["秦峪县城关镇北大街88号", "秦峪县城关镇东关新村11号楼3单元202室"]),

    P("h1636",
      "秦峪县林业局\n行政处罚决定书\n秦林罚决字〔2023〕第014号\n\n"
      "当事人：焦某某\n性别：男　　民族：汉族\n身份证号码：{ID_NL}\n"
      "住址：秦峪县石门乡杨家坪村2组36号\n联系电话：{LANDB}\n\n"
      "违法事实：2023年2月，当事人未取得林木采伐许可证，在石门乡杨家坪村2组“后沟”自留山内"
      "采伐油松23株，经秦峪县林业技术推广中心鉴定，立木蓄积3.6立方米。\n"
      "以上事实有询问笔录、现场勘验笔录、鉴定意见等证据证实。当事人的行为违反了《中华人民共和国"
      "森林法》第五十六条第一款的规定。依据该法第七十六条第二款之规定，本局决定：1.责令当事人"
      "在2024年3月31日前补种滥伐株数五倍的树木115株；2.处滥伐林木价值三倍的罚款，计人民币"
      "4536元。\n"
      "当事人应当自收到本决定书之日起十五日内缴纳罚款。如不服本决定，可以在收到本决定书之日起"
      "六十日内向秦峪县人民政府申请行政复议，也可以在六个月内向秦峪县人民法院提起行政诉讼。\n\n"
      "秦峪县林业局\n2023年4月12日\n",
      kind="attachment", title="秦峪县林业局行政处罚决定书（秦林罚决字〔2023〕第014号）",
      column="penalty",
      shape="docx text attachment; 林业 滥伐; ID over a line break; 村 组 号; dashed 029 landline",
      ids=["ID"], phones=["LANDB"], addrs=["秦峪县石门乡杨家坪村2组36号"]),

    P("h1656", old(
        "秦峪县公安局行政处罚决定书（秦公（黄）行罚决字〔2023〕0095号）", "秦峪县公安局", "行政处罚",
        fp("违法行为人高某某，男，汉族，身份证号码：{ID_MX}，现住址：秦峪县黄沙镇**村**组**号，"
           "联系电话：{MOB_M}。",
           "现查明：2023年2月2日晚，违法行为人高某某伙同他人在黄沙镇某村民家中以“扎金花”方式"
           "赌博，每局赌注10元至50元不等，被民警当场查获，收缴赌资人民币1260元。",
           "根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定对高某某处以行政拘留五日，"
           "并处罚款伍佰元。",
           "秦峪县公安局　二〇二三年二月三日"), date="2023-2-7", charset="gb2312"),
      enc="gbk",
      title="秦峪县公安局行政处罚决定书（秦公（黄）行罚决字〔2023〕0095号）", column="penalty",
      shape="page declared gb2312 but holding 〇 (GBK only); X-masked ID, **-masked 现住址, "
            "masked mobile: nothing"),

    # --- lists and other pages -----------------------------------------------------------
    P("h1637", xxgk(
        "城关镇2023年第四季度城乡低保新增对象公示", "秦峪县城关镇人民政府", "社会救助",
        ps("根据《陕西省最低生活保障工作规程》，经本人申请、入户调查、民主评议和镇人民政府审核，"
           "拟将以下家庭纳入城乡最低生活保障范围，现予公示。公示期：2023年10月9日至10月15日。")
        + table(["序号", "户主姓名", "身份证号码", "家庭住址", "保障人口", "月保障金（元）",
                 "开户银行", "存折（卡）账号"], [
            ["1", "王某某", "{ID1}", "城关镇西关村3组12号", "2", "860", "秦峪县农村信用合作联社",
             "{ACCT1}"],
            ["2", "李某", "{IDX2}", "城关镇东关社区", "1", "455", "中国邮政储蓄银行",
             "{CARDL2_S}"],
            ["3", "赵某某", "{ID3_M}", "城关镇北关社区", "3", "1290", "中国农业银行", "{CARD3_M}"],
            ["4", "孙某", "{ID4_D}", "城关镇南关村5组", "1", "455", "秦峪农商银行", "{CARD4}"]])
        + ps("公示期间如有异议，请向镇民政办反映。监督电话：0916-7226101　12345"),
        idx="11610799009871234H/2023-01044", date="2023-10-09", theme="民政、扶贫、救灾"),
      title="城关镇2023年第四季度城乡低保新增对象公示", column="subsidy",
      shape="xxgk platform; 低保 table; 17-digit 存折 account of a person (non-Luhn); spaced 19-digit "
            "card; dashed ID; masked row; 家庭住址 out of scope",
      ids=["ID1", "IDX2", "ID4"], banks=["ACCT1", "CARDL2", "CARD4"]),

    P("h1638",
      "柳林镇2023年特困人员供养名册\n"
      "序号\t姓名\t性别\t身份证号\t供养方式\t所在村组\t月标准（元）\n"
      "1\t马某某\t男\t{IDX1}\t分散供养\t白鹤村3组\t780\n"
      "2\t周某\t女\t{ID2}\t集中供养\t五星村1组\t960\n"
      "3\t康某某\t男\t{ID3_FW}\t分散供养\t柳林村6组\t780\n"
      "4\t朱某\t男\t{ID4_MX}\t分散供养\t白鹤村2组\t780\n"
      "合计\t\t\t\t\t\t3300\n"
      "制表单位：柳林镇人民政府　　制表时间：2023年6月\n",
      kind="attachment", title="附件：柳林镇2023年特困人员供养名册", column="subsidy",
      shape="text attachment; tab-separated table with header; ID with X; full-width ID; "
            "X-masked row",
      ids=["IDX1", "ID2", "ID3"]),

    P("h1639", wp(
        "秦峪县民政局关于2023年孤儿和事实无人抚养儿童基本生活费发放情况的公示", "秦峪县民政局",
        "社会救助", ps("现将2023年第三季度孤儿和事实无人抚养儿童基本生活费发放情况公示如下：")
        + table(["序号", "儿童姓名", "类别", "监护人", "监护人联系电话", "监护人社会保障卡银行账号",
                 "月发放标准（元）"], [
            ["1", "刘某", "散居孤儿", "刘某某（祖父）", "{MOB1}", "{CARD1_S}", "1420"],
            ["2", "何某某", "事实无人抚养儿童", "何某（伯父）", "{MOB2_M}", "{CARD2_M}", "1420"],
            ["3", "程某", "集中养育孤儿", "秦峪县儿童福利院", "0916-7226688", "{ACCT3}", "1900"]])
        + ps("监督举报电话：0916-7226101"),
        date="2023-10-20", post=2410),
      title="秦峪县民政局关于2023年孤儿和事实无人抚养儿童基本生活费发放情况的公示",
      column="subsidy",
      shape="WordPress post; 孤儿 list; 监护人 mobile and spaced card; masked row; 福利院's landline "
            "and account not",
      phones=["MOB1"], banks=["CARD1"]),

    P("h1640", ucap(
        "双河镇2023年11月困难残疾人生活补贴和重度残疾人护理补贴发放名单", "秦峪县双河镇人民政府",
        "惠民惠农财政补贴资金", ps("现将2023年11月残疾人两项补贴发放名单公布如下：")
        + table(["序号", "姓名", "残疾证号", "残疾类别及等级", "补贴类别", "金额（元）", "银行卡号"], [
            ["1", "蒋某某", "{ID1_M}42", "肢体二级", "护理补贴", "100", "{CARD1_NB}"],
            ["2", "郝某", "{ID2_M}13", "视力一级", "两项补贴", "200", "{CARD2_SPAN}"],
            ["3", "尹某某", "{IDX3_M}51", "精神一级", "护理补贴", "100", "6217 **** **** 5521"]])
        + ps("咨询电话：0916-7262013（镇残联）"), date="2023-12-04"),
      title="双河镇2023年11月困难残疾人生活补贴和重度残疾人护理补贴发放名单", column="subsidy",
      shape="开普云 page; 残疾人两项补贴; masked 残疾证号 (masked ID + level digits); U+3000-spaced "
            "card; card in spans; spaced masked card",
      banks=["CARD1", "CARD2"]),

    P("h1641", old(
        "石门乡黑河村2023年耕地地力保护补贴发放公示", "秦峪县石门乡人民政府", "惠民惠农财政补贴资金",
        fp("根据县农业农村局、县财政局文件精神，现将黑河村2023年耕地地力保护补贴发放情况公示如下：")
        + "\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">"
        "<tr><td><b>序号</b></td><td><b>户主</b></td><td><b>身份证号</b></td>"
        "<td><b>补贴面积（亩）</b></td><td><b>补贴金额（元）</b></td><td><b>一卡通账号</b></td></tr>\n"
        "<tr><td>1</td><td>冯某某</td><td>{ID1_M}</td><td>6.32</td><td>671.18</td>"
        "<td><font face=\"宋体\">{CARDL1_S}</font></td></tr>\n"
        "<tr><td>2</td><td>冯某</td><td>{IDX2_MX}</td><td>4.10</td><td>435.42</td>"
        "<td><span style=\"font-family:宋体\">{CARDL2}</span></td></tr>\n"
        "<tr><td>3</td><td>黑河村股份经济合作社（集体机动地）</td><td>{USCC3}</td><td>41.50</td>"
        "<td>4407.30</td><td>{ACCT3}</td></tr>\n</table>\n"
        + fp("公示期7天。监督电话：0916-7251102（乡农业综合服务站）"), date="2023-6-12"),
      enc="gbk",
      title="石门乡黑河村2023年耕地地力保护补贴发放公示", column="subsidy",
      shape="GBK old page; 耕地地力 table; masked IDs (* and X); 19-digit cards in font/span runs; "
            "合作社 credit code and account not",
      banks=["CARDL1", "CARDL2"]),

    P("h1642", mobile(
        "秦峪县2023年度自主就业退役士兵一次性经济补助金发放名单公示", "秦峪县退役军人事务局",
        "通知公告", ps("经审核，以下自主就业退役士兵符合一次性经济补助金发放条件，现予公示：",
                      indent=False)
        + table(["序号", "姓名", "身份证号", "入伍时间", "退役时间", "补助金额（元）"], [
            ["1", "石某某", "{ID1_FW}", "2018.09", "2023.03", "28600"],
            ["2", "董某", "{IDX2}", "2021.09", "2023.09", "12400"],
            ["3", "孔某某", "{ID3}", "2019.03", "2023.03", "20800"],
            ["4", "汪某", "{ID4_M}", "2021.03", "2023.03", "12400"]])
        + ps("公示期5个工作日。退役军人服务热线：0916-7229801；政务服务便民热线：12345",
             indent=False), date="2023-11-02"),
      title="秦峪县2023年度自主就业退役士兵一次性经济补助金发放名单公示", column="notice",
      shape="mobile page; 退役士兵 table; full-width ID in a cell; ID with X; masked row",
      ids=["ID1", "IDX2", "ID3"]),

    P("h1643", dahan(
        "2023年第二批高校毕业生求职创业补贴拟发放名单公示", "秦峪县人力资源和社会保障局", "通知公告",
        ps("根据相关规定，经个人申请、学校初审、县人社局审核，拟对以下高校毕业生发放求职创业补贴，"
           "现予公示。")
        + table(["序号", "姓名", "毕业院校", "学号", "身份证号", "联系电话", "补贴金额（元）"], [
            ["1", "薛某某", "东岭职业技术学院", "2020013456", "{ID1_M}", "{MOB1_M}", "1000"],
            ["2", "严某", "陕西理工大学", "3120041178", "{IDX2_MX}", "{MOB2_M}", "1000"],
            ["3", "倪某某", "西安外事学院", "2020215307", "{ID3_M}", "{MOB3_M}", "1000"]])
        + ps("公示期为2023年6月12日至6月16日。咨询电话：0916-7213311　监督电话：12333"),
        date="2023-06-12"),
      title="2023年第二批高校毕业生求职创业补贴拟发放名单公示", column="notice",
      shape="大汉 page; 高校毕业生补贴; 学号; masked IDs and mobiles: nothing"),

    P("h1644", xxgk(
        "秦峪县2023年失业保险稳岗返还拟发放企业名单公示", "秦峪县人力资源和社会保障局", "通知公告",
        ps("根据《关于做好失业保险稳岗位提技能防失业工作的通知》要求，经审核，以下企业符合"
           "稳岗返还条件，现予公示：")
        + table(["序号", "单位名称", "统一社会信用代码", "返还金额（元）", "开户银行", "基本存款账户"], [
            ["1", "秦峪县鼎盛建筑劳务有限公司", "{USCC1}", "18360.00", "中国农业银行秦峪县支行",
             "{ACCT1}"],
            ["2", "秦峪县宏图建材有限公司", "{USCCD2}", "9720.50", "秦峪农商银行营业部", "{ACCT2}"],
            ["3", "东岭市恒源再生资源回收有限公司", "{USCC3}", "4380.00", "中国建设银行东岭分行",
             "{OACCT3}"]])
        + ps("公示期5个工作日。咨询电话：0916-7213311　监督电话：12333"),
        idx="11610799MB1A66218W/2023-00455", date="2023-05-22", theme="劳动、人事、监察"),
      title="秦峪县2023年失业保险稳岗返还拟发放企业名单公示", column="notice",
      shape="xxgk platform; 稳岗返还 to enterprises: credit codes and company 基本户 accounts "
            "(17- and 19-digit, non-Luhn): nothing"),

    P("h1645",
      "附件2\n双河镇庙湾村2023年生态公益林补偿资金兑付清册\n\n"
      "序号  户主姓名          身份证号码          面积(亩)   补偿金额(元)   一卡通账号\n"
      " 1    蔡某某      {ID1}      23.6      354.00      {CARD1_D}\n"
      " 2    蔡某        {IDX2}      15.2      228.00      {CARDL2}\n"
      " 3    程某某      {ID3_M}      31.0      465.00      {CARD3_M}\n"
      " 4    庙湾村村民委员会（集体林）      —      112.0     1680.00      {ACCT4}\n"
      "合计                                         181.8     2727.00\n\n"
      "经办人：乔某　　审核人：邓某　　双河镇林业站（盖章）\n",
      kind="attachment", title="附件2：双河镇庙湾村2023年生态公益林补偿资金兑付清册",
      column="subsidy",
      shape="text attachment; space-set table with header; dashed card; 19-digit card; masked row; "
            "村委会 collective account not",
      ids=["ID1", "IDX2"], banks=["CARD1", "CARDL2"]),

    P("h1646", ucap(
        "城关镇西关片区棚户区改造项目安置房分配结果公示", "秦峪县城关镇人民政府", "通知公告",
        ps("西关片区棚户区改造项目安置房已于2023年9月26日公开摇号分配，现将分配结果公示如下：")
        + table(["序号", "被征收人", "身份证号码", "被征收房屋坐落", "安置房号", "安置面积（㎡）"], [
            ["1", "侯某某", "{ID1_SPAN}", "西关村3组21号", "西苑小区5号楼1单元602室", "98.6"],
            ["2", "侯某", "{IDX2}", "西关村3组23号", "西苑小区5号楼2单元301室", "112.4"],
            ["3", "覃某某", "{ID3_M}", "西关村4组7号", "西苑小区6号楼1单元1102室", "86.2"]])
        + ps("公示期间如有异议，请向城关镇征收办反映，联系电话：0916-7220305。"),
        date="2023-09-28"),
      title="城关镇西关片区棚户区改造项目安置房分配结果公示", column="notice",
      shape="开普云 page; 棚改安置 table; ID in spans in a cell; ID with X; masked row; addresses "
            "out of scope",
      ids=["ID1", "IDX2"]),

    P("h1647", wp(
        "秦峪县2023年秋季学期普通高中国家助学金拟资助学生名单公示", "秦峪县教育局", "通知公告",
        ps("经学生申请、学校评议、县学生资助管理中心审核，以下学生拟获得2023年秋季学期普通高中"
           "国家助学金，现予公示：")
        + table(["序号", "学校", "年级", "学生姓名", "全国学籍号", "资助金额（元）", "资助卡号"], [
            ["1", "秦峪县中学", "高二", "白某某", "G{ID1}", "1000", "{CARD1}"],
            ["2", "秦峪县第二中学", "高一", "柴某", "G{IDX2}", "1000", "{CARD2_S}"],
            ["3", "秦峪县第二中学", "高三", "邹某某", "G{ID3_M}", "1000", "{CARD3_M}"]])
        + ps("公示期5个工作日。监督电话：0916-7213508"),
        date="2023-10-30", post=2395),
      title="秦峪县2023年秋季学期普通高中国家助学金拟资助学生名单公示", column="notice",
      shape="WordPress post; 助学金; 全国学籍号 = G + ID (an ASCII letter before: not a match); "
            "students' 资助卡 cards, one spaced",
      banks=["CARD1", "CARD2"]),

    P("h1648", mobile(
        "关于市民反映东关新村小区夜间噪声扰民问题的回复", "秦峪县城市管理执法局", "回应关切", ps(
            "来电人：李先生　　来电号码：139****5678　　工单编号：SQ20230801-0467",
            "诉求内容：东关新村小区旁烧烤摊夜间经营至凌晨，噪声扰民，希望有关部门处理。",
            "办理情况：接到12345热线转办工单后，我局城关中队于8月2日晚到现场核查，责令经营者22时"
            "后停止室外经营，并将持续开展夜间巡查。如有问题，可继续拨打12345政务服务便民热线反映。",
            "秦峪县城市管理执法局　2023年8月4日", indent=False), date="2023-08-04"),
      title="关于市民反映东关新村小区夜间噪声扰民问题的回复", column="interaction",
      shape="mobile page; 12345 回复; masked caller number; 工单编号 with letters: nothing"),

    P("h1649", dahan(
        "城乡居民基本养老保险参保缴费办事指南", "秦峪县社会保险经办中心", "办事指南", ps(
            "一、办理对象：年满16周岁（不含在校学生），非国家机关和事业单位工作人员及不属于职工"
            "基本养老保险制度覆盖范围的城乡居民。",
            "二、缴费档次：每年200元至5000元共十四个档次，由参保人自主选择。",
            "三、缴费方式：可通过“陕西税务”APP、微信“陕西税务”公众号或社保卡代扣缴费；到柜台缴费"
            "的，缴入秦峪县城乡居民养老保险基金收入户（开户行：秦峪农商银行，账号：{OACCT}），"
            "缴费成功后凭电子缴税付款凭证流水号（如{ORDER}）查询到账情况。",
            "四、办理地点：秦峪县城关镇兴秦路66号政务服务中心一楼12号窗口。",
            "五、咨询电话：0916-7213366；投诉电话：12345、12333、12366。"), date="2023-01-06"),
      title="城乡居民基本养老保险参保缴费办事指南", column="service",
      shape="大汉 page; 办事指南; fund account; Luhn-valid 流水号; hotlines; agency address: nothing"),

    P("h1650", xxgk(
        "秦峪县2023年公开招聘事业单位工作人员面试公告", "秦峪县人力资源和社会保障局", "人事信息",
        ps("根据笔试成绩，按照招聘岗位1:3的比例确定进入面试人员名单，现将有关事项公告如下：")
        + table(["序号", "准考证号", "姓名", "身份证号", "报考岗位", "岗位代码", "笔试成绩"], [
            ["1", "2306170103112", "覃某某", "{ID1_M}", "县医院临床医师", "230101", "71.4"],
            ["2", "2306170103208", "毛某", "{IDX2_MX}", "县医院临床医师", "230101", "69.8"],
            ["3", "2306170205017", "范某某", "{ID3_M}", "镇农业综合服务站", "230205", "68.2"]])
        + ps("面试时间：2023年7月8日；面试地点：秦峪县行政学校（秦峪县城关镇育才路118号）。",
             "咨询电话：0916-7213320　监督电话：0916-7212388　纪检监察举报电话：12388"),
        idx="11610799MB1A66218W/2023-00588", date="2023-06-30", theme="劳动、人事、监察"),
      title="秦峪县2023年公开招聘事业单位工作人员面试公告", column="personnel",
      shape="xxgk platform; 招聘 面试; 13-digit 准考证号; masked IDs; 岗位代码; 12388: nothing"),

    P("h1651", ucap(
        "秦峪县政务服务中心网络设备采购项目中标结果公告", "秦峪县财政局", "政府采购", ps(
            "一、项目编号：QYCG-2023-0315",
            "二、项目名称：秦峪县政务服务中心网络设备采购项目",
            "三、中标信息：供应商名称：东岭市博远信息技术有限公司；供应商地址：东岭市汉江区育红路66号；"
            "统一社会信用代码：{USCC}；中标金额：人民币386500.00元。",
            "四、采购人信息：名称：秦峪县政务服务中心；地址：秦峪县城关镇兴秦路66号；联系人：樊工；"
            "联系方式：0916-7211876。",
            "五、采购代理机构信息：名称：陕西正和项目管理有限公司；地址：西安市雁塔区科技路48号"
            "创业广场B座1107室；联系人：宋女士；联系方式：029-88512366。",
            "六、公告期限：自本公告发布之日起1个工作日。"), date="2023-05-15"),
      title="秦峪县政务服务中心网络设备采购项目中标结果公告", column="procurement",
      shape="开普云 page; 中标公告; company addresses, 联系人 office landlines (029 too), 项目编号: "
            "nothing"),

    P("h1652", pdf(
        "关于开展2023年全国1%人口抽样调查摸底工作的公告", "秦峪县统计局", "通知公告", [
            "秦峪县统计局",
            "公　　告",
            "秦统告〔2023〕2号",
            "",
            "2023年11月1日零时起，我县将开展全国1%人口抽样调查摸底工作。届时，调查员将佩戴统一",
            "印制的调查员证（证件编号如：TJ6107990312）入户登记，请广大住户予以配合。",
            "调查中获得的个人信息严格保密，仅用于统计目的。",
            "秦峪县人口抽样调查领导小组办公室地址：秦峪县城关镇政府街1号县统计局二楼，邮编：723300，",
            "咨询电话：0916-7212340。统计违法举报电话：12340。",
            "秦峪县统计局",
            "2023年10月20日"], date="2023-10-20"),
      title="关于开展2023年全国1%人口抽样调查摸底工作的公告", column="notice",
      shape="pdf2htmlEX absolute divs; 统计 公告; 调查员证编号; 邮编; office landline: nothing"),

    P("h1653", old(
        "秦峪县2023年第三批门诊慢特病待遇认定结果公示", "秦峪县医疗保障局", "通知公告",
        fp("经定点医疗机构初审、专家评审，以下人员通过门诊慢特病待遇认定，现予公示：")
        + "\n<table border=\"1\" cellspacing=\"0\" width=\"90%\" align=\"center\">"
        "<tr><td>序号</td><td>姓名</td><td>性别</td><td>身份证号</td><td>认定病种</td></tr>\n"
        "<tr><td>1</td><td>邓某某</td><td>女</td><td>{ID1_M}</td><td>高血压（Ⅱ级）</td></tr>\n"
        "<tr><td>2</td><td>卢某</td><td>男</td><td>{IDX2_MX}</td><td>糖尿病</td></tr>\n"
        "<tr><td>3</td><td>钟某某</td><td>男</td><td>{ID3_M}</td><td>慢性阻塞性肺疾病</td></tr>\n"
        "</table>\n" + fp("咨询电话：0916-7288120"), date="2023-9-25"),
      enc="gbk",
      title="秦峪县2023年第三批门诊慢特病待遇认定结果公示", column="notice",
      shape="GBK old page; 慢特病 list; masked IDs (* and X): nothing"),

    P("h1654", wp(
        "秦峪县保障性住房管理中心关于催缴公共租赁住房租金的公告", "秦峪县保障性住房管理中心",
        "通知公告", ps(
            "截至2023年9月30日，以下公共租赁住房承租人累计拖欠租金3个月以上，经多次电话催缴仍未缴纳。"
            "请相关承租人自本公告发布之日起15日内到我中心缴清所欠租金，逾期不缴的，我中心将依据"
            "《公共租赁住房管理办法》第三十一条解除租赁合同并收回住房。",
            "1.承租人马某某（身份证号：{ID1}，联系电话：{MOB1}），房号：东关公租房小区2号楼1单元302室，"
            "欠缴租金2160元；",
            "2.承租人陶某（身份证号：{ID2}，联系电话：{MOB2_NB}），房号：东关公租房小区3号楼2单元501室，"
            "欠缴租金1440元；",
            "3.承租人田某某（身份证号：{ID3_M}，联系电话：{MOB3_M}），房号：东关公租房小区1号楼"
            "1单元101室，欠缴租金2880元。",
            "租金缴纳账户：秦峪县保障性住房管理中心，开户行：秦峪农商银行营业部，账号：{OACCT}。",
            "联系电话：0916-7219818",
            "秦峪县保障性住房管理中心　2023年10月10日"), date="2023-10-10", post=2377),
      title="秦峪县保障性住房管理中心关于催缴公共租赁住房租金的公告", column="notice",
      shape="WordPress post; 公租房 催缴 承租人 IDs and mobiles (one U+3000-spaced); masked row; "
            "the centre's account",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),

    P("h1655", old(
        "秦峪县2023年10月医疗救助资金发放明细公示", "秦峪县医疗保障局", "社会救助",
        fp("现将2023年10月医疗救助资金发放情况公示如下：")
        + "\n<table border=\"1\" cellspacing=\"0\" width=\"100%\">"
        "<tr><td>序号</td><td>受助人</td><td>身份证号码</td><td>救助类别</td><td>救助金额（元）</td>"
        "<td>开户行</td><td>账号</td></tr>\n"
        "<tr><td>1</td><td>祁某某</td><td>{ID1}</td><td>特困人员</td><td>3260.00</td>"
        "<td>秦峪县农村信用合作联社</td><td>{ACCT1}</td></tr>\n"
        "<tr><td>2</td><td>乔某</td><td>{IDF2}</td><td>低保对象</td><td>1874.50</td>"
        "<td>中国邮政储蓄银行</td><td>{CARD2_M}</td></tr>\n"
        "<tr><td>3</td><td>阎某某</td><td>{IDX3_HALF}</td><td>监测对象</td><td>946.20</td>"
        "<td>中国农业银行</td><td>{CARD3_FW}</td></tr>\n</table>\n"
        + fp("监督电话：0916-7288120"), date="2023-11-8"),
      enc="gbk",
      title="秦峪县2023年10月医疗救助资金发放明细公示", column="subsidy",
      shape="GBK old page; 医疗救助 受助人 table; 15-digit ID under a 身份证号码 header; half "
            "full-width ID with X; 存折 account of a person; full-width card; masked card",
      ids=["ID1", "IDF2", "IDX3"], banks=["ACCT1", "CARD3"]),
]
