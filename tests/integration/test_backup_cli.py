"""`vigilance backup`, `backups` and `restore` end to end, in child processes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.integration.conftest import (
    NO_KEYRING,
    REPO,
    TEST_PASSWORD,
    assert_no_traceback,
    child_env,
    run_vigilance,
)

ENV = {"VIGILANCE_PASSWORD": TEST_PASSWORD, "PYTHON_KEYRING_BACKEND": NO_KEYRING}
RECOVERY_KEY = re.compile(r"^[A-Z2-9]{4}(-[A-Z2-9]{4}){6}$")


def vigilance(data: Path, *args: str, env: dict[str, str | None] = ENV,
              stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "vigilance_app", "--data-dir", str(data),
                           *args], cwd=REPO, env=child_env(env), input=stdin or "",
                          capture_output=True, text=True, timeout=120, check=False)
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr
    return proc


def test_back_up_then_restore_with_the_password_and_the_recovery_key(tmp_path: Path) -> None:
    data, usb = tmp_path / "data", tmp_path / "usb"
    usb.mkdir()
    init = run_vigilance("--data-dir", str(data), "init", env=ENV)
    assert init.returncode == 0, init.stderr
    recovery = next(line for line in init.stdout.splitlines() if RECOVERY_KEY.match(line))
    first = tmp_path / "first.txt"
    first.write_text("Votre colis est bloque: payez 1,99 EUR sur hxxps://colis.top")
    assert vigilance(data, "import", str(first)).returncode == 0

    made = vigilance(data, "backup", "-o", str(usb), "--json")
    assert made.returncode == 0, made.stderr
    written = Path(json.loads(made.stdout)["file"])
    assert written.parent == usb and written.name.endswith(".vigilance-backup")
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    listed = vigilance(data, "backups")
    assert "daily" in listed.stdout  # the first unlock of the day made one

    second = tmp_path / "second.txt"
    second.write_text("Dernier rappel: amende impayee, reglez sur hxxps://amende.top")
    assert vigilance(data, "import", str(second)).returncode == 0

    restored = vigilance(data, "restore", str(written))
    assert restored.returncode == 0, restored.stderr
    assert "Backup restored: 1 journal entries." in restored.stdout
    assert vigilance(data, "search", "amende").stdout == "No entry matches.\n"
    assert "colis" in vigilance(data, "search", "colis").stdout

    wrong = vigilance(data, "restore", str(written), "--recovery-key",
                      stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG\n", env={**ENV})
    assert wrong.returncode == 1 and wrong.stderr.startswith("vigilance: ")
    by_key = vigilance(data, "restore", str(written), "--recovery-key", stdin=recovery + "\n",
                       env={"VIGILANCE_PASSWORD": None, "PYTHON_KEYRING_BACKEND": NO_KEYRING})
    assert by_key.returncode == 0, by_key.stderr
    assert len(list((data / "set-aside").iterdir())) == 2  # every replaced store is kept


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path: Path) -> None:
    bogus = tmp_path / "x.vigilance-backup"
    bogus.write_bytes(b"\0" * 1000)
    run = run_vigilance("--data-dir", str(tmp_path / "data"), "restore", str(bogus), env=ENV)
    assert_no_traceback(run)
    assert run.returncode == 1
    assert run.stderr == ("vigilance: This file is not a Vigilance backup, or it is damaged. "
                          "Nothing was changed.\n")
