"""The headline sentence from a template the office can edit (the setting ``report_template``):
"" keeps the seeds' wording, "enumeration" is the second built-in style (「…其中所提问题已经解决或基本
解决的(A类)54件，占58.07%；…」), anything else is the office's own text with placeholders."""

from __future__ import annotations

import string
from collections.abc import Sequence

from casebook.domain.figure_style import FigureStyle, Share
from casebook.i18n import translate

SEEDS_WORDING = ""
ENUMERATION = "enumeration"
PLACEHOLDERS = (
    "period",  # 全年 / 截至6月30日，
    "total",  # cases
    "resolved",  # cases counted by the headline rate
    "resolution_rate",  # the headline rate as printed, without %
    "change",  # 「，同比上升4.7个百分点」 or nothing
    "class_shares",  # 「所提问题已经解决或基本解决的(A类)54件，占58.07%；…」
    "total_change",  # cases this year minus last year
    "rated",
    "satisfied",
    "satisfaction_rate",
    "reply_rate",  # 办复率, without %
    "closing_rate",  # 办结率, without %
)


BRACES = "{ }"  # what :func:`template_problem` answers for braces that do not pair up


def template_problem(template: str) -> str | None:
    """The first field the template cannot fill, as written between its braces (an unknown name, or
    a known one with a format or conversion: 「total:x」, 「total.real」, 「0」); :data:`BRACES` when its
    braces do not pair up; None when it can be used."""
    if template in (SEEDS_WORDING, ENUMERATION):
        return None
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:
        return BRACES
    for _, name, spec, conversion in fields:
        if name is None:
            continue  # text after the last field
        if name not in PLACEHOLDERS or spec or conversion:
            return name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
    return None


def class_share_phrase(shares: Sequence[Share], style: FigureStyle) -> str:
    """Every result class with its count and share, in the order of the settings."""
    parts = [
        translate("Report", "{label} ({code}): {count}, {share}").format(
            label=s.label, code=s.code, count=s.count, share=s.text(style)
        )
        for s in shares
    ]
    return translate("Report", "; ").join(parts)


def headline(template: str, values: dict[str, str]) -> str:
    """The headline sentence in the office's template, or in the second built-in style."""
    if template == ENUMERATION:
        template = translate("Report", "{period}{total} deputies' suggestions were handled; of these, {class_shares}.")
    return template.format(**values)
