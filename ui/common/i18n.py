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

import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

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


def catalogue_path(language: str) -> Path | None:
    """The compiled catalogue of ``language``, or None if there is none.

    ``make translations`` builds it beside its .ts.  An install that skipped that step
    (``pip install`` of a checkout) compiles the shipped .ts once into the user's cache
    folder with the lrelease that comes with PySide6.
    """
    built = CATALOGUE_DIR / f"testlab_{language}.qm"
    if built.is_file():
        return built
    source = built.with_suffix(".ts")
    if not source.is_file():
        return None
    from platformdirs import user_cache_path

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    cached = user_cache_path("TestLab", appauthor=False) / "i18n" / f"testlab_{language}-{digest}.qm"
    if cached.is_file():
        return cached
    import PySide6

    tool = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(cached)],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Could not compile %s with %s: %s", source, tool, error)
        return None
    return cached if cached.is_file() else None


_locale_before: QLocale | None = None  # the default locale install_translators replaced
_speaking = ENGLISH  # the language install_translators last installed


def current_language() -> str:
    """The language the window speaks now ("en", "fr"): for words Qt does not carry,
    such as country names (CLDR, through Babel)."""
    return _speaking


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make ``app`` speak ``language``: our catalogue and Qt's (OK, Cancel, Yes, No…).

    English installs nothing.  A missing catalogue is logged and the window stays English
    rather than failing to start.  Returns the translators installed (``remove_translators``).
    """
    if language == ENGLISH:
        return []
    # Qt's own formats too: a date field reads "ven. 4 déc. 2026", a decimal field takes
    # a comma.  (Our tables write ISO dates and times, the same in every language.)
    global _locale_before, _speaking
    _locale_before = QLocale()
    _speaking = language
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France)
                       if language == FRENCH else QLocale(language))
    installed: list[QTranslator] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    ours = catalogue_path(language)
    for path in (qt_dir / f"qtbase_{language}.qm", ours):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("No catalogue %s: those words stay English (ours: make translations)",
                        path or f"testlab_{language}.qm")
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators`` (tests that ask for French put English back)."""
    global _locale_before, _speaking
    _speaking = ENGLISH
    if _locale_before is not None:
        QLocale.setDefault(_locale_before)
        _locale_before = None
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    translators.clear()


def install_window_language(app: QCoreApplication, settings: QSettings) -> list[QTranslator]:
    """At start-up, before any widget: the chosen language's translators."""
    return install_translators(app, window_language(settings))
