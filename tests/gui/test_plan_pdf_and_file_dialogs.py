"""The plan PDF (name, folder, privacy, 12 pt, print or save wording), Qt's file
dialogs in French, and Settings' dialogs fitting the screen at 200 %."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import PASSWORD, english, make_services, make_store
from tests.gui.test_guidance_pdf import squeeze
from vigilance_app.guidance.progress import content_for, ordered_steps
from vigilance_app.preferences import Preferences
from vigilance_app.ui.guidance import page as guidance_page
from vigilance_app.ui.guidance.page import GuidancePage, safe_file_name
from vigilance_app.ui.guidance.pdf import BASE_POINTS, plan_document, plan_html, write_plan_pdf
from vigilance_app.ui.kit.documents import documents_folder
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.settings.page import (
    IdentityDialog,
    NewPasswordDialog,
    RecoverySheetDialog,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def services(qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring):
    make_store(data_dir, memory_keyring, profiles=("Jeanne",))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    services.lock()


def guidance(qtbot, services, monkeypatch, can_print: bool) -> GuidancePage:
    monkeypatch.setattr("vigilance_app.ui.guidance.pdf.printing_available", lambda: can_print)
    page = GuidancePage(services, now=lambda: NOW)
    qtbot.addWidget(page)
    page.open_plan("gave_bank_details")
    return page


# ---- 18: the plan PDF ------------------------------------------------------------------------


def test_file_name_in_the_persons_language_with_the_name(qtbot, qapp, services,
                                                         monkeypatch) -> None:
    install_language(qapp, "fr")
    page = guidance(qtbot, services, monkeypatch, can_print=False)
    assert page.suggested_pdf_name() == "Plan - j'ai donné mon RIB ou mon IBAN - Jeanne.pdf"
    english(qapp)
    qtbot.waitUntil(lambda: page._lang == "en")
    name = page.suggested_pdf_name()
    assert name.startswith("Plan - I ") and name.endswith(" - Jeanne.pdf")
    assert safe_file_name('a/b:c*?"<>|\\d\x07.') == "a b c d"


def test_saved_by_default_in_documents(qtbot, qapp, services, monkeypatch,
                                       tmp_path: Path) -> None:
    english(qapp)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    (tmp_path / "Documents").mkdir()
    assert Path(documents_folder()) == tmp_path / "Documents"
    page = guidance(qtbot, services, monkeypatch, can_print=False)
    asked: list[str] = []

    def fake_dialog(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    assert page.save_pdf() is None
    assert Path(asked[0]).parent == tmp_path / "Documents"
    assert Path(asked[0]).name.endswith(" - Jeanne.pdf")


@pytest.mark.parametrize(("lang", "line"), [("fr", "Pour : Jeanne"), ("en", "For: Jeanne")])
def test_the_saved_plan_says_whose_it_is(qtbot, qapp, services, monkeypatch, tmp_path: Path,
                                         lang: str, line: str) -> None:
    install_language(qapp, lang)
    page = guidance(qtbot, services, monkeypatch, can_print=False)
    qtbot.waitUntil(lambda: page._lang == lang)
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args: (str(target), "PDF files (*.pdf)"))
    assert page.save_pdf() == str(target)
    text = "".join(p.extract_text() or "" for p in PdfReader(str(target)).pages)
    first_lines = [squeeze(t) for t in text.splitlines()[:6]]
    assert squeeze(line) in first_lines  # under the title, before the steps
    # nobody named (no profile yet): no such line
    content = content_for(lang)
    html = plan_html(content.plans["gave_bank_details"], content)
    assert squeeze(line.replace("Jeanne", "")) not in squeeze(html)


def test_pdf_is_private_and_never_below_12_points(qapp, tmp_path: Path) -> None:
    english(qapp)
    content = content_for("en")
    longest = max(content.plans.values(),
                  key=lambda plan: len(plan_html(plan, content, printed_on=date(2026, 1, 1))))
    path = tmp_path / "plan.pdf"
    path.write_bytes(b"")
    path.chmod(0o644)  # an older file that others could read
    points = write_plan_pdf(str(path), longest, content, printed_on=date(2026, 11, 20))
    assert points >= 12 and BASE_POINTS >= 12
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    html = plan_html(longest, content)
    assert "<small" not in html and "font-size:small" not in html
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    doc = plan_document(writer, longest, content)
    assert doc.defaultFont().pointSizeF() >= 12
    reader = PdfReader(str(path))
    text = "".join(page_.extract_text() or "" for page_ in reader.pages)
    flat = squeeze(text)
    for step in ordered_steps(longest):  # nothing cut: a second page if needed
        assert squeeze(step.title) in flat, step.title


def test_print_beside_save_only_with_a_printer(qtbot, qapp, services, monkeypatch) -> None:
    install_language(qapp, "fr")
    page = guidance(qtbot, services, monkeypatch, can_print=False)
    view = page.plan_view
    assert not view.print_button.isVisibleTo(page)
    assert "Imprimez" not in view.print_hint.text()
    assert view.print_hint.text().startswith("Enregistrez")
    install_language(qapp, "en")
    qtbot.waitUntil(lambda: page._lang == "en")
    assert not view.print_hint.text().startswith("Print")

    with_printer = guidance(qtbot, services, monkeypatch, can_print=True)
    assert with_printer.plan_view.print_button.isVisibleTo(with_printer)
    assert with_printer.plan_view.print_hint.text().startswith("Print")


def test_saved_message_without_printer_does_not_say_print_it(qtbot, qapp, services,
                                                             monkeypatch, tmp_path) -> None:
    install_language(qapp, "fr")
    page = guidance(qtbot, services, monkeypatch, can_print=False)
    monkeypatch.setattr(page, "choose_pdf_path", lambda: str(tmp_path / "p.pdf"))
    assert page.save_pdf()
    assert "Imprimez" not in page.plan_view.message.text()
    assert "p.pdf" in page.plan_view.message.text()
    assert guidance_page.Path(tmp_path / "p.pdf").exists()


# ---- 19: Qt's file dialogs in French ---------------------------------------------------------


def test_file_dialog_labels_in_french(qtbot, qapp: QApplication) -> None:
    install_language(qapp, "fr")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"].replace("&", "").startswith("Regarder dans")
    assert labels["fileTypeLabel"].replace("&", "").startswith("Fichiers de type")
    assert labels["fileNameLabel"].replace("&", "").startswith("Nom de fichier")


# ---- 9: Settings' dialogs fit a 1280×800 screen at 200 % -------------------------------------


def not_cut(dialog) -> None:
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.text():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()


def test_settings_dialogs_fit_at_200_percent(qtbot, qapp: QApplication, data_dir: Path,
                                             memory_keyring: MemoryKeyring) -> None:
    install_language(qapp, "fr")
    apply_theme(qapp, Preferences(language="fr", text_scale=200))
    make_store(data_dir, memory_keyring, password=PASSWORD, profiles=("Jeanne",))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    try:
        key = services.vault.recovery_key_for_sheet(services.data_key)
        for dialog in (
            IdentityDialog(services, "Vous allez afficher votre clé de secours à l'écran. "
                                     "Vérifiez que personne ne regarde."),
            NewPasswordDialog("Choisissez votre nouveau mot de passe.", lambda _p: None),
            RecoverySheetDialog(key, "Jeanne", password_mode=True),
        ):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            QApplication.processEvents()
            not_cut(dialog)
            dialog.close()
    finally:
        services.lock()
