"""Start Vigilance at login, minimised (``--minimized``), so reminders arrive without opening it.

- Linux (and other XDG desktops): a ``.desktop`` file in ``$XDG_CONFIG_HOME/autostart``
  (``~/.config/autostart`` by default).
- Windows: a value under the per-user Run key (``HKCU\\...\\CurrentVersion\\Run``), no
  administrator rights needed; the registry is reached through a small writer object so the
  logic is unit-tested anywhere.
- macOS: a LaunchAgent plist in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

The command line comes from ``launch_command``: the frozen build's executable itself, or the
current interpreter with ``-m vigilance_app`` (``pythonw`` on Windows, so no console window).
Nothing here is imported at start-up; the settings page calls it when the person ticks the box.
"""

from __future__ import annotations

import os
import plistlib
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

APP_NAME = "Vigilance"
DESKTOP_FILE = "vigilance.desktop"
LAUNCH_AGENT_LABEL = "fr.vigilance.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Vigilance"
MINIMIZED_FLAG = "--minimized"


def launch_command(frozen: bool | None = None, executable: str | None = None,
                   platform: str | None = None) -> list[str]:
    """How to start the app minimised: the frozen executable, or ``python -m vigilance_app``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    platform = platform or sys.platform
    if frozen:
        return [executable, MINIMIZED_FLAG]
    if platform == "win32":
        exe = Path(executable)
        windowless = exe.with_name("pythonw.exe")
        if exe.name.lower() == "python.exe" and windowless.exists():
            executable = str(windowless)
    return [executable, "-m", "vigilance_app", MINIMIZED_FLAG]


class Autostart(Protocol):
    def enable(self, command: Sequence[str]) -> None: ...
    def disable(self) -> None: ...
    def is_enabled(self) -> bool: ...


# ---- Linux / XDG ---------------------------------------------------------------------------

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_quote(arg: str) -> str:
    """One argument of a desktop entry's ``Exec`` key (Desktop Entry Specification)."""
    if any(ord(c) < 32 for c in arg):
        raise ValueError("A start-up command cannot contain control characters.")
    arg = arg.replace("%", "%%")
    if not arg or _EXEC_RESERVED & set(arg):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{escaped}"'
    # The Exec value is itself a string value: backslashes are escaped once more.
    return arg.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str], comment: str = "") -> str:
    """The text of the autostart ``.desktop`` file."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        f"Comment={comment or 'Reminders for your account reviews'}",
        f"Exec={' '.join(exec_quote(arg) for arg in command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "Hidden=false",
    ]
    return "\n".join(lines) + "\n"


def xdg_autostart_dir(env: Mapping[str, str] | None = None, home: Path | None = None) -> Path:
    env = os.environ if env is None else env
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else \
        (home or Path.home()) / ".config"
    return base / "autostart"


@dataclass
class XdgAutostart:
    directory: Path

    @property
    def path(self) -> Path:
        return self.directory / DESKTOP_FILE

    def enable(self, command: Sequence[str]) -> None:
        _atomic_write(self.path, desktop_entry(command).encode("utf-8"))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            text = self.path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        keys = dict(line.split("=", 1) for line in text.splitlines() if "=" in line)
        return keys.get("Hidden", "false").strip() != "true" and \
            keys.get("X-GNOME-Autostart-enabled", "true").strip() != "false"


# ---- macOS ---------------------------------------------------------------------------------


def launch_agent_plist(command: Sequence[str]) -> bytes:
    return plistlib.dumps({
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    })


@dataclass
class MacAutostart:
    home: Path

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def enable(self, command: Sequence[str]) -> None:
        _atomic_write(self.path, launch_agent_plist(command))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        try:
            data = plistlib.loads(self.path.read_bytes())
        except (OSError, plistlib.InvalidFileException, ValueError):
            return False
        return isinstance(data, dict) and data.get("Label") == LAUNCH_AGENT_LABEL and \
            bool(data.get("RunAtLoad"))


# ---- Windows -------------------------------------------------------------------------------


class RegistryWriter(Protocol):
    """The three registry operations needed, on ``HKEY_CURRENT_USER``."""

    def get(self, key: str, name: str) -> str | None: ...
    def set(self, key: str, name: str, value: str) -> None: ...
    def delete(self, key: str, name: str) -> None: ...


def windows_run_entry(command: Sequence[str]) -> tuple[str, str, str]:
    """(key under HKCU, value name, value data) for the Run key."""
    return RUN_KEY, RUN_VALUE, subprocess.list2cmdline(list(command))


class WinRegistry:
    """The real registry (``winreg``), imported only on Windows when used."""

    def get(self, key: str, name: str) -> str | None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key) as handle:
                value, _kind = winreg.QueryValueEx(handle, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, key: str, name: str, value: str) -> None:
        import winreg  # type: ignore[import-not-found]

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete(self, key: str, name: str) -> None:
        import winreg  # type: ignore[import-not-found]

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_SET_VALUE) as h:
                winreg.DeleteValue(h, name)
        except FileNotFoundError:
            pass


@dataclass
class WindowsAutostart:
    registry: RegistryWriter

    def enable(self, command: Sequence[str]) -> None:
        self.registry.set(*windows_run_entry(command))

    def disable(self) -> None:
        self.registry.delete(RUN_KEY, RUN_VALUE)

    def is_enabled(self) -> bool:
        return bool(self.registry.get(RUN_KEY, RUN_VALUE))


# ---- choosing ------------------------------------------------------------------------------


def autostart_for(platform: str | None = None, home: Path | None = None,
                  env: Mapping[str, str] | None = None,
                  registry: RegistryWriter | None = None) -> Autostart:
    """The mechanism of this computer (or of ``platform``, for tests)."""
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsAutostart(registry or WinRegistry())
    if platform == "darwin":
        return MacAutostart(home or Path.home())
    return XdgAutostart(xdg_autostart_dir(env, home))


def set_enabled(enabled: bool, autostart: Autostart | None = None,
                command: Sequence[str] | None = None) -> None:
    """Turn start at login on (with the current command line) or off."""
    autostart = autostart or autostart_for()
    if enabled:
        autostart.enable(list(command) if command is not None else launch_command())
    else:
        autostart.disable()


def enable(command: Sequence[str] | None = None) -> None:
    """Start this app at login, minimised, on this computer."""
    set_enabled(True, command=command)


def disable() -> None:
    """Stop starting this app at login (nothing happens when it was off)."""
    set_enabled(False)


def is_enabled() -> bool:
    """Does this computer start the app at login?"""
    return autostart_for().is_enabled()


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
