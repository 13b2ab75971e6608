"""Every path the application uses, in one place.

The data directory comes from platformdirs unless overridden by ``--data-dir`` or the
``VIGILANCE_DATA_DIR`` environment variable. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "VIGILANCE_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


@dataclass(frozen=True)
class DataPaths:
    """The files of one store, all inside one private directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "vigilance.db"

    @property
    def pending_database(self) -> Path:
        """A new store being built by ``init``: renamed to ``database`` once complete."""
        return self.root / ".vigilance.db.new"

    @property
    def key_header(self) -> Path:
        """Wrapped copies of the data key (never the key itself)."""
        return self.root / "vigilance.keys.json"

    @property
    def unlock_throttle(self) -> Path:
        """Failed-unlock counter, so a restart does not reset the back-off."""
        return self.root / "unlock-throttle.json"

    @property
    def preferences(self) -> Path:
        """Display preferences (language, text size, contrast, idle lock): no personal data."""
        return self.root / "preferences.json"

    @property
    def backups(self) -> Path:
        """Copies made before a migration (``vigilance-<time>-before-<revision>.db``)."""
        return self.root / "backups"

    @property
    def routine_backups(self) -> Path:
        """Automatic daily and weekly backups (``vigilance_app.backup``)."""
        return self.root / "backups" / "routine"

    @property
    def set_aside(self) -> Path:
        """Damaged or replaced store files kept (never deleted) by salvage and restore."""
        return self.root / "set-aside"

    @property
    def logs(self) -> Path:
        """The crash log (types and code locations only, no personal data)."""
        return self.root / "logs"

    def backup_locations(self) -> tuple[Path, ...]:
        """Every folder in which copies of the store's data may be kept."""
        return (self.backups, self.routine_backups, self.set_aside)

    def store_exists(self) -> bool:
        """True when any trace of a store is present: never create a new one over it."""
        return any(
            p.exists()
            for p in (self.database, self.key_header, Path(f"{self.database}-wal"))
        )


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("Vigilance", appauthor=False)


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None,
                     environ: Mapping[str, str] | None = None) -> Path:
    """``--data-dir`` wins over ``VIGILANCE_DATA_DIR``, which wins over the platform default."""
    env = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    if env.get(DATA_DIR_ENV):
        return Path(env[DATA_DIR_ENV]).expanduser().absolute()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) and make sure only the user can enter it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def write_private_file(path: Path, data: bytes, private_folder: bool = True) -> None:
    """Write atomically with mode 0600: a crash leaves the old file or the new one, never half.

    ``private_folder`` makes the folder 0700 too (our data folder); an export the person saves
    in a folder of their choice (``False``) leaves that folder as it is."""
    if private_folder:
        ensure_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if os.name == "posix":
        os.chmod(path, FILE_MODE)
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
