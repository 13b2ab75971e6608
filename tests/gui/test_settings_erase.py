"""Settings → Erase everything: the confirmation names what goes and needs a tick; then the
data folder and the keyring hold nothing of Vigilance and the first-start wizard is shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import RELATIVE, english, make_services, make_store, start
from vigilance_app.people.erase import erase_services
from vigilance_app.reviews.autostart import XdgAutostart
from vigilance_app.ui.custody.setup_wizard import SetupWizard
from vigilance_app.ui.settings.erase import EraseDialog
from vigilance_app.ui.settings.page import SettingsPage


def test_erase_everything_from_settings(qtbot, qapp: QApplication, tmp_path: Path,
                                        memory_keyring: MemoryKeyring) -> None:
    english(qapp)
    data_dir = tmp_path / "data"
    make_store(data_dir, memory_keyring, profiles=(RELATIVE, "Paul"))
    autostart = XdgAutostart(tmp_path / "autostart")
    autostart.enable(["vigilance", "--minimized"])
    services = make_services(data_dir, memory_keyring)
    launcher = start(qapp, services)
    launcher.erase = lambda s: erase_services(s, autostart=autostart, keep_lock=True)
    try:
        window = launcher.window
        assert window is not None and memory_keyring.entries
        window.show_page("settings")
        page = window.page("settings")
        assert isinstance(page, SettingsPage)
        dialog = page.erase_box.start()
        assert isinstance(dialog, EraseDialog)
        assert RELATIVE in dialog.what.text() and "Paul" in dialog.what.text()
        assert "cannot be undone" in dialog.understood.label.text()
        assert not dialog.erase_button.isEnabled()
        dialog.understood.box.click()
        assert dialog.erase_button.isEnabled()
        dialog.erase_button.click()

        assert launcher.window is None
        assert isinstance(launcher.wizard, SetupWizard) and launcher.wizard.isVisible()
        assert not services.unlocked
        left = [p.name for p in data_dir.iterdir()] if data_dir.exists() else []
        assert set(left) <= {".vigilance.lock"}, left  # empty; a running window holds it
        assert not memory_keyring.entries
        assert not autostart.is_enabled()
    finally:
        launcher.close()
