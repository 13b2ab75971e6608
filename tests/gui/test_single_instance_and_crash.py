"""One window per data folder (a second start brings the first forward and ends), and an
unexpected error shown as a calm sentence with a local note, never a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from tests.fakes import MemoryKeyring, fast_kdf
from tests.gui.test_app_support import make_services, make_store
from vigilance_app.crash_log import log_path
from vigilance_app.instance_lock import InstanceLock
from vigilance_app.paths import DataPaths
from vigilance_app.ui.shell.app import Launcher, run_gui
from vigilance_app.ui.shell.single_instance import SingleInstance
from vigilance_app.vault import KeyringAccess


def _args(data_dir: Path) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir), lang="en", demo=False,
                              quit_after_startup=True)


def test_the_second_claim_asks_the_first_to_come_forward(qtbot, qapp, tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    first, second = SingleInstance(paths), SingleInstance(paths)
    try:
        assert first.claim()
        first.listen()
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert not second.claim()
        assert not InstanceLock(paths).try_acquire()  # the command line waits for it too
    finally:
        second.release()
        first.release()
    again = SingleInstance(paths)
    assert again.claim()  # released: the next start is the first again
    again.release()


def test_a_second_start_on_an_open_folder_ends_without_opening_the_store(
        qtbot, qapp: QApplication, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "data"
    make_store(data_dir, memory_keyring)
    running = SingleInstance(DataPaths(data_dir))
    assert running.claim()
    running.listen()
    try:
        with qtbot.waitSignal(running.activation_requested, timeout=5000):
            code = run_gui(_args(data_dir), keyring=KeyringAccess(memory_keyring),
                           kdf_params=fast_kdf, environ={})
        assert code == 0
    finally:
        running.release()
    # Once the first has gone, the folder opens normally.
    assert run_gui(_args(data_dir), keyring=KeyringAccess(memory_keyring),
                   kdf_params=fast_kdf, environ={}) == 0


def test_an_unexpected_error_is_a_calm_message_and_a_local_note(
        qtbot, qapp: QApplication, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "data"
    make_store(data_dir, memory_keyring)
    services = make_services(data_dir, memory_keyring)
    launcher = Launcher(qapp, services)
    try:
        from vigilance_app.crash_log import write_crash_report

        secret = "IBAN FR76 3000 6000 0112 3456 7890 189"
        try:
            raise ValueError(secret)
        except ValueError as exc:
            log = write_crash_report(exc, services.paths)
        assert log == log_path(services.paths)
        launcher.show_crash(log)
        box = launcher.crash_box
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert "nothing was lost" in box.text() and str(log) in box.text()
        assert "Traceback" not in box.text() and secret not in box.text()
        assert secret not in log.read_text(encoding="utf-8")
        launcher.show_crash(log)  # a second error while the first is shown: one box
        assert launcher.crash_box is box
        box.done(0)
        assert launcher.crash_box is None
    finally:
        launcher.close()


def test_run_gui_restores_the_previous_excepthook(qapp: QApplication, tmp_path: Path,
                                                  memory_keyring: MemoryKeyring) -> None:
    data_dir = tmp_path / "data"
    make_store(data_dir, memory_keyring)
    before = sys.excepthook
    assert run_gui(_args(data_dir), keyring=KeyringAccess(memory_keyring),
                   kdf_params=fast_kdf, environ={}) == 0
    assert sys.excepthook is before
