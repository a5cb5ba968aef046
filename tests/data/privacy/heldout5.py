"""The fifth held-out passages: written blind after the heldout4 fixes, by someone who did
not read the detectors (plugins/national/), labelled by hand from the rules' definitions
(rules.md, privacy.md and the issue's definitions of privacy.phone and privacy.bank-account)
before the first run, reported as it came out in benchmarks/README.md. Shapes: more
provinces' and agencies' templates (市场监管 主体资格证照, 交通运输 超限/网约车, 城管 违法建设,
卫健 无证行医, 生态环境, 公安 治安管理处罚决定书 with 同案人 and 证人, 税务 简易处罚 with
纳税人识别号), 当事人基本情况 tables in docx-like text, pdf text broken inside a house number
and after 住, 双公示 and 许可公示 tables, 失信主体 lists, 社保卡金融账号, 听证/陈述申辩告知,
信访答复 (a page that is neither a decision nor a list), 嘎查, ethnic names with ·, GBK pages
with U+3000 and full-width digits, spans and comments inside numbers, 0086, and look-alikes:
食品经营许可证号 and 运单号 holding a mobile, 案件编号 of 18 digits, 缴款凭证号 and the
office's 财政 account that pass Luhn, 执法证号 like mobiles, website footers, hotlines and
masked values.
"""

from __future__ import annotations

from passage import P

TAIL = ("<p>当事人如不服本处罚决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
        "也可以在六个月内直接向示例县人民法院提起行政诉讼。</p>"
        "<p>（联系地址：示例县府前大道99号行政中心3楼，联系电话：0795-7001234）</p>")


def head(agency: str, number: str, title: str = "行政处罚决定书") -> str:
    return f"<h1>{agency}</h1><h2>{title}</h2><p style='text-align:right'>{number}</p>"


