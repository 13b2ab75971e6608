"""Helpers shared by the window tests (this module holds no test of its own)."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.fakes import fast_kdf
from vigilance_app.paths import DataPaths
from vigilance_app.services import AppServices, build_services
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.vocabulary import Relationship
from vigilance_app.ui.kit.i18n import install_language
from vigilance_app.ui.kit.shell import Feature
from vigilance_app.ui.shell.app import Launcher
from vigilance_app.ui.shell.main_window import MainWindow
from vigilance_app.vault import CustodyMode, KeyringAccess, Vault

PASSWORD = "cheval batterie agrafe"
RELATIVE = "Maman (Jeannine)"


class FakeClock:
    """Seconds that only move when the test says so."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def english(app: QApplication) -> None:
    """The texts asserted below are the English sources: drop any other translator."""
    install_language(app, "en")


def make_store(data_dir: Path, backend: KeyringBackend, *, password: str | None = None,
               profiles: tuple[str, ...] = (RELATIVE,)) -> str:
    """A closed store (keyring mode, or password mode with ``password``); its recovery key."""
    paths = DataPaths(data_dir)
    vault = Vault(paths, keyring=KeyringAccess(backend), kdf_params=fast_kdf)
    mode = CustodyMode.PASSWORD if password else CustodyMode.KEYRING
    created = create_new_store(paths, vault, mode, profiles[0], Relationship.RELATIVE,
                               password=password)
    for name in profiles[1:]:
        created.store.add_profile(name, Relationship.SELF)
    created.store.close()
    return created.vault.recovery_key


def make_services(data_dir: Path, backend: KeyringBackend,
                  clock: FakeClock | None = None) -> AppServices:
    services = build_services(data_dir, keyring=KeyringAccess(backend), kdf_params=fast_kdf)
    if clock is not None:
        services.vault = Vault(services.paths, keyring=KeyringAccess(backend), clock=clock,
                               kdf_params=fast_kdf)
    return services


def damage(paths: DataPaths) -> None:
    """Scribble over the third page of the (encrypted) database file."""
    data = bytearray(paths.database.read_bytes())
    page = 4096
    assert len(data) > 3 * page
    for i in range(2 * page + 100, 2 * page + 164):
        data[i] ^= 0xFF
    paths.database.write_bytes(bytes(data))


def start(app: QApplication, services: AppServices, **kwargs: object) -> Launcher:
    launcher = Launcher(app, services, **kwargs)  # type: ignore[arg-type]
    launcher.start()
    return launcher


def labelled_page(text: str) -> Feature:
    """A stand-in page for navigation tests: a label named ``text``."""

    def factory(window: MainWindow) -> QWidget:
        page = QLabel(text)
        page.setAccessibleName(text)
        return page

    return Feature(text.lower(), text, "MainWindow", factory)


def save_shot(widget: QWidget, name: str) -> None:
    """A picture of ``widget`` to look at, only when VIGILANCE_SHOTS names a folder (the tests
    never depend on it; the Xvfb stage makes the real screenshots)."""
    import os

    folder = os.environ.get("VIGILANCE_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


class StubShell(QWidget):
    """A ``Shell`` with no pages, for parts tested without the main window: it records the
    pages and plans asked for."""

    page_changed = Signal(str)
    profile_changed = Signal(int)
    settings_changed = Signal()

    def __init__(self, services: AppServices) -> None:
        super().__init__()
        self.services = services
        self.locked = False
        self.shown: list[str] = []
        self.plans: list[tuple[str, int | None]] = []
        self.brought_forward = 0

    def show_page(self, key: str) -> None:
        self.shown.append(key)

    def page(self, key: str) -> QWidget | None:
        return None

    def show_plan(self, situation: str, journal_entry_id: int | None = None) -> None:
        self.plans.append((situation, journal_entry_id))

    def open_journal_capture(self, checked: object) -> None:
        self.shown.append("journal")

    def bring_forward(self) -> None:
        self.brought_forward += 1

    def top_widget(self) -> QWidget:
        return self
