"""The twenty-first held-out passages: written blind, by a helper session that did not read the
detectors (plugins/, src/), the docs, the benchmarks, tests/national/, the built passages.jsonl,
tuning.py, heldout1.py to heldout19.py, or heldout20.py beyond its first 175 lines (its docstring,
for the shapes already covered, and its furniture helpers, for the file format); it read nothing
under /work/main, did not look at git history and ran no detector. It read passage.py,
numbers_.py, build.py, spec/rules.md, spec/privacy.md, the seed notices and the real pages in
shared/real/ (the 大汉 JCMS article of fgw.zj, the Handan 信息公开 detail page, the Hebei
procurement page, the Shanxi TRS article, the NFRA penalty page source), whose markup the page
looks below copy. Every passage was labelled by hand from the definitions of privacy.id-number,
privacy.phone, privacy.bank-account and privacy.address in rules.md (and the scope notes of
privacy.md: a party company's own account is in scope, the office's 罚没款 account is not).

Furniture: a fictional 棠溪县 under a fictional 渠阳市 (四川; 区号 0829, plates 川X), with the towns
棠溪镇 (the county seat; 北门社区, 南华社区, 文庙社区; 文庙街, 滨江路, 北门巷, 解放路, 凤凰大道, 新华街),
白鹤镇, 石牛镇, 柏林镇, 观音桥镇, 龙潭乡, 青杠乡 and 双河乡. The county government sits at 县府路6号
(邮编 635899, 0829-5221000, 网站标识码 5113990046, 川ICP备05012345号-1); every footer carries
that 地址 and 电话, never labelled, and the offices' own landlines are written out with 0829 and
never labelled. Persons' landlines come out of the placeholders with 0795 (people who live outside
the county) and are labelled as phones.

Looks. ``jcms``: a 大汉 JCMS article (empty SiteIDCode/ColumnType metas, ``<!--<$[标题]>begin-->``
field markers, ``<meta name="ContentStart">`` inside the ``<$[信息内容]>`` block; one editor also
wrapped single fields in markers such as ``<!--<$[住址]>begin-->``). ``xxgk``: the 信息公开 detail
page (``top-l``/``top-r`` boxes of ``<strong>索引号</strong>：``, commented-out 主题词 and 成文日期,
``UCAP-CONTENT`` body). ``trs``: a TRS article (``article-infos`` with ``<i>时间：</i>``, the body in
``article-body``/``TRS_Editor`` divs indented with U+3000). ``txt7``: a procurement-style
nested-table page (``<span class="title">`` labels each followed by ``<br>``, ``<!--详细 start-->``).
``ngpage``: an AngularJS page_source (ng-repeat rows, ``ng-binding`` spans, a 行政处罚信息公开表).
``gb``: an old ASP department site declared gb2312 and served as GBK (``<font>`` layout, a
count.asp script, its own footer 地址). ``excel``: an Excel 14 / WPS ``Excel.Sheet`` export
(``x:str`` cells, a commented style block). ``word``: Word 15 ``Word.Document`` HTML
(``WordSection1``, ``MsoNormal`` paragraphs whose digits sit in separate ``lang=EN-US`` runs,
``<o:p>``). Attachments: PDF text (pdftotext: a running header with the 文号, ``— n —`` page
numbers, form feeds, columns set in spaces), DOCX text (tab tables) and XLS text (tab rows).

Penalty decisions (address rule in scope):
h2101 市场监管 食品 个体 on JCMS (经营者 named; ID inside a ``<$[证件号码]>`` marker; 住址 街 号 附1号;
mobile; 经营场所 and the 个体 USCC not). h2102 公安 治安 (6-8-4 spaced ID after 公民身份号码; 现住址
without a colon, 社区 大道 号 栋 单元 室; 户籍地 at township level not). h2103 交通 超限 key/value
table (ID with X in U+3000 groups, dashed mobile, 住址 村 组 号 in the next cell; 号牌, 道路运输证号,
two 13-prefixed 执法证号 not). h2104 生态 company (USCC, 住所, 法定代表人 by name, 12369 and an office
landline): nothing. h2105 GBK 自然资源 (full-width ID, 家庭住址 村 组 号; 地块编号 not). h2106
AngularJS 行政处罚信息公开表 (当事人姓名 / 身份证号 / 住址 rows). h2107 Excel 公开表 under a 当事人 /
证件号码 / 地址 header: a person's row labelled; a company row, a masked row, a row stopping at the
镇 and a row naming a 村 without a number: their addresses not (the last two IDs labelled). h2108
PDF-text 应急 (ID over a hard line break, 住址 村 组 号, mobile). h2109 DOCX 教育 无证办学 (住所 of a
woman described by 性别/民族, 街 号 幢 单元 室; the party's 0795 landline). h2110 烟草 (full-width ID
with Ｘ; 住址 社区 路 号 幢 单元 室; 许可证号 and 经营场所 not). h2111 城管 占道 on JCMS (comment-split
ID and mobile; the 住址 between ``<$[住址]>`` markers). h2112 Word-HTML 林业 滥伐 (ID in spans; 家住
without a colon whose 村/组/号 digits are separate runs). h2113 文旅 网吧 company (its 住所 not; its
法定代表人's ID, +86 mobile and 住址 社区 巷 号 labelled). h2114 水务 (ID half full-width; 住址 stops
at the 镇; the party's (0795) landline). h2115 城管 违建 (dashed ID; 户籍地 村 组 labelled; 违法建设地点
and the bureau's 地址 not). h2116 公告送达 outside the column, title naming 处罚决定书 (masked IDs;
two 住址 cells of 某-named persons labelled). h2117 事先告知书 公告 outside the column, title without
处罚决定书 (address out of scope, X-masked ID, the mobile labelled). h2118 市场监管 广告 company (the
party's 基本存款账户 labelled; the 罚没收入专户 not). h2119 卫健, all masked (``*`` ID and mobile,
``**村**组**号``, 详细地址已隐去): nothing. h2120 农业 种子 (ID with a zero-width space; 现居住地 社区
组 号; 户籍地 at township not). h2121 Excel 公开表 whose unmasked cells the editor commented out
(``<!--<td>…</td>-->``) beside masked ones: nothing visible. h2122 PDF-text 文化 with two persons
over a page break (ID; ID with X in 6-8-4; two 住址). h2123 消防 (住所 of a woman, 路 号 栋 单元 室;
违法场所 not). h2124 个体户 named as a 店 with USCC and 住所 (not) and the 经营者's 3-4-4 mobile.
h2125 商务 成品油 on the nested-table page (ID over ``<br>``; the 住址 after a ``<br>``-separated
label, 凤凰大道 in a nested span). h2126 GBK 畜牧 (15-digit ID after 身份证号; 住址 村 组 号; 检疫证明
编号 not). h2127 XLS-text 双公示 export (a company's 法定代表人证件号码 and a 自然人's 证件号码
labelled; a 个体工商户's masked one and the USCCs not; no address column). h2128 人社 劳动保障监察
against a company (workers' IDs in brackets, one 6-8-4; company 住所 not). h2129 价格 (住址 of 蒋某;
the 复议 government's 地址 and the bureau's 地址 not; mobile in font/b). h2130 WPS-saved 公安 公开表
(姓名 / 身份证号码联系电话 / 住址: one cell glues ID and mobile into 29 digits, one splits them by a
space; two 住址). h2131 GBK 运管 非法营运 (full-width mobile; 家庭地址 路 号 幢). h2132 撤销 行政处罚
决定 公告 outside the column (title in scope; masked ID; 住址 社区 组 号). h2133 AngularJS 公安 出入境
for a 香港居民 (通行证号 out of scope; 内地住址 labelled; mobile). h2134 交警 督促处理 公告 (X-masked
驾驶证号, Luhn-valid 违法记录编号): nothing.

Other pages (address rule out of scope):
h2135 低保 新增 (rowspan 村 cells; one unmasked ID among masked; a 家庭住址 column). h2136 Excel
高龄津贴 (IDs; 19-digit 社保卡 bank numbers, one masked). h2137 耕地地力 (spaced card; 12-digit
一卡通账号; Luhn-valid 交易流水号 not). h2138 GBK 临时救助 (full-width ID, mobile; a masked row).
h2139 XLS-text 残疾人两项补贴 (20-digit 残疾人证号 = ID + 2 digits is part of something longer;
the ID column labelled where unmasked; a plain and a spaced card). h2140 医疗救助 (ID in font/b).
h2141 公益性岗位 拟聘用 (准考证号, X-masked IDs): nothing. h2142 12345 reply (Luhn-valid 工单编号;
masked caller; the caller's mobile in the reply text). h2143 采购 成交 (USCCs, 项目编号; the
supplier contact's mobile). h2144 不动产 首次登记 (masked IDs, 不动产单元号): nothing. h2145 Excel
征地补偿 (ID + 17-digit account; ID + card; a 股份经济合作社 with a masked account). h2146 营业执照
作废 (15-digit 注册号 passing the ID checks; USCC): nothing. h2147 社区 候选人 (mobile; mobile in
U+3000 groups). h2148 犬只 登记 (half full-width mobile; an owner's landline). h2149 DOCX-text 养老
认证 (spaced ID, ID with X, +86 mobile, (0795) landline). h2150 村务 财务 (19-digit card in U+3000
groups). h2151 双随机 (all-digit USCCs): nothing. h2152 执法人员 资格 (13-prefixed 执法证号):
nothing. h2153 GBK 信息公开 年报: nothing. h2154 危房改造 (masked cards, Luhn-valid 拨付流水号):
nothing. h2155 食品经营许可 公示 (负责人 ID; 住所 and 许可证编号 not). h2156 人才引进 (ID ending in
lower-case x). h2157 征收 评估 (comment-split mobile; 不动产权证号 not). h2158 一事一议 (项目编号,
village landlines): nothing. h2159 优抚 (dashed card, plain card, masked card). h2160 雨露计划
(masked IDs; comment-split card; mobile with a zero-width space).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS and script braces are doubled, and the helpers only
# insert titles, names, dates and content, never a number of their own.

SITE = "棠溪县人民政府"
DOMAIN = "www.tangxi.gov.cn"
SITE_CODE = "5113990046"

FOOT = (
    "<div class=\"footer_bg\">\n<div class=\"footer\">\n<ul>\n"
    "<li> <a href=\"/\">返回首页</a>| </li>\n<li> <a href=\"/wzsm/\">网站声明</a>| </li>\n"
    "<li> <a href=\"/lxwm/\">联系我们</a>| </li>\n<li> <a href=\"/wzdt/\">网站地图</a> </li>\n</ul>\n"
    "<p>主办单位：棠溪县人民政府办公室　承办：棠溪县政务服务和大数据管理局</p>\n"
    "<p>地址：四川省渠阳市棠溪县棠溪镇县府路6号　邮编：635899　联系电话：0829-5221000</p>\n"
    "<p><a href=\"https://beian.miit.gov.cn/\"><font style=\"color:#333;\">川ICP备05012345号-1</font></a>　"
    "<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51139902000046\">"
    "<font style=\"color:#333;\">川公网安备 51139902000046号</font></a>　网站标识码：5113990046</p>\n"
    "<span id=\"_ideConac\"><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=7B1F3C2A9D0E4F51\" "
    "target=\"_blank\"><img id=\"imgConac\" vspace=\"0\" hspace=\"0\" border=\"0\" src=\"/images/red.png\"></a></span>\n"
    "</div>\n</div>\n")

NAV = (
    "<div class=\"header_szf\"><div class=\"logo\"><a href=\"/\"><img src=\"/images/logo1.png\"></a></div>\n"
    "<div class=\"lj\"><a href=\"http://www.gov.cn/\" target=\"_blank\">中国政府网</a>｜"
    "<a href=\"http://www.sc.gov.cn/\" target=\"_blank\">四川省人民政府</a>｜"
    "<a href=\"/qys/\" target=\"_blank\">渠阳市人民政府</a></div></div>\n"
    "<!-- 导航 -->\n<div class=\"sx-navs\"><ul class=\"sx-list\"><li><a href=\"/\">首页</a></li>"
    "<li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li>"
    "<li><a href=\"/zmhd/\">政民互动</a></li><li><a href=\"/zjtx/\">走进棠溪</a></li></ul></div>\n")


def metas(title: str, column: str, date: str, source: str) -> str:
    return (
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        f"<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
        f"<meta name=\"SiteIDCode\" content=\"{SITE_CODE}\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date}\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n")


def jcms(title: str, column: str, date: str, source: str, content: str) -> str:
    """A 大汉 JCMS article: field-marker comments, ContentStart/ContentEnd metas."""
    return (
        "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        "<!--GS_0001_D7-->\n<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\">\n"
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"/images/31442/hanweb.css\">\n"
        f"<title>{title}</title>\n<meta name=\"Maketime\" content=\"{date} 16:02:11\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n<meta name=\"SiteDomain\" content=\"{DOMAIN}\">\n"
        "<meta name=\"SiteIDCode\" content=\"\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n<meta name=\"ColumnType\" content=\"\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n<meta name=\"PubDate\" content=\"{date} 10:15\">\n"
        f"<meta name=\"contentSource\" content=\"{source}\">\n"
        "<style>.con-title{{font-size:22px;text-align:center}} .main-txt p{{line-height:30px;margin:0}}"
        " .main-txt table td{{border:1px solid #666;padding:3px 6px}}</style>\n"
        "</head>\n<body>\n" + NAV
        + "<div class=\"wz-con bt-box-1200\">\n  <div class=\"con\">\n"
        f"\t\t<p class=\"con-title\"> <!--<$[标题]>begin-->{title}<!--<$[标题]>end--></p>\n"
        "\t\t<div style=\"height:3px; background-color:#dbdbdb;\"></div>\n"
        "\t\t<!--上部小标题 start-->\n\t\t<div class=\"small-title clearfix\">\n"
        f"\t\t\t\t<span>发布日期：{date}</span>\n\t\t\t\t<span>浏览次数：<em id=\"hits\"></em></span>\n"
        f"\t\t\t\t<span>信息来源：<!--<$[信息来源]>begin-->{source}<!--<$[信息来源]>end--></span>\n"
        "\t\t</div>\n\t\t<!--上部小标题 end-->\n\t\t<!--正文 start-->\n"
        "\t\t<div class=\"main-txt\" id=\"zoom\">\n"
        "\t\t\t\t<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">"
        + content
        + "<meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->\n\t\t</div>\n"
        "\t\t<!--正文 end-->\n"
        "\t\t<div class=\"main-word\"><span class=\"printer\" onclick=\"javascrpit:window.print()\">打印</span>"
        "<span class=\"close\" onclick=\"javascrpit:window.close()\">关闭</span></div>\n"
        "<script>var h=document.getElementById('hits');if(h){{h.innerHTML='1';}}</script>\n"
        "  </div>\n</div>\n" + FOOT + "</body></html>\n")


def xxgk(title: str, org: str, number: str, date: str, content: str, topic: str = "其他") -> str:
    """The 信息公开 platform's detail page: 索引号 / 发布机构 boxes over the text."""
    return (
        "<html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\">\n"
        + metas(title, "部门信息公开", date, org)
        + "<meta name=\"ColumnType\" content=\"信息公开\">\n"
        f"<title>{title}</title>\n"
        "<link rel=\"stylesheet\" type=\"text/css\" href=\"../images/xxgkbase.css\">\n"
        "<style>.top-l p,.top-r p{{margin:6px 0}} #UCAP-CONTENT p{{text-indent:2em;line-height:2}}"
        " #UCAP-CONTENT td{{border:1px solid #999;padding:4px}}</style>\n</head>\n<body>\n" + NAV
        + "<div class=\"container content\" style=\" margin-top:0px;\">\n"
        "    <div class=\"top cf\">\n        <div class=\"top-l fl\">\n"
        f"            <p><strong>索引号</strong>：11511399MB1C{len(title):02d}0{date[5:7]}/{date[:4]}-0{len(content) % 997:03d}</p>\n"
        f"            <p><strong>发布机构</strong>：{org}</p>\n"
        f"            <p><strong>名称</strong>：{title}</p>\n"
        f"            <p><strong>文号</strong>：{number}</p>\n"
        "            <!--<p><strong>主题词</strong>：</p>-->\n        </div>\n"
        "        <div class=\"top-r fr\">\n"
        f"            <p><strong>主题分类</strong>：{topic}</p>\n"
        f"            <!--<p><strong>成文日期</strong>：{date}</p>-->\n"
        f"            <p><strong>发布日期</strong>：{date}</p>\n"
        "            <p style=\"height: 40px;\"></p>\n        </div>\n"
        "        <div style=\"clear: both;\"></div>\n    </div>\n"
        f"    <div class=\"xxgk-title\"><h2>{title}</h2></div>\n"
        "    <div class=\"xxgk-con\" id=\"UCAP-CONTENT\">\n" + content + "\n    </div>\n"
        "    <div class=\"xxgk-fj\"><span>【打印本页】</span> <span>【关闭窗口】</span></div>\n"
        "</div>\n" + FOOT + "</body></html>\n")


