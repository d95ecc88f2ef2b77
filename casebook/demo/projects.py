"""The demo register's livelihood projects (民生实事): those the deputies voted at the 2022 and 2023
meetings, each with its lead unit, milestones, progress reports, year-end report and the deputies'
year-end rating. 2023 is the seeds' list (000_fb68cdb816e25c23.txt, lines 969–1046: 「票决产生了镇江市人民
政府2023年民生实事项目10大类40项」); 2022's forty (000:461 「紧盯人代会票决产生的40件民生实事」, all carried out
「按照序时进度落实到位」, 000:281) are written in the same style. Nothing is dated after the register's day
(:data:`~casebook.demo.plans.DEMO_AS_OF`, 2023-06-30: 2023's projects are half-way) nor after today.
The years after 2023 (``casebook demo --until``) vote lists in 2023's style, each from a seed of its
own, handled as far as today."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from casebook import clock
from casebook.demo import zhenjiang as zj
from casebook.demo.handling import ReferenceIds
from casebook.demo.plans import DEMO_AS_OF
from casebook.domain.projects import ProjectState
from casebook.domain.roles import Permission
from casebook.services.steps.projects import (
    ProjectDraft,
    add_milestone,
    add_project,
    mark_milestone_done,
    rate_project,
    report_progress,
)
from casebook.store.database import Database

Category = tuple[str, tuple[tuple[str, str], ...]]  # 大类, its (project, lead unit)

HEALTH, ELDERLY, EDUCATION, WELFARE, CULTURE = (
    "完善卫生健康体系",
    "力解“一老一小”难题",
    "加大教育惠民力度",
    "强化弱势群体帮扶",
    "丰富文体服务产品",
)
TRAFFIC, JOBS, HOUSING, RURAL, SAFETY = (
    "推进交通出行便利",
    "大力促进就业创业",
    "提升城市安居水平",
    "改善农村生活环境",
    "加强公共安全保障",
)

PROJECTS_2023: tuple[Category, ...] = (
    (
        HEALTH,
        (
            ("基本公共卫生服务提升", "市卫健委"),
            ("镇江市传染病医院应急病房楼建设", "市卫健委"),
            ("打造“15分钟医保服务圈”", "市医保局"),
            ("出生缺陷防治工程", "市卫健委"),
            ("妇女“两癌”免费筛查", "市卫健委"),
            ("为适龄女生免费接种HPV疫苗", "市卫健委"),
            ("建设镇江市云影像平台", "市卫健委"),
            ("丹阳市中医院迁建", "市卫健委"),
            ("丹阳市血站(含院前急救中心)异地新建", "市卫健委"),
            ("句容市中医院异地搬迁", "市卫健委"),
            ("扬中市三茅街道社区卫生服务中心、油坊镇卫生院新址建设", "市卫健委"),
        ),
    ),
    (ELDERLY, (("老年人免费健康体检", "市卫健委"), ("适龄儿童水痘疫苗免费接种", "市卫健委"))),
    (EDUCATION, (("镇江高等职业技术学校智能制造产教融合实训基地", "市教育局"),)),
    (
        WELFARE,
        (
            ("为800名残疾人开展辅助性就业", "市民政局"),
            ("困境妇女儿童家庭微关爱服务，新建未成年人保护工作站(关爱之家)", "市民政局"),
            ("完成1000户困难老年人家庭居家适老化改造", "市民政局"),
            ("建设100个事实无人抚养儿童“梦想小屋”", "市民政局"),
        ),
    ),
    (
        CULTURE,
        (
            ("实施文化惠民“十百千”工程，建设“文心·书坊”城市阅读新空间", "市文广旅局"),
            ("全民健身设施惠民提升", "市体育局"),
            ("润州宝盖山体育公园", "市体育局"),
        ),
    ),
    (
        TRAFFIC,
        (
            ("G312镇江至南京段改扩建", "市交通运输局"),
            ("346国道镇江城区段城市化改造", "市交通运输局"),
            ("优化公交出行", "市交通运输局"),
            ("新增4000个公共停车泊位", "市城管局"),
            ("市区交通信号灯智能提升", "市公安局"),
            ("朱方路(北府路-中山北路)道路改造", "市住建局"),
            ("彭公山路北段建设", "市住建局"),
        ),
    ),
    (
        JOBS,
        (
            ("培育约5000名高素质农民", "市农业农村局"),
            ("援助8000名就业困难人员就业", "市人社局"),
            ("开发6600个青年就业见习岗位", "市人社局"),
        ),
    ),
    (
        HOUSING,
        (
            ("2023年街巷改造、积水区整治", "市住建局"),
            ("2023年直管公房修缮", "市住建局"),
            ("市区老旧小区改造", "市住建局"),
        ),
    ),
    (
        RURAL,
        (("农村公路提档升级", "市交通运输局"), ("特色田园乡村建设", "市农业农村局"), ("市区“菜篮子”工程", "市商务局")),
    ),
    (
        SAFETY,
        (
            ("镇江市生态环境监测能力建设", "市生态环境局"),
            ("市区天然气居民用户“安燃”惠民行动及市区天然气“镇镇通”工程", "市住建局"),
            ("扬中市南江段江堤提升", "市水利局"),
        ),
    ),
)
PROJECTS_2022: tuple[Category, ...] = (
    (
        HEALTH,
        (
            ("市第一人民医院新区分院建设", "市卫健委"),
            ("新建10个社区卫生服务站", "市卫健委"),
            ("基层医疗机构慢病一体化门诊建设", "市卫健委"),
            ("120急救网络站点加密", "市卫健委"),
            ("医保经办服务下沉村(社区)", "市医保局"),
            ("心理健康服务体系建设", "市卫健委"),
            ("新生儿疾病免费筛查", "市卫健委"),
            ("城乡居民家庭医生签约服务提质", "市卫健委"),
        ),
    ),
    (
        ELDERLY,
        (
            ("新建20家普惠型托育机构", "市卫健委"),
            ("建设30个助餐点，推进老年助餐服务", "市民政局"),
            ("新增500张护理型养老床位", "市民政局"),
            ("建设示范性老年友好型社区", "市民政局"),
        ),
    ),
    (
        EDUCATION,
        (
            ("新建、改扩建中小学和幼儿园12所", "市教育局"),
            ("中小学课后服务全覆盖", "市教育局"),
            ("中小学校园安全智能防护提升", "市教育局"),
            ("职业院校产教融合实训平台建设", "市教育局"),
        ),
    ),
    (
        WELFARE,
        (
            ("困难残疾人家庭无障碍改造300户", "市民政局"),
            ("困境儿童关爱帮扶", "市民政局"),
            ("特困人员供养服务设施改造提升", "市民政局"),
        ),
    ),
    (
        CULTURE,
        (
            ("新建15个城市书房", "市文广旅局"),
            ("送戏下乡、公益电影放映进村(社区)", "市文广旅局"),
            ("新建改造10个社区多功能运动场", "市体育局"),
            ("长江路滨水健身步道贯通", "市体育局"),
        ),
    ),
    (
        TRAFFIC,
        (
            ("新增公共停车泊位3000个", "市城管局"),
            ("新辟优化公交线路10条", "市交通运输局"),
            ("市区主干道路口渠化改造", "市公安局"),
            ("城区断头路打通5条", "市住建局"),
        ),
    ),
    (
        JOBS,
        (
            ("城镇新增就业5万人", "市人社局"),
            ("发放稳岗返还和创业担保贷款", "市人社局"),
            ("零就业家庭动态清零", "市人社局"),
        ),
    ),
    (
        HOUSING,
        (
            ("老旧小区改造95万平方米", "市住建局"),
            ("既有多层住宅加装电梯100台", "市住建局"),
            ("住房租赁补贴降标扩面", "市住建局"),
            ("城市易淹易涝片区整治", "市住建局"),
        ),
    ),
    (
        RURAL,
        (
            ("农村生活污水治理", "市生态环境局"),
            ("农村公路提档升级200公里", "市交通运输局"),
            ("农贸市场标准化改造10家", "市商务局"),
        ),
    ),
    (
        SAFETY,
        (
            ("新建“绿岛”项目4个", "市生态环境局"),
            ("城镇燃气管道老化更新改造", "市住建局"),
            ("电动自行车集中充电设施建设", "市消防救援支队"),
        ),
    ),
)
NOT_DONE_2023 = {"丹阳市中医院迁建", "G312镇江至南京段改扩建"}  # carried on into the next year
VOTES_CAST = {2022: 432, 2023: 428}
MILESTONES = (("制定实施方案，明确责任分工", 3, 31), ("完成年度任务过半", 7, 31), ("完成全年目标任务", 11, 30))
SEED = 20230108  # the day 2023's projects were voted


def load_projects(
    db: Database,
    ids: ReferenceIds,
    counts: Counter[str],
    later: Sequence[zj.SessionSpec] = (),
    as_of: date | None = None,
) -> None:
    """The 2022 and 2023 projects with their year's work, in one transaction; with ``later``, the
    meetings of the demo's years after 2023, each year's projects too, as far as ``as_of``."""
    rng = random.Random(SEED)
    today = min(clock.today(), DEMO_AS_OF)  # the register's day: 2023 is half-way
    with db.write(Permission.EDIT_CASES):
        for year, categories, session in (
            (2022, PROJECTS_2022, zj.MEETING_2022),
            (2023, PROJECTS_2023, zj.MEETING_2023),
        ):
            voted_on = session.ends_on or date(year, 1, 8)
            if voted_on > today:
                continue
            for category, projects in categories:
                for title, lead in projects:
                    not_done = year == 2023 and title in NOT_DONE_2023
                    _load_one(db, ids, rng, year, category, title, lead, voted_on, session.name, not_done, today)
                    counts["projects"] += 1
        for meeting in later:  # each later year from a seed of its own: adding a year changes none before it
            voted_on = meeting.ends_on or date(meeting.year, 1, 10)
            if as_of is None or voted_on > as_of:
                continue
            year_rng = random.Random(SEED * 10_000 + meeting.year)
            chosen = later_list(meeting.year, year_rng)
            unfinished = set(year_rng.sample([title for _, projects in chosen for title, _ in projects], 2))
            for category, projects in chosen:
                for title, lead in projects:
                    args = (year_rng, meeting.year, category, title, lead, voted_on, meeting.name)
                    _load_one(db, ids, *args, title in unfinished, as_of)
                    counts["projects"] += 1


def later_list(year: int, rng: random.Random) -> tuple[Category, ...]:
    """A later year's list in the style of 2023's: its ten 大类, most of each one's projects again (many
    are yearly programmes), a year in a title made that year's."""
    chosen: list[Category] = []
    for category, projects in PROJECTS_2023:
        kept = [p for p in projects if rng.random() < 0.85] or [projects[0]]
        chosen.append((category, tuple((title.replace("2023年", f"{year}年"), lead) for title, lead in kept)))
    return tuple(chosen)


