from __future__ import annotations

from pathlib import Path

from vigilance_app.paths import DataPaths, resolve_data_dir, write_private_file
from vigilance_app.preferences import Preferences, load_preferences, save_preferences


def test_data_dir_precedence(tmp_path: Path) -> None:
    env = {"VIGILANCE_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    default = resolve_data_dir(None, {})
    assert default.name == "Vigilance"


def test_private_file_and_dir_modes(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.json"
    write_private_file(target, b"{}")
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.parent.stat().st_mode & 0o777 == 0o700
    write_private_file(target, b"[1]")  # atomic replace keeps the mode
    assert target.read_bytes() == b"[1]"
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_store_exists_sees_any_trace(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path)
    assert not paths.store_exists()
    Path(f"{paths.database}-wal").write_bytes(b"")
    assert paths.store_exists()


def test_preferences_round_trip_and_validation(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    assert load_preferences(path) == Preferences()
    save_preferences(path, Preferences(language="en", text_scale=175, high_contrast=True,
                                       lock_after_minutes=10))
    assert load_preferences(path) == Preferences("en", 175, True, 10)
    path.write_text('{"language": "de", "text_scale": 900, "unknown": 1}')
    prefs = load_preferences(path)
    assert prefs.language == "fr" and prefs.text_scale == 200
    path.write_text("not json")
    assert load_preferences(path) == Preferences()
