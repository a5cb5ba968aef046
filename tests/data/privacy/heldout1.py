"""The first held-out passages: written after the first version of the detectors was
finished. Their first run is reported as it came out (benchmarks/README.md); the misses it
showed were then fixed (each by a general rule), so they are held out no longer. The second
held-out set (``heldout2.py``) was written after those fixes.

New agencies and wording (公安, 城管, 卫健, 生态环境, 自然资源, 农业农村, 烟草, 税务 …), new
lists (特困, 公益性岗位, 征地补偿, 残疾人补贴 …) and new look-alikes, labelled by the rules'
definitions (``shared/spec/rules.md``, the issue) as a reader of the page would label them.
"""

from __future__ import annotations

from passage import P

APPEAL = ("<p>当事人如不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
          "或者在六个月内向示例县人民法院提起行政诉讼。</p>")
FOOT = ("<div class='foot'>版权所有：示例县人民政府 网站标识码：3609990001 赣ICP备12001234号<br>"
        "地址：示例县城关镇人民路100号 电话：0795-8120000</div>")


def heading(agency: str, docno: str) -> str:
    return f"<h1>{agency}行政处罚决定书</h1><p style='text-align:center'>{docno}</p>"


PASSAGES = [
    # ---------------------------------------------------------------- decisions, persons
    P("h001", heading("示例县城市管理局", "示城管罚决字〔2023〕第017号") +
      "<p>当事人：孙某，性别：男，民族：汉，出生日期：1976年2月9日，身份证号：{ID}，"
      "住址：示例县城关镇沿河路45号，联系电话：{MOB}。</p>"
      "<p>当事人于2023年3月12日在示例县城关镇沿河路占道经营，经责令改正拒不改正。</p>" + APPEAL,
      column="penalty", shape="城管, one line of fields",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇沿河路45号"]),
    P("h002", heading("示例县自然资源局", "示自然资罚〔2023〕9号") +
      "<p>当事人：王某，男，汉族，1965年出生，示例县带溪乡石桥村村民，"
      "住址：示例县带溪乡石桥村4组，公民身份号码：{ID_M}。</p>"
      "<p>2022年11月，当事人未经批准擅自占用石桥村集体土地建住宅一栋，占地面积168平方米。</p>",
      column="penalty", shape="自然资源, villager",
      addrs=["示例县带溪乡石桥村4组"]),
    P("h003", heading("示例县农业农村局", "示农（渔）罚〔2023〕4号") +
      "<p>当事人：李某，男，1983年7月出生，住示例县港口镇渔村1组，电话：{MOB_S}，"
      "身份证号码：{ID_FW}。</p><p>当事人在禁渔期内使用电鱼工具捕捞。</p>",
      column="penalty", shape="农业农村, 住 + place, spaced mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县港口镇渔村1组"]),
    P("h004", heading("示例县烟草专卖局", "示烟罚〔2023〕第21号") +
      "<p>当事人：示例县城关镇某某烟酒店（个体工商户）</p><p>经营者：赵某</p>"
      "<p>统一社会信用代码：{USCC}</p><p>烟草专卖零售许可证号：360999{ACCTS}</p>"
      "<p>经营地址：示例县城关镇解放路77号</p><p>家庭住址：示例县城关镇南门社区健康路3号2栋</p>"
      "<p>联系电话：{MOB}</p>",
      column="penalty", shape="烟草, 个体户 operator, 许可证号",
      phones=["MOB"], addrs=["示例县城关镇南门社区健康路3号2栋"]),
    P("h005", heading("示例县卫生健康委员会", "示卫医罚〔2023〕3号") +
      "<p>被处罚单位：示例县某某诊所</p><p>负责人：陈某</p><p>地址：示例县三都镇三都街12号</p>"
      "<p>联系电话：{MOB}</p><p>经查，该诊所使用非卫生技术人员从事医疗卫生技术工作。</p>",
      column="penalty", shape="卫健, clinic and its manager",
      phones=["MOB"]),
    P("h006", "<h1>示例县公安局交通管理大队公安交通管理行政处罚决定书</h1>"
      "<p>编号：3609991200{ACCTS}</p>"
      "<p>被处罚人：刘某，性别：男，机动车驾驶证号：{ID}，档案编号：{ACCTS2}，"
      "联系方式：{MOB}，住址：示例县永宁镇西门村三组。</p>"
      "<p>车辆牌号：赣C·6F321。被处罚人于2023年4月2日驾驶小型汽车超速50%以上。</p>",
      title="公安交通管理行政处罚决定书", column="penalty", shape="traffic, 驾驶证号 = ID",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇西门村三组"]),
    P("h007", heading("示例县市场监督管理局", "示市监处罚〔2023〕56号") +
      "<p>当事人：郭某某，女，汉族，1990年12月出生，居民身份证：{IDX}，"
      "户籍地址：江西省示例县棋坪镇排上村委会上排组，经常居住地：示例县城关镇幸福里小区"
      "9幢1102室，联系方式：{MOB_86}。</p>",
      column="penalty", shape="户籍 and 经常居住, +86",
      ids=["IDX"], phones=["MOB"], addrs=["示例县城关镇幸福里小区9幢1102室"]),
    P("h008", heading("示例县生态环境局", "示环罚〔2023〕2号") +
      "<p>当事人：杜某，男，个体养殖户，身份证号码：{ID_M}，联系电话：{LAND}，"
      "家住示例县排埠镇黄岗村六组。</p><p>当事人的养猪场未建设配套污染防治设施。</p>",
      column="penalty", shape="个体养殖户, landline", enc="gbk",
      phones=["LAND"], addrs=["示例县排埠镇黄岗村六组"]),
    P("h009", heading("示例县应急管理局", "示应急罚〔2023〕6号") +
      "<p>当事人：吕某，男，1972年生，现住址：示例县大段镇大段村（详细地址略），"
      "手机号码：{MOB_M}，公民身份号码：{ID_M}。</p>",
      column="penalty", shape="all masked, 略 inside"),
    P("h010", heading("示例县文化广电新闻出版旅游局", "示文旅罚〔2023〕1号") +
      "<p>当事人：示例县某某网络科技有限公司（某某网吧）</p><p>统一社会信用代码：{USCCD}</p>"
      "<p>法定代表人：欧阳某某</p><p>住所：示例县城关镇新华路66号二楼</p>"
      "<p>联系电话：{LAND}</p><p>开户银行：江西银行示例县支行 账号：{ACCT}</p>",
      column="penalty", shape="网吧 company, its landline and account"),
    P("h011", heading("示例县税务局", "示税罚〔2023〕15号") +
      "<p>纳税人名称：胡某（个体工商户）</p><p>纳税人识别号：{USCC}</p>"
      "<p>经营地址：示例县城关镇东门路8号</p>"
      "<p>你户2022年1月至12月取得经营所得未按期办理纳税申报，处罚款500元。</p>",
      column="penalty", shape="税务, 纳税人识别号"),
    P("h012", heading("示例县消防救援大队", "示消行罚决字〔2023〕0012号") +
      "<p>被处罚单位：示例县某某宾馆有限公司，统一社会信用代码：{USCC}，地址：示例县城关镇"
      "沿江路18号，法定代表人：宋某，公民身份号码：{ID}，联系电话：{MOB}。</p>",
      column="penalty", shape="消防, company with its representative's ID and mobile",
      ids=["ID"], phones=["MOB"]),
    P("h013", heading("示例县交通运输局", "示交罚〔2023〕33号") +
      "<p>当事人：胡某，男，汉族，1988年5月生，身份证号码：{ID_D}，住址：示例县温汤镇"
      "温汤村二组，联系电话：{MOB_D}。</p><p>当事人驾驶赣C·A2B31号小型客车从事非法营运，"
      "收取乘客钱某（电话：{MOB2}）车费30元。</p>",
      column="penalty", shape="dashed numbers, passenger's phone",
      ids=["ID"], phones=["MOB", "MOB2"], addrs=["示例县温汤镇温汤村二组"]),
    P("h014", heading("示例县市场监督管理局", "示市监处罚〔2023〕61号") +
      "<p>当事人：曾某</p><p>主体资格证照名称：居民身份证</p><p>证件号码：{ID_S}</p>"
      "<p>住所（住址）：示例县三都镇东岭村委会东岭组26号</p><p>联系电话：{MOB_FW}</p>",
      column="penalty", shape="证件号码, 住所（住址）",
      ids=["ID"], phones=["MOB"], addrs=["示例县三都镇东岭村委会东岭组26号"]),
    P("h015", heading("示例县市场监督管理局", "示市监处罚〔2023〕62号") +
      "<p>当事人：示例县某某食品有限公司</p><p>主体资格证照名称：营业执照</p>"
      "<p>统一社会信用代码：{USCCD}</p><p>住所（住址）：示例县工业园区创新大道9号</p>"
      "<p>法定代表人（负责人、经营者）：黎某</p><p>身份证件号码：{ID_M}</p>"
      "<p>联系电话：{LAND}</p>",
      column="penalty", shape="the same form for a company, all-digit credit code"),
    P("h016", heading("示例县市场监督管理局", "示市监处罚〔2023〕70号") +
      "<p>当事人：林某，男，汉族，1979年生，住址：示例县三都镇。</p>"
      "<p>经查，当事人通过其微信（微信号：{MOB}）向朋友圈销售“三无”白酒。当事人收款账户为"
      "其本人的农业银行借记卡（卡号：{CARDL}）。</p>",
      column="penalty", shape="WeChat id is a mobile, card in the facts",
      phones=["MOB"], banks=["CARDL"]),
    P("h017", heading("示例县市场监督管理局", "示市监处罚〔2023〕71号") +
      "<p>当事人：示例县某某电器商行，经营者：邱某，公民身份号码：{ID}，"
      "经营场所：示例县城关镇商贸城B区12号，联系电话：{MOB}。</p>"
      "<p>罚没款请缴入：收款人：示例县财政局，开户行：中国农业银行示例县支行，"
      "账号：{OACCT}。</p>",
      column="penalty", shape="商行 operator, the office's account",
      ids=["ID"], phones=["MOB"]),
    P("h018", heading("示例县市场监督管理局", "示市监处罚〔2023〕72号") +
      "<p>当事人：方某，女，1994年出生，身份证号码：{ID}。</p>"
      "<p>经查，当事人在网店销售假冒商品，收款支付宝账号：{MOB2}，订单编号：{ORDER}。"
      "本局责令当事人将违法所得退还购买人施某（银行卡号：{CARD_S}）。</p>",
      column="penalty", shape="Alipay id, order number, a buyer's card",
      ids=["ID"], phones=["MOB2"], banks=["CARD"]),
    P("h019", heading("示例县水利局", "示水罚〔2023〕1号") +
      "<p>当事人：邹某，男，1970年生，住所地：示例县港口镇港口村八组，"
      "联系电话：{LANDB}。</p><p>当事人在示例河河道管理范围内非法采砂。</p>",
      column="penalty", shape="person's 住所地, 3-digit area code",
      phones=["LANDB"], addrs=["示例县港口镇港口村八组"]),
    P("h020", heading("示例县林业局", "示林罚〔2023〕8号") +
      "<p>当事人：蒲某，男，土家族，1962年4月2日出生，身份证号码：{ID}，"
      "住址：示例县大段镇洪岭村，联系电话：{MOB}。</p>",
      column="penalty", shape="village without a number",
      ids=["ID"], phones=["MOB"]),
    # ---------------------------------------------------------------- office lines
    P("h021", heading("示例县市场监督管理局", "示市监处罚〔2023〕80号") +
      "<p>当事人：汤某，男，身份证号码：{ID}。</p>" + APPEAL +
      "<p>示例县市场监督管理局</p><p>2023年5月6日</p>"
      "<p>（联系人：聂某 联系电话：{MOB} 地址：示例县城关镇人民路100号）</p>" + FOOT,
      column="penalty", shape="contact person, footer",
      ids=["ID"]),
    P("h022", heading("示例县市场监督管理局", "示市监处罚〔2023〕81号") +
      "<p>当事人：柯某，女，身份证号码：{ID_M}。</p>"
      "<p>本机关联系方式：示例县城关镇人民路100号；邮编：336099；电话：{LAND}。</p>"
      "<p>执法人员：黄某（执法证号：{CERT}），邬某（执法证号：{CERT2}）。</p>",
      column="penalty", shape="本机关联系方式, 执法证号"),
    P("h023", heading("示例县城市管理局", "示城管罚决字〔2023〕第020号") +
      "<p>当事人：祝某，男，身份证号：{ID}，住址：示例县城关镇鹅湖路19号。</p>"
      "<p>罚款缴纳：当事人应持本决定书到示例县农村商业银行各网点缴纳罚款，或通过“赣服通”"
      "缴纳，缴款识别码：{ORDER}。城管服务热线：12319。</p>",
      column="penalty", shape="缴款识别码, 12319",
      ids=["ID"], addrs=["示例县城关镇鹅湖路19号"]),
    P("h024", heading("示例县农业农村局", "示农罚〔2023〕11号") +
      "<p>当事人：示例县某某农资经营部，负责人：卢某，联系电话：{MOB}。</p>"
      "<p>经查，当事人销售的复合肥（批号：{ACCTS}）经检验不合格。"
      "以上事实有检验报告（报告编号：{ORDER}）为证。</p>",
      column="penalty", shape="批号 and 报告编号",
      phones=["MOB"]),
    # ---------------------------------------------------------------- lists
    P("h025", "<h1>示例县2023年4月特困人员供养金发放名单公示</h1>"
      "<table><tr><th>序号</th><th>乡镇</th><th>姓名</th><th>供养方式</th><th>社会保障卡号</th>"
      "<th>金额（元）</th></tr>"
      "<tr><td>1</td><td>带溪乡</td><td>倪某</td><td>分散</td><td>{CARD}</td><td>910</td></tr>"
      "<tr><td>2</td><td>带溪乡</td><td>骆某</td><td>集中</td><td>{CARD2_M}</td><td>910</td></tr>"
      "</table>",
      title="示例县2023年4月特困人员供养金发放名单公示", shape="特困 list, 社会保障卡号",
      banks=["CARD"]),
    P("h026", "<h1>示例县2023年公益性岗位安置人员公示</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>性别</td><td>安置单位</td><td>岗位</td>"
      "<td>联系电话</td></tr>"
      "<tr><td>1</td><td>童某</td><td>女</td><td>永宁镇人民政府</td><td>保洁</td>"
      "<td>{MOB}</td></tr>"
      "<tr><td>2</td><td>管某</td><td>男</td><td>三都镇人民政府</td><td>护林</td>"
      "<td>{MOB2}</td></tr></table>",
      title="示例县2023年公益性岗位安置人员公示", shape="people list with an employer column",
      phones=["MOB", "MOB2"]),
    P("h027", "<h1>示例县城东片区征地补偿款发放公示</h1>"
      "<table><tr><td>户主</td><td>身份证号码</td><td>开户银行</td><td>账号</td>"
      "<td>补偿金额（元）</td></tr>"
      "<tr><td>冉某</td><td>{ID}</td><td>示例农商银行</td><td>{ACCT}</td><td>128600</td></tr>"
      "<tr><td>苗某</td><td>{ID2}</td><td>邮储银行</td><td>{CARDL_S}</td><td>96300</td></tr>"
      "</table><p>公示期间如有异议，请向示例县自然资源局反映，电话：{LAND}。</p>",
      title="示例县城东片区征地补偿款发放公示", shape="land compensation list", enc="gbk",
      ids=["ID", "ID2"], banks=["ACCT", "CARDL"]),
    P("h028", "<h1>示例县2023年第一季度困难残疾人生活补贴和重度残疾人护理补贴发放花名册</h1>"
      "<table><tr><td>序号</td><td>姓  名</td><td>残疾证号</td><td>残疾等级</td><td>补贴类型</td>"
      "<td>发放金额</td></tr>"
      "<tr><td>1</td><td>甘某</td><td>{ID}43</td><td>二级</td><td>护理</td><td>270</td></tr>"
      "<tr><td>2</td><td>房某</td><td>{ID2_M}11</td><td>四级</td><td>生活</td><td>270</td></tr>"
      "</table>",
      title="残疾人两项补贴发放花名册", shape="残疾证号 = ID + 2 digits"),
    P("h029", "<h1>示例县2023年度农机购置与应用补贴资金兑付情况公示</h1>"
      "<table><tr><td>购机者姓名</td><td>所在乡镇</td><td>机具品目</td><td>出厂编号</td>"
      "<td>补贴额（元）</td></tr>"
      "<tr><td>熊某</td><td>港口镇</td><td>轮式拖拉机</td><td>{ORDER}</td><td>12500</td></tr>"
      "<tr><td>甄某</td><td>大段镇</td><td>联合收割机</td><td>{CARD}</td><td>31000</td></tr>"
      "</table>",
      title="示例县2023年度农机购置与应用补贴资金兑付情况公示", shape="出厂编号 look-alikes"),
    P("h030", "<h1>永宁镇2023年度低保对象动态调整情况公示</h1>"
      "<p>一、新增对象：</p>"
      "<p>1.城北村：翁某，男，家庭人口2人，联系电话：{MOB}，月保障金额620元；</p>"
      "<p>2.西门村：阮某，女，家庭人口1人，联系电话：{MOB2_M}，月保障金额430元。</p>"
      "<p>二、退出对象：城南村：车某。</p>"
      "<p>公示时间：2023年5月8日至5月14日。监督电话：{LAND}，联系人：永宁镇民政所祁某，"
      "{MOB3}。</p>",
      title="永宁镇2023年度低保对象动态调整情况公示", shape="list in running text, office contact",
      phones=["MOB"]),
    P("h031", "<h1>关于2023年度示例县“最美家庭”拟推荐名单的公示</h1>"
      "<p>经各乡镇推荐、县妇联审核，拟推荐以下家庭为2023年度示例县“最美家庭”：</p>"
      "<p>伍某家庭（永宁镇城北村）、欧某家庭（三都镇东岭村）、幸某家庭（港口镇渔村）。</p>"
      "<p>公示期间，如有异议，请以书面形式向县妇联反映。联系电话：{LAND}；电子邮箱："
      "sxfl2023@163.com。</p>",
      title="关于2023年度示例县“最美家庭”拟推荐名单的公示", shape="名单 without personal numbers"),
    P("h032", "<h1>示例县2023年农村小额信贷贴息资金发放公示</h1>"
      "<table><tr><td>借款人姓名</td><td>贷款银行</td><td>贷款账号</td><td>放款日期</td>"
      "<td>贴息金额</td></tr>"
      "<tr><td>包某</td><td>示例农商银行</td><td>{ACCT}</td><td>2022-03-15</td><td>680.50</td></tr>"
      "<tr><td>姬某</td><td>示例农商银行</td><td>{ACCT2_M}</td><td>2022-04-02</td><td>520.00</td>"
      "</tr></table>",
      title="示例县2023年农村小额信贷贴息资金发放公示", shape="loan accounts list",
      banks=["ACCT"]),
    P("h033", "<h1>示例县2023年政府采购项目中标（成交）结果公示</h1>"
      "<p>采购人：示例县教育体育局，联系人：戚某，联系电话：{LAND}。</p>"
      "<p>中标供应商：示例县某某信息技术有限公司，地址：示例县城关镇创业大道1号，"
      "联系人：冷某，联系电话：{MOB}。</p><p>中标金额：1280000元。</p>",
      title="示例县2023年政府采购项目中标（成交）结果公示", shape="procurement result contacts"),
    P("h034", "序号\t姓名\t性别\t身份证号码\t家庭住址\t联系电话\t一卡通账号\t慰问金\n"
      "1\t温某\t女\t{ID}\t示例县温泉镇温泉村七组\t{MOB}\t{ACCT}\t500\n"
      "2\t练某\t男\t{ID2_M}\t示例县温泉镇****\t{MOB2_M}\t{ACCT2_M}\t500\n",
      kind="attachment", title="2023年春节走访慰问困难群众名单", shape="attachment list",
      ids=["ID"], phones=["MOB"], banks=["ACCT"]),
    P("h035", "<h1>示例县2023年第一批城乡居民医疗救助对象公示</h1>"
      "<table><tr><td>序号</td><td>救助对象</td><td>身份证号</td><td>联系方式</td><td>救助金额</td>"
      "</tr><tr><td>1</td><td>龚某</td><td>{ID_FW}</td><td>{MOB_FW}</td><td>3200</td></tr>"
      "</table>",
      title="示例县2023年第一批城乡居民医疗救助对象公示", shape="full-width list", enc="gbk",
      ids=["ID"], phones=["MOB"]),
    # ---------------------------------------------------------------- attachments
    P("h036", "示例县市场监督管理局\n当场行政处罚决定书\n示市监当罚〔2023〕5号\n"
      "当事人\t邢某\t证件类型及号码\t身份证 {ID}\n"
      "住址\t示例县棋坪镇棋坪街38号\t联系电话\t{MOB}\n"
      "违法事实：当事人在经营中未按规定明码标价。\n",
      kind="attachment", shape="当场处罚 form in a table",
      ids=["ID"], phones=["MOB"], addrs=["示例县棋坪镇棋坪街38号"]),
    P("h037", "示例县生态环境局\n行政处罚决定书\n示环罚〔2023〕5号\n"
      "当事人：示例县某某石材有限公司\n统一社会信用代码：{USCC}\n法定代表人：褚某\n"
      "地址：示例县港口镇工业园\n"
      "当事人应于收到本决定书之日起十五日内，将罚款缴至指定账户（户名：示例县非税收入汇缴"
      "结算户，账号：{OACCT}）。\n",
      kind="attachment", shape="company decision, office account"),
    P("h038", "行 政 处 罚 决 定 书\n示公（交）行罚决字〔2023〕0035号\n"
      "违法行为人 姓名：晏某 性别：男 出生日期：1992年8月8日\n"
      "身份证件种类及号码：居民身份证 {ID}\n"
      "现住址：示例县城关镇新建社区滨江路20号1单元601\n联系方式：{MOB}\n",
      kind="attachment", shape="公安 form, spaced heading",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇新建社区滨江路20号1单元601"]),
    P("h039", "当事人基本情况\n姓名：兰某\n性别：女\n身份证号：{ID_S}\n住址：示例县带溪乡带溪村"
      "一组\n联系电话：{MOB_S}\n银行账户：{CARD_S}（退还违法所得用）\n",
      kind="attachment", title="示例县市场监督管理局行政处罚决定书", shape="field lines, spaced",
      ids=["ID"], phones=["MOB"], banks=["CARD"], addrs=["示例县带溪乡带溪村一组"]),
    P("h040", "姓名\t身份证号\t电话\n鲁某{ID}{MOB}\n",
      kind="attachment", title="行政处罚决定书", shape="glued cells again",
      ids=["ID"], phones=["MOB"]),
    # ---------------------------------------------------------------- other pages
    P("h041", "<h1>县长信箱：关于城北村道路硬化的回复</h1>"
      "<p>来信人：宋某 来信时间：2023-04-11</p><p>宋某您好：您反映的问题已转永宁镇办理。"
      "如有疑问请联系永宁镇党政办，电话：{LAND}。</p>",
      title="关于城北村道路硬化的回复", shape="letters reply"),
    P("h042", "<h1>示例县2023年春季征兵工作通告</h1>"
      "<p>报名咨询：县人武部军事科，联系人：侯某，电话：{MOB}。</p>" + FOOT,
      title="示例县2023年春季征兵工作通告", shape="notice, office mobile"),
    P("h043", "<h1>关于退还邢某多缴社会保险费的通知</h1>"
      "<p>邢某（身份证号码：{ID_M}）：经核实，你2022年多缴城乡居民养老保险费200元，"
      "已于2023年4月12日退至你本人社保卡（卡号：{CARD}）。</p>",
      title="关于退还邢某多缴社会保险费的通知", shape="a notice naming a person's card",
      banks=["CARD"]),
    P("h044", "<h1>示例县红十字会2023年一季度捐赠款物公示</h1>"
      "<table><tr><td>捐赠人</td><td>金额（元）</td><td>捐赠方式</td></tr>"
      "<tr><td>某某商贸有限公司</td><td>20000</td><td>转账（对公账户{OACCT}）</td></tr>"
      "<tr><td>匿名</td><td>500</td><td>现金</td></tr></table>"
      "<p>本会账户：户名：示例县红十字会，开户行：中国工商银行示例县支行，账号：{OACCT2}</p>",
      title="示例县红十字会2023年一季度捐赠款物公示", shape="companies' and the charity's accounts"),
    P("h045", "<h1>示例县人民政府关于2023年第一季度政府网站与政务新媒体检查情况的通报</h1>"
      "<p>各乡（镇）人民政府，县政府各部门：</p><p>县文广新旅局、县交通运输局在公开行政处罚决定书时"
      "未对当事人身份证号码及详细地址进行模糊处理，存在泄露个人隐私问题。</p>"
      "<p>请各单位于2023年5月31日前将整改情况报县政府办公室（联系人：冯某，电话：{MOB}，"
      "传真：7520761，邮箱：1767651474@qq.com）。</p>",
      title="关于2023年第一季度政府网站与政务新媒体检查情况的通报", shape="a notice like seed 000/001"),
    # ---------------------------------------------------------------- tables in decisions
    P("h046", "<h1>示例县市场监督管理局2023年4月行政处罚信息公示</h1>"
      "<table><tr><td>决定书文号</td><td>行政相对人名称</td><td>行政相对人类别</td>"
      "<td>证件号码</td><td>处罚内容</td></tr>"
      "<tr><td>示市监处罚〔2023〕40号</td><td>苏某</td><td>自然人</td><td>{ID}</td>"
      "<td>罚款2000元</td></tr>"
      "<tr><td>示市监处罚〔2023〕41号</td><td>示例县某某超市</td><td>个体工商户</td>"
      "<td>{USCC}</td><td>警告</td></tr></table>",
      title="示例县市场监督管理局2023年4月行政处罚信息公示", column="penalty",
      shape="双公示 table", ids=["ID"]),
    P("h047", "<h1>行政处罚决定书公告送达</h1>"
      "<table><tr><td>序号</td><td>当事人</td><td>地址</td><td>文书</td></tr>"
      "<tr><td>1</td><td>潘某</td><td>示例县三都镇三都村五组22号</td><td>示市监处罚〔2023〕50号</td>"
      "</tr><tr><td>2</td><td>示例县某某建材经营部</td><td>示例县三都镇建材市场6号</td>"
      "<td>示市监处罚〔2023〕51号</td></tr></table>",
      title="行政处罚决定书公告送达", column="penalty", shape="送达 table of parties",
      addrs=["示例县三都镇三都村五组22号"]),
    P("h048", heading("示例县市场监督管理局", "示市监处罚〔2023〕90号") +
      "<table><tr><td>当事人</td><td>殷某</td><td>性别</td><td>女</td></tr>"
      "<tr><td>身份证号码</td><td>{ID}</td><td>手机号码</td><td>{MOB}</td></tr>"
      "<tr><td>家庭住址</td><td>示例县永宁镇西门村二组17号</td><td>邮编</td><td>336099</td>"
      "</tr></table>",
      column="penalty", shape="key-value table",
      ids=["ID"], phones=["MOB"], addrs=["示例县永宁镇西门村二组17号"]),
    # ---------------------------------------------------------------- more look-alikes
    P("h049", heading("示例县市场监督管理局", "示市监处罚〔2023〕91号") +
      "<p>当事人：危某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>经查，当事人于2023年1月13日至2023年3月19日期间共销售13,912件，"
      "货值金额19,886.00元，违法所得13800元。检测报告编号：JC{ORDER}。</p>",
      column="penalty", shape="counts with commas, JC code",
      ids=["ID"], phones=["MOB"]),
    P("h050", heading("示例县市场监督管理局", "示市监处罚〔2023〕92号") +
      "<p>当事人：艾某，女，身份证号码：{ID_SPAN}，联系电话：{MOB_CMT}，"
      "住址：示例县温汤镇汤溪村3组<!--原文-->15号。</p>",
      column="penalty", shape="spans and comments", enc="gbk",
      ids=["ID"], phones=["MOB"], addrs=["示例县温汤镇汤溪村3组15号"]),
    P("h051", heading("示例县市场监督管理局", "示市监处罚〔2023〕93号") +
      "<p>当事人：毕某，男，身份证号码：{ID_NB}，联系电话：{MOB_NB}，"
      "银行卡号：{CARD_NB}。</p>",
      column="penalty", shape="U+3000 spaced numbers",
      ids=["ID"], phones=["MOB"], banks=["CARD"]),
    P("h052", heading("示例县市场监督管理局", "示市监处罚〔2023〕94号") +
      "<p>当事人：寇某，男，身份证号码：{ID}，联系电话：{MOB_BR}。</p>",
      column="penalty", shape="line break inside the mobile",
      ids=["ID"], phones=["MOB"]),
    P("h053", heading("示例县市场监督管理局", "示市监处罚〔2023〕95号") +
      "<p>当事人：示例县某某医药连锁有限公司某某分店，负责人：桂某，住址：示例县城关镇"
      "民主路4号，联系电话：{LAND}。</p>",
      column="penalty", shape="a branch's 负责人 with only a name"),
    P("h054", heading("示例县市场监督管理局", "示市监处罚〔2023〕96号") +
      "<p>当事人：饶某，男，身份证号码：{ID}，住址：示例县城关镇府前路1号"
      "（示例县人民政府家属院）3栋201室。</p>",
      column="penalty", shape="a person living at the government compound",
      ids=["ID"], addrs=["示例县城关镇府前路1号"]),
    P("h055", heading("示例县市场监督管理局", "示市监处罚〔2023〕97号") +
      "<p>当事人：滕某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>当事人的委托代理人：牛某，示例县某某律师事务所律师，执业证号：{ACCTS}{MOB2}，"
      "联系电话：{LAND}。</p>",
      column="penalty", shape="lawyer's 执业证号 and office landline",
      ids=["ID"], phones=["MOB"]),
    P("h056", "<h1>2023年示例县城乡居民基本医疗保险参保缴费困难群体资助名单</h1>"
      "<table><tr><td>序号</td><td>姓名</td><td>公民身份号码</td><td>资助类别</td>"
      "<td>资助金额</td></tr>"
      "<tr><td>1</td><td>谷某</td><td>{IDF}</td><td>特困</td><td>380</td></tr>"
      "<tr><td>2</td><td>尚某</td><td>{ID_M}</td><td>低保</td><td>280</td></tr></table>",
      title="2023年示例县城乡居民基本医疗保险参保缴费困难群体资助名单",
      shape="a 15-digit ID under its header",
      ids=["IDF"]),
    P("h057", heading("示例县市场监督管理局", "示市监处罚〔2023〕98号") +
      "<p>当事人：示例县某某家政服务部（个体工商户），经营者：宁某，性别：女，"
      "身份证号码：{ID}，住所：示例县城关镇东方红路2号，联系电话：{MOB}。</p>",
      column="penalty", shape="个体户 operator described, 住所",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇东方红路2号"]),
    P("h058", heading("示例县市场监督管理局", "示市监处罚〔2023〕99号") +
      "<p>当事人：司马某某，男，复姓，身份证号码：{ID}，家住示例县排埠镇排埠村9组18号。</p>"
      "<p>当事人于2023年2月销售病死猪肉，并通过其妻子名下银行卡{CARD}收取货款。</p>",
      column="penalty", shape="compound surname, card of the spouse",
      ids=["ID"], banks=["CARD"], addrs=["示例县排埠镇排埠村9组18号"]),
    P("h059", heading("示例县市场监督管理局", "示市监处罚〔2023〕100号") +
      "<p>当事人：欧某，男，身份证号码：{ID}，联系电话：{MOB}。</p>"
      "<p>当事人于2023年3月14日在示例县城关镇人民路86号销售无证食品。</p>"
      "<p>案发地址：示例县城关镇人民路86号。</p>",
      column="penalty", shape="place of the offence",
      ids=["ID"], phones=["MOB"]),
    P("h060", heading("示例县市场监督管理局", "示市监处罚〔2023〕101号") +
      "<p>当事人：申某，男，汉族，身份证号码：{ID}，户籍所在地：示例县港口镇，"
      "现住：示例县城关镇滨江花园二期5号楼2单元301室，电话：{MOB}。</p>",
      column="penalty", shape="户籍 at township level, 现住 detailed",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇滨江花园二期5号楼2单元301室"]),
]
