"""Integration helpers: run the real command line in a subprocess, reach the real keyring.

Tests here talk to the program as a person or a script would: through ``vigilance`` in a
child process, with a fresh data directory, and read its output and exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend

REPO = Path(__file__).resolve().parents[2]
# Variables that would change which store, secret or keyring a child process uses.
_LEAKY = ("VIGILANCE_PASSWORD", "VIGILANCE_DATA_DIR", "PYTHON_KEYRING_BACKEND")
TEST_PASSWORD = "correct horse battery staple"
NO_KEYRING = "keyring.backends.fail.Keyring"


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        lines = [line for line in self.stdout.splitlines() if line.strip()]
        assert len(lines) == 1, f"expected one JSON line, got: {self.stdout!r}"
        data = json.loads(lines[0])
        assert isinstance(data, dict)
        return data


def child_env(extra: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The environment of a child process: this one, minus what could leak a store or secret.

    A value of None in ``extra`` removes that variable.
    """
    env = {k: v for k, v in os.environ.items() if k not in _LEAKY}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    for key, value in (extra or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


def run_vigilance(*args: str, env: Mapping[str, str | None] | None = None,
                  timeout: float = 120) -> Run:
    """``vigilance ARGS`` in a child process, with no standard input."""
    proc = subprocess.run(
        [sys.executable, "-m", "vigilance_app", *args],
        cwd=REPO, env=child_env(env), stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=timeout, check=False,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def assert_no_traceback(run: Run) -> None:
    assert "Traceback (most recent call last)" not in run.stderr, run.stderr
    assert "Traceback (most recent call last)" not in run.stdout, run.stdout


def ui_available() -> bool:
    return (REPO / "vigilance_app" / "ui" / "shell" / "app.py").exists()


def require_or_skip(env_var: str, reason: str) -> None:
    """Skip with ``reason``, or fail when ``env_var`` is 1 (CI must really run these tests)."""
    if os.environ.get(env_var) == "1":
        pytest.fail(f"{reason} ({env_var}=1 makes this a failure)", pytrace=False)
    pytest.skip(reason)


def secret_service_backend() -> KeyringBackend:
    """keyring's Secret Service backend itself.

    Not ``keyring.get_keyring()``: in the test process that is a chain which also holds the
    test doubles of tests/fakes.py (keyring registers every backend class it sees).
    """
    from keyring.backends.SecretService import Keyring

    return Keyring()


def _secret_service_problem() -> str | None:
    """None when a working, unlocked Secret Service is reachable; else why not."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return "PYTHON_KEYRING_BACKEND is set, so the system keyring is not used"
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return ("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): run these tests "
                "through scripts/run_tests.sh, which starts gnome-keyring in dbus-run-session")
    from keyring.errors import KeyringError

    try:
        from keyring.backends.SecretService import Keyring

        Keyring.priority  # noqa: B018 - raises when secretstorage or D-Bus is unusable
        backend = secret_service_backend()
        backend.set_password("Vigilance-test-probe", "probe", "1")
        ok = backend.get_password("Vigilance-test-probe", "probe") == "1"
        backend.delete_password("Vigilance-test-probe", "probe")
    except (KeyringError, RuntimeError, ImportError) as exc:
        return f"the Secret Service is not usable ({type(exc).__name__}: {exc})"
    return None if ok else "the Secret Service did not return the test item"


@pytest.fixture(scope="session")
def secret_service() -> None:
    """Skip (or fail under VIGILANCE_REQUIRE_KEYRING=1) unless a Secret Service works here."""
    problem = _secret_service_problem()
    if problem:
        require_or_skip("VIGILANCE_REQUIRE_KEYRING", f"no usable Secret Service: {problem}")


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"
