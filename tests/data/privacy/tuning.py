"""The tuning passages: written before and while the phone, bank and widened address
detectors were written, and used to tune them.

Each passage is a penalty decision, a published list or another page as the seeds' counties
publish them, with its numbers as ``{NAME}`` placeholders (see ``numbers_.Values``) and the
unmasked items each rule must report: base names for numbers, literal text for addresses.
"""

from __future__ import annotations

from passage import P

HEAD = "<h1>示例县市场监督管理局行政处罚决定书</h1><p>示市监处罚〔2022〕{n}号</p>"
TAIL = ("<p>如不服本处罚决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，也可以在"
        "六个月内依法向示例县人民法院提起行政诉讼。</p><p>示例县市场监督管理局</p>"
        "<p>2022年5月12日</p>")
FOOTER = ("<div class='footer'><p>主办单位：示例县人民政府办公室 承办单位：示例县融媒体中心</p>"
          "<p>地址：江西省示例县城关镇府前路1号 邮编：336099 联系电话：0795-8123456</p>"
          "<p>赣ICP备12001234号-1 赣公网安备 36099902000123号 网站标识码：3609990001</p></div>")


def decision(n: int, body: str, tail: str = TAIL) -> str:
    return HEAD.format(n=n) + body + tail


PASSAGES = [
    # ---------------------------------------------------------------- natural persons
    P("t001", decision(1,
      "<p>当事人：张某，男，汉族，1985年6月15日出生，公民身份号码：{ID}，住址：江西省示例县"
      "永宁镇城北村三组12号，联系电话：{MOB}。</p>"
      "<p>2022年3月8日，本局执法人员对当事人经营的水果店进行检查，发现当事人销售的苹果未明码标价。"
      "</p>"),
      title="示例县市场监督管理局行政处罚决定书", column="penalty", shape="running text",
      ids=["ID"], phones=["MOB"], addrs=["江西省示例县永宁镇城北村三组12号"]),
    P("t002", decision(2,
      "<p>当事人：李某某</p><p>性别：女</p><p>出生日期：1990年1月3日</p>"
      "<p>身份证号码：{ID_M}</p><p>住址：江西省示例县龙泉镇解放路88号</p>"
      "<p>联系电话：{MOB_S}</p>"),
      column="penalty", shape="field lines, spaced mobile",
      phones=["MOB"], addrs=["江西省示例县龙泉镇解放路88号"]),
    P("t003", decision(3,
      "<p>当事人：王某，男，1979年出生，身份证号码：{ID_FW}，家住示例县桥头乡滨江社区府前路76号，"
      "手机：{MOB_FW}。</p>"),
      column="penalty", shape="full-width digits", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["示例县桥头乡滨江社区府前路76号"]),
    P("t004", decision(4,
      "<p>当事人吴某，家住示例县永宁镇城北村五组，于2022年2月起在自家院内无证经营废品收购。"
      "</p>"),
      column="penalty", shape="当事人吴某，家住",
      addrs=["示例县永宁镇城北村五组"]),
    P("t005", decision(5,
      "<p>当事人郑某，住址：江西省示例县三都镇新华路18号3栋2单元501室，联系电话：{MOB_D}。</p>"),
      column="penalty", shape="当事人郑某，住址：",
      phones=["MOB"], addrs=["江西省示例县三都镇新华路18号3栋2单元501室"]),
    P("t006", decision(6,
      "<p>当事人：陈某，男，汉族，现居住于示例县带溪乡带溪村二组8号，公民身份号码：{ID_S}。</p>"),
      column="penalty", shape="现居住于, ID spaced 6-8-4",
      ids=["ID"], addrs=["示例县带溪乡带溪村二组8号"]),
    P("t007", decision(7,
      "<p>当事人：刘某，女，1968年出生，住址：示例县排埠镇****，联系电话：{MOB_M}，"
      "公民身份号码：{ID_M}。</p>"),
      column="penalty", shape="all masked"),
    P("t008", decision(8,
      "<p>当事人：周某，男，身份证号：{ID_SPAN}，户籍地：江西省示例县棋坪镇棋坪村一组15号，"
      "联系方式：{MOB_CMT}。</p>"),
      column="penalty", shape="spans and comments inside numbers",
      ids=["ID"], phones=["MOB"], addrs=["江西省示例县棋坪镇棋坪村一组15号"]),
    P("t009", decision(9,
      "<p>当事人：黄某，男，汉族，1972年11月出生，住所：江西省示例县温泉镇温泉路9号，"
      "联系电话：{LAND}。</p>"),
      column="penalty", shape="person's 住所 and landline",
      phones=["LAND"], addrs=["江西省示例县温泉镇温泉路9号"]),
    P("t010", decision(10,
      "<p>当事人：孙某，女，身份证号码：{IDX}，住址：示例县港口镇港口村三组，"
      "电话：{MOB_86}。</p>"),
      column="penalty", shape="ID with X, +86 mobile",
      ids=["IDX"], phones=["MOB"], addrs=["示例县港口镇港口村三组"]),
    P("t011", decision(11,
      "<p>当事人：胡某，男，1983年出生，住址：示例县城关镇。</p>"
      "<p>经查，当事人于2022年1月至3月通过微信向他人销售假冒化妆品，违法所得1380元。</p>"),
      column="penalty", shape="township-level address"),
    P("t012", decision(12,
      "<p>当事人：朱某，男，汉族，1991年3月2日出生，居民身份证号码：{ID}，"
      "现住址：江西省宜春市示例县西城区幸福小区5栋1单元302室。</p>"
      "<p>经查，当事人向消费者杨某（联系电话：{MOB2}）销售过期食品3袋。</p>"),
      column="penalty", shape="third person's mobile",
      ids=["ID"], phones=["MOB2"], addrs=["江西省宜春市示例县西城区幸福小区5栋1单元302室"]),
    P("t013", decision(13,
      "<p>当事人：何某，男，公民身份号码：{ID}，联系电话：{MOB}，银行卡号：{CARD}"
      "（中国农业银行示例县支行）。</p>"
      "<p>当事人违法所得已退还消费者。</p>"),
      column="penalty", shape="person's card after 银行卡号",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("t014", decision(14,
      "<p>当事人：罗某，女，1975年出生，住址：示例县三都镇东岭村委会四组。</p>"
      "<p>当事人应将罚款缴入示例县财政局非税收入专户，户名：示例县财政局，开户行：中国农业银行"
      "示例县支行，账号：{OACCT}。</p>"),
      column="penalty", shape="office account for fines",
      addrs=["示例县三都镇东岭村委会四组"]),
    P("t015", decision(15,
      "<p>当事人：梁某，男，汉族，1988年9月出生，身份证号码：{ID}。</p>"
      "<p>本机关地址：示例县城关镇府前路1号，联系电话：{LAND}，联系人：宋某。</p>"),
      column="penalty", shape="office address and landline",
      ids=["ID"]),
    P("t016", decision(16,
      "<p>当事人：宋某，男，住址：示例县永宁镇**村**组**号，身份证号码：{ID_M}，手机号码：{MOB}。"
      "</p>"),
      column="penalty", shape="masked address, clear mobile",
      phones=["MOB"]),
    P("t017", decision(17,
      "<p>当事人：唐某，男，1980年出生，公民身份号码：{ID}，户籍所在地：示例县温汤镇温汤村六组。"
      "</p><p>执法人员：冯某、许某，执法证号：{CERT}、{CERT2}。</p>"),
      column="penalty", shape="执法证号 like mobiles",
      ids=["ID"], addrs=["示例县温汤镇温汤村六组"]),
    P("t018", decision(18,
      "<p>当事人：韩某，女，汉族，身份证号码：{ID}，家庭住址：示例县大段镇大段村七组21号。</p>"
      "<p>如对本决定有异议，请与本局法规科联系，电话：{LAND}；举报电话：12315。</p>"),
      column="penalty", shape="office's phone after 请与…联系",
      ids=["ID"], addrs=["示例县大段镇大段村七组21号"]),
    P("t019", decision(19,
      "<p>当事人：冯某（男，1977年出生，公民身份号码：{ID}，住示例县三都镇凤凰山村2组，"
      "电话：{MOB}）。</p>"),
      column="penalty", shape="description in brackets, 住 + place",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇凤凰山村2组"]),
    P("t020", decision(20,
      "<p>当事人：邓某，男，现住凤翔区城关镇东街村3组，联系电话：{MOB}，身份证号码：{ID}。</p>"),
      column="penalty", shape="现住 without province", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["凤翔区城关镇东街村3组"]),
    # ---------------------------------------------------------------- companies, 个体户
    P("t021", decision(21,
      "<p>当事人：示例县某某商贸有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>住所：江西省示例县城关镇工业大道88号</p><p>法定代表人：李某</p>"
      "<p>联系电话：{LAND}</p>"),
      column="penalty", shape="company, landline"),
    P("t022", decision(22,
      "<p>当事人：示例县某某建材有限公司，统一社会信用代码：{USCCD}，住所：示例县永宁镇城南路6号，"
      "法定代表人：赵某，男，身份证号码：{ID}，住址：示例县永宁镇城北村二组，手机：{MOB}。</p>"),
      column="penalty", shape="legal representative described",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇城北村二组"]),
    P("t023", decision(23,
      "<p>当事人：示例县永宁镇某某便利店（个体工商户）</p><p>经营者：张某</p>"
      "<p>统一社会信用代码：{USCC}</p><p>经营场所：示例县永宁镇府前路8号</p>"
      "<p>住址：示例县永宁镇城北村三组12号</p><p>联系电话：{MOB}</p>"),
      column="penalty", shape="个体工商户 operator",
      phones=["MOB"], addrs=["示例县永宁镇城北村三组12号"]),
    P("t024", decision(24,
      "<p>当事人：示例县某某餐饮店（个体工商户），经营者：王某，经营场所：示例县城关镇新华路12号，"
      "公民身份号码：{ID_M}。</p>"),
      column="penalty", shape="个体户 premises only"),
    P("t025", decision(25,
      "<p>当事人：示例县某某农业开发有限公司，统一社会信用代码：{USCC}，住所：示例县排埠镇排埠村"
      "八组，法定代表人：孙某，联系电话：{LAND}。开户银行：中国建设银行示例县支行，"
      "账号：{ACCT}。</p>"),
      column="penalty", shape="company account"),
    P("t026", decision(26,
      "<p>当事人：示例县某某药房，注册号：{IDF}，负责人：郭某，联系电话：{MOB}。</p>"),
      column="penalty", shape="注册号 15 digits, 负责人 mobile",
      phones=["MOB"]),
    P("t027", decision(27,
      "<p>当事人：示例县某某酒店，住所：示例县城关镇府前路18号，法定代表人：吴某。</p>"),
      column="penalty", shape="organisation 住所 without company suffix"),
    P("t028", decision(28,
      "<p>当事人：示例县某某汽车维修有限公司，统一社会信用代码：{USCCD}。</p>"
      "<p>经查，当事人于2022年4月以维修为名向车主林某（电话：{MOB}）多收费用600元。</p>"),
      column="penalty", shape="company decision, third person's mobile",
      phones=["MOB"]),
    # ---------------------------------------------------------------- look-alikes
    P("t029", decision(29,
      "<p>当事人：曹某，男，公民身份号码：{ID_M}。</p>"
      "<p>经查，当事人通过网店销售商品，订单号：{ORDER}，交易流水号：{CARD}，"
      "快递单号：SF{ACCTS}。</p>"),
      column="penalty", shape="order and serial numbers"),
    P("t030", decision(30,
      "<p>当事人：彭某，女，1962年出生，身份证号码：{ID}。</p>"
      "<p>本局决定对当事人罚款人民币13800元（大写：壹万叁仟捌佰元整），没收违法所得20220512元。"
      "</p><p>罚款请于2022年5月27日前缴至指定银行，缴款码：{ORDER}。</p>"),
      column="penalty", shape="amounts, dates, 缴款码",
      ids=["ID"]),
    P("t031", decision(31,
      "<p>当事人：袁某，男，公民身份号码：{ID_MX}，联系电话：139XXXX5678，住址：示例县温泉镇XX村"
      "XX组。</p>"),
      column="penalty", shape="masks with X"),
    P("t032", "<h1>示例县人民政府</h1><p>索引号：{USCCD}/2022-00524</p>"
      "<p>关于公布2022年第一季度政务公开工作情况的通报</p><p>各乡（镇）人民政府，县政府各部门：</p>"
      "<p>现将有关情况通报如下。请各单位于2022年6月6日前将整改情况报县政府办公室（联系人：冯某，"
      "电话：{MOB}，传真：7520761，邮箱：1767651474@qq.com）。</p>" + FOOTER,
      title="关于公布2022年第一季度政务公开工作情况的通报", shape="notice with office contact"),
    P("t033", decision(33,
      "<p>当事人：蒋某，男，1986年出生，住址：示例县城关镇府前路1号。</p>"
      "<p>投诉举报电话：12315，政务服务便民热线：12345，咨询电话：{LAND}。</p>", TAIL + FOOTER),
      column="penalty", shape="hotlines and footer",
      addrs=["示例县城关镇府前路1号"]),
    P("t034", decision(34,
      "<p>当事人：蔡某，女，身份证号码：{ID}，住址：示例县棋坪镇石桥村3组，"
      "电话：{MOB}{MOB2}。</p>"),
      column="penalty", shape="two mobiles glued: a 22-digit run",
      ids=["ID"], addrs=["示例县棋坪镇石桥村3组"]),
    P("t035", decision(35,
      "<p>当事人：贾某，男，公民身份号码：{ID}，联系电话：{MOB} {MOB2}。</p>"),
      column="penalty", shape="two mobiles, one space",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("t036", decision(36,
      "<p>当事人：丁某，男，1970年出生，户籍地址：示例县大段镇大段村五组，身份证号码：{IDF}。</p>"),
      column="penalty", shape="15-digit ID with label",
      ids=["IDF"], addrs=["示例县大段镇大段村五组"]),
    # ---------------------------------------------------------------- tables in decisions
    P("t037", "<h1>示例县应急管理局行政处罚决定信息公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>身份证号</td><td>住址</td><td>联系电话</td>"
      "<td>处罚内容</td></tr>"
      "<tr><td>1</td><td>张某</td><td>{ID}</td><td>示例县永宁镇城北村三组</td><td>{MOB}</td>"
      "<td>罚款500元</td></tr>"
      "<tr><td>2</td><td>李某</td><td>{ID2_M}</td><td>示例县永宁镇****</td><td>{MOB2_M}</td>"
      "<td>警告</td></tr></table>",
      title="示例县应急管理局行政处罚决定信息公示", column="penalty", shape="table of people",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇城北村三组"]),
    P("t038", "<h1>行政处罚决定书送达公告</h1>"
      "<table><tr><th>当事人</th><th>统一社会信用代码/身份证号</th><th>地址</th><th>文书编号</th></tr>"
      "<tr><td>示例县某某有限公司</td><td>{USCC}</td><td>示例县城关镇工业大道8号</td>"
      "<td>示市监罚〔2022〕38号</td></tr>"
      "<tr><td>黄某</td><td>{ID}</td><td>示例县温泉镇温泉村三组16号</td>"
      "<td>示市监罚〔2022〕39号</td></tr></table>",
      title="行政处罚决定书送达公告", column="penalty", shape="mixed parties table",
      ids=["ID"], addrs=["示例县温泉镇温泉村三组16号"]),
    P("t039", "<h1>示例县交通运输局行政处罚决定书</h1>"
      "<table><tr><td>当事人姓名</td><td>谢某</td><td>性别</td><td>男</td></tr>"
      "<tr><td>身份证号码</td><td>{ID}</td><td>联系电话</td><td>{MOB}</td></tr>"
      "<tr><td>住址</td><td colspan='3'>示例县三都镇三都村五组</td></tr></table>"
      "<p>经查，当事人驾驶赣C·12345号车辆从事非法营运。</p>",
      title="示例县交通运输局行政处罚决定书", column="penalty", shape="key-value table",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇三都村五组"]),
    # ---------------------------------------------------------------- lists
    P("t040", "<h1>永宁镇2022年5月新增最低生活保障对象名单公示</h1>"
      "<p>根据《社会救助暂行办法》有关规定，现将永宁镇2022年5月新增最低生活保障对象名单予以公示。"
      "公示期为7天，如有异议，请向示例县民政局反映。监督电话：{LAND}。</p>"
      "<table><tr><td>序号</td><td>户主姓名</td><td>身份证号</td><td>家庭人口</td>"
      "<td>联系电话</td><td>保障金额（元）</td></tr>"
      "<tr><td>1</td><td>张某某</td><td>{ID_M}</td><td>3</td><td>{MOB}</td><td>860</td></tr>"
      "<tr><td>2</td><td>李某</td><td>{ID2}</td><td>1</td><td>{MOB2_M}</td><td>430</td></tr>"
      "</table>",
      title="永宁镇2022年5月新增最低生活保障对象名单公示", shape="低保 list",
      ids=["ID2"], phones=["MOB"]),
    P("t041", "<h1>示例县2022年耕地地力保护补贴发放名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>一卡通账号</td><td>补贴面积（亩）</td>"
      "<td>补贴金额（元）</td></tr>"
      "<tr><td>1</td><td>王某</td><td>{CARD}</td><td>3.5</td><td>385.00</td></tr>"
      "<tr><td>2</td><td>赵某</td><td>{ACCT}</td><td>2.1</td><td>231.00</td></tr>"
      "<tr><td>3</td><td>钱某</td><td>{CARD2_M}</td><td>4.0</td><td>440.00</td></tr></table>",
      title="示例县2022年耕地地力保护补贴发放名单", shape="subsidy list with accounts",
      banks=["CARD", "ACCT"]),
    P("t042", "<h1>示例县2022年第二批临时救助对象公示</h1>"
      "<table><tr><td>姓名</td><td>性别</td><td>住址</td><td>救助金额</td><td>联系电话</td></tr>"
      "<tr><td>周某</td><td>女</td><td>示例县港口镇港口村二组</td><td>1000</td>"
      "<td>{MOB_S}</td></tr></table>"
      "<p>公示期间，如有异议请与县民政局社会救助股联系，联系人：吴某，联系电话：{MOB2}。</p>",
      title="示例县2022年第二批临时救助对象公示", shape="list, office contact person",
      phones=["MOB"]),
    P("t043", "<h1>各乡镇政务公开工作联络员名单</h1>"
      "<table><tr><td>单位</td><td>姓名</td><td>职务</td><td>联系电话</td></tr>"
      "<tr><td>永宁镇人民政府</td><td>陈某</td><td>党政办主任</td><td>{LAND}</td></tr>"
      "<tr><td>三都镇人民政府</td><td>林某</td><td>党政办副主任</td><td>{LAND2}</td></tr>"
      "</table>",
      title="各乡镇政务公开工作联络员名单", shape="office directory"),
    P("t044", "<h1>示例县2022年度高龄津贴发放花名册</h1>"
      "<table><tr><td>序号</td><td>乡镇</td><td>姓名</td><td>身份证号码</td><td>银行账号</td>"
      "<td>金额</td></tr>"
      "<tr><td>1</td><td>棋坪镇</td><td>刘某</td><td>{ID}</td><td>{CARDL_S}</td><td>1200</td></tr>"
      "<tr><td>2</td><td>棋坪镇</td><td>何某</td><td>{ID2_M}</td><td>{CARD2}</td><td>1200</td></tr>"
      "</table>",
      title="示例县2022年度高龄津贴发放花名册", shape="roster, spaced 19-digit card",
      ids=["ID"], banks=["CARDL", "CARD2"]),
    P("t045", "<h1>2022年示例县城乡居民医疗救助资金发放情况公示</h1>"
      "<p>1．吴某，男，永宁镇城北村三组，身份证号码：{ID_M}，联系电话：{MOB}，救助金额2300元；"
      "</p><p>2．郑某，女，永宁镇西门村一组，身份证号码：{ID2_M}，联系电话：{MOB2_M}，"
      "救助金额1800元。</p><p>监督电话：{LAND}</p>",
      title="2022年示例县城乡居民医疗救助资金发放情况公示", shape="list in running text",
      phones=["MOB"]),
    P("t046", "<h1>2022年度示例县优秀教师拟表彰人选公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>工作单位</td><td>职务</td></tr>"
      "<tr><td>1</td><td>王某</td><td>示例县第一中学</td><td>教师</td></tr></table>"
      "<p>公示期间如有异议，请向县教育体育局人事股反映，联系电话：{LAND}，{MOB}。</p>",
      title="2022年度示例县优秀教师拟表彰人选公示", shape="office mobile at the end"),
    # ---------------------------------------------------------------- attachments
    P("t047", "示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2022〕47号\n"
      "当事人：蒋某\t性别：男\n身份证号码：{ID}\t联系电话：{MOB}\n"
      "住址：示例县城关镇府前社区解放路5号2单元\n"
      "经查，当事人未取得食品经营许可从事食品经营活动。\n",
      kind="attachment", title="示市监罚〔2022〕47号", shape="docx text with tabs",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇府前社区解放路5号2单元"]),
    P("t048", "序号\t姓名\t身份证号码\t联系电话\t银行卡号\n"
      "1\t沈某\t{ID}\t{MOB}\t{CARD}\n2\t韩某\t{ID2}\t{MOB2}\t{CARD2}\n",
      kind="attachment", title="示例县2022年春节困难群众慰问金发放名单", shape="xlsx-like list",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"], banks=["CARD", "CARD2"]),
    P("t049", "姓名身份证号码联系电话\n杨某{ID}{MOB}\n",
      kind="attachment", title="行政处罚决定书", shape="cells glued by text_content",
      ids=["ID"], phones=["MOB"]),
    P("t050", "示例县自然资源局\n行 政 处 罚 决 定 书\n示自然资罚〔2022〕3号\n"
      "当事人：朱某，男，1966年4月出生，公民身份号码：{ID}，住址：示例县温汤镇温汤村一组。\n"
      "罚款缴至：示例县财政局非税收入汇缴结算户，开户行：中国银行示例县支行，账号：{OACCT}。\n"
      "本机关地址：示例县城关镇府前路1号，邮编：336099，电话：{LAND}。\n",
      kind="attachment", shape="spaced heading, office account and landline",
      ids=["ID"], addrs=["示例县温汤镇温汤村一组"]),
    # ---------------------------------------------------------------- other pages
    P("t051", "<h1>县红十字会关于接受社会捐赠的公告</h1>"
      "<p>户名：示例县红十字会，开户行：中国农业银行示例县支行，账号：{OACCT}。"
      "联系电话：{LAND}。</p>",
      title="县红十字会关于接受社会捐赠的公告", shape="organisation's donation account"),
    P("t052", "<h1>关于张某信访事项的答复</h1>"
      "<p>张某（身份证号码：{ID}，联系电话：{MOB}）：你于2022年4月来信反映的问题收悉。</p>",
      title="关于张某信访事项的答复", shape="letter reply (not a list or decision)",
      ids=["ID"]),
    P("t053", "<h1>示例县2022年公开招聘教师拟聘用人员名单公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>准考证号</td><td>岗位代码</td>"
      "</tr><tr><td>1</td><td>徐某</td><td>女</td><td>2022051213912</td><td>1001</td></tr>"
      "<tr><td>2</td><td>马某</td><td>男</td><td>{ORDER}</td><td>1002</td></tr></table>",
      title="示例县2022年公开招聘教师拟聘用人员名单公示", shape="准考证号 look-alikes"),
    P("t054", decision(54,
      "<p>当事人：曾某，男，汉族，1982年5月出生，公民身份号码：{ID}，联系电话：{LAND}，"
      "住址：示例县大塅镇大塅村二组。</p>"),
      column="penalty", shape="person's landline",
      ids=["ID"], phones=["LAND"], addrs=["示例县大塅镇大塅村二组"]),
    P("t055", decision(55,
      "<p>当事人：示例县某某物流有限公司，统一社会信用代码：{USCC}，住所：示例县城关镇工业园，"
      "联系人：范某，联系电话：{MOB}。</p>"),
      column="penalty", shape="company's contact person"),
    P("t056", decision(56,
      "<p>当事人：邹某，男，1993年出生，住址：示例县永宁镇城北村三组12号。</p>"
      "<p>当事人违法所得人民币3600元已通过其本人银行账户（开户行：中国邮政储蓄银行示例县支行，"
      "账号：{ACCT}）退还。</p>"),
      column="penalty", shape="person's account in the facts",
      banks=["ACCT"], addrs=["示例县永宁镇城北村三组12号"]),
    P("t057", decision(57,
      "<p>当事人：史某，男，身份证号码：{ID}。</p>"
      "<p>当事人使用尾号为{CARD_M}的银行卡收取货款共计8600元。</p>"),
      column="penalty", shape="masked card",
      ids=["ID"]),
    P("t058", decision(58,
      "<p>当事人：方某，女，出生日期：1987年7月7日，身份证号码：{IDX_LOW}，居住地：示例县温泉镇"
      "温泉村六组，电话号码：{MOB}。</p>"),
      column="penalty", shape="check character as lower-case x; 居住地",
      ids=["IDX"], phones=["MOB"], addrs=["示例县温泉镇温泉村六组"]),
    P("t059", decision(59,
      "<p>当事人：石某，男，1984年出生，联系电话：{MOB_BR}。</p>"),
      column="penalty", shape="line break inside a mobile", phones=["MOB"]),
    P("t060", decision(60,
      "<p>当事人：龙某，男，公民身份号码：{ID_ZW}，住址：示例县棋坪镇上庄村7组，"
      "联系电话：{MOB_NB}。</p>"),
      column="penalty", shape="zero-width and U+3000 inside numbers", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["示例县棋坪镇上庄村7组"]),
    # ---------------------------------------------------------------- more banks
    P("t061", decision(61,
      "<p>当事人：钟某，男，汉族，1979年出生，公民身份号码：{ID}，住址：示例县大段镇古桥村4组。"
      "</p><p>经查，当事人以其本人名下储蓄卡（卡号：{CARD_S}）收取非法集资款共计12万元。</p>"),
      column="penalty", shape="储蓄卡 spaced in the facts",
      ids=["ID"], banks=["CARD"], addrs=["示例县大段镇古桥村4组"]),
    P("t062", decision(62,
      "<p>当事人：熊某，女，身份证号码：{ID_M}。</p>"
      "<p>经查，当事人通过尾号7894以外的银行卡{CARD}向他人转账，累计金额5万元。</p>"),
      column="penalty", shape="unlabelled card in the facts",
      banks=["CARD"]),
    P("t063", decision(63,
      "<p>当事人：魏某，男，公民身份号码：{ID_M}。</p>"
      "<p>罚款缴纳方式：收款人：国家金库示例县支库，开户银行：中国人民银行示例县支行，"
      "账号：{OACCT}，请在备注栏注明决定书文号。</p>"),
      column="penalty", shape="国库 account"),
    P("t064", decision(64,
      "<p>当事人：示例县某某建筑劳务有限公司，统一社会信用代码：{USCC}，法定代表人：段某。</p>"
      "<p>当事人拖欠农民工工资，经责令改正后已通过其基本存款账户（开户行：中国工商银行示例县支行，"
      "账号：{ACCT_S}）支付。</p>"),
      column="penalty", shape="company's account, spaced"),
    P("t065", "<h1>示例县2022年度城乡居民基本养老保险待遇发放名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>社保卡号</td><td>月发放金额（元）</td></tr>"
      "<tr><td>1</td><td>黎某</td><td>{CARD}</td><td>138</td></tr>"
      "<tr><td>2</td><td>殷某</td><td>{CARD2_M}</td><td>138</td></tr></table>",
      title="示例县2022年度城乡居民基本养老保险待遇发放名单", shape="社保卡号 column",
      banks=["CARD"]),
    P("t066", "<h1>关于退还2021年多缴城乡居民医疗保险费的公示</h1>"
      "<p>经核实，下列人员多缴费用予以退还，退款将转入本人提供的银行账户：</p>"
      "<table><tr><td>姓名</td><td>开户银行</td><td>银行账号</td><td>退还金额</td></tr>"
      "<tr><td>毛某</td><td>农商银行</td><td>{ACCT}</td><td>320</td></tr>"
      "<tr><td>江某</td><td>邮储银行</td><td>{CARDL}</td><td>320</td></tr></table>"
      "<p>联系人：示例县医疗保障局 吕某 0795-8127788</p>",
      title="关于退还2021年多缴城乡居民医疗保险费的公示", shape="refund list, accounts",
      banks=["ACCT", "CARDL"]),
    P("t067", decision(67,
      "<p>当事人：谭某，男，1990年出生，住址：示例县城关镇南门社区和平路22号。</p>"
      "<p>户名：谭某，开户行：中国建设银行示例县支行，账号：{ACCT}。</p>"),
      column="penalty", shape="户名 a person",
      banks=["ACCT"], addrs=["示例县城关镇南门社区和平路22号"]),
    P("t068", decision(68,
      "<p>当事人：示例县某某家具厂，经营者：贺某，统一社会信用代码：{USCC}。</p>"
      "<p>罚款由当事人通过经营者贺某个人银行卡（{CARD_FW}）缴纳。</p>"),
      column="penalty", shape="full-width card of a 个体户 operator",
      banks=["CARD"]),
    P("t069", decision(69,
      "<p>当事人：顾某，男，身份证号码：{ID}。</p>"
      "<p>本案没收的违法所得已上缴国库，缴款书编号：{ORDER}，票据号码：{ACCTS}。</p>"),
      column="penalty", shape="缴款书编号 and 票据号码",
      ids=["ID"]),
    P("t070", "<h1>示例县慈善总会2022年“99公益日”捐赠公示</h1>"
      "<p>感谢社会各界爱心人士的捐赠。捐赠账户：户名：示例县慈善总会，开户行：江西银行示例县支行，"
      "账号：{OACCT}。</p><p>捐赠人：刘某 500元，王某 300元。</p>",
      title="示例县慈善总会2022年“99公益日”捐赠公示", shape="charity's account in a 公示"),
    # ---------------------------------------------------------------- more phones
    P("t071", decision(71,
      "<p>当事人：严某，女，1958年出生，住址：示例县港口镇港口村三组，联系电话：{LAND_P}。"
      "</p>"),
      column="penalty", shape="landline with area code in brackets",
      phones=["LAND"], addrs=["示例县港口镇港口村三组"]),
    P("t072", decision(72,
      "<p>当事人：华某，男，公民身份号码：{ID}，联系方式：{LOCAL}。</p>"),
      column="penalty", shape="local landline number",
      ids=["ID"], phones=["LOCAL"]),
    P("t073", decision(73,
      "<p>当事人：示例县某某超市，负责人：金某，联系电话：{LAND}，手机：{MOB}。</p>"),
      column="penalty", shape="business landline, manager's mobile",
      phones=["MOB"]),
    P("t074", decision(74,
      "<p>当事人：雷某，男，身份证号码：{ID_M}。</p>"
      "<p>本案承办人：程某，联系电话：{MOB}。值班电话：{LAND}。</p>"),
      column="penalty", shape="the case officer's mobile"),
    P("t075", decision(75,
      "<p>当事人：姜某，男，身份证号码：{ID}，电话：{MOB}。</p>"
      "<p>当事人的委托代理人：汪某，示例县某某律师事务所律师，联系电话：{MOB2}。</p>"),
      column="penalty", shape="agent's mobile",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("t076", "<h1>示例县2022年度农村危房改造补助对象公示</h1>"
      "<table><tr><td>乡镇</td><td>村</td><td>户主</td><td>家庭人口</td><td>联系电话</td>"
      "<td>补助金额</td></tr>"
      "<tr><td>三都镇</td><td>东岭村</td><td>洪某</td><td>4</td><td>{MOB}</td><td>20000</td></tr>"
      "<tr><td>三都镇</td><td>西岭村</td><td>甘某</td><td>2</td><td>{LAND}</td><td>15000</td></tr>"
      "</table><p>监督举报电话：{LAND2}</p>",
      title="示例县2022年度农村危房改造补助对象公示", shape="list with a landline row",
      phones=["MOB", "LAND"]),
    P("t077", "<h1>示例县便民服务电话一览表</h1>"
      "<table><tr><td>单位名称</td><td>服务电话</td></tr>"
      "<tr><td>示例县人民医院</td><td>{LAND}</td></tr><tr><td>示例县供电公司</td><td>95598</td></tr>"
      "<tr><td>示例县自来水公司</td><td>{LAND2}</td></tr></table>",
      title="示例县便民服务电话一览表", shape="public service numbers"),
    P("t078", decision(78,
      "<p>当事人：聂某，男，1988年出生，身份证号码：{ID}，联系电话：400-823-5566（公司客服）。</p>"),
      column="penalty", shape="400 number",
      ids=["ID"]),
    P("t079", decision(79,
      "<p>当事人：尹某，男，身份证号码：{ID}，手机号：{MOB}X。</p>"
      "<p>当事人微信号：wx{MOB2}，QQ号：{ACCTS}。</p>"),
      column="penalty", shape="mobile glued to letters",
      ids=["ID"]),
    P("t080", decision(80,
      "<p>当事人：覃某，女，身份证号码：{ID}，住址：示例县永宁镇，电话：{MOB}。</p>"
      "<p>2022年4月13日13时12分，执法人员在现场检查时发现…共计13912件商品。</p>"),
      column="penalty", shape="times and counts",
      ids=["ID"], phones=["MOB"]),
    # ---------------------------------------------------------------- more addresses
    P("t081", decision(81,
      "<p>当事人：孔某，男，1975年出生，身份证号码：{ID_M}，户籍地：示例县棋坪镇棋坪村，"
      "经常居住地：广东省东莞市长安镇乌沙社区兴发南路118号。</p>"),
      column="penalty", shape="户籍地 at village level, 经常居住地 detailed",
      addrs=["广东省东莞市长安镇乌沙社区兴发南路118号"]),
    P("t082", decision(82,
      "<p>当事人：示例县某某养殖专业合作社，统一社会信用代码：{USCC}，住所：示例县港口镇港口村五组，"
      "法定代表人：潘某。</p><p>违法地点：示例县港口镇港口村五组8号。</p>"),
      column="penalty", shape="合作社 domicile, offence place"),
    P("t083", decision(83,
      "<p>当事人：葛某，男，汉族，身份证号码：{ID}，住址：详细地址已隐去。</p>"
      "<p>案发地点：示例县城关镇解放路18号。经营地址：示例县城关镇解放路20号。</p>"),
      column="penalty", shape="address hidden, public places",
      ids=["ID"]),
    P("t084", "<h1>示例县市场监督管理局行政处罚决定书送达公告</h1>"
      "<p>葛某（身份证号码：{ID_M}）：</p><p>因采用其他方式无法送达，本局依法向你公告送达"
      "《行政处罚决定书》（示市监罚〔2022〕84号）。你的送达地址为示例县三都镇三都村二组9号。"
      "</p>",
      title="行政处罚决定书送达公告", column="penalty", shape="送达地址 in a 公告",
      addrs=["示例县三都镇三都村二组9号"]),
    P("t085", "<h1>示例县市场监督管理局行政处罚信息公示</h1>"
      "<table><tr><td>企业名称</td><td>统一社会信用代码</td><td>地址</td><td>处罚结果</td></tr>"
      "<tr><td>示例县某某食品有限公司</td><td>{USCC}</td><td>示例县工业园区创业路6号</td>"
      "<td>罚款1万元</td></tr></table>",
      title="示例县市场监督管理局行政处罚信息公示", column="penalty", shape="companies table"),
    P("t086", decision(86,
      "<p>当事人：单某，男，1981年出生，住址：示例县温泉镇温泉村十一组。</p>"),
      column="penalty", shape="Chinese numeral group", enc="gbk",
      addrs=["示例县温泉镇温泉村十一组"]),
    P("t087", decision(87,
      "<p>当事人：柴某，女，身份证号码：{ID}，住址：示例县某某镇某某村3组。</p>"),
      column="penalty", shape="address masked with 某",
      ids=["ID"]),
    P("t088", decision(88,
      "<p>当事人：苏某，男，身份证号码：{ID}，住址：示例县大段镇大段村（略）。</p>"
      "<p>法定代表人：无。</p>"),
      column="penalty", shape="address cut with 略",
      ids=["ID"]),
    P("t089", decision(89,
      "<p>当事人：阎某，男，1966年生，家庭地址：示例县带溪乡凤凰村七组19号，联系电话：{MOB}。</p>"),
      column="penalty", shape="家庭地址",
      phones=["MOB"], addrs=["示例县带溪乡凤凰村七组19号"]),
    P("t090", decision(90,
      "<p>当事人：示例县某某汽车销售服务有限公司</p><p>住所：示例县城关镇迎宾大道666号</p>"
      "<p>法定代表人：鲍某</p><p>住址：示例县城关镇迎宾大道668号</p>"),
      column="penalty", shape="住址 after a company's representative"),
    # ---------------------------------------------------------------- more IDs and mixes
    P("t091", decision(91,
      "<p>当事人：韦某，男，公民身份号码：{ID_D}，联系电话：{MOB}。</p>"),
      column="penalty", shape="ID with dashes",
      ids=["ID"], phones=["MOB"]),
    P("t092", "<h1>示例县2022年困难残疾人生活补贴发放名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>残疾证号</td><td>联系电话</td></tr>"
      "<tr><td>1</td><td>卢某</td><td>{ID}11</td><td>{MOB}</td></tr></table>",
      title="示例县2022年困难残疾人生活补贴发放名单", shape="残疾证号 = ID + 2 digits",
      phones=["MOB"]),
    P("t093", "示例县林业局\n林业行政处罚决定书\n示林罚决字〔2022〕第12号\n"
      "被处罚人：莫某\t性别：男\t年龄：45\n身份证号码：{ID}\n"
      "住址：示例县排埠镇排埠村9组\t电话：{MOB}\n"
      "经查，被处罚人于2022年3月在示例县排埠镇排埠村山场滥伐林木12株。\n",
      kind="attachment", shape="被处罚人 attachment",
      ids=["ID"], phones=["MOB"], addrs=["示例县排埠镇排埠村9组"]),
    P("t094", decision(94,
      "<p>当事人：戴某，男，身份证号码：{ID}，联系电话：{MOB}、{MOB2}。</p>"),
      column="penalty", shape="two mobiles after one label",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("t095", decision(95,
      "<p>当事人：伍某，女，身份证号码：{ID}，邮编：336099，住址：示例县温汤镇温汤村2组。</p>"),
      column="penalty", shape="邮编 before address",
      ids=["ID"], addrs=["示例县温汤镇温汤村2组"]),
    P("t096", "<h1>示例县2022年第一批次脱贫户小额信贷贴息名单</h1>"
      "<table><tr><td>序号</td><td>借款人</td><td>身份证号码</td><td>贷款账号</td><td>贴息金额</td>"
      "</tr><tr><td>1</td><td>侯某</td><td>{ID_M}</td><td>{ACCT}</td><td>450.00</td></tr>"
      "</table>",
      title="示例县2022年第一批次脱贫户小额信贷贴息名单", shape="借款人 list, loan account",
      banks=["ACCT"]),
    P("t097", decision(97,
      "<p>当事人：邵某，男，身份证号码：{ID}。</p>" + "<p>本局于2022年5月12日作出处罚决定。</p>",
      TAIL + FOOTER),
      column="penalty", shape="footer landline and address",
      ids=["ID"]),
    P("t098", decision(98,
      "<p>当事人：万某，男，身份证号码：{ID}，联系电话：{MOB_M}，"
      "银行卡号：{CARD_M}，住址：示例县永宁镇****。</p>"),
      column="penalty", shape="everything masked but the ID",
      ids=["ID"]),
    P("t099", decision(99,
      "<p>当事人：薛某，男，身份证号码：{ID}，住址：示例县三都镇三都村5组，电话：{MOB_86}。</p>"),
      column="penalty", shape="GBK, +86", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇三都村5组"]),
    P("t100", "<h1>示例县2022年5月城乡居民最低生活保障金发放明细</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>身份证号码</td><td>银行卡号</td><td>联系电话</td>"
      "<td>金额</td></tr>"
      "<tr><td>1</td><td>骆某</td><td>{ID_M}</td><td>{CARD_M}</td><td>{MOB_M}</td><td>620</td></tr>"
      "<tr><td>2</td><td>乔某</td><td>{ID2_M}</td><td>{CARD2_M}</td><td>{MOB2_M}</td><td>620</td>"
      "</tr></table>",
      title="示例县2022年5月城乡居民最低生活保障金发放明细", shape="fully masked list"),
]
