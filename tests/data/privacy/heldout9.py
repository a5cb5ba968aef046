"""The ninth held-out passages: written blind after the heldout8 fixes, by someone who did
not read the detectors (plugins/national/), labelled by hand from the rules' definitions
(rules.md, privacy.md and the definitions of privacy.id-number, privacy.phone,
privacy.bank-account and privacy.address) before the first run. Shapes: decisions of 公安
(治安 with two 违法行为人 in one sentence, 赌博 with the party's own debit card, 交警 简易程序
on a GBK page), 市场监管 (个体户 as a key-value table, 网店 run by a person whose 住所 is a
home, a company whose 法定代表人 has a 家庭住址 and a mobile), 生态环境, 交通运输 (驾驶证号 =
身份证号), 自然资源 (first-generation ID, 户籍地 and 现住址 one field per line), 卫健 (非法行医
with a patient's ID), 城管, 税务 (简易, 纳税人识别号 = 身份证件号码, the party's landline), 渔政
(three parties in a table under a merged header row), 人社 (a 包工头 and a worker in the facts),
消防 (OCR-spaced attachment), 医保 (社会保障卡 金融账户), 林业 (保证金 refunded to the party's
account), 农资 (合作社 理事长); 听证通知书 with a lawyer's mobile, 催告书 (送达地址), 公告送达
(numbered items, 户籍地址), a 送达公告 outside the penalty column whose title names the
处罚决定书 (经常居住地, 户籍所在地), 税收强制执行决定书 (扣缴 from a personal account), 双公示
table with a 自然人 row; published lists and other pages: 低保 (家庭住址 outside a decision),
临时救助 and 医疗救助 spreadsheets (missing cells, a line break inside a row, OCR spacing),
耕地地力补贴 with 一卡通/存折 accounts, 失信 名单 with a mixed 统一社会信用代码/身份证号码 column,
创业担保贷款 (Luhn-valid 借款合同编号), 信访 处理意见书, 行政复议决定书, 房屋征收补偿协议 公示,
土地流转合同 (the village's account against the lessee's card), 危房改造 with a two-row header,
公益性岗位, 宅基地 审批 as a run-on paragraph, 公租房 on a GBK page, 征地补偿 run-on with 15-digit
ID, 身份证待领取 名单, 雨露计划 with 户主 cards; numbers split by spans, fonts, comments, <br>,
zero-width spaces, U+3000, dashes, spaces, line breaks, full-width and half full-width digits,
lower-case x, +86. Look-alikes: 统一社会信用代码 (also all-digit), 15-digit 注册号 that pass the
ID test, 执法证号 that look like mobiles, a lawyer's 执业证号, 准考证号, 受理编号, 出厂编号,
缴款码, 监测报告编号, 交易流水号 with a mobile inside, 档案编号, VIN, 快递单号, the office's
罚没款 and 国库 accounts, company accounts (基本账户, 保证金退付, 村集体), a company's landline,
联系人 mobiles on a 公示, a duty mobile on a notice, fully masked decisions, an address that
stops at the township, company 住所 with 栋/室, 经营场所, 违法建设地点 in the party's own
building, the footer.
"""

from __future__ import annotations

from passage import P

TAIL = ("<p>当事人如对本处罚决定不服，可以自收到本决定书之日起六十日内向示例县人民政府申请"
        "行政复议，也可以在六个月内直接向示例县人民法院提起行政诉讼。当事人逾期不申请行政复议、"
        "不提起行政诉讼又不履行本决定的，本机关将依法申请人民法院强制执行。</p>")
CTAIL = ("<p>如不服本决定，可在收到本决定书之日起六十日内向示例市临江区人民政府申请行政复议，"
         "或者在六个月内向示例市临江区人民法院提起行政诉讼。</p>")
FOOT = ("<div class='footer'><p>主办：示例县人民政府办公室　地址：示例县城关镇人民大道99号　"
        "邮政编码：336999</p><p>办公室电话：0795-7000888　政务服务便民热线：12345　"
        "网站标识码：3609990002　赣ICP备05054321号　赣公网安备 36099902000456号</p></div>")
CFOOT = ("<div id='bottom'>主办单位：示例市临江区人民政府办公室 地址：示例市临江区府前路16号 "
         "电话：0797-8201888 网站标识码：3607020003 赣ICP备06012345号</div>")
TFOOT = ("<div class='foot'>示例县永宁镇人民政府 版权所有　地址：示例县永宁镇建设路8号　"
         "电话：0795-7100101　网站标识码：3609990017</div>")
PAY = ("<p>罚款请于收到本决定书之日起十五日内缴至示例县非税收入汇缴专户（户名：示例县财政局，"
       "账号：{OACCT}，开户行：中国农业银行示例县支行），到期不缴纳罚款的，每日按罚款数额的"
       "百分之三加处罚款。</p>")


def head(agency: str, number: str, title: str = "行政处罚决定书") -> str:
    return f"<div class='doc'><h1>{agency}</h1><h2>{title}</h2><p class='wh'>{number}</p>"


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (f"<html><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset={charset}'><title>{title}</title></head><body>{body}</body></html>")