def _load_one(
    db: Database,
    ids: ReferenceIds,
    rng: random.Random,
    year: int,
    category: str,
    title: str,
    lead: str,
    voted_on: date,
    session: str,
    not_done: bool,
    today: date,
) -> None:
    cast = VOTES_CAST.get(year, 430)  # the deputies present at the meeting
    draft = ProjectDraft(
        year=year,
        title=title,
        lead_unit_id=ids.units[lead],
        voted_on=voted_on,
        category=category,
        session_id=ids.sessions[session],
        votes_for=cast - rng.randint(4, 36),
        votes_cast=cast,
        assisting_unit_ids=(ids.units["市财政局"],) if lead != "市财政局" else (),
    )
    project = add_project(db, draft)
    for index, (content, month, day) in enumerate(MILESTONES):
        planned = date(year, month, day)
        milestone = add_milestone(db, project, content, planned)
        if not_done and index == len(MILESTONES) - 1:
            continue  # never reached in its year
        late = rng.random() < 0.12
        done_on = planned + timedelta(days=rng.randint(5, 40) if late else -rng.randint(0, 20))
        done_on = min(done_on, date(year, 12, 15))  # before the year-end report
        if done_on <= today:
            mark_milestone_done(db, milestone, done_on, "按序时推进" if not late else "受施工条件影响，滞后完成")
    mid_year = date(year, 6, 30)
    if mid_year <= today:
        report_progress(db, project, mid_year, f"{title}：按计划推进，已完成年度任务的{rng.randint(45, 65)}%。")
    year_end = date(year, 12, 20)
    if year_end > today:
        return
    if not_done:
        text = f"{title}：受征地拆迁和施工周期影响，年度目标未全部完成，已列入下一年度继续推进。"
        report_progress(db, project, year_end, text, outcome=ProjectState.NOT_DONE)
    else:
        report_progress(db, project, year_end, f"{title}：年度目标任务全面完成。", outcome=ProjectState.DONE)
    rated_on = date(year, 12, 28)  # the standing committee's meeting hears the report and the deputies rate it
    if rated_on <= today:
        raters = rng.randint(44, 52)
        unsatisfied = rng.randint(2, 9) if not_done else rng.choice((0, 0, 1, 1, 2, 3, 4, 5))
        basically = rng.randint(2, 8)
        counts = {"满意": raters - unsatisfied - basically, "基本满意": basically, "不满意": unsatisfied}
        rate_project(db, project, rated_on, counts)
