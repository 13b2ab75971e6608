"""SIGKILL at random moments during import, add, init and migration: no committed entry is
ever lost, every backup is either absent or valid, and the store always opens again (or, for
an interrupted init, the folder holds no store and init can simply be run again)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.fakes import fast_kdf
from tests.reliability.checks import backups_valid, present_entries
from tests.reliability.child import PASSWORD
from tests.reliability.killing import operation_seconds, run_and_kill
from tests.store_helpers import KEY, filled_store
from vigilance_app.paths import DataPaths
from vigilance_app.setup_store import create_new_store
from vigilance_app.vault import CustodyMode, KeyringAccess, Vault

SEED = 20261207
EML = """From: "Assurance Maladie" <remboursement@ameli-secu.xyz>
To: marie@example.fr
Subject: Remboursement en attente n{n}
Date: Mon, 07 Dec 2026 09:00:00 +0100
Content-Type: text/plain; charset=utf-8

Bonjour, un remboursement de 47,50 euros vous attend. Confirmez vos informations ici :
https://ameli-secu.xyz/login?id={n}
"""


def password_store(paths: DataPaths) -> bytes:
    from tests.fakes import MemoryKeyring

    vault = Vault(paths, keyring=KeyringAccess(MemoryKeyring()), kdf_params=fast_kdf)
    created = create_new_store(paths, vault, CustodyMode.PASSWORD, "Moi", password=PASSWORD)
    created.store.close()
    return created.vault.data_key


def _writes(tmp_path: Path, iterations: int, figures: dict, name: str, command: str,
            inputs: list[str]) -> None:
    rng = random.Random(f"{SEED}-{name}")
    paths = DataPaths(tmp_path / "data")
    key = password_store(paths)
    committed: set[int] = set()
    kills = 0
    checked: set[tuple[str, int]] = set()
    for run in range(iterations):
        outcome = run_and_kill(rng, command, str(paths.root), str(run), *inputs,
                               after_lines=1 + rng.randrange(len(inputs) if command ==
                                                             "import" else 8),
                               within=0.05)
        kills += outcome.killed
        committed.update(outcome.committed)
        present = present_entries(paths, key)
        lost = committed - present
        assert not lost, f"run {run}: committed entries lost: {sorted(lost)}"
        backups_valid(paths, key, checked)
    figures[f"kill_{name}"] = {"runs": iterations, "kills": kills, "committed": len(committed),
                               "lost": 0, "backups_checked": len(checked)}


def test_kills_during_journal_adds(tmp_path: Path, iterations: int, figures: dict) -> None:
    _writes(tmp_path, iterations, figures, "add", "add", ["12"])


def test_kills_during_imports(tmp_path: Path, iterations: int, figures: dict) -> None:
    inputs = []
    for n in range(6):
        eml = tmp_path / f"message-{n}.eml"
        eml.write_text(EML.format(n=n), encoding="utf-8")
        inputs.append(str(eml))
    _writes(tmp_path, iterations, figures, "import", "import", inputs)


def test_kills_during_init(tmp_path: Path, iterations: int, figures: dict) -> None:
    from vigilance_app.store.store import open_store

    rng = random.Random(f"{SEED}-init")
    kills = complete = retried = 0
    window = operation_seconds("init", str(tmp_path / "calibration"))
    for run in range(iterations):
        paths = DataPaths(tmp_path / f"data-{run}")
        outcome = run_and_kill(rng, "init", str(paths.root), within=window)
        kills += outcome.killed
        vault = Vault(paths, kdf_params=fast_kdf)
        if vault.exists():  # a key file exists only with a complete database beside it
            key = vault.unlock_with_password(PASSWORD)
            store = open_store(paths, key)
            assert [p.display_name for p in store.profiles()] == ["Moi"]
            store.close()
            complete += 1
        else:
            assert "created" not in outcome.lines
            assert not paths.database.exists()
            password_store(paths)  # init again, in the same folder: nothing stands in the way
            retried += 1
    figures["kill_init"] = {"runs": iterations, "kills": kills, "complete": complete,
                            "init_again": retried, "lost": 0}


def test_kills_during_migration(tmp_path: Path, iterations: int, figures: dict) -> None:
    from vigilance_app.store.migrate import HEAD_REVISION
    from vigilance_app.store.store import quick_check

    rng = random.Random(f"{SEED}-migrate")
    kills = migrated = backups = 0
    template = DataPaths(tmp_path / "template")
    filled_store(template, entries=150, revision="0004")
    from tests.store_helpers import checkpoint

    checkpoint(template.database)
    original = template.database.read_bytes()
    calibration = DataPaths(tmp_path / "calibration")
    calibration.root.mkdir()
    calibration.database.write_bytes(original)
    window = operation_seconds("migrate", str(calibration.root))
    for run in range(iterations):
        paths = DataPaths(tmp_path / f"data-{run}")
        paths.root.mkdir()
        paths.database.write_bytes(original)
        outcome = run_and_kill(rng, "migrate", str(paths.root), within=window)
        kills += outcome.killed
        revision = quick_check(paths.database, KEY)
        assert revision in ("0004", HEAD_REVISION)
        migrated += revision == HEAD_REVISION
        backups += backups_valid(paths, KEY)
        assert len(present_entries(paths, KEY)) == 150  # and it migrates when reopened
    figures["kill_migration"] = {"runs": iterations, "kills": kills,
                                 "already_migrated": migrated, "backups_checked": backups,
                                 "lost": 0}


@pytest.fixture(autouse=True)
def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
