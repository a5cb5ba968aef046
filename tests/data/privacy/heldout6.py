"""The sixth held-out passages: written blind after the heldout5 fixes, by someone who did
not read the detectors (plugins/national/), labelled by hand from the rules' definitions
(rules.md, privacy.md and the definitions of privacy.phone and privacy.bank-account) before
the first run, reported as it came out in benchmarks/README.md. Shapes: decisions of 市场监管,
应急管理, 自然资源, 住建, 农业农村, 文旅, 水利, 海关, 人社 (劳动保障监察) and 医保; 当事人基本情况
blocks in many layouts; attachment text with hard line breaks; 公示 tables with varied
headers; 双公示 and 失信 lists; 送达 and 告知 documents; GBK pages; full-width digits; spans,
fonts, comments and zero-width spaces inside numbers; and look-alikes (统一社会信用代码, 注册号,
文号, 执法证号, 流水号, 订单号, dates, amounts, hotlines, the office's own accounts, phones and
address, masked values, company 住所 and 经营场所).
"""

from __future__ import annotations

from passage import P

TAIL = ("<p>如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内向人民法院提起"
        "行政诉讼。</p><p>本局地址：示例县府前路1号，邮编：336300，咨询电话：0795-7005678。</p>")


def head(agency: str, number: str, title: str = "行政处罚决定书") -> str:
    return f"<h1>{agency}</h1><h2>{title}</h2><p style='text-align:right'>{number}</p>"


