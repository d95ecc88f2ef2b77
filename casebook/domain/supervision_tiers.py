"""The three tiers of supervision (「市人大领导牵头督办、专工委分类督办、人代联委抓总兜底」).

The office (人代联委) oversees every case of the year; each special committee the cases of its
categories (the category → committee table of the reference data), plus the key cases assigned to
it; the standing committee's leaders the key cases they lead. A case is in the office's tier and
usually also in one committee's; key ones also under a leader.
"""

from __future__ import annotations

from enum import StrEnum

from casebook.i18n import noop, translate


class Tier(StrEnum):
    LEADER = "leader"  # 市人大领导牵头督办
    COMMITTEE = "committee"  # 专工委分类督办
    OFFICE = "office"  # 人代联委抓总兜底

    @property
    def label(self) -> str:
        return translate("Enum", _TIER_LABELS[self])


_TIER_LABELS = {
    Tier.LEADER: noop("Enum", "Led by congress leaders"),
    Tier.COMMITTEE: noop("Enum", "By special committees"),
    Tier.OFFICE: noop("Enum", "Deputy-affairs office (backstop)"),
}

# The Zhenjiang defaults (seeds 000/001): which special committee supervises the cases of a category.
# A category whose name is here is given its committee when both exist; the office can change it.
DEFAULT_CATEGORY_COMMITTEES: dict[str, str] = {
    "经济发展": "财政经济委员会",
    "财政经济": "财政经济委员会",
    "城乡建设": "环境资源城乡建设委员会",
    "交通运输": "环境资源城乡建设委员会",
    "生态环境": "环境资源城乡建设委员会",
    "农业农村": "农业与农村委员会",
    "社会事业": "社会建设委员会",
    "社会建设": "社会建设委员会",
    "教育科技": "教育科学文化卫生委员会",
    "医疗卫生": "教育科学文化卫生委员会",
    "教科文卫": "教育科学文化卫生委员会",
    "政法": "监察和司法工作委员会",
    "监察司法": "监察和司法工作委员会",
    "其他": "代表联络委员会",
}
