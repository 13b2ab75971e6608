"""Password mode: the unlock dialog takes the app password, says when it is wrong, and
counts down after too many attempts (the clocks are injected, nothing waits)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import (
    PASSWORD,
    RELATIVE,
    FakeClock,
    english,
    make_services,
    make_store,
    save_shot,
)
from vigilance_app.paths import DataPaths
from vigilance_app.services import AppServices
from vigilance_app.ui.custody.unlock_dialog import UnlockDialog, UnlockReason


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
             clock: FakeClock) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, password=PASSWORD)
    services = make_services(data_dir, memory_keyring, clock=clock)
    yield services
    services.lock()


@pytest.fixture
def dialog(qtbot, services: AppServices, clock: FakeClock) -> UnlockDialog:
    dialog = UnlockDialog(services, services.vault.open_everyday(), clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog: UnlockDialog, password: str) -> None:
    panel = dialog.panel
    panel.password_field.setText(password)
    panel.open_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)


def test_password_mode_asks_for_the_app_password(qtbot, dialog: UnlockDialog,
                                                 services: AppServices) -> None:
    panel = dialog.panel
    assert dialog.reason is UnlockReason.PASSWORD
    assert not panel.using_recovery_key
    assert "protected by your app password" in panel.message.text()
    assert "recovery key always works" in panel.message.text()
    save_shot(dialog, "unlock_password_en_100")

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        panel.password_field.setText(PASSWORD)
        panel.open_button.click()
    assert services.unlocked
    assert services.store.active_profile().display_name == RELATIVE
    assert panel.password_field.text() == ""  # the secret does not linger in the widget


def test_wrong_password_says_so_and_keeps_the_store_closed(
        qtbot, dialog: UnlockDialog, services: AppServices) -> None:
    _try(qtbot, dialog, "not the password")
    assert "not the right password" in dialog.panel.feedback.text()
    assert dialog.panel.feedback.isVisible()
    assert not services.unlocked
    assert dialog.isVisible() and dialog.result() == 0


def test_empty_password_is_asked_again_without_a_derivation(dialog: UnlockDialog) -> None:
    dialog.panel.open_button.click()
    assert not dialog.panel.busy
    assert "type your app password" in dialog.panel.feedback.text()


def test_throttling_counts_down_and_disables_the_button(
        qtbot, dialog: UnlockDialog, services: AppServices, clock: FakeClock) -> None:
    panel = dialog.panel
    for _ in range(3):  # three free mistakes
        _try(qtbot, dialog, "wrong password")
    _try(qtbot, dialog, "wrong password")  # the fourth is refused: wait 30 s
    assert panel.throttled
    assert not panel.open_button.isEnabled()
    assert panel.countdown.isActive()
    assert "Time left: 0:30" in panel.feedback.text()
    save_shot(dialog, "unlock_throttled_en_100")

    clock.advance(12)
    panel.countdown.timeout.emit()  # drive the QTimer instead of waiting
    assert "Time left: 0:18" in panel.feedback.text()
    assert not panel.open_button.isEnabled()
    panel.submit()  # Enter in the field does nothing either
    assert not panel.busy

    clock.advance(18)
    panel.countdown.timeout.emit()
    assert not panel.throttled
    assert panel.open_button.isEnabled()
    assert not panel.countdown.isActive()
    assert "try again now" in panel.feedback.text()

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        panel.password_field.setText(PASSWORD)
        panel.open_button.click()
    assert services.unlocked


def test_long_waits_show_minutes(dialog: UnlockDialog) -> None:
    dialog.panel.start_countdown(240)
    assert "Time left: 4:00" in dialog.panel.feedback.text()


def test_recovery_key_is_the_alternative(qtbot, dialog: UnlockDialog, services: AppServices,
                                          data_dir: Path) -> None:
    panel = dialog.panel
    panel.use_recovery_button.click()
    assert panel.using_recovery_key and panel.recovery_field.isVisible()
    assert panel.use_password_button.isVisible()
    recovery = _recovery_key_from_sheet(data_dir, services)
    panel.recovery_field.setText("  " + recovery.lower() + " ")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        panel.open_button.click()
    assert services.unlocked


def _recovery_key_from_sheet(data_dir: Path, services: AppServices) -> str:
    data_key = services.vault.unlock_with_password(PASSWORD)
    return services.vault.recovery_key_for_sheet(data_key)


def test_damaged_store_after_the_password_is_left_untouched(
        qtbot, dialog: UnlockDialog, services: AppServices, data_dir: Path) -> None:
    # A store with several pages, then damaged.
    data_key = services.vault.unlock_with_password(PASSWORD)
    store = services.open_with_key(data_key)
    for i in range(150):
        store.add_profile(f"P{i} " + "x" * 70, "relative")
    services.lock()
    from tests.gui.test_app_support import damage

    paths = DataPaths(data_dir)
    damage(paths)
    before = paths.database.read_bytes()
    _try(qtbot, dialog, PASSWORD)
    panel = dialog.panel
    assert panel.stopped
    assert "damaged" in panel.feedback.text() and "nothing was deleted" in panel.feedback.text()
    assert not panel.open_button.isEnabled()
    assert not services.unlocked
    assert paths.database.read_bytes() == before
    save_shot(dialog, "unlock_damaged_en_100")
