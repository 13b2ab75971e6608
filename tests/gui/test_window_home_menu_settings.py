"""The main window: the side menu after an unlock, Home's main actions, the Help
page (F1), the language shown in Settings, the lock delay at 200 %, reprinting the recovery
sheet, and placeholders in high contrast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

import vigilance_app
from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import PASSWORD, english, make_services, make_store
from vigilance_app.preferences import Preferences
from vigilance_app.services import AppServices
from vigilance_app.ui.help import FEATURE as HELP
from vigilance_app.ui.help.licences import libraries
from vigilance_app.ui.help.page import HelpPage
from vigilance_app.ui.kit.i18n import install_language, remove_language
from vigilance_app.ui.kit.shell import Feature
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.settings.page import IdentityDialog, RecoverySheetDialog, SettingsPage
from vigilance_app.ui.shell.home_page import HomePage
from vigilance_app.ui.shell.main_window import PAGES, MainWindow


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


def open_store(data_dir: Path, keyring: MemoryKeyring, password: str | None = None
               ) -> AppServices:
    recovery = make_store(data_dir, keyring, password=password, profiles=("Jeanne",))
    services = make_services(data_dir, keyring)
    key = (services.vault.unlock_with_password(password) if password
           else services.vault.open_everyday().data_key)
    services.open_with_key(key)
    services.recovery_key_for_test = recovery  # type: ignore[attr-defined]
    return services


@pytest.fixture
def keyring_services(qapp: QApplication, data_dir: Path,
                     memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    services = open_store(data_dir, memory_keyring)
    yield services
    services.lock()


@pytest.fixture
def password_services(qapp: QApplication, data_dir: Path,
                      memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    services = open_store(data_dir, memory_keyring, password=PASSWORD)
    yield services
    services.lock()


class FakeJournal(QLabel):
    """The journal page as Home's "I received…" uses it."""

    def __init__(self) -> None:
        super().__init__("journal")
        self.captures: list[str] = []

    def start_capture(self, channel: str) -> None:
        self.captures.append(channel)


def fake_pages() -> tuple[list[Feature], dict[str, QWidget]]:
    made: dict[str, QWidget] = {}

    def factory(key: str):
        def build(_shell: object) -> QWidget:
            made[key] = FakeJournal() if key == "journal" else QLabel(key)
            return made[key]
        return build

    pages = [PAGES[0], *(Feature(key, key.title(), "MainWindow", factory(key))
                         for key in ("check", "journal")), HELP]
    return pages, made


# ---- 1: the side menu after an unlock -------------------------------------------------------


def test_side_menu_has_its_titles_after_lock_and_unlock(qtbot, password_services) -> None:
    window = MainWindow(password_services)
    qtbot.addWidget(window)
    window.show()
    before = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert all(before)
    window.hide_content(QLabel("locked"))
    assert window.nav.count() == 0
    window.restore_content()  # what the lock screen does after the right password
    after = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert after == before
    assert all(action.text() for action in window._page_actions)


# ---- 16: Home, the older person's actions first ----------------------------------------------


def test_home_starts_with_the_two_largest_actions(qtbot, keyring_services) -> None:
    pages, made = fake_pages()
    window = MainWindow(keyring_services, pages=pages)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    home = window.page("home")
    assert isinstance(home, HomePage)
    order = [home.panels.itemAt(i).widget() for i in range(home.panels.count())]
    assert order[0] is home.actions_panel
    assert order.index(home.data_panel) > order.index(home.actions_panel)
    assert order.index(home.data_panel) == len(order) - 4  # then profile, about, stretch
    big = (home.check_button, home.received_button)
    others = [b for b in home.findChildren(QPushButton) if b not in big and b.isVisible()]
    for button in big:
        assert button.isVisible() and button.accessibleName()
        assert all(button.height() > other.height() for other in others)
        assert button.font().pointSizeF() > QApplication.font().pointSizeF()
    assert home.check_button.text() == "Is this a &scam?"
    # the journal shown is the relative's (make_store's first person)
    assert home.received_button.text() == "Jeanne &received a call / a message"
    # visible order: the check first, then "I received…", above everything else
    assert home.check_button.mapTo(home, home.check_button.rect().topLeft()).y() < \
        home.data_panel.mapTo(home, home.data_panel.rect().topLeft()).y()

    home.check_button.click()
    assert window.current_page_key() == "check"
    window.show_page("home")
    home.channel_actions["sms"].trigger()
    assert window.current_page_key() == "journal"
    assert made["journal"].captures == ["sms"]  # type: ignore[attr-defined]
    assert set(home.channel_actions) == {"phone_call", "sms", "email", "letter", "website"}


