"""A station's opinion sheet as a clerk keeps it: a title row naming the station, the header, five
rows (one through every step, one anonymous, two bad, one still being handled) and an empty line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

HEADER = (
    "序号",
    "收集日期",
    "反映人",
    "联系方式",
    "意见内容",
    "接待代表",
    "转交单位",
    "转交日期",
    "办理情况",
    "办复日期",
    "反馈情况",
    "反馈日期",
)
ROWS = (
    (
        1,
        date(2023, 5, 20),
        "刘建国",
        "139****1234",
        "村道路灯损坏多处，夜间出行不便",
        "魏敏",
        "市交通运输局",
        date(2023, 5, 22),
        "已列入维修计划并修复",
        date(2023, 6, 10),
        "电话告知，群众满意",
        date(2023, 6, 12),
    ),
    (2, date(2023, 5, 20), None, None, "希望增设公交站台", None, None, None, None, None, None, None),
    (3, "2023年5月21日", "王秀英", None, "小区垃圾清运不及时", None, "市交通局", None, None, None, None, None),
    (4, date(2024, 1, 5), "张强", None, "菜市场周边停车难", None, None, None, None, None, None, None),
    (5, date(2023, 5, 21), "赵敏", None, "农田灌溉渠堵塞", "张伟", "市交通运输局", None, "正在办理", None, None, None),
    (None,) * 12,
)
TITLE = "华阳街道人大代表联络总站群众意见建议登记表"


def write_sheet(path: Path, *, title: str = TITLE) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "2023年"
    sheet.append([title])
    sheet.append(list(HEADER))
    for row in ROWS:
        sheet.append(list(row))
    workbook.save(path)
    return path
