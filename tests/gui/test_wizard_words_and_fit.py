"""The first-start wizard: fits the screen at 200 % and shrinks back, says why
"Create the journal" is greyed out, and speaks of "the journal" (not "my journal", "your
password") when set up for a relative, with no password in keyring mode."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.preferences import Preferences
from vigilance_app.services import AppServices, build_services
from vigilance_app.ui.custody.setup_wizard import SetupWizard
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.vault import KeyringAccess


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def services(data_dir: Path, memory_keyring: MemoryKeyring) -> AppServices:
    return build_services(data_dir, keyring=KeyringAccess(memory_keyring), kdf_params=fast_kdf)


def make_wizard(qtbot, services: AppServices) -> SetupWizard:
    wizard = SetupWizard(services)
    wizard.confirm_leave_without_key = lambda: True
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def settle(qtbot) -> None:
    qtbot.wait(50)
    QApplication.processEvents()


def to_unlock_page(wizard: SetupWizard, name: str = "Jeanne") -> None:
    wizard.next()
    wizard.who_page.relative_radio.setChecked(True)
    wizard.who_page.name_edit.setText(name)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_UNLOCK


def inside_screen(wizard: SetupWizard) -> bool:
    room = wizard.screen().availableGeometry()
    return wizard.width() <= room.width() and wizard.height() <= room.height()


def test_fits_the_screen_at_200_percent_and_shrinks_back(qtbot, services) -> None:
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_text_scale(200)
    settle(qtbot)
    assert inside_screen(wizard)
    to_unlock_page(wizard)
    wizard.unlock_page.password_radio.setChecked(True)  # the tallest page
    settle(qtbot)
    assert inside_screen(wizard)
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isVisible()
    bottom = commit.mapTo(wizard, commit.rect().bottomLeft()).y()
    assert bottom <= wizard.height()  # the button is on screen, the page scrolls
    big = wizard.size()
    wizard.back()
    wizard.back()
    wizard.display_page.set_text_scale(100)
    settle(qtbot)
    assert wizard.height() < big.height() and wizard.width() < big.width()
    assert wizard.size() == wizard.sizeHint()  # back to what 100 % needs


def test_greyed_out_create_button_says_why(qtbot, services) -> None:
    wizard = make_wizard(qtbot, services)
    to_unlock_page(wizard)
    page = wizard.unlock_page
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    page.keyring_radio.setChecked(True)
    assert commit.isEnabled() and not page.why_label.isVisibleTo(wizard)
    page.password_radio.setChecked(True)
    assert not commit.isEnabled()
    assert page.why_label.isVisibleTo(wizard)
    assert "8 more characters" in page.why_label.text()
    assert commit.toolTip() == page.why_label.text()
    page.passwords.set_password("correct horse battery")
    assert commit.isEnabled() and not page.why_label.isVisibleTo(wizard)


def test_for_a_relative_in_keyring_mode_the_words_fit(qtbot, services) -> None:
    wizard = make_wizard(qtbot, services)
    to_unlock_page(wizard)
    page = wizard.unlock_page
    words = " ".join([page.subTitle(), page.intro.text(), page.keyring_hint.text(),
                      page.password_hint.text(),
                      wizard.buttonText(QWizard.WizardButton.CommitButton)])
    for wrong in ("my journal", "your journal", "your session", "your password"):
        assert wrong not in words.lower(), wrong
    wizard.next()  # keyring mode: the journal is created
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_RECOVERY, timeout=20_000)
    recovery = wizard.recovery_page
    assert "password" not in recovery.noted_hint.text()
    assert "password" not in recovery.panel.intro.text()
    recovery.noted.setChecked(True)
    wizard.next()
    assert wizard.ready_page.closing.text() == "Press Start to open the journal of Jeanne."


def test_french_words_for_a_relative(qtbot, qapp: QApplication, services) -> None:
    install_language(qapp, "fr")
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("fr")
    assert "prêt" not in wizard.display_page.later.text()
    to_unlock_page(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CommitButton) == "&Créer le journal"
    page = wizard.unlock_page
    for text in (page.intro.text(), page.keyring_hint.text(), page.password_hint.text()):
        assert "votre session" not in text and "votre mot de passe" not in text
        assert "votre journal" not in text
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_RECOVERY, timeout=20_000)
    assert "mot de passe" not in wizard.recovery_page.noted_hint.text()
    wizard.recovery_page.noted.setChecked(True)
    wizard.next()
    assert wizard.ready_page.title() == "Tout est prêt"
    assert wizard.ready_page.closing.text() == (
        "Appuyez sur Commencer pour ouvrir le journal de Jeanne.")


def test_started_in_english_the_wizard_shows_english(qtbot, qapp: QApplication,
                                                     services) -> None:
    install_language(qapp, "en")  # vigilance --lang en, the saved preference being French
    wizard = make_wizard(qtbot, services)
    assert wizard.display_page.language_buttons["en"].isChecked()
    assert wizard.prefs.language == "en"
