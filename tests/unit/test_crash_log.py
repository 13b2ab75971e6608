"""The crash log keeps where an error happened, never what it said."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from vigilance_app import crash_log
from vigilance_app.paths import DataPaths

SECRET = "4970 1012 3456 7893 mot-de-passe-Marie"


def _raise_with_secret() -> None:
    card = SECRET  # a local holding a secret: locals are never written
    raise ValueError(f"could not parse {card}")


def _caught() -> BaseException:
    try:
        try:
            _raise_with_secret()
        except ValueError as inner:
            raise RuntimeError(f"wrapped: {SECRET}") from inner
    except RuntimeError as exc:
        return exc
    raise AssertionError("unreachable")


def test_the_log_names_types_and_frames_but_no_message_or_local(paths: DataPaths) -> None:
    written = crash_log.write_crash_report(_caught(), paths)
    assert written == crash_log.log_path(paths)
    text = written.read_text()
    assert SECRET not in text and "mot-de-passe" not in text and "4970" not in text
    assert "RuntimeError" in text and "caused by:" in text and "ValueError" in text
    assert "tests/unit/test_crash_log.py:" in text and "_raise_with_secret" in text
    assert str(Path.home()) not in text or str(Path.home()) == "/"
    assert oct(written.stat().st_mode & 0o777) == "0o600"


def test_the_log_is_bounded(paths: DataPaths, monkeypatch) -> None:
    monkeypatch.setattr(crash_log, "MAX_BYTES", 2000)
    for _ in range(40):
        crash_log.write_crash_report(_caught(), paths)
    files = sorted(p.name for p in paths.logs.iterdir())
    assert files == ["crash.log", "crash.log.1"]
    assert all((paths.logs / f).stat().st_size < 4000 for f in files)


def test_the_hook_writes_the_log_and_calls_the_window(paths: DataPaths) -> None:
    seen: list[tuple[str, Path | None]] = []
    previous = crash_log.install_excepthook(paths, lambda exc, where: seen.append(
        (type(exc).__name__, where)))
    try:
        exc = _caught()
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert seen == [("RuntimeError", crash_log.log_path(paths))]
    assert SECRET not in crash_log.log_path(paths).read_text()


def test_an_unwritable_log_never_raises(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert crash_log.write_crash_report(_caught(), DataPaths(blocker / "data")) is None
    assert os.path.exists(blocker)


def test_the_command_line_logs_an_unexpected_error(paths: DataPaths, monkeypatch,
                                                   capsys) -> None:
    from vigilance_app import cli

    def broken(_args: object) -> int:
        _raise_with_secret()
        return 0

    monkeypatch.setattr(cli, "cmd_selfcheck", broken)
    assert cli.main(["--data-dir", str(paths.root), "selfcheck"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(crash_log.log_path(paths)) in err
    assert SECRET not in crash_log.log_path(paths).read_text()
