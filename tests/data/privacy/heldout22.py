"""The twenty-second held-out passages: written blind, by a helper session that did not read
the detectors (plugins/, src/), the benchmarks, tests/national/, the built passages.jsonl,
tuning.py, heldout1.py to heldout19.py or heldout21.py, nor anything under /work/main, and did
not look at git history; of heldout20.py it read only the first 175 lines (its header docstring,
its furniture helpers and the file format). It read passage.py, numbers_.py, build.py, the four
rule pages docs/rules/privacy.id-number.md, privacy.phone.md, privacy.bank-account.md and
privacy.address.md (their "What it checks" sections are the labelling standard), spec/rules.md,
spec/privacy.md, the seed notices and the real pages in shared/real/ (for their markup). Every
passage was labelled by hand from those definitions before any run; no detector was run.

Furniture: a fictional 蒲溪县 under a fictional 黔桐市 (贵州, 区号 0850, plates 贵K, site code
5227990017, 邮编 558899), with the towns 蒲溪镇 (the county seat: 人民路, 文昌街, 河滨路, 锦绣路,
新华巷, 南门巷; 凤凰社区, 朝阳社区), 龙场镇 (大寨村, 新寨村), 沙坝镇 (坪上村, 沙坝村), 花桥镇
(河西村, 花桥社区), 木瓜镇 (木瓜村, 岩脚村), 青杠乡 (红岩村), 岩门乡 (岩门村) and 水口苗族乡
(水口村, 高寨村). The county government is at 人民路88号 (footer, 0850-6212345). Looks, each taken
from a real page in shared/real/: a TRS county portal (national metas, ``<!-- Main text -->``,
``article-body`` / ``TRS_Editor`` divs, an article-zoom script with doubled braces); a 大汉 JCMS
department page with field-marker comments (``<!--<$[标题]>begin-->``, ``<!--<$[信息内容]>begin-->``
around ``ZJEG_RSS`` markers and ``ContentStart`` / ``ContentEnd`` metas) that also wrap single
fields inside the text; an 信息公开 detail page in the 邯郸 style (``top-l`` / ``top-r`` paragraphs
with 索引号, 发布机构, 文号); an old nested-table site with ``bgcolor`` cells and ``txt2`` / ``txt7``
classes, served as GBK (or declared gb2312); Word-saved HTML (MsoNormal, MsoTableGrid,
``<span lang=EN-US>`` around digits, ``<o:p>``) and Word HTML pasted into a CMS article with its
``<!--[if gte mso 9]>`` blocks; Excel (``x:str``, ``mso-number-format``) sheet exports; the 信用黔桐
双公示 key/value page; and attachment text (PDF text with running header, page number and a form
feed between pages, label and value columns set in spaces; DOCX text with tab tables; XLS text).
Persons' landlines come out of the placeholders with 0795 or 029 (people and firms outside the
county); the offices' own numbers are written out with 0850 and never labelled.

Shapes. Penalty decisions (address rule in scope): 市场监管 个体 食品 with JCMS field markers
around 当事人 / 证件号码 / 住址 / 联系电话 (mobile split by comments; 经营场所 and 非税 account not);
公安 赌博 with three 违法行为人 (户籍地 without a colon, 现住 with 栋 单元 室; a 户籍地 at county level,
a 现住 at township level and a masked address not); 交通 超限 against a company (住所, company
landline, 检测单号 and 13-prefixed 执法证号 not) with its 驾驶员's ID and mobile; 应急 个人独资企业
(the 厂's 住所 not, the 投资人's 住址 yes; ID in font/b); 城管 公开表 headed 违法行为人 / 证件号码 /
联系地址 (a 15-digit ID under the header, company row, masked row, a 村 without a number not);
GBK 自然资源 (ID over <br>, 家住 at 村 二组); PDF-text 市场监管 (spaced label 住    址, ID 6-8-4,
dashed mobile, page break); DOCX 农业 农药 key/value tab table (ID with X in U+3000 groups,
full-width mobile, 家庭住址); Word HTML 卫健 (ID in spans, party's landline as (0795), 现住址 with
digits in ``lang=EN-US`` spans); 税务 简易 (纳税人识别号 of a person is the ID; 地址); 生态 company
(委托代理人's ID with a zero-width space; 住所, 法定代表人, 国库 account not); 交警 无证驾驶 (full-width
ID with Ｘ, 3-4-4 mobile; VIN and Luhn-valid 决定书编号 not); 烟草 零售户 key/value table (经营者住址
yes, 经营场所 no, ID split by comments, 许可证号 not); JCMS 文旅 (ID with dashes, 户籍地 inside field
markers yes, 现住 at township level not); 住建 all X-masked; PDF-text 动物防疫 with two parties (ID
over a hard line break, 住址：同上); 水务 with 住 + place and no label, mobile over <br>; GBK gb2312
市场监管 (spaced ID with X, 居住地); 商务 company (company landline, masked 法定代表人 ID: nothing);
人社 骗取失业金 (社会保障卡 card, spaced); 医保 骗保 (full-width ID, the person's 17-digit 账号 yes,
基金收入户 no, 20-digit 医保编号 not); PDF-text 应急 主要负责人 (company 住所 not); 信用 双公示
自然人 (lower-case x); 消防 (ID with zero-width space, 住址 yes, 违法地点 楼道 no); DOCX 气象 (ID in
U+3000 groups); penalty list page of titles only; JCMS 林业 with a lawyer (17-digit 执业证号 and the
firm's address not; 现居住于 ...村9组); Excel 公开表 headed 当事人姓名 / 住址 (an Excel-mangled
3.6E+17 ID with a real address, company row, township-level row); Word HTML pasted in a CMS (公安
吸毒, 现住址 in a 街道 with 路 号); 自然资源 采矿 (不动产单元号, coordinates not; half full-width ID;
full-width mobile); 城管 with only a township 住址 and a 违法地点 with 号; XLS-text 公安 烟花 汇总;
company with its own 账号 (not); GBK 教育 无证办学 (half full-width ID, 家庭住址 with 栋 单元 室).
Not penalty decisions (address rule out of scope): 听证告知书 and a 公告送达 of a 事先告知书 (ID and
mobile yes, 住址 no); 查封扣押决定书 (phone yes, address no); Excel 低保 公示 with a 联系电话
column (mobile, full-width mobile, landline); 优待证 名册 written item by item; GBK 高龄津贴
花名册 (存折账号 column, 代领人's phone in 备注); 创业补贴 拨付 (a person's 账号 and card yes,
合作社 and company accounts no); 12345 reply (caller masked above, unmasked in the reply: yes; a
third person's mobile: no); 县长信箱 letter (ID yes, mobile out of scope); 失信被执行人 名单
(IDs; 执行款专户 no); 不动产权证书 遗失 公告 (spaced ID; 不动产单元号 not); 中标 公示 (supplier's
contact mobile not); DOCX 雨露计划 公示 (dashed card, 19-digit spaced card, +86 mobile); PDF-text
一卡通 清册 (spaced card, 19-digit card, 12-digit account under 账号); XLS-text 退耕还林 (存折号
cards, ID with X); 双随机 results, 拍卖 公告, 定点医药机构 名单 with a clinic's mobile, 拟表彰
名单, 招聘 面试 成绩, 公积金 指南 and 林木采伐 公示: nothing; 行政许可 双公示 (经营者 ID); GBK 护河员
名单 (lower-case x, dashed mobile); Word-table 培训 花名册 (ID in spans, mobile in font/b); 医疗救助
with one unmasked ID; 法院 公告送达 起诉状 (ID yes; phone out of scope); GBK 农机补贴 兑付
(one unmasked 购机者 ID; 16-digit 出厂编号 not).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------
# Bodies go through str.format_map: CSS and script braces are doubled, and the helpers only
# insert titles, names and dates, never the number placeholders.

SITE = "蒲溪县人民政府"

FOOT = ("<div class=\"footer\">\n<div class=\"w\">\n"
        "<p>主办单位：蒲溪县人民政府办公室　承办单位：蒲溪县大数据发展中心</p>\n"
        "<p>地址：贵州省黔桐市蒲溪县蒲溪镇人民路88号　邮编：558899　联系电话：0850-6212345</p>\n"
        "<p>网站标识码：5227990017　<a href=\"https://beian.miit.gov.cn/\">黔ICP备11004567号-1</a>　"
        "<img src=\"/images/gongan.png\">黔公网安备 52279902000017号</p>\n"
        "<p><script type=\"text/javascript\">document.write(unescape(\"%3Cspan id='_ideConac' "
        "%3E%3C/span%3E\"));</script></p>\n</div>\n</div>\n")

NAV = ("<div class=\"header_szf\"><div class=\"logo\"><a href=\"/\"><img src=\"/images/logo1.png\" "
       "alt=\"蒲溪县人民政府\"></a></div>\n<div class=\"lj\"><a href=\"http://www.gov.cn/\">中国政府网</a>｜"
       "<a href=\"http://www.guizhou.gov.cn/\">贵州省人民政府网</a>｜<a href=\"/\">黔桐市人民政府网</a></div></div>\n"
       "<div class=\"sx-navs\"><ul class=\"sx-list\"><li><a href=\"/\">首页</a></li>"
       "<li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwfw/\">政务服务</a></li>"
       "<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/zjpx/\">走进蒲溪</a></li></ul></div>\n")

ZOOM = ("<script>\n$(\".article-zoom > a\").click(function() {{\n"
        "    var textFontSize = $(this).attr(\"data-size\");\n"
        "    $(\".article-body .TRS_Editor\").css(\"cssText\", \"font-size:\"+textFontSize+\"px!important\");\n"
        "}});\n</script>\n")


def trs(title: str, column: str, date: str, source: str, content: str) -> str:
    """The county portal's TRS article page."""
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=edge,chrome=1\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteDomain\" content=\"www.puxi.gov.cn\">\n"
        "<meta name=\"SiteIDCode\" content=\"5227990017\">\n"
        f"<meta name=\"ColumnName\" content=\"{column}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"PubDate\" content=\"{date} 10:12\">\n"
        f"<meta name=\"ContentSource\" content=\"{source}\">\n"
        f"<title>{title}-{SITE}</title>\n"
        "<style>\n.TRS_Editor p{{font-size:16px!important;font-family:\"宋体\"!important;"
        "line-height:2!important;}}\n.TRS_Editor table{{border-collapse:collapse;margin:0 auto}}\n"
        ".TRS_Editor td{{border:1px solid #333;padding:3px 5px}}\n</style>\n</head>\n<body>\n" + NAV
        + "<div class=\"container\">\n<div class=\"crumb\">您当前的位置：<a href=\"/\">首页</a>"
        f" &gt; <a href=\"/zwgk/\">政务公开</a> &gt; {column}</div>\n"
        f"<h1 class=\"article-title\">{title}</h1>\n<!-- Infos -->\n<ul class=\"article-infos\">"
        f"<li>发布时间：{date}</li><li>来源：{source}</li>"
        "<li><span class=\"article-zoom\"><i>字体：</i><a data-size=\"18\">大</a>"
        "<a data-size=\"16\">中</a><a data-size=\"14\">小</a></span></li></ul>\n<!-- /Infos -->\n"
        "<!-- Main text -->\n<div class=\"article-body oflow-hd\"><div class=\"TRS_Editor\">"
        + content + "</div></div>\n<!-- /Main text -->\n</div>\n" + ZOOM + FOOT
        + "</body>\n</html>\n")


def jcms(title: str, date: str, source: str, content: str) -> str:
    """A 大汉 JCMS department page with its field-marker comments."""
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv=\"Content-Type\" "
        "content=\"text/html; charset=utf-8\">\n<!--GS_0001_D7-->\n"
        f"<meta name=\"SiteName\" content=\"{source}\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<title>{title}</title>\n"
        "<style>.con-title{{font-size:22px;text-align:center}} .con-text p{{line-height:32px}}</style>\n"
        "</head>\n<body>\n<!--顶部-->\n<div class=\"top\"><span style=\"float:right;\">"
        "<a href=\"javascript:zh_tran('s');\">简体</a>|<a href=\"javascript:zh_tran('t');\">繁体</a>|"
        "<a onclick=\"toggleToolBar();\">无障碍浏览</a></span></div>\n<!--内容-->\n"
        f"<p class=\"con-title\"> <!--<$[标题]>begin-->{title}<!--<$[标题]>end--></p>\n"
        "<!--上部小标题 start-->\n<div class=\"con-sub\">"
        f"<span>信息来源：<!--<$[信息来源]>begin-->{source}<!--<$[信息来源]>end--></span>"
        f"<span>发布日期：<!--<$[发布日期]>begin-->{date}<!--<$[发布日期]>end--></span></div>\n"
        "<!--上部小标题 end-->\n<!--正文 start-->\n<div class=\"con-text\" id=\"zoom\">"
        "<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name=\"ContentStart\">"
        + content + "<p>&nbsp;</p><meta name=\"ContentEnd\"><!--ZJEG_RSS.content.end-->"
        "<!--<$[信息内容]>end--></div>\n<!--正文 end-->\n"
        "<div class=\"bottom\">主办：" + source + "　地址：蒲溪县蒲溪镇人民路88号　电话：0850-6212345</div>\n"
        "</body>\n</html>\n")


def xxgk(title: str, org: str, index: str, number: str, date: str, content: str,
         topic: str = "综合政务") -> str:
    """The 政府信息公开 platform's detail page (索引号 paragraphs, 邯郸 style)."""
    return (
        "<html lang=\"zh-CN\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
        f"<meta name=\"SiteName\" content=\"{SITE}\">\n"
        "<meta name=\"SiteDomain\" content=\"www.puxi.gov.cn\">\n"
        "<meta name=\"SiteIDCode\" content=\"5227990017\">\n"
        "<meta name=\"ColumnName\" content=\"部门信息公开\">\n"
        f"<meta name=\"ArticleTitle\" content=\"{title}\">\n"
        f"<meta name=\"ContentSource\" content=\"{org}\">\n<title>{title}</title>\n"
        "<style>.container{{background:#fff;}} .top p{{margin:6px 0}}</style>\n</head>\n<body>\n"
        + NAV + "<div class=\"container content\">\n<div class=\"top cf\">\n<div class=\"top-l fl\">\n"
        f"<p><strong>索引号</strong>：{index}</p>\n<p><strong>发布机构</strong>：{org}</p>\n"
        f"<p><strong>名称</strong>：{title}</p>\n<p><strong>文号</strong>：{number}</p>\n"
        "<!--<p><strong>主题词</strong>：</p>-->\n</div>\n<div class=\"top-r fr\">\n"
        f"<p><strong>主题分类</strong>：{topic}</p>\n<!--<p><strong>成文日期</strong>：{date}</p>-->\n"
        f"<p><strong>发布日期</strong>：{date}</p>\n</div>\n<div style=\"clear: both;\"></div>\n</div>\n"
        f"<div class=\"zw-title\">{title}</div>\n<div class=\"zw\" id=\"zoom\">\n" + content
        + "\n</div>\n</div>\n" + FOOT + "</body>\n</html>\n")