PASSAGES = [
    # ------------------------------------------------ decisions, by agency and province
    P("h401", head("示例县市场监督管理局", "示市监罚〔2024〕101号") +
      "<p>当事人：宗某</p><p>主体资格证照名称：居民身份证</p><p>证件号码：{ID}</p>"
      "<p>住所（住址）：河南省示例县城关乡东关村3组27号</p><p>联系电话：{MOB}</p>"
      "<p>2024年2月6日，本局执法人员对当事人在示例县城关乡集贸市场内的摊位进行检查……</p>" + TAIL,
      column="penalty", shape="河南 市场监管 template: 主体资格证照名称, 证件号码, 住所（住址）",
      ids=["ID"], phones=["MOB"], addrs=["河南省示例县城关乡东关村3组27号"]),
    P("h402", head("示例县交通运输局", "示交运罚〔2024〕23号") +
      "<p>当事人：栾某，性别：男，从业资格证号：{ID}，联系电话：{MOB}，"
      "住址：山东省示例县临港街道王家庄村108号。</p>"
      "<p>车辆所有人：示例县某某物流有限公司，统一社会信用代码：{USCC}，道路运输证号："
      "371399001234，车牌号：鲁Q5X837。</p><p>经查，2024年1月18日当事人驾驶鲁Q5X837重型"
      "半挂牵引车，车货总重61.3吨，超过限定标准12.3吨……</p>",
      column="penalty", shape="山东 超限运输: the driver's 从业资格证号, the owner company",
      ids=["ID"], phones=["MOB"], addrs=["山东省示例县临港街道王家庄村108号"]),
    P("h403", head("示例县城市管理和综合执法局", "示城执罚字〔2024〕第0031号") +
      "<p>当事人：易某，性别：女，出生年月：1968年4月，身份证号码：{IDX}，"
      "现住：示例县花明楼镇炭子冲村十一组，联系电话：{MOB_S}。</p>"
      "<p>违法地点：示例县人民路与建设路交叉口东50米。</p>",
      column="penalty", shape="湖南 城管 占道经营: 现住 + 十一组, spaced mobile, 违法地点",
      ids=["IDX"], phones=["MOB"], addrs=["示例县花明楼镇炭子冲村十一组"]),
    P("h404", head("示例县卫生健康委员会", "示卫医罚〔2024〕5号") +
      "<p>当事人：詹某，男，1975年9月12日出生，汉族，身份证号：{ID}，户籍地：福建省示例县"
      "塔下村58号，现住址：示例县城关镇南门街道中山路112号3楼，联系电话：{MOB}。</p>"
      "<p>卫生监督员：连某（执法证号：{CERT}）、林某（执法证号：{CERT2}）。</p>",
      column="penalty", shape="福建 卫健 无证行医: 户籍地 and 现住址, 执法证号 like mobiles",
      ids=["ID"], phones=["MOB"],
      addrs=["福建省示例县塔下村58号", "示例县城关镇南门街道中山路112号3楼"]),
    P("h405", head("示例县生态环境局", "示环罚〔2024〕12号") +
      "<p>当事人：示例县某某石材加工厂（个体工商户）</p><p>统一社会信用代码：{USCC}</p>"
      "<p>经营者：普某，公民身份号码：{ID}，联系电话：{MOB}</p>"
      "<p>经营场所：示例县勐海镇曼贺村委会曼贺新寨18号</p>"
      "<p>环境违法行为举报电话：12369</p>",
      column="penalty", shape="云南 生态环境: 个体户 operator, 经营场所 only",
      ids=["ID"], phones=["MOB"]),
    P("h406", head("示例县公安局", "示公（治）决字〔2024〕00126号",
                   "行政处罚决定书") +
      "<p>违法行为人：那某，男，1990年3月5日出生，身份证种类及号码：居民身份证 {ID}，"
      "户籍所在地：黑龙江省示例县向阳乡红旗村，现住址：示例县向阳乡红旗村四屯17号，"
      "工作单位：无，联系方式：{MOB}。</p>"
      "<p>现查明，2024年2月10日22时许，违法行为人那某在示例县向阳乡红旗村殴打他人……</p>",
      column="penalty", shape="黑龙江 治安 决定书: 身份证种类及号码, 户籍所在地 at village level",
      ids=["ID"], phones=["MOB"], addrs=["示例县向阳乡红旗村四屯17号"]),
    P("h407", head("国家税务总局示例县税务局", "示税简罚〔2024〕15号", "税务行政处罚决定书（简易）") +
      "<p>纳税人名称：柴某</p><p>纳税人识别号：{ID}</p><p>生产经营地址：湖北省示例县"
      "城关镇解放路23号</p><p>联系电话：{MOB}</p>"
      "<p>违法事实：你（单位）2023年10月1日至2023年12月31日个人所得税（经营所得）未按期"
      "进行申报。处罚依据：《中华人民共和国税收征收管理法》第六十二条。罚款金额：200元。</p>",
      column="penalty", shape="湖北 税务 简易: a person's 纳税人识别号 is the ID, 生产经营地址",
      ids=["ID"], phones=["MOB"]),
    P("h408", head("示例县市场监督管理局", "示市监罚〔2024〕102号") +
      "<p>当事人：示例县某某副食店；主体类型：个体工商户；统一社会信用代码：{USCC}；"
      "经营场所：示例县三河镇新街42号；经营者：花某；身份证号码：{ID}；"
      "住所：示例县三河镇新街村6组12号；联系电话：{MOB}。</p>",
      column="penalty", shape="安徽 个体户: 经营场所 public, the operator's 住所 after the ID",
      ids=["ID"], phones=["MOB"], addrs=["示例县三河镇新街村6组12号"]),
    P("h409", head("示例县交通运输局", "示交罚〔2024〕31号") +
      "<p>当事人：游某，机动车驾驶证号：{ID}，联系电话：{MOB_86}。</p>"
      "<p>经查，2024年2月3日当事人驾驶渝B7N2K8小型轿车，通过某网约车平台承接订单（订单号："
      "{ORDER}），未取得网络预约出租汽车运输证从事网约车经营，乘客手机尾号5678。</p>",
      column="penalty", shape="重庆 网约车: +86 mobile, a Luhn-valid 19-digit order number",
      ids=["ID"], phones=["MOB"]),
    P("h410", "示例县城市管理局\n行政处罚决定书\n示城管罚决〔2024〕7号\n当事人：\n雷某，男，汉族，\n"
      "1966年8月出生，身份证号：\n{ID}，住\n示例县城关街道\n西关社区东风路\n17号院3号楼2单元\n"
      "501室。\n经查，当事人未取得建设工程规划许可证，擅自在示例县东风路17号院内搭建砖混结构\n"
      "房屋一间，面积约24平方米……\n",
      kind="attachment", column="penalty", title="示城管罚决〔2024〕7号行政处罚决定书",
      shape="陕西 城管 违法建设, pdf text: 住 at a line end, address over four lines",
      ids=["ID"], addrs=["示例县城关街道西关社区东风路17号院3号楼2单元501室"]),
    P("h411", head("示例县卫生健康局", "示卫公罚〔2024〕3号") +
      "<p>当事人：示例县某某美容店</p><p>负责人：冀某，手机：{MOB}</p>"
      "<p>地址：示例县城关镇建设大街136号</p>"
      "<p>执法人员：温某、苗某，执法证号：{CERT}、{CERT2}</p>",
      column="penalty",
      shape="河北 卫健 公共场所: the 负责人's mobile, the shop's 地址, Hebei 执法证号",
      phones=["MOB"]),
    P("h412", head("示例县生态环境局", "示环罚〔2024〕13号") +
      "<p>当事人：示例县某某化工有限公司</p><p>统一社会信用代码：{USCCD}</p>"
      "<p>法定代表人：蔺某</p><p>地址：示例县工业园区纬三路9号</p><p>联系电话：{LAND}</p>"
      "<p>请于收到本决定书之日起十五日内将罚款缴至指定银行：收款人：示例县财政局；"
      "开户行：中国农业银行示例县支行；账号：{OACCT}。</p>",
      column="penalty", shape="company only: its 地址, landline, the 财政局 account"),
    P("h413", head("示例县公安局", "示公（治）决字〔2024〕00131号") +
      "<p>违法行为人：卜某，男，1956年出生，身份证号码：{IDF}，联系电话：{LAND}，"
      "案件编号：A3609990000002024030012。</p>",
      column="penalty", shape="15-digit ID after 身份证号码, the party's landline, 案件编号",
      ids=["IDF"], phones=["LAND"]),
    P("h414", head("示例县市场监督管理局", "示市监听告〔2024〕8号", "行政处罚听证告知书") +
      "<p>岳某（身份证号码：{ID}）：</p><p>本局拟对你作出罚款人民币叁万元的行政处罚。根据"
      "《中华人民共和国行政处罚法》第六十三条的规定，你有权要求举行听证……</p>"
      "<p>送达地址：示例县湖泽镇湖泽村5组9号</p>"
      "<p>联系人：汤某 联系电话：{LAND2}</p>",
      column="penalty", title="行政处罚听证告知书",
      shape="江西 听证告知书: the party in brackets, 送达地址, the office's contact",
      ids=["ID"], addrs=["示例县湖泽镇湖泽村5组9号"]),
    P("h415", head("示例县市场监督管理局", "示市监罚告〔2024〕21号", "行政处罚告知书") +
      "<p>示例县某某餐饮有限公司：</p><p>本局拟对你单位作出如下行政处罚……你单位可在收到本"
      "告知书之日起五个工作日内向本局提出陈述、申辩。</p>"
      "<p>承办人：毛某，联系电话：{MOB}；本局地址：示例县建设路8号。</p>",
      column="penalty", shape="陈述申辩告知 to a company: the officer's mobile only"),
    P("h416", head("示例县市场监督管理局", "示市监罚〔2024〕103号") +
      "<p>当事人：龙某，女，苗族，身份证号码：{ID_FW}，住址：贵州省示例县台江镇排羊村二组23号，"
      "联系电话：{MOB_FW}。</p>",
      column="penalty", shape="贵州, GBK page, full-width ID and mobile", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["贵州省示例县台江镇排羊村二组23号"]),
    P("h417", head("示例县市场监督管理局", "示市监罚〔2024〕104号") +
      "<p>当事人：马某，男，回族，身份证号码：{ID_SPAN}，联系电话：{MOB_CMT}。</p>",
      column="penalty", shape="甘肃: spans in the ID, comments in the mobile",
      ids=["ID"], phones=["MOB"]),
    P("h418", head("示例县交通运输局", "示交罚〔2024〕32号") +
      "<p>当事人：哈某，身份证号码：{ID}，联系电话：{MOB}，银行卡号：{CARD}（用于退还暂扣"
      "保证金）。</p><p>罚款缴纳：收款人：示例县财政局非税收入专户；账号：{OACCT}；"
      "开户行：中国农业银行示例县支行。</p>",
      column="penalty", shape="the party's card beside the 非税收入 account",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h419", head("示例县公安局", "示公（治）决字〔2024〕00140号") +
      "<p>违法行为人：边某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>同案人员：容某（身份证号码：{ID2}，另案处理）。</p>"
      "<p>以上事实有违法行为人陈述和申辩、证人武某（联系电话：{MOB2}）的证言等证据证实。</p>",
      column="penalty", shape="治安: 同案人员 in brackets, a witness's mobile",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),
    P("h420", head("示例县市场监督管理局", "示市监罚〔2024〕105号") +
      "<p>当事人：阿依古丽·买买提，女，维吾尔族，公民身份号码：{IDX}，"
      "住址：新疆示例县托万克乡托万克村3组45号，联系电话：{MOB}。</p>",
      column="penalty", shape="新疆: a name with ·",
      ids=["IDX"], phones=["MOB"], addrs=["新疆示例县托万克乡托万克村3组45号"]),
    P("h421", head("示例县城市管理局", "示城管罚〔2024〕18号") +
      "<p>当事人：焦某，男，身份证号码：{ID}，住址：示例县城关镇，联系电话：{MOB_M}。</p>"
      "<p>违法地点：示例县滨江路88号。户籍地：示例县某某乡。</p>",
      column="penalty",
      shape="addresses that stop at town level, a masked mobile, 违法地点 with 号",
      ids=["ID"]),
    P("h422", head("示例县市场监督管理局", "示市监罚〔2024〕106号") +
      "<p>当事人：示例县某某小吃店（个体工商户），经营场所：示例县新华路33号，经营者：于某，"
      "身份证号码：{ID_M}，住址：（已隐去），联系电话：{MOB}。</p>",
      column="penalty", shape="个体户: masked ID, 住址 已隐去, the operator's mobile",
      phones=["MOB"]),
    P("h423", head("示例县林业局", "示林罚〔2024〕4号") +
      "<p>当事人：巴某，男，蒙古族，身份证号码：{ID}，住址：内蒙古示例旗巴音苏木乌兰嘎查2组，"
      "联系电话：{MOB}。</p>",
      column="penalty", shape="内蒙古 苏木/嘎查 + 组", ids=["ID"], phones=["MOB"],
      addrs=["内蒙古示例旗巴音苏木乌兰嘎查2组"]),
    P("h424", "<h2>示例县交通运输局行政处罚决定书</h2><p>示交罚〔2024〕33号</p>"
      "<p>当事人况某，男，1981年生，身份证号码{ID}，家住示例县白沙镇白沙村7组。</p>"
      "<p>车辆所有人：示例县某某运输有限公司，住所：示例县白沙镇工业路5号。</p>",
      title="示例县交通运输局行政处罚决定书（示交罚〔2024〕33号）",
      shape="a decision by its title only (no penalty column), 家住, company 住所",
      ids=["ID"], addrs=["示例县白沙镇白沙村7组"]),
    P("h425", head("示例县城市管理局", "示城管罚〔2024〕19号") +
      "<p>当事人：龚某　身份证号：{ID_NB}　联系电话：{MOB_D}</p>",
      column="penalty", shape="GBK page, U+3000 inside the ID, dashed mobile", enc="gbk",
      ids=["ID"], phones=["MOB"]),
    P("h426", head("示例县市场监督管理局", "示市监罚〔2024〕107号") +
      "<p>当事人：示例县某某建材有限公司，统一社会信用代码：{USCCD}，法定代表人：钭某，"
      "手机：{MOB}。</p><p>当事人开户行：示例县建设银行城关支行，账号：{ACCT}。</p>",
      column="penalty", shape="company: the representative's mobile, the company's account",
      phones=["MOB"]),
    P("h427", head("示例县市场监督管理局", "示市监罚〔2024〕108号") +
      "<p>当事人：訾某，男，身份证号码：{ID}。</p><p>经查，当事人通过其本人名下中国农业银行卡"
      "（{CARD_S}）收取货款，违法所得13912.50元。</p>"
      "<p>暂扣款项退还至当事人账户：开户行：示例县邮储银行城关营业所，户名：訾某，"
      "账号：{ACCTS}。</p>",
      column="penalty", shape="spaced card in the facts, the party's non-card account",
      ids=["ID"], banks=["CARD", "ACCTS"]),
    P("h428", "<table><tr><td colspan='4'>示例县城市管理局 行政处罚决定书</td></tr>"
      "<tr><td>当事人</td><td>邰某</td><td>性别</td><td>男</td></tr>"
      "<tr><td>身份证号</td><td>{ID}</td><td>联系电话</td><td>{MOB}</td></tr>"
      "<tr><td>住址</td><td colspan='3'>示例县柳城镇柳河村委会下寨屯6号</td></tr>"
      "<tr><td>执法人员</td><td>韩某、杨某</td><td>执法证件号码</td><td>{CERT}、{CERT2}</td></tr>"
      "</table>",
      column="penalty", shape="form table: 执法证件号码 cell like mobiles",
      ids=["ID"], phones=["MOB"], addrs=["示例县柳城镇柳河村委会下寨屯6号"]),
    P("h429", head("示例县公安局交通警察大队", "示公交决字〔2024〕00052号") +
      "<p>被处罚人：庞某，住宅电话：{LANDB}，身份证号码：{IDX}，"
      "现住：陕西省示例县韦曲街道樱花路9号5栋3单元402室。</p>"
      "<p>本大队地址：示例县长安路1号，传真：{LAND}。</p>",
      column="penalty", shape="住宅电话 029 landline, the office's fax",
      ids=["IDX"], phones=["LANDB"], addrs=["陕西省示例县韦曲街道樱花路9号5栋3单元402室"]),
    P("h430", head("示例县市场监督管理局", "示市监罚〔2024〕109号") +
      "<p>当事人：覃某，男，身份证号码：{ID}，联系电话：{MOB2}。</p>"
      "<p>经查，当事人通过网络销售假冒注册商标的商品，快递运单号：7731{MOB}，发票号码："
      "04400123，货值金额1391.25元。</p>",
      column="penalty", shape="a mobile inside a waybill number",
      ids=["ID"], phones=["MOB2"]),
    P("h431", head("示例县城市管理局", "示城管罚〔2024〕20号") +
      "<p>当事人：舒某，女，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>如对本决定有异议，可拨打12345政务服务便民热线。承办人：吕某，手机：{MOB2}。</p>",
      column="penalty", shape="the party's mobile and the 承办人's mobile",
      ids=["ID"], phones=["MOB"]),
    P("h432", head("示例县市场监督管理局", "示市监罚〔2024〕110号") +
      "<p>当事人：岑某，身份证号码：{IDX}。</p><p>本案案件编号：360999202403120007，"
      "抽样单编号：No.13609992024001，罚款于2024年03月15日前缴清。</p>",
      column="penalty", shape="an 18-digit 案件编号, a 抽样单编号 holding 1360999…",
      ids=["IDX"]),
    P("h433", head("国家税务总局示例县税务局", "示税罚〔2024〕9号", "税务行政处罚决定书") +
      "<p>纳税人名称：覃某</p><p>身份证件号码：{ID}</p>"
      "<p>你已于2024年3月1日缴纳罚款，电子缴款凭证号：{ORDER}，税票号码：{ORDER2}。</p>",
      column="penalty", shape="税务: 凭证号 and 税票号码 that pass Luhn",
      ids=["ID"]),
    P("h434", head("示例县交通运输局", "示交罚〔2024〕34号") +
      "<p>当事人：桑某，身份证号码：{ID}。</p><p>请于15日内将罚款缴至：收款人：国家金库示例县"
      "支库；代理银行：中国工商银行示例县支行；账号：{CARD}。</p>",
      column="penalty", shape="the 国库 account is Luhn-valid", ids=["ID"]),
    P("h435", head("示例县生态环境局", "示环罚〔2024〕14号") +
      "<p>当事人：卢某，男，身份证号码：{ID}，住址：示例县洪门镇城南路1\n08号，"
      "联系电话：{MOB}。</p>",
      column="penalty", shape="a line break inside the house number", ids=["ID"],
      phones=["MOB"], addrs=["示例县洪门镇城南路108号"]),
    # ------------------------------------------------ attachments
    P("h436", "示例县生态环境局行政处罚决定书\n第 1 页 共 3 页\n示环罚〔2024〕15号\n"
      "当事人：晏某\n身份证号码：{ID}\n联系电话：{MOB}\n"
      "违法事实：当事人在示例县洪门镇露天焚烧废旧电缆……\n环境违法举报电话：12369\n"
      "第 2 页 共 3 页\n",
      kind="attachment", column="penalty", shape="pdf text with page headers",
      ids=["ID"], phones=["MOB"]),
    P("h437", "示例县市场监督管理局\n行政处罚决定书\n示市监罚〔2024〕111号\n一、当事人基本情况\n"
      "姓名\t贝某\t性别\t男\n身份证号码\t{ID}\t联系电话\t{MOB}\n"
      "家庭住址\t示例县金川镇金川村委会塘背组15号\n二、违法事实\n……\n",
      kind="attachment", column="penalty", shape="docx 当事人基本情况 table, tab-joined cells",
      ids=["ID"], phones=["MOB"], addrs=["示例县金川镇金川村委会塘背组15号"]),
    P("h438", "附件2\n示例县2024年3月行政处罚信息双公示表\n"
      "行政相对人名称\t行政相对人类别\t统一社会信用代码\t法定代表人\t证件类型\t证件号码\t"
      "处罚决定书文号\t处罚内容\n"
      "丰某\t自然人\t\t\t身份证\t{ID}\t示市监罚〔2024〕112号\t罚款3000元\n"
      "示例县某某商贸有限公司\t法人及非法人组织\t{USCC}\t熊某\t\t\t示市监罚〔2024〕113号\t"
      "罚款20000元\n"
      "示例县某某早餐店\t个体工商户\t{USCC2}\t滕某\t身份证\t{ID2_M}\t示市监罚〔2024〕114号\t"
      "警告\n",
      kind="attachment", title="行政处罚信息双公示表",
      shape="双公示 attachment: 证件号码 column, a masked row", ids=["ID"]),
    # ------------------------------------------------ published lists
    P("h439", "<h1>重大税收违法失信主体信息公布</h1>"
      "<table><tr><th>纳税人名称</th><th>纳税人识别号</th><th>注册地址</th>"
      "<th>法定代表人或者负责人姓名、性别及身份证号码</th><th>负有直接责任的财务负责人</th>"
      "<th>主要违法事实</th></tr>"
      "<tr><td>示例县某某建筑劳务有限公司</td><td>{USCC}</td><td>示例县城关镇建设路66号</td>"
      "<td>桂某，男，{ID}</td><td>甄某，女，{ID2}</td><td>虚开增值税专用发票</td></tr>"
      "<tr><td>钮某</td><td>{ID3}</td><td>示例县城关镇解放路5号</td><td>钮某，男，{ID3}</td>"
      "<td>—</td><td>逃避缴纳税款</td></tr></table>",
      title="重大税收违法失信主体信息公布", shape="税务 失信主体 table, a person's 识别号",
      ids=["ID", "ID2", "ID3"]),
    P("h440", "<h1>示例县食品小作坊登记证核发情况公示</h1>"
      "<table><tr><td>经营者姓名</td><td>身份证号码</td><td>联系电话</td><td>生产加工地址</td>"
      "<td>登记证编号</td></tr>"
      "<tr><td>解某</td><td>{ID}</td><td>{MOB}</td><td>示例县东乡镇东乡村2组</td>"
      "<td>GX36099920240012</td></tr>"
      "<tr><td>应某</td><td>{ID2}</td><td>{MOB2}</td><td>示例县东乡镇老街18号</td>"
      "<td>GX36099920240013</td></tr></table>",
      title="食品小作坊登记证核发情况公示", shape="许可公示 table, 生产加工地址",
      ids=["ID", "ID2"], phones=["MOB", "MOB2"]),
    P("h441", "<h1>示例县2024年农村计划生育家庭奖励扶助金发放名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>身份证号</td><td>银行卡号</td><td>金额（元）</td>"
      "</tr><tr><td>1</td><td>宁某</td><td>{ID}</td><td>{CARD}</td><td>960</td></tr>"
      "<tr><td>2</td><td>仇某</td><td>{ID2}</td><td>{CARDL}</td><td>960</td></tr></table>",
      title="农村计划生育家庭奖励扶助金发放名单", shape="卫健 扶助金 list with cards",
      ids=["ID", "ID2"], banks=["CARD", "CARDL"]),
    P("h442", "<h1>示例县2024年第一季度城乡低保新增对象公示</h1>"
      "<table><tr><td>户主姓名</td><td>身份证号码</td><td>家庭住址</td><td>联系电话</td>"
      "<td>保障人口</td></tr>"
      "<tr><td>凌某</td><td>{ID_M}</td><td>示例县坪头乡坪头村4组11号</td><td>{MOB}</td><td>3</td></tr>"
      "<tr><td>阮某</td><td>{ID2_MX}</td><td>示例县坪头乡坪头村6组2号</td><td>{MOB2_M}</td>"
      "<td>2</td></tr></table><p>监督电话：{LAND}</p>",
      title="城乡低保新增对象公示",
      shape="低保 list: masked IDs, 家庭住址 outside a decision, one mobile unmasked",
      phones=["MOB"]),
    P("h443", "<h1>2024年3月交通违法行为曝光名单</h1>"
      "<table><tr><td>驾驶人</td><td>驾驶证号</td><td>号牌号码</td><td>违法行为</td>"
      "<td>累积记分</td></tr>"
      "<tr><td>鲍某</td><td>{ID}</td><td>赣C·2M803</td><td>饮酒后驾驶机动车</td><td>12</td></tr>"
      "<tr><td>车某</td><td>{ID2_M}</td><td>赣C·9K117</td><td>超速50%以上</td><td>12</td></tr>"
      "</table>",
      title="交通违法行为曝光名单", shape="公安交管 曝光名单: 驾驶证号 column",
      ids=["ID"]),
    P("h444", "<h1>示例县2024年城乡居民基本养老保险待遇补发名单</h1>"
      "<table><tr><td>姓名</td><td>公民身份号码</td><td>社保卡金融账号</td><td>补发金额</td></tr>"
      "<tr><td>邬某</td><td>{ID}</td><td>{CARDL}</td><td>1,236.00</td></tr></table>",
      title="城乡居民基本养老保险待遇补发名单", shape="社保卡金融账号 column",
      ids=["ID"], banks=["CARDL"]),
    P("h445", "<h1>示例县2024年高龄津贴发放对象公示</h1>"
      "<table><tr><td>姓名</td><td>身份证号</td><td>年龄</td><td>联系电话</td></tr>"
      "<tr><td>莫某</td><td>{IDF}</td><td>91</td><td>0086 {MOB}</td></tr>"
      "<tr><td>祝某</td><td>{IDF2}</td><td>88</td><td>{MOB2_M}</td></tr></table>",
      title="高龄津贴发放对象公示", shape="15-digit IDs under a 身份证号 header, 0086",
      ids=["IDF", "IDF2"], phones=["MOB"]),
    P("h446", "<h1>示例县多缴税费退还情况公示</h1>"
      "<table><tr><td>纳税人名称</td><td>退税金额</td><td>收款账号</td><td>开户银行</td></tr>"
      "<tr><td>施某</td><td>356.20</td><td>{CARD}</td><td>中国建设银行示例县支行</td></tr>"
      "<tr><td>示例县某某五金有限公司</td><td>12,800.00</td><td>{ACCT}</td>"
      "<td>示例县农商银行</td></tr></table>",
      title="多缴税费退还情况公示", shape="退税 list: a person's card, a company's account",
      banks=["CARD"]),
    P("h447", "<h1>行政许可信息公示</h1>"
      "<table><tr><td>行政相对人名称</td><td>法定代表人（负责人）</td><td>许可证编号</td>"
      "<td>联系电话</td></tr>"
      "<tr><td>申某</td><td>申某</td><td>JY13609990012345</td><td>{MOB}</td></tr>"
      "<tr><td>示例县某某餐饮有限公司</td><td>费某</td><td>JY13609990012346</td><td>{LAND}</td>"
      "</tr></table>",
      title="行政许可信息公示",
      shape="许可公示: 食品经营许可证号 holding 1360999…, a company's landline",
      phones=["MOB"]),
    P("h448", "<h1>示例县投诉举报电话公告</h1><p>政务服务便民热线：12345；消费者投诉举报专线："
      "12315；公共法律服务热线：12348；价格举报：12358。</p><p>本局举报电话：{LAND}；"
      "咨询电话：{LAND2}；值班手机：{MOB}。</p>",
      title="关于公布投诉举报电话的公告", shape="hotlines and the office's numbers"),
    P("h449", "<h1>示例县2024年第一批拖欠农民工工资失信联合惩戒对象名单</h1>"
      "<p>一、示例县某某建筑工程有限公司，统一社会信用代码：{USCCD}，法定代表人：洪某，"
      "身份证号码：{ID}。</p><p>二、包工头：廖某，身份证号码：{IDX}，手机号码：{MOB}。</p>",
      title="拖欠农民工工资失信联合惩戒对象名单",
      shape="失信名单 in running text: the representative's and a 包工头's numbers",
      ids=["ID", "IDX"], phones=["MOB"]),
    P("h450", "<h1>示例县城市管理局行政执法人员公示</h1>"
      "<table><tr><td>姓名</td><td>执法证号</td><td>执法门类</td></tr>"
      "<tr><td>韩某</td><td>{CERT}</td><td>城市管理</td></tr>"
      "<tr><td>杨某</td><td>{CERT2}</td><td>城市管理</td></tr></table>",
      title="行政执法人员公示", shape="执法证号 column like mobiles, no header 手机"),
    # ------------------------------------------------ other pages
    P("h451", "<h1>信访事项答复意见书</h1><p>信访人：卢某（身份证号码：{ID}，联系电话：{MOB}）</p>"
      "<p>你于2024年2月19日反映的示例县城关镇某小区噪声扰民问题收悉，现答复如下……</p>",
      title="信访事项答复意见书",
      shape="a letter reply: the ID counts everywhere, the phone only in decisions and lists",
      ids=["ID"]),
    P("h452", "<div class='content'>" + head("示例县城市管理局", "示城管罚〔2024〕21号") +
      "<p>当事人：伍某，身份证号：{ID}，联系电话：{MOB}。</p></div>"
      "<div class='footer'><p>主办单位：示例县城市管理局 地址：示例县城关镇人民路8号 "
      "联系电话：{LAND} 传真：{LAND2}</p><p>网站标识码：3609990012 赣ICP备05001234号-1 "
      "赣公网安备 36099902000123号</p></div>",
      column="penalty", shape="the footer's numbers and address on a decision page",
      ids=["ID"], phones=["MOB"]),
    P("h453", "<h1>示例县2024年特困人员救助供养金发放明细</h1>"
      "<table><tr><td>姓名</td><td>身份证号</td><td>银行账号</td><td>手机</td></tr>"
      "<tr><td>甘某</td><td>{ID_M}</td><td>{CARD_M}</td><td>{MOB_M}</td></tr>"
      "<tr><td>牛某</td><td>{ID2_MX}</td><td>{ACCT_M}</td><td>{MOB2_M}</td></tr></table>",
      title="特困人员救助供养金发放明细", shape="a list with everything masked"),
    P("h454", head("示例县市场监督管理局", "示市监罚〔2024〕115号") +
      "<p>当事人：示例县某某药店有限公司，统一社会信用代码：{USCCD}，住所：示例县城关镇"
      "文化路12号1栋101室，法定代表人：耿某，组织机构代码：36099912-3。</p>"
      "<p>经营地址：示例县城关镇文化路12号。</p>",
      column="penalty", shape="a company's 住所 with 栋 and 室, 组织机构代码"),
    P("h455", head("示例县卫生健康委员会", "示卫职罚〔2024〕6号") +
      "<p>当事人：仲某，女，身份证号码：{IDX_LOW}，家庭地址：示例县水边镇水边社区18号，"
      "手机：<span>{MOB}</span>。</p><p>投诉举报电话：12320。</p>",
      column="penalty", shape="家庭地址 社区 + 号, 12320",
      ids=["IDX"], phones=["MOB"], addrs=["示例县水边镇水边社区18号"]),
    P("h456", head("示例县市场监督管理局", "示市监罚〔2024〕116号") +
      "<p>当事人：示例县某某超市（个人独资企业），住所：示例县城关镇和平路77号，投资人：晁某，"
      "身份证号码：{ID}，联系电话：{MOB}。</p>",
      column="penalty",
      shape="个人独资企业: the investor's ID and mobile, the enterprise's 住所",
      ids=["ID"], phones=["MOB"]),
]
