"""`vigilance due` and `vigilance export --format ics` run for real in a child process, on a
password-mode store filled through the reviews API."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.fakes import fast_kdf
from tests.integration.conftest import NO_KEYRING, TEST_PASSWORD, assert_no_traceback, run_vigilance
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.setup_store import create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.vault import CustodyMode, Vault

ENV = {"VIGILANCE_PASSWORD": TEST_PASSWORD, "DBUS_SESSION_BUS_ADDRESS": None,
       "PYTHON_KEYRING_BACKEND": NO_KEYRING, "TZ": "Europe/Paris"}


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reviews-cli") / "store"
    paths = DataPaths(root)
    created = create_new_store(paths, Vault(paths, kdf_params=fast_kdf), CustodyMode.PASSWORD,
                               "Jeannine", Relationship.RELATIVE, password=TEST_PASSWORD)
    store = created.store
    profile = store.profiles()[0].id
    other = store.add_profile("Moi", Relationship.SELF).id
    bank = api.add_account(store, profile, "bank", "Compte courant",
                           now=datetime(2026, 2, 1, tzinfo=UTC), institution="Banque Secrète",
                           official_url="https://www.banque-secrete.fr")
    ameli = api.add_account(store, profile, "ameli", "ameli", now=datetime(2026, 1, 1, tzinfo=UTC))
    email = api.add_account(store, profile, "email", "Messagerie",
                            now=datetime(2026, 2, 20, tzinfo=UTC))
    api.record_review(store, bank.id, "normal", "", datetime(2026, 3, 1, 9, tzinfo=UTC))
    api.record_review(store, ameli.id, "unusual", "NOTE-SECRETE", datetime(2026, 2, 1, tzinfo=UTC))
    api.start_heightened(store, profile, date(2026, 2, 25), date(2026, 4, 22), ["email"])
    api.snooze(store, ameli.id, "next_week", date(2026, 3, 2))
    api.add_account(store, other, "tax", "Impôts de moi", now=datetime(2026, 1, 1, tzinfo=UTC))
    store.close()
    del email
    return root


def due(store_dir: Path, *args: str) -> list[dict]:
    run = run_vigilance("--data-dir", str(store_dir), "due", *args, env=ENV)
    assert run.returncode == 0, run.stderr
    assert_no_traceback(run)
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def test_due_json_one_line_per_account(store_dir: Path) -> None:
    lines = due(store_dir, "--at", "2026-03-02", "--json")
    by_name = {line["account"]: line for line in lines}
    assert set(by_name) == {"Compte courant", "ameli", "Messagerie"}  # the active profile only
    for line in lines:
        assert set(line) >= {"account", "kind", "next_due", "state", "heightened_until"}
        assert line["state"] in ("upcoming", "due", "overdue")
    assert by_name["Compte courant"] == {
        "account": "Compte courant", "kind": "bank", "next_due": "2026-03-08",
        "state": "upcoming", "heightened_until": None, "snoozed_until": None}
    assert by_name["ameli"]["next_due"] == "2026-03-01"
    assert by_name["ameli"]["state"] == "due"
    assert by_name["ameli"]["snoozed_until"] == "2026-03-09"
    # Heightened vigilance since 25 February: the mailbox, added on 20 February, is due then.
    assert by_name["Messagerie"]["heightened_until"] == "2026-04-22"
    assert by_name["Messagerie"]["next_due"] == "2026-02-25"
    assert by_name["Messagerie"]["state"] == "overdue"
    assert lines[0]["account"] == "Messagerie"  # soonest first


def test_due_moves_with_the_date(store_dir: Path) -> None:
    later = {line["account"]: line for line in due(store_dir, "--at", "2026-04-22", "--json")}
    assert later["Messagerie"]["heightened_until"] is None  # back to normal by itself
    assert later["Messagerie"]["next_due"] == "2026-03-20"  # monthly from its creation
    assert later["Compte courant"]["state"] == "overdue"
    earlier = {line["account"]: line for line in due(store_dir, "--at", "2026-02-10", "--json")}
    assert earlier["Messagerie"]["state"] == "upcoming"


def test_due_plain_text(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "due", "--at", "2026-03-02", env=ENV)
    assert run.returncode == 0
    assert "Compte courant (bank): upcoming, due 2026-03-08" in run.stdout
    assert "heightened vigilance until 2026-04-22" in run.stdout
    assert "{" not in run.stdout


def test_due_with_a_bad_date_is_a_sentence(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "due", "--at", "02/03/2026", "--json",
                        env=ENV)
    assert run.returncode == 1
    assert_no_traceback(run)
    assert run.json() == {"ok": False,
                          "error": "--at expects a date such as 2026-03-14, not '02/03/2026'."}


def test_due_without_the_password_is_a_sentence(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "due", "--json",
                        env={**ENV, "VIGILANCE_PASSWORD": "wrong password here"})
    assert run.returncode == 1
    assert_no_traceback(run)
    data = run.json()
    assert data["ok"] is False and data["error"]


def test_due_on_an_empty_folder_says_what_to_do(tmp_path: Path) -> None:
    run = run_vigilance("--data-dir", str(tmp_path / "none"), "due", env=ENV)
    assert run.returncode == 1
    assert_no_traceback(run)
    assert "vigilance init" in run.stderr
    assert not (tmp_path / "none" / "vigilance.db").exists()


def parse(ics: bytes) -> list:
    calendar = Calendar.from_ical(ics)
    return list(calendar.walk("VEVENT"))


def test_export_ics_to_a_private_file(store_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "revues.ics"
    target.write_text("old content")
    target.chmod(0o644)
    run = run_vigilance("--data-dir", str(store_dir), "export", "--format", "ics",
                        "-o", str(target), env=ENV)
    assert run.returncode == 0, run.stderr
    assert_no_traceback(run)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    events = parse(data)
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    # Each event says whose account it is (the person watched over), then the account.
    assert "Jeannine — Vérifier : Compte courant" in summaries
    assert "Jeannine — Vérifier : ameli" in summaries
    assert all(e.get("RRULE") and list(e.walk("VALARM")) for e in events)
    text = data.decode("utf-8")
    for secret in ("Banque Secrète", "banque-secrete", "NOTE-SECRETE", "Impôts"):
        assert secret not in text
    assert "revues.ics" in run.stdout


def test_export_to_stdout_has_stable_uids(store_dir: Path) -> None:
    runs = [run_vigilance("--data-dir", str(store_dir), "--lang", "en", "export", "--format",
                          "ics", env=ENV) for _ in range(2)]
    uids = []
    for run in runs:
        assert run.returncode == 0, run.stderr
        events = parse(run.stdout.encode("utf-8"))
        assert all(str(e["SUMMARY"]).startswith("Jeannine — Check: ") for e in events)
        uids.append(sorted(str(e["UID"]) for e in events))
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0]) >= 3


def test_export_needs_a_format(store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(store_dir), "export", env=ENV)
    assert run.returncode == 2
    assert "--format" in run.stderr
    assert_no_traceback(run)
