"""Two processes at once: a command that writes while the window holds the folder waits a
bounded time then says Vigilance is open; two writing commands take turns; two processes
opening an old store at once migrate it once, with one valid backup."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.integration.conftest import REPO, assert_no_traceback, child_env
from tests.integration.conftest import run_vigilance as run
from tests.reliability.checks import backups_valid, present_entries
from tests.reliability.child import PASSWORD
from tests.reliability.killing import CHILD
from tests.reliability.test_kills import password_store
from tests.store_helpers import KEY, checkpoint, filled_store
from vigilance_app.paths import DataPaths

ENV = {"VIGILANCE_PASSWORD": PASSWORD,  # stores made with cheap key derivation
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def message(tmp_path: Path, n: int) -> str:
    path = tmp_path / f"sms-{n}.txt"
    path.write_text(f"Message {n}: votre colis attend, payez sur hxxps://colis-{n}.top")
    return str(path)


def test_a_writing_command_while_the_window_is_open(tmp_path: Path, figures: dict) -> None:
    data = tmp_path / "data"
    password_store(DataPaths(data))
    window = subprocess.Popen([sys.executable, str(CHILD), "lock", str(data)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert window.stdout is not None and window.stdin is not None
    assert window.stdout.readline().strip() == "locked"
    try:
        busy = run("--data-dir", str(data), "import", message(tmp_path, 1),
                   env={**ENV, "VIGILANCE_LOCK_WAIT": "0.3"})
        assert_no_traceback(busy)
        assert busy.returncode == 1
        assert busy.stderr.startswith("vigilance: Vigilance is open on this folder")
        reading = run("--data-dir", str(data), "search", "colis", env=ENV)
        assert reading.returncode == 0  # reading needs no lock
    finally:
        window.stdin.close()
        window.wait(timeout=30)
    done = run("--data-dir", str(data), "import", message(tmp_path, 2), env=ENV)
    assert done.returncode == 0, done.stderr
    figures["two_window_and_cli"] = {"refused_while_open": 1, "after_close": "ok"}


def test_two_writing_commands_take_turns(tmp_path: Path, figures: dict) -> None:
    data = tmp_path / "data"
    password_store(DataPaths(data))
    procs = [subprocess.Popen(
        [sys.executable, "-m", "vigilance_app", "--data-dir", str(data), "import",
         *[message(tmp_path, 10 * k + i) for i in range(5)]],
        cwd=REPO, env=child_env(ENV), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True) for k in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], results
    found = run("--data-dir", str(data), "search", "colis", "--json", "--limit", "100", env=ENV)
    assert len(found.stdout.splitlines()) == 10
    figures["two_writers"] = {"processes": 2, "entries": 10, "lost": 0}


def test_two_migrations_at_the_same_time(tmp_path: Path, figures: dict) -> None:
    from vigilance_app.store.migrate import HEAD_REVISION
    from vigilance_app.store.store import quick_check

    paths = DataPaths(tmp_path / "data")
    filled_store(paths, entries=60, revision="0004")
    checkpoint(paths.database)
    procs = [subprocess.Popen([sys.executable, str(CHILD), "migrate", str(paths.root)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    errors = "".join(err for _out, err in outputs)
    assert "Errno 17" not in errors and "File exists" not in errors
    assert [p.returncode for p in procs] == [0, 0], errors  # the second waited, then found
    assert all("migrated" in out for out, _err in outputs), outputs  # the work done
    assert quick_check(paths.database, KEY) == HEAD_REVISION
    assert len(present_entries(paths, KEY)) == 60
    backups = backups_valid(paths, KEY)
    assert backups == 1
    figures["two_migrations"] = {"processes": 2,
                                 "succeeded": sum("migrated" in o for o, _ in outputs),
                                 "backups_valid": backups}
