"""Damaged files through the command line: a 0-byte store, a flipped byte (salvaged), a
deleted or damaged WAL (missing entries said); SQLCipher's own error lines never shown."""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.integration.conftest import assert_no_traceback, run_vigilance
from tests.reliability.child import PASSWORD
from tests.reliability.killing import run_and_kill
from tests.reliability.test_kills import password_store
from tests.store_helpers import KEY, checkpoint, filled_store, flip_byte
from vigilance_app.paths import DataPaths
from vigilance_app.store.salvage import salvage_store

# Stores are made with cheap key derivation (tests.fakes.fast_kdf), so that each command
# unlocks in milliseconds; ``vigilance init`` itself is exercised in test_disk_full.
ENV = {"VIGILANCE_PASSWORD": PASSWORD,
       "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
CHILD_ENV = ENV


def cli(data: Path, *args: str, env: dict[str, str] = ENV):
    run = run_vigilance("--data-dir", str(data), *args, env=env)
    assert_no_traceback(run)
    assert "ERROR CORE" not in run.stderr + run.stdout
    return run


def selfcheck(data: Path, env: dict[str, str] = ENV) -> dict:
    return cli(data, "selfcheck", "--json", env=env).json()


def made_with_messages(tmp_path: Path, count: int) -> Path:
    data = tmp_path / "data"
    password_store(DataPaths(data))
    files = []
    for n in range(count):
        text = tmp_path / f"sms-{n}.txt"
        text.write_text(f"Colis {n} en attente: reglez 1,99 EUR sur hxxps://colis-{n}.top "
                        + "Votre livraison est suspendue. " * 20)
        files.append(str(text))
    assert cli(data, "import", *files, "--from", "0612345678").returncode == 0
    return data


def test_a_zero_byte_store_is_refused_as_damaged(tmp_path: Path, figures: dict) -> None:
    data = made_with_messages(tmp_path, 1)
    (data / "vigilance.db").write_bytes(b"")
    report = selfcheck(data)
    assert report["ok"] is False and report["integrity"] == "damaged"
    search = cli(data, "search", "colis")
    assert search.returncode == 1 and "damaged" in search.stderr
    init = cli(data, "init")
    assert init.returncode == 1 and "already exists" in init.stderr
    assert (data / "vigilance.db").stat().st_size == 0
    figures["damaged_zero_byte"] = {"selfcheck": "damaged", "init": "refused"}


def test_a_flipped_byte_is_salvaged(tmp_path: Path, figures: dict) -> None:
    data = made_with_messages(tmp_path, 40)
    database = data / "vigilance.db"
    pages = database.stat().st_size // 4096
    flip_byte(database, (pages * 2 // 3) * 4096 + 500)
    report = selfcheck(data)
    assert report["ok"] is False and report["integrity"] == "damaged"
    salvage = cli(data, "salvage", "--json")
    assert salvage.returncode == 0, salvage.stdout + salvage.stderr
    result = salvage.json()
    assert result["damaged"] is True and 0 < result["entries_saved"] <= 40
    assert (Path(result["set_aside"]) / "vigilance.db").exists()
    assert selfcheck(data)["ok"] is True
    found = cli(data, "search", "colis", "--json", "--limit", "100")
    assert len(found.stdout.splitlines()) == result["entries_saved"]
    figures["damaged_flipped_byte"] = {"entries": 40, "saved": result["entries_saved"]}


def test_every_flipped_page_salvages_cleanly(tmp_path: Path, figures: dict) -> None:
    paths = DataPaths(tmp_path / "data")
    filled_store(paths, entries=40)
    checkpoint(paths.database)
    clean = paths.database.read_bytes()
    pages = len(clean) // 4096
    saved = []
    for page in range(1, pages, 4):
        for item in list(paths.root.rglob("*"))[::-1]:
            if item.is_file():
                item.unlink()
        paths.database.write_bytes(clean)
        flip_byte(paths.database, page * 4096 + 100)
        saved.append(salvage_store(paths, KEY).entries_saved)
    assert max(saved) == 40
    figures["damaged_every_page"] = {"pages_tried": len(saved), "all_saved": saved.count(40),
                                     "min_saved": min(saved), "entries": 40}


def _store_with_a_live_wal(tmp_path: Path) -> tuple[DataPaths, int]:
    """A store whose last commits are only in the WAL: a writer killed after 6 commits."""
    paths = DataPaths(tmp_path / "data")
    password_store(paths)
    outcome = run_and_kill(random.Random(1), "add", str(paths.root), "0", "40",
                           after_lines=7, within=0.0)
    assert Path(f"{paths.database}-wal").stat().st_size > 0
    return paths, len(outcome.committed)


def test_a_deleted_wal_is_said(tmp_path: Path, figures: dict) -> None:
    paths, committed = _store_with_a_live_wal(tmp_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink()
    report = selfcheck(paths.root, env=CHILD_ENV)
    assert report["ok"] is False and report["missing_commits"] >= 1
    assert report["error_code"] == "entries_missing"
    assert "missing" in report["error"]
    figures["damaged_deleted_wal"] = {"committed": committed,
                                      "missing_said": report["missing_commits"]}


def test_a_damaged_wal_is_said(tmp_path: Path, figures: dict) -> None:
    paths, committed = _store_with_a_live_wal(tmp_path)
    wal = Path(f"{paths.database}-wal")
    flip_byte(wal, wal.stat().st_size - 200)  # inside the last frame
    Path(f"{paths.database}-shm").unlink()
    report = selfcheck(paths.root, env=CHILD_ENV)
    assert report["ok"] is False and report["missing_commits"] >= 1, json.dumps(report)
    figures["damaged_wal"] = {"committed": committed, "missing_said": report["missing_commits"]}