def trs(title: str, column: str, date: str, source: str, content: str) -> str:
    """A TRS article: article-infos, article-body with a TRS_Editor div."""
    return (
        "<!DOCTYPE html>\n<html><head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"renderer\" content=\"webkit\">\n"
        + metas(title, column, f"{date} 09:12", source)
        + f"<title>{title} - {SITE}</title>\n"
        "<link href=\"../../../images/base.css\" rel=\"stylesheet\">\n"
        "<style>.article-body div{{line-height:32px}} .TRS_Editor table td{{border:1px solid #aaa;"
        "padding:4px}}</style>\n</head>\n<body>\n" + NAV
        + "<div class=\"main-container\">\n<div class=\"article oflow-hd\">\n"
        "<div class=\"article-infos\">\n"
        f"  <h1 class=\"article-title\">{title}</h1>\n"
        "  <ul class=\"article-infos-list\">\n"
        f"    <li class=\"article-infos-source left\"><span alt=\"时间：{date}\"><i>时间：</i>{date} 09:12</span>\n"
        f"      <span alt=\"来源：{source}\"><i>来源：</i>\n                       {source}\n                   </span></li>\n"
        "    <li class=\"article-infos-func right\"><span id=\"myPrint\" class=\"article-priter\">打印</span>\n"
        "      <span class=\"article-zoom\"> <i>字体：</i><a href=\"javascript:void(0);\" class=\"increaseFont\">放大</a>"
        " <a href=\"javascript:void(0);\" class=\"resetFont\">正常</a>"
        " <a href=\"javascript:void(0);\" class=\"decreaseFont\">缩小</a></span></li>\n"
        "  </ul>\n</div>\n<!-- Main text -->\n"
        "<div class=\"article-body oflow-hd\"><div class=\"TRS_Editor\">" + content + "</div></div>\n"
        "<!-- /Main text -->\n</div>\n</div>\n"
        "<script>$(function(){{$('.increaseFont').click(function(){{$('.TRS_Editor').css('font-size','18px');}});}});</script>\n"
        + FOOT + "</body></html>\n")


def txt7(title: str, nav: str, date: str, content: str) -> str:
    """A nested-table page: span.title labels each followed by <br>, the text in span.txt7."""
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        + metas(title, "行政执法", date, nav)
        + "    <title>信息详细页面</title>\n"
        "    <style>.txt2{{font-size:20px;font-weight:bold}} .txt7{{font-size:14px;line-height:26px}}"
        " .title{{font-weight:bold}}</style>\n</head>\n<body>\n"
        "<!--header start-->\n<iframe src=\"/include/head_651.html\" frameborder=\"0\" marginwidth=\"0\" "
        "marginheight=\"0\" width=\"100%\" scrolling=\"no\" height=\"194\"></iframe>\n<!--header end-->\n"
        "<!--主体 start-->\n<table width=\"1022\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "    <tbody><tr>\n        <td height=\"197\" align=\"left\" valign=\"top\" bgcolor=\"#FFFFFF\">\n"
        "            <table width=\"1002\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "                <tbody><tr><td height=\"32\" bgcolor=\"#EAEAEA\">\n"
        "                    <!--导航栏 start-->\n"
        "                    <span class=\"txt1\" id=\"navi\">\n                            您当前位置：\n                        </span>\n"
        "                    <a href=\"/\" title=\"首页\" class=\"a3\">首页</a>&gt;<a href=\"/xzzf/\" title=\"行政执法\" class=\"a3\">行政执法</a>"
        f"&gt;{nav}\n                    <!--导航栏 end-->\n                </td></tr>\n"
        "                <tr><td>&nbsp;</td></tr>\n"
        f"                <tr><td align=\"center\"><span class=\"txt2\">{title}</span></td></tr>\n"
        "                <tr><td height=\"1\" style=\"background-image:url(/img/46.jpg)\"><div align=\"center\"></div></td></tr>\n"
        f"                <tr><td align=\"center\" class=\"txt7\">\n                    发布时间：\n                    <span>{date}</span>\n                </td></tr>\n"
        "                <tr><td>\n                    <!--详细 start-->\n                    <span class=\"txt7\">\n"
        + content
        + "\n                    </span>\n                    <!--详细 end-->\n                </td></tr>\n"
        "            </tbody></table>\n        </td>\n    </tr>\n</tbody></table>\n<!--主体 end-->\n"
        + FOOT + "</body></html>\n")


def ngpage(title: str, date: str, rows: list[tuple[str, str]]) -> str:
    """An AngularJS page saved from the browser: a 行政处罚信息公开表 in ng-repeat rows."""
    cells = "".join(
        "                <tr ng-repeat=\"item in detail.rows\" class=\"ng-scope\">\n"
        f"                    <td class=\"tdl ng-binding\" colspan=\"2\">{k}</td>\n"
        "                    <td class=\"tdr\" colspan=\"3\"><span class=\"ng-binding\" "
        f"ng-bind-html=\"item.value | trustHtml\">{v}</span></td>\n"
        "                </tr><!-- end ngRepeat: item in detail.rows -->\n"
        for k, v in rows)
    return (
        "<html lang=\"zh-cn\"><head><style>.ng-hide{{display:none!important}}</style>\n"
        "    <meta charset=\"UTF-8\">\n    <title>棠溪县人民政府</title>\n"
        + metas(title, "行政处罚", f"{date} 11:18", "棠溪县人民政府")
        + "    <meta name=\"ColumnType\" content=\"5\">\n"
        "    <link href=\"/cn/css/details/guizhang.css?v=20230108\" rel=\"stylesheet\">\n</head>\n"
        "<body>\n    <div class=\"main ng-scope\" ng-app=\"myApp\">\n"
        "      <div ng-controller=\"itemDetailCtrl\" class=\"ng-scope\">\n"
        "        <div ng-show=\"isGuiZhang == 1\" class=\"\">\n"
        "          <div class=\"wenzhang-title ng-binding\" ng-bind-html=\"detail.title|trustHtml\">"
        f"{title}</div>\n"
        f"          <div class=\"pages-date ng-binding\">发布时间：{date}<span class=\"font\">文章来源：棠溪县人民政府</span></div>\n"
        "          <div class=\"wenzhang-content ng-binding\" ng-bind-html=\"detail.content|trustHtml\">\n"
        "            <table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"600\">\n"
        "                <tbody>\n"
        f"                <tr><td colspan=\"5\" class=\"ng-binding\" style=\"text-align:center\"><b>{title}</b></td></tr>\n"
        + cells
        + "                </tbody>\n            </table>\n          </div>\n        </div>\n"
        "      </div>\n    </div>\n" + FOOT + "</body></html>\n")


def gb(title: str, dept: str, date: str, content: str) -> str:
    """An old ASP department site declared gb2312 (the passage is served as GBK)."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">\n"
        f"<title>{title}</title>\n<link href=\"../css/style.css\" rel=\"stylesheet\" type=\"text/css\">\n"
        "</head>\n<body leftmargin=\"0\" topmargin=\"0\" marginwidth=\"0\" marginheight=\"0\">\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "  <tr><td><img src=\"../images/top.jpg\" width=\"960\" height=\"120\"></td></tr>\n"
        "  <tr><td bgcolor=\"#1F5FA8\" height=\"28\"><font color=\"#FFFFFF\">　首页 | 机构设置 | 政务公开 | "
        "行政执法 | 办事指南 | 在线留言</font></td></tr>\n</table>\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"8\" cellspacing=\"0\" bgcolor=\"#FFFFFF\">\n"
        "  <tr><td valign=\"top\">\n"
        f"<p align=\"center\"><font size=\"4\" color=\"#CC0000\"><b>{title}</b></font></p>\n"
        f"<p align=\"center\"><font size=\"2\" color=\"#666666\">作者：{dept}　　发布时间：{date}　　"
        "阅读次数：[<script src=\"../inc/count.asp?id=1187\"></script>]</font></p>\n"
        "<hr size=\"1\" noshade color=\"#CCCCCC\">\n"
        "<div class=\"newscontent\"><font size=\"3\" style=\"line-height:200%\">\n" + content
        + "\n</font></div>\n  </td></tr>\n</table>\n"
        "<table width=\"960\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#E8EEF7\">\n"
        f"  <tr><td align=\"center\" height=\"60\"><font size=\"2\">版权所有：{dept}　"
        "地址：四川省渠阳市棠溪县棠溪镇县府路6号　邮编：635899<br>\n"
        "  联系电话：0829-5221000　川ICP备05012345号</font></td></tr>\n</table>\n</body>\n</html>\n")


def excel(title: str, rows: str, generator: str = "Microsoft Excel 14") -> str:
    """A sheet saved from Excel (or WPS 表格 as Excel) as a web page."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Excel.Sheet>\n"
        f"<meta name=Generator content=\"{generator}\">\n"
        "<link rel=File-List href=\"sheet001.files/filelist.xml\">\n"
        "<style id=\"Sheet1_30241_Styles\">\n<!--table\n\t{{mso-displayed-decimal-separator:\"\\.\";\n"
        "\tmso-displayed-thousand-separator:\"\\,\";}}\n"
        ".xl65\n\t{{mso-style-parent:style0;font-size:16.0pt;font-weight:700;text-align:center;}}\n"
        ".xl66\n\t{{mso-style-parent:style0;font-weight:700;text-align:center;border:.5pt solid windowtext;}}\n"
        ".xl67\n\t{{mso-style-parent:style0;mso-number-format:\"\\@\";text-align:center;border:.5pt solid windowtext;}}\n"
        ".xl68\n\t{{mso-style-parent:style0;text-align:left;border:.5pt solid windowtext;white-space:normal;}}\n"
        "-->\n</style>\n"
        f"<title>{title}</title>\n</head>\n\n<body link=blue vlink=purple>\n"
        "<div id=\"Sheet1_30241\" align=center x:publishsource=\"Excel\">\n\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:\n"
        " collapse;table-layout:fixed;width:885pt'>\n" + rows
        + " <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
        "  <td width=48 style='width:36pt'></td>\n </tr>\n <![endif]>\n</table>\n\n</div>\n</body>\n\n</html>\n")


def xtitle(text: str, span: int) -> str:
    return (f" <tr height=40 style='height:30.0pt'>\n  <td colspan={span} height=40 class=xl65 "
            f"style='height:30.0pt'>{text}</td>\n </tr>\n")


def xrow(*cells: str, head: bool = False) -> str:
    """One sheet row; header cells are xl66, data cells text-formatted xl67 (long text xl68)."""
    out = [" <tr height=36 style='height:27.0pt'>\n"]
    for c in cells:
        if head:
            out.append(f"  <td class=xl66 style='border-top:none'>{c}</td>\n")
        elif len(c) > 22 and "{" not in c:
            out.append(f"  <td class=xl68 style='border-top:none'>{c}</td>\n")
        else:
            out.append(f"  <td class=xl67 style='border-top:none' x:str>{c}</td>\n")
    out.append(" </tr>\n")
    return "".join(out)