# ---- 17: Help (F1) ---------------------------------------------------------------------------


def test_help_is_a_page_of_the_window_and_f1_opens_it(qtbot, keyring_services) -> None:
    assert PAGES[-1] is HELP and HELP.key == "help"
    window = MainWindow(keyring_services)
    qtbot.addWidget(window)
    window.show()
    assert "help" in window.page_keys()
    assert window.help_action.shortcut() == QKeySequence(Qt.Key.Key_F1)
    window.help_action.trigger()
    assert window.current_page_key() == "help"
    assert isinstance(window.page("help"), HelpPage)
    window.show_page("home")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.current_page_key() == "help"
    assert window.nav.item(window.page_keys().index("help")).text() == "Help"


def test_help_page_in_french(qtbot, qapp: QApplication) -> None:
    install_language(qapp, "fr")
    page = HelpPage()
    qtbot.addWidget(page)
    page.show()
    text = "\n".join(label.text() for label in [*page.paragraphs(), *page.glossary_terms])
    for term in ("Lien", "Pièce jointe", "Hameçonnage", "Fichier .eml", "Trousseau"):
        assert term in text, term
    for number in ("33700", "17Cyber", "0\u00a0892\u00a0705\u00a0705"):
        assert number in text, number
    assert vigilance_app.__version__ in page.version_text.text()
    assert "LGPLv3" in page.licence_text.text()
    assert page.title.text() == "Aide"


def test_help_lists_the_libraries_with_their_licences(qtbot, qapp: QApplication) -> None:
    english(qapp)
    found = {library.name.lower().replace("_", "-"): library for library in libraries()}
    assert "pyside6-essentials" in found and "LGPL-3.0" in found["pyside6-essentials"].licence
    assert found["sqlalchemy"].licence == "MIT"
    page = HelpPage()
    qtbot.addWidget(page)
    assert "SQLAlchemy" in page.libraries_text.text()
    assert "licence: MIT" in page.libraries_text.text()


def test_help_is_readable_with_the_keyboard_at_200_percent(qtbot, qapp: QApplication) -> None:
    english(qapp)
    apply_theme(qapp, Preferences(text_scale=200))
    page = HelpPage()
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    for label in page.paragraphs():
        assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert label.wordWrap()
    # nothing wider than the page: no text cut on the right
    content = page.scroll_area.widget()
    assert content.width() <= page.scroll_area.viewport().width()
    last = page.paragraphs()[-1]
    last.setFocus(Qt.FocusReason.TabFocusReason)
    page.scroll_area.ensureWidgetVisible(last)
    assert page.scroll_area.verticalScrollBar().value() > 0


# ---- 7 and 13: Settings ----------------------------------------------------------------------


def test_settings_show_the_language_in_use(qtbot, qapp: QApplication, keyring_services) -> None:
    keyring_services.save_preferences(Preferences(language="fr"))  # saved French…
    install_language(qapp, "en")  # … but started with --lang en
    page = SettingsPage(keyring_services)
    qtbot.addWidget(page)
    assert page.language_combo.currentData() == "en"
    assert page.language_combo.currentText() == "English"