PASSAGES = [
    # --- penalty decisions and other documents of the penalty column -------------------
    P("h801", head("示例县公安局", "示公（城）行罚决字〔2024〕0236号") +
      "<p>违法行为人黄某某（男，汉族，公民身份号码{ID}，现住示例县城关镇建设路45号）、李某"
      "（男，汉族，公民身份号码{ID2}，家住示例县三都镇河口村6组12号）于2024年5月3日22时许，在"
      "示例县城关镇夜市一条街“老地方”烧烤店内因琐事与他人发生争执，相互殴打，致一人轻微伤。</p>"
      "<p>以上事实有违法行为人的陈述和申辩、被侵害人陈述、证人证言、现场监控视频等证据证实。</p>"
      "<p>根据《中华人民共和国治安管理处罚法》第二十六条第一项之规定，现决定对黄某某行政拘留"
      "十日，并处罚款五百元；对李某行政拘留七日。</p><p>执行方式和期限：送示例县拘留所执行。"
      "</p>" + TAIL + "<p>示例县公安局　2024年5月4日</p></div>" + FOOT,
      column="penalty", title="示公（城）行罚决字〔2024〕0236号行政处罚决定书",
      shape="公安 治安: two 违法行为人 in one sentence, bracketed, 现住 and 家住",
      ids=["ID", "ID2"],
      addrs=["示例县城关镇建设路45号", "示例县三都镇河口村6组12号"]),
    P("h802", head("示例县市场监督管理局", "示市监处罚〔2024〕58号") +
      "<table border='1' cellspacing='0'>"
      "<tr><td>当事人名称</td><td>示例县永宁镇惠民副食店</td><td>主体类型</td><td>个体工商户</td></tr>"
      "<tr><td>统一社会信用代码</td><td colspan='3'>{USCC}</td></tr>"
      "<tr><td>经营场所</td><td colspan='3'>示例县永宁镇新华街26号</td></tr>"
      "<tr><td>经营者</td><td>王某某</td><td>性别</td><td>女</td></tr>"
      "<tr><td>身份证号</td><td>{ID_SPAN}</td><td>联系电话</td><td>{MOB_FONT}</td></tr>"
      "<tr><td>住址</td><td colspan='3'>示例县永宁镇石桥村委会石桥组21号</td></tr></table>"
      "<p>2024年4月9日，本局执法人员对当事人经营场所进行检查，发现当事人货架上销售的“某某牌”"
      "辣条（规格：100g/袋）已超过保质期，共计12袋……</p>"
      "<p>依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项，本局决定：1.没收超过"
      "保质期的辣条12袋；2.罚款人民币伍仟元。</p>" + PAY + TAIL + "</div>" + FOOT,
      column="penalty", title="示市监处罚〔2024〕58号",
      shape="市场监管 个体户 as a key-value table: span-split ID, font-split mobile, 住址 vs 经营场所",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇石桥村委会石桥组21号"]),
    P("h803", head("示例市生态环境局", "示环罚〔2024〕21号") +
      "<p>当事人：示例市鑫达陶瓷有限公司</p><p>统一社会信用代码：{USCCD}</p>"
      "<p>住所：示例市临江区陶瓷工业园A区6号</p><p>法定代表人：刘某　联系方式：{MOB_D}</p>"
      "<p>环保负责人：何某某（手机{MOB2}）</p>"
      "<p>2024年3月15日，我局执法人员对你公司进行现场检查，并委托示例市环境监测站对1号隧道窑"
      "排气筒进行采样监测（监测报告编号：{ORDER}），结果显示颗粒物排放浓度为46.3mg/m³，超过"
      "《陶瓷工业污染物排放标准》规定的限值……</p>"
      "<p>依据《中华人民共和国大气污染防治法》第九十九条第（二）项，我局决定对你公司罚款人民币"
      "拾贰万元。</p>"
      "<p>罚款缴纳：户名示例市财政局，账号{OACCT}。你公司在申请退付时登记的基本存款账户为"
      "中国工商银行示例市分行营业部，账号{ACCT}。</p>"
      "<p>环境违法行为举报电话：12369</p>" + CTAIL + "</div>" + CFOOT,
      column="penalty", title="示环罚〔2024〕21号行政处罚决定书",
      shape="生态环境 company: the 法定代表人's dashed mobile and a named 环保负责人's mobile; "
            "Luhn-valid 监测报告编号, company and office accounts",
      phones=["MOB", "MOB2"]),
    P("h804", head("示例县交通运输局", "示交执罚〔2024〕114号") +
      "<p>当事人：熊某某　性别：男</p><p>身份证号码（驾驶证号）：{ID}</p>"
      "<p>从业资格证号：{ID}</p><p>住址：示例县城关镇东门社区胜利巷7号</p>"
      "<p>联系电话：{MOB_NB}</p>"
      "<p>车辆牌号：赣C·7K532　车辆识别代号：LGBH52E03JY123456　"
      "道路运输证号：赣交运管示字360999012345号</p>"
      "<p>2024年6月2日，当事人驾驶赣C·7K532小型普通客车，在G320国道示例县城关镇高速互通口附近"
      "未取得道路运输经营许可，擅自从事道路旅客运输经营，被本局执法人员当场查获。</p>"
      "<p>依据《中华人民共和国道路运输条例》第六十三条，本局决定：罚款人民币壹万元。</p>" +
      PAY + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="交通运输 运政: ID as 驾驶证号 and 从业资格证号 (one number twice), U+3000-spaced "
            "mobile, 社区 + 巷 address, VIN and 道路运输证号",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇东门社区胜利巷7号"]),
    P("h805",
      "示例县自然资源局\n行政处罚决定书\n示自然资罚〔2024〕7号\n\n"
      "当事人：温某某\n性别：男\n身份证号码：{IDF}\n"
      "户籍地：示例县棋坪镇棋坪村4组15号\n"
      "现住址：示例县城关镇新城路133号2单元301室\n"
      "联系电话：{MOB_NL}\n\n"
      "经查，2023年11月，当事人未经批准，擅自占用示例县棋坪镇棋坪村4组集体土地（地类：旱地）"
      "建设住宅，占地面积186.5平方米，不符合示例县国土空间总体规划。\n"
      "宗地统一编码：360999 103 204 JC00517\n"
      "以上事实有现场勘测笔录、询问笔录、照片等证据证实。\n"
      "根据《中华人民共和国土地管理法》第七十八条，本局决定：责令退还非法占用的土地，限期"
      "十五日内拆除在非法占用的土地上新建的建筑物和其他设施。\n"
      "当事人如不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议。\n\n"
      "示例县自然资源局\n2024年4月18日\n"
      "（本局地址：示例县城关镇府前路3号　联系电话：0795-7023456）\n",
      kind="attachment", column="penalty",
      shape="自然资源 attachment, one field per line: 15-digit ID, 户籍地 and 现住址, mobile "
            "broken by a line break",
      ids=["IDF"], phones=["MOB"],
      addrs=["示例县棋坪镇棋坪村4组15号", "示例县城关镇新城路133号2单元301室"]),
    P("h806", head("示例县卫生健康委员会", "示卫医罚〔2024〕5号") +
      "<p>当事人：曾某某，女，身份证号：{IDX_LOW}，住示例县排埠镇排埠街88号，"
      "联系电话：{MOB_HALF}。</p>"
      "<p>经查，2024年2月至4月，当事人未取得《医疗机构执业许可证》，在示例县排埠镇排埠街90号"
      "门面内擅自开展静脉输液等诊疗活动。其中，2024年4月11日为患者陈某（身份证号：{ID2}）"
      "输液治疗，收取费用180元。</p>"
      "<p>依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款，本委决定：1.没收违法"
      "所得人民币2460元；2.没收药品和医疗器械一批；3.罚款人民币伍万元。</p>"
      "<p>执法人员：郭某（执法证号：{CERT}）、曹某（执法证号：{CERT2}）</p>"
      "<p>卫生健康监督举报电话：12320、0795-7031234</p>" + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="卫健 非法行医: lower-case x ID, half full-width mobile, a patient's ID in the facts, "
            "执法证号 like mobiles",
      ids=["IDX", "ID2"], phones=["MOB"], addrs=["示例县排埠镇排埠街88号"]),
    P("h807", head("示例县城市管理局", "示城管罚〔2024〕33号") +
      "<p>当事人：严某某，男，公民身份号码：{ID_NB}</p>"
      "<p>现住址：示例县城关镇锦绣花园小区12幢1单元602室</p>"
      "<p>违法建设地点：示例县城关镇锦绣花园小区12幢楼顶</p>"
      "<p>经查，当事人于2024年3月未取得建设工程规划许可证，在其所住单元楼顶擅自搭建彩钢瓦"
      "结构房屋一间，面积约42平方米。本局于2024年4月2日责令当事人限期自行拆除，当事人逾期"
      "未拆除。</p>"
      "<p>依据《中华人民共和国城乡规划法》第六十四条，本局决定：限当事人于2024年6月30日前"
      "自行拆除上述违法建筑。</p>" + TAIL + "</div>" + FOOT,
      column="penalty", title="示城管罚〔2024〕33号",
      shape="城管 违建: U+3000-spaced ID, 现住址 in a 小区 vs the 违法建设地点 in the same building",
      ids=["ID"], addrs=["示例县城关镇锦绣花园小区12幢1单元602室"]),
    P("h808",
      "<h1>国家税务总局示例县税务局</h1><h2>税务行政处罚决定书（简易）</h2>"
      "<p>示税简罚〔2024〕1027号</p><table>"
      "<tr><th>纳税人名称</th><td>卢某某</td><th>纳税人识别号（身份证件号码）</th><td>{ID}</td></tr>"
      "<tr><th>地址</th><td>示例县三都镇三都街西路16号</td><th>联系电话</th><td>{LAND}</td></tr>"
      "</table>"
      "<p>你于2024年3月1日至2024年3月31日未按照规定期限办理个人所得税（经营所得）纳税申报。"
      "根据《中华人民共和国税收征收管理法》第六十二条，决定处以罚款200元。</p>"
      "<p>请于2024年6月20日前到国家税务总局示例县税务局第一税务分局（示例县城关镇和平路20号）"
      "或通过电子税务局缴纳罚款。纳税服务热线：12366。</p>" + FOOT,
      column="penalty", title="税务行政处罚决定书（简易）",
      shape="税务 简易: 纳税人识别号 that is the 身份证件号码, 地址 of a natural person, "
            "the party's landline; the tax office's address",
      ids=["ID"], phones=["LAND"], addrs=["示例县三都镇三都街西路16号"]),
    P("h809", head("示例县农业农村局", "示农（渔）罚〔2024〕12—14号") +
      "<p>2024年5月18日夜，示例县农业综合行政执法大队在示例河排埠段巡查时，查获以下3人使用"
      "电鱼器具非法捕捞水产品。现将处罚决定一并列明如下：</p><table border='1'>"
      "<tr><th colspan='4'>当事人基本情况</th><th colspan='2'>处罚情况</th></tr>"
      "<tr><th>姓名</th><th>身份证号</th><th>住址</th><th>联系电话</th><th>没收</th>"
      "<th>罚款（元）</th></tr>"
      "<tr><td>邓某</td><td>{ID}</td><td>示例县排埠镇排埠村2组8号</td><td>{MOB}</td>"
      "<td>电鱼器具1套、渔获物3.5公斤</td><td>2000</td></tr>"
      "<tr><td>邓某某</td><td>{ID2}</td><td>示例县排埠镇排埠村2组10号</td><td>{MOB2_S}</td>"
      "<td>电鱼器具1套</td><td>1500</td></tr>"
      "<tr><td>黎某</td><td>{ID3_CMT}</td><td>示例县带溪乡黄沙村委会上黄组3号</td>"
      "<td>{MOB3_M}</td><td>电鱼器具1套</td><td>1500</td></tr></table>"
      "<p>依据《中华人民共和国渔业法》第三十八条第一款。</p>" + PAY + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="渔政 three parties in a table under a merged header row: comment-split ID, "
            "spaced and masked mobiles, 住址 column",
      ids=["ID", "ID2", "ID3"], phones=["MOB", "MOB2"],
      addrs=["示例县排埠镇排埠村2组8号", "示例县排埠镇排埠村2组10号",
             "示例县带溪乡黄沙村委会上黄组3号"]),
    P("h810", head("示例市临江区人力资源和社会保障局", "临人社监罚字〔2024〕第9号",
                   "劳动保障监察行政处罚决定书") +
      "<p>被处罚人：谭某某，男，身份证号{ID}，户籍地：示例市临江区河西街道向阳路22号附3号，"
      "联系电话{MOB_86}。</p>"
      "<p>经查，你作为不具备合法经营资格的个人，承包示例市临江区城南安置房项目木工劳务，于2023年"
      "8月至12月招用工人17名，未按时足额支付工资，其中欧某（身份证号码{ID2}）被拖欠工资21600元"
      "……</p><p>该项目农民工工资专用账户：示例市城建集团有限公司，开户行中国农业银行临江支行，"
      "账号{ACCT}。</p>"
      "<p>根据《保障农民工工资支付条例》第五十五条，决定对你处以罚款人民币叁万元。</p>"
      "<p>劳动保障监察投诉举报电话：12333</p>" + CTAIL + "</div>" + CFOOT,
      column="penalty",
      shape="人社 包工头 (person): +86 mobile, 户籍地 with 附号, a worker's ID in the facts, "
            "the project company's wage account",
      ids=["ID", "ID2"], phones=["MOB"], addrs=["示例市临江区河西街道向阳路22号附3号"]),
    P("h811", head("示例市临江区市场监督管理局", "临市监处罚〔2024〕102号") +
      "<p>当事人：示例市临江区鸿运房地产经纪有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>住所：示例市临江区中山路188号金融大厦15楼1503室</p>"
      "<p>法定代表人：钟某（公民身份号码：{ID}，家庭住址：示例市临江区滨江花园3栋1102室，"
      "手机：{MOB}）</p>"
      "<p>经查，当事人于2024年1月至3月在某房产信息平台发布不存在的低价房源广告共37条……</p>"
      "<p>依据《中华人民共和国广告法》第五十五条，本局决定：罚款人民币肆万元。</p>" +
      CTAIL + "</div>" + CFOOT,
      column="penalty", title="临市监处罚〔2024〕102号",
      shape="市场监管 company: the 法定代表人's ID, 家庭住址 and mobile in one bracket, against "
            "the company 住所 with 楼/室",
      ids=["ID"], phones=["MOB"], addrs=["示例市临江区滨江花园3栋1102室"]),
    P("h812",
      "示例县消防救援大队\n行 政 处 罚 决 定 书\n示（消）行罚决字〔2024〕0019号\n\n"
      "违 法 行 为 人：施某某　　性 别：男\n"
      "身 份 证 号：{ID_S}\n"
      "住　　址：示例县城关镇沿江北路72号3栋2单元401室\n"
      "联 系 电 话：{MOB_S}\n"
      "工 作 单 位：无\n\n"
      "现查明2024年4月2日20时许，施某某将电动自行车停放在示例县城关镇沿江北路72号3栋2单元"
      "一楼楼道内充电，占用疏散通道……\n"
      "以上事实有现场检查记录、询问笔录、照片等证据证实。\n"
      "根据《中华人民共和国消防法》第六十条第二款，决定给予施某某警告，并处罚款人民币伍佰元。\n"
      "执行方式和期限：当场缴纳。\n"
      "如不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议。\n"
      "示例县消防救援大队（印）\n二〇二四年四月八日\n",
      kind="attachment", column="penalty",
      shape="消防 attachment with OCR-like spaced labels: 6-8-4 spaced ID, 3-4-4 mobile, "
            "住 U+3000 址, the offence in the same stairwell",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇沿江北路72号3栋2单元401室"]),
    P("h813",
      "<h2>示例县市场监督管理局公告送达</h2><p>徐某某、甘某：</p>"
      "<p>因采用直接送达、邮寄送达等方式均无法向你们送达，根据《市场监督管理行政处罚程序规定》"
      "第八十二条的规定，现依法向你们公告送达以下文书：</p>"
      "<p>1. 徐某某（身份证号码：{ID}，户籍地址：示例县永宁镇城西村委会西坑组5号）：《行政处罚"
      "决定书》（示市监处罚〔2024〕41号）；</p>"
      "<p>2. 甘某（身份证号码：{ID2_FW}，户籍地址：示例县温泉镇温泉路东段118号）：《行政处罚"
      "决定书》（示市监处罚〔2024〕43号）。</p>"
      "<p>自本公告发布之日起经过三十日，即视为送达。请于公告期满前到本局法规科（示例县城关镇"
      "府前路5号）领取上述文书。</p><p>联系人：刘某　联系电话：0795-7012266</p>" + FOOT,
      column="penalty", title="公告送达",
      shape="公告送达 in the penalty column: numbered items, full-width ID, 户籍地址",
      ids=["ID", "ID2"],
      addrs=["示例县永宁镇城西村委会西坑组5号", "示例县温泉镇温泉路东段118号"]),
    P("h814", head("示例县应急管理局", "示应急催告〔2024〕2号", "履行行政处罚决定催告书") +
      "<p>当事人：罗某某</p><p>公民身份号码：{IDX}</p>"
      "<p>送达地址：示例县黄岗镇黄岗村委会新屋组31号</p>"
      "<p>本局于2024年3月12日对你作出示应急罚〔2024〕8号《行政处罚决定书》，决定对你罚款人民币"
      "贰万元，该决定书已于2024年3月15日送达。你在法定期限内未申请行政复议或提起行政诉讼，至今"
      "未履行。根据《中华人民共和国行政强制法》第三十五条、第五十四条，现催告你自收到本催告书之日"
      "起十日内履行上述义务。逾期仍未履行的，本局将依法申请人民法院强制执行。</p>"
      "<p>缴款账户：示例县财政局（非税收入），开户行：示例县农商银行营业部，账号：{OACCT}</p>"
      "<p>你有权进行陈述和申辩。联系电话：0795-7016110</p></div>" + FOOT,
      column="penalty",
      shape="催告书 in the penalty column: ID with X, 送达地址 in a village group",
      ids=["IDX"], addrs=["示例县黄岗镇黄岗村委会新屋组31号"]),
    P("h815", head("示例市公安局临江分局", "临公（治）行罚决字〔2024〕1187号") +
      "<p>违法行为人：范某某，男，身份证号码：{ID}，现住址：示例市临江区建设西路58号6栋502室，"
      "手机号码：{MOB_CMT}。</p>"
      "<p>现查明：2024年4月至5月，范某某通过微信群（群号：47281936）组织他人以“抢红包”方式"
      "赌博，并使用本人名下中国农业银行借记卡（卡号：{CARD_S}）收取赌资共计人民币3.2万元。"
      "其中一笔赌资转账的交易流水号为{ORDER}。</p>"
      "<p>根据《中华人民共和国治安管理处罚法》第七十条之规定，现决定对范某某行政拘留十五日，"
      "并处罚款三千元，收缴赌资32000元。</p>" + CTAIL + "</div>" + CFOOT,
      column="penalty",
      shape="公安 赌博: the party's own spaced debit card, comment-split mobile, Luhn-valid "
            "流水号, 群号",
      ids=["ID"], phones=["MOB"], banks=["CARD"],
      addrs=["示例市临江区建设西路58号6栋502室"]),
    P("h816", head("示例县医疗保障局", "示医保罚〔2024〕4号") +
      "<p>当事人：柳某某，女，公民身份号码（社会保障号码）：{ID}</p>"
      "<p>居住地：示例县城关镇龙泉社区龙泉路17号附2号</p>"
      "<p>经查，当事人于2023年1月至2023年11月，将本人社会保障卡出借给他人在示例县城关镇一药店"
      "刷卡购药，造成医疗保障基金损失2865.40元。</p>"
      "<p>本局已责令当事人退回医疗保障基金2865.40元，该款已从当事人社会保障卡金融账户（开户行："
      "示例县农村商业银行，卡号：{CARD_S}）中扣回。依据《医疗保障基金使用监督管理条例》第四十一"
      "条，决定处骗取金额二倍的罚款，计人民币5730.80元。</p>" + PAY + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="医保 个人: 社会保障号码 = ID, 居住地 in a 社区, the party's 社保卡 金融账户",
      ids=["ID"], banks=["CARD"], addrs=["示例县城关镇龙泉社区龙泉路17号附2号"]),
    P("h817", head("示例县林业局", "示林罚〔2024〕15号") +
      "<p>当事人邱某某，男，汉族，初中文化，农民，身份证号码{ID}，家住示例县带溪乡新塘村上坊组"
      "18号。</p>"
      "<p>2023年12月，当事人未办理林木采伐许可证，在示例县带溪乡新塘村“长岭背”山场（林权证编号："
      "赣（2009）示例县林证字第0123456号）滥伐杉木58株，折合立木蓄积12.6立方米。</p>"
      "<p>依据《中华人民共和国森林法》第七十六条第二款，本局决定：1.责令当事人在原地补种滥伐株数"
      "五倍的树木290株；2.处滥伐林木价值三倍的罚款人民币9828元。</p>"
      "<p>当事人已缴纳的补种树木保证金5000元，待补种验收合格后退还至当事人指定账户（户名：邱某某，"
      "开户行：示例县农村商业银行带溪支行，账号：{ACCT}）。</p>" + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="林业 滥伐 run-on: 家住 a village group, 保证金 refunded to the party's account",
      ids=["ID"], banks=["ACCT"], addrs=["示例县带溪乡新塘村上坊组18号"]),
    P("h818", page(
        "公安交通管理简易程序处罚决定书",
        "<h3>示例县公安局交通警察大队</h3><h2>公安交通管理简易程序处罚决定书</h2>"
        "<p>编号：360999120045678</p><table border='1'>"
        "<tr><td>被处罚人</td><td>付某某</td><td>机动车驾驶证/居民身份证号码</td><td>{ID}</td></tr>"
        "<tr><td>档案编号</td><td>360900123456</td><td>联系方式</td><td>{MOB}</td></tr>"
        "<tr><td>住址</td><td colspan='3'>示例县城关镇府后街9号</td></tr>"
        "<tr><td>车辆牌号</td><td>赣C9P361</td><td>车辆类型</td><td>小型轿车</td></tr></table>"
        "<p>被处罚人于2024年5月21日9时14分在示例县城关镇人民大道与府前路交叉口实施驾驶机动车"
        "不按交通信号灯指示通行的违法行为，违反《中华人民共和国道路交通安全法》第三十八条，依据"
        "第九十条，决定处以罚款200元，记6分。</p>"
        "<p>持本决定书在15日内到示例县农商银行各网点或通过“交管12123”缴纳罚款。</p>"
        "<p>执勤民警：钱某　警号：034512</p>", "gb2312"),
      enc="gbk", column="penalty", title="公安交通管理简易程序处罚决定书",
      shape="交警 简易程序 on a GB2312 page: key-value table, 档案编号 and a 15-digit 编号",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇府后街9号"]),
    P("h819",
      "<h2>示例县市场监督管理局行政处罚结果信息公示（2024年第5期）</h2><table border='1'>"
      "<tr><th>行政相对人名称</th><th>行政相对人类别</th><th>统一社会信用代码</th>"
      "<th>法定代表人</th><th>证件类型</th><th>证件号码</th><th>处罚决定书文号</th>"
      "<th>罚款金额（万元）</th></tr>"
      "<tr><td>示例县金禾粮油贸易有限公司</td><td>法人及非法人组织</td><td>{USCCD}</td>"
      "<td>孙某</td><td>身份证</td><td>{ID_M}</td><td>示市监处罚〔2024〕61号</td><td>1.2</td></tr>"
      "<tr><td>示例县城关镇李记面馆</td><td>个体工商户</td><td>{USCC}</td><td>李某某</td>"
      "<td>身份证</td><td>{ID2_MX}</td><td>示市监处罚〔2024〕62号</td><td>0.3</td></tr>"
      "<tr><td>胡某某</td><td>自然人</td><td></td><td></td><td>身份证</td><td>{ID3}</td>"
      "<td>示市监处罚〔2024〕63号</td><td>0.05</td></tr></table>" + FOOT,
      column="penalty", title="行政处罚结果信息公示",
      shape="双公示 table: all-digit USCC and masked 法定代表人 IDs, one 自然人 row with the full "
            "ID under 证件号码",
      ids=["ID3"]),
    P("h820",
      "示例县农业农村局行政处罚决定书 示农（农资）罚〔2024〕6号 当事人：示例县绿源水稻种植专业"
      "合作社，统一社会信用代码{USCC}，住所示例县三都镇河口村，理事长（法定代表人）邱某某，公民"
      "身份号码{ID}，联系电话{MOB}。经查，当事人于2024年3月从示例市一农资经营部购进未取得农药"
      "登记证的“草甘膦”除草剂20瓶，在其位于示例县三都镇河口村3组旁的育秧大棚周边使用……依据"
      "《农药管理条例》第六十条第一款第（一）项，决定：1.责令改正；2.罚款人民币伍仟元。当事人如"
      "不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议，或者在六个月内"
      "向示例县人民法院提起行政诉讼。示例县农业农村局 2024年5月6日\n",
      kind="attachment", column="penalty",
      shape="农资 attachment as one run-on paragraph: a 合作社 whose 理事长 has an ID and a "
            "mobile; the 合作社's 住所 stops at the village",
      ids=["ID"], phones=["MOB"]),
    P("h821", head("国家税务总局示例县税务局", "示税强扣〔2024〕2号", "税收强制执行决定书") +
      "<p>当事人：熊某某（示例县永宁镇熊记建材经营部经营者），男，身份证号码：{ID_FONT}，"
      "住：示例县永宁镇新街村5组40号。</p>"
      "<p>你欠缴2023年度个人所得税（经营所得）及滞纳金共计人民币48,216.50元，以及本局示税罚"
      "〔2024〕9号《税务行政处罚决定书》确定的罚款人民币24,000元，经本局限期缴纳后仍未缴纳。"
      "根据《中华人民共和国税收征收管理法》第四十条、第八十八条，经县局局长批准，决定从你在"
      "示例县农村商业银行永宁支行开立的个人结算账户（账号：{ACCT}）中扣缴上述税款、滞纳金及"
      "罚款。</p><p>如对本决定不服，可自收到本决定书之日起六十日内依法申请行政复议，或者自"
      "收到本决定书之日起六个月内依法向人民法院起诉。</p></div>" + FOOT,
      column="penalty", title="税收强制执行决定书",
      shape="税收强制执行 in the penalty column: font-split ID, 住 + village group, the party's "
            "personal account to be debited",
      ids=["ID"], banks=["ACCT"], addrs=["示例县永宁镇新街村5组40号"]),
    P("h822", head("示例县市场监督管理局", "示市监听通〔2024〕3号", "行政处罚听证通知书") +
      "<p>谌某某（身份证号：{ID}；联系地址：示例县城关镇育才路15号附1号；联系电话：{MOB}）：</p>"
      "<p>根据你的申请，本局定于2024年6月18日上午9时在示例县市场监督管理局三楼会议室（示例县城关镇"
      "府前路5号）就示市监听告〔2024〕11号《行政处罚听证告知书》所涉案件举行听证。</p>"
      "<p>你可以委托一至二人代理参加听证。你已委托的代理人：鲍某，示例律师事务所律师（执业证号："
      "13609202110543210，手机：{MOB2_S}）。</p>"
      "<p>听证主持人：甘某　书记员：邵某　联系电话：0795-7012399</p></div>" + FOOT,
      column="penalty", title="行政处罚听证通知书",
      shape="听证通知书: the party's 联系地址 and mobile, the lawyer's spaced mobile next to a "
            "17-digit 执业证号 beginning 136",
      ids=["ID"], phones=["MOB", "MOB2"], addrs=["示例县城关镇育才路15号附1号"]),
    P("h823",
      "<h2>示例县农业农村局关于公告送达示农罚〔2024〕21号、22号行政处罚决定书的公告</h2>"
      "<p>童某某、杜某：</p><p>本局依法对你们作出的行政处罚决定书，因多次直接送达、邮寄送达"
      "未果，现依照《中华人民共和国民事诉讼法》及《农业行政处罚程序规定》公告送达。</p>"
      "<p>童某某，男，身份证号{ID}，经常居住地：示例县三都镇三都街东路41号；杜某，男，身份证号"
      "{ID2}，户籍所在地：示例县黄岗镇黄岗村委会坳上组2号，现下落不明。</p>"
      "<p>自本公告发布之日起满三十日即视为送达。特此公告。</p>"
      "<p>示例县农业农村局　2024年5月30日</p>" + FOOT,
      title="关于公告送达示农罚〔2024〕21号、22号行政处罚决定书的公告",
      shape="送达公告 in the notices column whose title names the 处罚决定书: two parties in one "
            "paragraph, 经常居住地 and 户籍所在地",
      ids=["ID", "ID2"],
      addrs=["示例县三都镇三都街东路41号", "示例县黄岗镇黄岗村委会坳上组2号"]),
    P("h824",
      "示例市临江区市场监督管理局\n行政处罚决定书\n临市监处罚〔2024〕88号\n"
      "当事人：临江区小李手机维修店\n主体类型：个体工商户\n统一社会信用代码：{USCC}\n"
      "经营场所：示例市临江区人民路112号3栋1层\n"
      "经营者：李 某 某        性别：男\n"
      "身份证号码：{ID_D}\n"
      "住  址：示例市临江区光明社区光明巷9号\n"
      "联系电话：{MOB_FW}\n"
      "经查，当事人自2023年10月起将翻新手机作为新机销售，共售出6部，货值金额9,360元……\n"
      "依据《中华人民共和国产品质量法》第五十条，本局决定：1.没收违法所得2,170元；2.罚款人民币"
      "壹万伍仟元。\n"
      "示例市临江区市场监督管理局\n2024年5月22日\n",
      kind="attachment", column="penalty",
      shape="市场监管 个体户 attachment: dashed ID, full-width mobile, 住址 with spaces in the "
            "label vs 经营场所 with 栋",
      ids=["ID"], phones=["MOB"], addrs=["示例市临江区光明社区光明巷9号"]),
    P("h825", head("示例县市场监督管理局", "示市监处罚〔2024〕95号") +
      "<p>当事人：吴某某，女，身份证号：{ID_ZW}</p>"
      "<p>住所：示例县城关镇文化路20号5栋3单元201室</p>"
      "<p>联系电话：{MOB_ZW}</p>"
      "<p>网店名称：“小吴家乡特产”（电商平台店铺ID：1038472615）</p>"
      "<p>经查，当事人于2024年1月至3月通过其开设的网店销售自制“农家腊肉”，未取得食品生产许可。"
      "抽查的一笔交易订单号为{ORDER}，快递单号为SF1403928475612……</p>"
      "<p>依据《中华人民共和国食品安全法》第一百二十二条，本局决定：没收违法所得3,480元，并处"
      "罚款人民币伍万元。</p>" + PAY + TAIL + "</div>" + FOOT,
      column="penalty", title="示市监处罚〔2024〕95号",
      shape="网店 run by a person: zero-width spaces in ID and mobile, 住所 that is a home "
            "(natural person), Luhn-valid 订单号, 快递单号",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇文化路20号5栋3单元201室"]),
    # --- published lists and other pages ----------------------------------------------
    P("h826",
      "<h2>永宁镇2024年第二季度城乡低保新增对象公示</h2>"
      "<p>根据《社会救助暂行办法》，经村（居）委会民主评议、镇人民政府审核，拟将以下家庭纳入农村"
      "最低生活保障范围，现予以公示，公示期7天。</p><table border='1'>"
      "<tr><th>序号</th><th>户主</th><th>公民身份号码</th><th>保障人口</th><th>所在村组</th>"
      "<th>家庭住址</th><th>月保障金（元）</th></tr>"
      "<tr><td>1</td><td>钟某某</td><td>{ID}</td><td>3</td><td>新街村5组</td>"
      "<td>永宁镇新街村5组17号</td><td>1260</td></tr>"
      "<tr><td>2</td><td>廖某</td><td>{IDX}</td><td>1</td><td>石桥村石桥组</td>"
      "<td>永宁镇石桥村石桥组4号</td><td>560</td></tr>"
      "<tr><td>3</td><td>叶某某</td><td>{ID2_D}</td><td>2</td><td>城西村西坑组</td>"
      "<td>永宁镇城西村西坑组22号</td><td>880</td></tr></table>"
      "<p>公示期间如有异议，请向永宁镇社会事务办反映。监督电话：0795-7100123，示例县民政局"
      "监督电话：0795-7021122。</p>" + TFOOT,
      title="永宁镇2024年第二季度城乡低保新增对象公示",
      shape="低保 公示 table: dashed ID, X ID; 家庭住址 column outside a decision",
      ids=["ID", "IDX", "ID2"]),
    P("h827",
      "示例县2024年5月临时救助发放名单\n"
      "序号\t姓名\t身份证号\t联系电话\t救助类别\t救助金额（元）\t开户银行\t银行卡号\n"
      "1\t肖某某\t{ID}\t{MOB}\t急难型\t3000\t示例县农商银行\t{CARD}\n"
      "2\t万某\t{ID2}\t\t支出型\t2000\t邮储银行示例县支行\t{CARDL}\n"
      "3\t朱某某\t{ID3_M}\t{MOB3_M}\t急难型\t1500\t示例县农商银行\t{CARD3_M}\n"
      "4\t侯某\t{IDF}\t{MOB4}\t支出型\t1000\t\t\n"
      "制表单位：示例县民政局社会救助股\t\t联系电话：0795-7025678\n",
      kind="attachment",
      shape="临时救助 spreadsheet: missing cells, a 15-digit ID under the header, 16- and 19-digit "
            "cards, a masked row",
      ids=["ID", "ID2", "IDF"], phones=["MOB", "MOB4"], banks=["CARD", "CARDL"]),
    P("h828",
      "2024年永宁镇新街村耕地地力保护补贴面积及金额公示表\n"
      "户主姓名\t身份证号码\t补贴面积（亩）\t补贴金额（元）\t一卡通账号\t备注\n"
      "罗某某\t{ID}\t5.62\t677.71\t{ACCT}\t\n"
      "罗某\t{ID2}\t3.10\t373.83\t{ACCTS}\t存折\n"
      "彭某某\t{ID3}\t8.25\t994.87\t{CARD}\t\n"
      "合计\t\t16.97\t2046.41\t\t\n"
      "公示期5天，如有异议请向永宁镇农业农村综合服务中心反映，电话：0795-7100456\n",
      kind="attachment",
      shape="村务公开 耕地地力补贴 table: 一卡通 accounts (17-digit, 12-digit 存折, a card) under "
            "an account column of people",
      ids=["ID", "ID2", "ID3"], banks=["ACCT", "ACCTS", "CARD"]),
    P("h829",
      "<h2>示例县拖欠农民工工资失信联合惩戒对象名单（2024年第2批）</h2><table border='1'>"
      "<tr><th>序号</th><th>失信主体名称</th><th>统一社会信用代码/身份证号码</th>"
      "<th>法定代表人（实际控制人）</th><th>身份证号码</th><th>联系电话</th><th>列入日期</th></tr>"
      "<tr><td>1</td><td>示例县恒通建筑工程有限公司</td><td>{USCC}</td><td>易某某</td>"
      "<td>{ID}</td><td>{MOB}</td><td>2024-05-10</td></tr>"
      "<tr><td>2</td><td>严某某（个人）</td><td>{ID2}</td><td>—</td><td>—</td><td>{MOB2_FW}</td>"
      "<td>2024-05-10</td></tr></table>"
      "<p>依据《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》，列入期限为3年。</p>" + FOOT,
      title="拖欠农民工工资失信联合惩戒对象名单",
      shape="失信 名单: a mixed 统一社会信用代码/身份证号码 column, the 实际控制人's ID and mobile, "
            "a full-width mobile",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),
    P("h830",
      "<h2>2024年第一季度创业担保贷款贴息资金拨付公示</h2><table border='1'>"
      "<tr><th>序号</th><th>借款人</th><th>身份证号</th><th>借款合同编号</th><th>贷款金额（万元）</th>"
      "<th>贷款银行</th><th>贴息金额（元）</th></tr>"
      "<tr><td>1</td><td>程某某</td><td>{ID}</td><td>{ORDER}</td><td>20</td><td>示例县农商银行</td>"
      "<td>2436.11</td></tr>"
      "<tr><td>2</td><td>姚某</td><td>{ID2_BR}</td><td>{ORDER2}</td><td>15</td>"
      "<td>邮储银行示例县支行</td><td>1827.08</td></tr>"
      "<tr><td>3</td><td>示例县旺达家庭农场（经营者：曹某某）</td><td>{USCC}</td><td>{ORDER3}</td>"
      "<td>50</td><td>示例县农商银行</td><td>6090.28</td></tr></table>"
      "<p>咨询电话：0795-7025566（县就业创业服务中心）</p>" + FOOT,
      title="创业担保贷款贴息资金拨付公示",
      shape="创业担保贷款: <br>-split ID, Luhn-valid 借款合同编号, a 家庭农场's USCC in the ID column",
      ids=["ID", "ID2"]),
    P("h831",
      "<h2>关于谢某某信访事项的处理意见书</h2><p>示民信处〔2024〕17号</p>"
      "<p>谢某某（身份证号：{ID}，住址：示例县城关镇建设东路6号）：</p>"
      "<p>你于2024年4月8日通过网上信访平台反映你母亲谢某（身份证号{ID2}）未能享受高龄津贴的问题"
      "收悉。经调查核实，谢某已于2024年3月年满80周岁，符合高龄津贴发放条件，因其户籍迁移手续"
      "未及时办结导致漏发。我局已责成城关镇于2024年5月补发3至4月高龄津贴共计100元。</p>"
      "<p>如对本处理意见不服，可自收到本意见书之日起30日内向示例县人民政府申请复查。</p>"
      "<p>示例县民政局　2024年4月28日　（联系人：蔡某，联系电话：0795-7021166）</p>" + FOOT,
      title="关于谢某某信访事项的处理意见书",
      shape="信访 处理意见书: the petitioner's and his mother's IDs; a 住址 outside a decision",
      ids=["ID", "ID2"]),
    P("h832",
      "<h2>示例县人民政府行政复议决定书</h2><p>示府复决字〔2024〕11号</p>"
      "<p>申请人：韩某某，男，公民身份号码{ID}，住示例县温泉镇温泉村委会下村组9号。</p>"
      "<p>委托代理人：龚某，示例律师事务所律师，执业证号：13609202110543210。</p>"
      "<p>被申请人：示例县公安局，住所地：示例县城关镇公安路1号。负责人：王某，局长。</p>"
      "<p>申请人不服被申请人于2024年1月5日作出的处理，于2024年2月1日向本机关申请行政复议，"
      "本机关依法予以受理。……本机关认为，被申请人作出的具体行政行为认定事实清楚，证据确凿，"
      "适用依据正确，程序合法，内容适当。根据《中华人民共和国行政复议法》第六十八条，本机关"
      "决定：维持。</p><p>示例县人民政府　2024年3月28日</p>" + FOOT,
      title="示例县人民政府行政复议决定书",
      shape="行政复议决定书 outside the penalty column: the applicant's ID; his 住 address is not "
            "a decision's; lawyer's 执业证号",
      ids=["ID"]),
    P("h833",
      "<h2>示例县老城区棚户区改造项目房屋征收补偿协议公示（第三批）</h2>"
      "<p>根据《国有土地上房屋征收与补偿条例》，现将已签订的补偿协议主要内容公示如下：</p>"
      "<p>协议编号：LCPG-2024-0317</p>"
      "<p>被征收人：汤某某　身份证号码：{ID}　联系电话：{MOB}</p>"
      "<p>被征收房屋坐落：示例县城关镇老街巷14号　产权证号：示房权证城字第00012345号　"
      "建筑面积：86.4平方米</p><p>补偿方式：货币补偿　补偿总额：人民币512,380元</p>"
      "<p>收款账户：户名汤某某，开户行中国银行示例县支行，卡号{CARDL_S}</p>"
      "<p>协议编号：LCPG-2024-0322</p>"
      "<p>被征收人：黎某某、黎某（共有人）　身份证号码：{ID2}、{ID3}　联系电话：{MOB2_D}</p>"
      "<p>被征收房屋坐落：示例县城关镇老街巷16号　建筑面积：112.7平方米</p>"
      "<p>补偿方式：产权调换（安置房源：滨江安置小区）</p>"
      "<p>收款账户：户名黎某某，开户行示例县农商银行城关支行，账号{ACCT}</p>"
      "<p>征收实施单位：示例县房屋征收与补偿服务中心　监督电话：0795-7028800</p>" + FOOT,
      title="房屋征收补偿协议公示",
      shape="征收补偿协议 公示: two co-owners' IDs joined by 、, spaced 19-digit card and an "
            "account of persons, dashed mobile; 房屋坐落 outside a decision",
      ids=["ID", "ID2", "ID3"], phones=["MOB", "MOB2"], banks=["CARDL", "ACCT"]),
    P("h834",
      "<h2>新塘村土地经营权流转合同（公开文本）</h2>"
      "<p>甲方（流出方）：示例县带溪乡新塘村股份经济合作社　法定代表人：刘某某　统一社会信用代码："
      "{USCC}</p>"
      "<p>乙方（流入方）：戴某某　身份证号：{IDX}　住址：示例县带溪乡新塘村下坊组7号</p>"
      "<p>第一条　甲方将新塘村上坊、下坊两组共132.6亩耕地的经营权流转给乙方，流转期限10年……</p>"
      "<p>第五条　乙方于每年12月31日前将租金转入甲方账户（户名：示例县带溪乡新塘村股份经济合作社，"
      "开户行：示例县农村商业银行带溪支行，账号：{ACCT}）。</p>"
      "<p>第九条　合同期满，甲方将履约保证金退至乙方个人账户（开户行：中国邮政储蓄银行示例县支行，"
      "卡号：{CARD}）。</p><p>甲方联系电话：0795-7109001</p>",
      title="新塘村土地经营权流转合同",
      shape="村务公开 土地流转合同: the lessee's ID and card against the village collective's "
            "account",
      ids=["IDX"], banks=["CARD"]),
    P("h835",
      "<h2>带溪乡2024年农村低收入群体等重点对象危房改造补助资金发放公示</h2><table border='1'>"
      "<tr><th rowspan='2'>序号</th><th rowspan='2'>村组</th><th colspan='3'>农户信息</th>"
      "<th colspan='3'>补助资金</th></tr>"
      "<tr><th>户主</th><th>身份证号码</th><th>联系电话</th><th>改造方式</th><th>金额（元）</th>"
      "<th>打卡账号</th></tr>"
      "<tr><td>1</td><td>新塘村上坊组</td><td>邱某某</td><td>{ID}</td><td>{MOB}</td>"
      "<td>修缮加固</td><td>15000</td><td>{CARD}</td></tr>"
      "<tr><td>2</td><td>黄沙村上黄组</td><td>黎某</td><td>{ID2_BR}</td><td>{MOB2_CMT}</td>"
      "<td>拆除重建</td><td>35000</td><td>{CARDL_S}</td></tr>"
      "<tr><td>3</td><td>黄沙村下黄组</td><td>龚某某</td><td>{IDX}</td><td></td>"
      "<td>修缮加固</td><td>12000</td><td>{CARD3_M}</td></tr></table>"
      "<p>公示期间，如有异议请向带溪乡人民政府反映。联系电话：0795-7130123</p>",
      title="危房改造补助资金发放公示",
      shape="危房改造 公示 with a two-row merged header: <br>-split ID, comment-split mobile, "
            "打卡账号 column, an empty cell, a masked card",
      ids=["ID", "ID2", "IDX"], phones=["MOB", "MOB2"], banks=["CARD", "CARDL"]),
    P("h836",
      "<h2>永宁镇2024年乡村公益性岗位拟安置人员公示</h2><table border='1'>"
      "<tr><th>序号</th><th>姓名</th><th>性别</th><th>身份证号</th><th>家庭住址</th>"
      "<th>联系电话</th><th>拟安置岗位</th></tr>"
      "<tr><td>1</td><td>孔某某</td><td>女</td><td>{ID}</td><td>永宁镇城西村西坑组12号</td>"
      "<td>{MOB_SPAN}</td><td>村级保洁员</td></tr>"
      "<tr><td>2</td><td>万某某</td><td>男</td><td>{IDF}</td><td>永宁镇新街村3组6号</td>"
      "<td>{MOB2_FW}</td><td>护林员</td></tr>"
      "<tr><td>3</td><td>石某</td><td>男</td><td>{ID3_M}</td><td>永宁镇石桥村石桥组</td>"
      "<td>{MOB3_M}</td><td>河道巡查员</td></tr></table>"
      "<p>公示期5个工作日。监督电话：0795-7100123</p>" + TFOOT,
      title="乡村公益性岗位拟安置人员公示",
      shape="公益性岗位 hiring 公示: span-split and full-width mobiles, a 15-digit ID under 身份证号, "
            "家庭住址 outside a decision",
      ids=["ID", "IDF"], phones=["MOB", "MOB2"]),
    P("h837",
      "<h2>三都镇2024年第2批农村村民宅基地审批结果公示</h2>"
      "<p>经村民小组会议讨论、村委会审查、镇政府审批，同意河口村下屋组村民周某某（身份证号码{ID}）"
      "在本组原宅基地上拆旧建新，用地面积120平方米；同意河口村上屋组村民周某（身份证号码"
      "{ID2_FW}）新申请宅基地建房，用地面积110平方米；同意三都村中街组村民夏某某（身份证号码"
      "{IDX_HALF}）原址翻建，用地面积98平方米。公示期7天，公示期间如有异议，请向三都镇自然资源所"
      "反映，电话：0795-7150011。</p>",
      title="农村村民宅基地审批结果公示",
      shape="宅基地 审批 公示 as one run-on sentence: full-width and half full-width IDs",
      ids=["ID", "ID2", "IDX"]),
    P("h838",
      "示 例 县 2024 年 4 月 医 疗 救 助 资 金 发 放 花 名 册\n"
      "序号\t姓 名\t身 份 证 号 码\t救助对象类别\t医疗总费用\t救助金额\t社保卡银行账号\n"
      "1\t郑某某\t{ID_S}\t特困人员\t18236.50\t5470.95\t{CARD_NB}\n"
      "2\t熊某\t{ID2_NL}\t低保对象\t9120.00\t2188.80\t\n"
      "3\t钟某某\t{IDX_M}\t防返贫监测对象\t6033.10\t1206.62\t{CARD3_M}\n"
      "审核人：\t\t制表人：\t\t制表日期：2024年5月6日\n",
      kind="attachment",
      shape="医疗救助 花名册 as OCR-like extracted text: spaced ID, an ID broken across lines, "
            "U+3000-spaced card, a masked row",
      ids=["ID", "ID2"], banks=["CARD"]),
    P("h839", page(
        "示例县2024年公共租赁住房配租对象名单公示",
        "<h2>示例县2024年公共租赁住房配租对象名单公示</h2><table border='1'>"
        "<tr><td>序号</td><td>申请人</td><td>身份证号</td><td>共同申请人</td><td>身份证号</td>"
        "<td>联系电话</td><td>配租房源</td></tr>"
        "<tr><td>1</td><td>冯某某</td><td>{ID}</td><td>冯某（子）</td><td>{ID2}</td><td>{MOB}</td>"
        "<td>安居小区5栋2单元302</td></tr>"
        "<tr><td>2</td><td>蒋某</td><td>{IDX}</td><td></td><td></td><td>{MOB2_NB}</td>"
        "<td>安居小区6栋1单元501</td></tr>"
        "<tr><td>3</td><td>陶某某</td><td>{ID3}</td><td>陶某某（配偶）</td><td>{ID4_M}</td>"
        "<td>{MOB3}</td><td>安居小区6栋2单元104</td></tr></table>"
        "<p>公示期间如有异议，请向示例县住房保障服务中心反映，电话：0795-7020899。</p>", "gb2312"),
      enc="gbk", title="示例县2024年公共租赁住房配租对象名单公示",
      shape="公租房 名单 on a GB2312 page: two 身份证号 columns (applicant and co-applicant), "
            "empty cells, U+3000-spaced mobile",
      ids=["ID", "ID2", "IDX", "ID3"], phones=["MOB", "MOB2", "MOB3"]),
    P("h840",
      "<h2>示例县温泉镇温泉村集体土地征收补偿款发放公示</h2>"
      "<p>根据示例县人民政府征地补偿安置方案，现将温泉村上村组被征地农户补偿款发放情况公示如下："
      "温泉村上村组村民殷某某（身份证号：{ID}，开户行：示例县农村商业银行温泉支行，账号：{CARDL}）"
      "应得补偿款48,620元；殷某（身份证号：{ID2}，开户行：邮储银行示例县支行，账号：{ACCT}）应得"
      "补偿款31,205元；殷某某之母黄某（身份证号：{IDF}，由殷某某代领）应得补偿款12,480元。"
      "联系电话：殷某某{MOB}、殷某{MOB2_D}。</p>"
      "<p>公示期间如有异议，请与温泉镇征地办联系，电话：0795-7140022。</p>",
      title="集体土地征收补偿款发放公示",
      shape="征地补偿 公示 run-on: three persons in one paragraph, a 15-digit ID, a 19-digit card "
            "and an account, two mobiles after names",
      ids=["ID", "ID2", "IDF"], phones=["MOB", "MOB2"], banks=["CARDL", "ACCT"]),
    P("h841",
      "<h2>城关派出所居民身份证待领取人员名单</h2>"
      "<p>以下人员的居民身份证已制作完成，请本人持受理回执及时到城关派出所户籍窗口领取。</p>"
      "<table border='1'><tr><th>姓名</th><th>性别</th><th>公民身份号码</th><th>受理日期</th>"
      "<th>受理编号</th></tr>"
      "<tr><td>任某某</td><td>男</td><td>{ID}</td><td>2023-11-02</td><td>{ORDER}</td></tr>"
      "<tr><td>毛某</td><td>女</td><td>{IDX_LOW}</td><td>2023-11-15</td><td>{ORDER2}</td></tr>"
      "<tr><td>方某某</td><td>男</td><td>{ID3_M}</td><td>2023-12-01</td><td>{ORDER3}</td></tr>"
      "</table><p>户籍窗口咨询电话：0795-7011110</p>",
      title="居民身份证待领取人员名单",
      shape="身份证待领取 名单: lower-case x, Luhn-valid 受理编号, a masked row",
      ids=["ID", "IDX"]),
    P("h842",
      "示例县2024年春季雨露计划职业教育补助资金发放名单\n"
      "序号\t学生姓名\t学生身份证号\t就读学校\t户主姓名\t户主身份证号\t与户主关系\t补助金额\t"
      "户主银行卡号\n"
      "1\t邓某\t{ID}\t示例市职业技术学院\t邓某某\t{ID2}\t子\t1500\t{CARD}\n"
      "2\t谢某某\t{IDX}\t示例市卫生学校\t谢某\t{ID3}\t女\t1500\t{CARD2_D}\n"
      "3\t柯某\t\t示例工程职业学院\t柯某某\t{ID4_M}\t子\t1500\t{CARD3_M}\n",
      kind="attachment",
      shape="雨露计划 spreadsheet: student and 户主 IDs, dashed card, a missing cell, masked row",
      ids=["ID", "ID2", "IDX", "ID3"], banks=["CARD", "CARD2"]),
    # --- nothing to report ------------------------------------------------------------
    P("h843",
      "<h2>示例县2024年公开招聘社区工作者拟聘用人员公示</h2><table border='1'>"
      "<tr><th>序号</th><th>姓名</th><th>性别</th><th>准考证号</th><th>身份证号</th><th>笔试成绩</th>"
      "<th>面试成绩</th><th>综合成绩</th><th>拟聘岗位</th></tr>"
      "<tr><td>1</td><td>黄某某</td><td>女</td><td>2024051301023</td><td>{ID_M}</td><td>78.5</td>"
      "<td>84.20</td><td>81.35</td><td>城关镇社区</td></tr>"
      "<tr><td>2</td><td>陈某</td><td>男</td><td>2024051301107</td><td>{ID2_MX}</td><td>76.0</td>"
      "<td>85.60</td><td>80.80</td><td>城关镇社区</td></tr>"
      "<tr><td>3</td><td>温某某</td><td>女</td><td>2024051302215</td><td>{IDX_M}</td><td>75.5</td>"
      "<td>83.00</td><td>79.25</td><td>永宁镇社区</td></tr></table>"
      "<p>公示时间：2024年6月3日至6月9日。咨询联系人：吴某，联系电话：{MOB}；监督举报电话："
      "0795-7026001（县委组织部）、0795-7026789（县人社局）。</p>" + FOOT,
      title="拟聘用人员公示",
      shape="nothing: hiring 公示 with masked IDs (* and X), 准考证号, the 联系人's mobile"),
    P("h844",
      "<h2>示例县市场监督管理局关于吊销部分个体工商户营业执照的公告</h2>"
      "<p>以下个体工商户自领取营业执照后无正当理由超过六个月未开业，或者开业后自行停业连续六个月"
      "以上，本局依法吊销其营业执照。</p><table border='1'>"
      "<tr><th>序号</th><th>名称</th><th>经营者</th><th>注册号</th><th>经营场所</th></tr>"
      "<tr><td>1</td><td>示例县城关镇小芳服装店</td><td>汪某某</td><td>{IDF}</td>"
      "<td>示例县城关镇解放路112号</td></tr>"
      "<tr><td>2</td><td>示例县永宁镇阿强摩托车修理部</td><td>莫某</td><td>{IDF2}</td>"
      "<td>示例县永宁镇新华街8号</td></tr>"
      "<tr><td>3</td><td>示例县城关镇惠佳便利店</td><td>饶某某</td><td>{USCCD}</td>"
      "<td>示例县城关镇迎春路30号</td></tr></table>" + FOOT,
      title="关于吊销部分个体工商户营业执照的公告",
      shape="nothing: 吊销 公告 with 15-digit 注册号 that pass the ID test, an all-digit USCC, "
            "经营场所"),
    P("h845",
      "<h2>关于公布罚没款缴纳账户的通知</h2>"
      "<p>为方便当事人缴纳罚没款，现将我局罚没款收缴账户公布如下：</p>"
      "<p>户名：示例县财政局非税收入汇缴结算户　账号：{OACCT}　开户行：中国工商银行示例县支行</p>"
      "<p>户名：国家金库示例县支库　账号：{OACCT2}　开户行：中国人民银行示例县支行</p>"
      "<p>执收单位编码：360999105　缴款码：{ORDER}（示例）</p>"
      "<p>咨询电话：0795-7012345　投诉电话：12345　邮编：336999</p>" + FOOT,
      title="关于公布罚没款缴纳账户的通知",
      shape="nothing: the office's 非税 and 国库 accounts, a Luhn-valid 缴款码"),
    P("h846", page(
        "示市监处罚〔2024〕77号",
        head("示例县市场监督管理局", "示市监处罚〔2024〕77号") +
        "<p>当事人：示例县百佳乐超市有限公司</p>"
        "<p>主体资格证照名称：营业执照　统一社会信用代码：{USCCD}</p><p>原注册号：{IDF}</p>"
        "<p>住所：示例县城关镇解放路112号3栋1-2层</p><p>法定代表人：潘某某</p>"
        "<p>联系电话：{LAND}</p>"
        "<p>经查，当事人销售的标称某公司生产的“纯牛奶”标签标注的生产日期与实际不符……依据"
        "《中华人民共和国食品安全法》第一百二十五条，本局决定：没收违法所得860元，罚款人民币"
        "伍仟元。</p>"
        "<p>当事人开户银行：示例县农商银行城关支行　基本账户：{ACCT}</p>" + PAY + TAIL +
        "</div>" + FOOT, "gbk"),
      enc="gbk", column="penalty", title="示市监处罚〔2024〕77号",
      shape="nothing: company decision on a GBK page with all-digit USCC, 15-digit 原注册号, company "
            "住所 with 栋, company landline and 基本账户"),
    P("h847",
      "<h2>示例县2024年度农机购置补贴资金兑付情况公示</h2><table border='1'>"
      "<tr><th>序号</th><th>购机者</th><th>所在乡镇</th><th>机具品目</th><th>出厂编号</th>"
      "<th>补贴金额（元）</th></tr>"
      "<tr><td>1</td><td>胡某某</td><td>永宁镇</td><td>轮式拖拉机</td><td>{ORDER}</td>"
      "<td>12600</td></tr>"
      "<tr><td>2</td><td>示例县丰收农机专业合作社</td><td>三都镇</td><td>联合收割机</td>"
      "<td>Z24A0315628</td><td>38400</td></tr></table>"
      "<p>公示期7天。如有异议，请在公示期内向县农业农村局农机股反映。联系人：彭某，联系电话："
      "{MOB}；监督电话：0795-7029911。</p>" + FOOT,
      title="农机购置补贴资金兑付情况公示",
      shape="nothing: 公示 whose only mobile is the office's 联系人, Luhn-valid 出厂编号"),
    P("h848",
      "<h2>示例县应急管理局行政执法人员名单公示</h2><table border='1'>"
      "<tr><th>序号</th><th>姓名</th><th>单位</th><th>职务</th><th>执法证号</th><th>执法类别</th></tr>"
      "<tr><td>1</td><td>赵某</td><td>县应急管理综合行政执法大队</td><td>大队长</td>"
      "<td>{CERT}</td><td>安全生产</td></tr>"
      "<tr><td>2</td><td>钱某某</td><td>县应急管理综合行政执法大队</td><td>队员</td>"
      "<td>{CERT2}</td><td>安全生产</td></tr>"
      "<tr><td>3</td><td>孙某</td><td>县应急管理局</td><td>股长</td><td>{CERT3}</td>"
      "<td>防灾减灾</td></tr></table><p>执法监督电话：0795-7027001</p>" + FOOT,
      title="行政执法人员名单公示",
      shape="nothing: 执法人员 名单 whose 执法证号 are 11 digits starting 13"),
    P("h849",
      "<h2>示例县永宁镇农村人居环境整治项目中标结果公告</h2>"
      "<p>项目编号：SLXCG2024-017　中标单位：示例县宏达建设工程有限公司，统一社会信用代码"
      "{USCC}，地址：示例县城关镇迎宾大道66号，中标金额：人民币1,268,300.00元，项目经理：邹某某"
      "（注册建造师证书编号：赣236091012345）。</p>"
      "<p>采购人：示例县永宁镇人民政府　联系人：龙某　联系电话：{MOB}　地址：示例县永宁镇建设路8号"
      "</p><p>代理机构：示例市正信招标代理有限公司　联系电话：0797-8236688　投标保证金退付账户："
      "{ACCT}</p>" + TFOOT,
      title="中标结果公告",
      shape="nothing: 中标公告 with the buyer's 联系人 mobile, a company's address and account, "
            "建造师证书编号"),
    P("h850", head("示例县城市管理局", "示城管罚〔2024〕41号") +
      "<p>当事人：庞某某，性别：男，身份证号码：{ID_M}</p><p>住址：示例县城关镇**路**号</p>"
      "<p>联系电话：{MOB_M}</p>"
      "<p>共同当事人：庞某（身份证号码：{IDX_MX}，住址：详细地址已隐去，电话：{MOB2_MX}）</p>"
      "<p>违法地点：示例县城关镇迎春路48号门前人行道</p>"
      "<p>经查，当事人于2024年5月在上述地点占道经营水果摊……依据《城市市容和环境卫生管理条例》"
      "第三十六条，本局决定：罚款人民币伍拾元。</p>" + TAIL + "</div>" + FOOT,
      column="penalty", title="示城管罚〔2024〕41号",
      shape="nothing: masked decision (* and X masks, **路**号, 详细地址已隐去), 违法地点 with 号"),
    P("h851", head("示例县农业农村局", "示农罚〔2024〕19号") +
      "<p>当事人：殷某某，男，汉族，身份证号码：{ID_M}，住址：示例县温泉镇，联系电话：{MOB_M}。</p>"
      "<p>经查，当事人在其经营的生猪养殖场（养殖场地址：示例县温泉镇温泉村委会上村组后山）内，"
      "未按规定对病死猪进行无害化处理……依据《中华人民共和国动物防疫法》第九十八条，本局决定："
      "罚款人民币叁仟元。</p>" + TAIL + "</div>" + FOOT,
      column="penalty",
      shape="nothing: a person's 住址 that stops at the township, masked ID and mobile, 养殖场地址"),
    P("h852",
      "<h2>示例县公共资源交易中心关于退还投标保证金的公告</h2><table border='1'>"
      "<tr><th>投标人</th><th>保证金金额（元）</th><th>退付账号</th><th>交易流水号</th></tr>"
      "<tr><td>示例县宏达建设工程有限公司</td><td>20,000.00</td><td>{ACCT}</td>"
      "<td>2024052013912345678001</td></tr>"
      "<tr><td>示例市正通路桥工程有限公司</td><td>20,000.00</td><td>{ACCT2}</td>"
      "<td>2024052015807654321002</td></tr></table>"
      "<p>电子回单号：{ORDER}。如有疑问请致电0795-7033210。</p>" + FOOT,
      title="关于退还投标保证金的公告",
      shape="nothing: companies' refund accounts, 交易流水号 with an 11-digit run inside, "
            "Luhn-valid 回单号"),
    P("h853",
      "<h2>示例县行政处罚信用修复结果公示（2024年第3期）</h2><table border='1'>"
      "<tr><th>序号</th><th>市场主体名称</th><th>统一社会信用代码</th><th>法定代表人/负责人</th>"
      "<th>原处罚决定书文号</th><th>修复日期</th></tr>"
      "<tr><td>1</td><td>示例县顺丰物流有限公司</td><td>{USCCD}</td><td>章某</td>"
      "<td>示交执罚〔2023〕56号</td><td>2024-06-03</td></tr>"
      "<tr><td>2</td><td>示例县城关镇好味道小吃店</td><td>{USCC2}</td><td>何某某</td>"
      "<td>示市监处罚〔2023〕118号</td><td>2024-06-05</td></tr></table>"
      "<p>咨询电话：0795-7012377</p>" + FOOT,
      title="行政处罚信用修复结果公示",
      shape="nothing: 信用修复 公示 of businesses with USCCs (one all-digit)"),
    P("h854",
      "<h2>关于城区部分区域临时停水的通知</h2>"
      "<p>因示例县城关镇解放路供水主管网改造，定于2024年6月12日8:00至20:00停止供水。受影响区域："
      "解放路（88号至156号）、锦绣花园小区1—12幢、府后街全段。</p>"
      "<p>请用户提前做好储水准备。供水服务热线：0795-96588　抢修值班电话：{MOB}（值班调度室）"
      "　政务服务便民热线：12345</p><p>示例县自来水有限公司　2024年6月10日</p>" + FOOT,
      title="关于城区部分区域临时停水的通知",
      shape="nothing: utility notice with a duty-room mobile, hotlines, street and building ranges"),
    P("h855",
      "<h2>2024年第一批“双随机、一公开”抽查结果公示</h2><table border='1'>"
      "<tr><th>抽查任务编号</th><th>企业名称</th><th>统一社会信用代码（注册号）</th><th>抽查事项</th>"
      "<th>检查结果</th></tr>"
      "<tr><td>{ORDER}</td><td>示例县金诚食品有限公司</td><td>{USCC}</td><td>食品生产许可条件</td>"
      "<td>未发现问题</td></tr>"
      "<tr><td>{ORDER2}</td><td>示例县城关镇阿芳早餐店</td><td>{IDF}</td><td>食品经营条件</td>"
      "<td>未发现问题</td></tr></table>" + FOOT,
      title="双随机一公开抽查结果公示",
      shape="nothing: 抽查 公示 with Luhn-valid 任务编号 and a 15-digit 注册号 under a mixed header"),
]