def oldsite(title: str, dept: str, date: str, content: str, charset: str = "gbk") -> str:
    """An old nested-table department site (served as GBK)."""
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
        + charset + "\">\n"
        f"<title>{title}</title>\n<link href=\"../../css/css.css\" rel=\"stylesheet\" type=\"text/css\">\n"
        "</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
        "<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "<tr><td height=\"120\" background=\"../../img/top.jpg\">&nbsp;</td></tr>\n"
        "<tr><td height=\"197\" align=\"left\" valign=\"top\" bgcolor=\"#FFFFFF\">\n"
        "<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n"
        f"<tr><td height=\"32\" bgcolor=\"#EAEAEA\">&nbsp;当前位置：首页 &gt; {dept} &gt; 公告公示</td></tr>\n"
        f"<tr><td align=\"center\"><span class=\"txt2\">{title}</span></td></tr>\n"
        "<tr><td height=\"1\" style=\"background-image:url(../../img/46.jpg)\"></td></tr>\n"
        f"<tr><td align=\"center\" class=\"txt7\">发布日期：{date}　　来源：{dept}</td></tr>\n"
        "<tr><td class=\"txt3\">\n" + content + "\n</td></tr>\n</table>\n</td></tr>\n"
        "<tr><td height=\"100\" bgcolor=\"#2E83C3\" align=\"center\" class=\"txt5\">"
        f"版权所有：{dept}　地址：蒲溪县蒲溪镇文昌街2号　电话：0850-6218800　黔ICP备11004567号-3</td></tr>\n"
        "</table>\n</body>\n</html>\n")


WORD_HEAD = (
    "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
    " xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
    "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
    "<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
    "<meta name=Originator content=\"Microsoft Word 15\">\n")

WORD_STYLE = (
    "<style>\n<!--\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{mso-style-unhide:no;margin:0cm;"
    "text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:等线;}}\n"
    "@page WordSection1\n\t{{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}}\n"
    "div.WordSection1\n\t{{page:WordSection1;}}\n-->\n</style>\n")


def word(title: str, content: str) -> str:
    """A document saved from Word as a web page and published as is."""
    return (WORD_HEAD + f"<title>{title}</title>\n"
            "<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>Administrator</o:Author>\n"
            "  <o:Pages>2</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n" + WORD_STYLE
            + "</head>\n<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n"
            "<div class=WordSection1>\n" + content + "\n</div>\n</body>\n</html>\n")


def mso(text: str, center: bool = False) -> str:
    """One Word paragraph."""
    if center:
        return ("<p class=MsoNormal align=center style='text-align:center'><b><span "
                "style='font-size:22.0pt;font-family:方正小标宋简体'>" + text
                + "<span lang=EN-US><o:p></o:p></span></span></b></p>\n")
    return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:"
            "28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>" + text
            + "<span lang=EN-US><o:p></o:p></span></span></p>\n")


def en(text: str) -> str:
    """Digits as Word writes them between Chinese text."""
    return "<span lang=EN-US>" + text + "</span>"


def excel(title: str, rows: str, generator: str = "Microsoft Excel 15") -> str:
    """A sheet saved as a web page."""
    return (
        "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
        "xmlns:x=\"urn:schemas-microsoft-com:office:excel\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n"
        "<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n"
        f"<meta name=ProgId content=Excel.Sheet>\n<meta name=Generator content=\"{generator}\">\n"
        "<style>\n<!--table\n\t{{mso-displayed-decimal-separator:\"\\.\";}}\n"
        "td\n\t{{padding-top:1px;mso-number-format:General;white-space:nowrap;}}\n"
        ".xl65\n\t{{mso-number-format:\"\\@\";border:.5pt solid windowtext;}}\n"
        ".xl66\n\t{{mso-number-format:\"0_ \";border:.5pt solid windowtext;}}\n"
        ".xl67\n\t{{font-size:16.0pt;font-weight:700;text-align:center;}}\n-->\n</style>\n"
        f"<title>{title}</title>\n</head>\n<body link=blue vlink=purple>\n"
        "<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:collapse;"
        "table-layout:fixed;width:885pt'>\n<col width=48 style='width:36pt'>\n<col width=96 span=7>\n"
        + rows + "\n</table>\n</body>\n</html>\n")


def credit(title: str, rows: list[tuple[str, str]]) -> str:
    """A 信用黔桐 双公示 detail page: one key/value table."""
    cells = "".join("<tr><th class=\"tab-th\">" + k + "</th><td class=\"tab-td\">" + v
                    + "</td></tr>\n" for k, v in rows)
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{title}-信用黔桐</title>\n"
        "<style>.tab-detail th{{width:220px;background:#eef3fa;text-align:right}}"
        " .tab-detail td{{padding-left:10px}}</style>\n</head>\n<body>\n"
        "<div class=\"xy-head\"><img src=\"/static/img/xylogo.png\">信用黔桐"
        "<span class=\"hot\">信用服务热线：0850-6100100</span></div>\n"
        "<div class=\"xy-crumb\">首页 &gt; 双公示 &gt; 行政处罚</div>\n"
        f"<h3 class=\"xy-title\">{title}</h3>\n<table class=\"tab-detail\">\n{cells}</table>\n"
        "<div class=\"xy-foot\">主办：黔桐市发展和改革委员会　承办：黔桐市信用中心</div>\n"
        "</body>\n</html>\n")


