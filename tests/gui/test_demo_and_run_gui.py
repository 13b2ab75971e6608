"""``run_gui`` end to end with --quit-after-startup (it returns once the window painted its
first frame): the demo data, its temporary folder, and the unattended rules."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.fakes import MemoryKeyring, fast_kdf
from tests.gui.test_app_support import PASSWORD, make_services, make_store
from vigilance_app import demo
from vigilance_app.paths import DataPaths
from vigilance_app.ui.shell import app as app_module
from vigilance_app.ui.shell.app import run_gui
from vigilance_app.vault import CustodyMode, KeyringAccess, Vault


def _args(data_dir: Path | None = None, *, demo: bool = False,
          quit_after_startup: bool = True) -> argparse.Namespace:
    return argparse.Namespace(data_dir=str(data_dir) if data_dir else None, lang="en",
                              demo=demo, quit_after_startup=quit_after_startup)


@pytest.fixture
def made_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """Record the temporary folders run_gui makes (inside this test's tmp_path)."""
    made: list[Path] = []
    real = tempfile.mkdtemp

    def mkdtemp(*args: object, **kwargs: object) -> str:
        folder = real(prefix="vigilance-demo-", dir=tmp_path)
        made.append(Path(folder))
        return folder

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    return made


def test_demo_store_has_two_french_profiles(paths: DataPaths, vault: Vault) -> None:
    created = demo.create_demo_store(paths, vault, "mot de passe démo")
    try:
        names = [(p.display_name, p.is_self) for p in created.store.profiles()]
        assert names == [("Moi", True), ("Maman (Jeannine)", False)]
        assert vault.mode is CustodyMode.PASSWORD
    finally:
        created.store.close()


def test_demo_opens_and_removes_its_temporary_folder(qapp: QApplication,
                                                     made_dirs: list[Path]) -> None:
    assert run_gui(_args(demo=True)) == 0
    assert len(made_dirs) == 1
    assert not made_dirs[0].exists()


def test_demo_folder_is_removed_after_an_error(qapp: QApplication, made_dirs: list[Path],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(app_module, "_present", broken)
    with pytest.raises(RuntimeError):
        run_gui(_args(demo=True))
    assert made_dirs and not made_dirs[0].exists()


def test_demo_refuses_a_folder_that_holds_a_store(qapp: QApplication, data_dir: Path,
                                                  memory_keyring: MemoryKeyring,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    make_store(data_dir, memory_keyring)
    paths = DataPaths(data_dir)
    before = (paths.database.read_bytes(), paths.key_header.read_bytes())
    code = run_gui(_args(data_dir, demo=True), environ={"VIGILANCE_PASSWORD": PASSWORD})
    assert code == 1
    assert "already holds a Vigilance store" in capsys.readouterr().err
    assert (paths.database.read_bytes(), paths.key_header.read_bytes()) == before


def test_demo_in_a_folder_needs_the_password(qapp: QApplication, data_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run_gui(_args(data_dir, demo=True), environ={}) == 1
    assert "VIGILANCE_PASSWORD" in capsys.readouterr().err
    assert not DataPaths(data_dir).store_exists()


def test_demo_in_a_folder_is_kept(qapp: QApplication, data_dir: Path,
                                  memory_keyring: MemoryKeyring) -> None:
    code = run_gui(_args(data_dir, demo=True), environ={"VIGILANCE_PASSWORD": PASSWORD},
                   keyring=KeyringAccess(memory_keyring), kdf_params=fast_kdf)
    assert code == 0
    services = make_services(data_dir, memory_keyring)
    store = services.open_with_key(services.vault.unlock_with_password(PASSWORD))
    try:
        assert [p.display_name for p in store.profiles()] == ["Moi", "Maman (Jeannine)"]
    finally:
        services.lock()


def test_quit_after_startup_in_keyring_mode(qapp: QApplication, data_dir: Path,
                                            memory_keyring: MemoryKeyring) -> None:
    make_store(data_dir, memory_keyring)
    assert run_gui(_args(data_dir), keyring=KeyringAccess(memory_keyring),
                   kdf_params=fast_kdf, environ={}) == 0


def test_quit_after_startup_never_waits_on_a_dialog(
        qapp: QApplication, data_dir: Path, memory_keyring: MemoryKeyring,
        capsys: pytest.CaptureFixture[str]) -> None:
    make_store(data_dir, memory_keyring, password=PASSWORD)
    keyring = KeyringAccess(memory_keyring)
    assert run_gui(_args(data_dir), keyring=keyring, kdf_params=fast_kdf, environ={}) == 1
    assert "VIGILANCE_PASSWORD" in capsys.readouterr().err
    assert run_gui(_args(data_dir), keyring=keyring, kdf_params=fast_kdf,
                   environ={"VIGILANCE_PASSWORD": PASSWORD}) == 0


def test_quit_after_startup_without_a_store(qapp: QApplication, data_dir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run_gui(_args(data_dir), environ={}) == 1
    assert "no store" in capsys.readouterr().err
    assert not DataPaths(data_dir).store_exists()
