"""The seventh held-out passages: written blind after the heldout6 fixes, by someone who did
not read the detectors (plugins/national/), labelled by hand from the rules' definitions
(rules.md, privacy.md and the definitions of privacy.phone and privacy.bank-account) before
the first run, reported as it came out in benchmarks/README.md. Shapes: decisions of 公安
(治安), 交通运输, 城管, 卫健, 林业, 生态环境, 烟草, 税务, 消防, 教育, 民政, 商务, 气象 and 乡镇;
当事人/被处罚人/违法行为人 blocks; 基本情况 tables; 简易程序 forms; 公示 lists and tables;
失信/黑名单; 送达 and 催告 documents; attachment text with hard line breaks; GBK pages;
full-width digits; spans, fonts and comments inside numbers; and look-alikes (统一社会信用代码,
注册号, 文号, 案号, 执法证号, 车牌/车架号, dates, amounts, hotlines, the office's own
accounts, phones and address, masked values, company 住所 and 经营场所, the footer).
"""

from __future__ import annotations

from passage import P

TAIL = ("<p>如不服本决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，也可在"
        "六个月内向示例县人民法院提起行政诉讼。</p>")
FOOT = ("<div class='footer'>主办：示例县人民政府办公室 地址：示例县建设西路88号 邮编：336399 "
        "联系电话：0795-7001234 赣ICP备05001234号</div>")
PAY = ("<p>罚款请于十五日内缴至指定账户：收款人：示例县财政局非税收入汇缴结算户，账号：{OACCT}，"
       "开户行：中国农业银行示例县支行。</p>")


def head(agency: str, number: str, title: str = "行政处罚决定书") -> str:
    return f"<h1>{agency}</h1><h2>{title}</h2><p style='text-align:right'>{number}</p>"


