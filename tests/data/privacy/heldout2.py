"""The second held-out passages: written after the fixes the first held-out run led to.
Their first run is reported as it came out (benchmarks/README.md); its misses were then fixed
(each by a general rule), and the third held-out set (``heldout3.py``) written after that.
More agencies (公安治安, 人社, 住建, 民政, 教育, 退役军人), more lists (优待金, 护林员, 宅基地,
就业补贴 …) and more look-alikes, labelled by the rules' definitions as a reader of the page
would label them.
"""

from __future__ import annotations

from passage import P

END = ("<p>如不服本处罚决定，可于收到本决定书之日起六十日内向示例市人民政府申请行政复议，也可于六个月内"
       "直接向示例县人民法院提起行政诉讼。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。</p>")


def head(agency: str, number: str, kind: str = "行政处罚决定书") -> str:
    return f"<p>{agency}</p><h2>{kind}</h2><p>{number}</p>"


PASSAGES = [
    # ---------------------------------------------------------------- decisions, persons
    P("h101", head("示例县公安局", "示公（治）行罚决字〔2023〕117号") +
      "<p>违法行为人：姚某，性别：男，出生日期：1986年10月3日，身份证件种类及号码：居民身份证"
      "{ID}，户籍所在地：示例县温泉镇温泉村三组，现住址：示例县城关镇滨江花园7栋2单元802室，"
      "联系电话：{MOB}。</p><p>现查明：2023年5月1日，违法行为人姚某在示例县城关镇某某KTV"
      "因琐事殴打他人。</p>" + END,
      column="penalty", shape="公安治安, both addresses",
      ids=["ID"], phones=["MOB"],
      addrs=["示例县温泉镇温泉村三组", "示例县城关镇滨江花园7栋2单元802室"]),
    P("h102", head("示例县人力资源和社会保障局", "示人社监罚〔2023〕2号") +
      "<p>被处罚单位：示例县某某服饰有限公司，统一社会信用代码：{USCC}，法定代表人：关某，"
      "单位地址：示例县工业园区纺织路6号。</p>"
      "<p>经查，该单位拖欠劳动者褚某（身份证号码：{ID}，联系电话：{MOB}）等12人工资共计"
      "86400元。</p>",
      column="penalty", shape="人社, an employee of the company",
      ids=["ID"], phones=["MOB"]),
    P("h103", head("示例县住房和城乡建设局", "示建罚〔2023〕5号") +
      "<p>当事人：示例县某某建筑工程有限公司</p><p>统一社会信用代码：{USCC}</p>"
      "<p>法定代表人：蔡某</p><p>项目负责人：龙某，联系电话：{MOB}</p>"
      "<p>公司地址：示例县城关镇建设路9号，联系电话：{LAND}。</p>",
      column="penalty", shape="住建, the project manager's mobile",
      phones=["MOB"]),
    P("h104", head("示例县民政局", "示民罚〔2023〕1号") +
      "<p>当事人：东方某某，女，满族，1959年8月出生，身份证号码：{ID_S}，住址：示例县大段镇"
      "古桥村十二组，联系电话：{MOB_D}。</p><p>当事人在耕地内违规修建坟墓。</p>",
      column="penalty", shape="民政, compound surname", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["示例县大段镇古桥村十二组"]),
    P("h105", head("示例县教育体育局", "示教罚〔2023〕3号") +
      "<p>当事人：示例县某某教育咨询有限公司（某某培训学校），法定代表人：柏某，"
      "住所：示例县城关镇学府路28号3楼。</p><p>经查，当事人未经审批开展学科类校外培训。</p>"
      "<p>学员家长郝某（电话：{MOB}）反映情况属实。</p>",
      column="penalty", shape="教育, a parent's phone",
      phones=["MOB"]),
    P("h106", head("示例县农业农村局", "示农（牧）罚〔2023〕6号") +
      "<p>当事人：闵某，男，1975年生，身份证号码：{ID_M}，住址：示例县排埠镇黄岗村五组，"
      "养殖场地址：示例县排埠镇黄岗村五组山背11号，联系电话：{MOB}。</p>",
      column="penalty", shape="a farm's address next to the home",
      phones=["MOB"], addrs=["示例县排埠镇黄岗村五组"]),
    P("h107", head("示例县市场监督管理局", "示市监处罚〔2023〕130号") +
      "<p>当事人基本情况：</p><p>姓名：滕某某</p><p>性别：女</p><p>身份证号：{IDX_LOW}</p>"
      "<p>住址：示例县棋坪镇棋坪街东巷7号</p><p>电话：{LAND_P}</p>",
      column="penalty", shape="当事人基本情况 field lines, bracketed area code",
      ids=["IDX"], phones=["LAND"], addrs=["示例县棋坪镇棋坪街东巷7号"]),
    P("h108", head("示例县市场监督管理局", "示市监处罚〔2023〕131号") +
      "<p>当事人：示例县某某商贸有限公司，统一社会信用代码：{USCC}，住所：示例县城关镇"
      "中山路50号，法定代表人：鄢某。</p><p>经查，当事人通过其法定代表人鄢某个人银行账户"
      "（账号：{CARD}）收取货款。</p>",
      column="penalty", shape="the representative's own card in the facts",
      banks=["CARD"]),
    P("h109", head("示例县市场监督管理局", "示市监处罚〔2023〕132号") +
      "<p>当事人（自然人）：伏某，身份证号码：{ID}。</p><p>经营地址：示例县城关镇中山路"
      "52号。仓库地址：示例县城关镇工业园B栋。</p><p>举报人：景某，电话：{MOB2}。</p>",
      column="penalty", shape="business and warehouse addresses, the informer's phone",
      ids=["ID"], phones=["MOB2"]),
    P("h110", head("示例县市场监督管理局", "示市监处罚〔2023〕133号") +
      "<p>当事人：戈某，男，住址：示例县港口镇港口村委会港口组，身份证号码：{ID}，"
      "手机：{MOB_FW}。</p>",
      column="penalty", shape="组 without a number",
      ids=["ID"], phones=["MOB"]),
    P("h111", head("示例县市场监督管理局", "示市监处罚〔2023〕134号") +
      "<p>当事人：于某，男，汉族，身份证号码：{ID}，住址：示例县城关镇沿河路45号附近，"
      "联系电话：{MOB} / {LAND}。</p>",
      column="penalty", shape="mobile and landline after one label",
      ids=["ID"], phones=["MOB", "LAND"], addrs=["示例县城关镇沿河路45号附近"]),
    P("h112", head("示例县市场监督管理局", "示市监处罚〔2023〕135号") +
      "<p>当事人：桑某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>证人：时某，男，联系电话：{MOB2}。</p><p>证据：1.现场笔录；2.询问笔录（编号：{ORDER}）。</p>",
      column="penalty", shape="a witness's phone, 编号",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("h113", head("示例县市场监督管理局", "示市监处罚〔2023〕136号") +
      "<p>当事人：卓某，男，身份证号码：{ID_M}，联系电话：{MOB_M}，住址：示例县温汤镇****。</p>"
      "<p>罚没款缴纳账户：户名：示例县财政局罚没收入户，开户行：中国银行示例县支行，"
      "账号：{OACCT_S}。</p>" + END,
      column="penalty", shape="masked party, spaced office account"),
    P("h114", head("示例县城市管理局", "示城管当罚字〔2023〕第0088号", "当场处罚决定书") +
      "<p>当事人：明某 身份证：{ID} 地址：示例县城关镇解放路菜市场东侧 电话：{MOB}</p>"
      "<p>违法事实：在城区主干道占道堆放物料。</p>",
      column="penalty", shape="当场 form, an address without a number",
      ids=["ID"], phones=["MOB"]),
    P("h115", head("示例县市场监督管理局", "示市监处罚〔2023〕137号") +
      "<p>当事人：凌某，女，1993年生，身份证号码：{ID}，住址：示例县永宁镇城北村三组12号，"
      "电话号码：{MOB}。</p><p>当事人已将违法所得1260元退还消费者邬某，退款至其工商银行"
      "储蓄卡（{CARD_D}）。</p>",
      column="penalty", shape="a consumer's card, dashed",
      ids=["ID"], phones=["MOB"], banks=["CARD"], addrs=["示例县永宁镇城北村三组12号"]),
    P("h116", head("示例县市场监督管理局", "示市监处罚〔2023〕138号") +
      "<p>当事人：示例县某某药店（个人独资企业），投资人：费某，男，身份证号码：{ID}，"
      "住所：示例县城关镇府前路21号，联系电话：{MOB}。</p>",
      column="penalty", shape="个人独资 investor described, 住所",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇府前路21号"]),
    P("h117", head("示例县市场监督管理局", "示市监处罚〔2023〕139号") +
      "<p>当事人：示例县某某贸易有限公司，统一社会信用代码：{USCC}，住所：示例县城关镇"
      "中山路60号，法定代表人：裴某，联系电话：{LAND}，传真：{LAND2}。</p>",
      column="penalty", shape="company, fax"),
    # ---------------------------------------------------------------- lists
    P("h118", "<h1>示例县2023年上半年义务兵家庭优待金发放名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>入伍地</td><td>开户行</td><td>账号</td>"
      "<td>金额（元）</td></tr>"
      "<tr><td>1</td><td>计某（家属）</td><td>永宁镇</td><td>示例农商银行</td><td>{ACCT}</td>"
      "<td>6000</td></tr>"
      "<tr><td>2</td><td>伏某（家属）</td><td>三都镇</td><td>建设银行</td><td>{CARD}</td>"
      "<td>6000</td></tr></table>",
      title="示例县2023年上半年义务兵家庭优待金发放名单", shape="优待金 list",
      banks=["ACCT", "CARD"]),
    P("h119", "<h1>示例县2023年生态护林员续聘人员公示</h1>"
      "<table><tr><td>乡镇</td><td>村</td><td>姓名</td><td>性别</td><td>管护面积（亩）</td>"
      "<td>联系电话</td></tr>"
      "<tr><td>带溪乡</td><td>石桥村</td><td>仇某</td><td>男</td><td>1500</td><td>{MOB_S}</td></tr>"
      "<tr><td>带溪乡</td><td>凤凰村</td><td>宗某</td><td>男</td><td>1200</td><td>{MOB2}</td></tr>"
      "</table>",
      title="示例县2023年生态护林员续聘人员公示", shape="护林员 list",
      phones=["MOB", "MOB2"]),
    P("h120", "<h1>永宁镇城北村“两委”班子成员及联系电话</h1>"
      "<table><tr><td>姓名</td><td>职务</td><td>分管工作</td><td>联系电话</td></tr>"
      "<tr><td>巫某</td><td>党支部书记、村委会主任</td><td>全面工作</td><td>{MOB}</td></tr>"
      "<tr><td>邓某</td><td>村委会委员</td><td>民政、社保</td><td>{MOB2}</td></tr></table>",
      title="永宁镇城北村“两委”班子成员及联系电话", shape="village officials' directory"),
    P("h121", "<h1>三都镇2023年第二批农村宅基地审批结果公示</h1>"
      "<table><tr><td>序号</td><td>申请人</td><td>身份证号</td><td>家庭人口</td><td>拟建地点</td>"
      "<td>用地面积</td></tr>"
      "<tr><td>1</td><td>岳某</td><td>{ID}</td><td>4</td><td>三都镇东岭村五组</td><td>120</td></tr>"
      "<tr><td>2</td><td>帅某</td><td>{ID2_M}</td><td>3</td><td>三都镇西岭村二组</td><td>110</td></tr>"
      "</table>",
      title="三都镇2023年第二批农村宅基地审批结果公示", shape="宅基地 list",
      ids=["ID"]),
    P("h122", "<h1>示例县2023年一次性创业补贴申领人员公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>身份证号码</td><td>社保卡号</td><td>创办实体</td>"
      "<td>补贴金额</td></tr>"
      "<tr><td>1</td><td>廉某</td><td>{ID_M}</td><td>{CARDL}</td><td>示例县某某农家乐</td>"
      "<td>5000</td></tr></table>"
      "<p>公示期：5个工作日。监督电话：{LAND}；县就业局联系人：郜某 {MOB}。</p>",
      title="示例县2023年一次性创业补贴申领人员公示", shape="创业补贴 list, office contact",
      banks=["CARDL"]),
    P("h123", "<h1>2023年示例县计划生育家庭奖励扶助对象名单</h1>"
      "<p>永宁镇：沙某（{ID}）、鄂某（{ID2_M}）；</p><p>三都镇：雍某（{ID3}）。</p>",
      title="2023年示例县计划生育家庭奖励扶助对象名单", shape="IDs in brackets after names",
      ids=["ID", "ID3"]),
    P("h124", "<h1>示例县2023年5月城乡低保、特困供养资金发放公示</h1>"
      "<table><tr><td>户主姓名</td><td>身份证号</td><td>家庭住址</td><td>保障人数</td>"
      "<td>月保障金</td><td>联系电话</td></tr>"
      "<tr><td>祁某</td><td>{ID_M}</td><td>示例县港口镇港口村3组</td><td>2</td><td>860</td>"
      "<td>{MOB}</td></tr>"
      "<tr><td>毋某</td><td>{ID2_M}</td><td>示例县港口镇渔村2组</td><td>1</td><td>430</td>"
      "<td>{LAND}</td></tr></table>",
      title="示例县2023年5月城乡低保、特困供养资金发放公示", shape="list with a landline row",
      enc="gbk", phones=["MOB", "LAND"]),
    P("h125", "<h1>关于公布2023年度示例县道路运输从业人员诚信考核结果的公示</h1>"
      "<table><tr><td>姓名</td><td>从业资格证号</td><td>考核等级</td></tr>"
      "<tr><td>阎某</td><td>{ID}</td><td>AAA</td></tr>"
      "<tr><td>符某</td><td>{ID2}</td><td>AA</td></tr></table>",
      title="关于公布2023年度示例县道路运输从业人员诚信考核结果的公示",
      shape="从业资格证号 = ID", ids=["ID", "ID2"]),
    P("h126", "<h1>示例县2023年公开招聘社区工作者拟聘用人员名单公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>出生年月</td><td>毕业院校</td>"
      "<td>准考证号</td></tr>"
      "<tr><td>1</td><td>乐某</td><td>女</td><td>1998.05</td><td>示例学院</td>"
      "<td>20230512139</td></tr></table>"
      "<p>监督电话：{LAND}。</p>",
      title="示例县2023年公开招聘社区工作者拟聘用人员名单公示", shape="准考证号"),
    # ---------------------------------------------------------------- attachments
    P("h127", "示例县民政局\n2023年第二季度临时救助对象花名册\n"
      "序号\t乡镇\t姓名\t身份证号码\t救助原因\t救助金额\t银行卡号\t联系电话\n"
      "1\t永宁镇\t芮某\t{ID}\t因病\t2000\t{CARD}\t{MOB}\n"
      "2\t三都镇\t隆某\t{ID2_M}\t因灾\t1500\t{CARD2_M}\t{MOB2_M}\n",
      kind="attachment", title="2023年第二季度临时救助对象花名册", shape="xlsx roster",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h128", "示例县农业农村局\n行政处罚决定书\n示农罚〔2023〕18号\n"
      "当事人：殷某，男，1970年3月出生\n"
      "身份证号码：{ID}\n住址：示例县大段镇古桥村7组23号\n联系电话：{LAND}\n"
      "经查，当事人在示例河禁渔区使用地笼网捕捞。\n"
      "罚款缴入：示例县非税收入专户，账号：{OACCT}。\n",
      kind="attachment", shape="docx decision, person's landline",
      ids=["ID"], phones=["LAND"], addrs=["示例县大段镇古桥村7组23号"]),
    P("h129", "当事人：示例县某某物业服务有限公司\n统一社会信用代码：{USCC}\n"
      "住所：示例县城关镇滨江路1号\n法定代表人：屈某\n身份证号码：{ID_M}\n"
      "联系电话：{MOB}\n",
      kind="attachment", title="示市监处罚〔2023〕140号", column="penalty",
      shape="company decision, field lines (column added after the first run: see README)",
      phones=["MOB"]),
    P("h130", "示例县公安局\n行政处罚决定书\n违法行为人：尤某  性别：男  出生日期：1990年2月1日\n"
      "身份证号码：{ID_S}\n现住址：示例县城关镇新华路18号3栋502室\n工作单位：无\n",
      kind="attachment", shape="公安 attachment, double spaces",
      ids=["ID"], addrs=["示例县城关镇新华路18号3栋502室"]),
    P("h131", "示例县市场监督管理局\n行政处罚决定书\n"
      "当事人：钮某，女，身份证号码：{ID}，\n联系电话：{MOB_NL}，\n"
      "住址：示例县温汤镇\n汤溪村5组\n",
      kind="attachment", shape="PDF text broken across lines",
      ids=["ID"], phones=["MOB"], addrs=["示例县温汤镇汤溪村5组"]),
    # ---------------------------------------------------------------- other pages
    P("h132", "<h1>关于应征入伍人员家属慰问情况的报道</h1>"
      "<p>日前，县人武部走访慰问了新兵家属，新兵母亲蓝某（联系电话：{MOB}）表示感谢。</p>",
      title="关于应征入伍人员家属慰问情况的报道", shape="news with a resident's mobile"),
    P("h133", "<h1>示例县2023年“两节”期间值班安排表</h1>"
      "<table><tr><td>日期</td><td>带班领导</td><td>值班人员</td><td>值班电话</td></tr>"
      "<tr><td>2月1日</td><td>王某</td><td>李某</td><td>{LAND}</td></tr>"
      "<tr><td>2月2日</td><td>张某</td><td>赵某</td><td>{MOB}</td></tr></table>",
      title="示例县2023年“两节”期间值班安排表", shape="duty roster (office)"),
    P("h134", "<h1>示例县住房公积金管理中心关于缴存单位的公告</h1>"
      "<p>请缴存单位将公积金汇入：户名：示例县住房公积金管理中心，开户行：建设银行示例县支行，"
      "账号：{OACCT}。咨询电话：{LAND}。</p>",
      title="示例县住房公积金管理中心关于缴存单位的公告", shape="office account in a notice"),
    P("h135", "<h1>关于返还巫某误缴非税收入的通知</h1>"
      "<p>巫某：你于2023年3月误缴的行政事业性收费300元，经审核予以退还，款项已退至你提供的"
      "账户（户名：巫某，开户行：示例农商银行，账号：{ACCT}）。</p>",
      title="关于返还巫某误缴非税收入的通知", shape="a refund to a person's account",
      banks=["ACCT"]),
    P("h136", "<h1>示例县消费者权益保护委员会2023年一季度投诉调解情况通报</h1>"
      "<p>消费者郏某投诉示例县某某家具店，经调解，商家退还货款2800元至消费者银行卡"
      "{CARD_M}。</p><p>投诉热线：12315。</p>",
      title="示例县消费者权益保护委员会2023年一季度投诉调解情况通报", shape="masked card"),
    # ---------------------------------------------------------------- tables in decisions
    P("h137", "<h1>示例县市场监督管理局行政处罚决定公示（2023年5月）</h1>"
      "<table><tr><td>当事人姓名/名称</td><td>证件号码</td><td>住址/住所</td><td>违法行为</td></tr>"
      "<tr><td>缪某</td><td>{ID}</td><td>示例县三都镇三都村8组</td><td>无照经营</td></tr>"
      "<tr><td>示例县某某汽修厂</td><td>{USCC}</td><td>示例县三都镇汽配城5号</td>"
      "<td>未明码标价</td></tr></table>",
      title="示例县市场监督管理局行政处罚决定公示", column="penalty",
      shape="mixed parties table with slashed headers",
      ids=["ID"], addrs=["示例县三都镇三都村8组"]),
    P("h138", head("示例县市场监督管理局", "示市监处罚〔2023〕141号") +
      "<table><tr><td>当事人</td><td colspan='3'>臧某</td></tr>"
      "<tr><td>身份证号</td><td>{ID}</td><td>联系方式</td><td>{MOB_S}</td></tr>"
      "<tr><td>住址</td><td colspan='3'>示例县棋坪镇上庄村11组</td></tr>"
      "<tr><td>银行账号</td><td colspan='3'>{CARD_S}</td></tr></table>",
      column="penalty", shape="key-value table with spans",
      ids=["ID"], phones=["MOB"], banks=["CARD"], addrs=["示例县棋坪镇上庄村11组"]),
    # ---------------------------------------------------------------- more look-alikes
    P("h139", head("示例县市场监督管理局", "示市监处罚〔2023〕142号") +
      "<p>当事人：尚某，男，身份证号码：{ID}，电话：{MOB}。</p>"
      "<p>涉案商品：某某牌白酒，条形码：6901234567892，生产许可证编号：SC{ACCTS}，"
      "生产日期：2022-11-30，批次：20221130138。</p>",
      column="penalty", shape="条形码, SC licence, batch",
      ids=["ID"], phones=["MOB"]),
    P("h140", head("示例县市场监督管理局", "示市监处罚〔2023〕143号") +
      "<p>当事人：邰某，女，身份证号码：{ID}，手机：{MOB}。</p>"
      "<p>当事人销售的电动自行车（车架号：{ACCTS}，电机号：{ORDER}）不符合强制性国家标准。</p>",
      column="penalty", shape="车架号 and 电机号",
      ids=["ID"], phones=["MOB"]),
    P("h141", head("示例县市场监督管理局", "示市监处罚〔2023〕144号") +
      "<p>当事人：仲某，男，身份证号码：{ID}。</p><p>经查，当事人于2023年3月10日14时30分至"
      "2023年3月12日9时15分期间，共接待顾客139人次，收取费用13,800.00元。</p>",
      column="penalty", shape="times and amounts",
      ids=["ID"]),
    P("h142", head("示例县市场监督管理局", "示市监处罚〔2023〕145号") +
      "<p>当事人：蓬某，男，身份证号码：{ID}，联系电话：{MOB}，{MOB2}（其妻）。</p>",
      column="penalty", shape="a second mobile, the spouse's",
      ids=["ID"], phones=["MOB", "MOB2"]),
    P("h143", head("示例县市场监督管理局", "示市监处罚〔2023〕146号") +
      "<p>当事人：全某，男，身份证号码：{IDF}（第一代身份证），住址：示例县温泉镇温泉村2组。</p>",
      column="penalty", shape="15-digit ID",
      ids=["IDF"], addrs=["示例县温泉镇温泉村2组"]),
    P("h144", head("示例县市场监督管理局", "示市监处罚〔2023〕147号") +
      "<p>当事人：班某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>本局执法人员：仰某（执法证号：{CERT}）、秋某（执法证号：{CERT2}），"
      "联系电话：{LAND}。</p>" + END,
      column="penalty", shape="officers and their phone",
      ids=["ID"], phones=["MOB"]),
    P("h145", head("示例县市场监督管理局", "示市监处罚〔2023〕148号") +
      "<p>当事人：仇某，男，身份证号码：{ID}，住址：示例县永宁镇城北村五组，"
      "邮政编码：336000，联系电话：{MOB}。</p>",
      column="penalty", shape="邮政编码 between fields",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇城北村五组"]),
    P("h146", head("示例县市场监督管理局", "示市监处罚〔2023〕149号") +
      "<p>当事人：暴某，女，身份证号码：{ID_ZW}，联系电话：{MOB_ZW}。</p>",
      column="penalty", shape="zero-width spaces",
      ids=["ID"], phones=["MOB"]),
    P("h147", head("示例县市场监督管理局", "示市监处罚〔2023〕150号") +
      "<p>当事人：夔某，男，身份证号码：{ID}，QQ号：{ACCTS}，电子邮箱：{MOB}@163.com。</p>",
      column="penalty", shape="QQ and an email made of a mobile",
      ids=["ID"], phones=["MOB"]),
    P("h148", head("示例县市场监督管理局", "示市监处罚〔2023〕151号") +
      "<p>当事人：厍某，男，身份证号码：{ID}，现住示例县三都镇东岭村10组，联系电话：{MOB}。</p>",
      column="penalty", shape="现住 without colon",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇东岭村10组"]),
    P("h149", head("示例县市场监督管理局", "示市监处罚〔2023〕152号") +
      "<p>当事人：聂某，男，身份证号码：{ID}，住址：详见附件（不予公开）。</p>",
      column="penalty", shape="address withheld",
      ids=["ID"]),
    P("h150", head("示例县市场监督管理局", "示市监处罚〔2023〕153号") +
      "<p>当事人：晁某，女，身份证号码：{ID}，住址：示例县城关镇五一路8号。</p>"
      "<p>如对本决定有异议，可在收到本决定书之日起向本局提出，联系电话：{MOB2}。</p>",
      column="penalty", shape="the office's mobile after 本局",
      ids=["ID"], addrs=["示例县城关镇五一路8号"]),
]
