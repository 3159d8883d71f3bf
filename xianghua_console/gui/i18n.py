"""The GUI's language: Qt's translators for Qt's own texts and for the console's.

The code's strings are Simplified Chinese; every one shown goes through
``QCoreApplication.translate`` (the modules' ``_tr`` helpers, ``self.tr``) and is looked up in
``resources/i18n/xianghua_<lang>.qm`` (built from the .ts files by ``make translations``, see
``tools/i18n.py``). Qt's own dialogs (QMessageBox's buttons, QFileDialog, the print dialogs)
take ``qtbase_<lang>.qm`` from Qt's translations folder, so they say 取消/确定 in Chinese.

The language is the office's setting ``language`` (``domain.settings.LANGUAGES``: "zh_CN", the
default, or "en"), read from the database before the login dialog; the environment variable
``XIANGHUA_LANG`` overrides it (screenshots of the English console). A change of the setting
takes effect at the next start: the open widgets are not retranslated.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from xianghua_console.domain.settings import LANGUAGES
from xianghua_console.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGE_ENV = "XIANGHUA_LANG"
DEFAULT_LANGUAGE = LANGUAGES[0]  # zh_CN: the code's own strings

#: The window titles' suffix (``QGuiApplication.applicationDisplayName``), translated.
APP_DISPLAY_NAME = QT_TRANSLATE_NOOP("App", "香花镇信访稳定值班台")

_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_language: str | None = None


def i18n_dir() -> Path:
    """Where the console's .qm files are (a checkout, an install or a frozen build)."""
    return resources_dir() / "i18n"


def qt_translation_dirs() -> list[Path]:
    """Folders to look in for ``qtbase_<lang>.qm``: Qt's own, then the shipped resources."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), i18n_dir()]
    try:
        import PySide6

        dirs.append(Path(PySide6.__file__).parent / "Qt" / "translations")
    except (ImportError, TypeError):  # pragma: no cover - frozen without the package path
        pass
    return dirs


def normalise(language: str | None) -> str | None:
    """``"en_US"``/``"en"`` → ``"en"``, ``"zh"``/``"zh-CN"`` → ``"zh_CN"``; None if unknown."""
    if not language:
        return None
    text = language.strip().replace("-", "_")
    if text in LANGUAGES:
        return text
    lower = text.lower()
    for known in LANGUAGES:
        if lower == known.lower() or lower.split("_")[0] == known.split("_")[0].lower():
            return known
    return None


def requested_language(setting: str | None = None) -> str:
    """The language to show: ``XIANGHUA_LANG`` if set and known, else the setting, else zh_CN."""
    env = os.environ.get(LANGUAGE_ENV)
    chosen = normalise(env)
    if env and chosen is None:
        log.warning("%s=%r is not one of %s; ignored", LANGUAGE_ENV, env, ", ".join(LANGUAGES))
    return chosen or normalise(setting) or DEFAULT_LANGUAGE


def current_language() -> str:
    """The language installed last (zh_CN before any)."""
    return _language or DEFAULT_LANGUAGE


def display_name() -> str:
    """The console's name in the current language."""
    return QCoreApplication.translate("App", APP_DISPLAY_NAME)


def install_translators(language: str) -> str:
    """Make ``language`` the application's: Qt's translation and the console's, the default
    locale (calendar popups, day names). Replaces what an earlier call installed; returns the
    language installed (unknown ones fall back to zh_CN)."""
    global _language
    language = normalise(language) or DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    _language = language
    if app is None:
        return language  # translators need the application; ensure_application calls again
    qt = _load(f"qtbase_{language}", qt_translation_dirs())
    if qt is None and language != "en":
        log.warning("Qt's own translation qtbase_%s.qm not found", language)
    own = _load(f"xianghua_{language}", [i18n_dir()])
    if own is None and language != DEFAULT_LANGUAGE:
        log.warning("the console's translation xianghua_%s.qm not found in %s (make "
                    "translations)", language, i18n_dir())
    for translator in (qt, own):
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(display_name())
    return language


def uninstall_translators() -> None:
    """Back to no translators and the system's locale (the code's Chinese strings, Qt's
    English): what the tests start from."""
    global _language
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _language = None
    QLocale.setDefault(QLocale.system())


def installed() -> bool:
    """Whether a language was installed (translators, default locale) since the last reset."""
    return _language is not None or bool(_installed)


def _load(name: str, dirs: list[Path]) -> QTranslator | None:
    for folder in dirs:
        if not (folder / f"{name}.qm").is_file():
            continue
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(name, str(folder)):
            return translator
        log.warning("Qt refused the translation %s", folder / f"{name}.qm")
    return None


def database_language(db) -> str | None:  # noqa: ANN001 - store.db.Database
    """The ``language`` setting stored in ``db``, or None when it cannot be read."""
    from xianghua_console.services.startup import stored_setting  # one query, no ORM

    try:
        return str(stored_setting(db, "language"))
    except Exception:  # noqa: BLE001 - a damaged setting must not stop the login
        log.warning("the language setting could not be read; using the default", exc_info=True)
        return None


def use_database_language(db) -> str:  # noqa: ANN001 - store.db.Database
    """Install the language the office chose in ``db`` (or ``XIANGHUA_LANG``); returns it."""
    if normalise(os.environ.get(LANGUAGE_ENV)):
        language = requested_language()
    else:
        language = requested_language(database_language(db))
    if language != _language or not _installed:
        language = install_translators(language)
    return language
