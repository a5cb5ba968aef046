"""The third held-out passages: written after the fixes the second held-out run led to.
Their first run is reported as it came out (benchmarks/README.md); its misses were then fixed
(each by a general rule). Yet more forms (卫健监督, 应急, 交通运输证, 公安被处罚人), lists (助学金,
失业金, 公租房, 高龄补贴) and look-alikes, labelled by the rules' definitions.
"""

from __future__ import annotations

from passage import P

CLOSE = ("<p>本决定书送达后当事人应当在十五日内到指定银行缴纳罚款。到期不缴纳罚款的，本机关可以"
         "每日按罚款数额的百分之三加处罚款。</p><p>示例县某某局</p><p>2023年6月1日</p>")


def top(agency: str, number: str) -> str:
    return f"<div class='title'>{agency}<br>行政处罚决定书</div><p class='wh'>{number}</p>"


PASSAGES = [
    P("h201", top("示例县卫生健康委员会", "示卫公罚〔2023〕11号") +
      "<p>被监督单位：示例县城关镇某某理发店（个体工商户）</p><p>经营者：茅某 性别：女 "
      "身份证号码：{ID}</p><p>经营地址：示例县城关镇人民路32号</p><p>联系电话：{MOB}</p>"
      "<p>经查，该店从业人员未取得有效健康合格证明从事直接为顾客服务工作。</p>" + CLOSE,
      column="penalty", shape="卫健 被监督单位, operator",
      ids=["ID"], phones=["MOB"]),
    P("h202", top("示例县应急管理局", "示应急罚〔2023〕14号") +
      "<p>被处罚单位：示例县某某石料有限公司，地址：示例县带溪乡石门村，"
      "主要负责人：柯某，职务：总经理，联系电话：{MOB}。</p>"
      "<p>安全管理人员：宫某，联系电话：{MOB2}。</p>",
      column="penalty", shape="应急 主要负责人 and staff",
      phones=["MOB", "MOB2"]),
    P("h203", top("示例县交通运输局", "示交执罚〔2023〕52号") +
      "<p>当事人：巩某，男，身份证号码：{ID}，住址：示例县港口镇港口村委会港口组27号，"
      "联系电话：{MOB}，车辆所有人：巩某，车牌号：赣C·83921，道路运输证号：赣交运管示字"
      "360999{ACCTS}号。</p>",
      column="penalty", shape="交通, 道路运输证号",
      ids=["ID"], phones=["MOB"], addrs=["示例县港口镇港口村委会港口组27号"]),
    P("h204", "<p>示例县公安局</p><h2>行政处罚决定书</h2><p>示公（城）行罚决字〔2023〕0210号</p>"
      "<p>被处罚人：鲍某，男，1995年3月21日出生，身份证号：{ID}，工作单位：示例县某某物流有限公司，"
      "户籍地：示例县三都镇西岭村四组，现住：示例县城关镇工业园宿舍楼3楼。</p>",
      column="penalty", shape="公安 被处罚人 with an employer",
      ids=["ID"], addrs=["示例县三都镇西岭村四组", "示例县城关镇工业园宿舍楼3楼"]),
    P("h205", top("示例县城市管理局", "示城管罚决字〔2023〕第031号") +
      "<p>当事人：尉某，男，1968年出生，身份证号：{ID_M}，联系电话：{MOB}。</p>"
      "<p>违法建设地点：示例县城关镇河西路18号旁。当事人在未取得建设工程规划许可证的情况下"
      "擅自搭建彩钢棚一处。</p>",
      column="penalty", shape="违法建设地点",
      phones=["MOB"]),
    P("h206", top("示例县市场监督管理局", "示市监处罚〔2023〕201号") +
      "<p>当事人：示例县某某餐饮管理有限公司，统一社会信用代码：{USCC}，住所：示例县城关镇"
      "人民路120号，法定代表人：闻某，公司联系电话：{LAND}，基本户开户行：农业银行示例县支行，"
      "账号：{ACCT}。</p>",
      column="penalty", shape="company 基本户"),
    P("h207", top("示例县市场监督管理局", "示市监处罚〔2023〕202号") +
      "<p>当事人：越某，女，身份证号码：{ID}，原住址：示例县温泉镇温泉村8组，"
      "现住址：示例县城关镇锦绣小区6栋302室，手机号码（微信同号）：{MOB}。</p>",
      column="penalty", shape="原住址 and 现住址, 微信同号",
      ids=["ID"], phones=["MOB"],
      addrs=["示例县温泉镇温泉村8组", "示例县城关镇锦绣小区6栋302室"]),
    P("h208", top("示例县市场监督管理局", "示市监处罚〔2023〕203号") +
      "<p>当事人：隗某，男，身份证号码：{ID}，户口所在地：示例县棋坪镇上庄村6组，"
      "联系电话：{MOB_S}。</p>",
      column="penalty", shape="户口所在地",
      ids=["ID"], phones=["MOB"], addrs=["示例县棋坪镇上庄村6组"]),
    P("h209", top("示例县市场监督管理局", "示市监处罚〔2023〕204号") +
      "<p>当事人：訾某，男，身份证号码：{ID}，家庭详细地址：示例县大段镇大段村9组31号，"
      "联系电话：{LAND}转602。</p>",
      column="penalty", shape="家庭详细地址, extension with 转",
      ids=["ID"], phones=["LAND"], addrs=["示例县大段镇大段村9组31号"]),
    P("h210", top("示例县市场监督管理局", "示市监处罚〔2023〕205号") +
      "<p>当事人：冀某，女，身份证号码：{ID}，电话：{MOB}；{MOB2}。</p>"
      "<p>当事人应退还消费者多收价款。退款账户：开户名：冀某，开户行：示例农商银行，"
      "卡号：{CARD}。</p>",
      column="penalty", shape="phones after a semicolon, 开户名",
      ids=["ID"], phones=["MOB", "MOB2"], banks=["CARD"]),
    P("h211", top("示例县市场监督管理局", "示市监处罚〔2023〕206号") +
      "<p>当事人：公孙某，男，身份证号码：{ID}。</p>"
      "<p>罚款缴纳：请于收到本决定书之日起十五日内，将罚款缴入国库（收款单位：示例县财政局，"
      "开户行：人民银行示例县支行，账号：{OACCT}，缴款码：{ORDER}）。</p>",
      column="penalty", shape="国库 in brackets",
      ids=["ID"]),
    P("h212", top("示例县市场监督管理局", "示市监处罚〔2023〕207号") +
      "<p>当事人：示例县某某超市（个体工商户），经营者：毛某，住址：示例县永宁镇西门村"
      "七组5号，经营场所：示例县永宁镇西门街3号，联系电话：{MOB}，{LAND}。</p>",
      column="penalty", shape="个体户 operator, mobile and landline",
      phones=["MOB"], addrs=["示例县永宁镇西门村七组5号"]),
    P("h213", top("示例县市场监督管理局", "示市监处罚〔2023〕208号") +
      "<p>当事人：荀某，男，社会保障号码：{ID}，住址：示例县永宁镇**路**号。</p>",
      column="penalty", shape="社会保障号码 (the ID number), masked address",
      ids=["ID"]),
    P("h214", top("示例县市场监督管理局", "示市监处罚〔2023〕209号") +
      "<p>当事人：诸葛某某，男，身份证号码：{ID}，联系地址：示例县三都镇东岭村委会12组，"
      "联系电话：{MOB_86}。</p>",
      column="penalty", shape="联系地址 of a person",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇东岭村委会12组"]),
    P("h215", top("示例县市场监督管理局", "示市监处罚〔2023〕210号") +
      "<p>当事人：郦某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>经查，当事人于2023年4月从上家晏某（微信号：yanmou{ACCTS}，手机：{MOB2}）处"
      "购进假冒白酒20箱。</p>",
      column="penalty", shape="the supplier's mobile",
      ids=["ID"], phones=["MOB", "MOB2"]),
    # ---------------------------------------------------------------- lists
    P("h216", "<h1>示例县2023年秋季学期普通高中国家助学金拟资助学生名单公示</h1>"
      "<table><tr><td>序号</td><td>学校</td><td>学生姓名</td><td>学籍号</td><td>资助金额</td>"
      "<td>银行卡号</td></tr>"
      "<tr><td>1</td><td>示例县第一中学</td><td>訾某</td><td>G{ID}</td><td>1000</td>"
      "<td>{CARD}</td></tr>"
      "<tr><td>2</td><td>示例县第一中学</td><td>邴某</td><td>G{ID2}</td><td>1000</td>"
      "<td>{CARD2_M}</td></tr></table>",
      title="国家助学金拟资助学生名单公示", shape="students, 学籍号 with G",
      banks=["CARD"]),
    P("h217", "<h1>示例县2023年5月失业保险金发放花名册</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>社会保障号码</td><td>发放月数</td><td>银行账号</td>"
      "<td>联系电话</td></tr>"
      "<tr><td>1</td><td>汲某</td><td>{ID_M}</td><td>3</td><td>{ACCT_S}</td><td>{MOB}</td></tr>"
      "<tr><td>2</td><td>邵某</td><td>{ID2_M}</td><td>6</td><td>{ACCT2_M}</td><td>{MOB2_M}</td></tr>"
      "</table>",
      title="示例县2023年5月失业保险金发放花名册", shape="失业金 roster", enc="gbk",
      phones=["MOB"], banks=["ACCT"]),
    P("h218", "<h1>示例县2023年第一批公共租赁住房配租结果公示</h1>"
      "<table><tr><td>序号</td><td>申请人</td><td>身份证号</td><td>家庭人口</td><td>配租房源</td>"
      "</tr><tr><td>1</td><td>郗某</td><td>{ID}</td><td>3</td><td>幸福家园3栋502室</td></tr>"
      "</table><p>咨询电话：{LAND}</p>",
      title="示例县2023年第一批公共租赁住房配租结果公示", shape="公租房 list",
      ids=["ID"]),
    P("h219", "<h1>示例县2023年高龄津贴新增人员名单</h1>"
      "<p>永宁镇：</p><p>1. 柏某，女，1930年出生，身份证号：{ID}，社保卡号：{CARD}，"
      "家属电话：{MOB}；</p><p>2. 水某，男，1932年出生，身份证号：{ID2_M}，"
      "社保卡号：{CARD2_M}，家属电话：{MOB2_M}。</p>",
      title="示例县2023年高龄津贴新增人员名单", shape="list in running text, 家属电话",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h220", "<h1>示例县残疾人联合会关于2023年度残疾人机动轮椅车燃油补贴发放对象的公示</h1>"
      "<table><tr><td>姓名</td><td>性别</td><td>残疾类别</td><td>联系方式（手机）</td>"
      "<td>补贴金额</td></tr>"
      "<tr><td>窦某</td><td>男</td><td>肢体</td><td>{MOB}</td><td>260</td></tr></table>"
      "<p>联系人：县残联 章某，联系电话：{LAND}，{MOB2}</p>",
      title="残疾人机动轮椅车燃油补贴发放对象的公示", shape="list, office contact's mobile",
      phones=["MOB"]),
    P("h221", "<h1>示例县2023年度“十佳”农村致富带头人评选结果公示</h1>"
      "<p>1.喻某，永宁镇城北村，示例县某某种植专业合作社理事长；</p>"
      "<p>2.蔺某，三都镇东岭村，示例县某某养殖场负责人。</p>"
      "<p>如有异议，请于公示期内向县农业农村局反映（电话：{LAND}）。</p>",
      title="示例县2023年度“十佳”农村致富带头人评选结果公示", shape="名单 with no numbers"),
    P("h222", "<h1>示例县2023年春季退役士兵安置去向公示</h1>"
      "<table><tr><td>姓名</td><td>入伍时间</td><td>退役时间</td><td>安置方式</td><td>安置单位</td>"
      "</tr><tr><td>焦某</td><td>2018.09</td><td>2023.03</td><td>安排工作</td>"
      "<td>示例县供电公司</td></tr></table>",
      title="示例县2023年春季退役士兵安置去向公示", shape="list without numbers"),
    P("h223", "序号\t姓名\t身份证号码\t户籍地址\t开户银行\t银行卡号\t金额\n"
      "1\t经某\t{ID}\t示例县温汤镇汤溪村3组\t邮储银行\t{CARDL}\t1500\n"
      "2\t石某\t{ID2}\t示例县温汤镇汤溪村5组\t农商银行\t{ACCT}\t1500\n",
      kind="attachment", title="2023年度示例县农村困难群众取暖补贴发放名单",
      shape="xlsx list", ids=["ID", "ID2"], banks=["CARDL", "ACCT"]),
    # ---------------------------------------------------------------- attachments
    P("h224", "示例县卫生健康委员会\n行政处罚决定书\n示卫医罚〔2023〕9号\n"
      "被处罚人：彭某\t性别：男\t年龄：52岁\n身份证号：{ID}\n"
      "住址：示例县排埠镇排埠村十组\n联系电话：{MOB}\n"
      "违法事实：被处罚人未取得《医疗机构执业许可证》擅自执业。\n",
      kind="attachment", shape="卫健 attachment",
      ids=["ID"], phones=["MOB"], addrs=["示例县排埠镇排埠村十组"]),
    P("h225", "示例县市场监督管理局\n行政处罚决定书\n示市监处罚〔2023〕211号\n"
      "当事人：示例县某某日用品有限公司\n统一社会信用代码：{USCCD}\n"
      "住所：示例县城关镇人民路200号\n法定代表人：万某\n"
      "当事人应将罚款缴至：示例县非税收入汇缴结算户，开户行：中国建设银行示例县支行，"
      "账号：{OACCT}。\n",
      kind="attachment", shape="company attachment, all-digit credit code"),
    P("h226", "行政处罚决定书\n当事人：贝某\n身份证号码：{ID_S}\n联系电话：{MOB_D}\n"
      "住址：示例县城关镇\n滨江社区江滨路16号\n",
      kind="attachment", shape="docx, address on two lines",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇滨江社区江滨路16号"]),
    # ---------------------------------------------------------------- other pages
    P("h227", "<h1>国家税务总局示例县税务局关于欠税情况的公告</h1>"
      "<table><tr><td>欠税人名称</td><td>纳税人识别号</td><td>法定代表人（负责人）姓名</td>"
      "<td>身份证件号码</td><td>经营地点</td><td>欠税余额</td></tr>"
      "<tr><td>示例县某某建材经营部</td><td>{USCC}</td><td>葛某</td><td>{ID}</td>"
      "<td>示例县城关镇建材市场18号</td><td>12800.00</td></tr></table>",
      title="国家税务总局示例县税务局关于欠税情况的公告", shape="欠税公告",
      ids=["ID"]),
    P("h228", "<h1>示例县信访局来信受理告知书</h1><p>雷某（联系电话：{MOB}，身份证号码：{ID_M}）：</p>"
      "<p>你反映的问题已受理，转示例县住建局办理。</p>",
      title="示例县信访局来信受理告知书", shape="letters: not a list"),
    P("h229", "<h1>关于发放2023年度示例县见义勇为奖励金的通知</h1>"
      "<p>经研究，决定对见义勇为人员陶某给予奖励5000元，奖金已转入其本人银行卡（卡号：{CARD}）。</p>",
      title="关于发放2023年度示例县见义勇为奖励金的通知", shape="a notice with a person's card",
      banks=["CARD"]),
    P("h230", "<h1>示例县2023年重点项目建设进展情况</h1>"
      "<p>项目总投资12800万元，完成投资6391.2万元，完成率49.9%。项目单位联系人：韩某，"
      "电话：{MOB}。</p>",
      title="示例县2023年重点项目建设进展情况", shape="report with a contact"),
    # ---------------------------------------------------------------- tables in decisions
    P("h231", "<h1>示例县城市管理局2023年第二季度行政处罚案件公示</h1>"
      "<table><tr><td>案号</td><td>当事人</td><td>身份证号/统一社会信用代码</td><td>联系电话</td>"
      "<td>处罚结果</td></tr>"
      "<tr><td>示城管罚〔2023〕41号</td><td>裘某</td><td>{ID}</td><td>{MOB}</td><td>罚款300元</td>"
      "</tr><tr><td>示城管罚〔2023〕42号</td><td>示例县某某广告有限公司</td><td>{USCC}</td>"
      "<td>{MOB2}</td><td>罚款5000元</td></tr></table>",
      title="示例县城市管理局2023年第二季度行政处罚案件公示", column="penalty",
      shape="parties table: a person's and a company's numbers",
      ids=["ID"], phones=["MOB"]),
    P("h232", top("示例县市场监督管理局", "示市监处罚〔2023〕212号") +
      "<table><tr><td>当事人</td><td>戚某</td></tr><tr><td>性别</td><td>女</td></tr>"
      "<tr><td>身份证号</td><td>{ID_FW}</td></tr><tr><td>住所地</td><td>示例县三都镇三都村2组"
      "</td></tr><tr><td>联系电话</td><td>{LAND}</td></tr></table>",
      column="penalty", shape="two-column form", enc="gbk",
      ids=["ID"], phones=["LAND"], addrs=["示例县三都镇三都村2组"]),
    # ---------------------------------------------------------------- look-alikes
    P("h233", top("示例县市场监督管理局", "示市监处罚〔2023〕213号") +
      "<p>当事人：麻某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>涉案物品清单编号：{ORDER}；扣押决定书文号：示市监强〔2023〕13号；"
      "发票号码：{ACCTS}。</p>",
      column="penalty", shape="清单编号, 发票号码",
      ids=["ID"], phones=["MOB"]),
    P("h234", top("示例县市场监督管理局", "示市监处罚〔2023〕214号") +
      "<p>当事人：邝某，女，身份证号码：{ID}，联系电话：{MOB_M}，身份证号后四位以外已隐去。</p>"
      "<p>当事人银行卡号后四位：{CARD_M}。</p>",
      column="penalty", shape="masked phone and card",
      ids=["ID"]),
    P("h235", top("示例县市场监督管理局", "示市监处罚〔2023〕215号") +
      "<p>当事人：仇某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>本案经本局负责人集体讨论决定。承办人：乔某、时某。联系电话：{LAND}，{MOB2}。</p>",
      column="penalty", shape="the officers' contact line",
      ids=["ID"], phones=["MOB"]),
    P("h236", top("示例县市场监督管理局", "示市监处罚〔2023〕216号") +
      "<p>当事人：龚某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>当事人在其经营的网店（店铺编号：{ACCTS}，网址：https://shop{MOB2}.example.com）"
      "销售侵权商品。</p>",
      column="penalty", shape="a URL with a mobile-like run",
      ids=["ID"], phones=["MOB"]),
    P("h237", top("示例县市场监督管理局", "示市监处罚〔2023〕217号") +
      "<p>当事人：哈某，男，回族，1987年生，身份证号码：{ID}，住址：示例县城关镇清真寺巷4号，"
      "联系电话：{MOB}。</p>",
      column="penalty", shape="巷 with a number",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇清真寺巷4号"]),
    P("h238", top("示例县市场监督管理局", "示市监处罚〔2023〕218号") +
      "<p>当事人：湛某，男，身份证号码：{ID}，电话：{MOB}。</p>" + CLOSE +
      "<div class='footer'>示例县人民政府主办 示例县大数据中心承办 网站标识码：3609990001 "
      "联系我们：0795-8120000 {MOB2}</div>",
      column="penalty", shape="footer with a mobile",
      ids=["ID"], phones=["MOB"]),
    P("h239", top("示例县市场监督管理局", "示市监处罚〔2023〕219号") +
      "<p>当事人：吉某，女，身份证号码：{ID}，联系电话：{MOB_FW}，银行账号：{CARD_FW}。</p>",
      column="penalty", shape="full-width card", enc="gbk",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h240", top("示例县市场监督管理局", "示市监处罚〔2023〕220号") +
      "<p>当事人：钭某，男，身份证号码：{ID}，住址：示例县永宁镇城北村。</p>",
      column="penalty", shape="village without a number",
      ids=["ID"]),
]
