"""The fourth held-out passages: written after the detectors were frozen (no fix followed
them before their first run, reported as it came out in benchmarks/README.md). Shapes the
other parts lack: other provinces' templates and wording, 当事人基本情况 blocks, 送达回证,
听证告知书, 双随机抽查结果 and other 公示名单, tables headed 户籍地址 / 联系方式 / 银行卡号 /
开户账号 / 存折号 / 一卡通账号, pdf-like line breaks inside labels, GBK pages, half full-width
numbers, ``<font>``/``<b>`` inside numbers, masks with ● and x, the office's 国库 and 非税收入
accounts, hotlines, 执法证号, 决定书编号, 注册号 and 15-digit IDs; labelled by the rules'
definitions (rules.md and the issue), not by what the detectors do.
"""

from __future__ import annotations

from passage import P

TAIL = ("<p>当事人如不服本处罚决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内"
        "依法向人民法院提起行政诉讼。</p><p>示例县某某局</p><p>2024年3月18日</p>"
        "<p>（本机关地址：示例县城关镇府前路1号，邮编：336999，咨询电话：0795-12345）</p>")


def zj(agency: str, number: str) -> str:
    """A Zhejiang-style heading: agency, title and 文号 on one line each."""
    return f"<p align='center'>{agency}</p><p align='center'>行政处罚决定书</p><p>{number}</p>"


