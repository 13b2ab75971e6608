"""`vigilance people`, `evidence`, `handover`, `erase` and `--person` as a script runs them,
on stores made by `init` (password mode, so no keyring is needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from tests.integration.conftest import (
    REPO,
    TEST_PASSWORD,
    Run,
    assert_no_traceback,
    child_env,
    run_vigilance,
)

WITH_PASSWORD = {"VIGILANCE_PASSWORD": TEST_PASSWORD}


def vigilance(root: Path, *args: str, stdin: str | None = None,
              env: dict[str, str | None] | None = None) -> Run:
    extra: dict[str, str | None] = {**WITH_PASSWORD, **(env or {})}
    if stdin is None:
        run = run_vigilance("--data-dir", str(root), *args, env=extra)
    else:
        proc = subprocess.run([sys.executable, "-m", "vigilance_app", "--data-dir", str(root),
                               *args], cwd=REPO, env=child_env(extra), input=stdin,
                              capture_output=True, text=True, timeout=120, check=False)
        run = Run(proc.returncode, proc.stdout, proc.stderr)
    assert_no_traceback(run)
    return run


def failed_with_a_sentence(run: Run) -> str:
    assert run.returncode == 1, run.stdout
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("vigilance: "), run.stderr
    return lines[0]


def init(root: Path, name: str = "Moi") -> None:
    run = vigilance(root, "init", "--name", name)
    assert run.returncode == 0, run.stderr


@pytest.fixture(scope="module")
def family(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with "Moi" and "Jeanne" (a relative), each with one journal entry."""
    root = tmp_path_factory.mktemp("people-cli") / "store"
    init(root)
    assert vigilance(root, "people", "add", "Jeanne", "--relative").returncode == 0
    for person, text in (("Jeanne", "Ameli : remboursement de 48,70 EUR, carte "
                                    "4970 1012 3456 7893, https://ameli-remb.info/r"),
                         ("Moi", "Chronopost : colis bloqué, 1,99 EUR sur "
                                 "https://chrono-x.info")):
        run = vigilance(root, "import", "-", "--from", "+33 6 12 34 56 78", "--person",
                        person, "--json", stdin=text)
        assert run.returncode == 0, run.stderr
    return root


def test_people_list_add_rename_switch_remove(tmp_path: Path) -> None:
    root = tmp_path / "store"
    init(root)
    assert vigilance(root, "people", "add", "Jeanne", "--relative").stdout == \
        "Jeanne was added.\n"
    assert "already in Vigilance" in failed_with_a_sentence(
        vigilance(root, "people", "add", "JEANNE"))
    run = vigilance(root, "people", "list", "--json")
    assert run.returncode == 0, run.stderr
    listing = [json.loads(line) for line in run.stdout.splitlines()]
    assert listing == [{"name": "Moi", "relative": False, "active": True},
                       {"name": "Jeanne", "relative": True, "active": False}]
    assert vigilance(root, "people", "rename", "jeanne", "Maman").returncode == 0
    assert vigilance(root, "people", "switch", "Maman").returncode == 0
    assert vigilance(root, "people", "list").stdout == "  Moi (yourself)\n* Maman (a relative)\n"
    refused = failed_with_a_sentence(vigilance(root, "people", "remove", "Maman"))
    assert "--yes" in refused and "0 journal entries" in refused
    assert "Nobody called Paul" in failed_with_a_sentence(
        vigilance(root, "people", "remove", "Paul", "--yes"))
    removed = vigilance(root, "people", "remove", "Maman", "--yes")
    assert removed.returncode == 0 and removed.stdout.startswith("Maman was removed")
    assert vigilance(root, "people", "list").stdout == "* Moi (yourself)\n"
    assert "only person" in failed_with_a_sentence(
        vigilance(root, "people", "remove", "Moi", "--yes"))


def test_person_option_on_search_due_and_export(family: Path, tmp_path: Path) -> None:
    hers = vigilance(family, "search", "remboursement", "--person", "Jeanne", "--json")
    assert len(hers.stdout.splitlines()) == 1
    assert vigilance(family, "search", "remboursement", "--json").stdout == ""  # Moi's
    assert "Nobody called Zoé" in failed_with_a_sentence(
        vigilance(family, "search", "x", "--person", "Zoé"))
    assert vigilance(family, "due", "--person", "Jeanne", "--json").returncode == 0
    assert "Nobody called" in failed_with_a_sentence(
        vigilance(family, "due", "--person", "Zoé"))
    ics = tmp_path / "agenda.ics"
    run = vigilance(family, "export", "--format", "ics", "--person", "Jeanne", "-o", str(ics))
    assert run.returncode == 0 and "(0 events)" in run.stdout
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT") == []
    folder = tmp_path / "agendas"
    folder.mkdir()
    named = vigilance(family, "export", "--format", "ics", "--person", "Jeanne", "-o",
                      str(folder))
    assert named.returncode == 0, named.stderr
    (written,) = folder.iterdir()
    assert written.name.startswith("Agenda Jeanne ") and written.suffix == ".ics"


