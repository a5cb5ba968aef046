"""Deterministic generator of a realistic county government site mirror.

rulekit's checks only mean something on pages shaped like the real ones: national meta tags,
heavy navigation, 索引号 info tables, inline scripts, footers with 网站标识码 and ICP/公安
备案号, GBK pages that declare gb2312, full-width digits and sloppy markup. This module writes
such a mirror (as ``wget --mirror`` leaves it) from a seed, and plants known privacy and
download-format problems beside look-alikes that must not be reported, so that tests, the
bundled demo and the speed benchmark all run on the same kind of input.

Every personal number here is synthetic: identity numbers use the area code ``360999`` (province
36 is real, county 99 of prefecture 09 does not exist), so none can belong to a real person.

Query-string downloads (``downfile.jsp?classid=0&filename=….pdf``) are stored with ``@`` in
place of ``?``, as wget does with ``--restrict-file-names=windows`` (its default on Windows),
so that the committed demo checks out on every platform.
"""

from __future__ import annotations

import io
import math
import random
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

__all__ = [
    "generate_site",
    "plant_broken_links",
    "write_assets",
    "id_check_char",
    "make_id_number",
    "uscc_check_char",
    "mask_id",
    "minimal_pdf",
    "minimal_docx",
    "AREA_CODE",
]

AREA_CODE = "360999"  # 江西 (36) + a county code that does not exist: never a real person
SITE_ID_CODE = "3609990001"
AS_OF = date(2022, 5, 31)
ZIP_DATE = (2022, 5, 31, 0, 0, 0)  # fixed zip entry times keep generated files byte-stable

# ---------------------------------------------------------------------------------------------
# identity numbers and credit codes

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_FULLWIDTH = str.maketrans("0123456789X*-", "０１２３４５６７８９Ｘ＊－")


