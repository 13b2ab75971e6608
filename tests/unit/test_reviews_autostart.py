"""Start at login: the Linux autostart file for real in a temporary HOME, the Windows Run key
through a fake registry, the macOS LaunchAgent plist, and the command line in both builds."""

from __future__ import annotations

import os
import plistlib
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from vigilance_app.reviews import autostart as autostart_module
from vigilance_app.reviews.autostart import (
    LAUNCH_AGENT_LABEL,
    RUN_KEY,
    RUN_VALUE,
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    autostart_for,
    desktop_entry,
    exec_quote,
    launch_agent_plist,
    launch_command,
    set_enabled,
    windows_run_entry,
    xdg_autostart_dir,
)

REPO = Path(__file__).resolve().parents[2]


def exec_args(desktop_text: str) -> list[str]:
    """Parse Exec as a desktop environment does: unescape the string, then split the quoting."""
    line = next(line for line in desktop_text.splitlines() if line.startswith("Exec="))
    value = line[len("Exec="):]
    unescaped, i = [], 0
    while i < len(value):  # string-level escapes: \\ -> \
        if value[i] == "\\" and i + 1 < len(value) and value[i + 1] == "\\":
            unescaped.append("\\")
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    return [arg.replace("%%", "%") for arg in split_exec("".join(unescaped))]


def split_exec(value: str) -> list[str]:
    """Arguments of an Exec value: spaces separate them, double quotes group, and inside
    quotes a backslash escapes one of " ` $ \\ (Desktop Entry Specification)."""
    args: list[str] = []
    current: list[str] | None = None
    i, quoted = 0, False
    while i < len(value):
        c = value[i]
        if quoted:
            if c == "\\" and i + 1 < len(value) and value[i + 1] in '"`$\\':
                current.append(value[i + 1])  # type: ignore[union-attr]
                i += 1
            elif c == '"':
                quoted = False
            else:
                current.append(c)  # type: ignore[union-attr]
        elif c == " ":
            if current is not None:
                args.append("".join(current))
                current = None
        elif c == '"':
            quoted, current = True, current or []
        else:
            assert c not in "\\'$`", f"reserved character {c!r} outside quotes"
            current = (current or []) + [c]
        i += 1
    assert not quoted
    if current is not None:
        args.append("".join(current))
    return args


# ---- command line --------------------------------------------------------------------------


def test_launch_command_from_source_and_frozen() -> None:
    assert launch_command(frozen=False, executable="/usr/bin/python3", platform="linux") == \
        ["/usr/bin/python3", "-m", "vigilance_app", "--minimized"]
    assert launch_command(frozen=True, executable="/opt/Vigilance/vigilance",
                          platform="linux") == ["/opt/Vigilance/vigilance", "--minimized"]
    assert launch_command()[-1] == "--minimized"
    assert launch_command()[0] == sys.executable


def test_windows_uses_pythonw_when_present(tmp_path: Path) -> None:
    python = tmp_path / "python.exe"
    python.write_bytes(b"")
    assert launch_command(False, str(python), "win32")[0] == str(python)
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert launch_command(False, str(python), "win32")[0] == str(tmp_path / "pythonw.exe")


# ---- Linux, for real -----------------------------------------------------------------------


def test_xdg_autostart_in_a_temporary_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home)}
    autostart = autostart_for("linux", home=home, env=env)
    assert isinstance(autostart, XdgAutostart)
    assert autostart.path == home / ".config" / "autostart" / "vigilance.desktop"
    assert not autostart.is_enabled()
    command = launch_command(frozen=False)
    set_enabled(True, autostart, command)
    assert autostart.is_enabled()
    text = autostart.path.read_text("utf-8")
    assert text.startswith("[Desktop Entry]\n")
    assert "Type=Application\n" in text and "Terminal=false\n" in text
    assert exec_args(text) == command
    assert stat.S_IMODE(autostart.path.stat().st_mode) & 0o077 == 0
    assert [p.name for p in autostart.path.parent.iterdir()] == ["vigilance.desktop"]
    # Enabling twice rewrites the same single file.
    set_enabled(True, autostart, command)
    assert [p.name for p in autostart.path.parent.iterdir()] == ["vigilance.desktop"]
    set_enabled(False, autostart)
    assert not autostart.path.exists() and not autostart.is_enabled()
    set_enabled(False, autostart)  # already off: no error


