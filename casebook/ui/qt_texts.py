"""Texts of Qt's own dialogs that Qt's qtbase_zh_CN.qm does not translate (Qt 6 changed their source
texts and the shipped Chinese catalogue still has the old ones). Listed here so our catalogue carries
them in Qt's own contexts; our translator is asked before Qt's, so the file dialog reads
「查找范围(&L)：」 and 「文件类型(&T)：」 instead of 「Look in:」 and 「Files of type:」.
"""

from __future__ import annotations

from casebook.i18n import noop

QT_TEXTS = (
    noop("QFileDialog", "&Look in:"),
    noop("QFileDialog", "Files of &type:"),
)
