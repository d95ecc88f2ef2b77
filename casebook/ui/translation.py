"""Install Qt's translators (ours and Qt's own qtbase) and route casebook.i18n through them.

With a Qt application running, the window gets three translators: our catalogue, Qt's own
``qtbase_<language>.qm`` from PySide6's translations folder (file dialogs, message boxes, the
calendar), and the default QLocale of the language (dates and month names). Without one (the command
line), ``casebook.catalogue`` reads our strings without Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casebook import catalogue, i18n
from casebook.paths import translations_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def qt_translations_dir() -> str:
    """PySide6's folder of Qt's own compiled translations (qtbase_zh_CN.qm …)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def load_catalogue(language: str) -> QTranslator | None:
    """Our compiled catalogue for ``language``; for English (the source language) only the plural
    forms of counts, None when that catalogue is not there."""
    translator = QTranslator()
    if translator.load(f"casebook_{language}", str(translations_dir())):
        return translator
    if language.startswith("en"):
        return None
    raise FileNotFoundError(f"no translation casebook_{language}.qm in {translations_dir()}")


def load_qt_catalogue(language: str) -> QTranslator | None:
    """Qt's own translation of its dialogs (qtbase) for ``language``, None for English."""
    if language.startswith("en"):
        return None
    translator = QTranslator()
    if translator.load(f"qtbase_{language}", qt_translations_dir()):
        return translator
    return None


def locale_of(language: str) -> QLocale:
    if language.startswith("zh"):
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def use_language(language: str = DEFAULT_LANGUAGE) -> None:
    """Translate everything from now on into ``language``.

    With a QCoreApplication running, the translators are installed into it (so Qt's own dialogs are
    translated too) and ``casebook.i18n`` uses ``QCoreApplication.translate``. Without one (the
    command line), ``casebook.i18n`` uses our catalogue read without Qt.
    """
    app = QCoreApplication.instance()
    if app is None:
        catalogue.use_language(language)
        return
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = load_catalogue(language)  # raises for a language we do not ship, before anything changes
    QLocale.setDefault(locale_of(language))
    # Qt asks the translator installed last first: ours overrules Qt's own where both have a text
    # (our catalogue fills in the few Qt texts whose translation Qt's qtbase_zh_CN.qm lacks).
    for translator in (load_qt_catalogue(language), ours):
        if translator is not None:
            _installed.append(translator)
            app.installTranslator(translator)

    def plural(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)

    english = language.startswith("en")
    i18n.install(None if english else QCoreApplication.translate, plural)