def test_the_autostart_command_really_starts_vigilance(tmp_path: Path) -> None:
    """Run the Exec line of the written file (with --version instead of --minimized)."""
    autostart = XdgAutostart(tmp_path / "autostart")
    autostart.enable(launch_command(frozen=False))
    args = exec_args(autostart.path.read_text("utf-8"))
    args[-1] = "--version"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(args, capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("vigilance ")


def test_xdg_config_home_wins(tmp_path: Path) -> None:
    config = tmp_path / "cfg"
    assert xdg_autostart_dir({"XDG_CONFIG_HOME": str(config)}, tmp_path) == config / "autostart"
    # A relative XDG_CONFIG_HOME is invalid per the spec: ignored.
    assert xdg_autostart_dir({"XDG_CONFIG_HOME": "rel"}, tmp_path) == \
        tmp_path / ".config" / "autostart"


@pytest.mark.parametrize("arg", [
    "/home/jean dupont/Vigilance/vigilance", '/opt/a"b/c', "/opt/$HOME/x", "/opt/50%/x",
    "/opt/back\\slash/x", "C:\\Program Files\\Vigilance\\vigilance.exe", "/opt/it's/x", "",
])
def test_exec_quoting_round_trips(arg: str) -> None:
    command = [arg, "--minimized"]
    assert exec_args(desktop_entry(command)) == command


def test_exec_refuses_control_characters() -> None:
    with pytest.raises(ValueError):
        exec_quote("/opt/x\nHidden=true")


def test_a_disabled_entry_is_not_enabled(tmp_path: Path) -> None:
    autostart = XdgAutostart(tmp_path)
    autostart.enable(["/x"])
    autostart.path.write_text(autostart.path.read_text().replace("Hidden=false", "Hidden=true"))
    assert not autostart.is_enabled()


# ---- Windows (fake registry) ---------------------------------------------------------------


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get(self, key: str, name: str) -> str | None:
        return self.values.get((key, name))

    def set(self, key: str, name: str, value: str) -> None:
        self.values[(key, name)] = value

    def delete(self, key: str, name: str) -> None:
        self.values.pop((key, name), None)


def test_windows_run_key() -> None:
    command = [r"C:\Program Files\Vigilance\vigilance.exe", "--minimized"]
    assert windows_run_entry(command) == (
        r"Software\Microsoft\Windows\CurrentVersion\Run", "Vigilance",
        r'"C:\Program Files\Vigilance\vigilance.exe" --minimized')
    registry = FakeRegistry()
    autostart = autostart_for("win32", registry=registry)
    assert isinstance(autostart, WindowsAutostart)
    assert not autostart.is_enabled()
    autostart.enable(command)
    assert autostart.is_enabled()
    assert registry.values == {(RUN_KEY, RUN_VALUE): windows_run_entry(command)[2]}
    autostart.disable()
    assert registry.values == {} and not autostart.is_enabled()


# ---- macOS ---------------------------------------------------------------------------------


def test_macos_launch_agent(tmp_path: Path) -> None:
    command = ["/Applications/Vigilance.app/Contents/MacOS/Vigilance", "--minimized"]
    data = plistlib.loads(launch_agent_plist(command))
    assert data == {"Label": LAUNCH_AGENT_LABEL, "ProgramArguments": command,
                    "RunAtLoad": True, "ProcessType": "Interactive"}
    autostart = autostart_for("darwin", home=tmp_path)
    assert isinstance(autostart, MacAutostart)
    assert autostart.path == tmp_path / "Library" / "LaunchAgents" / "fr.vigilance.app.plist"
    autostart.enable(command)
    assert autostart.is_enabled()
    assert plistlib.loads(autostart.path.read_bytes())["ProgramArguments"] == command
    autostart.path.write_bytes(b"not a plist")
    assert not autostart.is_enabled()
    autostart.disable()
    assert not autostart.path.exists()


def test_module_level_switch_uses_this_computer(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    if sys.platform != "linux":
        pytest.skip("the real mechanism is tested on Linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert not autostart_module.is_enabled()
    autostart_module.enable()
    assert autostart_module.is_enabled()
    desktop = tmp_path / "cfg" / "autostart" / "vigilance.desktop"
    assert exec_args(desktop.read_text("utf-8")) == launch_command()
    autostart_module.disable()
    assert not desktop.exists() and not autostart_module.is_enabled()