def table(rows: list[list[str]], head: list[str] | None = None, attrs: str = "") -> str:
    """A plain editor table; cells are written as given."""
    out = ["<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\"" + attrs + "><tbody>"]
    if head:
        out.append("<tr>" + "".join("<td><strong>" + h + "</strong></td>" for h in head) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join("<td>" + c + "</td>" for c in row) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def p(text: str) -> str:
    """An editor paragraph with the usual full-width indent."""
    return "<p>　　" + text + "</p>\n"


REVIEW = ("如不服本处罚决定，可以在收到本决定书之日起六十日内向蒲溪县人民政府申请行政复议，"
          "也可以在六个月内依法向蒲溪县人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，"
          "行政处罚不停止执行。")

PAYMENT = ("当事人应当自收到本决定书之日起十五日内，持本决定书到中国农业银行蒲溪县支行各营业网点缴纳罚款，"
           "或通过贵州省非税收入网上缴款平台缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。")

# --- passages ---------------------------------------------------------------------------

PASSAGES = [
    # ---------------------------------------------------------------- penalty decisions
    P(
        id="h2201",
        title="蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕37号）",
        column="penalty",
        shape="JCMS 市场监管 个体 食品: field-marker comments around 经营者 / 证件号码 / 住址 / 联系电话, "
              "mobile split by comments; 个体户 USCC, 经营场所, office address and 非税 account not",
        body=jcms(
            "蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕37号）", "2023-06-20",
            "蒲溪县市场监督管理局",
            "<p style=\"text-align:center\"><strong>蒲溪县市场监督管理局<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align:center\">蒲市监处罚〔2023〕37号</p>\n"
            + p("当事人：<!--<$[当事人名称]>begin-->蒲溪县龙场镇惠民副食店<!--<$[当事人名称]>end-->")
            + p("主体资格证照名称：营业执照")
            + p("统一社会信用代码：<!--<$[统一社会信用代码]>begin-->{USCC}<!--<$[统一社会信用代码]>end-->")
            + p("经营场所：蒲溪县龙场镇龙场街42号")
            + p("经营者：<!--<$[经营者]>begin-->罗某某<!--<$[经营者]>end-->　　身份证件号码："
                "<!--<$[证件号码]>begin-->{ID}<!--<$[证件号码]>end-->")
            + p("住址：<!--<$[住址]>begin-->贵州省蒲溪县龙场镇大寨村5组31号<!--<$[住址]>end-->")
            + p("联系电话：<!--<$[联系电话]>begin-->{MOB_CMT}<!--<$[联系电话]>end-->")
            + p("2023年5月16日，本局执法人员依法对当事人位于蒲溪县龙场镇龙场街42号的经营场所进行检查，"
                "发现当事人货架上陈列销售的“山野”牌辣椒面（净含量：250克/袋，生产日期：2022年9月3日，"
                "保质期：8个月）共12袋已超过保质期。经查，当事人于2023年1月从黔桐市某批发部购进该批"
                "辣椒面20袋，进价4.5元/袋，售价6元/袋，已售出8袋，违法所得12元。")
            + p("上述事实，有现场笔录、询问笔录、当事人营业执照复印件、经营者身份证复印件、进货单据等证据为证。")
            + p("当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据"
                "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：")
            + p("1.没收超过保质期的辣椒面12袋；2.没收违法所得12元；3.罚款5000元。")
            + p(PAYMENT + "罚没款缴入户名：蒲溪县财政局非税收入汇缴结算户，账号：{OACCT}。")
            + p(REVIEW)
            + p("本局地址：蒲溪县蒲溪镇文昌街2号，投诉举报电话：12315，联系电话：0850-6218800。")
            + "<p style=\"text-align:right\">蒲溪县市场监督管理局<br>2023年6月19日</p>\n"),
        ids=["ID"], phones=["MOB"], addrs=["贵州省蒲溪县龙场镇大寨村5组31号"],
    ),
    P(
        id="h2202",
        title="蒲溪县公安局行政处罚决定书（蒲公（治）行罚决字〔2023〕214号）",
        column="penalty",
        shape="TRS 公安 赌博, three 违法行为人 in prose: 户籍地 with no colon (组 号) and 现住 with 栋 单元 室 "
              "yes; a county-level 户籍地, a township-level 现住 and a masked address no; ID with X; "
              "ID 6-8-4 spaced",
        body=trs(
            "蒲溪县公安局行政处罚决定书（蒲公（治）行罚决字〔2023〕214号）", "行政处罚",
            "2023-07-04", "蒲溪县公安局",
            "<p style=\"text-align: center;\"><strong>蒲溪县公安局<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲公（治）行罚决字〔2023〕214号</p>\n"
            + p("违法行为人杨某某，男，1979年8月出生，汉族，身份证号码{ID}，户籍地贵州省蒲溪县花桥镇河西村3组17号，"
                "现住蒲溪县蒲溪镇河滨路126号凤凰小区2栋1单元302室，无业。")
            + p("违法行为人吴某，女，1986年1月出生，汉族，身份证号码{IDX2}，户籍地四川省南充市嘉陵区，"
                "现住蒲溪县蒲溪镇，个体经营。")
            + p("违法行为人陈某某，男，1992年11月出生，苗族，身份证号码{ID3_S}，户籍地及现住址均为"
                "蒲溪县沙坝镇坪上村**组**号，务农。")
            + p("现查明：2023年6月3日21时许，违法行为人杨某某在其家中组织吴某、陈某某等人以“斗地主”的"
                "方式进行赌博，每局输赢10元至50元不等，现场查获赌资共计2360元。")
            + p("以上事实有违法行为人陈述和申辩、证人证言、现场照片、扣押清单等证据证实。")
            + p("根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定对杨某某处行政拘留十日并处罚款"
                "一千元，对吴某、陈某某各处行政拘留五日并处罚款五百元，收缴赌资2360元。")
            + p("执行方式和期限：被处罚人应当自收到本决定书之日起十五日内到指定银行缴纳罚款；行政拘留送蒲溪县"
                "拘留所执行。")
            + p(REVIEW)
            + "<p style=\"text-align: right;\">蒲溪县公安局<br>二〇二三年六月五日</p>\n"),
        ids=["ID", "IDX2", "ID3"],
        addrs=["贵州省蒲溪县花桥镇河西村3组17号", "蒲溪县蒲溪镇河滨路126号凤凰小区2栋1单元302室"],
    ),
    P(
        id="h2203",
        title="蒲溪县交通运输局行政处罚决定书（蒲交罚〔2023〕58号）",
        column="penalty",
        shape="信息公开 交通 超限 against a 有限公司 (USCC, 住所 路 号, 法定代表人, the company's own "
              "landline: none) with its 驾驶员's ID and mobile (yes); 检测单号 Luhn-valid and "
              "13-prefixed 执法证号 not",
        body=xxgk(
            "蒲溪县交通运输局行政处罚决定书（蒲交罚〔2023〕58号）", "蒲溪县交通运输局",
            "11522799MB1704312T/2023-00058", "蒲交罚〔2023〕58号", "2023-08-11",
            "<p style=\"text-align:center\"><b>蒲溪县交通运输局</b></p>\n"
            "<p style=\"text-align:center\"><b>行政处罚决定书</b></p>\n"
            "<p style=\"text-align:right\">蒲交罚〔2023〕58号</p>\n"
            + p("当事人：黔桐市顺达物流有限公司")
            + p("统一社会信用代码：{USCC}")
            + p("住所：贵州省黔桐市经济开发区创业大道18号")
            + p("法定代表人：刘某")
            + p("联系电话：{LANDB}")
            + p("车辆牌号：贵K·3A721（牵引车）、贵K·B902挂（挂车）")
            + p("驾驶员：王某某，男，身份证号码：{ID}，联系电话：{MOB}，从业资格证号：5227990000012574。")
            + p("2023年7月26日10时15分，本局执法人员在G356线蒲溪超限检测站对当事人所属的贵K·3A721号重型"
                "半挂牵引车进行检测，该车车货总质量为62.35吨，超过公路承载限值49吨，超限13.35吨，"
                "超限率27.2%（检测单号：{ORDER}）。")
            + p("以上事实有现场检测数据、现场笔录、询问笔录、车辆行驶证及道路运输证复印件等证据为证。")
            + p("当事人的行为违反了《公路安全保护条例》第三十三条第一款的规定，依据《超限运输车辆行驶公路"
                "管理规定》第四十三条第一款第（二）项的规定，本局决定给予当事人罚款人民币叁仟元整的行政处罚。")
            + p(PAYMENT)
            + p(REVIEW)
            + p("执法人员：张某（执法证号：{CERT}）、李某某（执法证号：{CERT2}）")
            + "<p style=\"text-align:right\">蒲溪县交通运输局<br>2023年8月10日</p>"),
        ids=["ID"], phones=["MOB"],
    ),
    P(
        id="h2204",
        title="蒲溪县应急管理局行政处罚决定书（蒲应急罚〔2023〕9号）",
        column="penalty",
        shape="TRS 应急 个人独资企业: the 厂's 住所 (村 组, organisation) not; the 投资人's 住址 (组 号) yes; "
              "ID in font/b",
        body=trs(
            "蒲溪县应急管理局行政处罚决定书（蒲应急罚〔2023〕9号）", "行政处罚", "2023-05-22",
            "蒲溪县应急管理局",
            "<p style=\"text-align: center;\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲应急罚〔2023〕9号</p>\n"
            + p("被处罚单位：蒲溪县沙坝镇兴旺石材加工厂（个人独资企业）")
            + p("统一社会信用代码：{USCC}　住所：蒲溪县沙坝镇沙坝村7组")
            + p("投资人：周某某，男，汉族，1971年4月出生，公民身份号码：{ID_FONT}，"
                "住址：贵州省蒲溪县沙坝镇沙坝村7组56号。")
            + p("违法事实及证据：2023年4月12日，本局执法人员对你单位进行安全生产检查时发现：你单位未对"
                "从业人员进行安全生产教育和培训，切割车间两台石材切割机的防护罩缺失，未建立生产安全事故"
                "隐患排查治理制度。上述事实有现场检查记录、询问笔录、现场照片等证据证实。")
            + p("你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款、第四十一条第二款的规定，"
                "依据该法第九十七条第（三）项、第一百零二条的规定，本局决定给予你单位罚款人民币壹万贰仟元整的"
                "行政处罚。")
            + p(PAYMENT)
            + p(REVIEW)
            + "<p style=\"text-align: right;\">蒲溪县应急管理局<br>2023年5月19日</p>\n"),
        ids=["ID"], addrs=["贵州省蒲溪县沙坝镇沙坝村7组56号"],
    ),
    P(
        id="h2205",
        title="蒲溪县综合行政执法局2023年第二季度行政处罚结果公开表",
        column="penalty",
        shape="TRS 城管 公开表 headed 违法行为人 / 证件号码 / 联系地址: two persons' rows yes (one "
              "with a 15-digit ID under the header); company row (USCC, 住所), masked row and a "
              "row with a 村 without a number no for the address",
        body=trs(
            "蒲溪县综合行政执法局2023年第二季度行政处罚结果公开表", "行政处罚", "2023-07-10",
            "蒲溪县综合行政执法局",
            p("根据《蒲溪县行政执法公示制度实施办法》，现将我局2023年第二季度作出的一般程序行政处罚结果公开如下：")
            + table([
                ["1", "赵某某", "{ID}", "蒲溪县蒲溪镇南门巷9号", "占道经营", "《城市市容和环境卫生管理条例》第三十六条",
                 "罚款200元", "2023-04-11"],
                ["2", "黔桐市宏远建筑工程有限公司", "{USCC}", "黔桐市经济开发区创业大道36号", "未按规定处置建筑垃圾",
                 "《城市建筑垃圾管理规定》第二十六条", "罚款5000元", "2023-05-06"],
                ["3", "孙某", "{IDF}", "蒲溪县花桥镇花桥社区6组12号", "擅自设置户外广告",
                 "《贵州省城市市容和环境卫生管理条例》第四十条", "罚款300元", "2023-05-23"],
                ["4", "钱某某", "{ID2_M}", "蒲溪县蒲溪镇锦绣路**号", "违规搭建雨棚", "《城乡规划法》第六十五条",
                 "限期拆除", "2023-06-02"],
                ["5", "郑某", "{IDX3}", "蒲溪县青杠乡红岩村", "焚烧垃圾", "《大气污染防治法》第一百一十九条",
                 "罚款500元", "2023-06-20"],
            ], head=["序号", "违法行为人", "证件号码", "联系地址", "违法行为", "处罚依据", "处罚结果", "决定日期"])
            + p("监督电话：0850-6225110。")),
        ids=["ID", "IDF", "IDX3"],
        addrs=["蒲溪县蒲溪镇南门巷9号", "蒲溪县花桥镇花桥社区6组12号"],
    ),
    P(
        id="h2206",
        title="蒲溪县自然资源局行政处罚决定书",
        column="penalty",
        enc="gbk",
        shape="GBK old table site, 自然资源 非法占地: ID over <br>, 家住 without colon at 村 二组 (yes); "
              "违法地点 and 不动产 numbers not",
        body=oldsite(
            "蒲溪县自然资源局行政处罚决定书", "蒲溪县自然资源局", "2023年3月28日",
            "<p align=\"center\"><font size=\"4\"><b>蒲溪县自然资源局<br>行政处罚决定书</b></font></p>\n"
            "<p align=\"center\">蒲自然资罚〔2023〕4号</p>\n"
            "<p>　　当事人：韦某某，男，布依族，1968年9月生，身份证号：{ID_BR}，家住蒲溪县水口苗族乡"
            "高寨村二组。</p>\n"
            "<p>　　经查，2022年11月，当事人未经批准，擅自占用水口苗族乡高寨村二组土名“大田坎”的集体土地"
            "修建砖混结构住房一栋，占地面积186.4平方米，其中占用耕地132.7平方米。该宗土地不符合"
            "蒲溪县国土空间规划，地块不动产单元号为522799106203JC00047W00000000。</p>\n"
            "<p>　　当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条、第六十二条的规定。依据"
            "《中华人民共和国土地管理法》第七十八条及《中华人民共和国土地管理法实施条例》第六十一条的规定，"
            "本局决定：责令当事人退还非法占用的土地，限十五日内自行拆除在非法占用的土地上新建的建筑物。</p>\n"
            "<p>　　" + REVIEW + "</p>\n"
            "<p align=\"right\">蒲溪县自然资源局<br>2023年3月27日</p>", charset="gbk"),
        ids=["ID"], addrs=["蒲溪县水口苗族乡高寨村二组"],
    ),
    P(
        id="h2207",
        kind="attachment",
        title="蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕52号）",
        column="penalty",
        shape="PDF text, 市场监管 个人 商标侵权: label spaced as 住    址 (道 号 附 号, yes), ID 6-8-4, "
              "dashed mobile, running header, page number and a form feed; 罚没 account not",
        body=(
            "蒲溪县市场监督管理局\n"
            "行政处罚决定书\n"
            "蒲市监处罚〔2023〕52号\n\n"
            "当 事 人：田某某                        性    别：女\n"
            "身份证号码：{ID_S}\n"
            "住    址：贵州省蒲溪县蒲溪镇文昌街47号附3号\n"
            "联系电话：{MOB_D}\n\n"
            "    2023年6月8日，本局接到商标权利人投诉，称当事人在蒲溪县蒲溪镇文昌街农贸市场摊位销售侵犯其\n"
            "注册商标专用权的运动鞋。经立案调查查明：当事人自2023年4月起从外地流动商贩处购进标有“耐某”\n"
            "图形商标的运动鞋36双，进价每双45元，以每双80元对外销售，至案发时已售出14双，违法经营额共计\n"
            "2880元。\n"
            "                                 — 1 —\n"
            "\x0c蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕52号）\n"
            "    经商标权利人鉴定，上述运动鞋系侵犯注册商标专用权的商品。当事人的行为违反了《中华人民共和国\n"
            "商标法》第五十七条第（三）项的规定。依据《中华人民共和国商标法》第六十条第二款的规定，本局\n"
            "决定：一、没收侵权运动鞋22双；二、罚款人民币壹万元整。\n"
            "    罚款缴款账户：户名 蒲溪县财政局，账号 {OACCT}，开户行 中国农业银行蒲溪县支行。\n"
            "    " + REVIEW + "\n\n"
            "                                            蒲溪县市场监督管理局\n"
            "                                              2023年7月14日\n"
            "                                 — 2 —\n"),
        ids=["ID"], phones=["MOB"], addrs=["贵州省蒲溪县蒲溪镇文昌街47号附3号"],
    ),
    P(
        id="h2208",
        kind="attachment",
        title="蒲溪县农业农村局行政处罚决定书（蒲农（农药）罚〔2023〕6号）",
        column="penalty",
        shape="DOCX text, 农业 农药 个人: key/value tab table, ID with X in U+3000 groups, full-width "
              "mobile, 家庭住址 (组 号) yes",
        body=(
            "蒲溪县农业农村局\n行政处罚决定书\n蒲农（农药）罚〔2023〕6号\n"
            "当事人\t蒙某某\t性别\t男\n"
            "出生年月\t1975年2月\t民族\t苗族\n"
            "身份证号码\t{IDX_NB}\n"
            "联系电话\t{MOB_FW}\n"
            "家庭住址\t贵州省蒲溪县岩门乡岩门村4组8号\n"
            "经营场所\t蒲溪县岩门乡岩门村街上（无门牌）\n"
            "当事人未取得农药经营许可证，自2023年2月起在其经营场所向周边农户销售农药，经查共销售"
            "“草甘膦”“吡虫啉”等农药8个品种，货值金额3260元，违法所得780元。\n"
            "当事人的行为违反了《农药管理条例》第二十四条第一款的规定，依据《农药管理条例》第五十五条第一款"
            "第（一）项的规定，本机关决定：没收违法所得780元、没收违法经营的农药，并处罚款人民币伍仟元整。\n"
            + PAYMENT + "\n" + REVIEW + "\n"
            "蒲溪县农业农村局\n2023年4月3日\n"),
        ids=["IDX"], phones=["MOB"], addrs=["贵州省蒲溪县岩门乡岩门村4组8号"],
    ),
    P(
        id="h2209",
        title="蒲溪县卫生健康局行政处罚决定书",
        column="penalty",
        shape="Word-saved HTML 卫健 非医师行医: ID in three spans, the party's landline as (0795)… "
              "(yes), 现住址 with its digits in lang=EN-US spans (幢 单元 室, yes)",
        body=word(
            "蒲溪县卫生健康局行政处罚决定书",
            mso("蒲溪县卫生健康局", center=True)
            + mso("行政处罚决定书", center=True)
            + "<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;"
            "font-family:仿宋_GB2312'>蒲卫医罚〔" + en("2023") + "〕" + en("11") + "号</span></p>\n"
            + mso("当事人：冯某某，女，" + en("1983") + "年" + en("10") + "月出生，身份证号码：{ID_SPAN}，"
                  "联系电话：{LAND_P}，现住址：蒲溪县蒲溪镇朝阳社区锦绣花园" + en("3") + "幢" + en("2")
                  + "单元" + en("601") + "室。")
            + mso("经查，当事人未取得医师资格，自" + en("2023") + "年" + en("1") + "月起在其租住的房屋内为他人"
                  "注射“玻尿酸”等开展医疗美容项目，至案发时共为" + en("9") + "人次提供服务，收取费用"
                  + en("6300") + "元。")
            + mso("当事人的行为违反了《中华人民共和国医师法》第十三条第四款的规定，依据《中华人民共和国医师法》"
                  "第五十九条的规定，本局决定：没收违法所得" + en("6300") + "元，没收药品器械，并处违法所得"
                  + en("3") + "倍罚款" + en("18900") + "元。")
            + mso(REVIEW)
            + "<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;"
            "font-family:仿宋_GB2312'>蒲溪县卫生健康局<span lang=EN-US><o:p></o:p></span></span></p>\n"),
        ids=["ID"], phones=["LAND"], addrs=["蒲溪县蒲溪镇朝阳社区锦绣花园3幢2单元601室"],
    ),
    P(
        id="h2210",
        title="国家税务总局蒲溪县税务局税务行政处罚决定书（简易）",
        column="penalty",
        shape="TRS 税务 简易 个人: 纳税人识别号 of a natural person is the ID number (yes); 地址 (路 号) "
              "of a person-named party (yes); the 税务局's own 地址 and phone not",
        body=trs(
            "国家税务总局蒲溪县税务局税务行政处罚决定书（简易）", "行政处罚", "2023-09-06",
            "国家税务总局蒲溪县税务局",
            "<p style=\"text-align: center;\"><strong>国家税务总局蒲溪县税务局<br>税务行政处罚决定书（简易）"
            "</strong></p>\n<p style=\"text-align: center;\">蒲税简罚〔2023〕1187号</p>\n"
            + table([
                ["纳税人名称", "潘某某", "纳税人识别号", "{ID}"],
                ["地址", "蒲溪县蒲溪镇人民路203号", "证件类型", "居民身份证"],
            ])
            + p("违法事实：你（单位）未按照规定期限办理2023年第二季度个人所得税（经营所得）纳税申报，"
                "违反了《中华人民共和国税收征收管理法》第二十五条第一款的规定。")
            + p("处罚依据及结果：依据《中华人民共和国税收征收管理法》第六十二条的规定，对你（单位）处以罚款"
                "人民币伍拾元整。")
            + p("请自收到本决定书之日起15日内到国家税务总局蒲溪县税务局（地址：蒲溪县蒲溪镇人民路17号，"
                "电话：0850-6228366）或通过电子税务局缴纳罚款。" + REVIEW)),
        ids=["ID"], addrs=["蒲溪县蒲溪镇人民路203号"],
    ),
    P(
        id="h2211",
        title="黔桐市生态环境局蒲溪分局行政处罚决定书（黔桐环罚〔2023〕蒲27号）",
        column="penalty",
        shape="信息公开 生态 company: USCC, 住所 路 号, 法定代表人, 国库 account not; the company's "
              "委托代理人 (an employee) with an ID carrying a zero-width space (yes)",
        body=xxgk(
            "黔桐市生态环境局蒲溪分局行政处罚决定书（黔桐环罚〔2023〕蒲27号）", "黔桐市生态环境局蒲溪分局",
            "11522700MB1530876K/2023-00127", "黔桐环罚〔2023〕蒲27号", "2023-10-17",
            "<p style=\"text-align:center\"><b>黔桐市生态环境局<br>行政处罚决定书</b></p>\n"
            "<p style=\"text-align:center\">黔桐环罚〔2023〕蒲27号</p>\n"
            + p("当事人：蒲溪县金鼎新型建材有限公司")
            + p("统一社会信用代码：{USCC}")
            + p("住所：贵州省黔桐市蒲溪县花桥镇工业园区纬二路9号")
            + p("法定代表人：曾某某")
            + p("委托代理人：黄某，男，该公司安全环保部经理，身份证号码：{ID_ZW}。")
            + p("我局于2023年8月29日对你公司进行了调查，发现你公司实施了以下环境违法行为：你公司砂石骨料"
                "生产线破碎工序未建设废气收集处理设施，物料露天堆放未采取覆盖等抑尘措施，厂区内无组织排放"
                "粉尘明显。以上事实有现场检查（勘察）笔录、调查询问笔录、现场照片等证据为凭。")
            + p("你公司的上述行为违反了《中华人民共和国大气污染防治法》第四十八条第一款、第七十二条第一款的规定。"
                "依据《中华人民共和国大气污染防治法》第一百零八条第（五）项、第一百一十七条第（一）项的规定，"
                "我局决定对你公司罚款人民币陆万伍仟元整。")
            + p("罚款缴纳：户名 国家金库蒲溪县支库，账号 {OACCT}，开户行 中国人民银行蒲溪县支行。")
            + p(REVIEW)
            + "<p style=\"text-align:right\">黔桐市生态环境局<br>2023年10月13日</p>"),
        ids=["ID"],
    ),
    P(
        id="h2212",
        title="蒲溪县公安局交通警察大队公安交通管理行政处罚决定书",
        column="penalty",
        shape="TRS 交警 无证驾驶: full-width ID with Ｘ after 身份证明号码, 3-4-4 spaced mobile after "
              "联系方式, 住址 (组 号) yes; plate, VIN and a Luhn-valid 决定书编号 not",
        body=trs(
            "蒲溪县公安局交通警察大队公安交通管理行政处罚决定书", "行政处罚", "2023-04-18",
            "蒲溪县公安局交通警察大队",
            "<p style=\"text-align: center;\"><strong>公安交通管理行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">决定书编号：{ORDER}</p>\n"
            + p("被处罚人：卢某某，性别：男，身份证明号码：{IDX_FW}，联系方式：{MOB_S}，"
                "住址：贵州省黔桐市蒲溪县木瓜镇岩脚村11组24号。")
            + p("机动车号牌：贵K·7B359，车辆类型：小型普通客车，车辆识别代号：LZWADAGA5K8123456。")
            + p("被处罚人于2023年4月2日17时20分，在蒲溪县蒲溪镇锦绣路与文昌街交叉口，实施未取得机动车驾驶证"
                "驾驶机动车的违法行为（代码1719），有现场查获、询问笔录及执法记录仪视频为证。")
            + p("根据《中华人民共和国道路交通安全法》第九十九条第一款第（一）项、第二款之规定，决定给予"
                "罚款人民币壹仟元、行政拘留十日的处罚。")
            + p(REVIEW)
            + "<p style=\"text-align: right;\">蒲溪县公安局交通警察大队<br>2023年4月3日</p>\n"),
        ids=["IDX"], phones=["MOB"], addrs=["贵州省黔桐市蒲溪县木瓜镇岩脚村11组24号"],
    ),
    P(
        id="h2213",
        title="蒲溪县烟草专卖局行政处罚决定书（蒲烟罚〔2023〕第15号）",
        column="penalty",
        shape="TRS 烟草 零售户 key/value table: 经营者住址 (组 号) yes, 经营场所 no, ID split by comments, "
              "mobile; 12-digit 许可证号 not",
        body=trs(
            "蒲溪县烟草专卖局行政处罚决定书（蒲烟罚〔2023〕第15号）", "行政处罚", "2023-06-29",
            "蒲溪县烟草专卖局",
            "<p style=\"text-align: center;\"><strong>蒲溪县烟草专卖局<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲烟罚〔2023〕第15号</p>\n"
            + table([
                ["当事人", "蒲溪县木瓜镇便民小卖部"],
                ["经营者", "龙某某"],
                ["身份证号码", "{ID_CMT}"],
                ["经营者住址", "蒲溪县木瓜镇木瓜村3组15号"],
                ["经营场所", "蒲溪县木瓜镇木瓜街21号"],
                ["联系电话", "{MOB}"],
                ["烟草专卖零售许可证号", "522799110123"],
            ])
            + p("2023年5月30日，本局执法人员在当事人经营场所内查获“云烟（紫）”“黄果树（长征）”等卷烟"
                "7个品种共计46条，当事人无法提供合法进货来源。经核查，上述卷烟均系当事人从非指定烟草专卖"
                "批发企业购进，案值4186元。")
            + p("当事人的行为违反了《中华人民共和国烟草专卖法实施条例》第二十三条第二款的规定，依据该条例"
                "第五十六条的规定，本局决定处以罚款人民币叁佰元整。")
            + p(REVIEW)),
        ids=["ID"], phones=["MOB"], addrs=["蒲溪县木瓜镇木瓜村3组15号"],
    ),
    P(
        id="h2214",
        title="蒲溪县文体广电旅游局行政处罚决定书（蒲文旅罚〔2023〕3号）",
        column="penalty",
        shape="JCMS 文旅 出版物 流动摊贩: ID with dashes, 户籍地 (路 号) wrapped in a field marker "
              "(yes), 现住 at township level (no)",
        body=jcms(
            "蒲溪县文体广电旅游局行政处罚决定书（蒲文旅罚〔2023〕3号）", "2023-03-15",
            "蒲溪县文体广电旅游局",
            "<p style=\"text-align:center\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align:center\">蒲文旅罚〔2023〕3号</p>\n"
            + p("当事人：<!--<$[当事人]>begin-->邹某<!--<$[当事人]>end-->，性别：男，"
                "身份证号：<!--<$[证件号码]>begin-->{ID_D}<!--<$[证件号码]>end-->，"
                "户籍地：<!--<$[户籍地]>begin-->江西省丰城市剑光街道新城路77号<!--<$[户籍地]>end-->，"
                "现住蒲溪县蒲溪镇。")
            + p("2023年2月21日，本局执法人员在蒲溪县蒲溪镇河滨路步行街巡查时，发现当事人在路边摆摊销售"
                "图书，经现场清点，其中《某某大全》等6种图书共计58册系非法出版物。")
            + p("当事人的行为违反了《出版管理条例》第六十二条的规定，依据《出版管理条例》第六十六条第一款"
                "第（一）项的规定，本局决定：没收非法出版物58册，并处罚款人民币伍佰元整。")
            + p(REVIEW)),
        ids=["ID"], addrs=["江西省丰城市剑光街道新城路77号"],
    ),
    P(
        id="h2215",
        title="蒲溪县住房和城乡建设局行政处罚决定书（蒲住建罚〔2023〕8号）",
        column="penalty",
        shape="TRS 住建 燃气 个人, everything masked: X-masked ID and mobile, 住址 ending in ******; "
              "案件编号 and 燃气用户编号 not: nothing to report",
        body=trs(
            "蒲溪县住房和城乡建设局行政处罚决定书（蒲住建罚〔2023〕8号）", "行政处罚", "2023-09-20",
            "蒲溪县住房和城乡建设局",
            "<p style=\"text-align: center;\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲住建罚〔2023〕8号　案件编号：PXZJ-2023-0046</p>\n"
            + p("当事人：孟某某，男，身份证号：{ID_MX}，联系电话：{MOB_MX}，住址：蒲溪县蒲溪镇******。")
            + p("经查，当事人于2023年8月在其经营的餐馆（燃气用户编号：3008612345）内擅自改装、迁移燃气管道，"
                "并使用不符合标准的胶管连接燃气灶具。")
            + p("当事人的行为违反了《城镇燃气管理条例》第二十八条第（五）项的规定，依据该条例第四十九条第一款"
                "第（二）项的规定，本局决定：责令当事人立即改正，并处罚款人民币壹仟元整。")
            + p(REVIEW)),
    ),
    P(
        id="h2216",
        kind="attachment",
        title="蒲溪县农业农村局行政处罚决定书（蒲农（牧）罚〔2023〕2号）",
        column="penalty",
        shape="PDF text, 动物防疫 私屠滥宰 with two parties: first ID over a hard line break, 住址 "
              "(组 号) yes; second ID plain, 住址：同上 (no address)",
        body=(
            "蒲溪县农业农村局                                 行政处罚决定书\n\n"
            "                         蒲农（牧）罚〔2023〕2号\n\n"
            "当事人（一）：石某某，男，1969年12月出生，身份证号码：{ID_NL}，\n"
            "住址：贵州省蒲溪县花桥镇河西村6组40号。\n"
            "当事人（二）：刘某某，女，1972年3月出生，身份证号码：{ID2}，\n"
            "住址：同上。\n"
            "    经查，2023年1月至2月，当事人石某某、刘某某未取得生猪定点屠宰证，在其自家房屋后院私自屠宰\n"
            "生猪6头，并将猪肉销售给附近村民及餐馆，货值金额共计16320元。上述事实有现场检查笔录、询问笔录、\n"
            "证人证言及销售记录等证据证实。\n"
            "                                  第 1 页  共 2 页\n"
            "\x0c"
            "蒲溪县农业农村局                                 行政处罚决定书\n"
            "    当事人的行为违反了《生猪屠宰管理条例》第二条第三款的规定，依据《生猪屠宰管理条例》第三十条第一款\n"
            "的规定，本机关决定：没收生猪产品和违法所得，并处货值金额五倍的罚款81600元。\n"
            "    " + REVIEW + "\n"
            "                                              蒲溪县农业农村局\n"
            "                                               2023年3月9日\n"
            "                                  第 2 页  共 2 页\n"),
        ids=["ID", "ID2"], addrs=["贵州省蒲溪县花桥镇河西村6组40号"],
    ),
    P(
        id="h2217",
        title="蒲溪县水务局行政处罚决定书（蒲水罚〔2023〕5号）",
        column="penalty",
        shape="TRS 水务 河道 倾倒: the party described by 女 / 出生 / 汉族 and 住 + place with no label "
              "(组 号, yes), mobile over <br>; the 违法地点 (河段) not",
        body=trs(
            "蒲溪县水务局行政处罚决定书（蒲水罚〔2023〕5号）", "行政处罚", "2023-08-02", "蒲溪县水务局",
            "<p style=\"text-align: center;\"><strong>蒲溪县水务局<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲水罚〔2023〕5号</p>\n"
            + p("当事人黄某某，女，1978年3月出生，汉族，住蒲溪县花桥镇河西村4组28号，联系电话{MOB_BR}。")
            + p("2023年7月6日，本局执法人员巡河时发现，当事人在花桥河河西村段（河西村4组对面河道管理范围内）"
                "倾倒建筑垃圾约12立方米，阻碍行洪。")
            + p("当事人的行为违反了《中华人民共和国河道管理条例》第二十四条第一款的规定，依据《中华人民共和国"
                "防洪法》第五十五条第（二）项的规定，本局决定：责令当事人于2023年8月15日前清除倾倒的建筑垃圾，"
                "并处罚款人民币贰仟元整。")
            + p(REVIEW)),
        phones=["MOB"], addrs=["蒲溪县花桥镇河西村4组28号"],
    ),
    P(
        id="h2218",
        title="蒲溪县市场监督管理局行政处罚决定书",
        column="penalty",
        enc="gbk",
        shape="GBK page declared gb2312, 市场监管 无照 个人: spaced ID with X, mobile inside <font>, "
              "居住地 (巷 号) yes; 经营地点 not",
        body=oldsite(
            "蒲溪县市场监督管理局行政处罚决定书", "蒲溪县市场监督管理局", "2023-02-14",
            "<div align=\"center\"><b>行政处罚决定书</b></div>\n"
            "<div align=\"center\">蒲市监处罚〔2023〕6号</div>\n"
            "<p>　　当事人：贺某，男，1990年7月出生，公民身份号码：{IDX_S}，居住地：蒲溪县蒲溪镇新华巷15号，"
            "联系电话：<font face=\"Arial\">{MOB}</font>。</p>\n"
            "<p>　　经营地点：蒲溪县蒲溪镇锦绣路农贸市场东侧。</p>\n"
            "<p>　　经查，当事人未依法取得营业执照，自2022年9月起从事电动车维修经营活动，至案发时违法经营额"
            "4600元。当事人的行为违反了《无证无照经营查处办法》第二条的规定，依据该办法第十三条的规定，本局"
            "决定：没收违法所得1380元，罚款2000元。</p>\n"
            "<p>　　" + REVIEW + "</p>", charset="gb2312"),
        ids=["IDX"], phones=["MOB"], addrs=["蒲溪县蒲溪镇新华巷15号"],
    ),
    P(
        id="h2219",
        title="蒲溪县商务局行政处罚决定书（蒲商罚〔2023〕2号）",
        column="penalty",
        shape="TRS 商务 报废机动车 company: USCC, 住所 路 号, 法定代表人 with a masked ID, the "
              "company's 联系电话 (a 029 landline), 财政 account: nothing to report",
        body=trs(
            "蒲溪县商务局行政处罚决定书（蒲商罚〔2023〕2号）", "行政处罚", "2023-11-08", "蒲溪县商务局",
            "<p style=\"text-align: center;\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲商罚〔2023〕2号</p>\n"
            + p("当事人：黔桐市宏达再生资源回收有限公司，统一社会信用代码：{USCC}，住所：贵州省黔桐市蒲溪县"
                "沙坝镇沙坝路66号，法定代表人：刘某（身份证号：{ID_M}），联系电话：{LANDB}。")
            + p("经查，当事人取得报废机动车回收拆解资质后，于2023年6月至9月间将回收的报废机动车“五大总成”"
                "出售给不具备再制造能力的企业，涉及报废机动车14辆。")
            + p("当事人的行为违反了《报废机动车回收管理办法》第十二条第二款的规定，依据该办法第二十一条第一款"
                "的规定，本局决定：没收违法所得2.1万元，并处罚款人民币伍万元整。")
            + p("罚没款缴入户名：蒲溪县财政局，账号：{OACCT}。")
            + p(REVIEW)),
    ),
    P(
        id="h2220",
        title="蒲溪县人力资源和社会保障局行政处罚决定书（蒲人社罚〔2023〕1号）",
        column="penalty",
        shape="信息公开 人社 骗取失业保险金: ID, 社会保障卡（金融账户）卡号 spaced 4-4-4-4 (yes), "
              "住址 (组 号) yes",
        body=xxgk(
            "蒲溪县人力资源和社会保障局行政处罚决定书（蒲人社罚〔2023〕1号）", "蒲溪县人力资源和社会保障局",
            "11522799009451872Q/2023-00214", "蒲人社罚〔2023〕1号", "2023-05-31",
            p("当事人：付某某，男，1981年6月出生，身份证号码：{ID}，住址：蒲溪县龙场镇新寨村2组19号。")
            + p("经查，当事人于2022年3月至2022年10月期间在蒲溪县某建筑公司务工并由该公司为其参加社会保险，"
                "同期隐瞒就业事实继续领取失业保险金8个月，共计骗取失业保险金12480元，该款项已发放至当事人"
                "社会保障卡（金融账户）卡号{CARD_S}。")
            + p("当事人的行为违反了《中华人民共和国社会保险法》第八十八条的规定，本局决定：责令当事人退回骗取的"
                "失业保险金12480元，并处骗取金额二倍的罚款24960元。")
            + p(REVIEW), topic="劳动、人事、监察"),
        ids=["ID"], banks=["CARD"], addrs=["蒲溪县龙场镇新寨村2组19号"],
    ),
    P(
        id="h2221",
        title="蒲溪县医疗保障局行政处罚决定书（蒲医保罚〔2023〕4号）",
        column="penalty",
        shape="JCMS 医保 骗保 个人: full-width ID, 家庭住址 (组 号) yes, the person's own 17-digit "
              "account after 账号 (yes); 医疗保障基金收入户 and a 20-digit 医保个人编号 not",
        body=jcms(
            "蒲溪县医疗保障局行政处罚决定书（蒲医保罚〔2023〕4号）", "2023-10-25", "蒲溪县医疗保障局",
            "<p style=\"text-align:center\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align:center\">蒲医保罚〔2023〕4号</p>\n"
            + p("当事人：雷某某，女，1964年9月出生，身份证号码：{ID_FW}，医保个人编号：52279900000012345678，"
                "家庭住址：蒲溪县沙坝镇坪上村8组3号。")
            + p("经查，当事人于2022年5月至2023年3月期间，将本人医保电子凭证出借给他人在蒲溪县某药店购买药品"
                "41次，造成医疗保障基金损失8631.50元。")
            + p("当事人的行为违反了《医疗保障基金使用监督管理条例》第十九条第二款的规定，依据该条例第四十一条"
                "第一款的规定，本局决定：责令当事人退回医疗保障基金8631.50元，并处骗取金额二倍的罚款17263元。")
            + p("当事人已于2023年7月3日通过其本人中国农业银行账户（账号：{ACCT}）将应退回的8631.50元转入"
                "户名为蒲溪县医疗保障基金收入户、账号为{OACCT}的账户。")
            + p(REVIEW)),
        ids=["ID"], banks=["ACCT"], addrs=["蒲溪县沙坝镇坪上村8组3号"],
    ),
    P(
        id="h2222",
        kind="attachment",
        title="蒲溪县应急管理局行政处罚决定书（蒲应急罚〔2023〕21号）",
        column="penalty",
        shape="PDF text, 应急 主要负责人 个人 penalty after a 煤矿 accident: the person's ID and 住址 "
              "(路 号 单元 室, yes); the company's 住所 named in prose not",
        body=(
            "蒲溪县应急管理局\n"
            "行政处罚决定书\n"
            "（个人）\n"
            "蒲应急罚〔2023〕21号\n\n"
            "被处罚人：杨某，性别：男，年龄：52岁，身份证号码：{ID}\n"
            "职务：蒲溪县岩门乡兴隆煤业有限公司矿长\n"
            "住址：贵州省黔桐市蒲溪县蒲溪镇河滨路58号2单元501室\n"
            "邮政编码：558899\n\n"
            "    违法事实及证据：2023年5月17日，蒲溪县岩门乡兴隆煤业有限公司（住所：蒲溪县岩门乡岩门村"
            "煤矿路1号）井下发生一起顶板事故，造成1人死亡。经调查，你作为该矿主要负责人，未履行组织制定并\n"
            "实施本单位安全生产教育和培训计划的职责，对事故发生负有责任。\n"
            "                                        - 1 -\n"
            "\x0c"
            "    依据《中华人民共和国安全生产法》第九十五条第（一）项的规定，本局决定对你处上一年年收入百分之\n"
            "四十的罚款，计人民币柒万贰仟元整。\n"
            "    " + PAYMENT + "\n"
            "    " + REVIEW + "\n"
            "                                              蒲溪县应急管理局\n"
            "                                              2023年9月1日\n"
            "                                        - 2 -\n"),
        ids=["ID"], addrs=["贵州省黔桐市蒲溪县蒲溪镇河滨路58号2单元501室"],
    ),
    P(
        id="h2223",
        title="韦某非法从事道路运输经营行政处罚信息",
        column="penalty",
        shape="信用黔桐 双公示 key/value, 自然人: ID with lower-case x after 证件号码; empty "
              "统一社会信用代码 and 法定代表人 fields; no address field; 信用 hotline not",
        body=credit("韦某非法从事道路运输经营行政处罚信息", [
            ("行政相对人名称", "韦某"),
            ("行政相对人类别", "自然人"),
            ("行政相对人代码_1(统一社会信用代码)", ""),
            ("法定代表人", ""),
            ("证件类型", "身份证"),
            ("证件号码", "{IDX_LOW}"),
            ("行政处罚决定书文号", "蒲交罚〔2023〕71号"),
            ("违法行为类型", "未取得道路运输经营许可，擅自从事道路客运经营"),
            ("违法事实", "2023年9月4日，当事人驾驶贵K·5C217小型轿车在蒲溪县蒲溪镇客运站附近招揽乘客，"
             "从事蒲溪县至黔桐市的客运经营，每人收费35元。"),
            ("处罚依据", "《中华人民共和国道路运输条例》第六十三条"),
            ("处罚类别", "罚款"),
            ("处罚内容", "罚款人民币伍仟元整"),
            ("罚款金额(万元)", "0.5"),
            ("处罚决定日期", "2023/09/18"),
            ("处罚机关", "蒲溪县交通运输局"),
            ("处罚机关统一社会信用代码", "11522799MB1704312T"),
            ("数据来源", "蒲溪县交通运输局"),
        ]),
        ids=["IDX"],
    ),
    P(
        id="h2224",
        title="蒲溪县消防救援大队行政处罚决定书（蒲消行罚决字〔2023〕0019号）",
        column="penalty",
        shape="TRS 消防 个人 楼道堆物: ID with a zero-width space, 住址 (路 号 栋 单元 室, yes); "
              "违法地点 in the same building's 楼道 (栋 单元) not",
        body=trs(
            "蒲溪县消防救援大队行政处罚决定书（蒲消行罚决字〔2023〕0019号）", "行政处罚", "2023-12-05",
            "蒲溪县消防救援大队",
            "<p style=\"text-align: center;\"><strong>蒲溪县消防救援大队<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲消行罚决字〔2023〕0019号</p>\n"
            + p("被处罚人：易某某，性别：男，出生日期：1987年2月14日，身份证号：{ID_ZW}，"
                "住址：蒲溪县蒲溪镇锦绣路18号锦绣花园5栋2单元202室。")
            + p("违法地点：蒲溪县蒲溪镇锦绣花园小区5栋1单元楼道。")
            + p("经查，被处罚人在上址楼道内停放电动自行车并私拉电线充电，占用疏散通道，经责令改正后拒不改正。"
                "以上事实有现场检查记录、责令改正通知书、现场照片等证据证实。")
            + p("根据《中华人民共和国消防法》第六十条第二款之规定，决定给予被处罚人警告并处罚款人民币伍佰元整"
                "的处罚。")
            + p(REVIEW)),
        ids=["ID"], addrs=["蒲溪县蒲溪镇锦绣路18号锦绣花园5栋2单元202室"],
    ),
    P(
        id="h2225",
        kind="attachment",
        title="蒲溪县气象局行政处罚决定书（蒲气罚〔2023〕1号）",
        column="penalty",
        shape="DOCX text in prose, 气象 无资质施放气球: ID in U+3000 groups, mobile, 住址 (巷 号) yes; "
              "the 施放 place not",
        body=(
            "蒲溪县气象局\n行政处罚决定书\n蒲气罚〔2023〕1号\n\n"
            "当事人：邱某某，男，1985年11月出生，身份证号码：{ID_NB}，联系电话：{MOB}，"
            "住址：蒲溪县蒲溪镇南门巷21号。\n"
            "2023年4月29日，当事人未取得施放气球资质证，在蒲溪县蒲溪镇人民广场某商场开业现场施放系留气球8个，"
            "经本局执法人员现场制止后仍未撤除。\n"
            "当事人的行为违反了《施放气球管理办法》第五条的规定，依据《施放气球管理办法》第二十八条第（一）项"
            "的规定，本局决定给予当事人警告，并处罚款人民币贰仟元整。\n"
            + REVIEW + "\n蒲溪县气象局\n2023年5月12日\n"),
        ids=["ID"], phones=["MOB"], addrs=["蒲溪县蒲溪镇南门巷21号"],
    ),
    P(
        id="h2226",
        title="行政处罚决定书",
        column="penalty",
        shape="TRS penalty column list page: titles of decisions naming persons, 文号, dates, page "
              "count: nothing to report",
        body=trs(
            "行政处罚决定书", "行政处罚", "2023-12-20", "蒲溪县林业局",
            "<ul class=\"list\">\n"
            "<li><a href=\"./202312/t20231218_82311457.html\">关于韦某某非法占用林地案行政处罚决定书"
            "（蒲林罚决字〔2023〕第15号）</a><span>2023-12-18</span></li>\n"
            "<li><a href=\"./202311/t20231127_82133921.html\">关于蒙某滥伐林木案行政处罚决定书"
            "（蒲林罚决字〔2023〕第14号）</a><span>2023-11-27</span></li>\n"
            "<li><a href=\"./202310/t20231016_81940388.html\">关于蒲溪县青杠乡红岩村民委员会违法使用林地案"
            "行政处罚决定书（蒲林罚决字〔2023〕第13号）</a><span>2023-10-16</span></li>\n"
            "<li><a href=\"./202309/t20230922_81722104.html\">关于黔桐市森达木业有限公司无证运输木材案"
            "行政处罚决定书（蒲林罚决字〔2023〕第12号）</a><span>2023-09-22</span></li>\n"
            "</ul>\n<div class=\"page\">共4条　第1/1页　<a href=\"index.html\">首页</a></div>"),
    ),
    P(
        id="h2227",
        title="蒲溪县林业局行政处罚决定书（蒲林罚决字〔2023〕第14号）",
        column="penalty",
        shape="JCMS 林业 滥伐 with a lawyer as 委托代理人: party's ID and 现居住于 ...村9组 (numbered "
              "组 without 号, yes); the lawyer's 17-digit 执业证号 and the firm's 地址 not; 采伐 permit "
              "number not",
        body=jcms(
            "蒲溪县林业局行政处罚决定书（蒲林罚决字〔2023〕第14号）", "2023-11-27", "蒲溪县林业局",
            "<p style=\"text-align:center\"><strong>蒲溪县林业局<br>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align:center\">蒲林罚决字〔2023〕第14号</p>\n"
            + p("被处罚人：蒙某，男，1966年5月出生，汉族，身份证号码：{ID}，现居住于蒲溪县岩门乡岩门村9组。")
            + p("委托代理人：覃某某，贵州黔桐律师事务所律师，执业证号：15227201910876543，"
                "地址：黔桐市中华路66号金桐大厦12楼。")
            + p("经查，2023年3月，被处罚人持采伐许可证（编号：黔林采〔2023〕蒲字第0087号）在岩门村9组土名"
                "“背后坡”采伐杉木时，超出许可证规定的地点采伐杉木37株，林木蓄积14.6立方米。")
            + p("被处罚人的行为违反了《中华人民共和国森林法》第五十六条第三款的规定，依据《中华人民共和国森林法》"
                "第七十六条第一款的规定，本局决定：责令被处罚人在2024年3月31日前补种滥伐株数五倍的树木185株，"
                "并处滥伐林木价值三倍的罚款人民币壹万叁仟捌佰元整。")
            + p(REVIEW)),
        ids=["ID"], addrs=["蒲溪县岩门乡岩门村9组"],
    ),
    P(
        id="h2228",
        title="蒲溪县农业农村局2023年第三季度行政处罚案件信息公开表",
        column="penalty",
        shape="Excel export headed 当事人姓名 / 身份证号码 / 住址: row 1 ID and address yes; row 2 an "
              "Excel-mangled 3.60999E+17 (no ID) but its address yes; company row (USCC, 工业园区 号) "
              "no; row 4 ID with X yes, township-level address no",
        body=excel(
            "蒲溪县农业农村局2023年第三季度行政处罚案件信息公开表",
            "<tr height=40 style='height:30.0pt'><td colspan=7 height=40 class=xl67 width=720 "
            "style='height:30.0pt;width:540pt'>蒲溪县农业农村局2023年第三季度行政处罚案件信息公开表</td></tr>\n"
            "<tr height=24 style='height:18.0pt'><td height=24 class=xl65>序号</td><td class=xl65>当事人姓名</td>"
            "<td class=xl65>身份证号码</td><td class=xl65>住址</td><td class=xl65>案由</td>"
            "<td class=xl65>处罚决定书文号</td><td class=xl65>处罚内容</td></tr>\n"
            "<tr height=24 style='height:18.0pt'><td height=24 class=xl66 x:num>1</td><td class=xl65>黄某某</td>"
            "<td class=xl65 x:str>{ID}</td><td class=xl65>蒲溪县水口苗族乡水口村3组11号</td>"
            "<td class=xl65>电鱼</td><td class=xl65>蒲农（渔）罚〔2023〕7号</td><td class=xl65>罚款1000元</td></tr>\n"
            "<tr height=24 style='height:18.0pt'><td height=24 class=xl66 x:num>2</td><td class=xl65>杨某</td>"
            "<td class=xl66 x:num>3.60999E+17</td><td class=xl65>蒲溪县花桥镇河西村7组5号</td>"
            "<td class=xl65>未按规定使用农药</td><td class=xl65>蒲农（农药）罚〔2023〕9号</td>"
            "<td class=xl65>警告</td></tr>\n"
            "<tr height=24 style='height:18.0pt'><td height=24 class=xl66 x:num>3</td>"
            "<td class=xl65>蒲溪县绿源农业开发有限公司</td><td class=xl65 x:str>{USCC}</td>"
            "<td class=xl65>蒲溪县花桥镇工业园区B区3号</td><td class=xl65>经营假种子</td>"
            "<td class=xl65>蒲农（种）罚〔2023〕2号</td><td class=xl65>罚款20000元</td></tr>\n"
            "<tr height=24 style='height:18.0pt'><td height=24 class=xl66 x:num>4</td><td class=xl65>罗某</td>"
            "<td class=xl65 x:str>{IDX2}</td><td class=xl65>蒲溪县木瓜镇</td><td class=xl65>无证收购生猪</td>"
            "<td class=xl65>蒲农（牧）罚〔2023〕5号</td><td class=xl65>罚款3000元</td></tr>"),
        ids=["ID", "IDX2"],
        addrs=["蒲溪县水口苗族乡水口村3组11号", "蒲溪县花桥镇河西村7组5号"],
    ),
    P(
        id="h2229",
        title="蒲溪县公安局行政处罚决定书（蒲公（禁毒）行罚决字〔2023〕36号）",
        column="penalty",
        shape="TRS article whose body is Word HTML pasted in (a second meta declaring gb2312 inside "
              "the body, <!--[if gte mso 9]> blocks, MsoNormal): 公安 吸毒, ID in a lang=EN-US span, "
              "现住址 in a 街道 with 路 号 附 号 (yes)",
        body=trs(
            "蒲溪县公安局行政处罚决定书（蒲公（禁毒）行罚决字〔2023〕36号）", "行政处罚", "2023-08-24",
            "蒲溪县公安局",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><meta name=\"ProgId\" "
            "content=\"Word.Document\"><meta name=\"Generator\" content=\"Microsoft Word 14\"><title></title>"
            "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Administrator</o:Author>"
            "<o:Pages>1</o:Pages></o:DocumentProperties></xml><![endif]--><!--[if gte mso 9]><xml>"
            "<w:WordDocument><w:View>Print</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->"
            "<style>p.MsoNormal{{margin:0pt;font-size:10.5pt;font-family:Calibri;}}</style>\n"
            "<div class=\"Section0\" style=\"layout-grid:15.6000pt;\">\n"
            + mso("蒲溪县公安局", center=True) + mso("行政处罚决定书", center=True)
            + mso("违法行为人：冉某某，曾用名：冉某，男，" + en("1990") + "年" + en("5") + "月" + en("12")
                  + "日出生，土家族，文化程度：初中，身份证件种类及号码：居民身份证 " + en("{ID}")
                  + "，现住址：四川省宜宾市翠屏区白沙湾街道金沙路" + en("77") + "号附" + en("12") + "号。")
            + mso("现查明：" + en("2023") + "年" + en("8") + "月" + en("19") + "日，违法行为人冉某某在蒲溪县"
                  "蒲溪镇某出租屋内吸食毒品甲基苯丙胺（冰毒），经现场检测呈阳性。")
            + mso("根据《中华人民共和国治安管理处罚法》第七十二条第（三）项之规定，现决定对冉某某行政拘留十三日。")
            + mso(REVIEW) + "</div>"),
        ids=["ID"], addrs=["四川省宜宾市翠屏区白沙湾街道金沙路77号附12号"],
    ),
    P(
        id="h2230",
        title="蒲溪县自然资源局行政处罚决定书（蒲自然资罚〔2023〕17号）",
        column="penalty",
        shape="信息公开 自然资源 非法采矿 个人: half full-width ID, full-width mobile, 住址 (组 号, yes); "
              "拐点坐标, 不动产单元号 and 采矿 area numbers not",
        body=xxgk(
            "蒲溪县自然资源局行政处罚决定书（蒲自然资罚〔2023〕17号）", "蒲溪县自然资源局",
            "11522799MB1822416W/2023-00317", "蒲自然资罚〔2023〕17号", "2023-09-28",
            p("当事人：谭某某，男，1974年8月出生，身份证号码：{ID_HALF}，联系电话：{MOB_FW}，"
              "住址：贵州省蒲溪县青杠乡青杠村2组33号。")
            + p("经查，2023年6月至8月，当事人未取得采矿许可证，在青杠乡青杠村2组土名“烂泥塘”处擅自开采建筑用砂石，"
                "开采范围拐点坐标为X=2951843.62、Y=36574211.35，X=2951902.18、Y=36574300.47，"
                "开采矿石量共计2860立方米，价值57200元。该地块不动产单元号为522799107204JC00112W00000000。")
            + p("当事人的行为违反了《中华人民共和国矿产资源法》第三条第三款的规定，依据《中华人民共和国矿产资源法》"
                "第三十九条及《中华人民共和国矿产资源法实施细则》第四十二条第（一）项的规定，本局决定：责令停止"
                "开采，没收采出的矿产品，并处罚款人民币叁万元整。")
            + p(REVIEW), topic="国土资源、能源"),
        ids=["ID"], phones=["MOB"], addrs=["贵州省蒲溪县青杠乡青杠村2组33号"],
    ),
    P(
        id="h2231",
        title="蒲溪县综合行政执法局行政处罚决定书（蒲综执罚〔2023〕64号）",
        column="penalty",
        shape="TRS 城管 个人: ID plain; 住址 only at township level (no); 违法地点 with 路 号 (no)",
        body=trs(
            "蒲溪县综合行政执法局行政处罚决定书（蒲综执罚〔2023〕64号）", "行政处罚", "2023-10-09",
            "蒲溪县综合行政执法局",
            "<p style=\"text-align: center;\"><strong>行政处罚决定书</strong></p>\n"
            + p("当事人：苏某某，男，汉族，身份证号码：{ID}，住址：贵州省蒲溪县蒲溪镇。")
            + p("违法地点：蒲溪县蒲溪镇人民路113号门前人行道。")
            + p("经查，当事人于2023年9月在上述地点擅自设置烧烤摊点，占用人行道经营，经多次劝导拒不改正。")
            + p("依据《贵州省城市市容和环境卫生管理条例》第三十八条的规定，本局决定对当事人罚款人民币叁佰元整。")
            + p(REVIEW)),
        ids=["ID"],
    ),
    P(
        id="h2232",
        kind="attachment",
        title="蒲溪县公安局违规燃放烟花爆竹行政处罚情况汇总表",
        column="penalty",
        shape="XLS text, 公安 烟花 汇总 headed 姓名 / 身份证号 / 住址: row 1 ID and 社区 组 号 address "
              "yes; row 2 masked ID and masked address; row 3 ID with X, county-level address no",
        body=(
            "蒲溪县公安局违规燃放烟花爆竹行政处罚情况汇总表\n"
            "序号\t姓名\t性别\t身份证号\t住址\t处罚决定书文号\t处罚结果\n"
            "1\t蔡某\t男\t{ID}\t蒲溪县蒲溪镇凤凰社区8组21号\t蒲公（治）行罚决字〔2023〕301号\t罚款200元\n"
            "2\t邓某某\t女\t{ID2_M}\t蒲溪县蒲溪镇河滨路**号\t蒲公（治）行罚决字〔2023〕302号\t警告\n"
            "3\t何某\t男\t{IDX3}\t四川省泸州市江阳区\t蒲公（治）行罚决字〔2023〕305号\t罚款500元\n"
            "填表单位：蒲溪县公安局治安管理大队\t\t\t填表日期：2024年2月19日\n"),
        ids=["ID", "IDX3"], addrs=["蒲溪县蒲溪镇凤凰社区8组21号"],
    ),
    P(
        id="h2233",
        title="蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕88号）",
        column="penalty",
        shape="TRS 市场监管 company 虚假宣传: the company's own 开户银行 and 17-digit 账号 (a "
              "company's account, no), USCC, 住所 路 号, 法定代表人: nothing to report",
        body=trs(
            "蒲溪县市场监督管理局行政处罚决定书（蒲市监处罚〔2023〕88号）", "行政处罚", "2023-12-12",
            "蒲溪县市场监督管理局",
            "<p style=\"text-align: center;\"><strong>行政处罚决定书</strong></p>\n"
            "<p style=\"text-align: center;\">蒲市监处罚〔2023〕88号</p>\n"
            + p("当事人：贵州蒲溪山泉饮品有限公司")
            + p("统一社会信用代码：{USCC}　住所：贵州省黔桐市蒲溪县花桥镇工业园区纬一路6号")
            + p("法定代表人：覃某　开户银行：中国工商银行蒲溪县支行　账号：{ACCT}")
            + p("经查，当事人在其产品外包装及网店页面宣称其生产的“蒲溪山泉”饮用天然水“可降低血糖、预防痛风”，"
                "当事人无法提供相关依据。")
            + p("当事人的行为违反了《中华人民共和国反不正当竞争法》第八条第一款的规定，依据该法第二十条第一款的规定，"
                "本局决定：责令停止违法行为，消除影响，罚款人民币贰拾万元整。")
            + p(PAYMENT) + p(REVIEW)),
    ),
    P(
        id="h2234",
        title="蒲溪县教育局行政处罚决定书",
        column="penalty",
        enc="gbk",
        shape="GBK old site, 教育 无证办学 个人: half full-width ID, full-width mobile, 家庭住址 (路 号 栋 "
              "单元 室, yes); the 办学地点 not",
        body=oldsite(
            "蒲溪县教育局行政处罚决定书", "蒲溪县教育局", "2023-07-27",
            "<p align=\"center\"><b>蒲溪县教育局<br>行政处罚决定书</b></p>\n"
            "<p align=\"center\">蒲教罚〔2023〕1号</p>\n"
            "<p>　　当事人：符某某，女，1989年6月出生，身份证号码：{ID_HALF}，联系电话：{MOB_FW}，"
            "家庭住址：贵州省蒲溪县蒲溪镇文昌街12号2栋3单元401室。</p>\n"
            "<p>　　办学地点：蒲溪县蒲溪镇河滨路某商住楼三楼。</p>\n"
            "<p>　　经查，当事人未经教育行政部门批准，自2023年3月起以“启航课堂”名义面向中小学生开展学科类"
            "培训，招收学员43人，收取培训费共计51600元。</p>\n"
            "<p>　　当事人的行为违反了《中华人民共和国民办教育促进法》第十二条的规定，依据《中华人民共和国民办"
            "教育促进法》第六十四条的规定，本局决定：责令当事人停止办学，退还所收费用，并处罚款人民币伍万元整。</p>\n"
            "<p>　　" + REVIEW + "</p>"),
        ids=["ID"], phones=["MOB"], addrs=["贵州省蒲溪县蒲溪镇文昌街12号2栋3单元401室"],
    ),
    # ------------------------------------------- served notices and decisions (not penalties)
    P(
        id="h2235",
        title="蒲溪县市场监督管理局行政处罚听证告知书（蒲市监听告〔2023〕11号）",
        column="notice",
        shape="JCMS 听证告知书 to a person: ID and +86 mobile yes (a notice served before a penalty); "
              "住址 (组 号) out of the address rule's scope",
        body=jcms(
            "蒲溪县市场监督管理局行政处罚听证告知书（蒲市监听告〔2023〕11号）", "2023-09-12",
            "蒲溪县市场监督管理局",
            "<p style=\"text-align:center\"><strong>行政处罚听证告知书</strong></p>\n"
            "<p style=\"text-align:center\">蒲市监听告〔2023〕11号</p>\n"
            + p("岑某某（身份证号码：{ID}，联系电话：{MOB_86}，住址：蒲溪县花桥镇河西村2组9号）：")
            + p("经查，你于2023年7月至8月在蒲溪县花桥镇集市销售未经检疫的牛肉共计186公斤，货值金额13020元。"
                "你的行为违反了《中华人民共和国动物防疫法》第二十九条第（三）项的规定。依据《中华人民共和国"
                "动物防疫法》第九十七条的规定，本局拟对你作出没收违法所得、并处货值金额五倍罚款65100元的"
                "行政处罚。")
            + p("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你有要求举行听证的权利。如要求"
                "听证，应当在收到本告知书之日起五日内向本局提出，逾期视为放弃听证权利。")
            + p("联系人：吴某某　联系电话：0850-6218813　地址：蒲溪县蒲溪镇文昌街2号")),
        ids=["ID"], phones=["MOB"],
    ),
    P(
        id="h2236",
        title="蒲溪县文体广电旅游局关于公告送达行政处罚事先告知书的公告",
        column="notice",
        shape="TRS 公告送达 of a 行政处罚事先告知书 (heading in the body): full-width ID, the party's "
              "预留 mobile yes; 户籍地 (组 号) out of the address rule's scope",
        body=trs(
            "蒲溪县文体广电旅游局关于公告送达行政处罚事先告知书的公告", "通知公告", "2023-11-02",
            "蒲溪县文体广电旅游局",
            p("温某某（公民身份号码：{ID_FW}）：")
            + p("因你下落不明，本局执法人员多次拨打你预留的联系电话{MOB}均无人接听，采用直接送达、邮寄送达等"
                "方式均无法送达，根据《中华人民共和国行政诉讼法》相关规定，现依法向你公告送达《行政处罚事先告知书》"
                "（蒲文旅罚告〔2023〕5号），内容如下：")
            + "<p style=\"text-align: center;\"><strong>行政处罚事先告知书</strong></p>\n"
            + p("温某某（户籍地：贵州省蒲溪县龙场镇大寨村1组7号）：你经营的网吧于2023年9月16日接纳未成年人"
                "进入营业场所，违反了《互联网上网服务营业场所管理条例》第二十一条的规定，本局拟对你处以警告，"
                "并处罚款人民币壹万伍仟元整。你有陈述、申辩的权利。")
            + p("自本公告发布之日起满三十日，即视为送达。联系电话：0850-6231166。")),
        ids=["ID"], phones=["MOB"],
    ),
    P(
        id="h2237",
        title="蒲溪县市场监督管理局查封扣押决定书（蒲市监强制〔2023〕3号）",
        column="xzqz",
        shape="信息公开 查封扣押决定书 served on a person: ID in spans, mobile in font/b (yes); 住址 "
              "(组 号) out of the address rule's scope (not a penalty decision)",
        body=xxgk(
            "蒲溪县市场监督管理局查封扣押决定书（蒲市监强制〔2023〕3号）", "蒲溪县市场监督管理局",
            "11522799MB1680233E/2023-00403", "蒲市监强制〔2023〕3号", "2023-06-07",
            p("当事人：陆某某，男，身份证号码：{ID_SPAN}，联系电话：{MOB_FONT}，"
              "住址：蒲溪县沙坝镇坪上村5组2号。")
            + p("本局在2023年6月5日的检查中，发现你在蒲溪县沙坝镇坪上村5组的自建房内生产的“坪上香”牌酸汤"
                "涉嫌未取得食品生产许可。依据《中华人民共和国食品安全法》第一百一十条的规定，本局决定对你的"
                "下列场所、设施、财物实施查封（扣押）：酸汤成品312瓶、发酵缸6口、灌装设备1套（详见场所/设施/"
                "财物清单）。查封（扣押）期限为30日，自2023年6月6日至2023年7月5日。")
            + p("如不服本决定，可以在收到本决定书之日起六十日内向蒲溪县人民政府申请行政复议，或者在六个月内"
                "依法向蒲溪县人民法院提起行政诉讼。")),
        ids=["ID"], phones=["MOB"],
    ),
    # ------------------------------------------------------------- lists and other pages
    P(
        id="h2238",
        title="龙场镇2023年10月城乡居民最低生活保障对象公示名单",
        column="mzzj",
        shape="Excel export of a 低保 公示 with a 联系电话 column: mobile, full-width mobile and a "
              "landline of persons (yes); masked IDs; an empty (无) cell; the 民政办's own number not",
        body=excel(
            "龙场镇2023年10月城乡居民最低生活保障对象公示名单",
            "<tr height=40 style='height:30.0pt'><td colspan=7 height=40 class=xl67 width=720>"
            "龙场镇2023年10月城乡居民最低生活保障对象公示名单</td></tr>\n"
            "<tr height=24><td height=24 class=xl65>序号</td><td class=xl65>村（社区）</td>"
            "<td class=xl65>户主姓名</td><td class=xl65>身份证号码</td><td class=xl65>保障人数</td>"
            "<td class=xl65>月保障金（元）</td><td class=xl65>联系电话</td></tr>\n"
            "<tr height=24><td height=24 class=xl66 x:num>1</td><td class=xl65>大寨村</td><td class=xl65>罗某某</td>"
            "<td class=xl65>{ID_M}</td><td class=xl66 x:num>3</td><td class=xl66 x:num>1260</td>"
            "<td class=xl65 x:str>{MOB}</td></tr>\n"
            "<tr height=24><td height=24 class=xl66 x:num>2</td><td class=xl65>大寨村</td><td class=xl65>王某</td>"
            "<td class=xl65>{ID2_M}</td><td class=xl66 x:num>1</td><td class=xl66 x:num>420</td>"
            "<td class=xl65>{MOB2_FW}</td></tr>\n"
            "<tr height=24><td height=24 class=xl66 x:num>3</td><td class=xl65>新寨村</td><td class=xl65>付某某</td>"
            "<td class=xl65>{ID3_M}</td><td class=xl66 x:num>2</td><td class=xl66 x:num>840</td>"
            "<td class=xl65>{LAND}</td></tr>\n"
            "<tr height=24><td height=24 class=xl66 x:num>4</td><td class=xl65>新寨村</td><td class=xl65>杨某某</td>"
            "<td class=xl65>{ID4_M}</td><td class=xl66 x:num>1</td><td class=xl66 x:num>420</td>"
            "<td class=xl65>无</td></tr>\n"
            "<tr height=24><td colspan=4 height=24 class=xl65>合计</td><td class=xl66 x:num>7</td>"
            "<td class=xl66 x:num>2940</td><td class=xl65></td></tr>\n"
            "<tr height=24><td colspan=7 height=24>公示期7天。监督电话：0850-6260012（龙场镇民政办），"
            "0850-6224567（县民政局）。</td></tr>"),
        phones=["MOB", "MOB2", "LAND"],
    ),
    P(
        id="h2239",
        title="蒲溪县2023年第三批退役军人和其他优抚对象优待证发放人员名册",
        column="tzgg",
        shape="TRS 名册 written item by item (1. 张某（身份证号：…，联系电话：…）): two IDs (one with X) "
              "and two mobiles (one spaced) yes; the third person all masked",
        body=trs(
            "蒲溪县2023年第三批退役军人和其他优抚对象优待证发放人员名册", "通知公告", "2023-10-30",
            "蒲溪县退役军人事务局",
            p("根据《退役军人和其他优抚对象优待证管理办法》，现将第三批优待证发放人员名册公布如下，"
              "请相关人员持本人身份证到所在乡镇（街道）退役军人服务站领取：")
            + "<p>1. 龙某某（身份证号：{ID}，联系电话：{MOB}，蒲溪镇凤凰社区）；<br>\n"
            "2. 田某（身份证号：{IDX2}，联系电话：{MOB2_S}，花桥镇河西村）；<br>\n"
            "3. 胡某某（身份证号：{ID3_M}，联系电话：{MOB3_M}，沙坝镇坪上村）。</p>\n"
            + p("咨询电话：0850-6239901。")),
        ids=["ID", "IDX2"], phones=["MOB", "MOB2"],
    ),
    P(
        id="h2240",
        title="蒲溪县2023年第四季度高龄津贴发放花名册",
        column="mz",
        enc="gbk",
        shape="GBK old site, 高龄津贴 花名册: IDs (one full-width), 17-digit 存折账号 under its column "
              "(yes), 代领人's mobile in 备注 (yes); masked row",
        body=oldsite(
            "蒲溪县2023年第四季度高龄津贴发放花名册", "蒲溪县民政局", "2023-12-26",
            "<table width=\"96%\" border=\"1\" align=\"center\" cellpadding=\"2\" cellspacing=\"0\">\n"
            "<tr bgcolor=\"#EAEAEA\"><td>序号</td><td>乡镇</td><td>姓名</td><td>性别</td><td>身份证号码</td>"
            "<td>存折账号</td><td>金额（元）</td><td>备注</td></tr>\n"
            "<tr><td>1</td><td>蒲溪镇</td><td>王某某</td><td>女</td><td>{ID}</td><td>{ACCT}</td>"
            "<td>300</td><td>&nbsp;</td></tr>\n"
            "<tr><td>2</td><td>龙场镇</td><td>李某</td><td>男</td><td>{ID2_FW}</td><td>{ACCT2}</td>"
            "<td>300</td><td>代领人：儿子李某某，电话{MOB}</td></tr>\n"
            "<tr><td>3</td><td>沙坝镇</td><td>吴某某</td><td>女</td><td>{ID3_M}</td><td>{ACCT3_M}</td>"
            "<td>600</td><td>本人领取</td></tr>\n"
            "<tr><td colspan=\"6\">合计</td><td>1200</td><td>&nbsp;</td></tr>\n</table>\n"
            "<p>　　公示期间如有异议，请向蒲溪县民政局社会事务股反映，电话：0850-6224567。</p>"),
        ids=["ID", "ID2"], phones=["MOB"], banks=["ACCT", "ACCT2"],
    ),
    P(
        id="h2241",
        title="蒲溪县2023年第二批一次性创业补贴拨付情况公示",
        column="rs",
        shape="TRS mixed 拨付 table (开户银行 / 账号): a person's 17-digit account and a person's card "
              "yes; a 合作社's and a company's accounts no; the 就业股 contact's landline no",
        body=trs(
            "蒲溪县2023年第二批一次性创业补贴拨付情况公示", "就业创业", "2023-08-21",
            "蒲溪县人力资源和社会保障局",
            p("根据《黔桐市一次性创业补贴实施办法》，经审核，现将2023年第二批一次性创业补贴拨付情况公示如下：")
            + table([
                ["1", "蒲溪县鑫源农业专业合作社", "农民专业合作社", "中国农业银行蒲溪县支行", "{OACCT}", "10000"],
                ["2", "潘某某", "个人（返乡创业）", "蒲溪县农村信用合作联社", "{ACCT}", "5000"],
                ["3", "黔桐市蒲溪县好运来餐饮有限公司", "小微企业", "中国工商银行蒲溪县支行", "{OACCT2}", "10000"],
                ["4", "陆某", "个人（高校毕业生）", "中国邮政储蓄银行蒲溪县支行", "{CARD}", "5000"],
            ], head=["序号", "申请主体", "主体类型", "开户银行", "账号", "补贴金额（元）"])
            + p("公示期：2023年8月21日至8月27日。联系人：县人社局就业股王某某，联系电话：0850-6236677。")),
        banks=["ACCT", "CARD"],
    ),
    P(
        id="h2242",
        title="关于反映龙场镇大寨村道路积水问题的回复",
        column="hdjl",
        shape="JCMS 12345 reply: caller's number masked in the header and written out in the reply "
              "(yes); a third person's mobile in the reply (no: not a list, not masked anywhere); "
              "Luhn-valid 工单编号 not",
        body=jcms(
            "关于反映龙场镇大寨村道路积水问题的回复", "2023-08-18", "蒲溪县12345政务服务便民热线",
            "<p>工单编号：{ORDER}<br>\n来电人：刘先生<br>\n来电号码：{MOB_M}<br>\n"
            "来电时间：2023-08-14 09:21:37</p>\n"
            + p("诉求内容：来电人反映龙场镇大寨村3组通组路段雨后积水严重，群众出行不便，希望尽快处理。")
            + p("办理情况：龙场镇人民政府于2023年8月15日组织人员到现场核查，情况属实。经查，该路段排水沟"
                "被施工弃土堵塞，该路段施工由大寨村村民罗某某（联系电话{MOB2}）负责。镇政府已责令施工方"
                "于8月16日清理完毕，积水已排除。8月17日，工作人员电话联系来电人（{MOB}）反馈办理结果，"
                "来电人表示满意。")
            + p("承办单位：龙场镇人民政府　联系电话：0850-6260001")),
        phones=["MOB"],
    ),
    P(
        id="h2243",
        title="关于咨询办理城乡居民养老保险待遇的问题",
        column="hdjl",
        shape="TRS 县长信箱 letter and reply: the writer's ID (yes, every page); the writer's mobile "
              "(no: not a list or decision, not masked elsewhere); office phone no",
        body=trs(
            "关于咨询办理城乡居民养老保险待遇的问题", "县长信箱", "2023-05-09", "蒲溪县人民政府办公室",
            "<table class=\"xx-table\"><tr><td>来信人</td><td>陈某某</td><td>来信时间</td><td>2023-04-26</td></tr>\n"
            "<tr><td>来信内容</td><td colspan=\"3\">县长您好，我叫陈某某，身份证号{ID}，是木瓜镇木瓜村村民，"
            "今年满60岁了，之前一直在外地打工，想问一下城乡居民养老保险待遇怎么申请，要带哪些材料？"
            "我的电话是{MOB}，麻烦回复一下，谢谢。</td></tr>\n"
            "<tr><td>回复单位</td><td>蒲溪县人力资源和社会保障局</td><td>回复时间</td><td>2023-05-08</td></tr>\n"
            "<tr><td>回复内容</td><td colspan=\"3\">陈某某您好：年满60周岁、累计缴费满15年的参保人员，可携带本人"
            "居民身份证、户口簿到户籍所在地乡镇社保服务窗口或县社会保险事业服务中心申请领取养老金。"
            "咨询电话：0850-6236600。</td></tr></table>"),
        ids=["ID"],
    ),
    P(
        id="h2244",
        title="蒲溪县人民法院关于公布第三批失信被执行人名单的公告",
        column="tzgg",
        shape="TRS court 失信被执行人 名单: three persons' IDs (plain, 6-8-4 spaced, full-width with Ｘ) "
              "yes; 案号 and the 执行款专户 account no",
        body=trs(
            "蒲溪县人民法院关于公布第三批失信被执行人名单的公告", "通知公告", "2023-09-15",
            "蒲溪县人民法院",
            p("根据《最高人民法院关于公布失信被执行人名单信息的若干规定》，现将本院第三批失信被执行人名单予以公布：")
            + table([
                ["1", "施某某", "男", "{ID}", "（2022）黔2799民初1536号", "（2023）黔2799执318号", "46800"],
                ["2", "叶某", "女", "{ID2_S}", "（2022）黔2799民初2017号", "（2023）黔2799执402号", "12350"],
                ["3", "谢某某", "男", "{IDX3_FW}", "（2023）黔2799民初117号", "（2023）黔2799执455号", "208000"],
            ], head=["序号", "被执行人姓名", "性别", "身份证号码", "执行依据", "案号", "未履行金额（元）"])
            + p("请上述被执行人自觉履行义务，将执行款交至户名：蒲溪县人民法院执行款专户，账号：{OACCT}。"
                "举报电话：0850-6277110。")),
        ids=["ID", "ID2", "IDX3"],
    ),
    P(
        id="h2245",
        title="关于张某某不动产权证书遗失作废的公告",
        column="tzgg",
        shape="信息公开 不动产权证书 遗失 公告: the 权利人's ID spaced 6-8-4 (yes); 不动产权证号 and "
              "28-character 不动产单元号 not; 坐落 out of the address rule's scope",
        body=xxgk(
            "关于张某某不动产权证书遗失作废的公告", "蒲溪县不动产登记中心", "12522799MB0871134F/2023-00091",
            "无", "2023-07-19",
            p("权利人张某某（身份证号：{ID_S}）因保管不善，将其坐落于蒲溪县蒲溪镇河滨路126号凤凰小区2栋"
              "1单元302室的不动产权证书（证号：黔（2021）蒲溪县不动产权第0003456号，不动产单元号："
              "522799001002GB00012F00010023）遗失，现向我中心申请补发。")
            + p("根据《不动产登记暂行条例实施细则》第二十二条的规定，现予公告，原证书作废。自公告之日起15个工作日"
                "内无异议的，我中心将予以补发。异议联系电话：0850-6245566。")),
        ids=["ID"],
    ),
    P(
        id="h2246",
        title="蒲溪县2023年村级综合服务平台设备采购项目中标（成交）结果公示",
        column="cg",
        shape="TRS 中标 公示: supplier's USCC and address, the supplier's 联系人's mobile (a company's "
              "number, no); 项目编号, Luhn-valid 采购计划编号, the 采购人's contact: nothing",
        body=trs(
            "蒲溪县2023年村级综合服务平台设备采购项目中标（成交）结果公示", "政府采购", "2023-06-16",
            "蒲溪县公共资源交易中心",
            p("一、项目编号：PXCG-2023-118　采购计划编号：{ORDER}")
            + p("二、项目名称：蒲溪县2023年村级综合服务平台设备采购项目")
            + p("三、中标（成交）信息：供应商名称：黔桐市博远科技有限公司；供应商地址：黔桐市中华路128号；"
                "统一社会信用代码：{USCC}；中标（成交）金额：人民币柒拾肆万伍仟陆佰捌拾元整（¥745680.00）；"
                "联系人：陈某；联系电话：{MOB}。")
            + p("四、采购人：蒲溪县大数据发展中心，地址：蒲溪县蒲溪镇人民路88号，联系人：熊某某，联系电话："
                "0850-6212288。")
            + p("五、公告期限：自本公告发布之日起1个工作日。")),
    ),
    P(
        id="h2247",
        kind="attachment",
        title="2023年秋季学期“雨露计划”职业教育补助资金发放公示",
        column="jy",
        shape="DOCX text tab table, 雨露计划 公示 with 家长身份证号 / 银行卡号 / 联系电话: full-width ID, "
              "dashed card, 19-digit spaced card, +86 mobile (all yes); a masked row",
        body=(
            "2023年秋季学期“雨露计划”职业教育补助资金发放公示\n"
            "序号\t学生姓名\t就读学校\t家长姓名\t家长身份证号\t银行卡号\t联系电话\t补助金额（元）\n"
            "1\t罗某某\t黔桐职业技术学院\t罗某\t{ID_FW}\t{CARD_D}\t{MOB}\t1500\n"
            "2\t吴某\t贵州省蒲溪县中等职业学校\t吴某某\t{ID2}\t{CARDL2_S}\t{MOB2_86}\t1500\n"
            "3\t杨某某\t黔桐市卫生学校\t杨某\t{ID3_M}\t{CARD3_M}\t{MOB3_M}\t1500\n"
            "公示时间：2023年11月6日至11月12日。监督电话：0850-6217345（县乡村振兴局）。\n"),
        ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARD", "CARDL2"],
    ),
    P(
        id="h2248",
        kind="attachment",
        title="2023年蒲溪县惠民惠农财政补贴资金“一卡通”发放清册（第四批）",
        column="cz",
        shape="PDF text 清册, columns set in spaces, page header and footer: spaced card, 19-digit "
              "card, 12-digit account under 社保卡/存折账号 (all yes); masked IDs; a masked card",
        body=(
            "2023年蒲溪县惠民惠农财政补贴资金“一卡通”发放清册（第四批）\n"
            "填报单位：蒲溪县财政局                                      单位：元\n"
            "序号   乡镇      姓名      身份证号              社保卡/存折账号           补贴项目      金额\n"
            "1      蒲溪镇    龙某某    {ID_M}    {CARD_S}       耕地地力保护  856.40\n"
            "2      花桥镇    石某      {ID2_M}    {CARDL}       耕地地力保护  1203.75\n"
            "3      水口乡    杨某某    {ID3_M}    {ACCTS}              农机报废更新  3000.00\n"
            "4      木瓜镇    韦某      {ID4_M}    {CARD4_M}       生态公益林    412.20\n"
            "                                   第 1 页 共 1 页\n"),
        banks=["CARD", "CARDL", "ACCTS"],
    ),
    P(
        id="h2249",
        kind="attachment",
        title="岩门乡2023年退耕还林补助资金兑现公示表",
        column="ly",
        shape="XLS text 退耕还林 兑现: IDs (one with X, one spaced) and Luhn-valid cards under 存折号 "
              "(one in U+3000 groups) yes; masked row",
        body=(
            "岩门乡2023年退耕还林补助资金兑现公示表\n"
            "序号\t村组\t户主姓名\t身份证号\t存折号\t面积（亩）\t补助金额（元）\n"
            "1\t岩门村4组\t蒙某某\t{IDX}\t{CARD_NB}\t6.2\t744\n"
            "2\t岩门村7组\t石某\t{ID2_S}\t{CARD2}\t3.5\t420\n"
            "3\t岩门村9组\t杨某某\t{ID3_M}\t{CARD3_M}\t2.8\t336\n"
            "合计\t\t\t\t\t12.5\t1500\n"),
        ids=["IDX", "ID2"], banks=["CARD", "CARD2"],
    ),
    P(
        id="h2250",
        title="蒲溪县市场监督管理局2023年第二批“双随机、一公开”抽查检查结果公示",
        column="zfxxgk",
        shape="TRS 双随机 results: all-digit USCCs, 13-prefixed 执法证号 beside inspectors' names, "
              "the office's phone: nothing to report",
        body=trs(
            "蒲溪县市场监督管理局2023年第二批“双随机、一公开”抽查检查结果公示", "双随机一公开", "2023-08-30",
            "蒲溪县市场监督管理局",
            p("根据年度抽查计划，我局对辖区内市场主体开展了“双随机、一公开”抽查，现将检查结果公示如下：")
            + table([
                ["1", "蒲溪县顺心副食品批发部", "{USCCD}", "食品经营者监督检查", "未发现问题",
                 "杨某（{CERT}）、龙某某（{CERT2}）"],
                ["2", "蒲溪县木瓜镇兴农农资经营部", "{USCCD2}", "农资产品质量抽查", "发现问题已责令改正",
                 "杨某（{CERT}）、吴某（{CERT3}）"],
                ["3", "贵州蒲溪山泉饮品有限公司", "{USCC3}", "食品生产企业监督检查", "未发现问题",
                 "龙某某（{CERT2}）、吴某（{CERT3}）"],
            ], head=["序号", "市场主体名称", "统一社会信用代码", "抽查事项", "检查结果", "检查人员（执法证号）"])
            + p("对抽查结果有异议的，请在公示之日起20个工作日内向我局反映，联系电话：0850-6218806。")),
    ),
    P(
        id="h2251",
        title="蒲溪县公共资源交易中心罚没车辆公开拍卖公告",
        column="cg",
        shape="信息公开 拍卖 公告: VINs, 发动机号, plates, 竞买保证金 account of the 交易中心: nothing",
        body=xxgk(
            "蒲溪县公共资源交易中心罚没车辆公开拍卖公告", "蒲溪县公共资源交易中心",
            "12522799MB1409235D/2023-00188", "蒲公资拍〔2023〕6号", "2023-10-11",
            p("受蒲溪县公安局委托，我中心定于2023年10月25日10时对下列罚没车辆进行公开拍卖：")
            + table([
                ["1", "长安牌SC7164", "贵K·2D833", "LS5A3ADE6CB123457", "JL478QEE 1206190031", "6800"],
                ["2", "五菱牌LZW6376", "贵K·97E12", "LZWACAGA4B1065238", "LJ465Q-1AE9 0B2150176", "4200"],
            ], head=["序号", "厂牌型号", "号牌号码", "车辆识别代号", "发动机号", "起拍价（元）"])
            + p("竞买保证金：每辆车2000元，须于2023年10月24日17时前以转账方式缴入户名：蒲溪县公共资源交易中心，"
                "开户行：中国建设银行蒲溪县支行，账号：{OACCT}。")
            + p("联系人：王先生，联系电话：0850-6251234。")),
    ),
    P(
        id="h2252",
        title="蒲溪县2023年医疗保障定点医药机构名单",
        column="yb",
        shape="TRS 名单 of 定点医药机构 with 机构编码 and 联系电话: a 诊所's mobile is an "
              "organisation's number (no); landlines written out: nothing",
        body=trs(
            "蒲溪县2023年医疗保障定点医药机构名单", "医疗保障", "2023-03-20", "蒲溪县医疗保障局",
            table([
                ["1", "蒲溪县人民医院", "H52279900001", "蒲溪县蒲溪镇人民路156号", "0850-6212120"],
                ["2", "蒲溪县中医院", "H52279900002", "蒲溪县蒲溪镇文昌街88号", "0850-6213320"],
                ["3", "蒲溪县龙场镇卫生院", "H52279900011", "蒲溪县龙场镇龙场街6号", "0850-6260120"],
                ["4", "蒲溪县蒲溪镇仁心诊所", "H52279900127", "蒲溪县蒲溪镇新华巷3号", "{MOB}"],
                ["5", "蒲溪县康民大药房连锁有限公司河滨店", "P52279900315", "蒲溪县蒲溪镇河滨路42号", "0850-6219876"],
            ], head=["序号", "机构名称", "机构编码", "地址", "联系电话"])
            + p("医保服务热线：0850-6230012。")),
    ),
    P(
        id="h2253",
        title="关于拟表彰2023年度蒲溪县优秀乡村医生的公示",
        column="zw",
        shape="JCMS 拟表彰 名单: names and units only, 监督电话, 邮编: nothing",
        body=jcms(
            "关于拟表彰2023年度蒲溪县优秀乡村医生的公示", "2023-12-15", "蒲溪县卫生健康局",
            p("经各乡镇推荐、县卫生健康局审核，拟表彰以下10名同志为2023年度蒲溪县优秀乡村医生，现予公示：")
            + p("龙某某（龙场镇大寨村卫生室）、石某（花桥镇河西村卫生室）、杨某某（沙坝镇坪上村卫生室）、"
                "韦某（水口苗族乡高寨村卫生室）、吴某某（木瓜镇岩脚村卫生室）、蒙某（岩门乡岩门村卫生室）、"
                "田某某（青杠乡红岩村卫生室）、罗某（蒲溪镇凤凰社区卫生服务站）、陈某某（龙场镇新寨村卫生室）、"
                "胡某（花桥镇花桥社区卫生服务站）。")
            + p("公示期为2023年12月15日至12月21日。如有异议，请以书面或电话形式向县卫生健康局反映。"
                "监督电话：0850-6221120；通讯地址：蒲溪县蒲溪镇文昌街19号，邮编：558899。")),
    ),
    P(
        id="h2254",
        title="蒲溪县2023年公开招聘事业单位工作人员面试成绩及进入体检人员名单",
        column="rs",
        shape="TRS 名单 headed 姓名 / 准考证号 / 身份证号: 11-digit 准考证号, masked IDs, scores: nothing",
        body=trs(
            "蒲溪县2023年公开招聘事业单位工作人员面试成绩及进入体检人员名单", "人事信息", "2023-07-03",
            "蒲溪县人力资源和社会保障局",
            table([
                ["1", "22301", "王某某", "20230501207", "{ID_M}", "71.50", "82.40", "76.95", "是"],
                ["2", "22301", "杨某", "20230501119", "{ID2_M}", "69.00", "81.20", "75.10", "否"],
                ["3", "22302", "罗某某", "20230502033", "{IDX3_M}", "74.00", "79.60", "76.80", "是"],
            ], head=["序号", "报考岗位代码", "姓名", "准考证号", "身份证号", "笔试成绩", "面试成绩", "综合成绩",
                     "是否进入体检"])
            + p("请进入体检的考生于2023年7月6日8时前空腹到蒲溪县人民医院体检中心集合。咨询电话：0850-6236610。")),
    ),
    P(
        id="h2255",
        title="住房公积金提取业务办事指南",
        column="zwgk",
        shape="JCMS 办事指南: masked card example, the 公积金 centre's own account, 12329: nothing",
        body=jcms(
            "住房公积金提取业务办事指南", "2023-02-08", "黔桐市住房公积金管理中心蒲溪管理部",
            p("一、办理材料：1.申请人有效身份证件；2.本人名下的一类银行结算账户（银行卡），如"
              "“6217 **** **** 1234”；3.购房合同或不动产权证书等。")
            + p("二、办理地点：蒲溪县政务服务中心二楼C区12号窗口。")
            + p("三、单位补缴汇款账户：户名 黔桐市住房公积金管理中心蒲溪管理部，开户行 中国建设银行蒲溪县支行，"
                "账号 {OACCT}。")
            + p("四、咨询电话：12329，0850-6240329。")),
    ),
    P(
        id="h2256",
        kind="attachment",
        title="蒲溪县2023年第三季度林木采伐许可证核发情况公示",
        column="tzgg",
        shape="PDF text 公示: Luhn-valid 19-digit 采伐许可证号 after 证号, masked IDs of applicants, "
              "林权证号: nothing",
        body=(
            "蒲溪县2023年第三季度林木采伐许可证核发情况公示\n"
            "                                                       蒲溪县林业局\n"
            "序号  申请人    身份证号              采伐地点              树种  蓄积(m³)  许可证号\n"
            "1     韦某某    {ID_M}    水口苗族乡高寨村      杉木  18.6      证号{ORDER}\n"
            "2     石某      {ID2_M}    花桥镇河西村          马尾松 9.2      证号{ORDER2}\n"
            "林权证号：黔（2016）蒲溪县林权第0012345号等2本\n"
            "                                   — 1 —\n"),
    ),
    P(
        id="h2257",
        title="蒲溪县市场监督管理局食品经营许可信息公示（2023年第11期）",
        column="xzxk",
        shape="TRS 行政许可 双公示 table: a 个体户's 经营者 ID (yes), a company's 法定代表人 masked; "
              "JY 许可证编号 and 经营场所 not",
        body=trs(
            "蒲溪县市场监督管理局食品经营许可信息公示（2023年第11期）", "行政许可", "2023-11-20",
            "蒲溪县市场监督管理局",
            table([
                ["1", "蒲溪县沙坝镇老地方餐馆", "周某某", "{ID}", "JY25227990012345", "蒲溪县沙坝镇沙坝路12号",
                 "2023-11-14"],
                ["2", "贵州黔桐百佳超市有限公司蒲溪分店", "熊某", "{ID2_M}", "JY15227990008801",
                 "蒲溪县蒲溪镇锦绣路9号", "2023-11-16"],
            ], head=["序号", "行政相对人名称", "法定代表人（经营者）", "证件号码", "许可证编号", "经营场所",
                     "许可决定日期"])),
        ids=["ID"],
    ),
    P(
        id="h2258",
        title="花桥镇2023年河道护河员人员名单公示",
        column="sw",
        enc="gbk",
        shape="GBK old site, 护河员 名单 with 身份证号 / 联系电话: ID, ID with lower-case x, mobile, "
              "dashed mobile (yes); a masked row",
        body=oldsite(
            "花桥镇2023年河道护河员人员名单公示", "蒲溪县水务局", "2023-04-06",
            "<p>　　经村推荐、镇审核，现将花桥镇2023年河道护河员人员名单公示如下：</p>\n"
            "<table width=\"90%\" border=\"1\" align=\"center\" cellspacing=\"0\">\n"
            "<tr><td>序号</td><td>姓名</td><td>性别</td><td>身份证号</td><td>联系电话</td><td>管护河段</td></tr>\n"
            "<tr><td>1</td><td>石某某</td><td>男</td><td>{ID}</td><td>{MOB}</td><td>花桥河河西村段</td></tr>\n"
            "<tr><td>2</td><td>龙某</td><td>男</td><td>{IDX2_LOW}</td><td>{MOB2_D}</td><td>花桥河花桥社区段</td></tr>\n"
            "<tr><td>3</td><td>吴某某</td><td>女</td><td>{ID3_M}</td><td>{MOB3_M}</td><td>小溪沟段</td></tr>\n"
            "</table>\n<p>　　公示期5天，监督电话：0850-6270011。</p>"),
        ids=["ID", "IDX2"], phones=["MOB", "MOB2"],
    ),
    P(
        id="h2259",
        title="2023年蒲溪县高素质农民培育学员花名册",
        column="nync",
        shape="Word-saved HTML MsoTableGrid 花名册 with 身份证号 / 联系电话: ID in lang=EN-US span, "
              "ID in three spans, mobile plain, mobile in font/b (yes)",
        body=word(
            "2023年蒲溪县高素质农民培育学员花名册",
            mso("2023年蒲溪县高素质农民培育学员花名册", center=True)
            + "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none;mso-border-alt:solid windowtext .5pt'>\n"
            + "".join(
                "<tr>" + "".join(
                    "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                    "<p class=MsoNormal align=center style='text-align:center'><span style='font-family:"
                    "仿宋_GB2312'>" + c + "<span lang=EN-US><o:p></o:p></span></span></p></td>"
                    for c in row) + "</tr>\n"
                for row in [
                    ["序号", "姓名", "性别", "身份证号", "联系电话", "所在村"],
                    [en("1"), "杨某某", "男", en("{ID}"), en("{MOB}"), "龙场镇大寨村"],
                    [en("2"), "陈某", "女", "{ID2_SPAN}", "{MOB2_FONT}", "沙坝镇坪上村"],
                ])
            + "</table>\n"
            + mso("注：培训时间为2023年9月11日至9月20日，地点为蒲溪县农业技术推广站（电话" + en("0850-6255012")
                  + "）。")),
        ids=["ID", "ID2"], phones=["MOB", "MOB2"],
    ),
    P(
        id="h2260",
        title="蒲溪县2023年第三季度医疗救助资金发放情况公示",
        column="yb",
        shape="TRS 医疗救助 公示: every ID masked but one left unmasked (yes); masked 一卡通账号; "
              "救助类别 and amounts",
        body=trs(
            "蒲溪县2023年第三季度医疗救助资金发放情况公示", "医疗保障", "2023-10-12", "蒲溪县医疗保障局",
            table([
                ["1", "蒲溪镇", "黄某某", "{ID_M}", "特困人员", "2356.80", "{CARD_M}"],
                ["2", "龙场镇", "罗某", "{ID2}", "低保对象", "1820.00", "{CARD2_M}"],
                ["3", "花桥镇", "田某某", "{ID3_M}", "返贫致贫人口", "965.40", "{CARDL3_M}"],
            ], head=["序号", "乡镇", "姓名", "身份证号", "救助类别", "救助金额（元）", "一卡通账号"])
            + p("监督电话：0850-6230012。")),
        ids=["ID2"],
    ),
    P(
        id="h2261",
        title="蒲溪县人民法院公告（向宋某某公告送达起诉状副本、应诉通知书）",
        column="tzgg",
        shape="TRS court 公告送达 of a complaint: the defendant's ID (yes); 住 + 村 组 号 (out of the "
              "address rule's scope); the plaintiff's lawyer's mobile (contact, not a list or "
              "decision: no)",
        body=trs(
            "蒲溪县人民法院公告（向宋某某公告送达起诉状副本、应诉通知书）", "通知公告", "2023-06-26",
            "蒲溪县人民法院",
            p("宋某某（男，1984年2月出生，汉族，公民身份号码{ID}，住蒲溪县龙场镇大寨村6组14号）：")
            + p("原告黔桐市蒲溪县农村信用合作联社诉你金融借款合同纠纷一案，本院已立案受理，案号为（2023）黔2799"
                "民初1862号。因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公告送达起诉状副本、"
                "应诉通知书、举证通知书及开庭传票。自公告之日起经过三十日，即视为送达。提出答辩状和举证的期限分别为"
                "公告送达期满后的十五日和三十日内。本案定于2023年9月28日9时在本院第三法庭公开开庭审理。")
            + p("原告委托诉讼代理人：覃某某，贵州黔桐律师事务所律师，联系电话：{MOB}。")
            + p("本院地址：蒲溪县蒲溪镇河滨路1号；联系电话：0850-6277001。")),
        ids=["ID"],
    ),
    P(
        id="h2262",
        title="蒲溪县2023年第一批农机购置与应用补贴资金兑付情况公示",
        column="nync",
        enc="gbk",
        shape="GBK old site, 农机补贴 兑付 公示: one 购机者 ID left unmasked (yes); masked IDs, 16-digit "
              "出厂编号, 经销商 names; no phone column",
        body=oldsite(
            "蒲溪县2023年第一批农机购置与应用补贴资金兑付情况公示", "蒲溪县农业农村局", "2023-06-01",
            "<table width=\"96%\" border=\"1\" align=\"center\" cellspacing=\"0\">\n"
            "<tr><td>序号</td><td>购机者姓名</td><td>身份证号</td><td>所在乡镇村</td><td>机具品目</td>"
            "<td>出厂编号</td><td>经销商</td><td>补贴额（元）</td></tr>\n"
            "<tr><td>1</td><td>蒙某某</td><td>{ID_M}</td><td>岩门乡岩门村</td><td>微耕机</td>"
            "<td>2302110458319204</td><td>蒲溪县丰收农机经营部</td><td>860</td></tr>\n"
            "<tr><td>2</td><td>韦某</td><td>{ID2}</td><td>水口苗族乡水口村</td><td>喷杆喷雾机</td>"
            "<td>2301250077146635</td><td>黔桐市农丰机械有限公司</td><td>1200</td></tr>\n"
            "<tr><td>3</td><td>杨某某</td><td>{IDX3_M}</td><td>龙场镇新寨村</td><td>谷物烘干机</td>"
            "<td>2212300913850472</td><td>黔桐市农丰机械有限公司</td><td>21000</td></tr>\n"
            "</table>\n<p>　　公示期7天，监督电话：0850-6255012。</p>"),
        ids=["ID2"],
    ),
]
