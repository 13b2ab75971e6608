"""The first-start wizard, end to end, with a real SQLCipher store and the in-memory keyring."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from tests.fakes import MemoryKeyring, fast_kdf
from vigilance_app.preferences import Preferences, load_preferences
from vigilance_app.services import AppServices, build_services
from vigilance_app.store.vocabulary import Relationship
from vigilance_app.ui.custody.setup_wizard import SetupWizard
from vigilance_app.ui.kit.i18n import remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.vault import CustodyMode, KeyringAccess, KeyringStatus

PASSWORD = "correct horse battery"


class NoKeyring(MemoryKeyring):
    """What keyring offers when nothing real is installed (priority 0: unusable)."""

    priority = 0  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication):
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def services(data_dir: Path, memory_keyring: MemoryKeyring) -> AppServices:
    return build_services(data_dir, keyring=KeyringAccess(memory_keyring), kdf_params=fast_kdf)


def make_wizard(qtbot, services: AppServices) -> SetupWizard:
    wizard = SetupWizard(services)
    wizard.confirm_leave_without_key = lambda: True  # no modal box in tests
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def next_enabled(wizard: SetupWizard) -> bool:
    page = wizard.currentPage()
    which = QWizard.WizardButton.CommitButton if page.isCommitPage() else (
        QWizard.WizardButton.FinishButton if wizard.currentId() == wizard.PAGE_READY
        else QWizard.WizardButton.NextButton)
    return wizard.button(which).isEnabled()


def create_and_wait(qtbot, wizard: SetupWizard) -> None:
    assert wizard.currentId() == wizard.PAGE_UNLOCK
    wizard.next()  # commit page: starts the creation off the UI thread
    assert wizard.currentId() == wizard.PAGE_UNLOCK
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_RECOVERY, timeout=20_000)
    assert wizard.created is not None


def shown_key(wizard: SetupWizard) -> str:
    panel = wizard.recovery_page.panel
    assert panel is not None
    return "-".join(label.text() for label in panel.group_labels)


def test_keyring_mode_for_me(qtbot, services: AppServices) -> None:
    wizard = make_wizard(qtbot, services)
    assert wizard.currentId() == wizard.PAGE_DISPLAY
    wizard.display_page.set_language("en")
    wizard.display_page.set_text_scale(150)
    wizard.next()

    assert wizard.currentId() == wizard.PAGE_WHO
    assert wizard.who_page.me_radio.isChecked()
    assert next_enabled(wizard)  # "me" needs no name
    wizard.next()

    page = wizard.unlock_page
    assert page.keyring_radio.isEnabled() and page.keyring_radio.isChecked()
    assert not page.password_form.isVisible()
    create_and_wait(qtbot, wizard)

    created = wizard.created
    assert services.vault.mode is CustodyMode.KEYRING
    # The key on screen is the one that opens the vault.
    key_text = shown_key(wizard)
    assert key_text == created.vault.recovery_key
    assert services.vault.unlock_with_recovery_key(key_text) == created.vault.data_key
    assert services.vault.open_everyday().keyring_status is KeyringStatus.AVAILABLE
    assert services.store is created.store and services.data_key == created.vault.data_key

    # The confirmation box is required.
    assert wizard.button(QWizard.WizardButton.BackButton).isHidden() or not \
        wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_RECOVERY
    wizard.recovery_page.noted.setChecked(True)
    assert next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_READY
    assert "nothing" in wizard.ready_page.does_not.text().lower()
    wizard.accept()

    prefs = load_preferences(services.paths.preferences)
    assert (prefs.language, prefs.text_scale) == ("en", 150)
    profiles = services.store.profiles()
    assert [(p.display_name, p.relationship) for p in profiles] == [("Me", "self")]


def test_password_mode_for_a_relative(qtbot, services: AppServices) -> None:
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("en")
    wizard.next()

    who = wizard.who_page
    who.relative_radio.setChecked(True)
    assert not next_enabled(wizard)  # a relative needs a first name
    assert who.name_error.text()
    who.name_edit.setText("   ")
    assert not next_enabled(wizard)
    who.name_edit.setText("  Jeanne  ")
    assert next_enabled(wizard)
    wizard.next()

    page = wizard.unlock_page
    page.password_radio.setChecked(True)
    assert page.password_form.isVisible()
    assert not next_enabled(wizard)
    page.passwords.set_password("short")
    assert not next_enabled(wizard)
    assert "more characters" in page.passwords.status.text()
    page.passwords.password_edit.setText(PASSWORD)
    page.passwords.confirm_edit.setText(PASSWORD + "x")
    assert not next_enabled(wizard)
    assert "not the same" in page.passwords.status.text()
    page.passwords.confirm_edit.setText(PASSWORD)
    assert next_enabled(wizard)
    create_and_wait(qtbot, wizard)

    created = wizard.created
    assert services.vault.mode is CustodyMode.PASSWORD
    assert services.vault.unlock_with_password(PASSWORD) == created.vault.data_key
    assert services.vault.unlock_with_recovery_key(shown_key(wizard)) == created.vault.data_key
    assert page.passwords.password() == ""  # not kept in the widgets
    profile = services.store.active_profile()
    assert profile.display_name == "Jeanne"
    assert profile.relationship == Relationship.RELATIVE.value

    wizard.recovery_page.noted.setChecked(True)
    wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert load_preferences(services.paths.preferences).language == "en"


def test_without_keyring_the_option_is_disabled(qtbot, data_dir: Path) -> None:
    services = build_services(data_dir, keyring=KeyringAccess(NoKeyring()), kdf_params=fast_kdf)
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("en")
    wizard.next()
    wizard.next()
    page = wizard.unlock_page
    assert not page.keyring_radio.isEnabled()
    assert page.password_radio.isChecked()
    assert "not available" in page.keyring_hint.text().lower()
    assert not next_enabled(wizard)
    page.passwords.set_password(PASSWORD)
    create_and_wait(qtbot, wizard)
    assert services.vault.mode is CustodyMode.PASSWORD


def test_locked_keyring_falls_back_to_password(qtbot, services: AppServices,
                                               memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True  # looks available, but refuses to store anything
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("en")
    wizard.next()
    wizard.next()
    page = wizard.unlock_page
    assert page.keyring_radio.isChecked()
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.runner.busy and page.error_label.isVisibleTo(page),
                    timeout=20_000)
    assert wizard.created is None
    assert not services.paths.store_exists()  # nothing half-made left behind
    assert not page.keyring_radio.isEnabled() and page.password_radio.isChecked()
    assert "keyring" in page.error_label.text()
    page.passwords.set_password(PASSWORD)
    create_and_wait(qtbot, wizard)
    assert services.vault.mode is CustodyMode.PASSWORD


def test_language_applies_at_once_in_french(qtbot, services: AppServices) -> None:
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("en")
    qtbot.waitUntil(lambda: wizard.who_page.title() == "Whose journal is it?")
    wizard.display_page.set_language("fr")
    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: wizard.who_page.title() == "À qui est ce journal ?")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Continuer >"
    wizard.next()
    assert wizard.who_page.profile_name() == "Moi"  # the default name follows the language
    wizard.next()
    create_and_wait(qtbot, wizard)
    assert services.store.profiles()[0].display_name == "Moi"
    assert load_preferences(services.paths.preferences).language == "fr"


def test_text_size_applies_at_once(qtbot, services: AppServices, qapp: QApplication) -> None:
    apply_theme(qapp, Preferences())
    base = qapp.font().pointSizeF()
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_text_scale(200)
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    qtbot.waitUntil(
        lambda: wizard.display_page.intro.font().pointSizeF() == pytest.approx(base * 2))
    wizard.display_page.contrast.setChecked(True)
    assert wizard.prefs.high_contrast and wizard.prefs.text_scale == 200
    assert not services.paths.preferences.exists()  # saved only once the journal exists


def test_cancel_before_creation_writes_nothing(qtbot, services: AppServices) -> None:
    wizard = make_wizard(qtbot, services)
    wizard.reject()
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert wizard.created is None
    assert not services.paths.root.exists()


def test_closing_after_creation_asks_about_the_key(qtbot, services: AppServices) -> None:
    wizard = make_wizard(qtbot, services)
    wizard.display_page.set_language("en")
    wizard.next()
    wizard.next()
    create_and_wait(qtbot, wizard)
    asked: list[bool] = []

    def stay() -> bool:
        asked.append(True)
        return False

    wizard.confirm_leave_without_key = stay
    wizard.reject()  # Escape or the window's close button
    assert asked and wizard.isVisible()  # still on the key page
    wizard.confirm_leave_without_key = lambda: True
    wizard.reject()
    # The journal exists: closing opens it rather than discarding it.
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.created is not None
    assert load_preferences(services.paths.preferences).language == "en"