PASSAGES = [
    # ------------------------------------------------ decisions: other templates and wording
    P("h301", zj("示例县市场监督管理局", "示市监罚处〔2024〕31号") +
      "<p><b>一、当事人基本情况</b></p><p>当事人姓名 章某 性别 男 出生年月 1979年5月 "
      "公民身份号码 {ID} 住址 示例县双溪镇上坞村12组18号 联系电话 {MOB}</p>"
      "<p><b>二、违法事实</b></p><p>2024年1月12日，执法人员对当事人经营场所进行检查……</p>" + TAIL,
      column="penalty", shape="浙江 当事人基本情况, labels without colons",
      ids=["ID"], phones=["MOB"], addrs=["示例县双溪镇上坞村12组18号"]),
    P("h302", zj("示例县市场监督管理局", "示市监处罚〔2024〕32号") +
      "<p>当事人：冼某（公民身份号码：{ID}），住所：示例县龙江镇新联村委会新围村45号，"
      "手提电话：{MOB}。</p><p>经查……</p>" + TAIL,
      column="penalty", shape="广东 wording: 住所 of a person, 手提电话",
      ids=["ID"], phones=["MOB"], addrs=["示例县龙江镇新联村委会新围村45号"]),
    P("h303", "<p>示例县公安局</p><h2>行政处罚决定书</h2><p>示公（交）行罚决字〔2024〕0088号</p>"
      "<p>被处罚人：蒲某，男，汉族，1983年7月生，身份证号码：{ID}，住四川省示例县金鸡乡"
      "石桥村五组21号。</p><p>现查明……</p>",
      column="penalty", shape="四川 wording: 住 + province, no colon",
      ids=["ID"], addrs=["四川省示例县金鸡乡石桥村五组21号"]),
    P("h304", "<table><tr><td colspan='4'>行政处罚决定书</td></tr>"
      "<tr><td>被处罚人姓名</td><td>滕某</td><td>性别</td><td>女</td></tr>"
      "<tr><td>身份证号</td><td>{ID}</td><td>联系方式</td><td>{MOB}</td></tr>"
      "<tr><td>户籍地址</td><td colspan='3'>示例县黄桥镇南街社区团结路7号</td></tr>"
      "<tr><td>开户账号</td><td colspan='3'>{ACCT}（示例农商银行黄桥支行，户名：滕某）</td></tr>"
      "</table>",
      column="penalty", shape="江苏 four-column form: 户籍地址, 联系方式, 开户账号",
      ids=["ID"], phones=["MOB"], banks=["ACCT"], addrs=["示例县黄桥镇南街社区团结路7号"]),
    P("h305", "<p>示例县综合行政执法局</p><h2>行政处罚决定书</h2><p>示综执罚决字〔2024〕第17号</p>"
      "<p>当事人：覃某，男，壮族，身份证号码：{ID}，住址：示例县那坡镇那弄村那弄屯15号，"
      "电话：{MOB_D}。</p>",
      column="penalty", shape="广西 屯, dashed mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县那坡镇那弄村那弄屯15号"]),
    P("h306", "<p>示例县农业农村局</p><h2>行政处罚决定书</h2><p>示农（渔）罚〔2024〕4号</p>"
      "<p>当事人：阿某，男，维吾尔族，身份证号码：{ID}，家庭住址：示例县团结镇红星村三队，"
      "联系电话：{MOB}。</p>",
      column="penalty", shape="新疆 生产队: 村 + 队 with a numeral",
      ids=["ID"], phones=["MOB"], addrs=["示例县团结镇红星村三队"]),
    P("h307", zj("示例县自然资源局", "示自然资罚〔2024〕6号") +
      "<p>当事人：邝某，男，身份证号码：{ID}，暂住地：示例县城关镇桂花苑小区3幢1单元201室，"
      "户籍地：示例县沙田乡沙田村。</p>",
      column="penalty", shape="暂住地 detailed, 户籍地 at village level",
      ids=["ID"], addrs=["示例县城关镇桂花苑小区3幢1单元201室"]),
    P("h308", zj("示例县市场监督管理局", "示市监罚处〔2024〕33号") +
      "<p>当事人：示例县某某贸易有限公司，统一社会信用代码：{USCCD}，住所：示例县城关镇工业大道"
      "88号，法定代表人：鄢某，身份证号码：{ID}，手机：{MOB}，住址：示例县城关镇紫薇路6号"
      "2栋502室。</p><p>公司电话：{LAND}，开户行：示例农商银行，账号：{ACCT}。</p>",
      column="penalty", shape="company decision: the representative's ID, mobile and home",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇紫薇路6号2栋502室"]),
    P("h309", zj("示例县市场监督管理局", "示市监罚处〔2024〕34号") +
      "<p>当事人：殳某，女，身份证号码：{ID_HALF}，联系电话：{MOB_HALF}。</p>",
      column="penalty", shape="numbers half full-width", enc="gbk",
      ids=["ID"], phones=["MOB"]),
    P("h310", zj("示例县市场监督管理局", "示市监罚处〔2024〕35号") +
      "<p>当事人：仉某，男，身份证号码：{ID_FONT}，联系电话：{MOB_FONT}，"
      "住址：示例县石门镇石门村<font color='#333'>7组</font>3号。</p>",
      column="penalty", shape="<font> and <b> inside numbers and the address",
      ids=["ID"], phones=["MOB"], addrs=["示例县石门镇石门村7组3号"]),
    P("h311", zj("示例县文化广电旅游局", "示文旅罚〔2024〕2号") +
      "<p>当事人：示例县某某网吧（个体工商户），注册号：{IDF}，经营者：厍某，"
      "身份证号：{IDF2}，住址：示例县城关镇新华街41号，联系电话：{MOB}。</p>",
      column="penalty", shape="注册号 15 digits beside an old 15-digit ID",
      ids=["IDF2"], phones=["MOB"], addrs=["示例县城关镇新华街41号"]),
    P("h312", "<p>示例县公安局交通警察大队</p><h2>公安交通管理简易程序处罚决定书</h2>"
      "<p>决定书编号：360999230512345</p><p>被处罚人：宓某 驾驶证号：{ID} 档案编号：360900123456"
      " 准驾车型：C1 联系方式：{MOB}</p><p>车辆牌号：赣C8X921 违法时间：2024年02月12日08时30分"
      " 违法地点：示例县G320国道1328公里处</p><p>执勤民警：徐某 警号：013572</p>",
      column="penalty", shape="交警 简易程序: 决定书编号 that reads as a 15-digit ID",
      ids=["ID"], phones=["MOB"]),
    P("h313", zj("示例县卫生健康委员会", "示卫职罚〔2024〕3号") +
      "<p>当事人：糜某，性别：男，出生日期：1972年3月8日，身份证号码：{IDX_LOW}，"
      "家庭电话：{LAND_P}，住址：示例县大塘镇大塘村委会上屋组8号。</p>"
      "<p>执法人员：周某（执法证号：{CERT}）、吴某（执法证号：{CERT2}）。</p>" + TAIL,
      column="penalty", shape="家庭电话 landline in brackets, 执法证号 like mobiles",
      ids=["IDX"], phones=["LAND"], addrs=["示例县大塘镇大塘村委会上屋组8号"]),
    P("h314", zj("示例县生态环境局", "示环罚〔2024〕7号") +
      "<p>当事人：示例县某某砖厂，负责人：訾某（身份证号码：{ID}，手机：{MOB}／{MOB2}）。</p>"
      "<p>我局执法人员饶某、邹某（行政执法证号分别为{CERT}、{CERT2}）于2024年1月9日"
      "对该厂进行现场检查。</p><p>举报电话：12369</p>",
      column="penalty", shape="two mobiles with a full-width slash, 证号分别为",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("h315", zj("示例县市场监督管理局", "示市监罚处〔2024〕36号") +
      "<p>当事人：佘某，男，身份证号码：{ID}，联系电话：{MOB}（本人）、{MOB2}（其妻）。</p>"
      "<p>经查，当事人通过其本人名下银行卡{CARD}收取货款共计3.2万元。</p>",
      column="penalty", shape="the wife's mobile, a card in the facts without a label",
      ids=["ID"], phones=["MOB", "MOB2"], banks=["CARD"]),
    P("h316", zj("示例县市场监督管理局", "示市监罚处〔2024〕37号") +
      "<p>当事人：蔺某，男，身份证号码：{ID}，手机：+86-{MOB}，（+86）{MOB2}。</p>",
      column="penalty", shape="+86- and (+86) prefixes",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("h317", zj("示例县市场监督管理局", "示市监罚处〔2024〕38号") +
      "<p>当事人：郜某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>当事人应当自收到本决定书之日起十五日内，将罚款缴至：收款人：示例县财政局非税收入"
      "管理局，开户银行：中国工商银行示例县支行，账号：{OACCT}。</p>"
      "<p>依据《中华人民共和国行政处罚法》第七十二条，对当事人退还违法所得，"
      "退款账户：户名：郜某，开户行：示例县农村信用合作联社，账号：{ACCTS}。</p>",
      column="penalty", shape="非税收入 account beside the party's own refund account",
      ids=["ID"], phones=["MOB"], banks=["ACCTS"]),
    P("h318", zj("示例县市场监督管理局", "示市监罚处〔2024〕39号") +
      "<p>当事人：侯某，女，身份证号码：{ID}。</p>"
      "<p>罚没款请缴入：国家金库示例县支库，账号：{OACCT}；或通过“赣服通”扫码缴纳，"
      "缴款码：{ORDER}。交易流水号：{ORDER2}。</p>",
      column="penalty", shape="国家金库 account, 缴款码 and 流水号 that pass Luhn",
      ids=["ID"]),
    P("h319", zj("示例县市场监督管理局", "示市监罚处〔2024〕40号") +
      "<p>当事人：奚某，男，身份证号码：360999●●●●●●●●1234，住址：示例县城关镇●●路●●号，"
      "联系电话：139●●●●5678，银行卡号：6222●●●●●●●●1234。</p>"
      "<p>另查明，其合伙人单某（身份证号：360999xxxxxxxx5678，电话：138xxxx1234）。</p>",
      column="penalty", shape="masks with ● and lower-case x"),
    P("h320", zj("示例县市场监督管理局", "示市监罚处〔2024〕41号") +
      "<p>当事人：米某，男，身份证号码：{ID}。</p><p>经查，2024年1月至2月，当事人通过快递"
      "（运单号：77{MOB}01）向消费者销售假冒商品，商品条码：6901234567892，"
      "货值金额13800.00元。</p>",
      column="penalty", shape="a mobile inside a waybill number",
      ids=["ID"]),
    P("h321", zj("示例县城市管理局", "示城管罚〔2024〕12号") +
      "<p>当事人：单某，男，身份证号：{ID}，住址：示例县城关镇人民路（幸福小区），"
      "联系电话：{MOB}。</p><p>违法地点：示例县城关镇人民路58号门前。</p>",
      column="penalty", shape="an address without a house number, 违法地点 with one",
      ids=["ID"], phones=["MOB"]),
    P("h322", zj("示例县市场监督管理局", "示市监罚处〔2024〕42号") +
      "<p>当事人：上官某，男，身份证号码：{ID}，住址：上海市示例区长乐路128弄5号601室，"
      "联系电话：{LANDB}（宅）。</p>",
      column="penalty", shape="弄 address, a home landline marked 宅",
      ids=["ID"], phones=["LANDB"], addrs=["上海市示例区长乐路128弄5号601室"]),
    P("h323", zj("示例县税务局", "示税罚〔2024〕9号") +
      "<p>纳税人名称：示例县城关镇某某便利店（个体工商户）</p><p>纳税人识别号：{USCC}</p>"
      "<p>业户负责人：左某，居民身份证号码：{ID}，联系电话：{MOB}</p>"
      "<p>生产经营地址：示例县城关镇解放路32号</p><p>纳税服务热线：12366</p>",
      column="penalty", shape="税务 业户负责人, 生产经营地址",
      ids=["ID"], phones=["MOB"]),
    # ------------------------------------------------ 送达回证, 听证告知书, 告知书
    P("h324", "<h1>送达回证</h1><table>"
      "<tr><td>送达文书名称及文号</td><td>行政处罚决定书 示市监罚处〔2024〕43号</td></tr>"
      "<tr><td>受送达人</td><td>岑某</td></tr>"
      "<tr><td>送达地址</td><td>示例县东山镇东山村委会下坑组26号</td></tr>"
      "<tr><td>受送达人联系电话</td><td>{MOB}</td></tr>"
      "<tr><td>送达人</td><td>黄某（执法证号：{CERT}）、李某（执法证号：{CERT2}）</td></tr>"
      "<tr><td>送达方式</td><td>直接送达</td></tr><tr><td>收件人签名</td><td>岑某</td></tr>"
      "</table>",
      title="送达回证", column="penalty", shape="送达回证 table",
      phones=["MOB"], addrs=["示例县东山镇东山村委会下坑组26号"]),
    P("h325", "<h1>行政处罚听证告知书</h1><p>示市监听告〔2024〕5号</p>"
      "<p>殷某（身份证号码：{ID}，住址：示例县河口镇河口村6组33号，联系电话：{MOB}）：</p>"
      "<p>本局拟对你作出罚款人民币20000元的行政处罚。根据《中华人民共和国行政处罚法》"
      "第六十三条、第六十四条的规定，你有要求听证的权利。如要求听证，应当在收到本告知书之日起"
      "五日内向本局提出。</p><p>联系人：刘某，联系电话：{LAND}，{MOB2}（办案人员）</p>",
      title="行政处罚听证告知书", column="penalty", shape="听证告知书, the officer's mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县河口镇河口村6组33号"]),
    P("h326", "<h1>行政处罚事先告知书</h1><p>示应急告〔2024〕3号</p>"
      "<p>示例县某某烟花爆竹经营部：</p><p>（经营者：钮某，身份证号码：{ID}，"
      "经营场所：示例县城关镇滨江路9号）</p><p>你单位涉嫌……现将拟作出的行政处罚告知如下……</p>"
      "<p>本机关联系人：唐某，联系电话：{MOB}（执法证号：{CERT}）</p>",
      title="行政处罚事先告知书", column="penalty", shape="事先告知书, the officer's mobile",
      ids=["ID"]),
    P("h327", "<h1>行政处罚决定书送达公告</h1>"
      "<p>汤某（公民身份号码：{ID}，户籍地址：示例县上栗镇金山村三组11号）：</p>"
      "<p>因你下落不明，本局无法直接送达。现依法向你公告送达示市监罚处〔2024〕44号"
      "《行政处罚决定书》。自公告之日起经过三十日，即视为送达。</p>"
      "<p>联系电话：{LAND}</p>",
      title="行政处罚决定书送达公告", column="penalty", shape="公告送达 with 户籍地址",
      ids=["ID"], addrs=["示例县上栗镇金山村三组11号"]),
    # ------------------------------------------------ lists
    P("h328", "<h1>示例县市场监督管理局2024年第一批“双随机、一公开”抽查结果公示</h1>"
      "<table><tr><td>序号</td><td>检查对象名称</td><td>统一社会信用代码（注册号）</td>"
      "<td>抽查事项</td><td>检查结果</td><td>执法人员及证号</td></tr>"
      "<tr><td>1</td><td>示例县某某建材有限公司</td><td>{USCC}</td><td>年报公示信息</td>"
      "<td>未发现问题</td><td>胡某{CERT}</td></tr>"
      "<tr><td>2</td><td>示例县城关镇某某小吃店</td><td>{IDF}</td><td>食品安全</td>"
      "<td>未发现问题</td><td>何某{CERT2}</td></tr></table>",
      title="双随机一公开抽查结果公示", shape="双随机 results: 注册号 and officers' 证号"),
    P("h329", "<h1>示例县2024年第一季度“双随机”抽查个体工商户结果公示</h1>"
      "<table><tr><td>序号</td><td>个体户名称</td><td>经营者</td><td>联系方式</td>"
      "<td>经营场所</td><td>抽查结果</td></tr>"
      "<tr><td>1</td><td>示例县某某理发店</td><td>阙某</td><td>{MOB}</td>"
      "<td>示例县城关镇南门路4号</td><td>通过登记的住所（经营场所）无法联系</td></tr>"
      "<tr><td>2</td><td>示例县某某五金店</td><td>巫某</td><td>{MOB2_M}</td>"
      "<td>示例县城关镇北门路17号</td><td>未发现问题</td></tr></table>",
      title="个体工商户抽查结果公示", shape="个体户 results with the operators' mobiles",
      phones=["MOB"]),
    P("h330", "<h1>示例县2024年度城乡居民基本医疗保险财政补助对象名单公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>公民身份号码</td><td>户籍地址</td>"
      "<td>联系方式</td><td>补助类别</td></tr>"
      "<tr><td>1</td><td>甄某</td><td>{ID}</td><td>示例县芦溪镇芦溪村委会5组</td>"
      "<td>{MOB}</td><td>特困人员</td></tr>"
      "<tr><td>2</td><td>龚某</td><td>{ID2}</td><td>示例县芦溪镇新泉村委会2组</td>"
      "<td>{LAND}</td><td>低保对象</td></tr></table>"
      "<p>公示期间如有异议，请拨打监督电话：{LAND2}或12345政务服务便民热线。</p>",
      title="城乡居民基本医疗保险财政补助对象名单公示", shape="户籍地址 and 联系方式 columns",
      enc="gbk", ids=["ID", "ID2"], phones=["MOB", "LAND"]),
    P("h331", "<h1>示例县2024年耕地地力保护补贴发放名单</h1>"
      "<table><tr><td>户主</td><td>身份证号</td><td>一卡通账号</td><td>面积（亩）</td>"
      "<td>金额（元）</td></tr>"
      "<tr><td>冉某</td><td>{ID_M}</td><td>{CARDL}</td><td>4.35</td><td>456.75</td></tr>"
      "<tr><td>桑某</td><td>{ID2_M}</td><td>{ACCT}</td><td>2.10</td><td>220.50</td></tr>"
      "</table>",
      title="耕地地力保护补贴发放名单", shape="惠农一卡通账号 column",
      banks=["CARDL", "ACCT"]),
    P("h332", "<h1>示例县2023年度农村五保供养金发放花名册</h1>"
      "<table><tr><td>姓名</td><td>存折号</td><td>开户银行</td><td>月发放金额</td></tr>"
      "<tr><td>褚某</td><td>{ACCT}</td><td>邮储银行</td><td>650</td></tr>"
      "<tr><td>庞某</td><td>{ACCT2_S}</td><td>农商银行</td><td>650</td></tr></table>",
      title="农村五保供养金发放花名册", shape="存折号 column",
      banks=["ACCT", "ACCT2"]),
    P("h333", "<h1>示例县2024年春季学期中等职业学校免学费学生名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>身份证件号码</td><td>银行卡号</td>"
      "<td>家长联系电话</td></tr>"
      "<tr><td>1</td><td>付某</td><td>{IDX}</td><td>{CARD_S}</td><td>{MOB_S}</td></tr>"
      "<tr><td>2</td><td>闵某</td><td>{ID2_MX}</td><td>{CARD2_M}</td><td>{MOB2_M}</td></tr>"
      "</table>",
      title="中等职业学校免学费学生名单", shape="students, a parent's phone, spaced numbers",
      ids=["IDX"], phones=["MOB"], banks=["CARD"]),
    P("h334", "<h1>示例县2024年严重违法失信名单（第1批）</h1>"
      "<p>1. 当事人：戚某，身份证号码：{ID}，列入事由：拒不履行行政处罚决定，"
      "列入部门：示例县市场监督管理局。</p>"
      "<p>2. 当事人：示例县某某食品有限公司，统一社会信用代码：{USCC}，法定代表人：顾某，"
      "列入事由：提交虚假材料取得公司登记。</p>"
      "<p>信用修复咨询电话：{LAND}，12315</p>",
      title="严重违法失信名单", shape="失信名单 in running text",
      ids=["ID"]),
    P("h335", "<h1>示例县2024年1月临时救助对象名单</h1>"
      "<p>城关镇：崔某（{ID}），救助金额1500元；孟某（{ID2_M}），救助金额1000元。</p>"
      "<p>三都镇：葛某（{ID3_FW}），救助金额800元。</p>",
      title="临时救助对象名单", shape="IDs in brackets in running text, full-width",
      enc="gbk", ids=["ID", "ID3"]),
    P("h336", "<h1>示例县2024年度公益性岗位人员公示</h1>"
      "<table><tr><td>姓名</td><td>性别</td><td>年龄</td><td>岗位</td><td>用人单位</td>"
      "<td>联系方式</td></tr>"
      "<tr><td>牛某</td><td>男</td><td>52</td><td>保洁</td><td>示例县城关镇人民政府</td>"
      "<td>{MOB}</td></tr>"
      "<tr><td>苗某</td><td>女</td><td>48</td><td>公共管理</td><td>示例县某某社区居委会</td>"
      "<td>{MOB2_FW}</td></tr></table><p>咨询电话：{LAND}（县就业局）</p>",
      title="公益性岗位人员公示", shape="公益性岗位 list, employer column, full-width",
      phones=["MOB", "MOB2"]),
    P("h337", "<h1>示例县2024年度行政执法人员名单公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>执法证号</td><td>执法门类</td>"
      "<td>办公电话</td></tr>"
      "<tr><td>1</td><td>钱某</td><td>{CERT}</td><td>市场监管</td><td>{LAND}</td></tr>"
      "<tr><td>2</td><td>孙某</td><td>{CERT2}</td><td>市场监管</td><td>{LAND2}</td></tr>"
      "</table>",
      title="行政执法人员名单公示", shape="执法人员名单: 执法证号 column like mobiles"),
    # ------------------------------------------------ attachments
    P("h338", "示例县市场监督管理局\n行政处罚决定书\n示市监罚处〔2024〕45号\n"
      "当事人：鲁某\n身份证\n号码：{ID}\n住址：示例县\n宣风镇宣风村委会\n洋田组17号\n"
      "联系\n电话：{MOB}\n",
      kind="attachment", shape="pdf text: labels and the address broken across lines",
      ids=["ID"], phones=["MOB"], addrs=["示例县宣风镇宣风村委会洋田组17号"]),
    P("h339", "示例县水利局\n行政处罚决定书\n示水罚〔2024〕2号\n"
      "当事人：韦某   性别：男   民族：汉\n"
      "身份证号码：{ID_NL}\n"
      "家庭住址：示例县桐木镇\n桐木村8组\n"
      "联系电话：{MOB_NL}\n"
      "违法事实：当事人未经许可在示例河桐木段河道管理范围内采砂。\n"
      "- 1 -\n",
      kind="attachment", shape="pdf text: numbers broken at line ends, page number",
      ids=["ID"], phones=["MOB"], addrs=["示例县桐木镇桐木村8组"]),
    P("h340", "附件\n示例县2024年第一季度行政处罚案件信息公示表\n"
      "案件名称\t当事人\t证件号码\t联系电话\t处罚决定书文号\t处罚内容\n"
      "销售过期食品案\t邬某\t{ID}\t{MOB}\t示市监罚处〔2024〕46号\t罚款5000元\n"
      "无照经营案\t示例县某某商贸有限公司\t{USCC}\t{LAND}\t示市监罚处〔2024〕47号\t"
      "罚款10000元\n",
      kind="attachment", title="行政处罚案件信息公示表", column="penalty",
      shape="xlsx-like 公示表 of cases", ids=["ID"], phones=["MOB"]),
    P("h341", "示例县人民政府办公室\n关于印发示例县应急值守人员名单的通知\n"
      "各乡镇人民政府，县直各单位：\n现将值班人员名单印发给你们。\n"
      "姓名\t职务\t手机\n严某\t县政府办副主任\t{MOB}\n华某\t县应急局局长\t{MOB2}\n",
      kind="attachment", title="关于印发示例县应急值守人员名单的通知",
      shape="duty roster attachment (officials' work numbers)"),
    P("h342", "行政处罚决定书\n（当场）\n编号：360999202403150017\n"
      "被处罚人：符某\t身份证号：{ID_S}\n"
      "联系方式：{MOB_NB}\n"
      "执法人员：冯某 证号：{CERT}\n",
      kind="attachment", shape="当场 form: an 18-digit 编号, U+3000 in the mobile",
      ids=["ID"], phones=["MOB"]),
    # ------------------------------------------------ other pages
    P("h343", "<h1>示例县人民政府办公室关于2024年春节期间值班安排的通知</h1>"
      "<p>值班电话：{LAND}；传真：{LAND2}。</p><p>政务服务便民热线12345、"
      "消费投诉举报热线12315、公共法律服务热线12348、人社服务热线12333全天候受理。</p>",
      title="关于2024年春节期间值班安排的通知", shape="hotlines and office numbers"),
    P("h344", "<h1>示例县财政局关于行政事业性收费和罚没收入缴库的通知</h1>"
      "<p>各执收单位：罚没收入一律缴入国库。收款人全称：示例县财政局非税收入汇缴结算户；"
      "开户银行：中国银行示例县支行；账号：{OACCT}；备用账户：{CARD}（示例县非税收入"
      "管理局）。</p>",
      title="关于行政事业性收费和罚没收入缴库的通知",
      shape="the office's accounts, one Luhn-valid"),
    P("h345", "<h1>示例县2024年度政府采购中标结果公告</h1>"
      "<p>中标供应商：示例县某某科技有限公司，地址：示例县城关镇高新路9号，"
      "联系人：殷某，联系电话：{MOB}，开户银行：示例农商银行，账号：{ACCT}。</p>"
      "<p>项目编号：SLX-2024-0312，中标金额：1,386,000.00元。</p>",
      title="政府采购中标结果公告", shape="procurement: a company's contact and account"),
    P("h346", "<h1>关于退还示例县城关镇农贸市场摊位保证金的公示</h1>"
      "<p>经核实，下列摊主保证金予以退还，资金将转入本人账户：</p>"
      "<p>1. 贺某，开户行：示例农商银行城关支行，卡号：{CARD_D}，退还金额2000元；</p>"
      "<p>2. 倪某，开户行：邮储银行示例县支行，账号：{ACCT_S}，退还金额2000元。</p>",
      title="关于退还摊位保证金的公示", shape="refunds list in running text, dashed card",
      banks=["CARD", "ACCT"]),
    P("h347", "<h1>示例县信访局关于来访事项的答复意见书</h1>"
      "<p>包某（身份证号码：{ID}）：</p><p>你于2024年2月反映的问题……经核查，"
      "你户的补偿款已于2024年3月转入你本人银行账户（卡号：{CARDL}）。</p>",
      title="来访事项的答复意见书", shape="a letter reply with an ID and a card",
      ids=["ID"], banks=["CARDL"]),
    P("h348", "<h1>示例县2024年3月食品安全监督抽检信息公告</h1>"
      "<table><tr><td>抽样编号</td><td>被抽样单位</td><td>生产日期/批号</td><td>检验结果</td></tr>"
      "<tr><td>XBJ24360999500431234</td><td>示例县某某超市</td><td>2024-01-15/20240115</td>"
      "<td>合格</td></tr>"
      "<tr><td>DC24360999623012</td><td>示例县某某粮油店</td><td>2024-02-03</td>"
      "<td>合格</td></tr></table>",
      title="食品安全监督抽检信息公告", shape="抽样编号 with area codes"),
    # ------------------------------------------------ more decisions
    P("h349", zj("示例县市场监督管理局", "示市监罚处〔2024〕48号") +
      "<p>当事人：示例县某某农资经营部（个人独资企业），统一社会信用代码：{USCC}，"
      "住所：示例县城关镇农贸路22号，投资人：屈某，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>经查，当事人将货款存入其投资人个人银行卡（卡号：{CARD}）。</p>",
      column="penalty", shape="个人独资 investor's own card",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h350", zj("示例县交通运输局", "示交执罚〔2024〕19号") +
      "<p>当事人：东方某某，男，从业资格证号：{ID}，驾驶证号：{ID_M}，"
      "住址：示例县南坑镇南坑村委会塘背组9号，联系电话：{MOB_CMT}，车牌号：赣J·5K813。</p>"
      "<p>经查，当事人驾驶车辆从事网约车经营，乘客柯某（联系电话：{MOB2}）证实……</p>",
      column="penalty", shape="compound surname, comment inside the mobile, passenger",
      ids=["ID"], phones=["MOB", "MOB2"], addrs=["示例县南坑镇南坑村委会塘背组9号"]),
    P("h351", zj("示例县市场监督管理局", "示市监罚处〔2024〕49号") +
      "<p>当事人：示例县某某药店有限公司，统一社会信用代码：{USCC}，住所：示例县城关镇"
      "健康路15号，法定代表人：扈某，联系电话：{LAND}。</p>"
      "<p>举报人：匿名（举报电话已隐去）。本局执法人员何某、吕某（执法证号{CERT}、{CERT2}）"
      "于2024年1月5日进行检查。</p><p>本局地址：示例县城关镇府前路1号，联系电话：{LAND2}。</p>",
      column="penalty", shape="company decision: only the company's and the office's numbers"),
    P("h352", zj("示例县市场监督管理局", "示市监罚处〔2024〕50号") +
      "<p>当事人：岳某，女，身份证号码：{ID_ZW}，户籍住址：示例县湘东镇湘东村十一组，"
      "现居住地址：示例县城关镇凤凰城小区12栋1单元1102室，联系电话：{MOB}。</p>",
      column="penalty", shape="户籍住址 and 现居住地址, zero-width space",
      ids=["ID"], phones=["MOB"],
      addrs=["示例县湘东镇湘东村十一组", "示例县城关镇凤凰城小区12栋1单元1102室"]),
    P("h353", zj("示例县市场监督管理局", "示市监罚处〔2024〕51号") +
      "<p>当事人：郎某，男，身份证号码：{ID}，联系电话：{LOCAL}（住宅），"
      "住址：示例县城关镇同心巷8号。</p>",
      column="penalty", shape="local landline without area code, 巷", enc="gbk",
      ids=["ID"], phones=["LOCAL"], addrs=["示例县城关镇同心巷8号"]),
    P("h354", zj("示例县市场监督管理局", "示市监罚处〔2024〕52号") +
      "<p>当事人：司马某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>经查，当事人于2023年12月通过“某某”平台销售商品共计136笔，订单号："
      "{ORDER}等，收款账户为其本人支付宝账号（{MOB}），当事人银行卡号：{CARD_FW}。</p>",
      column="penalty", shape="order number, Alipay account is the mobile, full-width card",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
]