PASSAGES = [
    # --- penalty decisions, one field a line -------------------------------------------
    P("h601", head("示例县公安局", "示公（城）行罚决字〔2024〕0315号") +
      "<p>违法行为人：熊某某，男，1988年6月出生，公民身份号码：{ID}，"
      "现住示例县城关镇解放路112号3栋2单元501室，联系电话：{MOB}。</p>"
      "<p>现查明，2024年5月3日22时许，违法行为人在示例县城关镇某烧烤店内殴打他人……</p>"
      "<p>根据《中华人民共和国治安管理处罚法》第四十三条第一款之规定，决定给予熊某某行政拘留"
      "五日并处罚款二百元。</p>" + TAIL + FOOT,
      column="penalty", shape="公安 治安 违法行为人 inline",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇解放路112号3栋2单元501室"]),
    P("h602", head("示例县交通运输局", "示交执罚〔2024〕077号") +
      "<p>当事人：曾某</p><p>性别：男</p><p>身份证号：{ID_FW}</p>"
      "<p>住址：江西省示例县棋坪镇排上村3组</p><p>车辆号牌：赣C·8H312</p>"
      "<p>车架号：LGBK22E71HY034521</p><p>道路运输证号：360999008812</p>"
      "<p>当事人驾驶赣C·8H312号小型普通客车从事非法营运……处罚款人民币壹万元整。</p>"
      "<p>执法人员：胡某 执法证号：36099921003；刘某 执法证号：36099921017</p>" + TAIL + FOOT,
      column="penalty", shape="交通 full-width ID, plate, VIN, 执法证号",
      ids=["ID"], addrs=["江西省示例县棋坪镇排上村3组"]),
    P("h603", head("示例市城市管理综合行政执法局", "示城管罚字〔2024〕第0418号") +
      "<p>被处罚人：王建军</p><p>证件类型：居民身份证 证件号码：<span>{ID_SPAN}</span></p>"
      "<p>家庭住址：示例市章贡区红旗大道36号华润小区9幢1801室</p>"
      "<p>2024年4月9日，被处罚人在未取得建设工程规划许可证的情况下，于示例市章贡区水西镇"
      "沙石村8组搭建砖混结构房屋一栋……</p><p>违法地点：示例市章贡区水西镇沙石村8组15号</p>" +
      TAIL + FOOT,
      column="penalty", shape="城管 被处罚人 span ID, 违法地点 with 号",
      ids=["ID"], addrs=["示例市章贡区红旗大道36号华润小区9幢1801室"]),
    P("h604", head("示例县卫生健康委员会", "示卫医罚〔2024〕12号") +
      "<p>当事人：示例县康宁诊所有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>住所：示例县城南大道268号</p><p>法定代表人：邓某 职务：执行董事</p>"
      "<p>联系电话：{MOB}</p>"
      "<p>经查，当事人使用非卫生技术人员从事医疗卫生技术工作……罚款人民币伍仟元。</p>" + TAIL + FOOT,
      column="penalty", shape="卫健 company: 住所, USCC, representative's mobile",
      phones=["MOB"]),
    P("h605", head("示例县林业局", "示林罚决字〔2024〕第031号") +
      "<p>当事人基本情况：</p><table><tr><td>姓名</td><td>钟某某</td><td>性别</td><td>女</td></tr>"
      "<tr><td>民族</td><td>汉</td><td>出生年月</td><td>1972年3月</td></tr>"
      "<tr><td>身份证号码</td><td colspan='3'>{IDX}</td></tr>"
      "<tr><td>住址</td><td colspan='3'>示例县带溪乡桃源村新屋组21号</td></tr>"
      "<tr><td>联系电话</td><td colspan='3'>{MOB_S}</td></tr></table>"
      "<p>经查，当事人未经批准擅自在带溪乡桃源村林地内采伐杉木12株，蓄积4.3立方米……</p>" +
      TAIL + FOOT,
      column="penalty", shape="林业 基本情况 table, X ID, spaced mobile",
      ids=["IDX"], phones=["MOB"], addrs=["示例县带溪乡桃源村新屋组21号"]),
    P("h606", head("示例市生态环境局", "示环罚〔2024〕45号") +
      "<p>被处罚单位：示例县鑫达石材加工厂（个人独资企业）</p><p>注册号：{IDF}</p>"
      "<p>经营场所：示例县三都镇工业园区8号</p><p>投资人：黎某</p>"
      "<p>你单位在生产过程中未采取有效措施防治扬尘污染……罚款人民币贰万元。</p>" + PAY + TAIL + FOOT,
      column="penalty", shape="环境 15-digit 注册号, 经营场所, office account"),
    P("h607", head("示例县烟草专卖局", "示烟立罚〔2024〕第26号") +
      "<p>当事人：示例县永宁镇丽华便利店（个体工商户）</p><p>经营者：廖丽华</p>"
      "<p>身份证号码：{ID}</p><p>经营场所：示例县永宁镇中山路45号</p>"
      "<p>住址：示例县永宁镇城东社区幸福巷7号</p><p>烟草专卖零售许可证号：360999100233</p>"
      "<p>经查，当事人销售无烟草专卖品准运证的卷烟37条……</p>" + TAIL + FOOT,
      column="penalty", shape="烟草 个体户: 经营者 home 住址 vs 经营场所",
      ids=["ID"], addrs=["示例县永宁镇城东社区幸福巷7号"]),
    P("h608", head("国家税务总局示例县税务局", "示税简罚〔2024〕1127号", "税务行政处罚决定书（简易）") +
      "<p>纳税人名称：刘某华</p><p>纳税人识别号：{ID}</p>"
      "<p>地址：示例县梅江镇河东路19号</p>"
      "<p>你未按照规定期限办理纳税申报和报送纳税资料，根据《中华人民共和国税收征收管理法》第"
      "六十二条，决定处以罚款200元。</p><p>12366纳税服务热线</p>" + FOOT,
      column="penalty", shape="税务 简易: 纳税人识别号 is a person's ID",
      ids=["ID"], addrs=["示例县梅江镇河东路19号"]),
    P("h609", head("示例县消防救援大队", "示消行罚决字〔2024〕0009号") +
      "<p>被处罚人：示例县好运来宾馆，统一社会信用代码：{USCC}，住所：示例县迎宾大道2号，"
      "法定代表人：蔡某，身份证号码：{ID}。</p>"
      "<p>经查，你单位消防设施未保持完好有效……罚款人民币伍仟元。</p>"
      "<p>执法人员：彭某（执法证号：{CERT}）</p>" + TAIL + FOOT,
      column="penalty", shape="消防 company, representative's ID, 13… 执法证号",
      ids=["ID"]),
    P("h610", head("示例县教育体育局", "示教罚〔2024〕3号") +
      "<p>当事人：钱某某，女，汉族，1985年9月12日出生，身份证号码：{ID_FONT}，户籍地："
      "示例县丰田乡丰田村委会上屋组8号，现住址：示例县城关镇滨江花园5栋402室。</p>"
      "<p>经查，当事人未经审批擅自举办校外培训机构……</p>" + TAIL + FOOT,
      column="penalty", shape="教育 font-split ID, 户籍地, 现住址",
      ids=["ID"], addrs=["示例县丰田乡丰田村委会上屋组8号", "示例县城关镇滨江花园5栋402室"]),
    # --- attachments with hard line breaks ----------------------------------------------
    P("h611", "示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2024〕318号\n"
      "当事人：黄某，男，身份证号码：{ID_NL}，\n住址：示例县龙岗乡龙岗村\n7组24号，"
      "联系电话：{MOB}。\n2024年2月，当事人在其经营的早餐店内使用过期面粉……\n"
      "罚没款缴纳账户：示例县财政局，账号：{OACCT}。\n",
      kind="attachment", column="penalty", title="示市监罚〔2024〕318号行政处罚决定书",
      shape="attachment: ID and address broken by a line",
      ids=["ID"], phones=["MOB"], addrs=["示例县龙岗乡龙岗村7组24号"]),
    P("h612", "示例县农业农村局行政处罚决定书\n示农（渔）罚〔2024〕5号\n"
      "当事人：谢某某     性别：男     年龄：46岁\n身份证号码：{ID_S}\n"
      "家住：示例县三都镇高桥村下湾组16号\n"
      "违法事实：2024年4月12日，当事人在禁渔期内于示例县三都镇水域使用电鱼工具捕捞……\n"
      "罚款人民币叁仟元，缴至示例县非税收入专户，账号：{OACCT}。\n"
      "举报电话：12316\n",
      kind="attachment", column="penalty", title="示农（渔）罚〔2024〕5号",
      shape="attachment: spaced ID, 家住, 12316",
      ids=["ID"], addrs=["示例县三都镇高桥村下湾组16号"]),
    P("h613", "行政处罚决定书\n示民罚〔2024〕1号\n当事人：示例县长青公墓有限公司\n"
      "统一社会信用代码：{USCCD}\n住所：示例县宜兴镇长青路1号\n法定代表人：梅某\n"
      "委托代理人：孙某，身份证号：{ID_M}\n经查，当事人未经批准擅自扩建墓区……\n",
      kind="attachment", column="penalty", title="示民罚〔2024〕1号",
      shape="attachment: digits-only USCC, company 住所, masked ID"),
    P("h614", "示例县应急管理局\n简易程序行政处罚决定书\n示应急简罚〔2024〕22号\n"
      "被处罚人：杨某 身份证件号码：\n{IDX_LOW}\n"
      "住址：示例县城关镇\n违法行为：未按规定佩戴安全防护用品进行焊接作业\n"
      "处罚：罚款壹仟元\n执法人员：朱某 执法证号：13021960018\n",
      kind="attachment", column="penalty", title="简易程序行政处罚决定书",
      shape="attachment: lower-case x ID on its own line, township-level 住址",
      ids=["IDX"]),
    # --- 公示 lists and tables ----------------------------------------------------------
    P("h615", "<h2>2024年第二季度城乡低保新增对象公示</h2>"
      "<table><tr><th>序号</th><th>户主姓名</th><th>身份证号码</th><th>家庭住址</th>"
      "<th>保障人口</th><th>联系电话</th></tr>"
      "<tr><td>1</td><td>罗某英</td><td>{ID1}</td><td>五里村4组</td><td>2</td>"
      "<td>{MOB1}</td></tr>"
      "<tr><td>2</td><td>肖某</td><td>{ID2}</td><td>石桥村7组</td><td>1</td>"
      "<td>{MOB2}</td></tr></table>"
      "<p>公示期间如有异议，请向镇民政所反映，监督电话：0795-7005118。</p>" + FOOT,
      column="list", shape="低保 公示 table: IDs and mobiles",
      ids=["ID1", "ID2"], phones=["MOB1", "MOB2"]),
    P("h616", "<h2>示例县2024年耕地地力保护补贴发放公示</h2>"
      "<table><tr><td>姓名</td><td>身份证号</td><td>补贴面积（亩）</td><td>补贴金额（元）</td>"
      "<td>一卡通账号</td></tr>"
      "<tr><td>魏某金</td><td>{ID1}</td><td>3.62</td><td>394.58</td><td>{CARDL1}</td></tr>"
      "<tr><td>魏某根</td><td>{ID2_M}</td><td>2.10</td><td>228.90</td><td>{CARDL2_M}</td></tr>"
      "</table>",
      column="list", shape="补贴 公示: one row unmasked (ID, card), one masked",
      ids=["ID1"], banks=["CARDL1"]),
    P("h617", "<h2>示例县2023年度脱贫人口小额信贷贴息公示</h2>"
      "<p>1. 户主：陈某发，身份证：{ID1}，贷款银行：示例县农商银行，贷款账号：{ACCT1}，"
      "贴息金额：1210.50元；</p>"
      "<p>2. 户主：陈某生，身份证：{ID2}，贷款银行：邮储银行示例县支行，卡号：{CARD2_S}，"
      "贴息金额：980.00元。</p>",
      column="list", shape="贴息 公示 lines: 贷款账号 and 卡号 of persons",
      ids=["ID1", "ID2"], banks=["ACCT1", "CARD2"]),
    P("h618", "<h2>关于2024年示例县公益性岗位拟聘人员的公示</h2>"
      "<table><tr><th>姓名</th><th>性别</th><th>出生年月</th><th>拟聘岗位</th><th>联系方式</th></tr>"
      "<tr><td>汪某</td><td>女</td><td>1976.08</td><td>保洁</td><td>{MOB1_CMT}</td></tr>"
      "<tr><td>范某某</td><td>男</td><td>1969.11</td><td>护林员</td><td>{MOB2_86}</td></tr>"
      "</table><p>公示时间：2024年6月3日至6月7日。监督电话：12345。</p>",
      column="list", shape="岗位 公示: comment-split and +86 mobiles",
      phones=["MOB1", "MOB2"]),
    P("h619", "<h2>示例县2024年度农村危房改造拟补助对象公示</h2>"
      "<table><tr><td>户主</td><td>住址</td><td>改造方式</td><td>补助金额</td></tr>"
      "<tr><td>简某明</td><td>示例县排埠镇桐木村6组11号</td><td>修缮加固</td><td>15000</td></tr>"
      "<tr><td>简某亮</td><td>示例县排埠镇桐木村**组**号</td><td>拆除重建</td><td>35000</td></tr>"
      "</table>",
      column="list", shape="危房改造 公示 addresses (not a penalty decision)"),
    P("h620", "<h2>示例县市场监督管理局行政处罚信息公示</h2>"
      "<table><tr><th>行政处罚决定书文号</th><th>当事人名称</th><th>统一社会信用代码</th>"
      "<th>法定代表人</th><th>处罚内容</th><th>处罚日期</th></tr>"
      "<tr><td>示市监罚〔2024〕401号</td><td>示例县润发食品有限公司</td><td>{USCC1}</td>"
      "<td>何某</td><td>罚款5000元</td><td>2024-05-21</td></tr>"
      "<tr><td>示市监罚〔2024〕402号</td><td>示例县城关镇阿强副食店</td><td>{USCCD2}</td>"
      "<td>刘某强</td><td>警告</td><td>2024-05-22</td></tr></table>",
      column="penalty", shape="双公示 table: USCCs only"),
    P("h621", "<h2>示例县失信被执行人名单（第三批）</h2>"
      "<table><tr><td>姓名</td><td>证件号码</td><td>执行案号</td><td>执行标的（元）</td></tr>"
      "<tr><td>蓝某平</td><td>{ID1}</td><td>（2023）赣0799执1234号</td><td>86000</td></tr>"
      "<tr><td>蓝某红</td><td>{IDX2}</td><td>（2024）赣0799执256号</td><td>12500</td></tr>"
      "<tr><td>示例县恒通建材有限公司</td><td>{USCC3}</td><td>（2024）赣0799执301号</td>"
      "<td>301000</td></tr></table>",
      column="list", shape="失信 名单: person IDs and a company USCC, 案号",
      ids=["ID1", "IDX2"]),
    P("h622", "<h2>拖欠农民工工资失信联合惩戒对象名单</h2>"
      "<p>一、示例县宏远劳务有限公司，统一社会信用代码：{USCC1}，法定代表人：涂某，"
      "公民身份号码：{ID1}，住所：示例县工业大道18号。</p>"
      "<p>二、包工头宋某某，公民身份号码：{ID2_FW}，户籍地：示例县大塅镇大塅村2组33号，"
      "联系电话：{MOB2}。</p>",
      column="list", shape="黑名单: company and a person (列入 not a penalty)",
      ids=["ID1", "ID2"], phones=["MOB2"]),
    # --- 送达 and 催告 --------------------------------------------------------------------
    P("h623", "<h2>示例县自然资源局公告送达书</h2>"
      "<p>受送达人：戴某某，公民身份号码：{ID}，户籍地址：示例县温泉镇温泉村4组17号。</p>"
      "<p>因无法直接送达，现将《行政处罚决定书》（示自然资罚〔2024〕11号）公告送达……"
      "联系人：严某，联系电话：0795-7008216。</p>" + FOOT,
      column="penalty", title="示例县自然资源局关于送达行政处罚决定书的公告",
      shape="公告送达 of a penalty decision, 户籍地址",
      ids=["ID"], addrs=["示例县温泉镇温泉村4组17号"]),
    P("h624", head("示例县水利局", "示水催〔2024〕2号", "行政处罚决定履行催告书") +
      "<p>吕某某（身份证号：{ID}；住址：示例县港口镇新街村东门组8号）：</p>"
      "<p>本机关于2024年3月6日作出示水罚〔2024〕4号行政处罚决定，你至今未履行。现催告你于"
      "收到本催告书之日起十日内缴纳罚款3000元及加处罚款。收款单位：示例县财政局，"
      "账号：{OACCT}。</p>" + FOOT,
      column="penalty", shape="催告书 addressed to a person",
      ids=["ID"], addrs=["示例县港口镇新街村东门组8号"]),
    P("h625", "<h2>送达回证</h2><table><tr><td>送达文书</td><td>示公（治）行罚决字〔2024〕"
      "0311号行政处罚决定书</td></tr><tr><td>受送达人</td><td>游某</td></tr>"
      "<tr><td>送达方式</td><td>直接送达</td></tr>"
      "<tr><td>受送达人签收</td><td>游某 2024年5月9日</td></tr>"
      "<tr><td>受送达人联系电话</td><td>{MOB}</td></tr></table>",
      column="penalty", title="送达回证（示公（治）行罚决字〔2024〕0311号）",
      shape="送达回证: the person's phone",
      phones=["MOB"]),
    # --- GBK pages ----------------------------------------------------------------------
    P("h626", head("示例县商务局", "示商罚〔2024〕2号") +
      "<p>当事人：苏某某，男，身份证号码{ID}，住示例县梅林镇长塘村委会塘背组5号。</p>"
      "<p>当事人从事报废机动车回收拆解活动未取得资质认定……</p>" + TAIL + FOOT,
      column="penalty", enc="gbk", shape="GBK: ID glued to its label, 住 + place",
      ids=["ID"], addrs=["示例县梅林镇长塘村委会塘背组5号"]),
    P("h627", "<h2>示例县2024年残疾人两项补贴发放名单</h2>"
      "<table><tr><td>姓名</td><td>身份证号码</td><td>残疾证号</td><td>补贴金额</td>"
      "<td>开户银行</td><td>银行卡号</td></tr>"
      "<tr><td>邱某</td><td>{ID1}</td><td>{ID1}42</td><td>90</td><td>农商银行</td>"
      "<td>{CARD1}</td></tr></table>",
      column="list", enc="gbk", shape="GBK 残补 list: 残疾证号 is ID + 2 digits",
      ids=["ID1"], banks=["CARD1"]),
    P("h628", head("示例县气象局", "示气罚〔2024〕1号") +
      "<p>当事人：示例县天乐庆典服务部（个体工商户），经营者：甘某，统一社会信用代码：{USCC}，"
      "经营地址：示例县人民广场东侧商铺12号。</p>"
      "<p>当事人未经许可施放系留气球……罚款人民币贰仟元。</p><p>本局地址：示例县气象路3号，"
      "联系电话：0795-7003121。</p>",
      column="penalty", enc="gbk", shape="GBK 个体户 with only 经营地址, office address"),
    # --- look-alikes only ---------------------------------------------------------------
    P("h629", head("示例县人力资源和社会保障局", "示人社监罚〔2024〕8号") +
      "<p>当事人：示例县华兴鞋业有限公司</p><p>统一社会信用代码：{USCCD}</p>"
      "<p>住所：示例县工业园区纬三路9号</p><p>法定代表人：潘某</p>"
      "<p>经查，当事人未按规定为劳动者缴纳社会保险……罚款人民币壹万元。</p>"
      "<p>罚款缴纳：收款人：示例县国库，账号：{OACCT}，开户行：中国人民银行示例县支行。</p>"
      "<p>劳动保障维权电话：12333；咨询电话：0795-7006333。</p>" + FOOT,
      column="penalty", shape="人社 company: USCC, 国库 account, hotlines"),
    P("h630", head("示例县市场监督管理局", "示市监罚〔2024〕455号") +
      "<p>当事人：邵某</p><p>身份证号码：{ID_M}</p><p>住址：示例县城关镇**路**号</p>"
      "<p>联系电话：{MOB_M}</p><p>银行卡号：{CARD_M}</p>"
      "<p>经查，当事人通过网络销售假冒注册商标的商品……</p>" + TAIL + FOOT,
      column="penalty", shape="everything masked"),
    P("h631", "<h2>示例县政务服务中心窗口联系方式</h2>"
      "<table><tr><td>窗口</td><td>联系人</td><td>电话</td></tr>"
      "<tr><td>不动产登记</td><td>窗口工作人员</td><td>0795-7009801</td></tr>"
      "<tr><td>社保医保</td><td>窗口工作人员</td><td>0795-7009802</td></tr></table>"
      "<p>服务监督电话：12345；投诉电话：12315；法律援助：12348。</p>" + FOOT,
      column="notice", shape="office phones and hotlines only"),
    P("h632", head("示例县市场监督管理局", "示市监罚〔2024〕460号") +
      "<p>当事人：示例县优品电子商务有限公司，统一社会信用代码：{USCC}，"
      "住所：示例县电商产业园A区3栋201室。</p>"
      "<p>经查，当事人在网店销售标签不合格的预包装食品，订单号：{ORDER}，交易流水号："
      "{ORDER2}，涉案金额3168元……</p>" + TAIL + FOOT,
      column="penalty", shape="company with Luhn-valid 订单号/流水号"),
    # --- more persons, varied shapes ----------------------------------------------------
    P("h633", head("示例县公安局交通警察大队", "公安交通管理简易程序处罚决定书编号：3609991200456789",
                   "公安交通管理简易程序处罚决定书") +
      "<p>被处罚人：任某 驾驶证号：{ID} 档案编号：360900123456</p>"
      "<p>车辆牌号：赣K·3M729 联系方式：{MOB}</p>"
      "<p>违法时间：2024年4月30日 违法地点：G105国道1234公里处</p>"
      "<p>罚款：200元，记3分。</p>",
      column="penalty", shape="交警 简易: 驾驶证号 is the ID, 编号 16 digits",
      ids=["ID"], phones=["MOB"]),
    P("h634", head("示例县文化广电新闻出版旅游局", "示文旅罚〔2024〕6号") +
      "<p>当事人姓名：冯某某　性别：女　出生日期：1990年2月1日</p>"
      "<p>身份证号：{ID_NB}</p>"
      "<p>住　　址：示例县潭山镇新湖路8号</p>"
      "<p>当事人经营的网吧接纳未成年人进入……</p>" + TAIL + FOOT,
      column="penalty", shape="文旅: ID in ideographic-space groups, padded 住　　址",
      ids=["ID"], addrs=["示例县潭山镇新湖路8号"]),
    P("h635", head("示例县住房和城乡建设局", "示建罚〔2024〕19号") +
      "<p>当事人：鲁某，男，汉族，公民身份号码：{IDF}（一代证），住所：示例县城关镇"
      "江南社区4组9号。</p><p>当事人未取得施工许可证擅自施工……</p>" + TAIL + FOOT,
      column="penalty", shape="住建: 15-digit ID with context, person's 住所",
      ids=["IDF"], addrs=["示例县城关镇江南社区4组9号"]),
    P("h636", head("示例县乡村振兴局", "示乡振处〔2024〕1号", "关于追回违规享受帮扶资金的处理决定") +
      "<p>对象：史某，身份证号：{ID}，开户行：示例县农商银行，账号：{ACCT}。</p>"
      "<p>经核查，史某违规享受产业奖补资金……</p>",
      column="notice", shape="person's account after 账号 (not a card)",
      ids=["ID"], banks=["ACCT"]),
    P("h637", head("示例县统计局", "示统罚〔2024〕2号") +
      "<p>当事人：示例县新达农业发展有限公司（统一社会信用代码：{USCC}）</p>"
      "<p>法定代表人：孔某，联系电话：{MOB}</p>"
      "<p>当事人开户行：示例县农商银行城关支行，账号：{ACCT}</p>"
      "<p>经查，当事人提供不真实统计资料……</p>" + TAIL + FOOT,
      column="penalty", shape="统计 company: the company's own account (not a person's)",
      phones=["MOB"]),
    P("h638", head("示例县医疗保障局", "示医保罚〔2024〕4号") +
      "<p>当事人：方某某，女，身份证号码：{ID}，退款银行卡号：{CARD}，"
      "现居住于示例县城关镇正阳路21号1栋602室。</p>"
      "<p>当事人将本人医保卡出借他人使用，骗取医保基金2360.45元……</p>" + TAIL + FOOT,
      column="penalty", shape="医保: 退款银行卡号, 现居住于",
      ids=["ID"], banks=["CARD"], addrs=["示例县城关镇正阳路21号1栋602室"]),
    P("h639", head("示例镇人民政府", "示镇罚〔2024〕3号") +
      "<p>当事人：胡某某，男，1965年生，住示例镇</p>"
      "<p>当事人在示例镇大坪村3组11号旁违法占用耕地建房……</p>"
      "<p>联系电话：镇综合执法队 0795-7112345</p>" + TAIL + FOOT,
      column="penalty", shape="乡镇: township-level residence, 违法 location, office phone"),
    P("h640", head("示例县市场监督管理局", "示市监罚〔2024〕471号") +
      "<p>当事人：卢某</p><p>身份证号码：{ID_CMT}</p>"
      "<p>住址：示例县龙泉镇龙泉村委会下坪组15号</p>"
      "<p>电话：{LAND}</p>"
      "<p>当事人销售不合格电动自行车头盔……</p>" + TAIL + FOOT,
      column="penalty", shape="comment inside ID, party's landline",
      ids=["ID"], phones=["LAND"], addrs=["示例县龙泉镇龙泉村委会下坪组15号"]),
    P("h641", "<h2>示例县2024年第一批创业担保贷款借款人公示</h2>"
      "<p>借款人：饶某，身份证号码：{ID1_D}，借款金额：20万元，经营项目：养殖。</p>"
      "<p>借款人：饶某某，身份证号码：{IDX2_HALF}，借款金额：15万元，经营项目：餐饮。</p>",
      column="list", shape="贷款 公示: hyphen-grouped ID, half full-width X ID",
      ids=["ID1", "IDX2"]),
    P("h642", head("示例县公安局", "示公（禁）行罚决字〔2024〕0052号") +
      "<p>违法嫌疑人邹某某，曾用名无，性别男，出生日期1993年7月4日，身份证种类及号码：居民身份证"
      "{ID_BR}，户籍所在地示例县大塅镇杨坊村11组，现住址示例县城关镇金山路55号，"
      "工作单位无业，联系方式{MOB}。</p>"
      "<p>现查明……吸食毒品……决定给予行政拘留十日。</p>" + TAIL + FOOT,
      column="penalty", shape="公安 禁毒 run-on paragraph, br inside ID, 户籍所在地",
      ids=["ID"], phones=["MOB"], addrs=["示例县大塅镇杨坊村11组", "示例县城关镇金山路55号"]),
    P("h643", head("示例县城市管理局", "示城管罚〔2024〕88号") +
      "<p>当事人：示例县城关镇老刘烧烤店（个体工商户）经营者：刘某明</p>"
      "<p>统一社会信用代码：{USCC}</p><p>经营场所：示例县步行街15号</p>"
      "<p>联系电话：{MOB}</p>"
      "<p>当事人占道经营……罚款人民币伍佰元。</p>" + TAIL + FOOT,
      column="penalty", shape="个体户 operator's mobile, 经营场所 only",
      phones=["MOB"]),
    P("h644", head("示例县市场监督管理局", "示市监罚〔2024〕480号") +
      "<p>当事人：严某某</p><p>身份证号：{ID}</p>"
      "<p>住所地：示例县官庄乡官庄村8组3号</p>"
      "<p>经查，当事人收购未经检疫的生猪3头……</p>"
      "<p>执法人员：周某（证号36099901234）、李某（证号36099901235）</p>" + TAIL + FOOT,
      column="penalty", shape="person's 住所地",
      ids=["ID"], addrs=["示例县官庄乡官庄村8组3号"]),
    P("h645", head("示例县农业农村局", "示农罚〔2024〕14号") +
      "<p>当事人：示例县丰收农资经营部，投资人：江某，住所：示例县城关镇农贸市场B区6号，"
      "联系电话：{MOB}</p>"
      "<p>当事人经营假种子……</p>" + TAIL + FOOT,
      column="penalty", shape="经营部 (organisation) 住所; investor's mobile",
      phones=["MOB"]),
    P("h646", "<h2>示例县2024年特困人员供养名单公示</h2>"
      "<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>身份证号码</td><td>地址</td></tr>"
      "<tr><td>1</td><td>黄某</td><td>男</td><td>{ID1_FW}</td><td>示例县三都镇东门村2组</td></tr>"
      "<tr><td>2</td><td>黄某某</td><td>男</td><td>{ID2_MX}</td><td>示例县三都镇东门村5组</td></tr>"
      "</table>",
      column="list", shape="特困 list: full-width ID, X-masked ID", ids=["ID1"]),
    P("h647", head("示例县卫生健康委员会", "示卫公罚〔2024〕31号") +
      "<p>被处罚人：何某某，女，身份证号码：{ID}</p>"
      "<p>地址：示例县城关镇凤凰路199号凤凰城小区12栋</p>"
      "<p>联系电话：{MOB_FW}</p>"
      "<p>经查，被处罚人经营的美容店从业人员未取得有效健康合格证明……</p>" + TAIL + FOOT,
      column="penalty", shape="卫健: 地址 to 栋, full-width mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇凤凰路199号凤凰城小区12栋"]),
    P("h648", head("示例县交通运输局", "示交罚〔2024〕102号") +
      "<p>当事人：示例县畅通物流有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>地址：示例县物流园区2号</p><p>驾驶员：许某，从业资格证号：{ID}</p>"
      "<p>车辆号牌：赣C·D7521 挂车号牌：赣C·5G69挂</p>"
      "<p>经查，当事人所属车辆超限运输……</p>" + TAIL + FOOT,
      column="penalty", shape="company address; driver's 从业资格证号 is an ID",
      ids=["ID"]),
    P("h649", "示例县城市管理局\n行政处罚决定书\n示城管罚〔2024〕92号\n"
      "当事人：姚某某\n性别：女 出生年月：1981年10月\n身份证号码：{ID}\n"
      "住址：示例县城关镇东\n门社区东门路6号\n联系电话：{MOB_S}\n"
      "当事人未经批准在东门路设置户外广告……\n"
      "罚款请缴至：示例县非税收入管理局，账号：{OACCT}\n",
      kind="attachment", column="penalty", title="示城管罚〔2024〕92号",
      shape="attachment: address broken mid-word",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇东门社区东门路6号"]),
    P("h650", head("示例县林业局", "示林罚〔2024〕44号") +
      "<p>当事人：示例县青山林业专业合作社，统一社会信用代码：{USCC}，住所：示例县"
      "青山村3组，理事长：韩某，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>当事人擅自改变林地用途……</p>" + TAIL + FOOT,
      column="penalty", shape="合作社 住所 (organisation), 理事长's ID and mobile",
      ids=["ID"], phones=["MOB"]),
    P("h651", head("示例县市场监督管理局", "示市监罚〔2024〕490号") +
      "<p>当事人：石某，男，身份证号码：{ID}。</p>"
      "<p>住址：详细地址已隐去</p><p>电话：{MOB_M}</p>"
      "<p>当事人无照经营……没收违法所得1,234.56元，罚款3,600元。</p>" + PAY + TAIL + FOOT,
      column="penalty", shape="address 已隐去, masked phone, office account",
      ids=["ID"]),
    P("h652", "<h2>示例县2024年退役军人优待证发放名单</h2>"
      "<p>吴某 {ID1} 示例县城关镇</p><p>吴某某 {ID2} 示例县三都镇</p>"
      "<p>联系人：县退役军人事务局 0795-7006789</p>",
      column="list", shape="plain list lines: name ID township", ids=["ID1", "ID2"]),
    P("h653", head("示例县市场监督管理局", "示市监罚〔2024〕500号") +
      "<p>当事人：柯某</p><p>身份证号码：{ID}</p>"
      "<p>家庭地址：示例县新城镇新城街道幸福里3巷12号</p>"
      "<p>退款账户：户名柯某，卡号{CARD_S}</p>"
      "<p>当事人多收价款已退还……</p>" + TAIL + FOOT,
      column="penalty", shape="家庭地址, person's spaced card",
      ids=["ID"], banks=["CARD"], addrs=["示例县新城镇新城街道幸福里3巷12号"]),
]