@pytest.mark.parametrize("fmt", ["pdf", "json", "csv"])
def test_evidence_in_each_format(family: Path, tmp_path: Path, fmt: str) -> None:
    run = vigilance(family, "evidence", "--format", fmt, "--person", "Jeanne", "-o",
                    str(tmp_path), "--since", "2000-01-01")
    assert run.returncode == 0, run.stderr
    (written,) = tmp_path.iterdir()
    assert written.name.startswith("Dossier Jeanne ") and written.suffix == f".{fmt}"
    assert (written.stat().st_mode & 0o777) == 0o600
    assert str(written) in run.stdout and "(1 contact)" in run.stdout
    if fmt == "pdf":
        text = "".join(p.extract_text() or "" for p in PdfReader(str(written)).pages)
        squeezed = "".join(text.split())
        assert "DossierdesignalementJeanne" in squeezed.replace("—", "")
        assert "7893" in squeezed and "4970101234567893" not in squeezed
        assert "+33612345678" in squeezed
    elif fmt == "json":
        data = json.loads(written.read_text("utf-8"))
        assert data["person"]["name"] == "Jeanne" and len(data["contacts"]) == 1
        assert data["contacts"][0]["senders"] == ["+33 6 12 34 56 78"]
    else:
        text = written.read_text("utf-8-sig")
        assert "'+33 6 12 34 56 78" in text and "hxxps://ameli-remb[.]info" in text


def test_evidence_failures_are_sentences(family: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.json"
    assert "no journal entry" in failed_with_a_sentence(vigilance(
        family, "evidence", "--format", "json", "--since", "2099-01-01", "-o", str(out)))
    assert "--until expects a date" in failed_with_a_sentence(vigilance(
        family, "evidence", "--format", "json", "--until", "demain", "-o", str(out)))
    english = vigilance(family, "evidence", "--format", "csv", "--lang", "en", "--person",
                        "Jeanne", "-o", str(tmp_path / "e.csv"))
    assert english.returncode == 0
    assert (tmp_path / "e.csv").read_text("utf-8-sig").startswith('"Reference","Date and time"')
    assert not out.exists()


def test_handover_between_two_data_folders(family: Path, tmp_path: Path) -> None:
    export = vigilance(family, "handover", "export", "--person", "Jeanne", "-o", str(tmp_path))
    assert export.returncode == 0, export.stderr
    passphrase = export.stdout.splitlines()[-1]
    assert len(passphrase.split()) == 6 and passphrase.replace(" ", "").isalpha()
    (file,) = tmp_path.glob("Transmission Jeanne *.vigilance")
    assert (file.stat().st_mode & 0o777) == 0o600

    other = tmp_path / "other"
    init(other, "Sophie")
    wrong = vigilance(other, "handover", "import", str(file),
                      env={"VIGILANCE_HANDOVER_PASSPHRASE": "not the right words at all"})
    assert "not the right one" in failed_with_a_sentence(wrong)
    assert "Nothing was imported" in wrong.stderr
    assert vigilance(other, "people", "list").stdout == "* Sophie (yourself)\n"

    first = vigilance(other, "handover", "import", str(file),
                      env={"VIGILANCE_HANDOVER_PASSPHRASE": passphrase})
    assert first.returncode == 0, first.stderr
    assert first.stdout == "Jeanne was added: 1 journal entries, 0 accounts, 0 plans.\n"
    second = vigilance(other, "handover", "import", str(file), stdin=passphrase + "\n")
    assert second.returncode == 0, second.stderr
    assert "brought up to date: 0 new journal entries (1 already there)" in second.stdout
    found = vigilance(other, "search", "remboursement", "--person", "Jeanne", "--json")
    assert len(found.stdout.splitlines()) == 1

    damaged = tmp_path / "damaged.vigilance"
    data = bytearray(file.read_bytes())
    data[-5] ^= 0x40
    damaged.write_bytes(bytes(data))
    assert "damaged" in failed_with_a_sentence(vigilance(
        other, "handover", "import", str(damaged),
        env={"VIGILANCE_HANDOVER_PASSPHRASE": passphrase}))
    assert "passphrase is needed" in failed_with_a_sentence(
        vigilance(other, "handover", "import", str(file)))


def test_erase_leaves_nothing(tmp_path: Path) -> None:
    root = tmp_path / "store"
    init(root)
    config = tmp_path / "config"
    autostart = config / "autostart" / "vigilance.desktop"
    autostart.parent.mkdir(parents=True)
    autostart.write_text("[Desktop Entry]\nName=Vigilance\n")
    env = {"XDG_CONFIG_HOME": str(config)}
    assert "--yes" in failed_with_a_sentence(vigilance(root, "erase", env=env))
    assert root.exists()
    run = vigilance(root, "erase", "--yes", env=env)
    assert run.returncode == 0, run.stderr
    assert "Erased: vigilance.db" in run.stdout and "start-at-login" in run.stdout
    assert not root.exists() and not autostart.exists()
    again = vigilance(root, "erase", "--yes", env=env)
    assert again.returncode == 0 and "Nothing of Vigilance" in again.stdout
    assert "No store here yet" in failed_with_a_sentence(vigilance(root, "people", "list"))
