"""The fourteenth held-out passages: written blind, by someone who did not read the detectors
(plugins/) or any earlier passage file beyond heldout13's first lines, labelled by hand from
the definitions of privacy.id-number, privacy.phone, privacy.bank-account and
privacy.address (rules.md, privacy.md) before any run.

Shapes. Penalty decisions: 公安 盗窃 (户籍地 村 组 号 and 现住 栋 单元 室, the party's mobile,
the 违法地点); 市场监管 食品 company (法定代表人's ID with X and spaced mobile, the company's
住所, 12315 and the 承办人's mobile not); 税务 个人 docx (6-8-4 spaced ID, 社区 路 号附号, the
国库 account); 城管 on a GBK page (full-width ID, 家住 + 巷 号, +86 mobile); 人防 table with a
姓名/身份证号/住址/联系电话 header (two rows, one party's landline, one masked row); 卫健
非法行医 (15-digit 公民身份号码, 村 组 号); 交通 超限 (the driver's ID and mobile, a 13-prefixed
执法证号, the carrier's 住所); 文化 个体 (dashed ID, 住址 vs 经营场所, U+3000-spaced mobile);
应急 烟花 docx with an ID broken over a line and 家庭住址; 自然资源 采矿 with two parties (the
second ID with lower-case x); 农业 假农药 (保证金 退还 to the party's card, the 非税 account
not); 林业 decision outside the penalty column named by its title; 水务 on a GBK page (ID split
by spans, font-split mobile, 小区 栋 室); 消防 (zero-width space in an ID, comment-split
mobile, 幢 室); 住所 of a person described by 性别 (half full-width ID); 价格 个体 with a
bracketed 029 landline of the operator; 医保 骗保 (社会保障卡 银行账号, the fund's account not);
交警 (驾驶证 / 身份证号, 号院 号楼); 烟草 on a GBK page with two parties (户籍地 and 现居住地);
教育 培训 个人 (19-digit personal card, a Luhn-valid 订单号 not); 渔政 (户籍地 only the township,
现住 detailed). Nothing to report: a masked decision (住址 ****), a company decision (注册号 of
15 digits, the company's landline), an 当场 decision whose 住址 stops at the town with an
X-masked ID, a 法人 decision with 执法证号 and 举报电话 and a company 基本户.
Lists and other pages: 低保 名单 (家庭住址 on purpose unlabelled, cards, mobiles); 临时救助
(spaced and dashed cards); 耕地 补贴 text attachment (一卡通账号: 17- and 12-digit accounts,
19-digit card, a masked row); 危房改造 on a GBK village page; 征兵 公示 (家长 mobiles); 公益性岗位
(IDs with X, cards); 送达公告 of a 责令改正 (home address unlabelled, ID labelled); 医疗救助
(15-digit ID under a header); 优抚 (ID over a <br>, card); 创业担保贷款 贴息 (IDs, mobiles).
Nothing to report: 招聘 成绩 (masked IDs, 准考证号), 政府采购 成交 (agency 联系人 mobile),
办事指南 (hotlines, 非税 account), 工作动态 (文号, 邮编), 信用修复 名单 (digits-only codes, company
phones), 征收 公告 (村民小组 account, 征收办 联系人 mobile).
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------

HEAD = ("<html><head><meta charset='{cs}'><title>{t}</title></head><body>"
        "<div class='nav'>首页 &gt; 政务公开 &gt; {col}</div><div class='article'>"
        "<h2 class='art-title'>{t}</h2><div class='info'>发布时间：2022-05-12　来源：{org}"
        "　浏览次数：<span id='hits'>128</span></div><div class='art-con'>")
TAIL = ("</div></div><div id='foot'>主办单位：{org}　地址：示例县府前路1号　邮编：336100"
        "　电话：0795-7123456<br>网站标识码：3609990017　赣ICP备05001234号</div></body></html>")


def page(title: str, org: str, col: str, content: str, cs: str = "utf-8") -> str:
    """An article page; ``content`` keeps its ``{NAME}`` placeholders."""
    head = HEAD.replace("{cs}", cs).replace("{t}", title).replace("{org}", org)
    head = head.replace("{col}", col)
    return head + content + TAIL.replace("{org}", org)


def ps(*lines: str) -> str:
    return "".join("<p style='text-indent:2em'>" + x + "</p>" for x in lines)


def table(header: list[str], rows: list[list[str]]) -> str:
    out = "<table border='1' cellspacing='0'><tr>"
    out += "".join("<th>" + h + "</th>" for h in header) + "</tr>"
    for r in rows:
        out += "<tr>" + "".join("<td>" + c + "</td>" for c in r) + "</tr>"
    return out + "</table>"


RIGHTS = ("如不服本处罚决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
          "或者在六个月内向示例县人民法院提起行政诉讼。")
PAY = "罚款限于收到本决定书之日起十五日内缴至指定银行，到期不缴纳的，每日按罚款数额的3%加处罚款。"

PASSAGES = [
    # ---------------------------------------------------------------- penalty decisions
    P("h1301", page("示例县公安局行政处罚决定书（示公（城）决字〔2022〕0412号）", "示例县公安局",
                    "行政处罚", ps(
        "违法行为人：李某某，男，1986年3月出生，汉族，身份证号码：{ID}，户籍地：示例县城关镇"
        "东门村三组25号，现住：示例市南湖区建设路188号3栋2单元401室，联系电话：{MOB}。",
        "现查明：2022年4月9日14时许，李某某在示例县城关镇步行街某服装店内盗窃手机一部，"
        "价值人民币1200元。违法地点：示例县城关镇步行街32号。",
        "根据《中华人民共和国治安管理处罚法》第四十九条之规定，决定给予李某某行政拘留十日。",
        RIGHTS)),
      column="penalty", shape="公安 盗窃: 户籍地 村组号 + 现住 栋单元室, mobile, 违法地点",
      ids=["ID"], phones=["MOB"],
      addrs=["示例县城关镇东门村三组25号", "示例市南湖区建设路188号3栋2单元401室"]),

    P("h1302", page("示市监食罚〔2022〕17号", "示例县市场监督管理局", "行政处罚", ps(
        "当事人：示例县丰味食品有限公司",
        "统一社会信用代码：{USCC}",
        "住所：示例县工业园区纬二路8号",
        "法定代表人：王建平，身份证号：{IDX}，手机：{MOB_S}",
        "经查，当事人于2022年1月至3月生产的“丰味牌”腊肉制品菌落总数不符合食品安全标准……",
        "投诉举报电话：12315　承办人：胡某　联系电话：{MOB2}",
        RIGHTS)),
      column="penalty", shape="company decision: 法定代表人 ID (X) and spaced mobile; 承办人 not",
      ids=["IDX"], phones=["MOB"]),

    P("h1303", "示例县税务局税务行政处罚决定书\n示税罚〔2022〕36号\n"
               "纳税人：陈某某\n公民身份号码：{ID_S}\n"
               "地址：示例县石门镇南街社区人民路36号附5号\n"
               "经我局检查，你于2021年取得劳务报酬所得未依法申报个人所得税……\n"
               "以上罚款限你自收到本决定书之日起十五日内缴纳入库，国库账号：{OACCT}，"
               "收款人：国家金库示例县支库。\n" + RIGHTS + "\n国家税务总局示例县税务局\n2022年5月6日",
      kind="attachment", column="penalty", title="税务行政处罚决定书", shape="税务 docx: 6-8-4 spaced ID, 社区 路 号附号, 国库 account",
      ids=["ID"], addrs=["示例县石门镇南街社区人民路36号附5号"]),

    P("h1304", page("示例县城市管理局行政处罚决定书", "示例县城市管理局", "行政处罚", ps(
        "当事人：刘某，女，身份证：{ID_FW}，家住示例县凤凰街道滨江巷12号，电话：{MOB_86}。",
        "2022年3月15日，执法人员巡查发现当事人在城南路与解放路交叉口占道经营水果摊……",
        "违法地点：城南路与解放路交叉口东北角。", RIGHTS), cs="gbk"),
      column="penalty", enc="gbk", shape="城管 GBK: full-width ID, 家住 巷号, +86 mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县凤凰街道滨江巷12号"]),

    P("h1305", page("示例县住房和城乡建设局行政处罚决定书（三份）", "示例县住房和城乡建设局",
                    "行政处罚", ps("以下当事人未按规定办理施工许可擅自施工，现将处罚决定公示如下：")
        + table(["当事人", "身份证号", "住址", "联系电话", "处罚内容"], [
            ["杨某", "{ID2}", "示例县新桥镇枫林村7组41号", "{MOB2}", "罚款5000元"],
            ["邹某某", "{ID3}", "示例县城关镇南门路9号2幢301室", "{LAND}", "罚款8000元"],
            ["彭某", "{ID4_M}", "示例县城关镇***路**号", "{MOB4_M}", "罚款3000元"]])),
      column="penalty", shape="header table 当事人/身份证号/住址/联系电话, landline, masked row",
      ids=["ID2", "ID3"], phones=["MOB2", "LAND"],
      addrs=["示例县新桥镇枫林村7组41号", "示例县城关镇南门路9号2幢301室"]),

    P("h1306", page("示卫医罚〔2022〕5号", "示例县卫生健康委员会", "行政处罚", ps(
        "当事人：赵某，性别：男，出生日期：1958年6月，公民身份号码：{IDF}，"
        "住址：示例县高桥乡双河村5组17号。",
        "经查，当事人未取得《医疗机构执业许可证》擅自在其住处开展诊疗活动……",
        "根据《基本医疗卫生与健康促进法》第九十九条，决定没收违法所得并处罚款。", RIGHTS)),
      column="penalty", shape="卫健 非法行医: 15-digit ID, 村组号",
      ids=["IDF"], addrs=["示例县高桥乡双河村5组17号"]),

    P("h1307", page("示交罚〔2022〕088号 行政处罚决定书", "示例县交通运输局", "行政处罚", ps(
        "当事人：示例县通达运输有限公司，住所：示例县物流园区C区6号，"
        "统一社会信用代码：{USCC}。",
        "驾驶员：孙某，身份证号：{ID}，手机号码：{MOB}。",
        "2022年4月2日，当事人所属赣C·5Q123号重型货车经示例县治超站检测，车货总质量超过限定"
        "标准……",
        "执法人员：黄某（执法证号：{CERT}）、钟某（执法证号：{CERT2}）", PAY, RIGHTS)),
      column="penalty", shape="交通 超限: driver's ID and mobile, 13-prefixed 执法证号, carrier 住所",
      ids=["ID"], phones=["MOB"]),

    P("h1308", page("示例县文化广电新闻出版旅游局行政处罚决定书", "示例县文化广电旅游局",
                    "行政处罚", ps(
        "当事人：周某（个体工商户，字号：周记书屋），经营者：周某，身份证号：{ID_D}，"
        "住址：示例县城关镇沿河东路15号附1号，经营场所：示例县城关镇解放路66号，"
        "联系电话：{MOB_NB}。",
        "经查，当事人经营场所内陈列销售非法出版物《……》12册……", RIGHTS)),
      column="penalty", shape="文化 个体: dashed ID, 住址 vs 经营场所, U+3000-spaced mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇沿河东路15号附1号"]),

    P("h1309", page("示例县市场监督管理局行政处罚决定书（示市监罚〔2022〕44号）",
                    "示例县市场监督管理局", "行政处罚", ps(
        "当事人：吴某，身份证号：{ID_M}，住址：示例县城关镇****，联系电话：{MOB_M}。",
        "经查，当事人销售过期预包装食品……违法地点：示例县城关镇菜市场8号摊位。", RIGHTS)),
      column="penalty", shape="nothing: masked ID, masked 住址, masked mobile"),

    P("h1310", page("示应急罚〔2022〕9号", "示例县应急管理局", "行政处罚", ps(
        "被处罚单位：示例县宏达建材厂",
        "注册号：{IDF}　统一社会信用代码：{USCC}",
        "住所：示例县工业园区经一路22号　单位电话：{LAND}",
        "负责人：邓某某，职务：厂长",
        "经查，该厂未按规定对从业人员进行安全生产教育和培训……", RIGHTS)),
      column="penalty", shape="nothing: company decision, 15-digit 注册号, company landline"),

    P("h1311", "示例县应急管理局\n行政处罚决定书\n示应急罚〔2022〕12号\n"
               "当事人：钱某，男，汉族，1979年11月生\n身份证号：{ID_NL}\n"
               "家庭住址：示例县龙口镇龙口社区新街12号\n"
               "联系方式：{MOB}\n"
               "经营地址：示例县龙口镇圩镇农贸市场旁\n"
               "经查，当事人在未取得烟花爆竹经营（零售）许可证的情况下，于2022年1月在其店内"
               "销售烟花爆竹……\n" + PAY + "\n" + RIGHTS,
      kind="attachment", column="penalty", title="行政处罚决定书", shape="应急 烟花 docx: ID broken over a line, 家庭住址, 经营地址 not",
      ids=["ID"], phones=["MOB"], addrs=["示例县龙口镇龙口社区新街12号"]),

    P("h1312", page("示自然资罚〔2022〕3号行政处罚决定书", "示例县自然资源局", "行政处罚", ps(
        "当事人一：郑某，男，身份证号码：{ID}，住示例县三江镇水口村2组8号。",
        "当事人二：冯某某，男，身份证号码：{IDX_LOW}，住示例县三江镇水口村3组21号。",
        "经查，2021年10月起，当事人一、二合伙在示例县三江镇水口村河滩地无证开采河砂……",
        "违法地点：示例县三江镇水口村“下洲”河段。", RIGHTS)),
      column="penalty", shape="自然资源 采矿: two parties, 住 + 村组号, lower-case x",
      ids=["ID", "IDX"],
      addrs=["示例县三江镇水口村2组8号", "示例县三江镇水口村3组21号"]),

    P("h1313", page("示农罚〔2022〕21号", "示例县农业农村局", "行政处罚", ps(
        "当事人：何某，女，身份证号：{ID}，住址：示例县塘坊乡塘坊村12组6号，"
        "手机：{MOB}。",
        "经查，当事人经营的农资店销售假农药“草甘膦”40瓶……",
        "当事人缴纳的案件保证金2000元于本决定生效后退还至当事人账户："
        "开户行：示例县农村商业银行塘坊支行，卡号：{CARD}。",
        "罚没款请缴至：示例县财政局非税收入汇缴专户，账号：{OACCT}。", RIGHTS)),
      column="penalty", shape="农业 假农药: 保证金 退还 to the party's card, 非税 account not",
      ids=["ID"], phones=["MOB"], banks=["CARD"], addrs=["示例县塘坊乡塘坊村12组6号"]),

    P("h1314", page("示例县林业局林业行政处罚决定书", "示例县林业局", "通知公告", ps(
        "当事人：曾某，男，1968年5月出生，身份证号：{ID}，住所：示例县大坪镇大坪村6组3号，"
        "联系电话：{MOB}。",
        "经查，2022年2月，当事人未取得林木采伐许可证，在大坪村“狮子岭”山场滥伐杉木18株……",
        RIGHTS)),
      title="示例县林业局林业行政处罚决定书",
      shape="林业 decision outside penalty column, named by its title; person's 住所",
      ids=["ID"], phones=["MOB"], addrs=["示例县大坪镇大坪村6组3号"]),

    P("h1315", page("示例县水利局行政处罚决定书", "示例县水利局", "行政处罚", ps(
        "当事人：谢某，男，身份证号：{ID_SPAN}，",
        "现住址：示例县城关镇金山小区5栋1单元602室，联系电话：{MOB_FONT}。",
        "经查，当事人未经批准在河道管理范围内堆放建筑垃圾……", RIGHTS), cs="gbk"),
      column="penalty", enc="gbk", shape="水务 GBK: span-split ID, font-split mobile, 小区 栋 室",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇金山小区5栋1单元602室"]),

    P("h1316", page("示例县消防救援大队行政处罚决定书", "示例县消防救援大队", "行政处罚", ps(
        "被处罚人：韩某，女，身份证号：{ID_ZW}，现居住于示例县城关镇翠湖苑3幢1102室，"
        "联系电话：{MOB_CMT}。",
        "经查，韩某在其居住楼栋消防通道内停放电动自行车并充电……",
        "举报投诉电话：96119", RIGHTS)),
      column="penalty", shape="消防: zero-width space in ID, comment-split mobile, 幢 室",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇翠湖苑3幢1102室"]),

    P("h1317", page("示环罚〔2022〕14号", "示例市生态环境局示例分局", "行政处罚", ps(
        "当事人：黄某，男，汉族，身份证号：{ID_HALF}，住所：示例县石门镇石门街80号。",
        "经查，当事人在石门镇露天焚烧废旧电线电缆……", RIGHTS)),
      column="penalty", shape="生态: 住所 of a person described by 性别, half full-width ID",
      ids=["ID"], addrs=["示例县石门镇石门街80号"]),

    P("h1318", page("示发改价罚〔2022〕2号", "示例县发展和改革委员会", "行政处罚", ps(
        "当事人：示例县老兵便利店（个体工商户）",
        "经营者：罗某，身份证号：{ID}，住址：西安市雁塔区丈八东路18号院3号楼1203室，"
        "联系电话：{LANDB_P}。",
        "经营场所：示例县城关镇北门路3号。",
        "经查，当事人在疫情防控期间哄抬口罩价格……", RIGHTS)),
      column="penalty", shape="价格 个体: 经营者's bracketed 029 landline, 号院 号楼",
      ids=["ID"], phones=["LANDB"], addrs=["西安市雁塔区丈八东路18号院3号楼1203室"]),

    P("h1319", "示例县医疗保障局\n行政处罚决定书\n示医保罚〔2022〕4号\n"
               "当事人：宋某某　性别：女　身份证号：{ID}\n"
               "住址：示例县城关镇东门社区北街24号\n"
               "社会保障卡银行账号：{CARDL}\n"
               "经查，当事人于2021年3月至12月冒用他人社会保障卡在定点药店购药，骗取医保基金"
               "3260元……\n责令退回的医保基金请缴入：示例县医疗保障基金专户，账号：{OACCT}\n"
               + RIGHTS,
      kind="attachment", column="penalty", title="行政处罚决定书", shape="医保 骗保 docx: 社保卡 银行账号 (19-digit card), fund account not",
      ids=["ID"], banks=["CARDL"], addrs=["示例县城关镇东门社区北街24号"]),

    P("h1320", page("示公交罚决字〔2022〕0631号", "示例县公安局交通警察大队", "行政处罚", ps(
        "被处罚人：丁某　驾驶证号/身份证号：{ID}",
        "现住址：北京市丰台区南三环西路16号院2号楼5单元301　手机：{MOB_S}",
        "档案编号：360900123456　车辆号牌：赣C·8M612",
        "被处罚人于2022年5月1日在示例县大道与工业大道交叉口饮酒后驾驶机动车……", RIGHTS)),
      column="penalty", shape="交警 酒驾: 驾驶证号/身份证号, 号院 号楼 单元, spaced mobile",
      ids=["ID"], phones=["MOB"], addrs=["北京市丰台区南三环西路16号院2号楼5单元301"]),

    P("h1321", page("示例县烟草专卖局行政处罚决定书", "示例县烟草专卖局", "行政处罚", ps(
        "当事人一：蔡某，男，1975年出生，身份证号码：{ID}，户籍地：示例县马田镇马田村委会"
        "上屋组14号，现居住地：广东省东莞市长安镇乌沙社区兴发路9号501房。",
        "当事人二：潘某，男，1990年出生，身份证号码：{ID2}，户籍地：示例县马田镇。",
        "经查，当事人一、二无烟草专卖零售许可证经营卷烟……", RIGHTS), cs="gbk"),
      column="penalty", enc="gbk",
      shape="烟草 GBK: two parties, 户籍地 村委会 组号 + 现居住地 社区 路号; a town-only 户籍地",
      ids=["ID", "ID2"],
      addrs=["示例县马田镇马田村委会上屋组14号", "广东省东莞市长安镇乌沙社区兴发路9号501房"]),

    P("h1322", page("当场行政处罚决定书（第2022-031号）", "示例县市场监督管理局", "行政处罚", ps(
        "被处罚人：方某，身份证号：{ID_MX}，住址：示例县石门镇。",
        "违法事实：在石门镇圩日占道销售未标明产地的农产品。",
        "处罚依据及内容：警告。执法人员：李某、王某（执法证号：{CERT}）")),
      column="penalty", shape="nothing: 住址 stops at the town, X-masked ID, 执法证号"),

    P("h1323", page("示教罚〔2022〕1号 行政处罚决定书", "示例县教育体育局", "行政处罚", ps(
        "当事人：叶某，女，身份证号：{IDX}，家庭住址：示例县城关镇文昌路128号华府小区"
        "9栋2单元1801室，手机号：{MOB}。",
        "经查，当事人未经审批举办面向中小学生的学科类校外培训班……收取培训费用的银行卡："
        "{CARDL}（户名：叶某）。",
        "家长缴费订单号：{ORDER}等。", RIGHTS)),
      column="penalty", shape="教育 培训: 19-digit personal card, Luhn-valid 订单号 not",
      ids=["IDX"], phones=["MOB"], banks=["CARDL"],
      addrs=["示例县城关镇文昌路128号华府小区9栋2单元1801室"]),

    P("h1324", page("示例县农业农村局行政处罚决定书（渔政）", "示例县农业农村局", "行政处罚", ps(
        "当事人：袁某，男，身份证号码：{ID}，户籍所在地：示例县江口镇，现住：示例县江口镇"
        "江边村4组19号，联系电话：{MOB}。",
        "经查，2022年4月当事人在禁渔期内在江口镇江边村河段使用电鱼器具捕鱼……", RIGHTS)),
      column="penalty", shape="渔政: 户籍所在地 only the town, 现住 村组号",
      ids=["ID"], phones=["MOB"], addrs=["示例县江口镇江边村4组19号"]),

    P("h1325", page("示生环罚〔2022〕22号", "示例市生态环境局示例分局", "行政处罚", ps(
        "当事人：示例县金源化工有限公司",
        "统一社会信用代码：{USCCD}",
        "法定代表人：陈某",
        "住所：示例县化工园区纬五路1号",
        "基本存款账户：中国银行示例县支行，账号：{ACCT}",
        "经查，你公司废水处理设施未正常运行……",
        "举报电话：12369　执法人员：肖某（执法证号：{CERT}）", RIGHTS)),
      column="penalty", shape="nothing: 法人 decision, company account, 执法证号, 举报电话"),

    # ---------------------------------------------------------------- lists and other pages
    P("h1326", page("示例县石门镇2022年5月城乡低保新增对象名单公示", "示例县石门镇人民政府",
                    "公示公告", ps("经本人申请、入户调查、民主评议，拟新增以下对象，公示期7天：")
        + table(["序号", "户主姓名", "身份证号码", "家庭住址", "保障人口", "银行卡号", "联系电话"], [
            ["1", "王某华", "{ID}", "石门镇石门村3组12号", "2", "{CARD}", "{MOB}"],
            ["2", "李某英", "{ID2}", "石门镇东岭村1组5号", "1", "{CARD2}", "{MOB2}"],
            ["3", "张某", "{IDX3}", "石门镇南街社区健康路7号", "3", "{CARD3}", "{MOB3}"]])
        + ps("监督电话：0795-7365110（石门镇民政所）")),
      shape="低保 名单: 家庭住址 not expected, cards, mobiles, 监督电话 not",
      ids=["ID", "ID2", "IDX3"], phones=["MOB", "MOB2", "MOB3"],
      banks=["CARD", "CARD2", "CARD3"]),

    P("h1327", page("关于2022年第一批临时救助对象的公示", "示例县民政局", "公示公告", ps(
        "1. 刘某芳，身份证号{ID}，救助金额3000元，发放卡号{CARD_S}；",
        "2. 陈某军，身份证号{ID2}，救助金额2000元，发放卡号{CARD2_D}；",
        "3. 黄某，身份证号{ID3_M}，救助金额1500元，发放卡号{CARD3_M}。",
        "如有异议，请于公示期内向县民政局反映，电话：0795-7321010。")),
      shape="临时救助: spaced and dashed cards, a masked row",
      ids=["ID", "ID2"], banks=["CARD", "CARD2"]),

    P("h1328", "示例县2022年耕地地力保护补贴发放清册（大坪镇大坪村）\n"
               "序号\t户主\t身份证号\t补贴面积（亩）\t补贴金额（元）\t一卡通账号\n"
               "1\t曾某发\t{ID}\t4.6\t546.02\t{ACCT}\n"
               "2\t曾某林\t{ID2}\t3.2\t379.84\t{ACCTS}\n"
               "3\t邱某\t{IDX3}\t5.1\t605.37\t{CARDL}\n"
               "4\t邱某生\t{ID4_M}\t2.0\t237.40\t{CARD4_M}\n"
               "合计\t\t\t14.9\t1768.63\t\n",
      kind="attachment",
      shape="耕地补贴 text: 一卡通账号 column (17-digit, 12-digit accounts, 19-digit card), masked row",
      ids=["ID", "ID2", "IDX3"], banks=["ACCT", "ACCTS", "CARDL"]),

    P("h1329", page("大坪村2022年农村危房改造补助对象公示", "示例县大坪镇大坪村村民委员会",
                    "村务公开", table(["姓名", "身份证号", "联系电话", "改造方式", "补助金额"], [
                        ["曾某华", "{ID}", "{MOB}", "拆除重建", "25000"],
                        ["钟某", "{IDX2}", "{MOB2}", "修缮加固", "12000"]])
        + ps("公示期：2022年5月12日至5月18日。村务监督委员会电话：0795-7588123"), cs="gbk"),
      enc="gbk", shape="危房改造 GBK village page: IDs, mobiles, 村务监督 landline not",
      ids=["ID", "IDX2"], phones=["MOB", "MOB2"]),

    P("h1330", page("示例县2022年上半年拟批准入伍人员公示", "示例县人民政府征兵办公室",
                    "公示公告", table(["姓名", "性别", "公民身份号码", "文化程度", "家长联系电话"], [
                        ["何某宇", "男", "{ID}", "大专", "{MOB_S}"],
                        ["林某", "男", "{ID2}", "本科", "{MOB2}"],
                        ["郭某豪", "男", "{IDX3}", "高中", "{MOB3_86}"]])
        + ps("监督举报电话：0795-7310001（县征兵办）")),
      shape="征兵 公示: IDs, 家长 mobiles (spaced, +86), 征兵办 number not",
      ids=["ID", "ID2", "IDX3"], phones=["MOB", "MOB2", "MOB3"]),

    P("h1331", page("2022年第二季度公益性岗位补贴发放名单", "示例县人力资源和社会保障局",
                    "公示公告", table(["姓名", "身份证号", "岗位", "补贴金额", "社保卡金融账号"], [
                        ["方某", "{IDX}", "保洁", "2490", "{CARD}"],
                        ["祝某某", "{ID2_FW}", "护路", "2490", "{CARD2}"],
                        ["温某", "{ID3}", "治安巡逻", "2490", "{CARD3_NB}"]])),
      shape="公益性岗位: IDs with X, full-width ID, U+3000-spaced card",
      ids=["IDX", "ID2", "ID3"], banks=["CARD", "CARD2", "CARD3"]),

    P("h1332", page("责令限期改正通知书送达公告", "示例县自然资源局", "通知公告", ps(
        "谢某某（身份证号：{ID}，住示例县城关镇桥东村8组31号）：",
        "你在示例县城关镇桥东村8组未经批准占用耕地建房，我局依法作出《责令限期改正通知书》"
        "（示自然资责改〔2022〕15号）。因无法直接送达，现依法公告送达……")),
      shape="送达公告 (not a decision): home address on purpose unlabelled, ID labelled",
      ids=["ID"]),

    P("h1333", "示例县2022年4月医疗救助结算明细\n"
               "姓名　身份证号　住院号　医疗总费用　救助金额\n"
               "王某　{IDF}　202204001235　8620.50　2300.00\n"
               "赵某某　{ID2}　202204001311　12450.00　3100.00\n"
               "示例县医疗保障局　咨询电话：0795-7369988\n",
      kind="attachment", shape="医疗救助: 15-digit ID under a header, 12-digit 住院号",
      ids=["IDF", "ID2"]),

    P("h1334", page("2022年度重点优抚对象一次性生活补助发放公示", "示例县退役军人事务局",
                    "公示公告", ps(
        "罗某山，身份证号：{ID_BR}，补助金额1500元，存入账号：{CARD}。",
        "孔某，身份证号：{ID2}，补助金额1500元，存入账号：{ACCT2}。",
        "联系人：赖某　联系电话：{MOB3}")),
      shape="优抚: ID over a <br>, card and 17-digit account, 联系人 mobile not",
      ids=["ID", "ID2"], banks=["CARD", "ACCT2"]),

    P("h1335", page("关于2022年第一批创业担保贷款贴息名单的公示", "示例县就业创业服务中心",
                    "公示公告", table(["序号", "借款人", "身份证号", "手机号码", "贴息金额"], [
                        ["1", "邓某", "{ID}", "{MOB}", "1234.56"],
                        ["2", "曹某某", "{ID2_D}", "{MOB2_FW}", "986.30"],
                        ["3", "彭某", "{ID3}", "{MOB3}", "1500.00"]])
        + ps("咨询电话：0795-7262200　监督电话：12345")),
      shape="创业担保贷款: dashed ID, full-width mobile, 咨询电话 not",
      ids=["ID", "ID2", "ID3"], phones=["MOB", "MOB2", "MOB3"]),

    P("h1336", page("2022年示例县事业单位公开招聘笔试成绩公示", "示例县人力资源和社会保障局",
                    "人事信息", table(["准考证号", "姓名", "身份证号", "笔试成绩"], [
                        ["2022010101", "刘某", "{ID_M}", "72.5"],
                        ["2022010102", "江某", "{ID2_M}", "68.0"],
                        ["2022010103", "石某", "{IDX3_MX}", "75.5"]])),
      shape="nothing: 招聘 成绩 with masked IDs and 准考证号"),

    P("h1337", page("示例县乡镇卫生院医疗设备采购项目成交公告", "示例县财政局", "政府采购", ps(
        "成交供应商：示例市康泰医疗器械有限公司，统一社会信用代码：{USCC}，"
        "地址：示例市经开区创业路9号。",
        "成交金额：人民币386000元。",
        "采购代理机构：示例招标咨询有限公司，联系人：徐工，联系电话：{MOB}；"
        "采购人联系人：周某，联系电话：0795-7260831。")),
      shape="nothing: 政府采购 成交, agency 联系人 mobile, company address"),

    P("h1338", page("非税收入缴款办事指南", "示例县政务服务中心", "办事指南", ps(
        "缴款方式：持《非税收入缴款书》至代收银行柜台缴纳，或通过“赣服通”缴纳。",
        "收款单位：示例县财政局非税收入汇缴结算户，账号：{OACCT}，开户行：中国建设银行"
        "示例县支行。",
        "咨询电话：0795-7231234；投诉电话：12345；监督邮箱：fsb@example.gov.cn")),
      shape="nothing: 办事指南, 非税 account, hotlines"),

    P("h1339", page("我县召开安全生产工作推进会", "示例县人民政府办公室", "工作动态", ps(
        "5月10日，我县召开安全生产工作推进会，传达学习《示例市安全生产委员会关于印发……的通知》"
        "（示安委〔2022〕6号）精神。",
        "会议要求，各乡镇要落实24小时值班制度，值班电话0795-7260110，"
        "邮编336100，群众可拨打12350举报安全隐患。")),
      shape="nothing: 工作动态 with 文号, 值班电话, 邮编"),

    P("h1340", page("信用修复企业名单公告（2022年第3批）", "示例县发展和改革委员会", "信用信息",
                    table(["企业名称", "统一社会信用代码", "企业联系电话", "修复日期"], [
                        ["示例县鑫源贸易有限公司", "{USCCD}", "{LAND}", "2022-05-06"],
                        ["示例县好客农家乐", "{USCCD2}", "{LAND2}", "2022-05-07"]])),
      shape="nothing: 信用修复 名单 of companies, digits-only codes, company landlines"),

    P("h1341", page("示例县城南片区棚户区改造项目房屋征收补偿公告", "示例县房屋征收办公室",
                    "通知公告", ps(
        "城南村第三村民小组集体土地补偿款将拨付至该村民小组账户：开户行示例县农村商业银行"
        "城南支行，账号：{ACCT}。",
        "被征收人对补偿有异议的，可向县房屋征收办咨询，联系人：欧阳某，手机：{MOB}。")),
      shape="nothing: 征收 公告, 村民小组 account, 征收办 联系人 mobile"),

    P("h1342", page("示例县2022年“雨露计划”补助对象公示", "示例县乡村振兴局", "公示公告",
                    table(["学生姓名", "监护人", "监护人身份证号", "监护人手机", "补助卡号"], [
                        ["熊某", "熊某根", "{IDX}", "{MOB}", "{CARD}"],
                        ["廖某", "廖某平", "{ID2}", "{MOB2_S}", "{CARD2_S}"]])),
      shape="雨露计划: 监护人 IDs (X), mobiles, cards",
      ids=["IDX", "ID2"], phones=["MOB", "MOB2"], banks=["CARD", "CARD2"]),

    P("h1343", page("示例县城关镇护林员续聘人员公示", "示例县城关镇人民政府", "公示公告", ps(
        "经考核，拟续聘以下人员为2022年度生态护林员：",
        "桥东村：谢某明（{ID}）；南门社区：吴某（{ID2}）；东门村：邹某红（{IDX3}）。",
        "公示期间如有异议，请与镇林业站联系，联系人：陈某，电话：{MOB4}。"), cs="gbk"),
      enc="gbk", shape="护林员 GBK town page: IDs in brackets, 林业站 联系人 mobile not",
      ids=["ID", "ID2", "IDX3"]),

    P("h1344", page("示例县市场监督管理局行政处罚决定书（示市监罚〔2022〕51号）",
                    "示例县市场监督管理局", "行政处罚", ps(
        "当事人：示例县悦享餐饮管理有限公司，统一社会信用代码：{USCC}，"
        "住所：示例县城关镇滨江路28号1楼。",
        "法定代表人：邱某，身份证号：{ID}。",
        "委托代理人：范某，女，身份证号：{ID2}，住址：示例县城关镇锦绣花园12栋302室，"
        "手机：{MOB2}。",
        "经查，当事人使用超过保质期的食品原料……", RIGHTS)),
      column="penalty", shape="company decision: 委托代理人's 住址 and mobile, company 住所 not",
      ids=["ID", "ID2"], phones=["MOB2"], addrs=["示例县城关镇锦绣花园12栋302室"]),

    P("h1345", page("行政处罚决定书送达回执及处罚决定书", "示例县司法局", "行政处罚", ps(
        "当事人：潘某某，男，身份证号：{ID}，地址：示例县马田镇马田圩新华路5号，"
        "联系电话：{MOB}、{LAND}（家）。",
        "经查，当事人未取得法律服务执业证，以基层法律服务工作者名义代理诉讼并收取费用……",
        RIGHTS)),
      column="penalty", shape="司法: 地址 of a person, mobile and 家 landline",
      ids=["ID"], phones=["MOB", "LAND"], addrs=["示例县马田镇马田圩新华路5号"]),
]