def word(title: str, content: str) -> str:
    """A decision saved from Word 15 as a web page and uploaded as the article."""
    return (
        "<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\n"
        "xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
        "<meta name=Originator content=\"Microsoft Word 15\">\n"
        f"<title>{title}</title>\n"
        "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>lenovo</o:Author>\n"
        "  <o:LastAuthor>棠溪县林业局</o:LastAuthor>\n  <o:Pages>2</o:Pages>\n  <o:Company>Microsoft</o:Company>\n"
        "  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
        "<style>\n<!--\n /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        "\t{{mso-style-unhide:no;mso-style-qformat:yes;mso-style-parent:\"\";margin:0cm;text-align:justify;"
        "text-justify:inter-ideograph;font-size:10.5pt;font-family:等线;}}\n"
        "@page WordSection1\n\t{{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;"
        "mso-header-margin:42.55pt;mso-footer-margin:49.6pt;mso-paper-source:0;layout-grid:15.6pt;}}\n"
        "div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n</head>\n\n"
        "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n\n"
        "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n" + content
        + "\n</div>\n\n</body>\n\n</html>\n")


def wp(*runs: str, indent: bool = True) -> str:
    """A Word paragraph: runs alternate 仿宋 text and lang=EN-US digits (odd positions)."""
    style = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
    parts = []
    for i, r in enumerate(runs):
        if i % 2:
            parts.append(f"<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\",serif'>{r}</span>")
        else:
            parts.append(f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{r}</span>")
    return (f"<p class=MsoNormal style='{style}line-height:28.0pt;mso-line-height-rule:exactly'>"
            + "".join(parts) + "<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>\n\n")


def pdf(header: str, pages: list[str]) -> str:
    """pdftotext output: a running header on every page, a centred page number, form feeds."""
    out = []
    for i, page in enumerate(pages, 1):
        out.append(f"{header}\n\n{page.strip(chr(10))}\n\n                                — {i} —\n")
    return "\f".join(out) + "\f"


# --- passages -------------------------------------------------------------------------------

REVIEW = ("如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向棠溪县人民政府申请行政复议；"
          "也可以在六个月内依法向棠溪县人民法院提起行政诉讼。")

PASSAGES = [
    P(id="h2101", kind="html", column="penalty", enc="utf-8",
      title="棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕57号）",
      shape="市场监管 食品 个体 on JCMS: 经营者 named, ID inside a <$[证件号码]> field marker, "
            "住址 路 号 附号, mobile; 经营场所 and 个体 USCC not",
      body=jcms("棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕57号）", "行政处罚",
                "2023-06-21", "棠溪县市场监督管理局", """
<p style="text-align:center"><strong>棠溪县市场监督管理局</strong></p>
<p style="text-align:center"><strong>行政处罚决定书</strong></p>
<p style="text-align:right">棠市监处罚〔2023〕57号</p>
<p>　　当事人：棠溪县罗记卤菜店</p>
<p>　　主体类型：个体工商户</p>
<p>　　统一社会信用代码：{USCC}</p>
<p>　　经营者：罗建华　　　性别：男</p>
<p>　　身份证号码：<!--<$[证件号码]>begin-->{ID}<!--<$[证件号码]>end--></p>
<p>　　住址：四川省渠阳市棠溪县棠溪镇文庙街23号附1号</p>
<p>　　经营场所：棠溪县棠溪镇滨江路15号</p>
<p>　　联系电话：{MOB}</p>
<p>　　2023年5月16日，本局执法人员对当事人经营场所进行监督检查，发现当事人冷藏柜内存放的"卤猪耳"3袋（250克/袋）标示生产日期为2023年5月9日、保质期为5天，已超过保质期，当事人仍将其与其他卤制品一同陈列销售。</p>
<p>　　上述事实，有现场笔录、当事人的营业执照复印件、询问笔录、照片等证据为证。</p>
<p>　　当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。鉴于当事人涉案食品货值金额较小，积极配合调查，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：一、没收超过保质期的"卤猪耳"3袋；二、罚款人民币伍仟元整。</p>
<p>　　当事人应当自收到本处罚决定书之日起十五日内，持《非税收入一般缴款书》到代收银行缴纳罚没款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。</p>
<p>　　""" + REVIEW + """</p>
<p style="text-align:right">棠溪县市场监督管理局</p>
<p style="text-align:right">2023年6月19日</p>
<p>　　（市场监督管理部门将依法向社会公示本行政处罚决定信息）</p>
"""),
      ids=["ID"], phones=["MOB"], addrs=["四川省渠阳市棠溪县棠溪镇文庙街23号附1号"]),

    P(id="h2102", kind="html", column="penalty", enc="utf-8",
      title="棠溪县公安局行政处罚决定书（棠公（治）行罚决字〔2023〕318号）",
      shape="公安 治安 on TRS divs: 6-8-4 spaced ID after 公民身份号码, 现住址 without a colon "
            "(社区 大道 号 栋 单元 室); 户籍地 at township level not",
      body=trs("棠溪县公安局行政处罚决定书（棠公（治）行罚决字〔2023〕318号）", "行政处罚",
               "2023-07-14", "棠溪县公安局", """
<div style="text-align: center;"><b>棠溪县公安局<br>行政处罚决定书</b></div>
<div style="text-align: right;">棠公（治）行罚决字〔2023〕318号</div>
<div>　　违法行为人刘某，男，汉族，公民身份号码{ID_S}，现住址棠溪县棠溪镇北门社区凤凰大道166号3栋2单元401室，户籍地四川省渠阳市棠溪县白鹤镇，工作单位无。</div>
<div>　　现查明2023年7月9日22时许，刘某在棠溪县棠溪镇解放路一烧烤店内因琐事与邻桌食客发生争执，并用手掌击打对方面部，致其轻微伤。</div>
<div>　　以上事实有违法行为人陈述和申辩、被侵害人陈述、证人证言、视听资料、伤情鉴定意见等证据证实。</div>
<div>　　根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，现决定对刘某处行政拘留五日，并处罚款二百元。</div>
<div>　　执行方式和期限：送棠溪县拘留所执行；罚款于收到本决定书之日起十五日内缴至指定银行。</div>
<div>　　如不服本决定，可以在收到本决定书之日起六十日内向棠溪县人民政府申请行政复议，或者在六个月内依法向棠溪县人民法院提起行政诉讼。</div>
<div style="text-align: right;">棠溪县公安局<br>2023年7月10日</div>
"""),
      ids=["ID"], addrs=["棠溪县棠溪镇北门社区凤凰大道166号3栋2单元401室"]),

    P(id="h2103", kind="html", column="penalty", enc="utf-8",
      title="棠溪县交通运输局行政处罚决定书（棠交罚〔2023〕146号）",
      shape="交通 超限 key/value table on the 信息公开 page: ID with X in U+3000 groups, dashed "
            "mobile, 住址 村 组 号 in the next cell; 号牌, 道路运输证号, 13-prefixed 执法证号 not",
      body=xxgk("棠溪县交通运输局行政处罚决定书（棠交罚〔2023〕146号）", "棠溪县交通运输局",
                "棠交罚〔2023〕146号", "2023-08-22", """
<p style="text-align:center"><b>行政处罚决定书</b></p>
<table cellspacing="0" cellpadding="0" border="1" width="620">
<tbody>
<tr><td width="120">当事人</td><td width="200">苟志强</td><td width="100">性别</td><td>男</td></tr>
<tr><td>身份证件号码</td><td colspan="3">{IDX_NB}</td></tr>
<tr><td>联系电话</td><td>{MOB_D}</td><td>驾驶证号</td><td>同身份证件号码</td></tr>
<tr><td>住址</td><td colspan="3">棠溪县龙潭乡黄桷村4组17号</td></tr>
<tr><td>车辆号牌</td><td colspan="3">川X·6B275（重型半挂牵引车）</td></tr>
<tr><td>道路运输证号</td><td colspan="3">川交运管渠字511399004217号</td></tr>
<tr><td>案由</td><td colspan="3">违法超限运输</td></tr>
</tbody>
</table>
<p>　　经查，2023年8月3日10时25分，当事人驾驶川X·6B275重型半挂牵引车在G5515线棠溪超限检测站经称重检测，车货总质量为58.6吨，超过规定限值49吨9.6吨，超限率19.6%。</p>
<p>　　以上事实有现场检查（勘验）笔录、询问笔录、称重检测单、现场照片等证据证实。</p>
<p>　　当事人的行为违反了《公路安全保护条例》第三十三条第一款的规定，依据《超限运输车辆行驶公路管理规定》第四十三条第一款第（二）项的规定，决定给予罚款人民币叁仟元整的行政处罚。</p>
<p>　　""" + REVIEW + """</p>
<p>　　执法人员：张某某（执法证号：{CERT}）　李某（执法证号：{CERT2}）</p>
<p style="text-align:right">棠溪县交通运输局<br>2023年8月21日</p>
""", topic="交通运输"),
      ids=["IDX"], phones=["MOB"], addrs=["棠溪县龙潭乡黄桷村4组17号"]),

    P(id="h2104", kind="html", column="penalty", enc="utf-8",
      title="渠阳市棠溪生态环境局行政处罚决定书（渠棠环罚〔2023〕11号）",
      shape="生态 company on the nested-table page: USCC, 住所 of a 有限公司 (路 号), 法定代表人 by "
            "name only, 12369 and an office landline: nothing to report",
      body=txt7("渠阳市棠溪生态环境局行政处罚决定书（渠棠环罚〔2023〕11号）", "环境执法", "2023-05-08", """
                        <span class="title">一、当事人：</span><br>
                        <span>渠阳市金源建材有限公司</span><br>
                        <span class="title">二、统一社会信用代码：</span><br>
                        <span>{USCC}</span><br>
                        <span class="title">三、住所：</span><br>
                        <span>棠溪县石牛镇工业园区纬二路8号</span><br>
                        <span class="title">四、法定代表人：</span><br>
                        <span>王某</span><br>
                        <span class="title">五、违法事实：</span><br>
                        <span>2023年3月28日，我局执法人员对你公司进行现场检查，发现你公司石料破碎生产线正在生产，破碎机进料口未密闭，配套的布袋除尘器未开启，粉尘无组织排放。</span><br>
                        <span class="title">六、处罚依据及内容：</span><br>
                        <span>你公司上述行为违反了《中华人民共和国大气污染防治法》第四十八条第一款的规定，依据该法第一百零八条第（五）项的规定，我局决定对你公司处罚款人民币贰万元整。</span><br>
                        <span class="title">七、履行方式和期限：</span><br>
                        <span>限于接到本处罚决定书之日起十五日内将罚款缴至指定银行，逾期不缴纳的，我局将每日按罚款数额的3%加处罚款。</span><br>
                        <span class="title">八、救济途径：</span><br>
                        <span>如不服本处罚决定，可在收到本处罚决定书之日起六十日内向渠阳市生态环境局申请行政复议，也可以在六个月内向渠阳市棠溪县人民法院提起行政诉讼。</span><br>
                        <span>环境违法行为举报电话：12369　本局联系电话：0829-5230369</span><br>
"""),
      ),

    P(id="h2105", kind="html", column="penalty", enc="gbk",
      title="棠溪县自然资源局行政处罚决定书（棠自然资罚〔2023〕6号）",
      shape="GBK old department site: 自然资源 非法占地, full-width ID, 家庭住址 村 组 号; 地块编号, "
            "footer 地址 not",
      body=gb("棠溪县自然资源局行政处罚决定书（棠自然资罚〔2023〕6号）", "棠溪县自然资源局",
              "2023-4-17", """
<p align="center"><b>棠溪县自然资源局<br>行政处罚决定书</b></p>
<p align="right">棠自然资罚〔2023〕6号</p>
<p>　　当事人：唐某某，男，汉族，身份证号：{ID_FW}，家庭住址：棠溪县柏林镇庙坝村7组9号。</p>
<p>　　2022年11月，当事人未经批准，擅自占用柏林镇庙坝村7组集体土地（地块编号ZD-2022-0317）修建砖混结构房屋一栋，占地面积186.4平方米，其中占用耕地152.0平方米。</p>
<p>　　以上事实有现场勘测图、询问笔录、土地权属证明等证据证实。</p>
<p>　　当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条的规定。根据《中华人民共和国土地管理法》第七十八条、《中华人民共和国土地管理法实施条例》第五十八条的规定，本局决定：责令当事人退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施，恢复土地原状。</p>
<p>　　当事人应当在接到本处罚决定书之日起十五日内自行履行。当事人对本处罚决定不服的，可以在接到本处罚决定书之日起六十日内向渠阳市自然资源和规划局或者棠溪县人民政府申请行政复议，也可以在六个月内直接向人民法院提起行政诉讼。</p>
<p align="right">棠溪县自然资源局<br>二〇二三年四月十四日</p>
"""),
      ids=["ID"], addrs=["棠溪县柏林镇庙坝村7组9号"]),

    P(id="h2106", kind="html", column="penalty", enc="utf-8",
      title="棠溪县农业农村局行政处罚信息公开表（棠农罚〔2023〕9号）",
      shape="AngularJS page_source 行政处罚信息公开表: 当事人姓名 / 身份证号 / 住址 rows in ng-binding "
            "spans (村 组 号)",
      body=ngpage("棠溪县农业农村局行政处罚信息公开表（棠农罚〔2023〕9号）", "2023-06-05", [
          ("行政处罚决定书文号", "棠农罚〔2023〕9号"),
          ("当事人姓名", "陈某"),
          ("身份证号", "{ID}"),
          ("住址", "棠溪县青杠乡龙井村2组35号"),
          ("主要违法违规事实", "当事人在其经营的兽药门市内经营假兽药\u201c氟苯尼考粉\u201d12袋，货值金额480元。"),
          ("行政处罚依据", "《兽药管理条例》第五十六条第一款"),
          ("行政处罚决定", "没收假兽药12袋，没收违法所得人民币216元，并处罚款人民币壹万元整。"),
          ("作出处罚决定的机关名称", "棠溪县农业农村局"),
          ("作出处罚决定的日期", "2023年6月2日"),
      ]),
      ids=["ID"], addrs=["棠溪县青杠乡龙井村2组35号"]),

    P(id="h2107", kind="html", column="penalty", enc="utf-8",
      title="棠溪县市场监督管理局2023年第三季度行政处罚案件信息公开表",
      shape="Excel 公开表 with a 当事人 / 证件号码 / 地址 header: person's row (ID, 街 号) labelled; "
            "a company row (USCC, 路 号), a masked row, a row stopping at the 镇 and a row naming a "
            "村 without a number: their addresses not (IDs of the last two labelled)",
      body=excel("棠溪县市场监督管理局2023年第三季度行政处罚案件信息公开表",
                 xtitle("棠溪县市场监督管理局2023年第三季度行政处罚案件信息公开表", 7)
                 + xrow("序号", "当事人", "证件号码", "地址", "案由", "处罚决定书文号", "处罚内容", head=True)
                 + xrow("1", "郑小红", "{ID}", "棠溪县白鹤镇新华街41号", "销售不符合食品安全标准的食品案",
                        "棠市监处罚〔2023〕61号", "没收违法所得，罚款5000元")
                 + xrow("2", "棠溪县兴旺农资有限公司", "{USCC}", "棠溪县白鹤镇滨河路3号",
                        "销售不合格化肥案", "棠市监处罚〔2023〕64号", "没收违法所得，罚款20000元")
                 + xrow("3", "谭某", "{ID2_M}", "棠溪县石牛镇****号", "未按规定公示营业执照案",
                        "棠市监处罚〔2023〕70号", "罚款500元")
                 + xrow("4", "冉德明", "{IDX}", "棠溪县观音桥镇", "销售过期食品案",
                        "棠市监处罚〔2023〕72号", "没收过期食品，罚款2000元")
                 + xrow("5", "余某某", "{ID3}", "棠溪县双河乡双河村", "无照经营案",
                        "棠市监处罚〔2023〕75号", "没收违法所得，罚款1000元")),
      ids=["ID", "IDX", "ID3"], addrs=["棠溪县白鹤镇新华街41号"]),

    P(id="h2108", kind="attachment", column="penalty", enc="utf-8",
      title="棠溪县应急管理局行政处罚决定书（棠应急罚〔2023〕12号）",
      shape="PDF text, 应急 无证经营危险化学品: running header with the 文号, columns in spaces, ID "
            "over a hard line break, 住址 村 组 号, mobile; page footers",
      body=pdf("棠溪县应急管理局                                    棠应急罚〔2023〕12号", ["""
                              行政处罚决定书

当事人：苟某某                性别：男                民族：汉
身份证号码：{ID_NL}
住址：棠溪县柏林镇万福村6组21号
联系电话：{MOB}

    2023年4月11日，本局执法人员在柏林镇场镇开展危险化学品专项检查时发现，当事人
在其经营的农机维修门市内存放散装汽油约160升，并以塑料桶分装向过往摩托车、农用机
械零售。经查，当事人未取得危险化学品经营许可证。
    以上事实有现场检查记录、询问笔录、现场照片及视频等证据为证。
""", """
    当事人的上述行为违反了《危险化学品安全管理条例》第三十三条第一款的规定，依据
《危险化学品安全管理条例》第七十七条第三款的规定，本局决定对当事人作出如下行政处
罚：责令停止经营活动，没收违法经营的汽油，并处罚款人民币壹万元整。
    罚款限于收到本决定书之日起十五日内缴至指定银行。到期不缴纳罚款的，本局可以每
日按罚款数额的百分之三加处罚款。
    如不服本行政处罚决定，可以在收到本决定书之日起六十日内向棠溪县人民政府申请行
政复议，或者在六个月内依法向棠溪县人民法院提起行政诉讼。

                                                   棠溪县应急管理局
                                                   2023年5月4日
"""]),
      ids=["ID"], phones=["MOB"], addrs=["棠溪县柏林镇万福村6组21号"]),

    P(id="h2109", kind="attachment", column="penalty", enc="utf-8",
      title="棠溪县教育和体育局行政处罚决定书（棠教体罚〔2023〕3号）",
      shape="DOCX text, 教育 无证办学: tab-set party block, 住所 of a woman described by 性别/民族 "
            "(街 号 幢 单元 室), ID with X, the party's 0795 landline",
      body="""棠溪县教育和体育局
行政处罚决定书
棠教体罚〔2023〕3号

当事人：何某某\t性别：女\t民族：汉族
身份证号：{IDX}
住所：棠溪县棠溪镇新华街9号2幢3单元601室
联系电话：{LAND}

案件信息
案件名称\t何某某未经批准擅自举办校外培训机构案
立案时间\t2023年2月20日
检查地点\t棠溪县棠溪镇新华街11号二楼

经查，2022年9月至2023年2月，当事人未经教育行政部门批准，在棠溪县棠溪镇新华街11号二楼租用房屋，以"小书虫托管"名义面向义务教育阶段学生开展语文、数学学科类培训，共招收学员37人，收取培训费用共计人民币48100元。

上述事实有现场检查笔录、询问笔录、收费记录、学员名册等证据证实。

当事人的行为违反了《中华人民共和国民办教育促进法》第十二条第一款的规定。依据《中华人民共和国民办教育促进法》第六十四条的规定，本局决定：责令当事人停止办学，退还所收费用，并处罚款人民币贰万元整。

如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向棠溪县人民政府申请行政复议，也可以在六个月内依法向棠溪县人民法院提起行政诉讼。

棠溪县教育和体育局
2023年3月27日
""",
      ids=["IDX"], phones=["LAND"], addrs=["棠溪县棠溪镇新华街9号2幢3单元601室"]),

    P(id="h2110", kind="html", column="penalty", enc="utf-8",
      title="棠溪县烟草专卖局行政处罚决定书（棠烟立〔2023〕第19号）",
      shape="烟草 on the 信息公开 page: full-width ID with Ｘ, 住址 社区 路 号 幢 单元 室; "
            "烟草专卖零售许可证号 and 经营场所 not",
      body=xxgk("棠溪县烟草专卖局行政处罚决定书（棠烟立〔2023〕第19号）", "棠溪县烟草专卖局",
                "棠烟立〔2023〕第19号", "2023-09-12", """
<p style="text-align:center"><strong>棠溪县烟草专卖局行政处罚决定书</strong></p>
<p style="text-align:right">棠烟立〔2023〕第19号</p>
<p>当事人：谢某，男，身份证号：{IDX_FW}，住址：棠溪县棠溪镇南华社区滨江路188号5幢2单元302室。</p>
<p>烟草专卖零售许可证号：511399100123，经营场所：棠溪县棠溪镇南华社区滨江路190号。</p>
<p>2023年8月16日，本局专卖执法人员在当事人经营场所内查获无标志外国卷烟"MARLBORO"等2个品种共计46条，案值人民币9660元。当事人不能提供上述卷烟的合法来源。</p>
<p>当事人的行为违反了《中华人民共和国烟草专卖法实施条例》第二十六条第二款之规定，依据《中华人民共和国烟草专卖法实施条例》第五十七条之规定，本局决定：没收上述卷烟，并处罚款人民币贰仟捌佰玖拾捌元整。</p>
<p>""" + REVIEW + """</p>
<p style="text-align:right">棠溪县烟草专卖局<br>二〇二三年九月八日</p>
""", topic="市场监管"),
      ids=["IDX"], addrs=["棠溪县棠溪镇南华社区滨江路188号5幢2单元302室"]),

    P(id="h2111", kind="html", column="penalty", enc="utf-8",
      title="棠溪县综合行政执法局行政处罚决定书（棠综执罚〔2023〕104号）",
      shape="城管 占道 on JCMS whose editor wrapped single fields in <$[…]> markers: comment-split ID "
            "and mobile, the 住址 (路 号) between markers",
      body=jcms("棠溪县综合行政执法局行政处罚决定书（棠综执罚〔2023〕104号）", "行政处罚",
                "2023-09-01", "棠溪县综合行政执法局", """
<p style="text-align:center"><strong>棠溪县综合行政执法局行政处罚决定书</strong></p>
<p style="text-align:right">棠综执罚〔2023〕104号</p>
<p>　　当事人：<!--<$[当事人]>begin-->黄某<!--<$[当事人]>end-->，公民身份号码：<!--<$[证件号]>begin-->{ID_CMT}<!--<$[证件号]>end-->，联系电话：{MOB_CMT}，住址：<!--<$[住址]>begin-->棠溪县棠溪镇解放路52号<!--<$[住址]>end-->。</p>
<p>　　2023年8月7日至8月21日，当事人多次在棠溪县棠溪镇凤凰大道与解放路交叉口人行道上摆摊设点销售水果，经执法人员多次劝导、责令改正后拒不改正。</p>
<p>　　以上事实有现场检查笔录、责令改正通知书、照片等证据为证。</p>
<p>　　当事人的行为违反了《城市市容和环境卫生管理条例》第十四条的规定，依据《四川省城乡环境综合治理条例》第六十一条的规定，本局决定对当事人处以罚款人民币贰佰元整。</p>
<p>　　""" + REVIEW + """</p>
<p style="text-align:right">棠溪县综合行政执法局</p>
<p style="text-align:right">2023年8月30日</p>
"""),
      ids=["ID"], phones=["MOB"], addrs=["棠溪县棠溪镇解放路52号"]),

    P(id="h2112", kind="html", column="penalty", enc="utf-8",
      title="棠溪县林业局行政处罚决定书（棠林罚决字〔2023〕第8号）",
      shape="Word-saved HTML, 林业 滥伐: ID in <span> runs inside a lang=EN-US run, 家住 without a "
            "colon whose 村/组/号 digits sit in separate EN-US runs; 采伐许可证 文号 not",
      body=word("棠溪县林业局行政处罚决定书", ""
                "<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span "
                "style='font-size:22.0pt;font-family:方正小标宋简体'>棠溪县林业局<br>行政处罚决定书</span></b></p>\n\n"
                "<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'><span "
                "style='font-size:16.0pt;font-family:仿宋_GB2312'>棠林罚决字〔</span><span lang=EN-US "
                "style='font-size:16.0pt'>2023</span><span style='font-size:16.0pt;font-family:仿宋_GB2312'>〕第"
                "</span><span lang=EN-US style='font-size:16.0pt'>8</span><span style='font-size:16.0pt;"
                "font-family:仿宋_GB2312'>号</span></p>\n\n"
                + wp("当事人杨某某，男，汉族，身份证号码", "{ID_SPAN}", "，家住棠溪县青杠乡青杠村", "3",
                     "组", "26", "号。")
                + wp("经查明，", "2023", "年", "1", "月，当事人在未办理林木采伐许可证的情况下，在青杠乡青杠村",
                     "3", "组地名\u201c大湾头\u201d的集体林地内采伐柏木", "42", "株，经鉴定，采伐林木蓄积",
                     "6.83", "立方米。")
                + wp("以上事实有现场勘验笔录、询问笔录、林木蓄积鉴定意见等证据证实。")
                + wp("当事人的上述行为违反了《中华人民共和国森林法》第五十六条第一款的规定，依据《中华人民共和国森林法》"
                     "第七十六条第二款的规定，本局决定：责令当事人在原地补种滥伐株数五倍的树木，即",
                     "210", "株，并处滥伐林木价值三倍的罚款，计人民币", "5634", "元。")
                + wp("如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向棠溪县人民政府申请行政复议，"
                     "或者在六个月内直接向棠溪县人民法院提起行政诉讼。")
                + wp("棠溪县林业局", indent=False)
                + wp("", "2023", "年", "3", "月", "9", "日", indent=False)),
      ids=["ID"], addrs=["棠溪县青杠乡青杠村3组26号"]),

    P(id="h2113", kind="html", column="penalty", enc="utf-8",
      title="棠溪县文化广播电视和旅游局行政处罚决定书（棠文旅罚〔2023〕14号）",
      shape="文旅 网吧 company on the 信息公开 page: company 住所 (大道 号 楼) not; its 法定代表人 "
            "described with 身份证号: ID, +86 mobile and 住址 (社区 巷 号) labelled",
      body=xxgk("棠溪县文化广播电视和旅游局行政处罚决定书（棠文旅罚〔2023〕14号）",
                "棠溪县文化广播电视和旅游局", "棠文旅罚〔2023〕14号", "2023-07-28", """
<p>当事人：棠溪县极速网络会所有限公司</p>
<p>统一社会信用代码：{USCC}</p>
<p>住所：棠溪县棠溪镇凤凰大道99号2楼</p>
<p>法定代表人：彭某，身份证号：{ID}，住址：棠溪县棠溪镇文庙社区北门巷7号，联系电话：{MOB_86}</p>
<p>2023年7月1日21时40分，本局执法人员对当事人经营的"极速网咖"进行检查，发现当事人接纳2名未成年人进入营业场所上网，且未按规定核对、登记上网消费者的有效身份证件。</p>
<p>上述事实有现场检查笔录、询问笔录、上网登记记录、监控视频截图等证据证实。</p>
<p>当事人的上述行为违反了《互联网上网服务营业场所管理条例》第二十一条、第二十三条的规定，依据该条例第三十一条第（二）项、第（三）项的规定，本局决定：给予当事人警告，并处罚款人民币壹万伍仟元整。</p>
<p>""" + REVIEW + """</p>
<p style="text-align:right">棠溪县文化广播电视和旅游局<br>2023年7月25日</p>
""", topic="文化、广电、新闻出版"),
      ids=["ID"], phones=["MOB"], addrs=["棠溪县棠溪镇文庙社区北门巷7号"]),

    P(id="h2114", kind="html", column="penalty", enc="utf-8",
      title="棠溪县水务局行政处罚决定书（棠水罚〔2023〕5号）",
      shape="水务 河道管理范围内违法建设 on TRS: ID half full-width, 住址 that stops at the 镇 (not), "
            "the party's (0795) landline; 违法地点 not",
      body=trs("棠溪县水务局行政处罚决定书（棠水罚〔2023〕5号）", "行政处罚", "2023-10-09", "棠溪县水务局", """
<div style="text-align: center;"><b>棠溪县水务局行政处罚决定书</b></div>
<div style="text-align: right;">棠水罚〔2023〕5号</div>
<div>　　当事人：伍某某</div>
<div>　　身份证号码：{ID_HALF}</div>
<div>　　住址：四川省渠阳市棠溪县石牛镇</div>
<div>　　联系电话：{LAND_P}</div>
<div>　　2023年6月至8月，当事人未经水行政主管部门同意，在棠溪县石牛镇石牛河左岸河道管理范围内（石牛大桥下游约300米处）修建砖混结构简易房屋1间，建筑面积约46平方米。</div>
<div>　　上述事实有现场勘验笔录、询问笔录、照片等证据证实。</div>
<div>　　当事人的行为违反了《中华人民共和国水法》第三十七条第二款的规定。依据《中华人民共和国水法》第六十五条第一款的规定，本局决定：责令当事人于2023年11月15日前自行拆除违法建筑物，恢复原状，并处罚款人民币壹万元整。</div>
<div>　　""" + REVIEW + """</div>
<div style="text-align: right;">棠溪县水务局<br>2023年10月8日</div>
"""),
      ids=["ID"], phones=["LAND"]),

    P(id="h2115", kind="html", column="penalty", enc="utf-8",
      title="棠溪县综合行政执法局行政处罚决定书（棠综执罚〔2023〕118号）",
      shape="城管 违建 on JCMS: dashed 6-8-4 ID, 户籍地 at 村 组 level labelled; 违法建设地点 and the "
            "bureau's 地址 not",
      body=jcms("棠溪县综合行政执法局行政处罚决定书（棠综执罚〔2023〕118号）", "行政处罚",
                "2023-10-20", "棠溪县综合行政执法局", """
<p style="text-align:center"><strong>行政处罚决定书</strong></p>
<p style="text-align:right">棠综执罚〔2023〕118号</p>
<p>　　当事人：汪某某，男，身份证号码：{ID_D}，户籍地：棠溪县白鹤镇石桥村3组。</p>
<p>　　违法建设地点：棠溪县白鹤镇场镇新街东侧。</p>
<p>　　2023年7月，当事人未取得建设工程规划许可证，在白鹤镇场镇新街东侧擅自搭建钢架结构彩钢棚一处，占地面积约120平方米。经棠溪县自然资源局认定，该建设行为无法采取改正措施消除对规划实施的影响。</p>
<p>　　当事人的行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定，依据《中华人民共和国城乡规划法》第六十四条的规定，本局决定：责令当事人限期十五日内自行拆除违法建设。</p>
<p>　　""" + REVIEW + """</p>
<p>　　本局地址：棠溪县棠溪镇新华街2号，邮编：635899，联系电话：0829-5227110。</p>
<p style="text-align:right">棠溪县综合行政执法局<br>2023年10月18日</p>
"""),
      ids=["ID"], addrs=["棠溪县白鹤镇石桥村3组"]),

    P(id="h2116", kind="html", column=None, enc="utf-8",
      title="棠溪县综合行政执法局关于公告送达行政处罚决定书的公告",
      shape="公告送达 outside the penalty column, title naming 处罚决定书: a 受送达人 / 身份证号码 / 住址 "
            "table, masked IDs; both 住址 cells (路 号 附号; 村 组) labelled",
      body=xxgk("棠溪县综合行政执法局关于公告送达行政处罚决定书的公告", "棠溪县综合行政执法局",
                "无", "2023-11-03", """
<p>　　因下列当事人下落不明，本局依法作出的行政处罚决定书无法直接送达、邮寄送达。根据《中华人民共和国行政处罚法》第六十一条及《中华人民共和国民事诉讼法》第九十五条的规定，现依法向下列当事人公告送达：</p>
<table border="1" cellspacing="0" cellpadding="0" width="640">
<tbody>
<tr><td>序号</td><td>受送达人</td><td>身份证号码</td><td>住址</td><td>文书名称及文号</td></tr>
<tr><td>1</td><td>邓某某</td><td>{ID_M}</td><td>棠溪县棠溪镇解放路52号附3号</td><td>行政处罚决定书（棠综执罚〔2023〕96号）</td></tr>
<tr><td>2</td><td>付某</td><td>{ID2_M}</td><td>棠溪县白鹤镇黄桷村5组</td><td>行政处罚决定书（棠综执罚〔2023〕101号）</td></tr>
</tbody>
</table>
<p>　　自本公告发布之日起满三十日，即视为送达。请受送达人到本局（棠溪县棠溪镇新华街2号）领取行政处罚决定书。如不服，可在公告送达期满之日起六十日内向棠溪县人民政府申请行政复议，或者六个月内向棠溪县人民法院提起行政诉讼。</p>
<p>　　联系电话：0829-5227110</p>
<p style="text-align:right">棠溪县综合行政执法局<br>2023年11月2日</p>
"""),
      addrs=["棠溪县棠溪镇解放路52号附3号", "棠溪县白鹤镇黄桷村5组"]),

    P(id="h2117", kind="html", column=None, enc="utf-8",
      title="关于向付某某送达《行政处罚事先告知书》的公告",
      shape="事先告知书 公告 outside the penalty column, title without 处罚决定书 / 行政处罚决定: the "
            "address (村 组 号) out of scope, ID masked, the unmasked mobile labelled",
      body=trs("关于向付某某送达《行政处罚事先告知书》的公告", "通知公告", "2023-09-18",
               "棠溪县农业农村局", """
<div>付某某（身份证号码：{ID_MX}，住址：棠溪县双河乡龙井村5组12号，联系电话：{MOB}）：</div>
<div>　　你于2023年6月在棠溪县双河乡双河村河段使用电鱼方法进行捕捞，涉嫌违反《中华人民共和国渔业法》第三十条第一款的规定。本局拟依据《中华人民共和国渔业法》第三十八条第一款的规定，对你作出没收渔获物和违法所得、罚款人民币壹仟元的行政处罚。</div>
<div>　　因多次电话联系无人接听、邮寄送达被退回，现依法公告送达《行政处罚事先告知书》（棠农告〔2023〕15号）。自公告之日起经过三十日视为送达。你可在视为送达之日起五日内向本局提出陈述、申辩，逾期视为放弃上述权利。</div>
<div>　　联系地址：棠溪县棠溪镇滨江路66号棠溪县农业农村局312室　联系电话：0829-5223381</div>
<div style="text-align: right;">棠溪县农业农村局<br>2023年9月15日</div>
"""),
      phones=["MOB"]),

    P(id="h2118", kind="html", column="penalty", enc="utf-8",
      title="棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕93号）",
      shape="市场监管 广告 company on TRS: USCC, 住所, 法定代表人 by name; the party's 基本存款账户 "
            "(17-digit 账号 after 开户银行) labelled, the office's 罚没款 专户 (19-digit) not",
      body=trs("棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕93号）", "行政处罚",
               "2023-10-27", "棠溪县市场监督管理局", """
<div style="text-align: center;"><b>棠溪县市场监督管理局<br>行政处罚决定书</b></div>
<div style="text-align: right;">棠市监处罚〔2023〕93号</div>
<div>　　当事人：渠阳市蜀韵文化传媒有限公司</div>
<div>　　统一社会信用代码：{USCC}</div>
<div>　　住所：棠溪县棠溪镇滨江路201号</div>
<div>　　法定代表人：任某</div>
<div>　　2023年8月，当事人受棠溪县某医疗美容诊所委托，在其运营的微信公众号\u201c棠溪生活圈\u201d发布含有\u201c无痛无创、术后零风险\u201d等内容的医疗美容广告，该广告未取得广告审查批准文号。经查，当事人收取广告费人民币3000元，款项汇入当事人基本存款账户（开户银行：中国农业银行股份有限公司棠溪支行，账号：{ACCT}）。</div>
<div>　　上述事实有现场检查笔录、广告截图、广告发布合同、银行转账凭证、询问笔录等证据证实。</div>
<div>　　当事人的行为违反了《中华人民共和国广告法》第十六条第一款第（二）项、第四十六条的规定，依据《中华人民共和国广告法》第五十八条第一款第（一）项、第（十四）项的规定，本局决定：一、责令停止发布违法广告；二、没收广告费用人民币3000元；三、罚款人民币叁万元整。</div>
<div>　　当事人应当自收到本处罚决定书之日起十五日内，将罚没款缴入棠溪县财政局罚没收入专户（开户银行：四川棠溪农村商业银行股份有限公司营业部，账号：{OACCT}）。</div>
<div>　　""" + REVIEW + """</div>
<div style="text-align: right;">棠溪县市场监督管理局<br>2023年10月24日</div>
"""),
      banks=["ACCT"]),

    P(id="h2119", kind="html", column="penalty", enc="utf-8",
      title="棠溪县卫生健康局行政处罚决定书（棠卫医罚〔2023〕4号）",
      shape="卫健 on the 信息公开 page, everything masked: *-masked ID and mobile, 住址 with **** and "
            "**号, 详细地址已隐去: nothing to report",
      body=xxgk("棠溪县卫生健康局行政处罚决定书（棠卫医罚〔2023〕4号）", "棠溪县卫生健康局",
                "棠卫医罚〔2023〕4号", "2023-05-30", """
<p>当事人：冯某某，性别：男，身份证号：{ID_M}，住址：棠溪县柏林镇**村**组**号，联系电话：{MOB_M}。</p>
<p>执业地点：棠溪县柏林镇场镇（详细地址已隐去）。</p>
<p>经查，2023年3月至4月，当事人未取得《医师资格证书》和《医疗机构执业许可证》，在柏林镇场镇一出租房内为他人进行输液治疗，违法所得人民币1260元。</p>
<p>当事人的行为违反了《中华人民共和国医师法》第十三条第四款的规定，依据《中华人民共和国医师法》第五十九条的规定，本局决定：没收违法所得人民币1260元，没收药品、器械，并处违法所得十倍罚款计人民币壹万贰仟陆佰元整。</p>
<p>""" + REVIEW + """</p>
<p style="text-align:right">棠溪县卫生健康局<br>2023年5月26日</p>
""", topic="卫生、体育"),
      ),

    P(id="h2120", kind="html", column="penalty", enc="utf-8",
      title="棠溪县农业农村局行政处罚决定书（棠农罚〔2023〕17号）",
      shape="农业 种子 on the nested-table page: ID with a zero-width space, 现居住地 社区 组 号 "
            "labelled; 户籍地 at township level not",
      body=txt7("棠溪县农业农村局行政处罚决定书（棠农罚〔2023〕17号）", "农业执法", "2023-08-15", """
                        <span class="title">一、当事人基本情况：</span><br>
                        <span>龚某，女，身份证号：{ID_ZW}，户籍地：棠溪县白鹤镇，现居住地：棠溪县棠溪镇南华社区2组18号。</span><br>
                        <span class="title">二、违法事实：</span><br>
                        <span>2023年4月，当事人在棠溪县棠溪镇农贸市场外摆摊销售无标签水稻种子，共计销售48袋（1千克/袋），货值金额人民币1440元，违法所得人民币1440元。</span><br>
                        <span class="title">三、处罚依据：</span><br>
                        <span>《中华人民共和国种子法》第七十五条第一款。</span><br>
                        <span class="title">四、处罚决定：</span><br>
                        <span>没收违法所得人民币1440元，并处罚款人民币贰仟元整。</span><br>
                        <span class="title">五、处罚机关：</span><br>
                        <span>棠溪县农业农村局（2023年8月11日）</span><br>
"""),
      ids=["ID"], addrs=["棠溪县棠溪镇南华社区2组18号"]),

    P(id="h2121", kind="html", column="penalty", enc="utf-8",
      title="棠溪县交通运输局2023年9月行政处罚案件公开表",
      shape="Excel 公开表 (姓名 / 身份证号 / 住址) whose unmasked cells the editor commented out "
            "(<!--<td>…</td>-->) and replaced by masked ones: nothing visible to report",
      body=excel("棠溪县交通运输局2023年9月行政处罚案件公开表",
                 xtitle("棠溪县交通运输局2023年9月行政处罚案件公开表", 6)
                 + xrow("序号", "姓名", "身份证号", "住址", "违法行为", "处罚结果", head=True)
                 + " <tr height=36 style='height:27.0pt'>\n  <td class=xl67 x:num>1</td>\n"
                 "  <td class=xl67 x:str>舒某某</td>\n"
                 "  <!--<td class=xl67 x:str>{ID}</td>-->\n  <td class=xl67 x:str>{ID_M}</td>\n"
                 "  <!--<td class=xl68>棠溪县白鹤镇新华街17号</td>-->\n  <td class=xl68>棠溪县白鹤镇****</td>\n"
                 "  <td class=xl68>未取得道路运输经营许可擅自从事道路旅客运输经营</td>\n"
                 "  <td class=xl68>罚款10000元</td>\n </tr>\n"
                 " <tr height=36 style='height:27.0pt'>\n  <td class=xl67 x:num>2</td>\n"
                 "  <td class=xl67 x:str>葛某</td>\n"
                 "  <!--<td class=xl67 x:str>{IDX}</td>-->\n  <td class=xl67 x:str>{IDX_M}</td>\n"
                 "  <!--<td class=xl68>棠溪县龙潭乡黄桷村2组8号</td>-->\n  <td class=xl68>棠溪县龙潭乡***</td>\n"
                 "  <td class=xl68>驾驶未按规定进行年审的营运车辆</td>\n"
                 "  <td class=xl68>罚款500元</td>\n </tr>\n"),
      ),

    P(id="h2122", kind="attachment", column="penalty", enc="utf-8",
      title="棠溪县文化广播电视和旅游局行政处罚决定书（棠文旅罚〔2023〕9号）",
      shape="PDF text, 文化 出版物 with two natural persons over a page break: ID, ID with X in "
            "6-8-4 groups, two 住址 (街 号; 村 组 号); running header repeated on page 2",
      body=pdf("棠溪县文化广播电视和旅游局行政处罚决定书                  棠文旅罚〔2023〕9号", ["""
                     棠溪县文化广播电视和旅游局
                          行政处罚决定书

当事人一：邹某某，男，身份证号：{ID}，
住址：棠溪县观音桥镇正街45号。
""", """
当事人二：邹某，女，身份证号：{IDX_S}，
住址：棠溪县观音桥镇黄桷村1组8号。

    经查，2023年2月至5月，当事人二人在棠溪县观音桥镇正街45号门市内共同经营文
具店，未取得出版物经营许可证，擅自零售教辅类出版物，并销售盗版《小学数学同步练
习》等出版物共计326册，违法经营额人民币5216元。
    当事人的行为违反了《出版管理条例》第三十五条第一款、《出版物市场管理规定》第
十一条的规定，依据《出版管理条例》第六十一条第（一）项的规定，本局决定：没收盗版
出版物326册，没收违法所得人民币1870元，并处罚款人民币伍仟元整。
    如不服本决定，可以在收到本决定书之日起六十日内向棠溪县人民政府申请行政复议，
也可以在六个月内依法向棠溪县人民法院提起行政诉讼。

                                         棠溪县文化广播电视和旅游局
                                               2023年6月6日
"""]),
      ids=["ID", "IDX"], addrs=["棠溪县观音桥镇正街45号", "棠溪县观音桥镇黄桷村1组8号"]),

    P(id="h2123", kind="html", column="penalty", enc="utf-8",
      title="棠溪县消防救援大队行政处罚决定书（棠消行罚决字〔2023〕0021号）",
      shape="消防 on TRS: 住所 of a woman described by 女/汉族 (路 号 栋 单元 室) labelled; "
            "违法场所 (a shop's 路 号) not",
      body=trs("棠溪县消防救援大队行政处罚决定书（棠消行罚决字〔2023〕0021号）", "行政处罚",
               "2023-06-30", "棠溪县消防救援大队", """
<div style="text-align: center;"><b>棠溪县消防救援大队<br>行政处罚决定书</b></div>
<div style="text-align: right;">棠消行罚决字〔2023〕0021号</div>
<div>　　被处罚人：马某，女，汉族，公民身份号码：{ID}，住所：棠溪县棠溪镇滨江路88号2栋1单元502室。</div>
<div>　　违法场所：棠溪县棠溪镇滨江路90号（金街火锅店）。</div>
<div>　　根据调查，现查明：2023年6月12日，本大队消防监督员在对金街火锅店进行消防监督检查时，发现该场所安全出口被杂物堵塞、疏散通道上锁，当场责令改正。被处罚人系该场所的经营者。</div>
<div>　　以上事实有消防监督检查记录、现场照片、询问笔录等证据证实。</div>
<div>　　根据《中华人民共和国消防法》第六十条第一款第（三）项之规定，决定给予被处罚人罚款人民币伍仟元整的处罚。</div>
<div>　　执行方式和期限：被处罚人持本决定书在十五日内到银行缴纳罚款。</div>
<div>　　如不服本决定，可以在收到本决定书之日起六十日内依法向渠阳市消防救援支队申请行政复议，或者在六个月内依法向棠溪县人民法院提起行政诉讼。</div>
<div style="text-align: right;">棠溪县消防救援大队<br>二〇二三年六月二十八日</div>
"""),
      ids=["ID"], addrs=["棠溪县棠溪镇滨江路88号2栋1单元502室"]),

    P(id="h2124", kind="html", column="penalty", enc="utf-8",
      title="棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕88号）",
      shape="个体户 named as a 店 with USCC and 住所 (街 号): the 住所 not (no 住址 of the 经营者); "
            "the 经营者's 3-4-4 spaced mobile labelled",
      body=xxgk("棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕88号）", "棠溪县市场监督管理局",
                "棠市监处罚〔2023〕88号", "2023-09-27", """
<p>当事人：棠溪县鑫鑫副食店</p>
<p>统一社会信用代码：{USCC}</p>
<p>住所：棠溪县石牛镇正街12号</p>
<p>经营者：邹某</p>
<p>联系电话：{MOB_S}</p>
<p>2023年9月5日，本局执法人员对当事人进行检查，发现当事人货架上陈列销售的\u201c老坛酸菜\u201d6袋未标明生产日期，当事人不能提供进货票据和供货者许可证明。</p>
<p>当事人的行为违反了《中华人民共和国食品安全法》第五十三条第二款、第六十七条第一款的规定。依据《中华人民共和国食品安全法》第一百二十五条第一款第（二）项、第一百二十六条第一款第（三）项的规定，本局决定：没收违法销售的食品，并处罚款人民币伍仟元整。</p>
<p>""" + REVIEW + """</p>
<p style="text-align:right">棠溪县市场监督管理局<br>2023年9月25日</p>
""", topic="市场监管"),
      phones=["MOB"]),

    P(id="h2125", kind="html", column="penalty", enc="utf-8",
      title="棠溪县商务局行政处罚决定书（棠商务罚〔2023〕2号）",
      shape="商务 成品油 on the nested-table page: ID over <br>, the 住址 after a <br>-separated "
            "span.title label, 凤凰大道 inside a nested span (text 凤凰大道166号附8号)",
      body=txt7("棠溪县商务局行政处罚决定书（棠商务罚〔2023〕2号）", "商务执法", "2023-11-07", """
                        <span class="title">一、当事人：</span><br>
                        <span>敬某某，男，身份证号：{ID_BR}</span><br>
                        <span class="title">二、住址：</span><br>
                        <span>棠溪县棠溪镇<span class="dz">凤凰大道</span>166号附8号</span><br>
                        <span class="title">三、违法事实：</span><br>
                        <span>2023年9月，当事人未取得成品油零售经营批准证书，在棠溪县棠溪镇凤凰大道166号附8号门市内使用流动加油装置向机动车销售柴油，经查销售柴油约2.3吨，违法所得人民币1820元。</span><br>
                        <span class="title">四、处罚依据：</span><br>
                        <span>《四川省成品油市场管理办法》第三十二条。</span><br>
                        <span class="title">五、处罚决定：</span><br>
                        <span>责令停止违法经营，没收违法所得人民币1820元，并处罚款人民币叁万元整。</span><br>
                        <span class="title">六、救济途径：</span><br>
                        <span>""" + REVIEW + """</span><br>
"""),
      ids=["ID"], addrs=["棠溪县棠溪镇凤凰大道166号附8号"]),

    P(id="h2126", kind="html", column="penalty", enc="gbk",
      title="棠溪县农业农村局行政处罚决定书（棠农（牧）罚〔2023〕3号）",
      shape="GBK old department site: 畜牧 动物防疫, 15-digit ID after 身份证号, 住址 村 组 号; "
            "13-digit 检疫证明编号 not",
      body=gb("棠溪县农业农村局行政处罚决定书（棠农（牧）罚〔2023〕3号）", "棠溪县畜牧兽医服务中心",
              "2023-3-22", """
<p align="right">棠农（牧）罚〔2023〕3号</p>
<p>　　当事人：牟某某，男，身份证号：{IDF}，住址：棠溪县龙潭乡双河村8组3号。</p>
<p>　　2023年2月26日，当事人将未附有动物检疫证明的生猪3头从龙潭乡运往棠溪镇屠宰场，途经棠溪县动物卫生监督检查站时被查获。当事人出示的动物检疫合格证明（编号5113990012345）所载动物数量、启运地点与实际不符。</p>
<p>　　当事人的行为违反了《中华人民共和国动物防疫法》第五十一条的规定，依据《中华人民共和国动物防疫法》第一百条第一款的规定，本局决定：对当事人处以运输动物货值金额百分之十五的罚款，计人民币壹仟贰佰陆拾元整。</p>
<p>　　当事人如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向棠溪县人民政府申请行政复议，也可以在六个月内向人民法院提起行政诉讼。</p>
<p align="right">棠溪县农业农村局<br>2023年3月20日</p>
"""),
      ids=["IDF"], addrs=["棠溪县龙潭乡双河村8组3号"]),

    P(id="h2127", kind="attachment", column="penalty", enc="utf-8",
      title="棠溪县交通运输局行政处罚信息（双公示）2023年第二季度",
      shape="XLS text of the 双公示 standard fields (tab-separated): a company's 法定代表人证件号码 and "
            "a 自然人's 证件号码 labelled; a 个体工商户 经营者's masked number and the USCCs not; "
            "no address column",
      body="行政相对人名称\t行政相对人类别\t行政相对人代码_1(统一社会信用代码)\t法定代表人\t"
           "法定代表人证件类型\t法定代表人证件号码\t证件类型\t证件号码\t行政处罚决定书文号\t"
           "违法行为类型\t处罚类别\t罚款金额（万元）\t处罚决定日期\t处罚机关\n"
           "渠阳市蓉发物流有限公司\t法人及非法人组织\t{USCC}\t熊某\t身份证\t{ID}\t\t\t"
           "棠交罚〔2023〕77号\t未按规定对从业人员进行安全教育\t罚款\t0.3\t2023/04/12\t棠溪县交通运输局\n"
           "蔡某某\t自然人\t\t\t\t\t身份证\t{ID2}\t棠交罚〔2023〕81号\t违法超限运输\t罚款\t0.05\t"
           "2023/05/06\t棠溪县交通运输局\n"
           "棠溪县老蔡货运部\t个体工商户\t{USCC2}\t蔡某\t身份证\t{ID3_M}\t\t\t棠交罚〔2023〕90号\t"
           "未随车携带道路运输证\t罚款\t0.02\t2023/06/19\t棠溪县交通运输局\n",
      ids=["ID", "ID2"]),

    P(id="h2128", kind="html", column="penalty", enc="utf-8",
      title="棠溪县人力资源和社会保障局劳动保障监察行政处罚决定书（棠人社监罚〔2023〕2号）",
      shape="人社 劳动保障监察 on JCMS against a company (住所 not, 法定代表人 by name): the workers "
            "named in the facts with their IDs in brackets (plain; 6-8-4 spaced)",
      body=jcms("棠溪县人力资源和社会保障局劳动保障监察行政处罚决定书（棠人社监罚〔2023〕2号）", "行政处罚",
                "2023-08-03", "棠溪县人力资源和社会保障局", """
<p>　　被处罚单位：棠溪县宏达建筑劳务有限公司</p>
<p>　　统一社会信用代码：{USCC}</p>
<p>　　住所：棠溪县棠溪镇凤凰大道312号</p>
<p>　　法定代表人：周某</p>
<p>　　经查，你单位在承建棠溪县滨江安置小区二期工程期间，未按照劳动合同约定按月足额支付劳动者工资，截至2023年6月30日，拖欠杜某（身份证号：{ID}）、朱某某（身份证号：{ID2_S}）等17名劳动者工资共计人民币286400元。本局于2023年7月3日向你单位送达《劳动保障监察限期改正指令书》，你单位逾期未改正。</p>
<p>　　你单位的上述行为违反了《保障农民工工资支付条例》第十五条的规定，依据《劳动保障监察条例》第二十六条的规定，本局决定：责令你单位支付拖欠的劳动者工资，并按应付金额百分之五十的标准向劳动者加付赔偿金。</p>
<p>　　""" + REVIEW + """</p>
<p style="text-align:right">棠溪县人力资源和社会保障局</p>
<p style="text-align:right">2023年7月31日</p>
"""),
      ids=["ID", "ID2"]),

    P(id="h2129", kind="html", column="penalty", enc="utf-8",
      title="棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕99号）",
      shape="价格 on TRS: 当事人 蒋某 with 住址 (街 号) and a mobile in font/b; the 复议 government's "
            "地址 and the bureau's own 地址 (路 号) not",
      body=trs("棠溪县市场监督管理局行政处罚决定书（棠市监处罚〔2023〕99号）", "行政处罚",
               "2023-11-16", "棠溪县市场监督管理局", """
<div>　　当事人：蒋某</div>
<div>　　住址：棠溪县棠溪镇新华街12号</div>
<div>　　联系电话：{MOB_FONT}</div>
<div>　　2023年10月2日，当事人在棠溪县棠溪镇北门菜市场内经营猪肉零售摊位，未按规定明码标价，且在价签标示价格之外加价销售，多收价款共计人民币86元。</div>
<div>　　当事人的上述行为违反了《明码标价和禁止价格欺诈规定》第五条、第十九条第（一）项的规定，依据《价格违法行为行政处罚规定》第七条、第十三条的规定，本局决定：责令当事人改正，没收违法所得人民币86元，并处罚款人民币贰仟元整。</div>
<div>　　如不服本决定，可以在收到本决定书之日起六十日内向棠溪县人民政府（地址：棠溪县棠溪镇县府路6号）申请行政复议，也可以在六个月内向棠溪县人民法院提起行政诉讼。</div>
<div>　　本局地址：棠溪县棠溪镇滨江路128号　联系电话：0829-5226315</div>
<div style="text-align: right;">棠溪县市场监督管理局<br>2023年11月14日</div>
"""),
      phones=["MOB"], addrs=["棠溪县棠溪镇新华街12号"]),

    P(id="h2130", kind="html", column="penalty", enc="utf-8",
      title="棠溪县公安局2023年8月行政处罚案件公开",
      shape="WPS-saved Excel 公开表 of the 公安局 (姓名 / 性别 / 身份证号码联系电话 / 住址): one cell glues "
            "ID and mobile into a 29-digit run, another separates them with a space; both 住址 "
            "(巷 号 附号; 社区 组 号) labelled",
      body=excel("棠溪县公安局2023年8月行政处罚案件公开",
                 xtitle("棠溪县公安局2023年8月行政处罚案件公开", 6)
                 + xrow("姓名", "性别", "身份证号码联系电话", "住址", "违法行为", "处罚结果", head=True)
                 + xrow("孙某", "男", "{ID}{MOB}", "棠溪县棠溪镇北门巷7号附2号", "参与赌博",
                        "行政拘留五日，罚款500元")
                 + xrow("曾某某", "女", "{IDX} {MOB2}", "棠溪县柏林镇柏林社区4组6号", "殴打他人",
                        "罚款300元"),
                 generator="WPS Office"),
      ids=["ID", "IDX"], phones=["MOB", "MOB2"],
      addrs=["棠溪县棠溪镇北门巷7号附2号", "棠溪县柏林镇柏林社区4组6号"]),

    P(id="h2131", kind="html", column="penalty", enc="gbk",
      title="棠溪县交通运输局行政处罚决定书（棠交罚〔2023〕152号）",
      shape="GBK old department site: 运管 非法营运, plain ID, full-width mobile, 家庭地址 路 号 幢; "
            "号牌 not",
      body=gb("棠溪县交通运输局行政处罚决定书（棠交罚〔2023〕152号）", "棠溪县道路运输管理所",
              "2023-9-5", """
<p align="center"><b>行政处罚决定书</b></p>
<p align="right">棠交罚〔2023〕152号</p>
<p>　　当事人：胥某某　　性别：男　　身份证号码：{ID}</p>
<p>　　家庭地址：棠溪县棠溪镇解放路31号6幢　　联系电话：{MOB_FW}</p>
<p>　　2023年8月18日，当事人驾驶川X·K7Q31小型轿车，在棠溪县客运站出口处招揽乘客，以每人30元的价格将4名乘客从棠溪县城运送至白鹤镇，当事人未取得道路运输经营许可。</p>
<p>　　当事人的行为违反了《中华人民共和国道路运输条例》第八条的规定，依据《中华人民共和国道路运输条例》第六十三条、《四川省道路运输条例》第七十五条的规定，本局决定：责令停止经营，没收违法所得人民币120元，并处罚款人民币伍仟元整。</p>
<p>　　如不服本处罚决定，可以在收到本处罚决定书之日起六十日内向棠溪县人民政府申请行政复议，也可以在六个月内向棠溪县人民法院提起行政诉讼。</p>
<p align="right">棠溪县交通运输局<br>2023年9月1日</p>
"""),
      ids=["ID"], phones=["MOB"], addrs=["棠溪县棠溪镇解放路31号6幢"]),

    P(id="h2132", kind="html", column=None, enc="utf-8",
      title="棠溪县自然资源局关于撤销行政处罚决定的公告",
      shape="撤销 公告 outside the penalty column whose title names 行政处罚决定 (in scope): masked "
            "ID, 住址 社区 组 号 in brackets labelled",
      body=xxgk("棠溪县自然资源局关于撤销行政处罚决定的公告", "棠溪县自然资源局", "无", "2023-12-05", """
<p>　　2023年3月2日，本局对熊某某（公民身份号码：{ID_M}，住址：棠溪县石牛镇石牛社区6组15号）作出棠自然资罚〔2023〕4号行政处罚决定书。经复查，该案认定的占地面积有误，依据《中华人民共和国行政处罚法》第七十五条第二款的规定，本局决定撤销该行政处罚决定，并将重新调查处理。</p>
<p>　　特此公告。</p>
<p>　　联系电话：0829-5229016</p>
<p style="text-align:right">棠溪县自然资源局<br>2023年12月4日</p>
""", topic="国土资源、能源"),
      addrs=["棠溪县石牛镇石牛社区6组15号"]),

    P(id="h2133", kind="html", column="penalty", enc="utf-8",
      title="棠溪县公安局行政处罚决定书（棠公（出）行罚决字〔2023〕7号）",
      shape="AngularJS 公开表 for a 香港居民: 港澳居民来往内地通行证号码 (letter + digits) out of "
            "scope, 内地住址 (路 号 栋 单元 室) labelled, mobile labelled",
      body=ngpage("棠溪县公安局行政处罚决定书（棠公（出）行罚决字〔2023〕7号）", "2023-10-13", [
          ("行政处罚决定书文号", "棠公（出）行罚决字〔2023〕7号"),
          ("被处罚人", "陈某某，男，香港特别行政区居民"),
          ("港澳居民来往内地通行证号码", "H60218473"),
          ("内地住址", "棠溪县棠溪镇滨江路66号1栋1单元201室"),
          ("联系电话", "{MOB}"),
          ("违法事实", "被处罚人在棠溪县居住期间，未按规定在入住后二十四小时内办理住宿登记，逾期12日。"),
          ("处罚依据", "《中华人民共和国出境入境管理法》第七十六条第一款第（四）项"),
          ("处罚结果", "警告"),
          ("作出处罚决定的机关名称", "棠溪县公安局"),
          ("作出处罚决定的日期", "2023年10月11日"),
      ]),
      phones=["MOB"], addrs=["棠溪县棠溪镇滨江路66号1栋1单元201室"]),

    P(id="h2134", kind="html", column=None, enc="utf-8",
      title="关于督促机动车所有人及时处理交通违法行为的公告",
      shape="交警 督促处理 公告 (a table): X-masked 驾驶证号, Luhn-valid 19-digit 违法记录编号, 号牌, "
            "违法地点: nothing to report",
      body=trs("关于督促机动车所有人及时处理交通违法行为的公告", "通知公告", "2023-07-20",
               "棠溪县公安局交通警察大队", """
<div>　　下列机动车有交通技术监控记录的违法行为逾期未处理，请机动车所有人或驾驶人自本公告发布之日起十五日内到棠溪县公安局交通警察大队（棠溪县棠溪镇凤凰大道256号）接受处理。逾期不处理的，本大队将依法作出处罚决定。</div>
<table border="1" cellspacing="0" cellpadding="3" width="660">
<tbody>
<tr><td>序号</td><td>号牌号码</td><td>机动车所有人</td><td>驾驶证号</td><td>违法时间</td><td>违法地点</td><td>违法记录编号</td></tr>
<tr><td>1</td><td>川X·5T21M</td><td>林某某</td><td>{ID_MX}</td><td>2023-05-14 08:21</td><td>棠溪县凤凰大道与解放路口</td><td>{ORDER}</td></tr>
<tr><td>2</td><td>川X·C0937</td><td>熊某</td><td>{ID2_MX}</td><td>2023-06-02 17:46</td><td>G5515线K312+400</td><td>{ORDER2}</td></tr>
</tbody>
</table>
<div>　　咨询电话：0829-5222122</div>
<div style="text-align: right;">棠溪县公安局交通警察大队<br>2023年7月19日</div>
"""),
      ),

    # --- other pages: the address rule is out of scope -------------------------------------

    P(id="h2135", kind="html", column=None, enc="utf-8",
      title="白鹤镇2023年10月城乡低保新增对象公示",
      shape="低保 新增 on TRS: rowspan 村 cells, four 户主 rows of which one ID left unmasked, a "
            "家庭住址 column (out of scope), 合计 row",
      body=trs("白鹤镇2023年10月城乡低保新增对象公示", "社会救助", "2023-10-25", "白鹤镇人民政府", """
<div>　　根据《四川省最低生活保障实施办法》有关规定，经户主申请、村（社区）初审、镇人民政府审核，拟将以下4户纳入城乡最低生活保障范围，现予以公示。公示期7天，如有异议，请向白鹤镇民政办（电话：0829-5286013）或棠溪县民政局（电话：0829-5224455）反映。</div>
<table border="1" cellspacing="0" cellpadding="2" width="680">
<tbody>
<tr><td>序号</td><td>村（社区）</td><td>户主姓名</td><td>身份证号码</td><td>家庭住址</td><td>保障人口</td><td>月保障金额（元）</td></tr>
<tr><td>1</td><td rowspan="2">石桥村</td><td>付某某</td><td>{ID_M}</td><td>白鹤镇石桥村2组14号</td><td>2</td><td>680</td></tr>
<tr><td>2</td><td>汪某</td><td>{ID2}</td><td>白鹤镇石桥村5组3号</td><td>1</td><td>420</td></tr>
<tr><td>3</td><td rowspan="2">黄桷村</td><td>赵某某</td><td>{ID3_M}</td><td>白鹤镇黄桷村1组22号</td><td>3</td><td>960</td></tr>
<tr><td>4</td><td>谭某某</td><td>{IDX_M}</td><td>白鹤镇黄桷村6组9号</td><td>1</td><td>420</td></tr>
<tr><td colspan="5">合计</td><td>7</td><td>2480</td></tr>
</tbody>
</table>
<div style="text-align: right;">白鹤镇人民政府<br>2023年10月24日</div>
"""),
      ids=["ID2"]),

    P(id="h2136", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年第三季度高龄津贴发放花名册（观音桥镇）",
      shape="Excel 高龄津贴 花名册: 身份证号 and 19-digit 社会保障卡（银行）卡号 columns; one card "
            "masked",
      body=excel("棠溪县2023年第三季度高龄津贴发放花名册（观音桥镇）",
                 xtitle("棠溪县2023年第三季度高龄津贴发放花名册（观音桥镇）", 7)
                 + xrow("序号", "姓名", "性别", "身份证号", "社会保障卡（银行）卡号", "村（社区）",
                        "发放金额（元）", head=True)
                 + xrow("1", "何光明", "男", "{ID}", "{CARDL}", "黄桷村", "300")
                 + xrow("2", "周淑芬", "女", "{IDX}", "{CARDL2}", "正街社区", "300")
                 + xrow("3", "王德润", "男", "{ID3}", "{CARDL3_M}", "黄桷村", "600")),
      ids=["ID", "IDX", "ID3"], banks=["CARDL", "CARDL2"]),

    P(id="h2137", kind="html", column=None, enc="utf-8",
      title="龙潭乡2023年耕地地力保护补贴发放情况公示",
      shape="耕地地力 on the 信息公开 page: a 4-4-4-4 spaced card and a 12-digit 一卡通账号 under "
            "an 账号 header; Luhn-valid 19-digit 交易流水号 not",
      body=xxgk("龙潭乡2023年耕地地力保护补贴发放情况公示", "龙潭乡人民政府", "无", "2023-06-28", """
<p>　　根据县农业农村局、县财政局关于2023年耕地地力保护补贴工作的安排，现将我乡补贴资金发放情况公示如下（补贴标准：每亩102.6元）：</p>
<table border="1" cellspacing="0" cellpadding="3" width="660">
<tbody>
<tr><td>序号</td><td>户名</td><td>村组</td><td>补贴面积（亩）</td><td>补贴金额（元）</td><td>一卡通账号</td><td>交易流水号</td></tr>
<tr><td>1</td><td>牟大勇</td><td>双河村3组</td><td>4.2</td><td>430.92</td><td>{CARD_S}</td><td>{ORDER}</td></tr>
<tr><td>2</td><td>牟正华</td><td>双河村3组</td><td>2.8</td><td>287.28</td><td>{ACCTS}</td><td>{ORDER2}</td></tr>
</tbody>
</table>
<p>　　公示期间如有异议，请与乡农业服务中心联系，电话：0829-5283120。</p>
""", topic="农业、林业、水利"),
      banks=["CARD", "ACCTS"]),

    P(id="h2138", kind="html", column=None, enc="gbk",
      title="棠溪县民政局2023年9月临时救助审批情况公示",
      shape="GBK 临时救助 table: full-width ID and plain mobile in one row; the other row masked",
      body=gb("棠溪县民政局2023年9月临时救助审批情况公示", "棠溪县民政局", "2023-10-8", """
<p>　　根据《四川省临时救助办法》，经审核审批，2023年9月对以下困难群众给予临时救助，现予公示。</p>
<table width="680" border="1" cellspacing="0" cellpadding="3" bordercolor="#999999">
<tr><td>序号</td><td>申请人</td><td>身份证号</td><td>联系电话</td><td>救助事由</td><td>救助金额（元）</td></tr>
<tr><td>1</td><td>雷某某</td><td>{ID_FW}</td><td>{MOB}</td><td>因病致困</td><td>3000</td></tr>
<tr><td>2</td><td>向某</td><td>{ID2_M}</td><td>{MOB2_M}</td><td>火灾</td><td>5000</td></tr>
</table>
<p>　　监督电话：0829-5224455</p>
"""),
      ids=["ID"], phones=["MOB"]),

    P(id="h2139", kind="attachment", column=None, enc="utf-8",
      title="2023年第四季度困难残疾人生活补贴和重度残疾人护理补贴发放名册",
      shape="XLS text of the 残疾人两项补贴 list: 20-digit 残疾人证号 (ID + 2 digits: part of "
            "something longer, not an ID on its own), an ID column (one unmasked, one masked), "
            "a plain card and a 4-4-4-4 spaced card",
      body="序号\t姓名\t残疾人证号\t身份证号\t补贴类别\t发放金额\t银行卡号\n"
           "1\t杜某某\t{ID}43\t{ID}\t重度残疾人护理补贴\t300\t{CARD}\n"
           "2\t阳某\t{ID2}22\t{ID2_M}\t困难残疾人生活补贴\t240\t{CARD2_S}\n"
           "合计\t\t\t\t\t540\t\n",
      ids=["ID"], banks=["CARD", "CARD2"]),

    P(id="h2140", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年8月医疗救助对象名单公示",
      shape="医疗救助 on the 信息公开 page: one ID split by <font> and <b>, the others *-masked",
      body=xxgk("棠溪县2023年8月医疗救助对象名单公示", "棠溪县医疗保障局", "无", "2023-09-06", """
<table border="1" cellspacing="0" cellpadding="3" width="620">
<tbody>
<tr><td>序号</td><td>姓名</td><td>身份证号</td><td>救助类别</td><td>救助金额（元）</td></tr>
<tr><td>1</td><td>罗某某</td><td>{ID_M}</td><td>门诊慢特病</td><td>1260.40</td></tr>
<tr><td>2</td><td>曾某</td><td>{ID2_FONT}</td><td>住院</td><td>6831.00</td></tr>
<tr><td>3</td><td>黄某某</td><td>{ID3_M}</td><td>住院</td><td>2410.75</td></tr>
</tbody>
</table>
<p>　　如有异议，请于公示之日起7日内向棠溪县医疗保障局反映，电话：0829-5230812。</p>
""", topic="卫生、体育"),
      ids=["ID2"]),

    P(id="h2141", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年公益性岗位拟聘用人员公示",
      shape="公益性岗位 拟聘用: 11-digit 准考证号 starting with 2, X-masked IDs, office landline: "
            "nothing to report",
      body=jcms("棠溪县2023年公益性岗位拟聘用人员公示", "人事信息", "2023-09-20",
                "棠溪县人力资源和社会保障局", """
<p>　　根据《棠溪县2023年公益性岗位招聘公告》，经资格审查、面试、体检、考察，拟聘用以下人员，现予公示。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>准考证号</td><td>姓名</td><td>身份证号</td><td>拟聘岗位</td><td>面试成绩</td></tr>
<tr><td>20230917014</td><td>谭敏</td><td>{ID_MX}</td><td>社区保洁</td><td>81.40</td></tr>
<tr><td>20230917022</td><td>冉小林</td><td>{IDX_MX}</td><td>护河员</td><td>78.60</td></tr>
</tbody>
</table>
<p>　　公示期：2023年9月20日至9月26日。监督电话：0829-5228167。</p>
"""),
      ),

    P(id="h2142", kind="html", column="hdjl", enc="utf-8",
      title="关于棠溪镇北门巷夜间施工噪音扰民的回复",
      shape="12345 热线 reply: Luhn-valid 19-digit 工单编号, the caller masked in the header but "
            "the caller's mobile written out in the reply text",
      body=trs("关于棠溪镇北门巷夜间施工噪音扰民的回复", "12345热线回复", "2023-08-11",
               "棠溪县12345政务服务便民热线", """
<div>工单编号：{ORDER}</div>
<div>来电人：王先生　　来电号码：{MOB_M}</div>
<div>来电内容：反映棠溪镇北门巷7号附近工地连续多日夜间22时后施工，噪音扰民。</div>
<div>办理单位：棠溪县综合行政执法局</div>
<div>办理结果：接件后，我局执法人员于2023年8月9日22时30分到达现场，确认该工地正在进行夜间混凝土浇筑作业，且未取得夜间施工许可，当场责令其停止施工。次日已电话联系来电人（{MOB}），告知处理情况，来电人表示满意。</div>
<div>如有疑问，请拨打12345咨询。</div>
"""),
      phones=["MOB"]),

    P(id="h2143", kind="html", column="zfcg", enc="utf-8",
      title="棠溪县教育和体育局2023年学生课桌椅采购项目成交结果公告",
      shape="采购 成交 on the nested-table page: USCCs, 项目编号, the supplier contact's mobile "
            "labelled; the purchaser's and agency's landlines not",
      body=txt7("棠溪县教育和体育局2023年学生课桌椅采购项目成交结果公告", "采购公告", "2023-07-06", """
                        <span class="title">一、项目编号：</span><br>
                        <span>TXZC2023-0147</span><br>
                        <span class="title">二、项目名称：</span><br>
                        <span>棠溪县教育和体育局2023年学生课桌椅采购项目</span><br>
                        <span class="title">三、成交信息</span><br>
                        <table width="800" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#01000" id="SupplierInfos">
                            <tbody>
                            <tr><th bgcolor="#FFFFFF">供应商名称</th><th bgcolor="#FFFFFF">供应商地址</th><th bgcolor="#FFFFFF">统一社会信用代码</th><th bgcolor="#FFFFFF">成交金额（元）</th></tr>
                            <tr style="background-color: white;"><td>渠阳市博雅教学设备有限公司</td><td>渠阳市顺城区工业大道18号</td><td>{USCC}</td><td>1,268,400.00</td></tr>
                            </tbody>
                        </table>
                        <span class="title">四、联系方式</span><br>
                        <span>采购人：棠溪县教育和体育局，联系电话：0829-5224410</span><br>
                        <span>代理机构：四川渠诚项目管理有限公司（统一社会信用代码：{USCC2}），联系电话：0829-5239876</span><br>
                        <span>成交供应商联系人：谭经理，联系电话：{MOB}</span><br>
"""),
      phones=["MOB"]),

    P(id="h2144", kind="html", column=None, enc="utf-8",
      title="棠溪县不动产首次登记公告（2023年第21期）",
      shape="不动产 首次登记 公告: masked IDs, 28-character 不动产单元号, 坐落 addresses (out of "
            "scope): nothing to report",
      body=xxgk("棠溪县不动产首次登记公告（2023年第21期）", "棠溪县不动产登记中心", "无", "2023-11-21", """
<p>　　经初步审定，我中心拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我中心。</p>
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>权利人</td><td>证件号码</td><td>不动产单元号</td><td>坐落</td><td>面积（㎡）</td><td>用途</td></tr>
<tr><td>姜某某</td><td>{ID_M}</td><td>511399101003JC00042F00010003</td><td>棠溪县棠溪镇文庙街15号</td><td>132.56</td><td>住宅</td></tr>
<tr><td>岳某</td><td>{IDX_M}</td><td>511399102011JC00118F00010001</td><td>棠溪县白鹤镇石桥村2组</td><td>186.20</td><td>宅基地</td></tr>
</tbody>
</table>
<p>　　异议受理地址：棠溪县政务服务中心二楼不动产登记窗口　联系电话：0829-5225002</p>
""", topic="城乡建设、环境保护"),
      ),

    P(id="h2145", kind="html", column=None, enc="utf-8",
      title="棠溪县石牛工业园区二期项目征地补偿款发放公示",
      shape="Excel 征地补偿 (户主 / 身份证号 / 开户银行 / 账号): ID with a 17-digit account, ID with "
            "a card; a 股份经济合作社 row with a masked account",
      body=excel("棠溪县石牛工业园区二期项目征地补偿款发放公示",
                 xtitle("棠溪县石牛工业园区二期项目征地补偿款发放公示", 7)
                 + xrow("序号", "户主", "身份证号", "征收面积（亩）", "补偿金额（元）", "开户银行", "账号", head=True)
                 + xrow("1", "冯开贵", "{ID}", "1.86", "83700", "四川农信", "{ACCT}")
                 + xrow("2", "冯德全", "{ID2}", "0.94", "42300", "邮储银行", "{CARD}")
                 + xrow("3", "石牛镇石牛村股份经济合作社", "{USCC}", "3.20", "144000", "四川农信",
                        "{ACCT2_M}")),
      ids=["ID", "ID2"], banks=["ACCT", "CARD"]),

    P(id="h2146", kind="html", column=None, enc="utf-8",
      title="关于个体工商户营业执照作废的公告",
      shape="营业执照 作废 公告: 15-digit 注册号 that passes the 15-digit ID checks, USCC: "
            "nothing to report",
      body=jcms("关于个体工商户营业执照作废的公告", "通知公告", "2023-05-12", "棠溪县市场监督管理局", """
<p>　　下列个体工商户因营业执照遗失，经本人申请，原营业执照正、副本作废，特此公告：</p>
<p>　　1．棠溪县老吴烟酒店，经营者：吴某，注册号：{IDF}。</p>
<p>　　2．棠溪县双河乡春燕小吃店，经营者：向某某，统一社会信用代码：{USCCD}。</p>
<p style="text-align:right">棠溪县市场监督管理局</p>
<p style="text-align:right">2023年5月11日</p>
"""),
      ),

    P(id="h2147", kind="html", column=None, enc="utf-8",
      title="南华社区第十二届社区居民委员会成员候选人名单公示",
      shape="社区 换届 候选人 list: a plain mobile and a mobile in U+3000 groups",
      body=trs("南华社区第十二届社区居民委员会成员候选人名单公示", "基层治理", "2023-03-08",
               "棠溪镇人民政府", """
<div>　　根据《中华人民共和国城市居民委员会组织法》和《棠溪县社区居民委员会换届选举工作方案》，经居民提名，现将南华社区第十二届社区居民委员会成员候选人名单公示如下（按姓氏笔画排序）：</div>
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>姓名</td><td>性别</td><td>出生年月</td><td>学历</td><td>政治面貌</td><td>联系电话</td></tr>
<tr><td>王春梅</td><td>女</td><td>1983.06</td><td>大专</td><td>中共党员</td><td>{MOB}</td></tr>
<tr><td>李明远</td><td>男</td><td>1979.11</td><td>高中</td><td>群众</td><td>{MOB2_NB}</td></tr>
</tbody>
</table>
<div>　　公示期间，如有异议请向南华社区居民选举委员会反映。</div>
"""),
      phones=["MOB", "MOB2"]),

    P(id="h2148", kind="html", column=None, enc="utf-8",
      title="棠溪镇2023年第二季度犬只登记情况公示",
      shape="犬只 登记 list: half full-width mobile of one owner, a 0795 landline of another; "
            "犬牌号 not",
      body=xxgk("棠溪镇2023年第二季度犬只登记情况公示", "棠溪镇人民政府", "无", "2023-07-03", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>犬牌号</td><td>犬主姓名</td><td>联系电话</td><td>犬只品种</td><td>免疫日期</td></tr>
<tr><td>TX-2023-0451</td><td>毛某某</td><td>{MOB_HALF}</td><td>柯基</td><td>2023-04-18</td></tr>
<tr><td>TX-2023-0452</td><td>苏某</td><td>{LAND}</td><td>中华田园犬</td><td>2023-05-02</td></tr>
</tbody>
</table>
<p>　　未登记犬只的犬主请于2023年8月31日前到棠溪镇综合执法队（电话：0829-5221370）办理登记。</p>
"""),
      phones=["MOB", "LAND"]),

    P(id="h2149", kind="attachment", column=None, enc="utf-8",
      title="2023年城乡居民养老保险待遇领取资格未认证人员名单",
      shape="DOCX text, tab table: 6-8-4 spaced ID, ID with X, +86 mobile and a (0795) landline",
      body="""2023年城乡居民养老保险待遇领取资格未认证人员名单

序号\t姓名\t身份证号\t所属村（社区）\t联系电话
1\t岳某某\t{ID_S}\t青杠村\t{MOB_86}
2\t蒲某\t{IDX}\t龙井村\t{LAND_P}

请上述人员于2023年11月30日前到所在乡镇便民服务中心或通过"四川e社保"APP完成认证，逾期未认证的将暂停发放养老金。
棠溪县社会保险事业管理局
""",
      ids=["ID", "IDX"], phones=["MOB", "LAND"]),

    P(id="h2150", kind="html", column=None, enc="utf-8",
      title="双河村2023年第三季度村务财务公开",
      shape="村务 财务 公开 on JCMS: a 19-digit 收款人 card in U+3000 groups; 凭证号 and amounts not",
      body=jcms("双河村2023年第三季度村务财务公开", "村务公开", "2023-10-10", "双河乡人民政府", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>凭证号</td><td>日期</td><td>摘要</td><td>收款人</td><td>收款账号</td><td>金额（元）</td></tr>
<tr><td>记-0031</td><td>2023-07-14</td><td>村道护栏维修人工费</td><td>牟某某</td><td>{CARDL_NB}</td><td>2400.00</td></tr>
<tr><td>记-0036</td><td>2023-08-02</td><td>办公用品</td><td>双河乡惠民超市</td><td>（对公转账）</td><td>386.50</td></tr>
</tbody>
</table>
<p>　　村务监督委员会意见：经审核，以上支出真实、合规。</p>
"""),
      banks=["CARDL"]),

    P(id="h2151", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年第二批\u201c双随机、一公开\u201d抽查结果公示",
      shape="双随机 抽查结果: all-digit USCCs and a lettered one, 检查结果: nothing to report",
      body=xxgk("棠溪县2023年第二批\u201c双随机、一公开\u201d抽查结果公示", "棠溪县市场监督管理局", "无",
                "2023-08-29", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>序号</td><td>市场主体名称</td><td>统一社会信用代码</td><td>抽查事项</td><td>检查结果</td></tr>
<tr><td>1</td><td>棠溪县顺发农机有限公司</td><td>{USCCD}</td><td>登记事项检查</td><td>未发现问题</td></tr>
<tr><td>2</td><td>渠阳市青禾米业有限公司</td><td>{USCCD2}</td><td>年报公示信息检查</td><td>未发现问题</td></tr>
<tr><td>3</td><td>棠溪县锦程物流有限公司</td><td>{USCC}</td><td>登记事项检查</td><td>通过登记的住所（经营场所）无法联系</td></tr>
</tbody>
</table>
""", topic="市场监管"),
      ),

    P(id="h2152", kind="html", column=None, enc="utf-8",
      title="棠溪县综合行政执法局行政执法人员资格公示",
      shape="行政执法人员 名单: 13-prefixed 11-digit 执法证号 that look like mobiles: nothing",
      body=trs("棠溪县综合行政执法局行政执法人员资格公示", "执法人员", "2023-02-14",
               "棠溪县综合行政执法局", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>序号</td><td>姓名</td><td>执法证号</td><td>执法类别</td><td>有效期至</td></tr>
<tr><td>1</td><td>张志勇</td><td>{CERT}</td><td>城市管理</td><td>2026-12-31</td></tr>
<tr><td>2</td><td>李婷</td><td>{CERT2}</td><td>城市管理</td><td>2026-12-31</td></tr>
<tr><td>3</td><td>陈刚</td><td>{CERT3}</td><td>城市管理</td><td>2025-06-30</td></tr>
</tbody>
</table>
"""),
      ),

    P(id="h2153", kind="html", column=None, enc="gbk",
      title="棠溪县水务局2022年政府信息公开工作年度报告",
      shape="GBK 信息公开 年报: counts, office landline, footer address: nothing to report",
      body=gb("棠溪县水务局2022年政府信息公开工作年度报告", "棠溪县水务局", "2023-1-30", """
<p>　　本报告根据《中华人民共和国政府信息公开条例》要求编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有疑问，请与棠溪县水务局办公室联系（地址：棠溪县棠溪镇滨江路42号，邮编：635899，电话：0829-5222706）。</p>
<p>　　一、总体情况。2022年，我局主动公开政府信息128条，其中行政许可信息37条、行政处罚信息5条。</p>
<table width="600" border="1" cellspacing="0" cellpadding="3">
<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>
<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td>行政规范性文件</td><td>1</td><td>0</td><td>3</td></tr>
</table>
<p>　　二、收到和处理政府信息公开申请情况。本年新收申请2件，均已按期答复。</p>
"""),
      ),

    P(id="h2154", kind="html", column=None, enc="utf-8",
      title="柏林镇2023年农村危房改造补助资金拨付公示",
      shape="危房改造 拨付: *-masked cards, Luhn-valid 19-digit 拨付流水号, 房屋编号: nothing",
      body=jcms("柏林镇2023年农村危房改造补助资金拨付公示", "资金公开", "2023-12-12", "柏林镇人民政府", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>房屋编号</td><td>户主</td><td>改造方式</td><td>补助金额（元）</td><td>一卡通卡号</td><td>拨付流水号</td></tr>
<tr><td>BL-WF-2023-07</td><td>苟某某</td><td>修缮加固</td><td>15000</td><td>{CARD_M}</td><td>{ORDER}</td></tr>
<tr><td>BL-WF-2023-11</td><td>何某</td><td>拆除重建</td><td>35000</td><td>{CARD2_M}</td><td>{ORDER2}</td></tr>
</tbody>
</table>
"""),
      ),

    P(id="h2155", kind="html", column="xzxk", enc="utf-8",
      title="棠溪县市场监督管理局食品经营许可决定公示（2023年10月）",
      shape="行政许可 公示 (outside penalty): 经营者 ID labelled; 住所 and 许可证编号 JY… not",
      body=xxgk("棠溪县市场监督管理局食品经营许可决定公示（2023年10月）", "棠溪县市场监督管理局", "无",
                "2023-11-02", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>许可证编号</td><td>经营者名称</td><td>法定代表人（负责人）</td><td>负责人身份证号</td><td>住所</td><td>许可决定日期</td></tr>
<tr><td>JY25113990012345</td><td>棠溪县晓兰面馆</td><td>钟晓兰</td><td>{ID}</td><td>棠溪县棠溪镇正街8号</td><td>2023-10-17</td></tr>
</tbody>
</table>
""", topic="市场监管"),
      ids=["ID"]),

    P(id="h2156", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年引进急需紧缺专业人才拟聘用人员公示",
      shape="人才引进 拟聘用: an ID ending in lower-case x",
      body=jcms("棠溪县2023年引进急需紧缺专业人才拟聘用人员公示", "人事信息", "2023-08-24",
                "中共棠溪县委组织部", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>姓名</td><td>性别</td><td>身份证号</td><td>毕业院校及专业</td><td>拟聘单位</td></tr>
<tr><td>阎思雨</td><td>女</td><td>{IDX_LOW}</td><td>四川农业大学 农学</td><td>棠溪县农业技术推广中心</td></tr>
</tbody>
</table>
<p>　　公示时间：2023年8月24日至8月30日。举报电话：0829-5220123。</p>
"""),
      ids=["IDX"]),

    P(id="h2157", kind="html", column=None, enc="utf-8",
      title="棠溪县北门片区旧城改造项目房屋征收评估结果公示",
      shape="征收 评估: 不动产权证号 (川(2019)…第0004127号) not; a 被征收人's comment-split mobile",
      body=trs("棠溪县北门片区旧城改造项目房屋征收评估结果公示", "征收公示", "2023-05-25",
               "棠溪县房屋征收与补偿中心", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>被征收人</td><td>不动产权证号</td><td>建筑面积（㎡）</td><td>评估单价（元/㎡）</td><td>联系电话</td></tr>
<tr><td>吴某某</td><td>川(2019)棠溪县不动产权第0004127号</td><td>86.34</td><td>4620</td><td>{MOB_CMT}</td></tr>
</tbody>
</table>
<div>　　被征收人对评估结果有异议的，可自收到评估报告之日起10日内申请复核评估。咨询电话：0829-5226620。</div>
"""),
      phones=["MOB"]),

    P(id="h2158", kind="html", column=None, enc="utf-8",
      title="青杠乡2023年村级公益事业建设一事一议财政奖补项目公示",
      shape="一事一议: 项目编号, amounts, village committee landlines: nothing to report",
      body=xxgk("青杠乡2023年村级公益事业建设一事一议财政奖补项目公示", "青杠乡人民政府", "无",
                "2023-04-11", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>项目编号</td><td>项目名称</td><td>建设地点</td><td>财政奖补（万元）</td><td>村委会电话</td></tr>
<tr><td>TX-YSYY-2023-011</td><td>青杠村3组至5组村道硬化</td><td>青杠村</td><td>18.5</td><td>0829-5281106</td></tr>
<tr><td>TX-YSYY-2023-012</td><td>龙井村饮水池新建</td><td>龙井村</td><td>6.2</td><td>0829-5281135</td></tr>
</tbody>
</table>
""", topic="农业、林业、水利"),
      ),

    P(id="h2159", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年度重点优抚对象一次性生活补助发放公示",
      shape="优抚 发放: a dashed card, a plain card, a *-masked 19-digit card",
      body=trs("棠溪县2023年度重点优抚对象一次性生活补助发放公示", "资金公开", "2023-12-20",
               "棠溪县退役军人事务局", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>序号</td><td>姓名</td><td>优抚类别</td><td>开户银行</td><td>银行卡号</td><td>金额（元）</td></tr>
<tr><td>1</td><td>向某某</td><td>在乡退伍红军老战士遗孀</td><td>中国邮政储蓄银行</td><td>{CARD_D}</td><td>2000</td></tr>
<tr><td>2</td><td>李某某</td><td>带病回乡退伍军人</td><td>四川农信</td><td>{CARD2}</td><td>1500</td></tr>
<tr><td>3</td><td>卿某</td><td>参战退役人员</td><td>中国农业银行</td><td>{CARDL_M}</td><td>1500</td></tr>
</tbody>
</table>
"""),
      banks=["CARD", "CARD2"]),

    P(id="h2160", kind="html", column=None, enc="utf-8",
      title="棠溪县2023年秋季雨露计划职业教育补助拟补助对象公示",
      shape="雨露计划: *-masked student IDs, the 家长 card split by comments, a 家长 mobile with a "
            "zero-width space",
      body=xxgk("棠溪县2023年秋季雨露计划职业教育补助拟补助对象公示", "棠溪县乡村振兴局", "无",
                "2023-11-15", """
<table border="1" cellspacing="0" cellpadding="3">
<tbody>
<tr><td>学生姓名</td><td>学生身份证号</td><td>就读学校</td><td>家长姓名</td><td>家长银行卡号</td><td>家长联系电话</td></tr>
<tr><td>邓某某</td><td>{ID_M}</td><td>渠阳市职业技术学校</td><td>邓某</td><td>{CARD_CMT}</td><td>{MOB_ZW}</td></tr>
<tr><td>蒲某</td><td>{ID2_M}</td><td>四川信息职业技术学院</td><td>蒲某某</td><td>{CARD2_M}</td><td>{MOB2_M}</td></tr>
</tbody>
</table>
<p>　　公示期7天，监督电话：0829-5227021。</p>
""", topic="扶贫"),
      banks=["CARD"], phones=["MOB"]),
]
