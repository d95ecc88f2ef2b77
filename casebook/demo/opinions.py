"""The demo's 群众意见: six stations of 句容, 京口 and 润州 (联络总站 of a town or street, a village's
联络站, 人大代表之家 and a 代表小组, in the seeds' style: 「句容市人大代表在各镇（街道、园区）人大代表联络
总站…镇人大代表在各村的人大代表联络站」, 001:768) and a few dozen opinions a year for 2022 and 2023,
gathered mostly on the voters' reception days (「五级人大代表统一接待选民日」, 000:465), passed on,
answered, fed back and closed as such opinions are. 2023 stands as the demo's 2023 does, on
:data:`~casebook.demo.plans.DEMO_AS_OF`. The same every run (a seeded random source)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from casebook.demo.plans import DEMO_AS_OF
from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.opinions import StationKind
from casebook.domain.roles import Permission
from casebook.services.admin.stations import add_station
from casebook.services.queries.pickers import PickerKind, choices
from casebook.services.steps.opinions import (
    FeedbackDraft,
    OpinionDraft,
    close_opinion,
    pass_on,
    record_answer,
    record_feedback,
    register_opinion,
)
from casebook.store.database import Database

SEED = 20220520  # a voters' reception day
OPINIONS_PER_YEAR = {2022: 42, 2023: 30}
RECEPTION_DAYS = {2022: (date(2022, 5, 20), date(2022, 11, 18)), 2023: (date(2023, 5, 19),)}


@dataclass(frozen=True)
class StationSpec:
    name: str
    kind: StationKind
    area: str
    delegation: str  # its deputies come from this delegation


STATIONS = (
    StationSpec("句容市华阳街道人大代表联络总站", StationKind.LIAISON_STATION, "句容市华阳街道", "句容"),
    StationSpec("句容市宝华镇人大代表联络总站", StationKind.LIAISON_STATION, "句容市宝华镇", "句容"),
    StationSpec("句容市茅山镇丁庄村人大代表联络站", StationKind.LIAISON_STATION, "句容市茅山镇", "句容"),
    StationSpec("京口区大市口街道人大代表之家", StationKind.DEPUTIES_HOME, "京口区大市口街道", "京口"),
    StationSpec("润州区宝塔路街道人大代表之家", StationKind.DEPUTIES_HOME, "润州区宝塔路街道", "润州"),
    StationSpec("京口三组", StationKind.DEPUTY_GROUP, "京口区", "京口"),
)

# (summary, what the voter said, category, the unit it goes to, the unit's answer)
TOPICS = (
    (
        "维修村道路灯",
        "村道路灯损坏多处，夜间出行不便，希望尽快维修。",
        "城乡建设",
        "市城管局",
        "已安排维修，路灯全部恢复照明。",
    ),
    (
        "老旧小区加装电梯",
        "老旧小区老人多，上下楼困难，希望加快加装电梯。",
        "城乡建设",
        "市住建局",
        "已纳入年度加装电梯计划，正在征求住户意见。",
    ),
    (
        "增设公交站台",
        "新建小区附近没有公交站台，居民出行要走很远。",
        "交通运输",
        "市交通运输局",
        "已协调公交公司调整线路，增设站台一处。",
    ),
    (
        "学校门口交通拥堵",
        "上下学时段学校门口车辆拥堵，存在安全隐患。",
        "交通运输",
        "市公安局",
        "已在上下学时段增派警力疏导交通。",
    ),
    (
        "农田灌溉渠堵塞",
        "村里灌溉渠年久失修，部分堵塞，影响农田灌溉。",
        "农业农村",
        "市水利局",
        "已完成清淤疏浚，灌溉恢复正常。",
    ),
    (
        "农村生活污水处理",
        "部分自然村生活污水直排，影响河塘水质。",
        "生态环境",
        "市生态环境局",
        "已列入农村生活污水治理项目，年内完工。",
    ),
    (
        "菜市场周边停车难",
        "菜市场周边停车位不足，早市时段乱停乱放。",
        "城乡建设",
        "市城管局",
        "已施划临时停车泊位，加强早市时段管理。",
    ),
    (
        "社区卫生服务中心就诊",
        "社区卫生服务中心专家门诊少，看病要跑大医院。",
        "医疗卫生",
        "市卫健委",
        "已安排市级医院专家定期下沉坐诊。",
    ),
    (
        "居家养老服务",
        "独居老人多，希望增加助餐、上门照护等服务。",
        "其他",
        "市民政局",
        "已新建社区助餐点两处，上门服务覆盖独居老人。",
    ),
    (
        "电动自行车充电",
        "小区缺少电动自行车集中充电设施，楼道充电有隐患。",
        "城乡建设",
        "市消防救援支队",
        "已会同物业建成集中充电车棚。",
    ),
    (
        "快递外卖车辆管理",
        "快递外卖电动车在人行道上快速行驶，行人不安全。",
        "交通运输",
        "市邮政管理局",
        "已约谈相关企业，开展骑手交通安全培训。",
    ),
    (
        "医保报销流程",
        "异地就医医保报销手续繁琐，希望简化。",
        "医疗卫生",
        "市医保局",
        "已推行异地就医直接结算，线上即可备案。",
    ),
    (
        "中小学课后服务",
        "希望学校延长课后服务时间，方便双职工家庭。",
        "教育科技",
        "市教育局",
        "课后服务已延长至18时，覆盖全部义务教育学校。",
    ),
    (
        "农贸市场食品安全",
        "农贸市场部分摊位食品来源不明，希望加强检查。",
        "经济发展",
        "市市场监管局",
        "已开展专项检查，建立摊位进货台账。",
    ),
    ("河道垃圾清理", "村边河道漂浮垃圾较多，影响环境。", "生态环境", "市水利局", "已落实河长制日常保洁，垃圾已清理。"),
    (
        "灵活就业人员社保",
        "灵活就业人员参保缴费政策不清楚，希望宣传解读。",
        "经济发展",
        "市人社局",
        "已在社区开展政策宣讲，设立咨询窗口。",
    ),
    ("小区违章搭建", "小区内有住户违章搭建，影响邻里通行。", "城乡建设", "市城管局", "已依法拆除违章搭建。"),
    ("乡村道路拓宽", "村组道路狭窄，会车困难，希望拓宽。", "交通运输", "市交通运输局", "已列入农村公路提档升级计划。"),
    ("文体活动场地", "社区缺少健身和文体活动场地。", "其他", "市体育局", "已在社区公园增设健身器材和小型球场。"),
    ("电信诈骗防范", "老年人容易上当受骗，希望加强反诈宣传。", "政法", "市公安局", "已组织民警进社区开展反诈宣传。"),
)
VOTERS = (
    "刘建国",
    "王秀英",
    "张强",
    "赵敏",
    "陈桂兰",
    "周志明",
    "吴玉梅",
    "孙立新",
    "朱文华",
    "黄春燕",
    "徐国平",
    "马红霞",
)
VIEWS = (RatingLevel.SATISFIED,) * 7 + (RatingLevel.BASICALLY_SATISFIED,) * 2 + (RatingLevel.UNSATISFIED,)


def reception_days(year: int) -> tuple[date, ...]:
    """The year's voters' reception days: the seeds' for 2022 and 2023, else the third Friday of May
    (2022-05-20 and 2023-05-19 were)."""
    if year in RECEPTION_DAYS:
        return RECEPTION_DAYS[year]
    first = date(year, 5, 1)
    return (first + timedelta(days=(4 - first.weekday()) % 7 + 14),)


def _day(rng: random.Random, year: int, as_of: date = DEMO_AS_OF) -> date | None:
    """Most opinions come on the reception days, the rest on other days of the year (the register's
    own year: to some weeks before its day); None when the day is still to come."""
    if rng.random() < 0.6:
        day = rng.choice(reception_days(year))
        return day if day <= as_of else None
    last = date(year, 12, 20) if year < as_of.year else as_of - timedelta(days=50)
    if last <= date(year, 1, 5):
        return None
    return date(year, 1, 5) + timedelta(days=rng.randrange((last - date(year, 1, 5)).days))


def load_opinions(db: Database, later_years: Sequence[int] = (), as_of: date | None = None) -> int:
    """The stations and the opinions of 2022 and 2023 (see the module's text), and of ``later_years``
    as far as ``as_of``, each later year from a seed of its own; returns how many opinions."""
    deputies = choices(db, PickerKind.DEPUTY)
    units = {c.name: c.id for c in choices(db, PickerKind.UNIT)}
    categories = {c.name: c.id for c in choices(db, PickerKind.CATEGORY)}
    rng = random.Random(SEED)
    stations: list[tuple[int, list[int]]] = []
    with db.write(Permission.EDIT_REFERENCE):  # one commit (each station a savepoint of it)
        for spec in STATIONS:
            theirs = [d.id for d in deputies if d.detail == spec.delegation]
            attached = sorted(rng.sample(theirs, min(3, len(theirs))))
            station = add_station(db, spec.name, spec.kind, area=spec.area, deputy_ids=attached)
            stations.append((station.id, attached))
    count = 0
    for year, how_many in OPINIONS_PER_YEAR.items():
        days = sorted(day for _ in range(how_many) if (day := _day(rng, year)) is not None)
        count += _load_year(db, rng, days, stations, units, categories, DEMO_AS_OF)
    for year in later_years:
        if as_of is None or as_of < date(year, 1, 20):
            continue
        year_rng = random.Random(SEED * 10_000 + year)  # adding a year changes none before it
        how_many = year_rng.randint(30, 45)
        days = sorted(day for _ in range(how_many) if (day := _day(year_rng, year, as_of)) is not None)
        count += _load_year(db, year_rng, days, stations, units, categories, as_of)
    return count


def _load_year(
    db: Database,
    rng: random.Random,
    days: list[date],
    stations: list[tuple[int, list[int]]],
    units: dict[str, int],
    categories: dict[str, int],
    as_of: date,
) -> int:
    count = 0
    for received_on in days:
        station_id, attached = rng.choice(stations)
        summary, content, category, unit, answer = rng.choice(TOPICS)
        anonymous = rng.random() < 0.2
        draft = OpinionDraft(
            station_id=station_id,
            received_on=received_on,
            content=content,
            summary=summary,
            voter_name="" if anonymous else rng.choice(VOTERS),
            voter_contact=""
            if anonymous
            else f"1{rng.choice('3589')}{rng.randrange(10)}****{rng.randrange(10000):04d}",
            deputy_id=rng.choice(attached) if attached and rng.random() < 0.8 else None,
            category_id=categories.get(category),
        )
        with db.write(Permission.EDIT_CASES):  # an opinion's steps are savepoints of one transaction
            number = register_opinion(db, draft)
            _handle(db, rng, number, received_on, units[unit], answer, as_of)
        count += 1
    return count


def _handle(
    db: Database, rng: random.Random, number: str, received_on: date, unit_id: int, answer: str, as_of: date
) -> None:
    """Pass on, answer, feed back and close, each a few days or weeks after the step before, as far
    as the register's day (``as_of``) and chance take it."""
    passed_on = received_on + timedelta(days=rng.randint(1, 7))
    if rng.random() < 0.04 or passed_on > as_of:
        return
    pass_on(db, number, unit_id, passed_on)
    answered_on = passed_on + timedelta(days=rng.randint(10, 45))
    if rng.random() < 0.06 or answered_on > as_of:
        return
    record_answer(db, number, answered_on, answer)
    fed_back_on = answered_on + timedelta(days=rng.randint(2, 10))
    if rng.random() < 0.05 or fed_back_on > as_of:
        return
    method = rng.choice((ContactMethod.PHONE, ContactMethod.PHONE, ContactMethod.FACE_TO_FACE, ContactMethod.MEETING))
    view = rng.choice(VIEWS) if rng.random() < 0.9 else None
    record_feedback(db, number, FeedbackDraft(fed_back_on, method, view))
    closed_on = fed_back_on + timedelta(days=rng.randint(0, 5))
    if view is not RatingLevel.UNSATISFIED and closed_on <= as_of:
        close_opinion(db, number, closed_on)
