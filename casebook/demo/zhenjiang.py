"""The reference data of the demo register: Zhenjiang's people's congress, 2021–2023.

Names come from the seed documents in ``shared/seeds`` where they exist; each constant says where
(file prefix and line, e.g. ``000:463`` is line 463 of ``000_fb68cdb816e25c23.txt``, the 2022 work
report of the standing committee in 《民主法治建设》2023年第1期). What the seeds do not give
(most deputies, the co-signers of the courier suggestion, which leader supervises which case) is
invented and marked so. The demo only *uses* these names; nothing here claims a real person did
what the demo records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.domain.session_names import interim_period_name

# ── Sessions ────────────────────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class SessionSpec:
    name: str
    year: int
    kind: SessionKind
    term: int | None
    meeting_number: int | None
    starts_on: date
    ends_on: date


# 004:5 the 2020 meeting was 市第八届人民代表大会第四次会议 (10 Jan 2020), so 2021's was the fifth of the
# eighth term (inferred; its dates are assumed). 000:1132 / 001:443 name 市九届人大一次会议 (2022, dates
# assumed). 000:22, 000:26, 000:1258: 市九届人大二次会议 opened 6 Jan 2023 and closed 8 Jan 2023.
MEETING_2021 = SessionSpec("市八届人大五次会议", 2021, SessionKind.MEETING, 8, 5, date(2021, 1, 7), date(2021, 1, 9))
MEETING_2022 = SessionSpec("市九届人大一次会议", 2022, SessionKind.MEETING, 9, 1, date(2022, 1, 6), date(2022, 1, 9))
MEETING_2023 = SessionSpec("市九届人大二次会议", 2023, SessionKind.MEETING, 9, 2, date(2023, 1, 6), date(2023, 1, 8))
# 闭会期间: suggestions between meetings (domain.md); one interim "session" per year.
INTERIM_2021 = SessionSpec(
    interim_period_name(2021), 2021, SessionKind.INTERIM, 8, None, date(2021, 1, 10), date(2021, 12, 31)
)
INTERIM_2022 = SessionSpec(
    interim_period_name(2022), 2022, SessionKind.INTERIM, 9, None, date(2022, 1, 10), date(2022, 12, 31)
)
INTERIM_2023 = SessionSpec(
    interim_period_name(2023), 2023, SessionKind.INTERIM, 9, None, date(2023, 1, 9), date(2023, 12, 31)
)
SESSIONS = (MEETING_2021, INTERIM_2021, MEETING_2022, INTERIM_2022, MEETING_2023, INTERIM_2023)

# ── Delegations and deputy groups ───────────────────────────────────────────────────────────────

# 000:120–150 (table of contents) and 000:721–947: the seven delegations of 市九届人大二次会议.
DELEGATIONS = ("丹阳", "句容", "扬中", "丹徒", "京口", "润州", "镇江新区")

# Deputy groups are named 「<area><n>组」: 京口三组 (001:479), 润州三组 (001:778), 润州一组 (001:808),
# 句容三组 (001:1112). The others follow the same pattern (invented).
GROUP_NUMERALS = ("一", "二", "三", "四")
GROUPS_PER_DELEGATION = {"丹阳": 4, "句容": 3, "扬中": 2, "丹徒": 3, "京口": 4, "润州": 4, "镇江新区": 3}
DEPUTIES_PER_DELEGATION = {"丹阳": 27, "句容": 21, "扬中": 15, "丹徒": 17, "京口": 26, "润州": 25, "镇江新区": 19}


def group_name(delegation: str, number: int) -> str:
    return f"{delegation}{GROUP_NUMERALS[number - 1]}组"


@dataclass(frozen=True)
class DeputySpec:
    name: str
    delegation: str
    group: int  # 1-based number of the deputy group within the delegation
    position: str | None = None


# Deputies named in the seeds. Their delegation is from the seed where it says (京口代表团 000:893–919);
# 魏敏's, 沈春雷's and 凌建锋's are assumed.
NAMED_DEPUTIES = (
    DeputySpec("魏敏", "京口", 1),  # 000:1132, lead deputy of the courier-safety suggestion
    DeputySpec("沈春雷", "句容", 2, "党的二十大代表"),  # 000:1072, motion on rural land reform (2023)
    DeputySpec("凌建锋", "润州", 2),  # 000:1076, suggestion on a tourism resources platform (2023)
    DeputySpec("肖云峰", "京口", 2),  # 000:897
    DeputySpec("郜益农", "京口", 2),  # 000:899
    DeputySpec("庞迅", "京口", 3),  # 000:903
    DeputySpec("戎霞", "京口", 3),  # 000:905
    DeputySpec("李静凯", "京口", 4),  # 000:911
    DeputySpec("孙遗霞", "京口", 4),  # 000:913
    DeputySpec("刘飞", "京口", 1),  # 000:917
    DeputySpec("贺军", "京口", 2),  # 000:919
    DeputySpec("陶静", "京口", 3, "京口三组组长"),  # 001:479
    DeputySpec("钱进", "润州", 3, "润州三组党支部书记"),  # 001:778
)

# 000:1132: 「魏敏等10名代表提出的“关于加强对快递和外卖服务企业安全管理的建议”」. The seeds name only the
# lead deputy; the nine co-signers (in signing order) are invented.
COURIER_LEAD = "魏敏"
COURIER_COSIGNERS = ("周立群", "沈晓燕", "陈建华", "王海涛", "朱丽萍", "杨志刚", "吴红梅", "蒋文斌", "顾小燕")
COURIER_DELEGATION = "京口"

# Invented names for the remaining deputies are drawn from these (common surnames of southern Jiangsu).
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁"
    "魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭邹金陆孔崔康毛邱秦江史顾侯邵孟段钱汤尹常武乔殷华严包"
)
GIVEN_NAME_CHARACTERS = (
    "建国华明红军伟芳敏静丽强磊洋艳勇涛斌杰娟霞平刚桂英文辉超秀兰玉梅鹏飞宇晨欣怡浩然子涵佳琪俊"
    "志峰亮春燕海波晓东小雪林涛冬梅荣新立群凤琴晶慧颖瑞翔清源卫东红霞国庆爱民振兴宏伟玲"
)
POSITIONS = (
    "企业负责人",
    "社区党委书记",
    "村党总支书记",
    "中学教师",
    "医院医生",
    "农民专业合作社理事长",
    "律师事务所律师",
    "街道办事处主任",
    "镇党委书记",
    "科技企业研发人员",
    "个体工商户",
    "高校教师",
)

# ── Handling units ──────────────────────────────────────────────────────────────────────────────

# Named in the seeds: 市发改委, 市人社局, 交通运输局, 商务局, 市场监管局, 邮政管理局 (000:1152–1154),
# 市公安局 (000:1140), 总工会 (000:1154), 市中级人民法院 (000:26, 000:587), 市人民检察院 (000:26, 000:695).
# The other departments are the usual municipal ones (not named in the seeds).
UNITS: tuple[tuple[str, UnitKind], ...] = (
    ("市发改委", UnitKind.GOVERNMENT),
    ("市工信局", UnitKind.GOVERNMENT),
    ("市教育局", UnitKind.GOVERNMENT),
    ("市科技局", UnitKind.GOVERNMENT),
    ("市公安局", UnitKind.GOVERNMENT),
    ("市民政局", UnitKind.GOVERNMENT),
    ("市司法局", UnitKind.GOVERNMENT),
    ("市财政局", UnitKind.GOVERNMENT),
    ("市人社局", UnitKind.GOVERNMENT),
    ("市自然资源和规划局", UnitKind.GOVERNMENT),
    ("市生态环境局", UnitKind.GOVERNMENT),
    ("市住建局", UnitKind.GOVERNMENT),
    ("市城管局", UnitKind.GOVERNMENT),
    ("市交通运输局", UnitKind.GOVERNMENT),
    ("市水利局", UnitKind.GOVERNMENT),
    ("市农业农村局", UnitKind.GOVERNMENT),
    ("市商务局", UnitKind.GOVERNMENT),
    ("市文广旅局", UnitKind.GOVERNMENT),
    ("市卫健委", UnitKind.GOVERNMENT),
    ("市退役军人局", UnitKind.GOVERNMENT),
    ("市应急管理局", UnitKind.GOVERNMENT),
    ("市市场监管局", UnitKind.GOVERNMENT),
    ("市医保局", UnitKind.GOVERNMENT),
    ("市政务办", UnitKind.GOVERNMENT),
    ("市体育局", UnitKind.GOVERNMENT),
    ("市邮政管理局", UnitKind.GOVERNMENT),
    ("市住房公积金管理中心", UnitKind.OTHER),
    ("市总工会", UnitKind.OTHER),
    ("国网镇江供电公司", UnitKind.OTHER),
    ("市消防救援支队", UnitKind.OTHER),
    ("市中级人民法院", UnitKind.COURT),
    ("市人民检察院", UnitKind.PROCURATORATE),
)
COURT = "市中级人民法院"
PROCURATORATE = "市人民检察院"

# ── Special committees and leaders ──────────────────────────────────────────────────────────────

# 财政经济委员会 and 社会建设委员会 (001:577; 市人大财经委 001:1050, 社会委 000:158); 环资城建委 (000:182,
# full name assumed); 监察司法工委 (001:104); 人代联委 (000:176, 000:463: 「人代联委抓总兜底」, full name
# assumed); 预算工作委员会 and 法制工作委员会 (001:579). 教科文卫委 and 农业与农村委员会 are assumed.
FINANCE = "财政经济委员会"
SOCIAL = "社会建设委员会"
ENVIRONMENT = "环境资源城乡建设委员会"
EDUCATION = "教育科学文化卫生委员会"
AGRICULTURE = "农业与农村委员会"
JUDICIAL = "监察和司法工作委员会"
DEPUTY_AFFAIRS = "代表联络委员会"
COMMITTEES = (
    FINANCE,
    SOCIAL,
    ENVIRONMENT,
    EDUCATION,
    AGRICULTURE,
    JUDICIAL,
    DEPUTY_AFFAIRS,
    "预算工作委员会",
    "法制工作委员会",
)

# 000:425 主任李健; 000:1226–1250 and 001:1046–1066: 副主任胡宗元 (党组副书记, 001:1060), 岳卫平, 张红娣,
# 卜晓放, 戴非平; 秘书长胡赦成 (000:1226; spelled 胡敷成 in 001:1058).
CONGRESS_LEADERS: tuple[tuple[str, str], ...] = (
    ("李健", "市人大常委会主任"),
    ("胡宗元", "市人大常委会副主任"),
    ("岳卫平", "市人大常委会副主任"),
    ("张红娣", "市人大常委会副主任"),
    ("卜晓放", "市人大常委会副主任"),
    ("戴非平", "市人大常委会副主任"),
    ("胡赦成", "市人大常委会秘书长"),
)
# 000:22 市长徐曙海; 000:1248 市委常委、副市长周凯; 000:1250 副市长徐申锋.
GOVERNMENT_LEADERS: tuple[tuple[str, str], ...] = (
    ("徐曙海", "市长"),
    ("周凯", "市委常委、副市长"),
    ("徐申锋", "副市长"),
)
LEADER_KINDS = {name: LeaderKind.CONGRESS for name, _ in CONGRESS_LEADERS} | {
    name: LeaderKind.GOVERNMENT for name, _ in GOVERNMENT_LEADERS
}

# ── Categories: each with the committee that supervises it (分类督办) and its usual lead units ─────


@dataclass(frozen=True)
class CategorySpec:
    name: str
    committee: str
    units: tuple[str, ...]


CATEGORIES = (
    CategorySpec("经济发展", FINANCE, ("市发改委", "市工信局", "市商务局", "市财政局", "市市场监管局", "市政务办")),
    CategorySpec("城乡建设", ENVIRONMENT, ("市住建局", "市自然资源和规划局", "市城管局", "市住房公积金管理中心")),
    CategorySpec("交通运输", ENVIRONMENT, ("市交通运输局", "市公安局", "市自然资源和规划局")),
    CategorySpec("生态环境", ENVIRONMENT, ("市生态环境局", "市水利局", "市城管局")),
    CategorySpec("农业农村", AGRICULTURE, ("市农业农村局", "市水利局", "市自然资源和规划局")),
    CategorySpec(
        "社会事业",
        SOCIAL,
        ("市民政局", "市人社局", "市退役军人局", "市医保局", "市总工会", "市文广旅局", "市体育局"),
    ),
    CategorySpec("教育科技", EDUCATION, ("市教育局", "市科技局")),
    CategorySpec("医疗卫生", EDUCATION, ("市卫健委", "市医保局")),
    CategorySpec("政法", JUDICIAL, ("市公安局", "市司法局", "市应急管理局", "市消防救援支队")),
    CategorySpec("其他", DEPUTY_AFFAIRS, ("市邮政管理局", "国网镇江供电公司", "市政务办", "市应急管理局")),
)
CATEGORY_BY_NAME = {c.name: c for c in CATEGORIES}

# ── The cases the seeds name ────────────────────────────────────────────────────────────────────

# 000:463: the motion of 2022 and the five important suggestions designated by the presidium
# (大会主席团, 000:1134). Units follow 000:1152 for the courier suggestion; the rest, and which leader
# and committee supervise which suggestion, are assumed (戴非平 and 财经委 on the digital economy:
# 001:1050–1054; 胡宗元 and 环资城建委: 001:1064).
COMMON_PROSPERITY_MOTION = "聚焦共同富裕，持续增进民生福祉"
KEY_DESIGNATED_BY = "大会主席团"


@dataclass(frozen=True)
class KeySuggestionSpec:
    title: str
    category: str
    lead_unit: str
    assisting_units: tuple[str, ...]
    supervising_leader: str
    committee: str
    leading_leader: str | None


DIGITAL_ECONOMY = KeySuggestionSpec(
    "关于深度推进数字经济发展的建议", "经济发展", "市工信局", ("市发改委", "市科技局"), "戴非平", FINANCE, "周凯"
)
COURIER_SAFETY = KeySuggestionSpec(
    # 000:1132 gives the title with 「对」.
    "关于加强对快递和外卖服务企业安全管理的建议",
    "社会事业",
    "市邮政管理局",
    ("市人社局", "市交通运输局", "市市场监管局"),
    "岳卫平",
    SOCIAL,
    "徐申锋",
)
MAOSHAN_TRAIL = KeySuggestionSpec(
    "关于规划建设茅山福道的建议",
    "城乡建设",
    "市自然资源和规划局",
    ("市文广旅局", "市交通运输局"),
    "胡宗元",
    ENVIRONMENT,
    None,
)
CITY_PARKING = KeySuggestionSpec(
    "关于有效缓解主城区停车难的建议",
    "交通运输",
    "市公安局",
    ("市住建局", "市自然资源和规划局", "市城管局"),
    "卜晓放",
    ENVIRONMENT,
    "徐申锋",
)
TOURISM = KeySuggestionSpec(
    "关于构建“宜游镇江”旅游大格局的建议",
    "经济发展",
    "市文广旅局",
    ("市交通运输局", "市商务局"),
    "张红娣",
    EDUCATION,
    None,
)
KEY_SUGGESTIONS_2022 = (DIGITAL_ECONOMY, COURIER_SAFETY, MAOSHAN_TRAIL, CITY_PARKING, TOURISM)

# 000:1072 and 000:1076: two cases of 市九届人大二次会议 (2023) the seeds name with their deputies.
RURAL_LAND_MOTION = "关于推进乡村振兴中的土地制度改革的议案"  # 沈春雷
TOURISM_PLATFORM = "关于整合旅游资源建立统一的镇江旅游资源平台的建议"  # 凌建锋

# 000:587: the court handled 11 deputies' suggestions in 2022; 000:695: the procuratorate's 9 items
# (suggestions and proposals) were all closed.
COURT_SUGGESTIONS_2022 = 11
PROCURATORATE_ITEMS_2022 = 9