PASSAGES = [
    P("h501", head("示例县市场监督管理局", "示市监处罚〔2024〕201号") +
      "<p>当事人：邹某</p><p>身份证号码：{ID}</p><p>住址：江西省示例县三都镇大塅村5组12号</p>"
      "<p>联系电话：{MOB}</p><p>2024年3月8日，执法人员对当事人销售的散装白酒进行抽检……</p>" + TAIL,
      column="penalty", shape="市场监管 person, one field a line",
      ids=["ID"], phones=["MOB"], addrs=["江西省示例县三都镇大塅村5组12号"]),
    P("h502", head("示例县市场监督管理局", "示市监处罚〔2024〕202号") +
      "<p>当事人：示例县鑫达商贸有限公司</p><p>统一社会信用代码：{USCCD}</p>"
      "<p>住所：示例县工业园区创业大道8号</p><p>法定代表人：黄某，身份证号码：{ID}</p>"
      "<p>经查，当事人于2024年1月至3月期间销售过期食品，货值金额3260元……</p>" + TAIL,
      column="penalty", shape="company party, digits-only USCC, legal rep's ID, company 住所",
      ids=["ID"]),
    P("h503", head("示例县应急管理局", "示应急罚〔2024〕7号") +
      "<p>当事人：郭某，男，汉族，公民身份号码：{IDX}，家住示例县澡下镇白沙村委会上屋组21号，"
      "手机：{MOB_S}。</p><p>执法人员：严某（执法证号：{CERT}）、任某（执法证号：{CERT2}）。</p>"
      "<p>当事人未经许可在其住处储存烟花爆竹……</p>" + TAIL,
      column="penalty", shape="应急 烟花爆竹: 家住, spaced mobile, 执法证号 like mobiles",
      ids=["IDX"], phones=["MOB"], addrs=["示例县澡下镇白沙村委会上屋组21号"]),
    P("h504", head("示例县自然资源局", "示自然资罚〔2024〕15号") +
      "<p>当事人：罗某，性别：男，身份证号：{ID_FW}，住址：示例县温泉镇新溪村7组18号。</p>"
      "<p>违法地点：示例县温泉镇新溪村7组。当事人未经批准占用集体土地建房，占地面积168平方米……</p>"
      + TAIL,
      column="penalty", shape="自然资源 非法占地: full-width ID, 违法地点 beside the home",
      ids=["ID"], addrs=["示例县温泉镇新溪村7组18号"]),
    P("h505", head("示例县住房和城乡建设局", "示住建罚〔2024〕33号") +
      "<p>当事人：示例县宏图建筑劳务有限公司，统一社会信用代码：{USCC}，住所：示例县永宁镇"
      "城南大道66号，法定代表人：陈某。项目负责人：陈某某（身份证号：{ID}）。</p>"
      "<p>罚款缴纳：收款人：示例县财政局非税收入汇缴结算户，开户行：中国农业银行示例县支行，"
      "账号：{OACCT}。</p>" + TAIL,
      column="penalty", shape="住建 company, project manager's ID, 财政 罚没款 account",
      ids=["ID"]),
    P("h506", head("示例县农业农村局", "示农（农药）罚〔2024〕4号") +
      "<table><tr><td>当事人</td><td>李某某</td><td>证件类型</td><td>居民身份证</td></tr>"
      "<tr><td>证件号码</td><td>{ID_S}</td><td>电话</td><td>{MOB}</td></tr>"
      "<tr><td>地址</td><td colspan='3'>示例县棋坪镇棋坪社区解放街45号</td></tr></table>"
      "<p>当事人经营禁用农药……</p>" + TAIL,
      column="penalty", shape="农业 当事人基本情况 table, ID spaced 6-8-4, 地址 of a person",
      ids=["ID"], phones=["MOB"], addrs=["示例县棋坪镇棋坪社区解放街45号"]),
    P("h507", head("示例县文化广电新闻出版旅游局", "示文旅罚〔2024〕12号") +
      "<p>当事人：示例县极速网吧（个体工商户），经营者：钟某，身份证号：{ID}，"
      "住址：示例县永宁镇城西路27号2栋301室，联系电话：{MOB}，"
      "经营场所：示例县永宁镇定江路88号。</p><p>当事人接纳未成年人进入营业场所……</p>" + TAIL,
      column="penalty", shape="文旅 网吧 个体户: operator's home, 经营场所 public",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇城西路27号2栋301室"]),
    P("h508", head("示例县水利局", "示水罚〔2024〕3号") +
      "<p>当事人：刘某，男，1982年3月生，居民身份证号码：{ID_SPAN}，住示例县大塅镇港下村3组9号，"
      "联系方式：{MOB_86}。</p><p>当事人未经许可在示例河港下段河道采砂……</p>" + TAIL,
      column="penalty", shape="水利 河道采砂: ID in spans, 住 + place, +86 mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县大塅镇港下村3组9号"]),
    P("h509", head("中华人民共和国示例海关", "示关缉违字〔2024〕0123号") +
      "<p>当事人：周某，性别：女，国籍：中国，证件号码：{ID}，地址：广东省示例市福田区益田路"
      "3008号皇庭大厦21楼2103室。</p><p>2024年4月2日，当事人经示例口岸旅检通道入境，未向海关申报……"
      "罚款缴入中央国库，收款人：国家金库示例中心支库，账号：{OACCT}。</p>",
      column="penalty", shape="海关 旅客: 证件号码, 地址 with 楼/室, 国库 account",
      ids=["ID"], addrs=["广东省示例市福田区益田路3008号皇庭大厦21楼2103室"]),
    P("h510", head("示例县人力资源和社会保障局", "示人社监罚〔2024〕2号", "劳动保障监察行政处罚决定书") +
      "<p>用人单位名称：示例县锦绣服装有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>住所：示例县工业园区富民路6号</p><p>法定代表人：吴某</p>"
      "<p>经查，你单位拖欠张某等12名劳动者工资共计86400元……</p>"
      "<p>劳动保障监察举报投诉电话：12333，本局联系电话：0795-7001234。</p>",
      column="penalty", shape="人社 company, 12333 and the office's landline", ),
    P("h511", head("示例县医疗保障局", "示医保罚〔2024〕6号") +
      "<p>当事人：汪某，社会保障号码：{ID}，住址：示例县三都镇三都街112号，联系电话：{MOB}。</p>"
      "<p>当事人伪造医疗票据骗取医保基金1.2万元……责令退回，收款单位：示例县医疗保障基金专户，"
      "账号：{OACCT}。</p>" + TAIL,
      column="penalty", shape="医保 骗保 person: 社会保障号码 is the ID, fund account public",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇三都街112号"]),
    P("h512", "示例县市场监督管理局\n行政处罚决定书\n示市监处罚〔2024〕215号\n"
      "当事人基本情况\n姓名\t邱某\t性别\t男\n身份证号码\t{ID}\t联系电话\t{MOB}\n"
      "住址\t示例县高桥乡高桥村委会坳背组6号\n"
      "经查，当事人无证经营食品小作坊……\n",
      kind="attachment", title="示市监处罚〔2024〕215号行政处罚决定书", column="penalty",
      shape="docx table text, tab-joined cells",
      ids=["ID"], phones=["MOB"], addrs=["示例县高桥乡高桥村委会坳背组6号"]),
    P("h513", "示例县城市管理局\n行政处罚决定书\n示城管罚〔2024〕41号\n当事人：\n帅某，男，"
      "身份证号码：{ID_NL}，住示例县\n永宁镇茶山社区\n新华路19号。\n"
      "经查，当事人在示例县新华路违法搭建彩钢棚……\n",
      kind="attachment", title="行政处罚决定书（示城管罚〔2024〕41号）", column="penalty",
      shape="pdf text: ID and address broken by hard line breaks",
      ids=["ID"], addrs=["示例县永宁镇茶山社区新华路19号"]),
    P("h514", head("示例县市场监督管理局", "示市监处罚〔2024〕220号") +
      "<p>当事人：付某，性别：女，身份证号码：{IDX_FW}，住址：示例县大塅镇大塅街６８号，"
      "手机号码：{MOB_FW}。</p><p>当事人销售不合格电动自行车头盔……</p>" + TAIL,
      column="penalty", enc="gbk", shape="GBK page, full-width ID with Ｘ, mobile and house number",
      ids=["IDX"], phones=["MOB"], addrs=["示例县大塅镇大塅街68号"]),
    P("h515", "<h2>行政处罚信息双公示</h2><table><tr><th>行政相对人名称</th><th>行政相对人类别</th>"
      "<th>统一社会信用代码</th><th>法定代表人</th><th>证件号码</th><th>处罚决定书文号</th>"
      "<th>处罚内容</th></tr>"
      "<tr><td>示例县顺发汽修有限公司</td><td>法人及非法人组织</td><td>{USCCD}</td><td>钟某</td>"
      "<td></td><td>示环罚〔2024〕8号</td><td>罚款2万元</td></tr>"
      "<tr><td>饶某</td><td>自然人</td><td></td><td></td><td>{ID}</td>"
      "<td>示环罚〔2024〕9号</td><td>罚款5000元</td></tr></table>"
      "<p>投诉举报电话：12345、12315</p>",
      column="penalty", shape="双公示 table: a person's 证件号码 beside a digits-only USCC",
      ids=["ID"]),
    P("h516", "<h2>示例县拖欠农民工工资失信联合惩戒对象名单公示</h2><table>"
      "<tr><th>姓名</th><th>身份证号码</th><th>联系电话</th><th>所在单位</th><th>列入日期</th></tr>"
      "<tr><td>谢某</td><td>{ID}</td><td>{MOB}</td><td>示例县某某建筑工程队</td><td>2024-05-10</td></tr>"
      "<tr><td>何某</td><td>{ID2_M}</td><td>{MOB2_M}</td><td>个人</td><td>2024-05-10</td></tr>"
      "</table>",
      title="名单公示", shape="人社 失信 list: one row unmasked, one masked",
      ids=["ID"], phones=["MOB"]),
    P("h517", head("示例县市场监督管理局", "示市监送〔2024〕18号", "行政处罚决定书送达回证") +
      "<table><tr><td>送达文书</td><td>行政处罚决定书（示市监处罚〔2024〕231号）</td></tr>"
      "<tr><td>受送达人</td><td>孙某</td></tr><tr><td>受送达人电话</td><td>{MOB}</td></tr>"
      "<tr><td>送达地址</td><td>示例县温汤镇温汤村4组33号</td></tr>"
      "<tr><td>送达人</td><td>黄某（执法证号{CERT}）</td></tr></table>",
      title="行政处罚决定书送达回证", column="penalty",
      shape="送达回证 table: 受送达人 person, 送达地址, 执法证号",
      phones=["MOB"], addrs=["示例县温汤镇温汤村4组33号"]),
    P("h518", head("示例县住房和城乡建设局", "示住建告〔2024〕12号", "行政处罚事先告知书") +
      "<p>钱某（身份证号：{ID}，家庭住址：示例县城关镇建设路18号5栋2单元402室）：</p>"
      "<p>你在示例县城关镇建设路18号小区擅自拆改承重墙……根据《中华人民共和国行政处罚法》第四十四条，"
      "你有权进行陈述和申辩。</p><p>本机关地址：示例县建设路2号，联系人：李某，联系电话：0795-7003456。</p>",
      column="penalty", shape="告知书 addressed to a person, 家庭住址, office contact",
      ids=["ID"], addrs=["示例县城关镇建设路18号5栋2单元402室"]),
    P("h519", "<h2>示例县文化市场综合执法大队关于开展暑期文化市场专项整治的通告</h2>"
      "<p>欢迎群众监督举报，举报电话：12318，文旅服务热线：12345，大队值班电话：0795-7009876。</p>"
      "<p>执法人员统一着装并出示执法证件，执法证号：{CERT}。</p>"
      "<p>地址：示例县府前路9号，邮编：336300。</p>",
      title="公告", shape="通告: hotlines, the office's phones and address, 执法证号",),
    P("h520", "<h2>2024年第二季度临时救助对象公示</h2><table><tr><th>姓名</th><th>身份证号</th>"
      "<th>联系电话</th><th>家庭住址</th></tr>"
      "<tr><td>蒋某</td><td>{ID_M}</td><td>{MOB_M}</td><td>示例县**镇**村</td></tr>"
      "<tr><td>沈某</td><td>{ID2_MX}</td><td>{MOB2_MX}</td><td>示例县三都镇****</td></tr></table>",
      title="名单公示", shape="masked list: *, X masks, masked addresses"),
    P("h521", "<h2>示例县2024年耕地地力保护补贴发放公示（高桥乡）</h2><table>"
      "<tr><th>户主姓名</th><th>身份证号</th><th>一卡通账号</th><th>补贴面积（亩）</th><th>金额（元）</th></tr>"
      "<tr><td>曾某</td><td>{ID}</td><td>{CARD}</td><td>4.6</td><td>496.80</td></tr>"
      "<tr><td>邓某</td><td>{ID2}</td><td>{CARDL}</td><td>3.2</td><td>345.60</td></tr></table>",
      title="名单公示", shape="农业 补贴 list: 一卡通账号 cards, 16 and 19 digits",
      ids=["ID", "ID2"], banks=["CARD", "CARDL"]),
    P("h522", "<h2>示例县医疗救助对象名单公示</h2><table><tr><th>序号</th><th>姓名</th>"
      "<th>公民身份号码</th><th>联系方式</th><th>救助金额</th></tr>"
      "<tr><td>1</td><td>龚某</td><td>{IDX}</td><td>{MOB_S}</td><td>3000</td></tr>"
      "<tr><td>2</td><td>万某</td><td>{ID2_M}</td><td>{MOB2_M}</td><td>2000</td></tr></table>",
      title="名单公示", shape="医保 救助 list: ID with X, spaced mobile, masked second row",
      ids=["IDX"], phones=["MOB"]),
    P("h523", head("示例县应急管理局", "示应急罚〔2024〕11号") +
      "<p>当事人：徐某，男，身份证号码：{ID}，住所：示例县双溪镇双溪村2组15号，"
      "系示例县金山矿业有限公司安全生产管理人员。</p><p>该公司住所：示例县双溪镇工业小区3号，"
      "统一社会信用代码：{USCC}。</p><p>当事人未履行安全生产管理职责……</p>" + TAIL,
      column="penalty", shape="应急 person's 住所 next to his company's 住所",
      ids=["ID"], addrs=["示例县双溪镇双溪村2组15号"]),
    P("h524", head("示例县自然资源局", "示自然资罚〔2024〕22号") +
      "<p>当事人：马某，身份证号：{ID}，住址：示例县棋坪镇，电话：{MOB}。</p>"
      "<p>执法人员：王某，执法证号：{CERT}；赵某，执法证号：{CERT2}。案号：示自然资立〔2024〕22号。</p>"
      + TAIL,
      column="penalty", shape="自然资源: address only to township, 执法证号 like mobiles",
      ids=["ID"], phones=["MOB"]),
    P("h525", head("中华人民共和国示例海关", "示关缉违字〔2024〕0150号") +
      "<p>当事人：示例市通达进出口有限公司，海关编码：3609961234，统一社会信用代码：{USCC}，"
      "住所：示例市经开区港口路100号，法定代表人：田某。</p>"
      "<p>当事人于2024年2月20日以一般贸易方式申报出口，报关单号：530120240012345678……</p>",
      column="penalty", shape="海关 company: 海关编码, 报关单号 18 digits"),
    P("h526", head("示例县住房和城乡建设局", "示住建罚〔2024〕40号") +
      "<p>当事人：黎某，公民身份号码：{ID_CMT}，现居住于示例县永宁镇长安小区5栋1单元601室。</p>"
      "<p>当事人在长安小区5栋楼顶违法加建……</p>" + TAIL,
      column="penalty", shape="住建 person: comments inside the ID, 现居住于",
      ids=["ID"], addrs=["示例县永宁镇长安小区5栋1单元601室"]),
    P("h527", head("示例县人力资源和社会保障局", "示人社监罚〔2024〕5号", "劳动保障监察行政处罚决定书") +
      "<p>当事人：胡某（身份证号码{ID}），系示例县某某建筑工程有限公司承建项目的劳务班组长，"
      "手机号码{MOB}。</p><p>责令当事人于十五日内将拖欠工资支付至劳动者蔡某的银行卡（卡号：{CARD}）。</p>"
      + TAIL,
      column="penalty", shape="人社 包工头: a worker's card in the order",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h528", head("示例县医疗保障局", "示医保罚〔2024〕9号") +
      "<p>当事人：示例县仁和医院有限公司，统一社会信用代码：{USCC}，地址：示例县永宁镇人民路5号，"
      "法定代表人：苏某。</p><p>经查，当事人串换药品收费……责令退回医保基金，账户名称：示例县医疗保障局"
      "医保基金专户，账号：{OACCT}，开户行：中国建设银行示例县支行。</p>"
      "<p>举报电话：0795-7001122。</p>",
      column="penalty", shape="医保 hospital: company 地址, the fund's account, 举报电话"),
    P("h529", head("示例县文化广电新闻出版旅游局", "示文旅罚〔2024〕15号") +
      "<p>当事人：程某，导游证号：D-3609-123456，身份证号：{ID}，住址：江西省示例县港口镇港口村"
      "8组6号，联系电话：{MOB_D}。</p><p>当事人在带团过程中诱导游客购物……</p>" + TAIL,
      column="penalty", enc="gbk", shape="GBK 文旅 导游: 导游证号, dashed mobile",
      ids=["ID"], phones=["MOB"], addrs=["江西省示例县港口镇港口村8组6号"]),
    P("h530", head("示例县市场监督管理局", "示市监简罚〔2024〕31号", "当场行政处罚决定书") +
      "<p>当事人：示例县老潘小吃店（个体工商户），经营者：潘某，身份证号：{ID_FONT}，"
      "住址：示例县永宁镇东门路3号，经营场所：示例县永宁镇南门路12号。</p>" + TAIL,
      column="penalty", shape="个体户 简易程序: ID in font/b tags, operator's home",
      ids=["ID"], addrs=["示例县永宁镇东门路3号"]),
    P("h531", head("示例县农业农村局", "示农罚〔2024〕12号") +
      "<p>当事人：柯某，身份证号码：{ID_ZW}，联系电话：{MOB}。</p>"
      "<p>当事人在禁渔期内使用电鱼方式捕捞……</p>" + TAIL,
      column="penalty", shape="农业 渔政: zero-width space inside the ID",
      ids=["ID"], phones=["MOB"]),
    P("h532", head("示例县水利局", "示水罚〔2024〕6号") +
      "<p>当事人：尹某，身份证号码：{ID_BR}，住址：示例县宝峰镇宝峰村委会东坑组10号。</p>"
      "<p>当事人在示例河堤防保护范围内建房……</p>" + TAIL,
      column="penalty", shape="水利: <br> inside the ID",
      ids=["ID"], addrs=["示例县宝峰镇宝峰村委会东坑组10号"]),
    P("h533", "<h2>河道采砂行政处罚结果公示</h2><table><tr><th>序号</th><th>当事人名称</th>"
      "<th>法定代表人（负责人）证件号码</th><th>违法行为</th><th>处罚决定</th></tr>"
      "<tr><td>1</td><td>廖某</td><td>{ID}</td><td>无证采砂</td><td>罚款3万元</td></tr>"
      "<tr><td>2</td><td>示例县砂石有限公司</td><td>{USCCD}</td><td>超量采砂</td><td>罚款10万元</td></tr>"
      "</table>",
      column="penalty", shape="水利 公示 table: a USCC in the 证件号码 column of a company",
      ids=["ID"]),
    P("h534", "<h2>示例海关关于旅客暂扣物品认领的公告</h2><p>下列旅客请于2024年7月31日前来我关"
      "办理认领手续：</p><table><tr><th>姓名</th><th>证件号码</th><th>联系电话</th><th>暂扣物品</th></tr>"
      "<tr><td>张某某</td><td>{ID_M}</td><td>{MOB}</td><td>香烟4条</td></tr></table>"
      "<p>咨询电话：12360</p>",
      title="公告", shape="海关 公告 list: masked ID, unmasked mobile, 12360",
      phones=["MOB"]),
    P("h535", head("示例县市场监督管理局", "示市监处罚〔2024〕240号") +
      "<p>当事人：宋某，身份证号码：{ID_M}，联系电话：{MOB_M}。</p><p>经查，当事人通过网络平台"
      "销售假冒商品，交易流水号：{ORDER}，订单号：{ORDER2}，涉案金额20240元，于2024年3月15日"
      "（20240315）被查获。</p>" + TAIL,
      column="penalty", shape="masked party; Luhn-valid 流水号 and 订单号; dates and amounts"),
    P("h536", head("示例县市场监督管理局", "示工商处字〔2012〕18号") +
      "<p>当事人：示例县华美装饰有限公司，注册号：{IDF}，住所：示例县永宁镇建设路30号，"
      "法定代表人：冯某。</p><p>当事人虚假宣传……</p>" + TAIL,
      column="penalty", shape="old decision: a 15-digit 注册号 that passes the ID checks"),
    P("h537", head("示例县工商行政管理局", "示工商处字〔2006〕7号") +
      "<p>当事人：卢某，男，身份证号码：{IDF}，住址：示例县城关镇北门街21号。</p>"
      "<p>当事人无照经营……</p>" + TAIL,
      column="penalty", shape="old decision: a 15-digit ID with context",
      ids=["IDF"], addrs=["示例县城关镇北门街21号"]),
    P("h538", head("示例县应急管理局", "示应急罚〔2024〕15号") +
      "<p>当事人：聂某，女，身份证号码：{ID}，住址：示例县大塅镇建设路9号，"
      "联系电话：{LAND}（住宅）。</p><p>本局联系电话：0795-7001111。</p>",
      column="penalty", shape="the party's own landline, the office's landline",
      ids=["ID"], phones=["LAND"], addrs=["示例县大塅镇建设路9号"]),
    P("h539", head("示例县市场监督管理局", "示市监退〔2024〕3号", "退还罚没款决定书") +
      "<p>熊某（身份证号码：{ID}）：</p><p>经复议，撤销原处罚决定，现将已缴罚款2000元退还至"
      "你本人账户：户名：熊某，开户行：中国邮政储蓄银行示例县支行，账号：{ACCT}。</p>"
      "<p>原罚款缴入账户：示例县财政局非税收入专户，账号：{OACCT}。</p>",
      column="penalty", shape="refund to a person's 账号 (no Luhn), 财政 account",
      ids=["ID"], banks=["ACCT"]),
    P("h540", "<h2>示例县自然资源局公告送达行政处罚决定书</h2><p>单某（公民身份号码{IDX}，"
      "原住址示例县石桥镇石桥村6组20号）：</p><p>因无法直接送达，现依法向你公告送达"
      "《行政处罚决定书》（示自然资罚〔2024〕30号）……</p><p>联系电话：0795-7004321</p>",
      title="公告送达行政处罚决定书", column="penalty", shape="公告送达 to a person, 原住址",
      ids=["IDX"], addrs=["示例县石桥镇石桥村6组20号"]),
    P("h541", head("示例县市场监督管理局", "示市监处罚〔2024〕245号") +
      "<p>当事人：　方某</p><p>身份证号：　{ID}</p><p>联系电话：　{MOB_NB}</p>"
      "<p>住　　址：　示例县澡下镇澡下街道新街36号</p>" + TAIL,
      column="penalty", enc="gbk", shape="GBK, U+3000 padding and U+3000 inside the mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县澡下镇澡下街道新街36号"]),
    P("h542", "<h2>行政处罚结果公示</h2><table><tr><th>序号</th><th>当事人</th><th>证照号码</th>"
      "<th>户籍地址</th><th>处罚结果</th></tr><tr><td>1</td><td>彭某</td><td>{ID}</td>"
      "<td>示例县三都镇茶山村8组11号</td><td>罚款2000元</td></tr></table>",
      title="行政处罚结果公示", column="penalty",
      shape="公示 table: 当事人 and 户籍地址 headers",
      ids=["ID"], addrs=["示例县三都镇茶山村8组11号"]),
    P("h543", "<h2>行政处罚信息公示</h2><table><tr><th>行政相对人名称</th><th>统一社会信用代码</th>"
      "<th>法定代表人</th><th>经营场所</th><th>处罚事由</th></tr>"
      "<tr><td>示例县百佳超市（个体工商户）</td><td>{USCCD}</td><td>严某</td>"
      "<td>示例县永宁镇解放路77号</td><td>销售过期食品</td></tr></table><p>监督电话：12315</p>",
      column="penalty", shape="个体户 双公示: digits-only USCC, 经营场所 column, 12315"),
    P("h544", "示例县应急管理局\n行政处罚决定书\n示应急罚〔2024〕9号\n被处罚人：危某  性别：男\n"
      "身份证号：{ID}\n住  址：示例县三都镇\n洞口村1组7号\n联系方式：{MOB}\n"
      "经查，2024年4月，你在未取得许可的情况下经营烟花爆竹……\n",
      kind="attachment", title="示应急罚〔2024〕9号行政处罚决定书", column="penalty",
      shape="pdf text: label spaced out, address broken at a line end",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇洞口村1组7号"]),
    P("h545", head("示例县人力资源和社会保障局", "示人社罚〔2024〕8号") +
      "<p>当事人：康某，身份证号码：{ID}。</p><p>经查，当事人在其母亲死亡后未办理停保手续，"
      "继续冒领养老金，冒领款项均转入社会保障卡银行账号{CARDL}……</p>" + TAIL,
      column="penalty", shape="人社 冒领养老金: 社会保障卡银行账号 (19-digit card)",
      ids=["ID"], banks=["CARDL"]),
    P("h546", "<h2>文化市场失信主体名单</h2><table><tr><th>姓名</th><th>身份证号</th>"
      "<th>所在单位</th><th>认定部门</th></tr><tr><td>戴某</td><td>{IDX_LOW}</td>"
      "<td>示例县星光歌舞厅</td><td>示例县文化广电新闻出版旅游局</td></tr></table>",
      title="名单公示", shape="文旅 失信 list: ID with lower-case x", ids=["IDX"]),
    P("h547", head("示例县农业农村局", "示农渔罚〔2024〕2号") +
      "<p>当事人：陶某，男，身份证号码：{ID}，住址：示例县港口镇渔业村3组22号，手机：{MOB}。</p>"
      "<p>船名号：赣示渔12345，捕捞许可证号：（赣）船捕（2020）HY-360999号。</p>" + TAIL,
      column="penalty", shape="渔政: 船名号 and 捕捞许可证号",
      ids=["ID"], phones=["MOB"], addrs=["示例县港口镇渔业村3组22号"]),
    P("h548", head("示例县文化广电新闻出版旅游局", "示文旅罚〔2024〕18号") +
      "<p>当事人：示例县欢乐颂娱乐有限公司，统一社会信用代码：{USCC}，住所：示例县永宁镇中山路"
      "100号3楼，法定代表人：高某。</p><p>当事人超时营业……</p>"
      "<div class='footer'>主办：示例县人民政府 地址：示例县府前路1号 电话：0795-7002222 "
      "邮编：336300 赣ICP备05001234号</div>",
      column="penalty", shape="company 住所 with 楼, website footer"),
    P("h549", head("示例县住房和城乡建设局", "示住建罚〔2024〕45号") +
      "<p>当事人：柳某，身份证号码：{ID_HALF}，手机：{MOB_HALF}。</p>"
      "<p>当事人未取得施工许可证擅自施工……</p>" + TAIL,
      column="penalty", shape="住建: half full-width ID and mobile", ids=["ID"], phones=["MOB"]),
    P("h550", head("示例县市场监督管理局", "示市监处罚〔2024〕250号", "行政处罚告知书") +
      "<p>当事人：段某，身份证号码：{ID_M}，住址：示例县永宁镇**路**号，联系电话：{MOB_M}。</p>"
      "<p>执法人员：雷某，执法证号：{CERT}。</p>" + TAIL,
      column="penalty", shape="告知书 fully masked: *, **路**号"),
    P("h551", "<h2>违法用地查处情况公示</h2><table><tr><th>违法当事人</th><th>身份证号码</th>"
      "<th>违法用地位置</th><th>面积（㎡）</th><th>查处情况</th></tr>"
      "<tr><td>傅某</td><td>{ID}</td><td>示例县温泉镇新溪村3组</td><td>120</td><td>已拆除</td></tr>"
      "</table>",
      title="名单公示", shape="自然资源 公示: 违法用地位置 is not an address", ids=["ID"]),
    P("h552", "<h2>示例县2024年6月农民工工资代发公示</h2><table><tr><th>姓名</th><th>身份证号</th>"
      "<th>工资卡号</th><th>实发金额</th></tr>"
      "<tr><td>叶某</td><td>{ID}</td><td>{CARD}</td><td>5600</td></tr>"
      "<tr><td>闵某</td><td>{ID2}</td><td>{CARD2_M}</td><td>4800</td></tr></table>",
      title="名单公示", shape="工资代发 list: one card unmasked, one masked",
      ids=["ID", "ID2"], banks=["CARD"]),
    P("h553", "<h2>示例县护林员选聘结果公示</h2><p>1.　姚某，身份证号码：{ID}，联系电话：{MOB_CMT}，"
      "管护区域：示例县高桥乡。</p><p>2.　卫某，身份证号码：{ID2_M}，联系电话：{MOB2_M}。</p>"
      "<p>公示期间如有异议，请拨打监督电话：0795-7006789。</p>",
      title="名单公示", shape="公示 in running text: a comment inside the mobile",
      ids=["ID"], phones=["MOB"]),
    P("h554", head("示例县医疗保障局", "示医保罚〔2024〕12号") +
      "<p>当事人：示例县康宁大药房（个体工商户），经营者：石某，身份证号：{IDX}，"
      "经营场所：示例县永宁镇人民路58号，联系电话：{MOB}。</p>"
      "<p>经查，当事人为参保人刷卡串换生活用品，涉及结算单号{ORDER}……</p>" + TAIL,
      column="penalty", shape="医保 药店 个体户: operator's mobile, 经营场所, a Luhn-valid 结算单号",
      ids=["IDX"], phones=["MOB"]),
]
