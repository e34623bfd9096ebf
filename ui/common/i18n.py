"""The window's language: which one (a setting, the system's, or TESTLAB_LANGUAGE) and the
translators that make it speak it (our catalogue and Qt's own standard buttons).

Installed once by ``ui.app.main`` before any widget is built: a string translated before
that (a module-level constant, a widget already shown) stays English.  Changing the
setting takes effect at the next start; there is no live retranslation.

lupdate finds a string only where the call names its context literally: ``self.tr("…")``
(the class it is written in) or ``translate("Context", "…")``; a word kept in a table and
translated later is marked where it is written with ``QT_TRANSLATE_NOOP("Context", "…")``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from resources import ROOT

LANGUAGE_KEY = "ui/language"
LANGUAGE_ENV = "TESTLAB_LANGUAGE"
SYSTEM = "system"
ENGLISH = "en"
FRENCH = "fr"
#: What the setting may hold, in the order the Settings dialog offers it.
CHOICES = (SYSTEM, ENGLISH, FRENCH)
#: The languages the window speaks; English is the source language (no catalogue).
LANGUAGES = (ENGLISH, FRENCH)
CATALOGUE_DIR = ROOT / "i18n"

log = logging.getLogger(__name__)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language, looked up in ``context`` (give it literally)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def stored_choice(settings: QSettings) -> str:
    """The language chosen in Settings: "system" (the default), "en" or "fr"."""
    value = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM).strip().lower()
    return value if value in CHOICES else SYSTEM


def store_choice(settings: QSettings, choice: str) -> None:
    """Remember ``choice`` ("system", "en" or "fr") for the next start."""
    if choice not in CHOICES:
        raise ValueError(f"not a language choice: {choice!r}")
    settings.setValue(LANGUAGE_KEY, choice)
    settings.sync()


def system_language(locale: QLocale | None = None) -> str:
    """French when this PC's locale is French (fr_FR, fr_BE, fr_CA…), else English."""
    locale = locale or QLocale.system()
    return FRENCH if locale.language() == QLocale.Language.French else ENGLISH


def window_language(settings: QSettings, environ: Mapping[str, str] | None = None,
                    locale: QLocale | None = None) -> str:
    """The language the window speaks: TESTLAB_LANGUAGE, else the setting, else the system's."""
    environ = os.environ if environ is None else environ
    forced = environ.get(LANGUAGE_ENV, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    choice = stored_choice(settings)
    return system_language(locale) if choice == SYSTEM else choice


def catalogue_path(language: str) -> str:
    """Where the compiled catalogue of ``language`` is (``make translations`` builds it)."""
    return str(CATALOGUE_DIR / f"testlab_{language}.qm")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``app`` speak ``language``: our catalogue and Qt's (OK, Cancel, Yes, No…).

    English installs nothing.  A missing catalogue is logged and the window stays English
    rather than failing to start.  Returns the translators installed (``remove_translators``).
    """
    if language == ENGLISH:
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{language}", qt_dir),
                            (f"testlab_{language}", str(CATALOGUE_DIR))):
        translator = QTranslator(app)
        if translator.load(name, directory) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("No %s.qm in %s: those words stay English "
                        "(build ours with `make translations`)", name, directory)
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators`` (tests that ask for French put English back)."""
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translators.clear()


def install_window_language(app: QCoreApplication, settings: QSettings) -> list[QTranslator]:
    """At start-up, before any widget: the chosen language's translators."""
    return install_translators(app, window_language(settings))
