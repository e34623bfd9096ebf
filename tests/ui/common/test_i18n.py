"""The window's language: chosen in Settings (or TESTLAB_LANGUAGE, or the system's), and
with French chosen the window, its dialogs and Qt's own buttons read French."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFormLayout, QMessageBox

from testlab.model.enums import StudyStatus
from tests.ui.lab_world import build_lab
from ui.common import i18n, labels
from ui.main_menu import MainMenu
from ui.settings.lab_settings import LabSettings, LabSettingsStore
from ui.settings.lab_settings_dialog import LabSettingsDialog

FRENCH_LOCALE = QLocale("fr_CA")
ENGLISH_LOCALE = QLocale("en_GB")


def _section_names(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _form_labels(dialog) -> list[str]:
    form = dialog.findChild(QFormLayout)
    return [form.labelForField(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()).text()
            for row in range(form.rowCount())
            if form.labelForField(form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget())]


# -- Which language -------------------------------------------------------------------------
def test_the_system_language_decides_until_one_is_chosen(settings):
    assert i18n.stored_choice(settings) == i18n.SYSTEM
    assert i18n.window_language(settings, {}, FRENCH_LOCALE) == "fr"
    assert i18n.window_language(settings, {}, ENGLISH_LOCALE) == "en"
    i18n.store_choice(settings, "en")
    assert i18n.window_language(settings, {}, FRENCH_LOCALE) == "en"
    i18n.store_choice(settings, "fr")
    assert i18n.window_language(settings, {}, ENGLISH_LOCALE) == "fr"


def test_the_environment_overrides_the_setting(settings):
    i18n.store_choice(settings, "en")
    assert i18n.window_language(settings, {"TESTLAB_LANGUAGE": "FR"}, ENGLISH_LOCALE) == "fr"
    i18n.store_choice(settings, "fr")
    assert i18n.window_language(settings, {"TESTLAB_LANGUAGE": "en"}, FRENCH_LOCALE) == "en"
    # An unknown value is ignored, like a damaged setting.
    assert i18n.window_language(settings, {"TESTLAB_LANGUAGE": "de"}, ENGLISH_LOCALE) == "fr"
    settings.setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.stored_choice(settings) == i18n.SYSTEM


def test_tests_speak_english_whatever_the_machine(settings):
    i18n.store_choice(settings, "fr")
    assert i18n.window_language(settings, locale=FRENCH_LOCALE) == "en"  # tests/conftest.py


def test_start_up_installs_the_chosen_language(qapp, settings, monkeypatch):
    monkeypatch.delenv(i18n.LANGUAGE_ENV)
    i18n.store_choice(settings, "fr")
    translators = i18n.install_window_language(qapp, settings)
    try:
        assert len(translators) == 2  # Qt's qtbase_fr and our catalogue
        assert labels.STUDY_STATUSES[StudyStatus.CANCELLED] == "Annulée"
    finally:
        i18n.remove_translators(qapp, translators)
    assert labels.STUDY_STATUSES[StudyStatus.CANCELLED] == "Cancelled"
    i18n.store_choice(settings, "en")
    assert i18n.install_window_language(qapp, settings) == []


# -- English by default in tests --------------------------------------------------------------
def test_the_window_speaks_english_in_tests(make_window, demo_db):
    window = make_window(demo_db)
    assert _section_names(window)[:3] == ["Centres", "Products", "Sessions"]
    assert _menu_titles(window) == ["&File", "Sess&ions", "&Settings", "&Help"]
    assert labels.STUDY_STATUSES[StudyStatus.RUNNING] == "Running"


# -- French -----------------------------------------------------------------------------------
def test_the_window_speaks_french(french, make_window, demo_db):
    window = make_window(demo_db)
    assert _section_names(window) == ["Centres", "Produits", "Séances", "Configuration",
                                      "Résultats", "Constats", "Planning"]
    assert _menu_titles(window)[0] == "&Fichier" and _menu_titles(window)[-1] == "&Aide"
    menu = window.findChild(MainMenu)
    assert menu.lab_action.text() == "Ce &PC de labo…"
    assert labels.STUDY_STATUSES[StudyStatus.RUNNING] == "En cours"
    assert labels.word("scheduled") == "prévue"


def test_the_settings_dialog_speaks_french(french, qtbot, sqlite_db):
    build_lab(sqlite_db)
    dialog = LabSettingsDialog(sqlite_db, LabSettings(None, None, "PC-1"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Ce PC de labo"
    assert "&Langue\u00a0:" in _form_labels(dialog) and "&Centre\u00a0:" in _form_labels(dialog)
    assert dialog.staff.itemText(0) == "Personne"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"


def test_message_box_buttons_speak_french(french, qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "TestLab", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.Yes,
                                           QMessageBox.StandardButton.No,
                                           QMessageBox.StandardButton.Cancel)] \
        == ["&Oui", "&Non", "Annuler"]


# -- Choosing it in Settings → This lab PC… ---------------------------------------------------
def test_the_language_combo_is_named_and_says_when_it_takes_effect(qtbot, sqlite_db):
    dialog = LabSettingsDialog(sqlite_db, LabSettings(None, None, "PC-1"), language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.accessibleName() == "Language of the window"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] \
        == ["system", "en", "fr"]
    assert dialog.language_choice() == "en" and not dialog.language_note.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.language_note.isVisible()
    assert "restarts" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert not dialog.language_note.isVisible()


def test_the_language_combo_saves_the_setting(qtbot, make_window, sqlite_db, settings_path):
    window = make_window(sqlite_db)
    menu = window.findChild(MainMenu)
    assert menu.lab.language() == "system"
    seen: list = []

    def choose_french() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert isinstance(dialog, LabSettingsDialog) and dialog.language_choice() == "system"
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()

    QTimer.singleShot(0, choose_french)
    menu.lab_action.trigger()
    assert len(seen) == 1
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value(i18n.LANGUAGE_KEY) == "fr"
    assert LabSettingsStore(stored).language() == "fr"
    # The window keeps its language until TestLab restarts.
    assert _menu_titles(window)[0] == "&File"


def test_an_install_without_the_built_catalogue_compiles_it_once(tmp_path, monkeypatch):
    import platformdirs

    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "testlab_fr.ts").write_bytes((i18n.CATALOGUE_DIR / "testlab_fr.ts").read_bytes())
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", shipped)
    monkeypatch.setattr(platformdirs, "user_cache_path",
                        lambda *_args, **_kwargs: tmp_path / "cache")
    compiled = i18n.catalogue_path("fr")
    assert compiled is not None and compiled.is_file() and compiled.parent.parent == tmp_path / "cache"
    assert i18n.catalogue_path("fr") == compiled  # once: the next start finds it
    assert i18n.catalogue_path("de") is None


def test_words_marked_for_lupdate_in_ui_still_match_the_core():
    """The core keeps no Qt, so ui/ restates some of its words for lupdate: they must agree."""
    from testlab.analysis.stats import SEQ_QUESTION
    from testlab.services.findings import SEVERITY_WORDING
    from testlab.services.recording.answer_corrections import item_label
    from ui.console import task_view
    from ui.findings import wording
    from ui.sessions import answers_correction_dialog

    assert task_view._SEQ_QUESTION_WORDS == SEQ_QUESTION
    whole = list(SEVERITY_WORDING.values())
    assert list(wording._SEVERITY_WORDS) == whole + [text.split(":")[0] for text in whole]
    assert list(answers_correction_dialog._ITEM_WORDS) \
        == [item_label(item) for item in ("recommend", "satisfaction", "comments")]


def test_day_and_month_names_follow_the_language(qapp):
    from datetime import UTC, date, datetime
    friday = date(2026, 12, 4)
    at = datetime(2026, 12, 4, 14, 5, tzinfo=UTC)
    assert (labels.weekday(friday), labels.weekday_named("Monday")) == ("Fri", "Monday")
    assert labels.local_now(at) == "Fri 04 Dec, 14:05 (UTC+00:00)"
    translators = i18n.install_translators(qapp, i18n.FRENCH)
    try:
        assert (labels.weekday(friday), labels.weekday_named("Monday")) == ("ven.", "Lundi")
        assert labels.local_now(at) == "ven. 04 déc., 14:05 (UTC+00:00)"
        assert labels.when(at).startswith("ven. 2026-12-04 14:05")
    finally:
        i18n.remove_translators(qapp, translators)


def test_qts_own_formats_follow_the_language(qapp):
    from PySide6.QtCore import QDate, QLocale
    from PySide6.QtWidgets import QDateEdit

    day = QDate(2026, 12, 4)
    english = QLocale().toString(day, "ddd d MMM yyyy")
    translators = i18n.install_translators(qapp, i18n.FRENCH)
    try:
        edit = QDateEdit(day)
        edit.setDisplayFormat("ddd d MMM yyyy")
        assert edit.text() == "ven. 4 déc. 2026"
        assert QLocale().decimalPoint() == ","
    finally:
        i18n.remove_translators(qapp, translators)
    assert QLocale().toString(day, "ddd d MMM yyyy") == english == "Fri 4 Dec 2026"


def test_stored_values_are_said_in_the_language(qapp):
    from testlab.model.enums import DigitalSkill, Segment

    assert labels.value(Segment.SMALL_BUSINESS) == "small business"
    assert labels.value(None) == "" and labels.value("65+") == "65+"
    translators = i18n.install_translators(qapp, i18n.FRENCH)
    try:
        assert labels.value(Segment.SMALL_BUSINESS) == "petites entreprises"
        assert labels.value(DigitalSkill.HIGH) == "élevée"
        assert labels.value("set_top_box") == "décodeur TV"
        assert labels.value("65+") == "65+"
    finally:
        i18n.remove_translators(qapp, translators)


def test_weighted_nps_strata_are_said_in_the_language(qapp):
    from ui.results import rows

    weighted = {"note": None, "score": 10.0, "n": 9, "strata_by": "country,segment",
                "strata": [{"label": "Belgium, small business", "weight": 0.4, "n": 6,
                            "score": 17.0},
                           {"label": "Senegal, segment not recorded", "weight": 0.6, "n": 3,
                            "score": 0.0}],
                "missing": ["Belgium, youth", "Congo (Dem. Rep.), consumer"]}
    assert labels.stratum("Belgium, small business") == "Belgium, small business"
    assert "by country × segment" in rows.weighted_about(weighted)
    translators = i18n.install_translators(qapp, i18n.FRENCH)
    try:
        assert i18n.current_language() == "fr"
        said = [r[0].text for r in rows.strata_rows(weighted)[:2]]
        assert said == ["Belgique, petites entreprises", "Sénégal, segment non renseigné"]
        assert "pays × segment" in rows.weighted_about(weighted)
        missing = rows.missing_text(weighted)
        assert "Belgique : jeunes ; Congo-Kinshasa (tous segments)" in missing.replace("\u00a0", " ")
        assert "Congo-Kinshasa" in missing and "Belgium" not in missing
    finally:
        i18n.remove_translators(qapp, translators)
    assert i18n.current_language() == "en"