def id_check_char(body17: str) -> str:
    """GB 11643-1999 check character (ISO 7064 MOD 11-2) of the first 17 digits."""
    total = sum(int(c) * w for c, w in zip(body17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def uscc_check_char(body17: str) -> str:
    """GB 32100-2015 check character (MOD 31) of a unified social credit code."""
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def make_id_number(
    rng: random.Random,
    area: str = AREA_CODE,
    born_from: date = date(1950, 1, 1),
    born_to: date = date(2003, 12, 31),
    ending: str | None = None,
) -> str:
    """A synthetic, valid 18-digit identity number (optionally forced to end in ``ending``)."""
    span = (born_to - born_from).days
    while True:
        born = born_from + timedelta(days=rng.randint(0, span))
        body = f"{area}{born:%Y%m%d}{rng.randint(0, 999):03d}"
        check = id_check_char(body)
        if ending is None or check == ending:
            return body + check


def mask_id(number: str) -> str:
    """Evidence form: first six and last four kept, the rest ``*``."""
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def _masked_id_variants(rng: random.Random) -> str:
    """A masked identity number in one of the shapes county sites publish."""
    n = make_id_number(rng)
    style = rng.randrange(6)
    if style == 0:
        return n[:6] + "********" + n[-4:]
    if style == 1:
        return n[:10] + "****" + n[-4:]
    if style == 2:
        return n[:3] + "*" * 11 + n[-4:]
    if style == 3:
        return n[:6] + "＊" * 8 + n[-4:]
    if style == 4:
        return n[:6] + "×" * 8 + n[-4:]
    return n[:6] + "XXXXXXXX" + n[-4:]


def make_uscc(rng: random.Random, kind: str = "91") -> str:
    """A synthetic, MOD 31-valid unified social credit code of a company in the county."""
    body = kind + AREA_CODE + "MA35" + "".join(rng.choice(_USCC_CHARS) for _ in range(5))
    return body + uscc_check_char(body)


def make_digit_uscc_lookalike(rng: random.Random) -> str:
    """An all-digit credit code (事业单位, ``12…``) that also passes every identity check.

    Such codes exist; only the 统一社会信用代码 label in front tells them apart.
    """
    while True:
        born = date(1960, 1, 1) + timedelta(days=rng.randint(0, 12000))
        body = f"12360919{born:%y%m%d}{rng.randint(0, 999):03d}"
        # as an identity number: area 123609 (province 12), date 19yymmdd, sequence, check
        if born.year >= 2000:
            continue
        check = uscc_check_char(body)
        if check == id_check_char(body):
            return body + check


# ---------------------------------------------------------------------------------------------
# attachment files


def minimal_pdf() -> bytes:
    """A valid one-page PDF without text: stands in for a scanned policy document."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def _ole_placeholder(rng: random.Random, size: int = 1536) -> bytes:
    """Bytes that start like an OLE2 compound file (.doc/.wps); known by name only."""
    head = bytes.fromhex("D0CF11E0A1B11AE1")
    return head + bytes(rng.getrandbits(8) for _ in range(size - len(head)))


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def minimal_docx(paragraphs: list[str]) -> bytes:
    """A minimal valid .docx (three parts) holding the paragraphs; byte-stable."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    body = "".join(
        f'<w:p><w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/>'
        f'</w:rPr><w:t xml:space="preserve">{_xml_escape(p)}</w:t></w:r></w:p>'
        for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body>{body}<w:sectPr/></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in (
            ("[Content_Types].xml", content_types),
            ("_rels/.rels", rels),
            ("word/document.xml", document),
        ):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# vocabulary: realistic county-government wording

SURNAMES = (
    "刘王张李陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹熊邱江尹段雷侯龙陶黎贺顾毛龚邵万严戴"
)
GIVEN = (
    "建华 国平 秀英 桂兰 志强 小明 海燕 文斌 春生 冬梅 红霞 永福 金凤 德胜 玉兰 伟 芳 军 磊 "
    "静 勇 敏 杰 强 丽 小红 家豪 子涵 雨萱 思远 国庆 建国 卫东 水生 根发 福生 秋菊 三妹 "
    "志明 新华 宏伟 晓东 丽萍 美华 堃 镕 俊杰 佳怡"
).split()
TOWNS = ("城关镇", "东岭镇", "西河乡", "南塘镇", "北山乡", "青石镇", "白沙乡", "龙泉镇", "桥头乡")
VILLAGES = ("城北村", "城南村", "东岭村", "桥头村", "新塘村", "石门村", "下坊村", "上田村",
            "枫树村", "黄泥村", "双溪村", "茶园村")
COMMUNITIES = ("龙泉社区", "解放社区", "城西社区", "人民路社区", "滨江社区")
STREETS = ("人民路", "解放路", "建设路", "新华街", "城西大道", "文化巷", "滨江路", "府前路",
           "创业大道", "工业大道")
GROUPS = "一二三四五六七八九十"
DEPTS = (
    "发展和改革委员会", "教育体育局", "科技和工业信息化局", "公安局", "民政局", "司法局",
    "财政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "交通运输局", "水利局",
    "农业农村局", "商务局", "文化广电新闻出版旅游局", "卫生健康委员会", "退役军人事务局",
    "应急管理局", "审计局", "市场监督管理局", "统计局", "林业局", "医疗保障局", "城市管理局",
    "乡村振兴局", "行政审批局", "信访局", "融媒体中心",
)
TOPICS = (
    "农村人居环境整治", "安全生产", "森林防火", "防汛备汛", "疫情防控", "乡村振兴", "营商环境优化",
    "政务公开", "耕地保护", "食品安全", "河湖长制", "高标准农田建设", "稳岗就业", "消防安全",
    "城乡环境综合整治", "信访维稳", "招商引资", "文明城市创建", "燃气安全", "自建房安全",
    "义务教育“双减”", "医保基金监管", "生态环境保护", "防范电信网络诈骗",
)
PLACES = ("防汛物资仓库", "高标准农田建设项目", "学校食堂", "农贸市场", "建筑工地", "加油站",
          "敬老院", "新型农村社区", "产业园区标准厂房", "便民服务中心", "河道清淤现场")
LEADERS = ("县委副书记、县长", "县委常委、常务副县长", "副县长", "县政府党组成员")

NEWS_TITLES = (
    "{town}扎实推进{topic}工作",
    "县{dept}召开{year}年{topic}工作推进会",
    "我县开展{topic}专项检查",
    "{leader_title}{leader}到{town}调研{topic}工作",
    "县政府召开第{n}次常务会议",
    "{town}多措并举推进{topic}",
    "县{dept}举办{topic}业务培训班",
    "我县召开{topic}工作调度会",
    "{town}开展{topic}宣传活动",
)
NEWS_SENTENCES = (
    "{d}，{town}组织召开{topic}工作推进会，传达学习上级有关会议精神，安排部署下一阶段重点工作。",
    "会议指出，做好{topic}工作是贯彻落实党中央、国务院决策部署的具体举措，事关人民群众切身利益，"
    "各级各部门要切实提高政治站位，增强责任意识和担当意识。",
    "会议要求，要坚持问题导向，聚焦重点领域和薄弱环节，建立问题清单、责任清单和整改清单，"
    "确保各项任务落到实处、见到实效。",
    "据了解，今年以来，{town}累计排查各类隐患{n}处，已整改到位{m}处，整改率达{pct}%。",
    "下一步，县{dept}将继续加大工作力度，健全长效机制，推动{topic}工作常态化、制度化、规范化。",
    "活动现场，工作人员通过发放宣传资料、悬挂横幅、现场讲解等方式，向过往群众普及相关法律法规知识，"
    "共发放宣传资料{n}余份，解答群众咨询{m}人次。",
    "检查组一行深入{town}{village}，实地察看了{place}，详细了解项目建设进度、资金使用和安全管理等情况。",
    "{leader}强调，要牢固树立安全发展理念，压紧压实各方责任，坚决防范和遏制重特大事故发生。",
    "在随后召开的座谈会上，与会人员围绕{topic}工作中存在的困难和问题进行了深入交流，并提出了意见建议。",
    "截至目前，全县已完成{topic}项目{n}个，完成投资{money}万元，占年度计划的{pct}%。",
    "此次培训采取集中授课与现场教学相结合的方式，邀请省、市相关领域专家进行授课，"
    "全县{n}余名业务骨干参加培训。",
    "该镇还充分发挥村（社区）干部、网格员和志愿者作用，常态化开展入户走访，及时掌握群众诉求，"
    "切实把矛盾纠纷化解在基层、解决在萌芽状态。",
    "{leader}一行还走访慰问了部分困难群众，详细询问他们的生产生活情况，叮嘱当地干部要把党和政府的"
    "关怀送到群众心坎上。",
    "会上，各乡镇、县直相关单位主要负责人分别汇报了本单位{topic}工作开展情况。",
    "县{dept}主要负责同志表示，将以此次检查为契机，举一反三，全面开展自查自纠，"
    "确保问题整改到位。",
    "同时，要加强部门协作，形成工作合力，严格落实“属地管理”和“谁主管、谁负责”的原则。",
    "通过此次活动，进一步增强了广大群众的法治意识和自我保护能力，营造了全社会共同参与的良好氛围。",
)
POLICY_TITLES = (
    "示例县人民政府办公室关于印发《示例县{topic}工作实施方案》的通知",
    "示例县人民政府关于进一步加强{topic}工作的实施意见",
    "示例县人民政府办公室关于印发《示例县{topic}专项资金管理办法（试行）》的通知",
    "示例县人民政府关于印发《示例县{year}年{topic}工作要点》的通知",
    "示例县人民政府办公室关于做好{year}年{topic}工作的通知",
)
POLICY_SENTENCES = (
    "以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届历次全会精神，"
    "完整、准确、全面贯彻新发展理念，坚持以人民为中心的发展思想。",
    "到{year}年底，全县{topic}工作机制更加健全，基础设施更加完善，群众满意度明显提升。",
    "坚持政府主导、部门联动、社会参与，统筹推进{topic}各项工作，确保取得实效。",
    "各乡（镇）人民政府是本辖区{topic}工作的责任主体，主要负责同志为第一责任人。",
    "县{dept}负责牵头组织实施，会同有关部门制定具体工作措施，定期调度工作进展。",
    "对工作推进不力、进展缓慢的单位，由县政府督查室予以通报批评，并责令限期整改。",
    "县财政要将{topic}工作经费纳入年度预算，统筹整合各类资金，确保工作顺利推进。",
    "加强宣传引导，充分利用报刊、广播电视、政府网站和政务新媒体等渠道，广泛宣传相关政策措施。",
    "严格执行资金管理规定，专款专用，任何单位和个人不得截留、挤占、挪用。",
    "建立健全信息报送制度，各责任单位于每月25日前将工作进展情况报送县{dept}。",
    "本方案自印发之日起施行，由县{dept}负责解释。此前有关规定与本方案不一致的，以本方案为准。",
)
POLICY_HEADINGS = ("一、指导思想", "二、工作目标", "三、主要任务", "四、保障措施")
POLICY_SUBHEADS = ("（一）加强组织领导。", "（二）强化资金保障。", "（三）严格督查考核。",
                   "（四）营造良好氛围。")
NOTICE_TITLES = (
    "关于{year}年示例县{topic}项目的公示",
    "示例县{dept}关于公开招聘{n}名编外工作人员的公告",
    "关于开展{year}年度{topic}申报工作的通知",
    "关于{town}部分区域计划停水的通知",
    "示例县{dept}关于{topic}有关事项的公告",
)
NOTICE_SENTENCES = (
    "根据上级有关文件精神，结合我县实际，现将有关事项公告如下：",
    "公示期间，如有异议，请以书面形式向县{dept}反映，反映情况应当客观真实，并提供必要的证明材料。",
    "报名时间：{year}年{mo}月{day}日至{mo}月{day2}日（工作日上午8:30－12:00，下午14:30－17:30）。",
    "报名地点：示例县{dept}二楼办公室。",
    "因供水管网改造施工，届时{town}部分区域将停止供水，请广大用户提前做好储水准备，由此带来的不便，"
    "敬请谅解。",
    "请各单位高度重视，认真组织，按时报送申报材料，逾期不予受理。",
    "特此公告。",
)

PENALTY_CASES: tuple[dict[str, str], ...] = (
    {
        "dept": "市场监督管理局", "abbr": "示市监处罚",
        "fact": "经营超过保质期的预包装食品",
        "law": "《中华人民共和国食品安全法》第三十四条第（十）项",
        "basis": "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项",
    },
    {
        "dept": "市场监督管理局", "abbr": "示市监处罚",
        "fact": "使用未经检验的计量器具进行贸易结算",
        "law": "《中华人民共和国计量法》第九条第一款",
        "basis": "《中华人民共和国计量法实施细则》第四十三条",
    },
    {
        "dept": "自然资源局", "abbr": "示自然资罚",
        "fact": "未经批准擅自占用集体土地建设住宅",
        "law": "《中华人民共和国土地管理法》第四十四条",
        "basis": "《中华人民共和国土地管理法》第七十七条第一款",
    },
    {
        "dept": "交通运输局", "abbr": "示交罚",
        "fact": "未取得道路运输经营许可擅自从事道路旅客运输经营",
        "law": "《中华人民共和国道路运输条例》第十条",
        "basis": "《中华人民共和国道路运输条例》第六十三条",
    },
    {
        "dept": "林业局", "abbr": "示林罚",
        "fact": "未经批准擅自在林地内修建道路，改变林地用途",
        "law": "《中华人民共和国森林法》第三十七条",
        "basis": "《中华人民共和国森林法》第七十三条第一款",
    },
    {
        "dept": "卫生健康委员会", "abbr": "示卫医罚",
        "fact": "未取得《医疗机构执业许可证》擅自执业",
        "law": "《医疗机构管理条例》第十四条",
        "basis": "《医疗机构管理条例》第四十三条",
    },
    {
        "dept": "应急管理局", "abbr": "示应急罚",
        "fact": "未按规定对从业人员进行安全生产教育和培训",
        "law": "《中华人民共和国安全生产法》第二十八条第一款",
        "basis": "《中华人民共和国安全生产法》第九十七条第（三）项",
    },
    {
        "dept": "城市管理局", "abbr": "示城管罚",
        "fact": "在城市道路两侧擅自设置户外广告",
        "law": "《城市市容和环境卫生管理条例》第十一条",
        "basis": "《城市市容和环境卫生管理条例》第三十六条第（二）项",
    },
)
COMPANY_WORDS = ("恒达", "鑫源", "盛世", "金穗", "宏发", "绿源", "永兴", "福瑞", "佳美", "兴旺")
COMPANY_KINDS = ("商贸有限公司", "食品有限公司", "建材有限责任公司", "运输有限公司",
                 "农业开发有限公司", "药房有限公司", "超市有限公司")


# ---------------------------------------------------------------------------------------------
# site description


@dataclass
class _Column:
    key: str
    path: str  # relative to the site root, ends with "/"
    name: str
    kind: str  # policy | penalty | news | notice | subsidy
    share: float
    parent: str
    column_type: str


COLUMNS = (
    _Column("gzdt", "xwzx/gzdt/", "工作动态", "news", 0.33, "新闻中心", "动态"),
    _Column("zcwj", "zwgk/zcwj/", "政策文件", "policy", 0.25, "政务公开", "政策文件"),
    _Column("xzcf", "zwgk/xzcf/", "行政处罚", "penalty", 0.20, "政务公开", "信息公开"),
    _Column("tzgg", "zwgk/tzgg/", "通知公告", "notice", 0.12, "政务公开", "通知公告"),
    _Column("shjz", "zwgk/shjz/", "社会救助", "subsidy", 0.10, "政务公开", "信息公开"),
)
PER_LIST_PAGE = 20


@dataclass
class _Doc:
    """One article page, planned before any HTML is written so pages can link to each other."""

    column: _Column
    path: str
    title: str
    day: date
    number: int
    gbk: bool = False
    plan: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Ctx:
    rng: random.Random
    base_url: str
    site_name: str
    county: str
    domain: str
    lo: int
    hi: int
    as_of: date
    docs: list[_Doc]
    by_column: dict[str, list[_Doc]]
    counts: dict[str, int]
    ledger: list[dict[str, Any]] | None

    def plant(self, kind: str, doc_path: str, **detail: Any) -> None:
        """Count a planted item and remember where it is."""
        self.counts[kind] = self.counts.get(kind, 0) + 1
        if self.ledger is not None:
            self.ledger.append({"kind": kind, "path": doc_path,
                                "url": self.base_url + doc_path, **detail})


def _fill(rng: random.Random, template: str, ctx: _Ctx, day: date | None = None) -> str:
    d = day or ctx.as_of
    n = rng.randint(12, 480)
    values = {
        "town": rng.choice(TOWNS), "village": rng.choice(VILLAGES), "dept": rng.choice(DEPTS),
        "topic": rng.choice(TOPICS), "place": rng.choice(PLACES),
        "leader": _person(rng), "leader_title": rng.choice(LEADERS),
        "year": d.year, "n": n, "m": rng.randint(1, n), "pct": rng.randint(60, 100),
        "money": rng.randint(120, 98000) / 10, "d": f"{d.month}月{d.day}日",
        "mo": d.month, "day": min(d.day, 20), "day2": min(d.day, 20) + 7,
    }
    return template.format(**values)


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _rel(from_path: str, to_path: str) -> str:
    """Relative link from one mirror file to another, as CMS templates write them."""
    src = from_path.split("/")[:-1]
    dst = to_path.split("/")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    return "../" * (len(src) - common) + "/".join(dst[common:])


# ---------------------------------------------------------------------------------------------
# page furniture: head, navigation, scripts, footer, fillers

_JS_REDIRECT = """
function browserRedirect() {
    var sUserAgent = navigator.userAgent.toLowerCase();
    var bIsIpad = sUserAgent.match(/ipad/i) == "ipad";
    var bIsIphoneOs = sUserAgent.match(/iphone os/i) == "iphone os";
    var bIsAndroid = sUserAgent.match(/android/i) == "android";
    var bIsWM = sUserAgent.match(/windows mobile/i) == "windows mobile";
    if (bIsIpad || bIsIphoneOs || bIsAndroid || bIsWM) {
        var url = window.location.href;
        if (url.indexOf("/m/") < 0 && url.indexOf("nomobile") < 0) {
            window.location.href = url.replace("%s", "%sm/");
        }
    }
}
browserRedirect();
"""
_JS_HMT = """
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?%s";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
"""
_JS_PAGER = """
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
    if(_nPageCount == null || _nPageCount <= 1){ return; }
    var nCurrIndex = _nCurrIndex || 0;
    if(nCurrIndex == 0){
        document.write("<span class='current'>首页</span>&nbsp;");
    } else {
        document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a>&nbsp;");
        var prev = nCurrIndex - 1;
        var sPrev = prev == 0 ? _sPageName : _sPageName + "_" + prev;
        document.write("<a href=\\"" + sPrev + "." + _sPageExt + "\\">上一页</a>&nbsp;");
    }
    for(var i = 0; i < _nPageCount && i < 10; i++){
        var sName = i == 0 ? _sPageName : _sPageName + "_" + i;
        if(i == nCurrIndex){ document.write("<span>" + (i + 1) + "</span>&nbsp;"); }
        else {
            document.write("<a href=\\"" + sName + "." + _sPageExt + "\\">" + (i + 1)
                + "</a>&nbsp;");
        }
    }
    if(nCurrIndex < _nPageCount - 1){
        var sNext = _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt;
        var sLast = _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt;
        document.write("<a href=\\"" + sNext + "\\">下一页</a>&nbsp;");
        document.write("<a href=\\"" + sLast + "\\">尾页</a>");
    }
}
"""
_JS_ZOOM = """
function doZoom(size){
    var zoom = document.getElementById('zoom');
    if (!zoom) return;
    zoom.style.fontSize = size + 'px';
    var ps = zoom.getElementsByTagName('p');
    for (var i = 0; i < ps.length; i++) { ps[i].style.fontSize = size + 'px'; }
}
function doPrint(){
    var body = document.getElementById('zoom').innerHTML;
    var w = window.open('', '_blank');
    w.document.write('<html><head><meta charset="utf-8"><title>打印</title></head><body>'
        + body + '<\\/body><\\/html>');
    w.document.close(); w.print();
}
"""
_JS_MENU = """
$(function(){
    $(".nav > ul > li").hover(function(){
        $(this).addClass("on").siblings().removeClass("on");
        $(this).find(".subnav").stop(true, true).slideDown(200);
    }, function(){
        $(this).find(".subnav").stop(true, true).slideUp(100);
    });
    $(".tab-hd li").mouseover(function(){
        var idx = $(this).index();
        $(this).addClass("cur").siblings().removeClass("cur");
        $(this).parents(".tab").find(".tab-bd .item").eq(idx).show().siblings().hide();
    });
    $("#searchBtn").click(function(){
        var q = $.trim($("#searchWord").val());
        if (q == "" || q == "请输入关键字") { alert("请输入搜索关键字！"); return false; }
        window.open("http://search.%s/search?siteCode=%s&q=" + encodeURIComponent(q));
    });
    $(".elder-mode").click(function(){ $("body").toggleClass("elder"); return false; });
});
"""
_JS_TA = """
(function(){
    var _trs_ta = document.createElement("script");
    _trs_ta.id = "_trs_ta_js"; _trs_ta.async = true; _trs_ta.defer = true;
    _trs_ta.src = "//ta.trs.cn/c/js/ta.js?mpid=%d";
    document.getElementsByTagName("head")[0].appendChild(_trs_ta);
})();
"""
_JS_CONAC = (
    'document.write(unescape("%%3Cspan id=\'_ideConac\' %%3E%%3C/span%%3E%%3Cscript '
    "src='https://dcs.conac.cn/js/14/000/0000/%d/CA140000000%d0001.js' "
    "type='text/javascript'%%3E%%3C/script%%3E\"));"
)


def _script(code: str) -> str:
    return f'<script type="text/javascript">{code}</script>\n'


def _head(ctx: _Ctx, doc_path: str, title: str, gbk: bool, meta: dict[str, str]) -> str:
    root = _rel(doc_path, "index.html")[: -len("index.html")]
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        if gbk else '<meta charset="utf-8">'
    )
    metas = "".join(
        f'<meta name="{k}" content="{_esc(v)}">\n' for k, v in meta.items()
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f"{charset}\n"
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">\n'
        '<meta name="renderer" content="webkit">\n'
        f"{metas}"
        f"<title>{_esc(title)}</title>\n"
        f'<link href="{root}images/base.css" rel="stylesheet" type="text/css">\n'
        f'<link href="{root}images/style.css" rel="stylesheet" type="text/css">\n'
        f'<script type="text/javascript" src="{root}images/jquery-1.11.3.min.js"></script>\n'
        + _script(_JS_REDIRECT % (ctx.domain + "/", ctx.domain + "/"))
        + "</head>\n"
    )


def _top_and_nav(ctx: _Ctx, doc_path: str, compact: bool) -> str:
    rng = ctx.rng
    home = _rel(doc_path, "index.html")
    parts = [
        '<div class="topbar"><div class="w1200">',
        '<span class="fl">今天是：<script>var d=new Date();document.write(d.getFullYear()+"年"+'
        '(d.getMonth()+1)+"月"+d.getDate()+"日");</script></span>',
        '<span class="fr"><a href="javascript:void(0);" class="elder-mode">长者模式</a>｜'
        '<a href="javascript:void(0);" id="cniil_wza">无障碍浏览</a>｜'
        '<a href="javascript:void(0);" onclick="SetHome(this,window.location)">设为首页</a>｜'
        '<a href="javascript:void(0);" onclick="AddFavorite(document.title)">加入收藏</a></span>',
        "</div></div>\n",
        f'<div class="header"><div class="logo"><a href="{home}">'
        f'<img src="{home[: -len("index.html")]}images/logo.png" alt="{ctx.site_name}"></a></div>',
        '<div class="search"><form id="searchForm" onsubmit="return false;">'
        '<input type="text" id="searchWord" value="请输入关键字" '
        "onfocus=\"if(this.value=='请输入关键字')this.value='';\">"
        '<input type="button" id="searchBtn" value="搜索"></form></div></div>\n',
        '<div class="nav"><ul>\n',
        f'<li class="first"><a href="{home}">首页</a></li>\n',
    ]
    groups: dict[str, list[_Column]] = {}
    for col in COLUMNS:
        groups.setdefault(col.parent, []).append(col)
    for parent, cols in groups.items():
        first = _rel(doc_path, cols[0].path + "index.html")
        parts.append(f'<li><a href="{first}">{parent}</a><div class="subnav">')
        for col in cols:
            parts.append(f'<a href="{_rel(doc_path, col.path + "index.html")}">{col.name}</a>')
        if not compact:
            for name, url in (("政府信息公开指南", "http://xxgk.jiangxi.gov.cn/"),
                              ("依申请公开", "http://xxgk.jiangxi.gov.cn/ysqgk/"),
                              ("政府信息公开年报", "http://xxgk.jiangxi.gov.cn/ndbg/")):
                parts.append(f'<a href="{url}" target="_blank">{name}</a>')
        parts.append("</div></li>\n")
    externals = [
        ("政务服务", "http://www.jxzwfww.gov.cn/",
         ("个人办事", "法人办事", "便民服务", "办事指南")),
        ("互动交流", "http://www.jiangxi.gov.cn/hdjl/", ("县长信箱", "网上调查", "在线访谈")),
        ("专题专栏", "http://www.jiangxi.gov.cn/ztzl/", ("乡村振兴", "营商环境", "疫情防控",
                                                      "党史学习教育", "优化营商环境")),
    ]
    for name, url, subs in externals[: 1 if compact else 3]:
        parts.append(f'<li><a href="{url}" target="_blank">{name}</a><div class="subnav">')
        for i, sub in enumerate(subs):
            parts.append(f'<a href="{url}lm{i}/" target="_blank">{sub}</a>')
        parts.append("</div></li>\n")
    parts.append("</ul></div>\n")
    if not compact and rng.random() < 0.5:
        parts.append('<div class="notice-bar"><marquee scrollamount="3">'
                     f"欢迎访问{ctx.site_name}门户网站！</marquee></div>\n")
    return "".join(parts)


def _footer(ctx: _Ctx, doc_path: str, broken: bool) -> str:
    home = _rel(doc_path, "index.html")
    stray = "</div>\n" if broken else ""
    return (
        f'{stray}<div class="footer"><div class="w1200">\n'
        f'<p><a href="{home}">网站首页</a>｜<a href="javascript:void(0);">设为首页</a>｜'
        '<a href="javascript:void(0);">加入收藏</a></p>\n'
        "<p>主办单位：示例县人民政府办公室　承办单位：示例县融媒体中心</p>\n"
        "<p>地址：江西省宜春市示例县城关镇府前路1号　邮编：336099　"
        "联系电话：0795-8123456（工作日 8:30-17:30）</p>\n"
        '<p><a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备12001234号-1</a>　'
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=36099902000123" '
        'target="_blank"><img src="/images/gongan.png" alt="">赣公网安备 36099902000123号</a>　'
        f"网站标识码：{SITE_ID_CODE}</p>\n"
        '<div class="conac">' + _script(_JS_CONAC % (60429971, 60429971)) + "</div>\n"
        f'<div class="jiucuo"><script id="_jiucuo_" sitecode="{SITE_ID_CODE}" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div>\n'
        "</div></div>\n"
        + _script(_JS_HMT % f"{ctx.rng.getrandbits(128):032x}")
        + _script(_JS_TA % ctx.rng.randint(100, 999))
        + "</body>\n</html>\n"
    )


def _related(ctx: _Ctx, doc: _Doc | None, doc_path: str, n_items: int, heading: str) -> str:
    rng = ctx.rng
    pool = ctx.by_column[doc.column.key] if doc else ctx.docs
    items = []
    for _ in range(n_items):
        other = rng.choice(pool)
        items.append(
            f'<li><a href="{_rel(doc_path, other.path)}" target="_blank" '
            f'title="{_esc(other.title)}">{_esc(other.title)}</a>'
            f'<span class="date">{other.day:%Y-%m-%d}</span></li>\n'
        )
    return (f'<div class="related"><h3>{heading}</h3><ul class="list">\n'
            f'{"".join(items)}</ul></div>\n')


def _filler(ctx: _Ctx, doc_path: str, which: int) -> str:
    """One block of the bulk real pages carry: link directories, dropdowns, widget scripts."""
    rng = ctx.rng
    kind = which % 5
    if kind == 0:
        heads = ("信息公开目录", "政务公开专栏", "重点领域信息公开")
        cols = [c for c in COLUMNS if c.parent == "政务公开"]
        lines = [f'<div class="side-box"><h3>{rng.choice(heads)}</h3><ul class="tree">']
        for col in cols:
            lines.append(f'<li><a href="{_rel(doc_path, col.path + "index.html")}">{col.name}</a>'
                         "<ul>")
            for topic in rng.sample(TOPICS, 6):
                lines.append(f'<li><a href="http://xxgk.jiangxi.gov.cn/{col.key}/" '
                             f'target="_blank">{topic}</a></li>')
            lines.append("</ul></li>")
        lines.append("</ul></div>\n")
        return "\n".join(lines)
    if kind == 1:
        out = ['<div class="friend-links"><span>友情链接：</span>']
        for label, names in (("县直部门", DEPTS), ("乡镇网站", TOWNS)):
            out.append(f'<select onchange="if(this.value)window.open(this.value);">'
                       f'<option value="">——{label}——</option>')
            for name in names:
                out.append(f'<option value="http://www.example-county.gov.cn/{label}/'
                           f'{zlib.crc32(name.encode()) % 997}/">示例县{name}</option>')
            out.append("</select>")
        out.append("</div>\n")
        return "".join(out)
    if kind == 2:
        entries = ",\n".join(
            f'  {{"id": {rng.randint(10000, 99999)}, "t": "{rng.choice(TOPICS)}", '
            f'"img": "/images/banner/b{rng.randint(1, 40)}.jpg", '
            f'"link": "http://www.jiangxi.gov.cn/ztzl/{rng.randint(100, 999)}/"}}'
            for _ in range(rng.randint(12, 30))
        )
        return _script(
            "var _specialTopics = [\n" + entries + "\n];\n"
            "(function($){\n  var box = $('#ztzl'), i = 0;\n"
            "  $.each(_specialTopics, function(k, v){\n"
            "    box.append('<li><a target=\"_blank\" href=\"' + v.link + '\"><img src=\"' "
            "+ v.img + '\" alt=\"' + v.t + '\"></a></li>');\n  });\n"
            "  setInterval(function(){ i = (i + 1) % _specialTopics.length;\n"
            "    box.animate({marginLeft: -i * 280}, 400); }, 4000);\n})(jQuery);\n"
        )
    if kind == 3:
        parts = ['<div class="mobile-nav" style="display:none"><ul>']
        for col in COLUMNS:
            parts.append(f'<li><a href="{_rel(doc_path, col.path + "index.html")}">'
                         f"{col.parent}·{col.name}</a></li>")
        for topic in rng.sample(TOPICS, 10):
            parts.append(f'<li><a href="http://www.jiangxi.gov.cn/ztzl/">{topic}专题</a></li>')
        parts.append("</ul></div>\n")
        return "".join(parts)
    return _related(ctx, None, doc_path, rng.randint(10, 25), rng.choice(
        ("热点专题", "图片新闻", "政策解读", "热门信息")))


# ---------------------------------------------------------------------------------------------
# article bodies


def _paragraphs(texts: list[str], broken: bool, rng: random.Random) -> str:
    out = []
    for t in texts:
        close = "" if broken and rng.random() < 0.3 else "</p>"
        out.append(f'<p style="text-indent:2em;">{_esc(t)}{close}\n')
    return "".join(out)


def _news_body(ctx: _Ctx, doc: _Doc, broken: bool) -> str:
    rng = ctx.rng
    n = rng.randint(5, 10)
    texts = [_fill(rng, s, ctx, doc.day) for s in rng.sample(NEWS_SENTENCES, n)]
    if doc.plan.get("fullwidth"):
        texts[-1] = texts[-1].translate(_FULLWIDTH)
    return _paragraphs(texts, broken, rng)


def _policy_body(ctx: _Ctx, doc: _Doc, broken: bool) -> str:
    rng = ctx.rng
    out = [f'<p style="text-align:center;">{doc.plan["docno"]}</p>\n',
           "<p>各乡（镇）人民政府，县政府各部门，县直各单位：</p>\n",
           f'<p style="text-indent:2em;">《{doc.plan["topic"]}工作实施方案》已经县政府同意，'
           "现印发给你们，请结合实际，认真贯彻执行。</p>\n"]
    for heading in POLICY_HEADINGS:
        out.append(f"<p><strong>{heading}</strong></p>\n")
        texts = [_fill(rng, s, ctx, doc.day) for s in rng.sample(POLICY_SENTENCES, 3)]
        if heading.startswith("四"):
            texts = [h + t for h, t in zip(POLICY_SUBHEADS, texts, strict=False)]
        out.append(_paragraphs(texts, broken, rng))
    out.append(f'<p style="text-align:right;">示例县人民政府办公室<br>{_cn_date(doc.day)}</p>\n'
               "<p>（此件主动公开）</p>\n")
    return "".join(out)


def _notice_body(ctx: _Ctx, doc: _Doc, broken: bool) -> str:
    rng = ctx.rng
    texts = [_fill(rng, s, ctx, doc.day) for s in rng.sample(NOTICE_SENTENCES, 5)]
    texts.append(f"联系电话：0795-81{rng.randint(10000, 99999)}")
    return _paragraphs(texts, broken, rng) + (
        f'<p style="text-align:right;">示例县{rng.choice(DEPTS)}<br>{_cn_date(doc.day)}</p>\n')


def _address(rng: random.Random, town: str) -> str:
    """A detailed personal address below township level (personal data when unmasked)."""
    style = rng.randrange(3)
    if style == 0:
        return (f"江西省宜春市示例县{town}{rng.choice(VILLAGES)}"
                f"{GROUPS[rng.randrange(10)]}组{rng.randint(1, 60)}号")
    if style == 1:
        return (f"示例县{town}{rng.choice(STREETS)}{rng.randint(1, 200)}号"
                f"{rng.randint(1, 12)}栋{rng.randint(1, 4)}单元"
                f"{rng.randint(1, 18)}0{rng.randint(1, 4)}室")
    return (f"江西省示例县{town}{rng.choice(COMMUNITIES)}{rng.choice(STREETS)}"
            f"{rng.randint(1, 99)}号")


def _masked_address(rng: random.Random, town: str) -> str:
    return rng.choice((
        f"江西省示例县{town}****",
        f"示例县{town}（详细地址已隐去）",
        f"示例县{town}**村**组**号",
        f"江西省宜春市示例县{town}",  # stops at township level: not detailed
    ))


def _party_person(ctx: _Ctx, doc: _Doc) -> list[str]:
    """当事人 lines of a natural person; plants ID numbers and addresses as the plan says."""
    rng = ctx.rng
    plan = doc.plan
    name = _person(rng)
    sex = rng.choice("男女")
    town = rng.choice(TOWNS)
    id_mode = plan.get("id_mode", "masked")
    number = plan.get("id_value") or make_id_number(rng)
    born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    if id_mode == "plain":
        id_html = number[:-1] + ("x" if plan.get("lower_x") else number[-1])
    elif id_mode == "fullwidth":
        id_html = number.translate(_FULLWIDTH)
    elif id_mode == "spans":
        id_html = (f'<span class="s1">{number[:6]}</span><span class="s2">{number[6:14]}</span>'
                   f'<span class="s3">{number[14:]}</span>')
    else:
        id_html = _esc(plan.get("masked_value") or _masked_id_variants(rng))
    label = rng.choice(("身份证号码", "公民身份号码", "身份证号"))
    addr_mode = plan.get("addr_mode", "masked")
    addr_label = plan.get("addr_label") or rng.choice(("住址", "家庭住址", "住址", "现住址"))
    addr = plan.get("addr_value") if addr_mode == "plain" else _masked_address(rng, town)
    return [
        f"当事人：{name}",
        f"性别：{sex}　　出生日期：{_cn_date(born)}",
        f"{label}：\x00{id_html}\x00",  # \x00 marks raw HTML that must not be escaped
        f"{addr_label}：{addr}",
    ]


def _party_company(ctx: _Ctx, doc: _Doc) -> list[str]:
    rng = ctx.rng
    name = f"示例县{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_KINDS)}"
    code = doc.plan.get("uscc") or make_uscc(rng)
    return [
        f"当事人：{name}",
        f"统一社会信用代码：{code}",
        f"住所：江西省宜春市示例县{rng.choice(('工业园区', '城关镇', '龙泉镇'))}"
        f"{rng.choice(STREETS)}{rng.randint(1, 188)}号",
        f"法定代表人：{_person(rng)}",
    ]


def _party_business(ctx: _Ctx, doc: _Doc) -> list[str]:
    """个体工商户: a person, but the 经营场所 is public and the ID is masked."""
    rng = ctx.rng
    town = rng.choice(TOWNS)
    return [
        f"当事人：示例县{town}{_person(rng)[0]}记"
        f"{rng.choice(('副食店', '小吃店', '诊所', '农资店'))}",
        f"经营者：{_person(rng)}",
        f"身份证号码：{_esc(_masked_id_variants(rng))}",
        f"经营场所：示例县{town}{rng.choice(STREETS)}{rng.randint(1, 120)}号",
    ]


def _penalty_text(ctx: _Ctx, doc: _Doc, party: list[str]) -> list[str]:
    rng = ctx.rng
    case = doc.plan["case"]
    fine = rng.choice((2000, 3000, 5000, 8000, 10000, 20000, 50000))
    fine_txt = str(fine).translate(_FULLWIDTH) if doc.plan.get("fullwidth") else str(fine)
    seen = doc.day - timedelta(days=rng.randint(20, 90))
    return [
        f"示例县{case['dept']}",
        "行政处罚决定书",
        doc.plan["docno"],
        *party,
        f"{_cn_date(seen)}，本局执法人员依法对当事人进行检查，发现当事人涉嫌{case['fact']}。"
        f"经本局负责人批准，于同日立案调查。",
        f"经查，当事人{case['fact']}，违法事实清楚。上述事实，主要有以下证据证明："
        "1.现场检查笔录；2.询问调查笔录；3.现场照片；4.当事人提供的相关材料。",
        f"本局认为，当事人的上述行为违反了{case['law']}的规定。"
        f"{_cn_date(doc.day - timedelta(days=12))}，本局向当事人送达了《行政处罚告知书》，"
        "告知当事人拟作出行政处罚的事实、理由、依据及处罚内容，并告知其依法享有陈述、申辩和要求听证的权利。"
        "当事人在法定期限内未提出陈述、申辩，也未要求听证。",
        f"依据{case['basis']}的规定，本局决定对当事人作出如下行政处罚：罚款人民币{fine_txt}元。",
        "当事人应当自收到本行政处罚决定书之日起十五日内，持本决定书到示例县行政服务中心二楼"
        "指定银行缴纳罚款。到期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条"
        "第一款第（一）项的规定，每日按罚款数额的百分之三加处罚款。",
        "当事人如对本处罚决定不服，可以在收到本处罚决定书之日起六十日内向示例县人民政府申请行政复议；"
        "也可以在六个月内依法向示例县人民法院提起行政诉讼。",
        f"示例县{case['dept']}",
        _cn_date(doc.day),
    ]


def _penalty_body(ctx: _Ctx, doc: _Doc, broken: bool) -> str:
    party = doc.plan["party"]
    if party == "person":
        lines = _party_person(ctx, doc)
    elif party == "business":
        lines = _party_business(ctx, doc)
    else:
        lines = _party_company(ctx, doc)
    out = []
    for i, line in enumerate(_penalty_text(ctx, doc, lines)):
        if "\x00" in line:
            pre, raw, post = line.split("\x00")
            html = _esc(pre) + raw + _esc(post)
        else:
            html = _esc(line)
        style = ' style="text-align:center;"' if i < 3 else ' style="text-indent:2em;"'
        close = "" if broken and ctx.rng.random() < 0.2 and "\x00" not in line else "</p>"
        out.append(f"<p{style}>{html}{close}\n")
    return "".join(out)


def _docx_paragraphs(ctx: _Ctx, doc: _Doc) -> list[str]:
    """The signed decision as a Word file: its copy of the ID is the one left unmasked."""
    rng = ctx.rng
    number = doc.plan["docx_id"]
    lines = [
        f"当事人：{_person(rng)}",
        f"性别：{rng.choice('男女')}",
        f"公民身份号码：{number}",
        f"住址：示例县{rng.choice(TOWNS)}****",
    ]
    return _penalty_text(ctx, doc, lines)


def _subsidy_body(ctx: _Ctx, doc: _Doc, broken: bool) -> str:
    rng = ctx.rng
    town = rng.choice(TOWNS)
    rows = rng.randint(8, 16) if ctx.hi < 20000 else rng.randint(10, 36)
    plant_row = rng.randrange(rows) if doc.plan.get("id_mode") == "table" else -1
    intro = (
        "根据《社会救助暂行办法》《江西省最低生活保障办法》有关规定，经个人申请、乡镇审核、"
        f"县民政局审批，现将{town}{doc.day.year}年{doc.day.month}月新增最低生活保障对象名单予以公示。"
        "公示期为7天，如有异议，请向示例县民政局反映。监督电话：0795-8125678。"
    )
    out = [f'<p style="text-indent:2em;">{intro}</p>\n',
           '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;width:100%">\n<tbody>\n<tr>'
           "<td><p><strong>序号</strong></p></td><td><p><strong>乡镇</strong></p></td>"
           "<td><p><strong>户主姓名</strong></p></td><td><p><strong>身份证号</strong></p></td>"
           "<td><p><strong>住址</strong></p></td><td><p><strong>保障人口</strong></p></td>"
           "<td><p><strong>月保障金（元）</strong></p></td></tr>\n"]
    for r in range(rows):
        if r == plant_row:
            id_cell = doc.plan["id_value"]
        else:
            id_cell = _esc(_masked_id_variants(rng))
        end = "" if broken and rng.random() < 0.25 else "</td>"
        out.append(
            f"<tr><td>{r + 1}{end}<td>{town}{end}<td>{_person(rng)}{end}"
            f"<td>{id_cell}</td><td>{town}{rng.choice(VILLAGES)}{end}"
            f"<td>{rng.randint(1, 5)}{end}<td>{rng.choice((420, 560, 635, 710, 845))}</td></tr>\n"
        )
    out.append("</tbody>\n</table>\n"
               f'<p style="text-align:right;">示例县民政局<br>{_cn_date(doc.day)}</p>\n')
    return "".join(out)


def _attachments(ctx: _Ctx, doc: _Doc, root: Path) -> str:
    """Write the page's attachment files and return the 附件 block that links them."""
    rng = ctx.rng
    links = doc.plan.get("attachments", [])
    if not links:
        return ""
    items = []
    for att in links:
        items.append(f'<li><a href="{_esc(att["href"])}" target="_blank">{att["text"]}</a></li>')
        target = root / att["disk"]
        target.parent.mkdir(parents=True, exist_ok=True)
        ext = att["ext"]
        if ext == "pdf":
            data = minimal_pdf()
        elif ext == "docx":
            paras = (_docx_paragraphs(ctx, doc) if doc.column.kind == "penalty"
                     else [doc.title, *(_fill(rng, s, ctx, doc.day)
                                        for s in rng.sample(POLICY_SENTENCES, 4))])
            data = minimal_docx(paras)
        else:
            data = _ole_placeholder(rng)
        target.write_bytes(data)
    return ('<div class="attachments"><p><strong>附件：</strong></p><ul>\n'
            + "\n".join(items) + "\n</ul></div>\n")


# ---------------------------------------------------------------------------------------------
# pages


def _meta(ctx: _Ctx, doc: _Doc | None, column: _Column | None, title: str,
          with_column_type: bool = True, with_column_name: bool = True) -> dict[str, str]:
    meta = {"SiteName": ctx.site_name, "SiteDomain": ctx.domain, "SiteIDCode": SITE_ID_CODE}
    if column is not None:
        if with_column_name:
            meta["ColumnName"] = column.name
        if doc is None:
            meta["ColumnDescription"] = f"{ctx.site_name}{column.name}栏目"
            meta["ColumnKeywords"] = f"{ctx.county},{column.name},{column.parent}"
        if with_column_type:
            meta["ColumnType"] = column.column_type
    if doc is not None:
        meta["ArticleTitle"] = doc.title
        hour, minute = ctx.rng.randint(8, 18), ctx.rng.randint(0, 59)
        meta["PubDate"] = f"{doc.day:%Y-%m-%d} {hour:02d}:{minute:02d}"
        meta["ContentSource"] = doc.plan.get("source", "示例县人民政府办公室")
        meta["Keywords"] = doc.plan.get("keywords", "")
        meta["Description"] = ""
        meta["Url"] = ctx.base_url + doc.path
    return meta


def _assemble(ctx: _Ctx, path: str, gbk: bool, head: str, top: str, core: str,
              footer: str, related_n: int, doc: _Doc | None) -> bytes:
    """Join the parts and add filler blocks until the page reaches its drawn size."""
    rng = ctx.rng
    enc = "gbk" if gbk else "utf-8"
    target = rng.randint(ctx.lo, ctx.hi)

    def size(s: str) -> int:
        return len(s.encode(enc, "xmlcharrefreplace"))

    related = _related(ctx, doc, path, related_n, "相关信息") if related_n else ""
    fixed = size(head) + size(top) + size(core) + size(footer) + size(related)
    scripts = _script(_JS_MENU % (ctx.domain, SITE_ID_CODE))
    if target - fixed > 4000:
        scripts += _script(_JS_ZOOM)
    fixed += size(scripts)
    fillers: list[str] = []
    which = rng.randrange(5)
    misses = 0
    while fixed < target and len(fillers) < 200 and misses < 5:
        block = _filler(ctx, path, which)
        which += 1
        if fixed + size(block) > ctx.hi:
            misses += 1  # too big for what is left: try a smaller kind of block
            continue
        fillers.append(block)
        fixed += size(block)
    half = len(fillers) // 2
    html = (head + "<body>\n" + top + '<div class="main w1200">\n'
            + '<div class="side fl">' + "".join(fillers[:half]) + "</div>\n"
            + '<div class="content fr">\n' + core + related + "</div>\n</div>\n"
            + "".join(fillers[half:]) + scripts + footer)
    return html.encode(enc, "xmlcharrefreplace")


def _article_page(ctx: _Ctx, doc: _Doc, root: Path) -> bytes:
    rng = ctx.rng
    col = doc.column
    broken = doc.plan.get("broken", False)
    compact = ctx.hi < 20000
    meta = _meta(ctx, doc, col, doc.title,
                 with_column_type=doc.plan.get("column_type_meta", True),
                 with_column_name=doc.plan.get("column_name_meta", True))
    head = _head(ctx, doc.path, f"{doc.title}_{ctx.site_name}", doc.gbk, meta)
    top = _top_and_nav(ctx, doc.path, compact)
    home = _rel(doc.path, "index.html")
    listing = _rel(doc.path, col.path + "index.html")
    date_text = f"{doc.day:%Y-%m-%d}"
    if doc.plan.get("fullwidth"):
        date_text = date_text.translate(_FULLWIDTH)
    crumbs = (f'<div class="position">当前位置：<a href="{home}">首页</a> &gt; '
              f'<a href="{listing}">{col.parent}</a> &gt; '
              f'<a href="{listing}">{col.name}</a></div>\n')
    info = ""
    if col.parent == "政务公开":
        td_end = "" if broken else "</td>"
        info = (
            '<table class="xxgk-info" width="100%" border="0" cellspacing="0" cellpadding="0">\n'
            f"<tr><td class=\"label\">索引号：{td_end}<td>{doc.plan['index_no']}</td>"
            f"<td class=\"label\">主题分类：{td_end}"
            f"<td>{doc.plan.get('theme', '综合政务')}</td></tr>\n"
            f"<tr><td class=\"label\">发布机构：{td_end}<td>{doc.plan['source']}</td>"
            f"<td class=\"label\">发布日期：{td_end}<td>{date_text}</td></tr>\n"
            f"<tr><td class=\"label\">名　　称：</td>"
            f"<td colspan=\"3\">{_esc(doc.title)}</td></tr>\n"
            f"<tr><td class=\"label\">文　　号：</td><td>{doc.plan.get('docno', '')}</td>"
            f"<td class=\"label\">有 效 性：</td><td>有效</td></tr>\n</table>\n"
        )
    body = {
        "news": _news_body, "policy": _policy_body, "notice": _notice_body,
        "penalty": _penalty_body, "subsidy": _subsidy_body,
    }[col.kind](ctx, doc, broken)
    core = (
        crumbs + info
        + f'<div class="article"><h1>{_esc(doc.title)}</h1>\n'
        f'<div class="article-info">发布时间：{date_text} {rng.randint(8, 18):02d}:'
        f'{rng.randint(0, 59):02d}　来源：{doc.plan["source"]}　浏览次数：<span id="hits">'
        f'<script>document.write({rng.randint(30, 3000)});</script></span>　'
        '【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
        '<a href="javascript:doZoom(14)">小</a>】　<a href="javascript:doPrint();">【打印】</a>'
        "</div>\n"
        f'<div class="TRS_Editor" id="zoom">\n{body}</div>\n'
        + _attachments(ctx, doc, root)
        + "</div>\n"
    )
    footer = _footer(ctx, doc.path, broken and rng.random() < 0.5)
    related_n = rng.randint(10, 60) if not compact else rng.randint(10, 14)
    return _assemble(ctx, doc.path, doc.gbk, head, top, core, footer, related_n, doc)


def _list_page(
    ctx: _Ctx, col: _Column, page_no: int, n_pages: int, gbk: bool
) -> tuple[str, bytes]:
    name = "index.html" if page_no == 0 else f"index_{page_no}.html"
    path = col.path + name
    docs = sorted(ctx.by_column[col.key], key=lambda d: (d.day, d.number), reverse=True)
    chunk = docs[page_no * PER_LIST_PAGE:(page_no + 1) * PER_LIST_PAGE]
    meta = _meta(ctx, None, col, col.name)
    head = _head(ctx, path, f"{col.name}_{ctx.site_name}", gbk, meta)
    top = _top_and_nav(ctx, path, ctx.hi < 20000)
    items = "".join(
        f'<li><a href="{_rel(path, d.path)}" target="_blank" title="{_esc(d.title)}">'
        f'{_esc(d.title)}</a><span>{d.day:%Y-%m-%d}</span></li>\n' for d in chunk
    )
    core = (
        f'<div class="position">当前位置：<a href="{_rel(path, "index.html")}">首页</a> &gt; '
        f"{col.parent} &gt; {col.name}</div>\n"
        f'<div class="list-box"><h2>{col.name}</h2><ul class="list">\n{items}</ul>\n'
        '<div class="page">' + _script(
            f'createPageHTML({n_pages}, {page_no}, "index", "html");') + "</div></div>\n"
        + _script(_JS_PAGER)
    )
    footer = _footer(ctx, path, False)
    return path, _assemble(ctx, path, gbk, head, top, core, footer, 0, None)


def _home_page(ctx: _Ctx, gbk: bool) -> bytes:
    path = "index.html"
    meta = _meta(ctx, None, None, ctx.site_name)
    head = _head(ctx, path, ctx.site_name, gbk, meta)
    top = _top_and_nav(ctx, path, ctx.hi < 20000)
    blocks = []
    for col in COLUMNS:
        docs = sorted(ctx.by_column[col.key], key=lambda d: (d.day, d.number), reverse=True)[:8]
        items = "".join(
            f'<li><a href="{d.path}" target="_blank" title="{_esc(d.title)}">{_esc(d.title)}</a>'
            f"<span>{d.day:%m-%d}</span></li>\n" for d in docs
        )
        blocks.append(f'<div class="home-col"><h3><a href="{col.path}index.html">{col.name}</a>'
                      f'<a class="more" href="{col.path}index.html">更多&gt;&gt;</a></h3>'
                      f"<ul>\n{items}</ul></div>\n")
    core = '<div class="home">\n' + "".join(blocks) + "</div>\n"
    footer = _footer(ctx, path, False)
    return _assemble(ctx, path, gbk, head, top, core, footer, 0, None)


# ---------------------------------------------------------------------------------------------
# planning


def _plan_counts(n_pages: int) -> dict[str, int]:
    """Articles per column such that home + list pages + articles == n_pages exactly."""
    if n_pages < 1 + 2 * len(COLUMNS):
        raise ValueError(f"n_pages must be at least {1 + 2 * len(COLUMNS)}, got {n_pages}")
    articles = n_pages - 1 - len(COLUMNS)
    base = {c.key: max(1, int(articles * c.share * 0.95)) for c in COLUMNS if c.key != "gzdt"}
    for bump in (None, *base):
        counts = dict(base)
        if bump is not None:
            counts[bump] += 1
        rest = n_pages - 1 - sum(v + math.ceil(v / PER_LIST_PAGE) for v in counts.values())
        # the news column takes the rest: g articles need g + ceil(g / 20) pages
        guess = rest * PER_LIST_PAGE // (PER_LIST_PAGE + 1)
        for g in range(max(1, guess - 2), guess + 3):
            if g + math.ceil(g / PER_LIST_PAGE) == rest:
                return {"gzdt": g, **counts}
    raise ValueError(f"cannot lay out {n_pages} pages")  # pragma: no cover


def _plan_docs(ctx: _Ctx, counts: dict[str, int]) -> None:
    rng = ctx.rng
    number = 4512300 + rng.randint(0, 900)
    start = ctx.as_of - timedelta(days=700)
    for col in COLUMNS:
        n = counts[col.key]
        days = sorted(start + timedelta(days=rng.randint(0, 699)) for _ in range(n))
        if col.kind == "news" and days:
            days[-1] = ctx.as_of - timedelta(days=rng.randint(0, 3))
        docs = []
        for k, day in enumerate(days):
            number += rng.randint(1, 40)
            path = f"{col.path}{day:%Y%m}/t{day:%Y%m%d}_{number}.html"
            plan: dict[str, Any] = {"source": "示例县人民政府办公室"}
            title = _plan_title(ctx, col, day, plan, k)
            docs.append(_Doc(col, path, title, day, number, plan=plan))
        ctx.by_column[col.key] = docs
        ctx.docs.extend(docs)


def _plan_title(ctx: _Ctx, col: _Column, day: date, plan: dict[str, Any], k: int) -> str:
    rng = ctx.rng
    plan["index_no"] = f"0143{rng.randint(10000, 99999)}/{day.year}-{rng.randint(1, 999):05d}"
    if col.kind == "news":
        plan["source"] = rng.choice(
            ("示例县融媒体中心", f"县{rng.choice(DEPTS)}", "示例县人民政府办公室"))
        return _fill(rng, rng.choice(NEWS_TITLES), ctx, day)
    if col.kind == "policy":
        topic = rng.choice(TOPICS)
        plan["topic"] = f"示例县{topic}"
        plan["docno"] = f"示府办发〔{day.year}〕{rng.randint(1, 60)}号"
        plan["theme"] = rng.choice(("综合政务", "城乡建设", "农业、林业、水利", "安全生产监管"))
        return rng.choice(POLICY_TITLES).format(topic=topic, year=day.year)
    if col.kind == "penalty":
        case = rng.choice(PENALTY_CASES)
        plan["case"] = case
        plan["source"] = f"示例县{case['dept']}"
        plan["docno"] = f"{case['abbr']}〔{day.year}〕{rng.randint(1, 120)}号"
        plan["party"] = rng.choices(("person", "company", "business"), (6, 3, 1))[0]
        plan["theme"] = "行政执法"
        return f"示例县{case['dept']}行政处罚决定书（{plan['docno']}）"
    if col.kind == "subsidy":
        plan["source"] = "示例县民政局"
        plan["theme"] = "民政、扶贫、救灾"
        town = rng.choice(TOWNS)
        return rng.choice((
            f"{town}{day.year}年{day.month}月城乡最低生活保障对象名单公示",
            f"示例县{day.year}年{day.month}月新增低保对象名单公示",
            f"{town}{day.year}年临时救助对象名单公示",
        ))
    plan["source"] = f"示例县{rng.choice(DEPTS)}"
    return _fill(rng, rng.choice(NOTICE_TITLES), ctx, day)


def _plan_problems(ctx: _Ctx, with_problems: bool) -> None:
    """Decide which documents carry which planted problem or look-alike."""
    rng = ctx.rng
    by = ctx.by_column
    # privacy in penalty decisions ----------------------------------------------------------
    persons = [d for d in by["xzcf"] if d.plan["party"] == "person"]
    rng.shuffle(persons)
    modes: list[tuple[str, str]] = []  # (id_mode, addr_mode)
    if with_problems:
        modes = [("plain", "plain"), ("fullwidth", "masked"), ("spans", "plain"),
                 ("plain", "masked"), ("masked", "plain")]
        extra = max(0, len(persons) // 5 - len(modes))
        modes += [rng.choice((("plain", "plain"), ("plain", "masked"), ("masked", "plain")))
                  for _ in range(extra)]
    for i, doc in enumerate(persons):
        id_mode, addr_mode = modes[i] if i < len(modes) else ("masked", "masked")
        doc.plan["id_mode"] = id_mode
        doc.plan["addr_mode"] = addr_mode
        if id_mode != "masked":
            ending = "X" if i == 3 else None
            doc.plan["id_value"] = make_id_number(rng, ending=ending)
            doc.plan["lower_x"] = i == 3
            ctx.plant("privacy.id-number", doc.path, variant=id_mode,
                      value=doc.plan["id_value"], masked=mask_id(doc.plan["id_value"]))
        else:
            doc.plan["masked_value"] = _masked_id_variants(rng)
            ctx.plant("decoy:masked-id", doc.path, value=doc.plan["masked_value"])
        if addr_mode == "plain":
            doc.plan["addr_label"] = ("住址", "家庭住址", "现住址")[i % 3]
            doc.plan["addr_value"] = _address(rng, rng.choice(TOWNS))
            ctx.plant("privacy.address", doc.path, value=doc.plan["addr_value"],
                      label=doc.plan["addr_label"])
        else:
            ctx.plant("decoy:masked-address", doc.path)
    # the signed decision as .docx beside two masked pages
    masked_people = [d for d in persons if d.plan["id_mode"] == "masked"]
    for doc in masked_people[:2]:
        stem = f"P0{doc.day:%Y%m%d}{doc.number % 100000:05d}{rng.randint(100, 999)}"
        folder = doc.path.rsplit("/", 1)[0]
        doc.plan["attachments"] = [{
            "href": f"./{stem}.docx", "disk": f"{folder}/{stem}.docx", "ext": "docx",
            "text": f"{doc.title}.docx",
        }]
        if with_problems:
            doc.plan["docx_id"] = make_id_number(rng)
            ctx.plant("privacy.id-number", f"{folder}/{stem}.docx", variant="docx",
                      value=doc.plan["docx_id"], masked=mask_id(doc.plan["docx_id"]),
                      page=doc.path)
        else:
            doc.plan["docx_id"] = _masked_id_variants(rng)
    for doc in by["xzcf"]:
        if doc.plan["party"] == "company":
            ctx.plant("decoy:credit-code", doc.path)
            ctx.plant("decoy:company-domicile", doc.path)
        elif doc.plan["party"] == "business":
            ctx.plant("decoy:business-premises", doc.path)
    companies = [d for d in by["xzcf"] if d.plan["party"] == "company"]
    if companies:
        companies[0].plan["uscc"] = make_digit_uscc_lookalike(rng)
        ctx.plant("decoy:digit-credit-code", companies[0].path, value=companies[0].plan["uscc"])
    # subsidy table: one unmasked number in a cell ------------------------------------------
    if with_problems and by["shjz"]:
        doc = rng.choice(by["shjz"])
        doc.plan["id_mode"] = "table"
        doc.plan["id_value"] = make_id_number(rng, born_from=date(1940, 1, 1))
        ctx.plant("privacy.id-number", doc.path, variant="table", value=doc.plan["id_value"],
                  masked=mask_id(doc.plan["id_value"]))
    for doc in by["shjz"]:
        ctx.plant("decoy:masked-id-table", doc.path)
    # download formats in policy documents ---------------------------------------------------
    policies = list(by["zcwj"])
    rng.shuffle(policies)
    n_none = max(1, len(policies) // 20) if with_problems and len(policies) >= 3 else 0
    n_pdf = max(1, len(policies) // 10) if with_problems and len(policies) >= 3 else 0
    styles = ["direct", "filename", "textonly", "doc", "docx"]
    for i, doc in enumerate(policies):
        folder = doc.path.rsplit("/", 1)[0]
        stem = f"P0{doc.day:%Y%m%d}{doc.number % 100000:05d}{rng.randint(100, 999)}"
        pdf = {"href": f"./{stem}.pdf", "disk": f"{folder}/{stem}.pdf", "ext": "pdf",
               "text": f"{doc.title}.pdf"}
        if i < n_none:
            doc.plan["attachments"] = []
            ctx.plant("downloads.formats", doc.path, variant="none", missing=["pdf", "wps"])
            continue
        if i < n_none + n_pdf:
            doc.plan["attachments"] = [pdf]
            ctx.plant("downloads.formats", doc.path, variant="no-wps", missing=["wps"])
            continue
        style = styles[i % len(styles)]
        fid = rng.randint(10000, 99999)
        dl = "module/download/downfile.jsp"
        to_root = _rel(doc.path, "index.html")[: -len("index.html")]
        if style == "direct":
            atts = [pdf, {"href": f"./{stem}.wps", "disk": f"{folder}/{stem}.wps", "ext": "wps",
                          "text": f"{doc.title}.wps"}]
        elif style == "filename":
            atts = [
                {"href": f"/{dl}?classid=0&filename={stem}.pdf",
                 "disk": f"{dl}@classid=0&filename={stem}.pdf", "ext": "pdf", "text": "PDF版"},
                {"href": f"/{dl}?classid=0&filename={stem}.wps",
                 "disk": f"{dl}@classid=0&filename={stem}.wps", "ext": "wps", "text": "下载WPS版"},
            ]
        elif style == "textonly":
            atts = [
                {"href": f"{to_root}{dl}?classid=0&fileid={fid}",
                 "disk": f"{dl}@classid=0&fileid={fid}", "ext": "pdf", "text": "PDF版"},
                {"href": f"{to_root}{dl}?classid=0&fileid={fid + 1}",
                 "disk": f"{dl}@classid=0&fileid={fid + 1}", "ext": "wps", "text": "下载WPS版"},
            ]
        else:
            atts = [pdf, {"href": f"./{stem}.{style}", "disk": f"{folder}/{stem}.{style}",
                          "ext": style, "text": f"{doc.title}.{style}"}]
        doc.plan["attachments"] = atts
        ctx.plant("decoy:complete-downloads", doc.path, variant=style)
    for k, doc in enumerate(by["zcwj"]):
        # ColumnType meta on some policy pages only: the config's columns must supply the rest
        doc.plan["column_type_meta"] = k % 2 == 0
        doc.plan["column_name_meta"] = k % 4 != 1
    ctx.counts.setdefault("decoy:policy-list-pages", math.ceil(len(by["zcwj"]) / PER_LIST_PAGE))
    # presentation quirks: full-width digits and broken markup -------------------------------
    for doc in ctx.docs:
        doc.plan["fullwidth"] = doc.plan.get("fullwidth", False) or rng.random() < 0.08
        doc.plan["broken"] = rng.random() < 0.12
    for doc in persons:
        if doc.plan.get("id_mode") == "spans":
            doc.plan["broken"] = False  # keep the split number's paragraph well-formed


def _summarise(counts: dict[str, int], ledger: list[dict[str, Any]]) -> dict[str, int]:
    out = {k: 0 for k in ("privacy.id-number", "privacy.address", "downloads.formats")}
    out.update(counts)
    for entry in ledger:
        if "variant" in entry and not entry["kind"].startswith("decoy:"):
            key = f"{entry['kind']}:{entry['variant']}"
            out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


# ---------------------------------------------------------------------------------------------
# entry point


def generate_site(
    root: Path,
    n_pages: int,
    seed: int = 0,
    base_url: str = "http://www.example-county.gov.cn/",
    gbk_fraction: float = 0.1,
    with_problems: bool = True,
    *,
    page_kb: tuple[int, int] = (20, 80),
    as_of: date = AS_OF,
    site_name: str = "示例县人民政府",
    ledger: list[dict[str, Any]] | None = None,
) -> dict[str, int]:
    """Write a mirror of ``n_pages`` HTML pages under ``root`` and return planted counts.

    The counts are keyed by rule id (``privacy.id-number``, ``privacy.address``,
    ``downloads.formats``: what a correct run must report), by ``rule:variant`` for the
    breakdown, and by ``decoy:…`` for look-alikes a correct run must NOT report. Pass a list
    as ``ledger`` to receive one entry per planted item with its path and URL. Same arguments,
    same bytes.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    domain = base_url.split("//", 1)[-1].split("/", 1)[0]
    own_ledger: list[dict[str, Any]] = []
    ctx = _Ctx(rng=rng, base_url=base_url if base_url.endswith("/") else base_url + "/",
               site_name=site_name, county=site_name.replace("人民政府", ""), domain=domain,
               lo=page_kb[0] * 1024, hi=page_kb[1] * 1024, as_of=as_of, docs=[], by_column={},
               counts={}, ledger=own_ledger)
    counts = _plan_counts(n_pages)
    _plan_docs(ctx, counts)
    _plan_problems(ctx, with_problems)

    # which pages are GBK: a fixed share, and the first plain-ID decision among them
    list_pages = [(c, i, math.ceil(len(ctx.by_column[c.key]) / PER_LIST_PAGE))
                  for c in COLUMNS for i in range(math.ceil(len(ctx.by_column[c.key])
                                                            / PER_LIST_PAGE))]
    n_total = 1 + len(list_pages) + len(ctx.docs)
    n_gbk = round(gbk_fraction * n_total)
    slots = list(range(n_total))
    rng.shuffle(slots)
    gbk_slots = set(slots[:n_gbk])
    first_plain = next((i for i, d in enumerate(ctx.docs) if d.plan.get("id_mode") == "plain"),
                       None)
    if first_plain is not None and n_gbk and (first_plain + 1) not in gbk_slots:
        gbk_slots.discard(max(gbk_slots))
        gbk_slots.add(first_plain + 1)
    for i, doc in enumerate(ctx.docs):
        doc.gbk = (i + 1) in gbk_slots
    for entry in own_ledger:
        page = next((d for d in ctx.docs if d.path == entry.get("page", entry["path"])), None)
        if page is not None and entry.get("variant") != "docx":
            entry["encoding"] = "gbk" if page.gbk else "utf-8"

    written = 0
    (root / "index.html").write_bytes(_home_page(ctx, 0 in gbk_slots))
    written += 1
    for j, (col, page_no, n_list) in enumerate(list_pages):
        path, data = _list_page(ctx, col, page_no, n_list, (1 + len(ctx.docs) + j) in gbk_slots)
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written += 1
    for doc in ctx.docs:
        target = root / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_article_page(ctx, doc, root))
        written += 1
    assert written == n_pages, (written, n_pages)
    if ledger is not None:
        ledger.extend(own_ledger)
    return _summarise(ctx.counts, own_ledger)


#: The template's static files every page refers to, as ``wget --page-requisites`` saves them.
ASSETS = {
    "images/base.css": b"body{margin:0;font:14px/1.8 SimSun,serif}\n",
    "images/style.css": b".top{height:120px}.footer{text-align:center}\n",
    "images/jquery-1.11.3.min.js": b"/*! jQuery v1.11.3 (stub) */\n",
    "images/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x90\x00\x00\x00P",
    "images/gongan.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x14\x00\x00\x00\x14",
}


def write_assets(root: Path) -> None:
    """Write the stylesheets, script and images the page template refers to."""
    for rel, data in ASSETS.items():
        path = Path(root) / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


#: The broken links :func:`plant_broken_links` writes, in turn: how the link is written
#: (``{i}`` numbers it), its text, and the target as a browser resolves it (``{page}`` is
#: the page's folder URL, ``{base}`` the site's).
BROKEN_LINKS = (
    ("page", '<a href="t20220101_9{i}.html">相关阅读：示例县召开第{i}次工作会议</a>',
     "{page}t20220101_9{i}.html"),
    ("attachment", '<a href="P0202201{i}_实施细则.pdf">附件：实施细则</a>',
     "{page}P0202201{i}_实施细则.pdf"),
    ("image", '<img src="/images/pic/缺图{i}.jpg" alt="现场图片">',
     "{base}images/pic/缺图{i}.jpg"),
    ("escaped", '<a href="%E9%99%84%E4%BB%B6{i}.doc">下载附件</a>',
     "{page}附件{i}.doc"),
    ("folder", '<a href="/ztzl/zt{i}/">专题专栏</a>', "{base}ztzl/zt{i}/"),
    ("absolute", '<a href="{base}xwzx/tpxw/t20211231_{i}.html">图片新闻</a>',
     "{base}xwzx/tpxw/t20211231_{i}.html"),
    ("script", '<script src="../js/stat{i}.js"></script>', "{parent}js/stat{i}.js"),
)


def plant_broken_links(root: Path, base_url: str, n: int, seed: int = 0
                       ) -> list[dict[str, Any]]:
    """Add ``n`` broken links to ``n`` article pages of a generated mirror (one each, the
    kinds of :data:`BROKEN_LINKS` in turn, written in the page's own encoding), and return
    one ledger entry per link: its page, target (as a browser resolves it) and text. A
    folder link gets a folder with a picture in it and no index page."""
    root = Path(root)
    base = base_url if base_url.endswith("/") else base_url + "/"
    pages = sorted(str(p.relative_to(root)).replace("\\", "/") for p in root.rglob("t*.html"))
    rng = random.Random(seed)
    chosen = sorted(rng.sample(pages, min(n, len(pages))))
    ledger = []
    for i, rel in enumerate(chosen):
        kind, html, target = BROKEN_LINKS[i % len(BROKEN_LINKS)]
        path = root / rel
        data = path.read_bytes()
        gbk = b"charset=gb2312" in data[:4096]
        folder = base + rel.rsplit("/", 1)[0] + "/"
        parent = folder.rstrip("/").rsplit("/", 1)[0] + "/"
        link = html.format(i=i, base=base)
        cut = data.rfind(b"</body>")
        cut = len(data) if cut < 0 else cut
        path.write_bytes(data[:cut] + link.encode("gbk" if gbk else "utf-8") + data[cut:])
        if kind == "folder":
            banner = root / "ztzl" / f"zt{i}" / "banner.png"
            banner.parent.mkdir(parents=True, exist_ok=True)
            banner.write_bytes(ASSETS["images/logo.png"])
        text = link.split(">", 1)[1].split("<", 1)[0] if kind not in ("image", "script") else ""
        ledger.append({"kind": "links.broken", "variant": kind, "path": rel,
                       "url": base + rel, "encoding": "gbk" if gbk else "utf-8",
                       "target": target.format(i=i, base=base, page=folder, parent=parent),
                       "text": text})
    return ledger


if __name__ == "__main__":  # pragma: no cover - manual use
    import argparse
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--clean", action="store_true", help="plant no problems")
    args = parser.parse_args()
    print(json.dumps(generate_site(args.root, args.pages, args.seed,
                                   with_problems=not args.clean), ensure_ascii=False, indent=1))
