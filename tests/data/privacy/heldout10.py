"""The tenth held-out passages: written blind after the heldout9 run, by someone who did not
read the detectors (plugins/national/), labelled by hand from the rules' definitions
(rules.md, privacy.md and the definitions of privacy.id-number, privacy.phone,
privacy.bank-account and privacy.address) before the first run. Shapes: penalty decisions of
交警 (简易程序 决定书 as PDF text, one field per line, 驾驶证/居民身份证号码, 违法地点 on a
national road), 市场监管 (无照经营 run-on sentence with 户籍地址 and 现居住地; a company with a
lawyer as 委托代理人; a 直播 网店 with 店铺ID and 订单号), 自然资源 (家住, full-width ID, the
offence on collective land of the same 组), 卫健 (Word export with 姓　　名 labels, a masked
patient's ID, 诊所 at a street number), 城管 (简易程序 汇总表 headed 姓名/住址: an address
stopping at the township, a masked one), 税务 (纳税人识别号（身份证件号码）, the party's
landline), 渔政 (father and son in one sentence, span-split and lower-case x IDs), 消防 (a hotel
company whose 法定代表人 has a 家庭住址), 人社 (包工头 with 户籍地, a worker's ID and wage card),
交通运输 (OCR-spaced PDF text, spaced ID, a mobile broken over a line, VIN), 应急 (烟花爆竹: a
merged header row, 身份证<br>号码, an ID broken by <br>), 林业 (fine paid by the party's own
card at a POS, 凭证号), 文旅 (个人独资 网吧: masked ID, +86 mobile of the 投资人), 农业农村 on a
GBK page as a definition list (经营者's 住址 vs 经营场所, comment-split ID), 水利 (two parties
sharing one 均住 address, a zero-width space inside an ID), 住建 公告送达 with numbered items
(15-digit ID, a company item between), 公安 (现住 vs a 户籍地 that stops at the township,
U+3000-spaced ID), a 双公示 spreadsheet with merged header cells and empty cells
(法定代表人证件号码 unmasked), a 行政处罚事先告知书 outside the penalty column (address not
expected), 不予行政处罚决定书 with a comment-split mobile, 烟草 Word HTML whose address is split
over spans, 医保 (社会保障号码), 教育 (a person's 住所 vs the 办学地点), 住建 (项目经理's ID and
mobile beside a 建造师 注册编号), 商务 attachment whose title names the 决定书 (经常居住地, a
driver's mobile), 邮政 (快递网点 承包人, zero-width space in a mobile); lists and other pages:
低保 公示 on a GBK page with a two-row header and a 联系电话 column, 临时救助 花名册 spreadsheet
(merged header row, missing cells, 19-digit card, spaced card), 耕地地力补贴 PDF with the name
glued to the ID and an account wrapped onto the next line, 交警 逾期未处理 公告 (驾驶证号 column),
悬赏通告 (police 联系人 mobile), 高龄津贴 with masked IDs but 社会保障卡金融账号 and 代领人电话,
不动产首次登记公告 (不动产单元号), 信访 答复意见书, 行政复议决定书, 房屋征收 补偿 spreadsheet
(a company row with its account), 农民工工资 代发 公示 (工资卡号 dashed), 生态护林员 选聘 numbered
PDF list, 小额信贷 贴息 (贷款账号 vs a Luhn-valid 借据号), 生源地助学贷款 名单 (共同借款人 电话,
合同编号), 残疾人两项补贴 (masked 残疾证号, 监护人 +86 and plain mobiles). Nothing to report:
a company decision (生态环境), a 合作社 decision whose 住所 is in a 村组 with a number, a fully
masked 统计 decision, 拟聘用 公示 (准考证号, masked IDs, a teacher's contact mobile), 征兵 公示,
中标公告 (代理机构 联系人 mobiles), a news item on 政务公开, 双随机 抽查结果 and 吊销营业执照
公告 (15-digit 注册号 that pass the ID test), 城乡居民医保 缴费 通知 (税务 account), 行政执法人员
公示 (执法证号 that look like mobiles), 村务 财务公开 (the village's account). Numbers split by
spans, fonts, comments, <br>, zero-width spaces, U+3000, dashes, spaces, line breaks,
full-width and half full-width digits, lower-case x, +86.
"""

from __future__ import annotations

from passage import P

# --- page furniture ---------------------------------------------------------------------

COUNTY_FOOT = ("<div class='bottom'><p>主办单位：示例县人民政府办公室　承办单位：示例县政务服务和"
               "数据管理局</p><p>地址：示例县建设大道188号　邮编：336399　联系电话：0795-7262001"
               "</p><p>网站标识码：3609990099　赣ICP备09011223号-1　赣公网安备36099902000188号"
               "</p></div>")
CITY_FOOT = ("<footer><span>主办：示例市北湖区人民政府</span><span>地址：示例市北湖区行政中心"
             "东楼</span><span>电话：0797-6321001</span><span>网站标识码：3607030011</span>"
             "<span>赣ICP备12004567号</span></footer>")
TOWN_FOOT = ("<div id='foot'>版权所有：示例县青石镇人民政府　地址：示例县青石镇人民路1号　"
             "电话：0795-7381002　网站标识码：3609990031</div>")

REVIEW = ("<p>当事人如不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议，"
          "或者在六个月内向示例县人民法院提起行政诉讼。行政复议或者行政诉讼期间，本决定不停止"
          "执行。</p>")
REVIEW_CITY = ("<p>如不服本决定，可在接到本决定书之日起六十日内向示例市北湖区人民政府申请复议，"
               "也可在六个月内直接向示例市北湖区人民法院起诉。</p>")
FINE = ("<p>请在收到本决定书之日起十五日内，持本决定书到示例县农村商业银行各营业网点缴纳罚没款"
        "（收款单位：示例县财政局非税收入管理局，账号：{OACCT}）。逾期不缴纳的，每日按罚款数额"
        "的百分之三加处罚款。</p>")


def page(title: str, body: str, charset: str = "utf-8", column: str = "行政处罚") -> str:
    return ("<!DOCTYPE html><html><head><meta http-equiv='Content-Type' content='text/html; "
            f"charset={charset}'><meta name='ArticleTitle' content='{title}'>"
            f"<meta name='ColumnName' content='{column}'><title>{title}</title></head><body>"
            f"<div class='crumb'>当前位置：首页 &gt; 政务公开 &gt; {column}</div>"
            f"<div class='article'><h1 class='tit'>{title}</h1>{body}</div></body></html>")


def meta_table(index: str, org: str, date: str, number: str) -> str:
    """The 信息公开 header table of a county CMS."""
    return ("<table class='xxgk_info'><tr><td>索引号：</td><td>" + index + "</td><td>发布机构："
            "</td><td>" + org + "</td></tr><tr><td>生成日期：</td><td>" + date + "</td><td>"
            "文　　号：</td><td>" + number + "</td></tr></table>")


def zoom(*paras: str) -> str:
    return "<div id='zoom'>" + "".join(f"<p>{x}</p>" for x in paras) + "</div>"


def sheet(*rows: str) -> str:
    return "\n".join(rows) + "\n"


