"""The journal's Home panel and its wiring in the main window."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QPushButton

# The page tests' fixtures: a real store (services) and English texts (english, autouse).
from tests.gui.test_journal_page import NOW, add, english, services  # noqa: F401
from vigilance_app.ui.journal.home_panel import JournalHomePanel, latest_entries
from vigilance_app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_the_panel_lists_the_latest_entries_of_the_active_profile(qtbot, services) -> None:  # noqa: F811
    panel = JournalHomePanel(services)
    qtbot.addWidget(panel)
    assert panel.entries == [] and panel.empty_line.text()
    add(services, 5)
    panel.refresh()
    assert [summary for *_rest, summary in panel.entries] == ["Message 0", "Message 1",
                                                              "Message 2"]
    assert len(panel.findChildren(QPushButton, "homeEntry")) == 3


def test_latest_entries_reads_three_rows_without_the_orm(services) -> None:  # noqa: F811
    add(services, 4, summary="Colis & frais")
    rows = latest_entries(services.store)
    assert len(rows) == 3 and rows[0][3] == "Colis & frais"
    assert rows[0][1] == (NOW - timedelta(hours=1)).replace(tzinfo=None)  # stored in UTC


def test_the_window_opens_the_journal_and_the_quick_form_from_home(qtbot, services) -> None:  # noqa: F811
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "journal" in window.page_keys()
    home = window.page("home")
    panel = home.findChild(JournalHomePanel)
    assert panel is not None
    panel.capture_button.click()
    assert window.current_page_key() == "journal"
    page = window.page("journal")
    assert page.stack.currentIndex() == 1 and page.form.channel == "phone_call"
    ids = add(services, 1)
    page.form.cancelled.emit()
    window.show_page("home")
    panel.refresh()
    panel.findChildren(QPushButton, "homeEntry")[0].click()
    assert window.current_page_key() == "journal"
    assert page.detail.detail["id"] == ids[0]


def test_building_home_imports_nothing_heavy_of_the_journal(tmp_path) -> None:
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from tests.fakes import MemoryKeyring, fast_kdf
        from vigilance_app.paths import DataPaths
        from vigilance_app.services import build_services
        from vigilance_app.setup_store import create_new_store
        from vigilance_app.store.models import Relationship
        from vigilance_app.vault import CustodyMode, KeyringAccess, Vault
        app = QApplication([])
        keyring = KeyringAccess(MemoryKeyring())
        paths = DataPaths(Path({str(tmp_path)!r}) / "data")
        vault = Vault(paths, keyring=keyring, kdf_params=fast_kdf)
        created = create_new_store(paths, vault, CustodyMode.KEYRING, "Moi",
                                   Relationship.SELF)
        services = build_services(paths.root, keyring=keyring, kdf_params=fast_kdf)
        services.attach_store(created.store, created.vault.data_key)
        before = set(sys.modules)
        from vigilance_app.ui.shell.main_window import MainWindow
        window = MainWindow(services)
        window.show()
        app.processEvents()
        from vigilance_app.ui.journal.home_panel import JournalHomePanel
        assert window.page("home").findChild(JournalHomePanel) is not None
        heavy = {{"phonenumbers", "vigilance_app.journal.repository",
                 "vigilance_app.analysis.analyze", "vigilance_app.ui.journal.page",
                 "icalendar"}}
        print(sorted(heavy & (set(sys.modules) - before)))
        services.lock()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "[]", proc.stdout
