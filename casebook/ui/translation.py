"""Install Qt's translators (ours and Qt's own qtbase) and route casebook.i18n through them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from casebook import i18n
from casebook.paths import translations_dir

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")

_installed: list[QTranslator] = []


def load_catalogue(language: str) -> QTranslator | None:
    """Our compiled catalogue for ``language`` (None for English, the source language)."""
    if language.startswith("en"):
        return None
    translator = QTranslator()
    if not translator.load(f"casebook_{language}", str(translations_dir())):
        raise FileNotFoundError(f"no translation casebook_{language}.qm in {translations_dir()}")
    return translator


def use_language(language: str = DEFAULT_LANGUAGE) -> None:
    """Translate everything from now on into ``language``.

    With a QCoreApplication running, the translators are installed into it (so Qt's standard
    buttons are translated too) and ``casebook.i18n`` uses ``QCoreApplication.translate``. Without
    one (the command line), ``casebook.i18n`` asks our translator directly.
    """
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    ours = load_catalogue(language)
    if ours is None:
        i18n.install(None)
        return
    _installed.append(ours)
    qt_own = QTranslator()
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        i18n.install(QCoreApplication.translate)
    else:
        i18n.install(lambda context, text: ours.translate(context, text) or text)