PASSAGES = [
    # --- penalty decisions --------------------------------------------------------------
    P("h901",
      "示例县公安局交通警察大队\n公安交通管理简易程序处罚决定书\n"
      "编号：3609991000812457\n"
      "被处罚人：钟某某\n"
      "机动车驾驶证/居民身份证号码：{ID}\n"
      "档案编号：360900487312\n"
      "准驾车型：C1\n"
      "联系方式：{MOB_S}\n"
      "住址：示例县龙潭乡龙潭村委会上屋组12号\n"
      "车辆牌号：赣C·D3K27\n"
      "车辆类型：小型普通客车\n"
      "发证机关：江西省示例市公安局交通警察支队\n"
      "违法时间：2024年06月03日09时15分\n"
      "违法地点：G105国道1652公里+300米\n"
      "违法行为：驾驶机动车不按规定车道行驶的（代码：13440）\n"
      "依据《中华人民共和国道路交通安全法》第三十五条、第九十条，决定处以罚款200元。\n"
      "持本决定书在十五日内到示例县农村商业银行缴纳罚款，逾期不缴纳的，每日按罚款数额的3%\n"
      "加处罚款。\n"
      "被处罚人如不服本决定，可以在收到本决定书之日起六十日内向示例县人民政府申请行政复议，\n"
      "或者在六个月内向示例县人民法院提起行政诉讼。\n"
      "交通警察：刘某　警号：360912\n"
      "示例县公安局交通警察大队\n2024年6月3日\n",
      kind="attachment", column="penalty", title="公安交通管理简易程序处罚决定书",
      shape="交警 简易程序 决定书 as PDF text, one field per line; spaced mobile; 违法地点 on a road",
      ids=["ID"], phones=["MOB"], addrs=["示例县龙潭乡龙潭村委会上屋组12号"]),
    P("h902", page("示例县市场监督管理局行政处罚决定书（示市监罚〔2024〕72号）",
                   meta_table("11360999MB1722331K/2024-00172", "示例县市场监督管理局",
                              "2024-07-02", "示市监罚〔2024〕72号") +
                   zoom("当事人：邓某某，男，汉族，公民身份号码：{ID}，户籍地址：示例县青石镇青石村委会"
                        "下屋组8号，现居住地：示例市北湖区滨江路288号锦绣华庭5栋2单元1402室，联系电话："
                        "{MOB_D}。",
                        "2024年5月14日，本局执法人员根据群众举报，对当事人在示例县青石镇新街46号门店的"
                        "经营行为进行检查。经查，当事人自2023年9月起在上述门店从事日用杂货零售，未依法"
                        "取得营业执照，至检查之日违法所得共计1860元。",
                        "上述事实有现场笔录、询问笔录、当事人身份证复印件、进货单据等证据为证。",
                        "依据《无证无照经营查处办法》第十三条，本局决定：一、没收违法所得1860元；二、"
                        "罚款人民币伍仟元整。") + FINE + REVIEW +
                   "<p style='text-align:right'>示例县市场监督管理局<br>2024年7月2日</p>") +
      COUNTY_FOOT,
      column="penalty", title="示例县市场监督管理局行政处罚决定书（示市监罚〔2024〕72号）",
      shape="市场监管 无照经营: 户籍地址 and 现居住地 in one run-on sentence, dashed mobile, "
            "门店 at a street number",
      ids=["ID"], phones=["MOB"],
      addrs=["示例县青石镇青石村委会下屋组8号", "示例市北湖区滨江路288号锦绣华庭5栋2单元1402室"]),
    P("h903", "<div class='TRS_Editor'><p align='center'><b>示例县自然资源局</b></p>"
      "<p align='center'><b>行政处罚决定书</b></p><p align='center'>示自然资罚〔2024〕17号</p>"
      "<p>当事人：谢某某，性别：女，身份证号码：{ID_FW}，家住示例县白沙镇高桥村委会坪上组23号。</p>"
      "<p>经查，当事人于2023年11月未经批准，擅自占用白沙镇高桥村委会坪上组（土名“塘背”）集体"
      "土地116.5平方米建设住宅，其中占用耕地48.2平方米，该宗地不符合示例县国土空间规划。</p>"
      "<p>根据《中华人民共和国土地管理法》第七十八条第一款、《中华人民共和国土地管理法实施条例》"
      "第五十五条，本局决定：一、责令退还非法占用的土地；二、限期十五日内拆除在非法占用的土地上"
      "新建的建筑物和其他设施，恢复土地原状。</p>" + REVIEW +
      "<p align='right'>示例县自然资源局<br>2024年6月18日</p></div>" + COUNTY_FOOT,
      column="penalty", title="示自然资罚〔2024〕17号",
      shape="自然资源 非法占地: 家住 in the party sentence, full-width ID, the offence on the "
            "same 组's land without a number",
      ids=["ID"], addrs=["示例县白沙镇高桥村委会坪上组23号"]),
    P("h904",
      "示例县卫生健康委员会\n行政处罚决定书\n示卫医罚〔2024〕6号\n\n"
      "当 事 人：严某某\n性　　别：男\n民　　族：汉\n"
      "身份证号：{IDX}\n"
      "住　　址：示例县梅岭镇梅岭社区建设巷7号\n"
      "联系电话：{MOB_FW}\n\n"
      "　　2024年4月11日，我委卫生监督员对当事人在示例县梅岭镇解放街102号开设的诊所进行监督检查，"
      "发现当事人未取得《医疗机构执业许可证》和医师执业证书，擅自为患者李某（身份证号码：{ID2_M}）"
      "进行静脉输液治疗，收取费用85元。\n"
      "　　以上事实有现场笔录、询问笔录、处方笺、收费记录等证据证实。\n"
      "　　依据《中华人民共和国基本医疗卫生法》第九十九条第一款，我委决定：1.没收违法所得85元；"
      "2.没收药品器械（详见没收物品清单）；3.罚款人民币伍万元。\n"
      "　　当事人应当自收到本决定书之日起十五日内，到示例县财政局指定银行缴纳罚没款。\n"
      "　　如不服本处罚决定，可在收到本决定书之日起六十日内向示例县人民政府申请行政复议，或者六个月内"
      "向示例县人民法院提起行政诉讼。\n\n"
      "示例县卫生健康委员会\n2024年5月20日\n",
      kind="attachment", column="penalty", title="示卫医罚〔2024〕6号行政处罚决定书",
      shape="卫健 非法行医 as Word text: 姓　　名-style labels, full-width mobile, a masked "
            "patient's ID, the clinic at a street number",
      ids=["IDX"], phones=["MOB"], addrs=["示例县梅岭镇梅岭社区建设巷7号"]),
    P("h905", page("示例县城市管理局行政处罚决定书（简易程序）汇总表（2024年第二季度）",
                   "<p>发布时间：2024-07-08　来源：县城市管理局</p>"
                   "<table border='1' width='100%'><thead><tr><th>序号</th><th>姓名</th>"
                   "<th>性别</th><th>身份证号码</th><th>住址</th><th>违法行为</th>"
                   "<th>处罚结果</th><th>决定日期</th></tr></thead><tbody>"
                   "<tr><td>1</td><td>许某某</td><td>男</td><td>{ID}</td>"
                   "<td>示例县城关镇光明社区西门路15号</td><td>占道经营</td><td>罚款100元</td>"
                   "<td>2024.04.09</td></tr>"
                   "<tr><td>2</td><td>邹某</td><td>女</td><td>{ID2_M}</td><td>示例县城关镇</td>"
                   "<td>店外经营</td><td>警告</td><td>2024.04.22</td></tr>"
                   "<tr><td>3</td><td>黄某某</td><td>男</td><td>{ID3}</td>"
                   "<td>示例县城关镇***</td><td>流动摊点</td><td>罚款50元</td>"
                   "<td>2024.05.16</td></tr>"
                   "<tr><td>4</td><td>彭某</td><td>男</td><td>{IDX}</td>"
                   "<td>示例县双溪镇双溪村委会4组11号</td><td>乱张贴</td><td>罚款200元</td>"
                   "<td>2024.06.03</td></tr></tbody></table>"
                   "<p>监督电话：0795-7263110</p>") + COUNTY_FOOT,
      column="penalty", title="示例县城市管理局行政处罚决定书（简易程序）汇总表（2024年第二季度）",
      shape="城管 简易程序 summary table headed 姓名/住址: one address stops at the township, one "
            "masked, one masked ID",
      ids=["ID", "ID3", "IDX"],
      addrs=["示例县城关镇光明社区西门路15号", "示例县双溪镇双溪村委会4组11号"]),
    P("h906", page("税务行政处罚决定书（简易）",
                   "<p class='wh'>示税简罚〔2024〕318号</p>"
                   "<table class='kv' border='1'>"
                   "<tr><th>纳税人名称</th><td>李某某</td><th>纳税人类型</th><td>自然人</td></tr>"
                   "<tr><th>纳税人识别号（身份证件号码）</th><td colspan='3'>{ID}</td></tr>"
                   "<tr><th>地址</th><td colspan='3'>示例县桃源乡桃源村委会新屋组5号</td></tr>"
                   "<tr><th>联系电话</th><td>{LAND}</td><th>主管税务所</th><td>桃源税务分局</td>"
                   "</tr></table>"
                   "<p>你于2023年1月1日至2023年12月31日出租位于示例县桃源乡圩镇的门面，取得租金收入，"
                   "未按照规定期限办理纳税申报和报送纳税资料。根据《中华人民共和国税收征收管理法》"
                   "第六十二条，决定处以罚款200元。</p>"
                   "<p>限你于2024年5月31日前到国家税务总局示例县税务局桃源税务分局（地址：示例县桃源乡"
                   "桃源街18号，电话：0795-7356012）缴纳罚款。</p>"
                   "<p>如对本决定不服，可以自收到本决定书之日起六十日内依法向国家税务总局示例市税务局"
                   "申请行政复议，或者自收到本决定书之日起六个月内依法向人民法院起诉。</p>"
                   "<p>税务机关（签章）　2024年5月16日</p>", column="税务行政处罚") + COUNTY_FOOT,
      column="penalty", title="税务行政处罚决定书（简易）",
      shape="税务 简易 for a 自然人 as a th/td table: 纳税人识别号 is the ID, 地址, the party's "
            "landline, the tax office's address and phone",
      ids=["ID"], phones=["LAND"], addrs=["示例县桃源乡桃源村委会新屋组5号"]),
    P("h907", page("示农（渔）罚〔2024〕4号",
                   zoom("当事人：陈某（男，汉族，身份证号{ID_SPAN}，住示例县双溪镇西向村委会3组6号）、"
                        "陈某某（男，汉族，身份证号{IDX_LOW}，住示例县双溪镇西向村委会3组9号），二人系"
                        "父子关系。",
                        "2024年4月27日晚，当事人在示例县双溪镇西向河段使用电鱼器具（出厂编号："
                        "DY2209181356）捕捞，捕获渔获物约3.5公斤，被示例县农业综合行政执法大队当场查获。",
                        "依据《中华人民共和国渔业法》第三十八条第一款，本机关决定：没收渔获物和电鱼器具，"
                        "并对陈某、陈某某各处罚款人民币贰仟元。") + FINE + REVIEW +
                   "<p align='right'>示例县农业农村局<br>2024年5月8日</p>") + COUNTY_FOOT,
      column="penalty", title="示农（渔）罚〔2024〕4号",
      shape="渔政 电鱼: father and son bracketed in one sentence, span-split ID, lower-case x, "
            "出厂编号",
      ids=["ID", "IDX"],
      addrs=["示例县双溪镇西向村委会3组6号", "示例县双溪镇西向村委会3组9号"]),
    P("h908", page("示例市北湖区消防救援大队行政处罚决定书",
                   "<p style='text-align:center'>北湖消行罚决字〔2024〕0041号</p>"
                   "<p>被处罚单位：示例市好运来酒店管理有限公司，统一社会信用代码：{USCC}，住所：示例市"
                   "北湖区迎宾大道18号。</p>"
                   "<p>法定代表人：周某，男，身份证号码：{ID}，家庭住址：示例市北湖区湖滨路66号3栋402"
                   "室，联系电话：{MOB}。</p>"
                   "<p>根据《中华人民共和国消防法》第六十条第一款第三项之规定，我大队认定你单位占用、"
                   "堵塞疏散通道，决定给予罚款人民币伍仟元的处罚。</p>"
                   "<p>执行方式和期限：自收到本决定书之日起十五日内到示例银行北湖支行缴纳罚款。</p>" +
                   REVIEW_CITY + "<p>示例市北湖区消防救援大队　二〇二四年三月十九日</p>") + CITY_FOOT,
      column="penalty", title="示例市北湖区消防救援大队行政处罚决定书",
      shape="消防 on a company: the 法定代表人's ID, 家庭住址 and mobile beside the company's 住所",
      ids=["ID"], phones=["MOB"], addrs=["示例市北湖区湖滨路66号3栋402室"]),
    P("h909", page("示例县人力资源和社会保障局劳动保障监察行政处罚决定书",
                   zoom("示人社监罚〔2024〕3号",
                        "被处罚人：罗某某（个人承包经营者），身份证号：{ID}，户籍地：示例县龙潭乡石塘"
                        "村委会9组3号。",
                        "经查，被处罚人承包示例建工集团有限公司承建的示例县第二中学宿舍楼项目劳务分包工程"
                        "后，拖欠农民工张某某（身份证号：{ID2}）等6人工资共计38600元。经本局责令限期支付，"
                        "被处罚人已于2024年5月20日将张某某工资6200元转入其本人银行卡（卡号：{CARD}），"
                        "其余工资由总承包单位从农民工工资专用账户（户名：示例建工集团有限公司，账号："
                        "{ACCT}）代为支付。",
                        "依据《保障农民工工资支付条例》第五十七条，本局决定对被处罚人处以罚款人民币壹万元。") +
                   REVIEW) + COUNTY_FOOT,
      column="penalty", title="示例县人力资源和社会保障局劳动保障监察行政处罚决定书",
      shape="人社: a 包工头 with 户籍地, a worker's ID and wage card in the facts, the company's "
            "工资专用账户",
      ids=["ID", "ID2"], banks=["CARD"], addrs=["示例县龙潭乡石塘村委会9组3号"]),
    P("h910",
      "示 例 县 交 通 运 输 局\n行 政 处 罚 决 定 书\n示交罚〔2024〕第0031号\n"
      "当 事 人 ： 刘 某 某        性 别 ： 男\n"
      "身份证号： {ID_S}\n"
      "住    址： 示例县石门街道石门社区和平巷3号\n"
      "联系电话： {MOB_NL}\n"
      "车辆号牌：赣C·7A2X9        车辆识别代号：LSVAM4187C2184512\n"
      "   2024 年 3 月 8 日，当事人驾驶上述车辆在示例县汽车站至示例市火车站之间，未取得道路运输经营\n"
      "许可擅自从事道路旅客运输经营，搭载乘客 4 人，每人收取车费 30 元，被我局执法人员当场查获。\n"
      "   依据《中华人民共和国道路运输条例》第六十三条，决定对当事人罚款人民币壹万元。\n"
      "   罚款缴至：示例县财政局非税收入专户　账号：{OACCT}\n"
      "                                         示例县交通运输局\n"
      "                                          2024年3月22日\n"
      "第 1 页 共 1 页\n",
      kind="attachment", column="penalty", title="示交罚〔2024〕第0031号行政处罚决定书",
      shape="交通运输 非法营运 as OCR-spaced PDF text: spaced ID, a mobile broken over a line, VIN, "
            "the office's account",
      ids=["ID"], phones=["MOB"], addrs=["示例县石门街道石门社区和平巷3号"]),
    P("h911", page("示例市生态环境局行政处罚决定书（示环罚〔2024〕33号）",
                   zoom("当事人：示例市恒丰新材料有限公司",
                        "统一社会信用代码：{USCC}",
                        "住所：示例市北湖区工业园区纬三路8号2栋",
                        "法定代表人：王某",
                        "联系电话：{LAND}",
                        "2024年2月27日，我局执法人员对你公司进行现场检查（执法证号：{CERT}、{CERT2}），"
                        "发现你公司涂装车间废气收集处理设施未正常运行，委托监测（报告编号：HJJC-2024-0456）"
                        "显示非甲烷总烃排放浓度超过国家排放标准。",
                        "依据《中华人民共和国大气污染防治法》第九十九条第（二）项，我局决定对你公司罚款"
                        "人民币拾万元。",
                        "罚款缴至：户名示例市财政局，开户行：中国建设银行示例市分行，账号：{OACCT}。") +
                   REVIEW_CITY) + CITY_FOOT,
      column="penalty", title="示例市生态环境局行政处罚决定书（示环罚〔2024〕33号）",
      shape="nothing to report: a company decision (住所 with 栋, company landline, 执法证号, "
            "报告编号, the office's account)"),
    P("h912", page("示应急罚〔2024〕2号",
                   "<table border='1' cellpadding='4'><tr><th colspan='4'>当事人基本情况</th></tr>"
                   "<tr><td>姓名</td><td>温某某</td><td>性别</td><td>男</td></tr>"
                   "<tr><td>身份证<br>号码</td><td colspan='3'>{ID_BR}</td></tr>"
                   "<tr><td>现住址</td><td colspan='3'>示例县梅岭镇长岭村委会7组21号</td></tr>"
                   "<tr><td>联系电话</td><td>{MOB_SPAN}</td><td>职业</td><td>个体</td></tr>"
                   "<tr><th colspan='4'>违法事实</th></tr><tr><td colspan='4'>2024年1月30日，"
                   "当事人未经许可，在长岭村委会7组村民集体晒谷坪旁的临时工棚内储存烟花爆竹共计"
                   "46箱。</td></tr><tr><th colspan='4'>处罚决定</th></tr><tr><td colspan='4'>依据"
                   "《烟花爆竹安全管理条例》第三十六条第二款，决定没收非法储存的烟花爆竹，并处罚款"
                   "人民币伍仟元。</td></tr></table>" + REVIEW +
                   "<p>示例县应急管理局　2024年2月6日</p>") + COUNTY_FOOT,
      column="penalty", title="示应急罚〔2024〕2号",
      shape="应急 烟花爆竹: key-value table under merged header rows, 身份证<br>号码, an ID broken "
            "by <br>, span-split mobile, storage place on village land",
      ids=["ID"], phones=["MOB"], addrs=["示例县梅岭镇长岭村委会7组21号"]),
    P("h913", page("示例县林业局行政处罚决定书",
                   zoom("示林罚决字〔2024〕第9号",
                        "当事人：钟某某，男，汉族，身份证号码：{ID_M}，户籍所在地：示例县带溪乡枫坪村委会"
                        "杨家组14号。",
                        "经查，当事人于2023年12月在未取得林木采伐许可证的情况下，在带溪乡枫坪村委会杨家组"
                        "小地名“长坑里”山场采伐杉木52株，立木蓄积6.3立方米。",
                        "依据《中华人民共和国森林法》第七十六条第二款，本局决定：责令当事人在原地或异地补种"
                        "滥伐株数五倍的树木260株，并处滥伐林木价值三倍的罚款计人民币7938元。",
                        "罚款已于2024年3月5日由当事人持本人借记卡（卡号：{CARD_S}）在本局执法大队POS机刷卡"
                        "缴纳，POS凭证号：{ORDER}。") + REVIEW +
                   "<p align='right'>示例县林业局<br>2024年3月5日</p>") + COUNTY_FOOT,
      column="penalty", title="示例县林业局行政处罚决定书",
      shape="林业 滥伐: masked ID but 户籍所在地 in full, the fine paid by the party's own card "
            "at a POS, a Luhn-valid 凭证号",
      banks=["CARD"], addrs=["示例县带溪乡枫坪村委会杨家组14号"]),
    P("h914", page("示文旅罚〔2024〕5号行政处罚决定书",
                   zoom("当事人：示例县星际网络会所（个人独资企业）",
                        "统一社会信用代码：{USCC}",
                        "经营场所：示例县城关镇新华路9号二楼",
                        "投资人：易某某　身份证号码：{ID_M}　手机：{MOB_86}",
                        "2024年2月18日，本局执法人员检查发现，当事人经营的互联网上网服务营业场所接纳未成年人"
                        "何某（14周岁，身份信息已隐去）进入营业场所上网。",
                        "依据《互联网上网服务营业场所管理条例》第三十一条第（二）项，本局决定：警告，并处"
                        "罚款人民币伍仟元。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示文旅罚〔2024〕5号行政处罚决定书",
      shape="文旅 网吧 个人独资企业: masked ID, +86 mobile of the 投资人, 经营场所",
      phones=["MOB"]),
    P("h915", page("示例县农业农村局行政处罚决定书 示农罚〔2024〕11号",
                   "<dl class='party'><dt>当事人</dt><dd>示例县青石镇惠农兽药店（个体工商户）</dd>"
                   "<dt>经营者</dt><dd>曾某某</dd>"
                   "<dt>身份证号码</dt><dd>{ID_CMT}</dd>"
                   "<dt>经营场所</dt><dd>示例县青石镇新街口12号</dd>"
                   "<dt>住址</dt><dd>示例县青石镇上坊村委会枫树组17号</dd>"
                   "<dt>联系电话</dt><dd>{MOB}</dd></dl>" +
                   zoom("2024年3月12日，本局执法人员对当事人经营场所进行检查，发现当事人销售的“某某”牌"
                        "阿莫西林可溶性粉（批号：20230815）经抽样检验为假兽药，已售出12袋，货值金额"
                        "合计384元。",
                        "依据《兽药管理条例》第五十六条第一款，本局决定：没收假兽药18袋，没收违法所得"
                        "240元，并处罚款人民币壹万元。") + REVIEW,
                   charset="gbk") + TOWN_FOOT,
      column="penalty", enc="gbk", title="示例县农业农村局行政处罚决定书 示农罚〔2024〕11号",
      shape="农业农村 个体户 as a definition list on a GBK page: comment-split ID, 经营者's 住址 "
            "vs 经营场所, 批号",
      ids=["ID"], phones=["MOB"], addrs=["示例县青石镇上坊村委会枫树组17号"]),
    P("h916", page("示水罚〔2024〕3号",
                   zoom("当事人：胡某、胡某某（系父子），均住示例县桃源乡河背村委会老街组36号；胡某身份证"
                        "号码：{ID}，胡某某身份证号码：{ID2_ZW}。",
                        "2024年4月2日，当事人未经许可，驾驶自有采砂船（船舶识别号：CN20171234567）在示例县"
                        "桃源乡河背村段修河河道内采砂，现场查获河砂约60立方米。",
                        "依据《江西省河道采砂管理条例》第三十条，本局决定：没收非法采砂船及河砂，对胡某、"
                        "胡某某共同处罚款人民币伍万元。") + FINE + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示水罚〔2024〕3号",
      shape="水利 非法采砂: two parties sharing one 均住 address, a zero-width space inside the "
            "second ID, 船舶识别号",
      ids=["ID", "ID2"], addrs=["示例县桃源乡河背村委会老街组36号"]),
    P("h917", page("示例县住房和城乡建设局关于公告送达行政处罚决定书的公告",
                   "<p>因下列当事人下落不明，无法直接送达，依据《中华人民共和国行政处罚法》第六十一条和"
                   "《中华人民共和国民事诉讼法》第九十五条规定，现向你们公告送达行政处罚决定书：</p>"
                   "<p>1.当事人：蔡某某，公民身份号码：{ID}，户籍地址：示例县白沙镇白沙村委会新村组41号，"
                   "决定书文号：示住建罚〔2024〕11号，处罚内容：罚款人民币叁万元；</p>"
                   "<p>2.当事人：示例县宏达建筑劳务有限公司，统一社会信用代码：{USCC}，住所：示例县白沙镇"
                   "工业路2号，决定书文号：示住建罚〔2024〕12号，处罚内容：罚款人民币伍万元；</p>"
                   "<p>3.当事人：孔某，公民身份号码：{IDF}，户籍地址：示例市北湖区北门街道东风社区朝阳巷"
                   "18号，决定书文号：示住建罚〔2024〕15号，处罚内容：罚款人民币壹万元。</p>"
                   "<p>自公告发布之日起经过三十日，即视为送达。请当事人到示例县住房和城乡建设局（地址："
                   "示例县建设大道66号）领取。联系人：涂某，联系电话：0795-7123456。</p>"
                   "<p>示例县住房和城乡建设局　2024年6月25日</p>") + COUNTY_FOOT,
      column="penalty", title="示例县住房和城乡建设局关于公告送达行政处罚决定书的公告",
      shape="住建 公告送达 with numbered items: a 15-digit ID, a company item with 住所 between "
            "two 户籍地址, the office's 联系人",
      ids=["ID", "IDF"],
      addrs=["示例县白沙镇白沙村委会新村组41号", "示例市北湖区北门街道东风社区朝阳巷18号"]),
    P("h918", page("示公（治）行罚决字〔2024〕0158号",
                   zoom("违法行为人：熊某某，男，汉族，公民身份号码：{ID_NB}，户籍地：示例县港口乡，现住"
                        "示例县港口乡港口村委会6组10号。",
                        "现查明：2024年5月1日14时许，熊某某在示例县港口乡圩镇农贸市场内非法携带管制刀具"
                        "（单刃刀一把，刀长32厘米），被巡逻民警当场查获。",
                        "以上事实有违法行为人陈述、证人证言、扣押清单、现场照片等证据证实。",
                        "根据《中华人民共和国治安管理处罚法》第三十二条第一款之规定，现决定对熊某某行政"
                        "拘留三日，收缴管制刀具。",
                        "执行方式和期限：送示例县拘留所执行。") + REVIEW +
                   "<p>示例县公安局　二〇二四年五月二日</p>") + COUNTY_FOOT,
      column="penalty", title="示公（治）行罚决字〔2024〕0158号",
      shape="公安 管制刀具: U+3000-spaced ID, a 户籍地 that stops at the township, 现住 below it",
      ids=["ID"], addrs=["示例县港口乡港口村委会6组10号"]),
    P("h919", sheet(
        "示例县2024年5月行政处罚信息公示表",
        "行政相对人信息\t\t\t\t\t\t\t\t处罚信息\t\t\t",
        "行政相对人名称\t行政相对人类别\t统一社会信用代码\t法定代表人\t法定代表人证件类型\t"
        "法定代表人证件号码\t证件类型\t证件号码\t行政处罚决定书文号\t处罚类别\t处罚内容\t处罚决定日期",
        "示例县鑫源砂石有限公司\t法人及非法人组织\t{USCC}\t胡某某\t身份证\t{ID}\t\t\t"
        "示水罚〔2024〕5号\t罚款\t罚款5万元\t2024/05/06",
        "示例县青石镇老曾农资店\t个体工商户\t{USCC2}\t曾某某\t身份证\t{ID2_M}\t\t\t"
        "示农罚〔2024〕13号\t罚款\t罚款3000元\t2024/05/13",
        "陈某\t自然人\t\t\t\t\t身份证\t{ID3}\t示农（渔）罚〔2024〕6号\t罚款;没收\t罚款2000元\t"
        "2024/05/20",
        "聂某某\t自然人\t\t\t\t\t身份证\t{IDX}\t示自然资罚〔2024〕21号\t责令退还\t拆除\t2024/05/28",
        "数据来源：示例县各行政执法单位\t\t\t\t\t\t\t\t\t\t\t"),
      kind="attachment", column="penalty", title="示例县2024年5月行政处罚信息公示表",
      shape="双公示 spreadsheet: a merged header row, empty cells, an unmasked 法定代表人证件号码, "
            "a masked one, two 自然人 rows",
      ids=["ID", "ID3", "IDX"]),
    P("h920", page("行政处罚事先告知书（示市监告〔2024〕19号）",
                   zoom("邱某某：",
                        "（身份证号码：{ID_HALF}，家庭住址：示例县双溪镇双溪社区学府路21号）",
                        "经查，你于2024年4月在示例县双溪镇农贸市场销售未经检疫的猪肉36公斤，违反了《中华"
                        "人民共和国食品安全法》第三十四条第（八）项的规定。本局拟依据该法第一百二十三条，"
                        "对你作出没收违法所得并处罚款人民币伍万元的行政处罚。",
                        "根据《中华人民共和国行政处罚法》第四十四条、第四十五条，你有权进行陈述和申辩；"
                        "依据第六十三条，你有权要求听证。请于收到本告知书之日起五日内向本局提出。",
                        "联系人：黎某　联系电话：0795-7266315"),
                   column="通知公告") + COUNTY_FOOT,
      title="行政处罚事先告知书（示市监告〔2024〕19号）",
      shape="行政处罚事先告知书 in a notices column: half full-width ID; the 家庭住址 is not in a "
            "decision, so not expected",
      ids=["ID"]),
    P("h921", page("不予行政处罚决定书",
                   "<p class='wh'>示市监不罚〔2024〕8号</p>" +
                   zoom("当事人：付某某，女，身份证号：{ID}，住址：示例县石门街道东升社区东升路23号4栋1单元"
                        "302室，电话：{MOB_CMT}。",
                        "当事人通过微信朋友圈发布“全县最低价”的商品广告，经查无事实依据。鉴于当事人系首次"
                        "违法，危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款，"
                        "本局决定不予行政处罚。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="不予行政处罚决定书",
      shape="不予行政处罚决定书: 住址 with 栋/单元/室, comment-split mobile",
      ids=["ID"], phones=["MOB"], addrs=["示例县石门街道东升社区东升路23号4栋1单元302室"]),
    P("h922", page("示市监罚〔2024〕81号",
                   zoom("当事人：示例县优品生活超市有限公司　统一社会信用代码：{USCC}",
                        "住所：示例县城关镇胜利路66号一楼　法定代表人：黎某　联系电话：{LAND}",
                        "委托代理人：钱某某，江西示例律师事务所律师，执业证号：13609202010312345，"
                        "联系电话：{MOB}",
                        "2024年3月6日，本局执法人员检查发现当事人销售的“某某”牌饼干标签未标注生产许可证"
                        "编号，货值金额1240元。依据《中华人民共和国食品安全法》第一百二十五条，本局决定："
                        "没收违法所得320元，罚款人民币伍仟元。") + FINE + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示市监罚〔2024〕81号",
      shape="市场监管 on a company: the lawyer-agent's mobile beside his 17-digit 执业证号, the "
            "company's landline and 住所",
      phones=["MOB"]),
    P("h923", page("示例县烟草专卖局行政处罚决定书",
                   "<div class='WordSection1'><p class='MsoNormal' align='center'><span>示烟罚〔2024〕"
                   "第26号</span></p>"
                   "<p class='MsoNormal'><span>当事人：姜某某</span><span>，性别：男，身份证号码：</span>"
                   "<span lang='EN-US'>{ID_FONT}</span><span>，住址：</span><span>示例市北湖区府前路"
                   "</span><span lang='EN-US'>88</span><span>号锦江苑3幢2单元501室</span><span>，"
                   "手机：</span><span lang='EN-US'>{MOB_HALF}</span><o:p></o:p></p>"
                   "<p class='MsoNormal'><span>2024年4月16日，本局专卖执法人员在当事人位于示例县城关镇"
                   "东风路12号的门店内查获无烟草专卖零售许可证经营的卷烟21条（条码：6901028075763等），"
                   "案值4326元。</span></p>"
                   "<p class='MsoNormal'><span>依据《中华人民共和国烟草专卖法实施条例》第五十七条，本局"
                   "决定：没收违法经营的卷烟，并处罚款人民币432.6元。</span></p></div>" + REVIEW) +
      COUNTY_FOOT,
      column="penalty", title="示例县烟草专卖局行政处罚决定书",
      shape="烟草 Word-export HTML: font-split ID, the address split over three spans, half "
            "full-width mobile, 条码, the shop at a street number",
      ids=["ID"], phones=["MOB"], addrs=["示例市北湖区府前路88号锦江苑3幢2单元501室"]),
    P("h924", page("示医保罚〔2024〕2号行政处罚决定书",
                   zoom("当事人：鲁某某",
                        "社会保障号码：{IDX}",
                        "家庭地址：示例县龙潭乡石塘村委会11组2号",
                        "社会保障卡卡号：{CARD_M}",
                        "经查，2023年6月至12月，当事人将本人社会保障卡出借给他人在示例县康泰大药房（统一"
                        "社会信用代码：{USCC}）购药，骗取医疗保障基金3862.4元。",
                        "依据《医疗保障基金使用监督管理条例》第四十一条，本局决定：责令退回医疗保障基金"
                        "3862.4元，并处骗取金额二倍的罚款7724.8元。退回基金缴入示例县医疗保障基金收入户"
                        "（账号：{OACCT}）。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示医保罚〔2024〕2号行政处罚决定书",
      shape="医保 骗保 by an insured person: 社会保障号码 is the ID, 家庭地址, a masked card, the "
            "fund's account",
      ids=["IDX"], addrs=["示例县龙潭乡石塘村委会11组2号"]),
    P("h925", page("示教罚〔2024〕1号",
                   zoom("当事人：施某某，性别：女，身份证号：{ID}，住所：示例县双溪镇学府路5号，联系电话："
                        "{MOB}。",
                        "经查，当事人未经审批，自2023年9月起在示例县双溪镇学府路7号二楼举办面向中小学生的"
                        "学科类培训，招收学员27人，收取费用共计48600元。",
                        "依据《中华人民共和国民办教育促进法》第六十四条，本局决定：责令停止办学，退还所收"
                        "费用，并处违法所得一倍的罚款。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示教罚〔2024〕1号",
      shape="教育 无证办学: a person's 住所 two doors from the 办学地点",
      ids=["ID"], phones=["MOB"], addrs=["示例县双溪镇学府路5号"]),
    P("h926", page("示例县住房和城乡建设局行政处罚决定书（示住建罚〔2024〕19号）",
                   zoom("当事人：示例县宏远建设工程有限公司",
                        "统一社会信用代码：{USCC}　住所：示例县城关镇新城大道99号",
                        "建筑业企业资质证书编号：D336099912",
                        "项目负责人（项目经理）：聂某某，注册建造师注册编号：赣2362018201812345，"
                        "身份证号：{ID}，手机：{MOB_S}",
                        "经查，当事人承建的示例县城南安置小区5号楼工程，在未取得施工许可证的情况下擅自施工。"
                        "依据《建设工程质量管理条例》第五十七条，本局决定对当事人处工程合同价款1%的罚款"
                        "计人民币86420元，对项目负责人聂某某处单位罚款数额5%的罚款计4321元。") + FINE +
                   REVIEW) + COUNTY_FOOT,
      column="penalty", title="示例县住房和城乡建设局行政处罚决定书（示住建罚〔2024〕19号）",
      shape="住建: the 项目经理's ID and spaced mobile beside a 建造师 注册编号 and 资质证书编号",
      ids=["ID"], phones=["MOB"]),
    P("h927",
      "示例县商务局\n行政处罚决定书\n示商罚〔2024〕2号\n\n"
      "当事人：黎某某，男，身份证号码：{ID}，经常居住地：示例市北湖区湖滨街道翠湖社区翠湖路19号"
      "6栋2单元701室，手机：{MOB}。\n\n"
      "　　2024年1月9日，本局会同示例县公安局在G105国道示例县青石镇路段查获当事人雇请的驾驶员熊某"
      "（手机：{MOB2}）驾驶改装罐车（车架号：LZZ1CLSB7HA123456）流动销售柴油2.6吨。\n"
      "　　依据《成品油市场管理办法》及《江西省成品油市场管理条例》相关规定，本局决定：没收违法销售的"
      "成品油，并处罚款人民币贰万元。\n"
      "　　罚款限于收到本决定书之日起十五日内缴至示例县非税收入汇缴结算户。\n\n"
      "示例县商务局\n2024年2月1日\n",
      kind="attachment", title="示例县商务局行政处罚决定书（示商罚〔2024〕2号）",
      shape="商务 attachment outside the penalty column whose title names the 决定书: "
            "经常居住地 with 栋/单元/室, the party's and a hired driver's mobiles, 车架号",
      ids=["ID"], phones=["MOB", "MOB2"],
      addrs=["示例市北湖区湖滨街道翠湖社区翠湖路19号6栋2单元701室"]),
    P("h928", page("示市监罚〔2024〕96号行政处罚决定书",
                   zoom("当事人：毛某某，身份证号码：{ID}，现住址：示例县青石镇青石社区人民路56号，联系电话："
                        "{MOB_M}。",
                        "经查，当事人自2023年10月起在某短视频平台开设网店（店铺ID：130456789012），通过直播"
                        "方式销售标注虚假产地的茶叶，其中订单号{ORDER}的订单销售金额为1280元，违法销售额合计"
                        "26400元。",
                        "依据《中华人民共和国反不正当竞争法》第二十条，本局决定：责令停止违法行为，罚款"
                        "人民币叁万元。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示市监罚〔2024〕96号行政处罚决定书",
      shape="市场监管 直播 网店: 现住址, a masked mobile, a 12-digit 店铺ID starting 13, a "
            "Luhn-valid 订单号",
      ids=["ID"], addrs=["示例县青石镇青石社区人民路56号"]),
    P("h929", page("示邮管罚〔2024〕4号",
                   zoom("当事人：万某某，系示例县城关镇某快递网点承包经营者，身份证号码：{ID}，家住示例县"
                        "城关镇向阳社区向阳路41号，手机号码：{MOB_ZW}。",
                        "经查，当事人于2024年3月至4月间，未按规定对寄递物品进行实名收寄，其中快递单号"
                        "773198765432109的邮件内夹带国家禁止寄递物品。",
                        "依据《中华人民共和国邮政法》第七十五条，本局决定：罚款人民币壹万元。") + REVIEW) +
      CITY_FOOT,
      column="penalty", title="示邮管罚〔2024〕4号",
      shape="邮政 快递网点 承包人: 家住, a zero-width space inside the mobile, 快递单号",
      ids=["ID"], phones=["MOB"], addrs=["示例县城关镇向阳社区向阳路41号"]),

    # --- lists and other pages -----------------------------------------------------------
    P("h930", page("青石镇2024年6月城乡低保新增对象公示",
                   "<p>根据《江西省最低生活保障办法》，经本人申请、村（居）委会入户调查、民主评议，镇人民"
                   "政府审核，现将拟新增低保对象公示如下：</p>"
                   "<table border='1'><tr><td rowspan='2'>序号</td><td colspan='2'>户主信息</td>"
                   "<td colspan='2'>保障情况</td><td rowspan='2'>联系电话</td></tr>"
                   "<tr><td>姓名</td><td>身份证号码</td><td>保障人数</td><td>月保障金（元）</td></tr>"
                   "<tr><td>1</td><td>廖某某</td><td>{ID}</td><td>3</td><td>1260</td>"
                   "<td>{MOB}</td></tr>"
                   "<tr><td>2</td><td>甘某</td><td>{ID2_FW}</td><td>1</td><td>520</td><td></td></tr>"
                   "<tr><td>3</td><td>廖某</td><td>{IDX}</td><td>2</td><td>860</td>"
                   "<td>{MOB2}</td></tr>"
                   "<tr><td>4</td><td>付某某</td><td>{ID3_M}</td><td>1</td><td>520</td>"
                   "<td>{MOB3_M}</td></tr></table>"
                   "<p>公示期：2024年6月20日至6月26日。监督电话：0795-7381002（镇民政所）、12345。</p>",
                   charset="gbk", column="社会救助") + TOWN_FOOT,
      enc="gbk", title="青石镇2024年6月城乡低保新增对象公示",
      shape="低保 公示 on a GBK page: a two-row header, full-width ID, an empty phone cell, masked "
            "ID and mobile",
      ids=["ID", "ID2", "IDX"], phones=["MOB", "MOB2"]),
    P("h931", sheet(
        "示例县2024年第二季度临时救助金发放花名册",
        "填报单位：示例县民政局（盖章）\t\t\t\t\t\t填报日期：2024年7月5日\t\t",
        "序号\t救助对象\t\t\t救助情况\t\t\t发放信息\t",
        "\t姓名\t身份证号码\t所在乡镇\t救助类别\t救助事由\t金额（元）\t开户行\t银行卡号",
        "1\t卢某某\t{ID}\t龙潭乡\t急难型\t火灾\t3000\t示例县农商银行\t{CARDL}",
        "2\t伍某\t{ID2}\t梅岭镇\t支出型\t重病\t5000\t邮储银行示例县支行\t{CARD_S}",
        "3\t詹某某\t{IDX}\t白沙镇\t急难型\t交通事故\t2000\t\t",
        "4\t谭某\t{ID3_M}\t青石镇\t支出型\t重病\t4000\t示例县农商银行\t{CARD2_M}",
        "合计\t\t\t\t\t\t14000\t\t",
        "审核人：\t\t\t制表人：\t\t\t\t\t"),
      kind="attachment", title="示例县2024年第二季度临时救助金发放花名册",
      shape="临时救助 spreadsheet: a merged header row, missing cells, a 19-digit card, a spaced "
            "card, a masked row",
      ids=["ID", "ID2", "IDX"], banks=["CARDL", "CARD"]),
    P("h932",
      "2024年耕地地力保护补贴发放清册\n"
      "乡镇：桃源乡　村委会：河背村　补贴标准：120.8元/亩\n"
      "序号 户主姓名 身份证号码 存折账号 面积（亩） 补贴金额（元）\n"
      "1 罗某某{ID} {ACCTS} 4.82 582.26\n"
      "2 罗某{ID2}\n{ACCTS2} 3.10 374.48\n"
      "3 胡某某{IDX} {ACCTS3} 6.25 755.00\n"
      "4 胡某{ID3_M} {ACCTS4_M} 2.00 241.60\n"
      "合计 16.17 1953.34\n"
      "第 1 页\n",
      kind="attachment", title="2024年耕地地力保护补贴发放清册（河背村）",
      shape="耕地地力补贴 PDF text: names glued to IDs, a 存折账号 wrapped onto the next line, a "
            "masked row",
      ids=["ID", "ID2", "IDX"], banks=["ACCTS", "ACCTS2", "ACCTS3"]),
    P("h933", page("关于督促交通违法当事人限期接受处理的公告",
                   "<p>以下机动车驾驶人的交通违法行为逾期未接受处理，请于本公告发布之日起十五日内到示例县"
                   "公安局交通警察大队违法处理窗口接受处理。逾期不处理的，将依法申请人民法院强制执行。</p>"
                   "<table class='list'><tr><th>序号</th><th>当事人</th><th>驾驶证号</th><th>号牌号码</th>"
                   "<th>违法时间</th><th>违法地点</th></tr>"
                   "<tr><td>1</td><td>吴某某</td><td>{ID}</td><td>赣C5X217</td><td>2023-11-02</td>"
                   "<td>示例县城关镇建设大道与人民路交叉口</td></tr>"
                   "<tr><td>2</td><td>邬某</td><td>{IDX_LOW}</td><td>赣CD71862</td><td>2023-12-19</td>"
                   "<td>G105国道1650公里</td></tr>"
                   "<tr><td>3</td><td>邵某某</td><td>{ID2}</td><td>赣C2Q9B0</td><td>2024-01-07</td>"
                   "<td>S223省道36公里+500米</td></tr></table>"
                   "<p>咨询电话：0795-7262122</p><p>示例县公安局交通警察大队　2024年3月1日</p>",
                   column="通知公告") + COUNTY_FOOT,
      title="关于督促交通违法当事人限期接受处理的公告",
      shape="交警 逾期未处理 公告: a 驾驶证号 column holding IDs, lower-case x, road places",
      ids=["ID", "IDX", "ID2"]),
    P("h934", page("示例县2024年公开招聘中小学教师拟聘用人员公示",
                   "<table border='1'><tr><td>序号</td><td>姓名</td><td>性别</td><td>准考证号</td>"
                   "<td>身份证号</td><td>报考岗位</td><td>总成绩</td></tr>"
                   "<tr><td>1</td><td>叶某某</td><td>女</td><td>2024050312</td><td>{ID_M}</td>"
                   "<td>小学语文</td><td>81.36</td></tr>"
                   "<tr><td>2</td><td>何某</td><td>男</td><td>2024050427</td><td>{ID2_MX}</td>"
                   "<td>初中数学</td><td>79.82</td></tr>"
                   "<tr><td>3</td><td>林某某</td><td>女</td><td>2024050519</td><td>{IDX_M}</td>"
                   "<td>初中英语</td><td>78.40</td></tr></table>"
                   "<p>公示期为5个工作日。监督电话：0795-7261234，联系人：黎老师 {MOB}。</p>",
                   column="人事信息") + COUNTY_FOOT,
      title="示例县2024年公开招聘中小学教师拟聘用人员公示",
      shape="nothing to report: 拟聘用 公示 with 准考证号, masked IDs (* and X), the bureau's "
            "contact mobile"),
    P("h935", page("示例县公安局悬赏通告",
                   zoom("2024年4月5日，示例县城关镇发生一起故意伤害案件。经侦查，犯罪嫌疑人甘某某有重大作案"
                        "嫌疑，现已潜逃。为尽快将其缉拿归案，现发布悬赏通告。",
                        "犯罪嫌疑人基本情况：甘某某，男，汉族，身高约170厘米，公民身份号码：{ID}，"
                        "户籍地址：示例县龙潭乡龙潭村委会下屋组19号。",
                        "对提供线索协助破案或抓获犯罪嫌疑人的，奖励人民币一万元。",
                        "联系人：刘警官 {MOB}　值班电话：0795-7110110　举报电话：110"),
                   column="警务公开") + COUNTY_FOOT,
      title="示例县公安局悬赏通告",
      shape="悬赏通告: a suspect's ID; a 户籍地址 outside a decision (not expected); the police "
            "联系人 mobile",
      ids=["ID"]),
    P("h936", page("梅岭镇2024年第二季度80周岁以上老年人高龄津贴发放名单",
                   "<table border='1'><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>年龄</th>"
                   "<th>社会保障卡金融账号</th><th>发放金额（元）</th><th>代领人电话</th></tr>"
                   "<tr><td>1</td><td>何某某</td><td>{ID_M}</td><td>86</td><td>{CARDL_S}</td>"
                   "<td>300</td><td>{MOB}</td></tr>"
                   "<tr><td>2</td><td>文某</td><td>{ID2_M}</td><td>91</td><td>{CARDL2}</td>"
                   "<td>600</td><td></td></tr>"
                   "<tr><td>3</td><td>谢某某</td><td>{ID3_M}</td><td>82</td><td>{CARDL3_M}</td>"
                   "<td>300</td><td>{MOB2_M}</td></tr></table>"
                   "<p>梅岭镇人民政府　2024年7月1日</p>", column="社会救助") + TOWN_FOOT,
      title="梅岭镇2024年第二季度80周岁以上老年人高龄津贴发放名单",
      shape="高龄津贴 名单: masked IDs but unmasked 社会保障卡金融账号 (one spaced) and a 代领人 "
            "mobile",
      phones=["MOB"], banks=["CARDL", "CARDL2"]),
    P("h937", page("示例县2024年上半年征兵入伍新兵名单公示",
                   "<table><tr><td>姓名</td><td>性别</td><td>身份证号码</td><td>文化程度</td>"
                   "<td>所在乡镇</td></tr>"
                   "<tr><td>曾某某</td><td>男</td><td>{ID_MX}</td><td>大学本科</td><td>城关镇</td></tr>"
                   "<tr><td>胡某</td><td>男</td><td>{ID2_M}</td><td>大专</td><td>白沙镇</td></tr>"
                   "<tr><td>邓某某</td><td>女</td><td>{IDX_MX}</td><td>大学本科</td><td>双溪镇</td></tr>"
                   "</table><p>咨询电话：0795-7262345（县征兵办公室）</p>", column="通知公告") +
      COUNTY_FOOT,
      title="示例县2024年上半年征兵入伍新兵名单公示",
      shape="nothing to report: 征兵 公示 with IDs masked by * and by X"),
    P("h938", page("不动产首次登记公告（示不动产公告〔2024〕第57号）",
                   "<p>经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》"
                   "第十七条的规定，现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达"
                   "我机构。逾期无人提出异议或者异议不成立的，我机构将予以登记。</p>"
                   "<table border='1'><tr><td>权利人</td><td>证件号码</td><td>不动产单元号</td>"
                   "<td>不动产坐落</td><td>面积（㎡）</td><td>用途</td></tr>"
                   "<tr><td>傅某某、傅某</td><td>{ID}；{ID2}</td><td>360999001001JC00023F00010001</td>"
                   "<td>示例县青石镇青石社区人民路102号</td><td>186.40</td><td>住宅</td></tr></table>"
                   "<p>异议书面材料送达地址：示例县不动产登记中心（示例县建设大道108号）　联系电话："
                   "0795-7266101</p>", column="通知公告") + COUNTY_FOOT,
      title="不动产首次登记公告（示不动产公告〔2024〕第57号）",
      shape="不动产首次登记公告: two 权利人 IDs in one cell separated by ；, a 28-character "
            "不动产单元号",
      ids=["ID", "ID2"]),
    P("h939", page("示例县第二中学教学设备采购项目中标（成交）结果公告",
                   zoom("一、项目编号：SLZC2024-G123",
                        "二、项目名称：示例县第二中学教学设备采购项目",
                        "三、中标（成交）信息：供应商名称：示例市科信教育装备有限公司；供应商地址：示例市"
                        "北湖区科技大道19号3栋；统一社会信用代码：{USCC}；中标金额：人民币1,286,400.00元",
                        "四、评审专家名单：罗某、刘某某、陈某（采购人代表）",
                        "五、凡对本次公告内容提出询问，请按以下方式联系。",
                        "1.采购人信息　名称：示例县第二中学　地址：示例县城关镇学府路1号　联系方式："
                        "0795-7269218",
                        "2.采购代理机构信息　名称：示例市诚信招标代理有限公司　联系方式：{MOB}",
                        "3.项目联系方式　项目联系人：彭工　电话：{MOB2}"),
                   column="政府采购") + COUNTY_FOOT,
      title="示例县第二中学教学设备采购项目中标（成交）结果公告",
      shape="nothing to report: 中标公告 with the agency's and the project's contact mobiles, "
            "项目编号, a supplier's USCC"),
    P("h940", page("信访事项处理意见书（示信处〔2024〕38号）",
                   zoom("信访人：程某某，身份证号码：{ID}，住示例县白沙镇白沙村委会中屋组7号。",
                        "你于2024年5月6日通过人民网“领导留言板”反映的示例县白沙镇某养殖场噪音扰民问题"
                        "（信访件编号：{ORDER}）收悉。经县生态环境局会同白沙镇人民政府现场调查，该养殖场已于"
                        "5月20日完成风机降噪改造，经监测昼间噪声符合标准。",
                        "如对本处理意见不服，可以自收到本意见书之日起30日内向示例县人民政府信访局申请复查。"),
                   column="信访公开") + COUNTY_FOOT,
      title="信访事项处理意见书（示信处〔2024〕38号）",
      shape="信访 处理意见书: a petitioner's ID; a home address outside a decision (not "
            "expected); a Luhn-valid 信访件编号",
      ids=["ID"]),
    P("h941", page("示例县人民政府行政复议决定书（示府复决〔2024〕12号）",
                   zoom("申请人：贺某某，男，汉族，公民身份号码：{ID}，住示例县梅岭镇长岭村委会2组5号。",
                        "委托代理人：贺某，系申请人之子，公民身份号码：{ID2}。",
                        "被申请人：示例县自然资源局，住所地：示例县建设大道28号。",
                        "申请人不服被申请人作出的示自然资罚〔2024〕9号行政处罚决定，于2024年4月2日向本机关"
                        "申请行政复议，本机关依法予以受理。",
                        "本机关认为，被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序"
                        "合法，内容适当。根据《中华人民共和国行政复议法》第六十八条，本机关决定：维持"
                        "被申请人作出的示自然资罚〔2024〕9号行政处罚决定。"),
                   column="行政复议") + COUNTY_FOOT,
      title="示例县人民政府行政复议决定书（示府复决〔2024〕12号）",
      shape="行政复议决定书 about a penalty: the applicant's and his son's IDs; the 住 address is "
            "not in a decision (not expected)",
      ids=["ID", "ID2"]),
    P("h942", sheet(
        "城南片区棚户区改造项目房屋征收补偿情况公示（第三批）",
        "序号\t被征收人\t证件号码\t房屋坐落\t补偿金额（元）\t收款账号\t开户行",
        "1\t祝某某\t{ID}\t城关镇城南路12号\t486320.00\t{CARD}\t中国银行示例县支行",
        "2\t祝某\t{ID2}\t城关镇城南路14号\t392180.50\t{ACCT}\t示例县农村商业银行城关支行",
        "3\t示例县粮油贸易公司\t{USCC}\t城关镇城南路20号\t1265400.00\t{ACCT2}\t"
        "中国农业银行示例县支行",
        "4\t祝某某\t{ID3_M}\t城关镇城南路16号\t\t\t（协商中）",
        "公示期：2024年6月1日至6月7日　监督电话：0795-7262789"),
      kind="attachment", title="城南片区棚户区改造项目房屋征收补偿情况公示（第三批）",
      shape="征收补偿 spreadsheet: a person's card and a person's 17-digit account under 收款账号, "
            "a company row with its USCC and account, a masked row with empty cells",
      ids=["ID", "ID2"], banks=["CARD", "ACCT"]),
    P("h943", page("示例县城南安置小区项目2024年5月农民工工资发放公示",
                   "<p>施工单位：示例县宏远建设工程有限公司　农民工工资专用账户：{ACCT3}（示例县农村商业银行"
                   "城关支行）</p>"
                   "<table border='1'><tr><th>序号</th><th>姓名</th><th>工种</th><th>身份证号</th>"
                   "<th>联系电话</th><th>工资卡号</th><th>实发工资（元）</th></tr>"
                   "<tr><td>1</td><td>孙某某</td><td>钢筋工</td><td>{ID}</td><td>{MOB}</td>"
                   "<td>{CARD}</td><td>7200</td></tr>"
                   "<tr><td>2</td><td>黄某</td><td>木工</td><td>{ID2}</td><td>{MOB2_S}</td>"
                   "<td>{CARD2_D}</td><td>6800</td></tr>"
                   "<tr><td>3</td><td>王某某</td><td>泥工</td><td>{IDX}</td><td>{MOB3_FW}</td>"
                   "<td>{CARDL}</td><td>6500</td></tr></table>"
                   "<p>劳资专管员电话：0795-7269901　欠薪投诉电话：12333</p>", column="通知公告") +
      COUNTY_FOOT,
      title="示例县城南安置小区项目2024年5月农民工工资发放公示",
      shape="农民工工资 公示: workers' IDs, mobiles (spaced, full-width) and wage cards (dashed, "
            "19-digit) beside the company's 工资专用账户",
      ids=["ID", "ID2", "IDX"], phones=["MOB", "MOB2", "MOB3"],
      banks=["CARD", "CARD2", "CARDL"]),
    P("h944", page("我县召开2024年政务公开工作推进会",
                   zoom("6月14日，我县召开2024年政务公开工作推进会，总结一季度政务公开工作，部署下一阶段"
                        "重点任务。",
                        "会议通报，一季度全县政府网站共发布信息3862条，办理依申请公开27件；12345政务服务"
                        "便民热线受理群众来电16833件，按时办结率98.6%。",
                        "会议要求，各单位要严格落实信息发布审核制度，对行政处罚决定书、救助名单等涉及个人"
                        "信息的内容，发布前必须对身份证号码、联系电话、银行账号和家庭住址进行脱敏处理。",
                        "（来源：县政务服务和数据管理局　电话：0795-7262001　邮编：336399）"),
                   column="工作动态") + COUNTY_FOOT,
      title="我县召开2024年政务公开工作推进会",
      shape="nothing to report: a news item about 政务公开 with 12345, counts, a landline and a "
            "postcode"),
    P("h945",
      "示例县2024年度生态护林员选聘结果公示\n"
      "根据《示例县生态护林员选聘管理办法》，经个人申请、村级评议、乡镇审核，现将选聘结果公示如下：\n"
      "1. 姓名：孙某某　性别：男　身份证号：{ID}　所在村组：龙潭村委会上屋组\n"
      "   联系电话：{MOB}　管护面积：1200亩\n"
      "2. 姓名：易某　性别：男　身份证号：{ID2_S}　所在村组：石塘村委会9组\n"
      "   联系电话：{MOB2_NL}　管护面积：980亩\n"
      "3. 姓名：曾某某　性别：女　身份证号：{IDX}\n"
      "   所在村组：枫坪村委会杨家组　联系电话：{MOB3_D}　管护面积：1050亩\n"
      "公示时间：2024年3月1日至3月7日。如有异议，请向示例县林业局反映，电话：0795-7263388。\n",
      kind="attachment", title="示例县2024年度生态护林员选聘结果公示",
      shape="生态护林员 公示 as numbered PDF items wrapping over lines: a spaced ID, a mobile "
            "broken over a line, a dashed mobile",
      ids=["ID", "ID2", "IDX"], phones=["MOB", "MOB2", "MOB3"]),
    P("h946", page("2024年第一季度脱贫人口小额信贷贴息资金发放名单",
                   "<table border='1'><tr><td>序号</td><td>借款人</td><td>身份证号</td><td>贷款账号</td>"
                   "<td>借据号</td><td>贷款金额（元）</td><td>贴息金额（元）</td></tr>"
                   "<tr><td>1</td><td>邱某某</td><td>{ID}</td><td>{ACCT}</td><td>{ORDER}</td>"
                   "<td>50000</td><td>531.25</td></tr>"
                   "<tr><td>2</td><td>邱某</td><td>{ID2}</td><td>{ACCT2_S}</td><td>{ORDER2}</td>"
                   "<td>30000</td><td>318.75</td></tr></table>"
                   "<p>贴息资金由示例县乡村振兴局拨付至借款人贷款账户。</p>", column="乡村振兴") +
      COUNTY_FOOT,
      title="2024年第一季度脱贫人口小额信贷贴息资金发放名单",
      shape="小额信贷 贴息 名单: 17-digit 贷款账号 (one spaced) beside Luhn-valid 借据号",
      ids=["ID", "ID2"], banks=["ACCT", "ACCT2"]),
    P("h947", page("示统罚〔2024〕1号",
                   zoom("当事人：示例县城关镇兴旺建材店（个体工商户）",
                        "经营者：郭某某　身份证号码：{ID_M}",
                        "住址：示例县城关镇**路**号　联系电话：{MOB_M}",
                        "经营场所：示例县城关镇胜利路26号",
                        "经查，当事人在2023年经济普查中提供不真实的统计资料。依据《中华人民共和国统计法》"
                        "第四十二条，本局决定：警告，并处罚款人民币壹仟元。") + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示统罚〔2024〕1号",
      shape="nothing to report: a 个体户 decision with masked ID, masked 住址, masked mobile; only "
            "the 经营场所 is in full"),
    P("h948", page("示例县市场监督管理局2024年第二批“双随机、一公开”抽查结果公示",
                   "<table border='1'><tr><th>企业名称</th><th>统一社会信用代码/注册号</th>"
                   "<th>抽查事项</th><th>抽查结果</th></tr>"
                   "<tr><td>示例县金穗米业有限公司</td><td>{USCC}</td><td>年报公示信息</td>"
                   "<td>未发现问题</td></tr>"
                   "<tr><td>示例县青石镇旺旺超市</td><td>360999600312041</td><td>食品经营</td>"
                   "<td>发现问题已责令改正</td></tr>"
                   "<tr><td>示例县龙潭乡农家乐餐馆</td><td>360999580927033</td><td>食品经营</td>"
                   "<td>未发现问题</td></tr></table>"
                   "<p>联系电话：0795-7261315</p>", column="双随机一公开") + COUNTY_FOOT,
      title="示例县市场监督管理局2024年第二批“双随机、一公开”抽查结果公示",
      shape="nothing to report: 抽查结果 with 15-digit 注册号 that pass the ID test under a "
            "信用代码/注册号 header"),
    P("h949", page("关于吊销个体工商户营业执照的公告",
                   "<p>下列个体工商户连续两年未报送年度报告且无法取得联系，依据《促进个体工商户发展条例》"
                   "等规定，本局决定吊销其营业执照：</p>"
                   "<p>1. 示例县白沙镇阿明理发店，经营者：张某某，注册号：360999610512018，经营场所："
                   "示例县白沙镇白沙街18号；</p>"
                   "<p>2. 示例县双溪镇小周水果店，经营者：周某，注册号：360999720214026，经营场所："
                   "示例县双溪镇学府路11号。</p>"
                   "<p>示例县市场监督管理局　2024年5月30日</p>", column="通知公告") + COUNTY_FOOT,
      title="关于吊销个体工商户营业执照的公告",
      shape="nothing to report: 吊销 公告 of 个体户 with 15-digit 注册号 that pass the ID test, "
            "经营场所 at street numbers"),
    P("h950", page("关于做好2025年度城乡居民基本医疗保险费征缴工作的通知",
                   zoom("2025年度城乡居民医保个人缴费标准为每人每年400元，集中征缴期为2024年9月1日至"
                        "12月31日。",
                        "缴费方式：1.通过“赣服通”“江西税务”微信公众号缴费；2.到示例县农村商业银行各网点"
                        "柜台缴费；3.对公转账至示例县税务局社会保险费专户（户名：国家税务总局示例县税务局，"
                        "开户行：中国工商银行示例县支行，账号：{OACCT}）。",
                        "咨询电话：12366（税务）、0795-7268123（县医保局）、0795-7262233（县税务局社保费"
                        "股）。"),
                   column="通知公告") + COUNTY_FOOT,
      title="关于做好2025年度城乡居民基本医疗保险费征缴工作的通知",
      shape="nothing to report: a 医保 缴费 notice with the tax office's account and hotlines"),
    P("h951", page("示例县农业农村局行政执法人员名单公示",
                   "<table border='1'><tr><td>序号</td><td>姓名</td><td>执法证号</td><td>执法类别</td>"
                   "<td>执法区域</td></tr>"
                   "<tr><td>1</td><td>罗某</td><td>{CERT}</td><td>农业综合</td><td>示例县</td></tr>"
                   "<tr><td>2</td><td>刘某某</td><td>{CERT2}</td><td>农业综合</td><td>示例县</td></tr>"
                   "<tr><td>3</td><td>钟某</td><td>{CERT3}</td><td>渔政</td><td>示例县</td></tr>"
                   "</table><p>单位电话：0795-7263521</p>", column="行政执法公示") + COUNTY_FOOT,
      title="示例县农业农村局行政执法人员名单公示",
      shape="nothing to report: 执法人员 名单 whose 执法证号 column holds 11-digit numbers "
            "starting 13"),
    P("h952", page("石塘村2024年第二季度村级财务公开",
                   "<table border='1'><tr><th>项目</th><th>收入（元）</th><th>支出（元）</th>"
                   "<th>备注</th></tr>"
                   "<tr><td>上级转移支付</td><td>60000.00</td><td></td><td>村级运转经费</td></tr>"
                   "<tr><td>山林承包费</td><td>18600.00</td><td></td><td>转入村集体账户</td></tr>"
                   "<tr><td>道路维修</td><td></td><td>23450.00</td><td>石塘至9组</td></tr>"
                   "<tr><td>办公用品</td><td></td><td>1286.50</td><td></td></tr></table>"
                   "<p>村集体账户：示例县龙潭乡石塘村股份经济合作联合社，账号：{ACCT}（示例县农村商业银行"
                   "龙潭支行）。村务监督委员会电话：0795-7391206。</p>", column="村务公开") +
      TOWN_FOOT,
      title="石塘村2024年第二季度村级财务公开",
      shape="nothing to report: 村务 财务公开 with the village collective's account and a "
            "committee landline"),
    P("h953", page("示农罚〔2024〕15号行政处罚决定书",
                   zoom("当事人：示例县龙潭乡绿源果蔬种植专业合作社",
                        "统一社会信用代码：{USCC}",
                        "住所：示例县龙潭乡龙潭村委会上屋组8号",
                        "法定代表人（理事长）：钟某",
                        "联系电话：{LAND}",
                        "经查，当事人在其种植基地使用国家禁用农药克百威，违反《农药管理条例》第三十四条。"
                        "依据该条例第六十条，本局决定：罚款人民币伍仟元。") + FINE + REVIEW) + COUNTY_FOOT,
      column="penalty", title="示农罚〔2024〕15号行政处罚决定书",
      shape="nothing to report: a 合作社 decision whose 住所 is in a 村组 with a number, its own "
            "landline, the office's account"),
    P("h954", page("示例县2024年生源地信用助学贷款受理名单",
                   "<table border='1'><tr><td>序号</td><td>学生姓名</td><td>身份证号</td><td>就读高校</td>"
                   "<td>共同借款人</td><td>联系电话</td><td>合同编号</td><td>贷款金额</td></tr>"
                   "<tr><td>1</td><td>范某某</td><td>{ID}</td><td>南昌大学</td><td>范某</td>"
                   "<td>{MOB}</td><td>{ORDER}</td><td>12000</td></tr>"
                   "<tr><td>2</td><td>袁某</td><td>{IDX}</td><td>江西师范大学</td><td>袁某某</td>"
                   "<td>{MOB2_86}</td><td>{ORDER2}</td><td>8000</td></tr></table>"
                   "<p>县学生资助管理中心咨询电话：0795-7262561、95593</p>", column="教育") +
      COUNTY_FOOT,
      title="示例县2024年生源地信用助学贷款受理名单",
      shape="助学贷款 名单: students' IDs, the co-borrowers' mobiles (one +86), Luhn-valid 合同编号",
      ids=["ID", "IDX"], phones=["MOB", "MOB2"]),
    P("h955", page("双溪镇2024年残疾人两项补贴发放名单",
                   "<table border='1'><tr><td>序号</td><td>姓名</td><td>残疾证号</td><td>残疾类别</td>"
                   "<td>等级</td><td>补贴类别</td><td>监护人</td><td>监护人电话</td></tr>"
                   "<tr><td>1</td><td>胡某某</td><td>36099919********4244</td><td>肢体</td><td>二级</td>"
                   "<td>重度护理补贴</td><td>胡某</td><td>{MOB_86}</td></tr>"
                   "<tr><td>2</td><td>陈某</td><td>36099920********2153</td><td>智力</td><td>一级</td>"
                   "<td>困难生活补贴、重度护理补贴</td><td>陈某某</td><td>{MOB2}</td></tr>"
                   "<tr><td>3</td><td>龙某</td><td>36099919********4262</td><td>视力</td><td>三级</td>"
                   "<td>困难生活补贴</td><td></td><td></td></tr></table>"
                   "<p>双溪镇人民政府　2024年4月30日</p>", column="社会救助") + TOWN_FOOT,
      title="双溪镇2024年残疾人两项补贴发放名单",
      shape="残疾人两项补贴 名单: masked 残疾证号, guardians' mobiles (+86 and plain), empty cells",
      phones=["MOB", "MOB2"]),
]
