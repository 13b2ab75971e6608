"""`vigilance import` and `vigilance search` as a script runs them, on a store made by `init`
(password mode, so no keyring is needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.conftest import (
    REPO,
    TEST_PASSWORD,
    Run,
    assert_no_traceback,
    child_env,
    run_vigilance,
)

WITH_PASSWORD = {"VIGILANCE_PASSWORD": TEST_PASSWORD}
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "phishing_eml"


def lines(run: Run) -> list[dict]:
    return [json.loads(line) for line in run.stdout.splitlines() if line.strip()]


def with_stdin(*args: str, text: str) -> Run:
    proc = subprocess.run([sys.executable, "-m", "vigilance_app", *args], cwd=REPO,
                          env=child_env(WITH_PASSWORD), input=text, capture_output=True,
                          text=True, timeout=120, check=False)
    return Run(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("journal-cli") / "store"
    run = run_vigilance("--data-dir", str(root), "init", "--name", "Jeannine",
                        env=WITH_PASSWORD)
    assert run.returncode == 0, run.stderr
    return root


def test_import_files_and_stdin_then_search_by_words_and_numbers(store_dir: Path,
                                                                  tmp_path: Path) -> None:
    emls = sorted(CORPUS.glob("*.eml"))[:3]
    if not emls:
        pytest.skip("shared corpus not found")
    sms = tmp_path / "sms.txt"
    sms.write_text("Chronopost : votre colis est bloqué, réglez 1,99 EUR sur "
                   "https://chrono-livraison.info/pay", encoding="utf-8")
    run = run_vigilance("--data-dir", str(store_dir), "import", *map(str, emls), str(sms),
                        "--channel", "sms", "--from", "07 55 44 33 22", "--json",
                        env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    results = lines(run)
    assert [r["file"] for r in results] == [*map(str, emls), str(sms)]
    assert all(r["ok"] and isinstance(r["id"], int) for r in results)
    sms_id = results[-1]["id"]

    piped = with_stdin("--data-dir", str(store_dir), "import", "-", "--from",
                       "+33 6 12 34 56 78", "--json",
                       text="Ameli : remboursement de 48,70 EUR en attente, "
                            "confirmez sur ameli-remboursement.info")
    assert_no_traceback(piped)
    assert piped.returncode == 0, piped.stderr
    (stdin_result,) = lines(piped)
    assert stdin_result["file"] == "-" and stdin_result["ok"]

    for query in ("06 12 34 56 78", "0612345678", "+33612345678", "0033 6 12 34 56 78"):
        found = run_vigilance("--data-dir", str(store_dir), "search", query, "--json",
                              env=WITH_PASSWORD)
        assert found.returncode == 0, found.stderr
        hits = lines(found)
        assert [h["id"] for h in hits] == [stdin_result["id"]], query
        assert set(hits[0]) == {"id", "received_at", "channel", "summary", "risk"}
        assert hits[0]["channel"] == "sms" and hits[0]["risk"] in ("medium", "high")
    found = run_vigilance("--data-dir", str(store_dir), "search", "BLOQUE colis", "--json",
                          env=WITH_PASSWORD)
    assert [h["id"] for h in lines(found)] == [sms_id]
    plain = run_vigilance("--data-dir", str(store_dir), "search", "remboursement",
                          env=WITH_PASSWORD)
    assert plain.returncode == 0 and "remboursement" in plain.stdout.lower()
    none = run_vigilance("--data-dir", str(store_dir), "search", "introuvablexyz", "--json",
                         env=WITH_PASSWORD)
    assert none.returncode == 0 and none.stdout == ""


def test_a_failing_input_is_a_json_line_and_exit_1(store_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("Bonjour, votre compte CPF expire, https://cpf-droits.info", "utf-8")
    big = tmp_path / "big.eml"
    with big.open("wb") as f:
        f.truncate(26 * 1024 * 1024)
    run = run_vigilance("--data-dir", str(store_dir), "import", str(tmp_path / "absent.eml"),
                        str(big), str(good), "--json", env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 1
    absent, too_big, ok = lines(run)
    assert absent == {"file": str(tmp_path / "absent.eml"), "ok": False,
                      "error": "This file does not exist or is not a file."}
    assert not too_big["ok"] and "too large" in too_big["error"]
    assert ok["ok"] and "id" in ok


def test_without_a_store_or_password_a_sentence_not_a_traceback(tmp_path: Path,
                                                                store_dir: Path) -> None:
    run = run_vigilance("--data-dir", str(tmp_path / "nothing"), "search", "x", "--json",
                        env=WITH_PASSWORD)
    assert_no_traceback(run)
    assert run.returncode == 1
    assert run.json() == {"ok": False, "error": "No store here yet: run 'vigilance init' or "
                                                "open the window."}
    wrong = run_vigilance("--data-dir", str(store_dir), "search", "x", "--json",
                          env={"VIGILANCE_PASSWORD": "wrong password!"})
    assert_no_traceback(wrong)
    assert wrong.returncode == 1 and wrong.json()["ok"] is False
    assert "wrong password" not in wrong.stdout + wrong.stderr