def test_lock_delay_is_never_cut_at_200_percent(qtbot, qapp: QApplication,
                                                password_services) -> None:
    install_language(qapp, "fr")
    apply_theme(qapp, Preferences(language="fr", text_scale=200))
    window = MainWindow(password_services)  # the default window size
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    qtbot.waitUntil(lambda: page.lock_combo.isVisible())
    QApplication.processEvents()
    for combo in (page.lock_combo, page.language_combo, page.size_combo):
        assert combo.width() >= combo.sizeHint().width(), combo.currentText()
        right = combo.mapTo(page, combo.rect().topRight()).x()
        assert right <= page.width()


# ---- 2: the recovery sheet again, never asking for the key itself ----------------------------


def test_keyring_mode_reprints_the_sheet_after_a_confirmation(qtbot, keyring_services) -> None:
    page = SettingsPage(keyring_services)
    qtbot.addWidget(page)
    asked: list[str] = []
    page.confirm = lambda title, text, yes: asked.append(text) or False  # "Cancel"
    page.show_key_button.click()
    assert asked and page.dialog is None  # nothing shown, and no key asked for
    page.confirm = lambda *_: True
    page.show_key_button.click()
    dialog = page.dialog
    assert isinstance(dialog, RecoverySheetDialog)  # straight to the sheet
    assert dialog.panel.recovery_key == keyring_services.recovery_key_for_test
    assert "password" not in dialog.panel.intro.text()
    dialog.reject()


def test_password_mode_asks_the_app_password_only(qtbot, password_services) -> None:
    page = SettingsPage(password_services)
    qtbot.addWidget(page)
    page.show()
    page.show_key_button.click()
    dialog = page.dialog
    assert isinstance(dialog, IdentityDialog)
    assert not dialog.recovery_radio.isVisibleTo(dialog)
    assert dialog.use_password
    assert "type your app password." in dialog.purpose.text()
    assert "or your recovery key" not in dialog.purpose.text()
    dialog.secret_edit.setText(PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: isinstance(page.dialog, RecoverySheetDialog), timeout=10_000)
    sheet = page.dialog
    assert sheet.panel.recovery_key == password_services.recovery_key_for_test
    sheet.reject()


# ---- 11: placeholders in high contrast -------------------------------------------------------


def contrast(one: QColor, two: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))
    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_placeholders_differ_from_values_in_high_contrast(qtbot, qapp: QApplication) -> None:
    apply_theme(qapp, Preferences(high_contrast=True))
    edit = QLineEdit()
    qtbot.addWidget(edit)
    palette = edit.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    assert placeholder != text
    assert contrast(placeholder, base) >= 4.5  # WCAG 1.4.3
    assert contrast(text, base) - contrast(placeholder, base) >= 5  # clearly lighter


def test_home_tab_order_follows_the_visual_order(qtbot, keyring_services) -> None:
    home = HomePage(keyring_services)
    qtbot.addWidget(home)
    panel = QWidget()
    later = QPushButton("Next step", panel)
    home.add_panel(panel)  # a feature's panel, added after the page was built

    def chain_from(start: QWidget, length: int = 60) -> list[QWidget]:
        found, widget = [], start
        for _ in range(length):
            widget = widget.nextInFocusChain()
            found.append(widget)
        return found

    chain = chain_from(home.check_button)
    assert chain[0] is home.received_button
    assert chain.index(later) < chain.index(home.fix_button)


def test_data_panel_comes_up_only_when_the_key_needs_attention(qtbot,
                                                               keyring_services) -> None:
    from vigilance_app.vault import KeyringStatus

    home = HomePage(keyring_services, keyring_status=KeyringStatus.AVAILABLE)
    qtbot.addWidget(home)
    home.add_panel(QLabel("plan"))
    home.add_panel(QLabel("reviews"))
    assert home.panels.indexOf(home.data_panel) == 3  # after the features' panels
    home.set_keyring_status(KeyringStatus.MISSING_ENTRY)
    assert home.panels.indexOf(home.data_panel) == 1  # right after the main actions
    home.add_panel(QLabel("journal"))
    assert home.panels.indexOf(home.data_panel) == 1
    home.set_keyring_status(KeyringStatus.AVAILABLE)
    assert home.panels.indexOf(home.data_panel) == 4
