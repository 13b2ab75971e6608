"""`vigilance guidance list|show` as a script sees it: JSON lines, sentences, exit codes, no
store needed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.conftest import assert_no_traceback, run_vigilance
from vigilance_app.guidance.content import load_guidance
from vigilance_app.vocabulary import SITUATIONS

URGENCIES = {"now", "today", "this_week", "ongoing"}
RANK = {"now": 0, "today": 1, "this_week": 2, "ongoing": 3}


def lines(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_list_prints_every_plan_as_json_lines(tmp_path: Path) -> None:
    # No store anywhere: an empty data folder stays empty.
    run = run_vigilance("--data-dir", str(tmp_path / "none"), "guidance", "list", "--json")
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    plans = lines(run.stdout)
    content = load_guidance("fr")
    assert [p["situation"] for p in plans] == list(content.plans)
    assert set(p["situation"] for p in plans) <= set(SITUATIONS)
    for plan in plans:
        assert plan["ok"] is True
        assert plan["title"] == content.plans[plan["situation"]].title
        assert plan["steps"], plan["situation"]
        urgencies = [step["urgency"] for step in plan["steps"]]
        assert set(urgencies) <= URGENCIES
        assert [RANK[u] for u in urgencies] == sorted(RANK[u] for u in urgencies)
        for step in plan["steps"]:
            assert step["id"] and step["title"]
            assert step["sources"]
            for source in step["sources"]:
                assert source["url"].startswith("https://")
                assert source["publisher"] and source["title"]
                assert len(source["consulted"]) == 10  # YYYY-MM-DD
    assert not (tmp_path / "none").exists()


def test_show_one_plan_in_english() -> None:
    run = run_vigilance("guidance", "show", "gave_card_details", "--lang", "en", "--json")
    assert_no_traceback(run)
    assert run.returncode == 0, run.stderr
    (plan,) = lines(run.stdout)
    english = load_guidance("en").plans["gave_card_details"]
    assert plan["situation"] == "gave_card_details"
    assert plan["title"] == english.title
    assert {s["id"] for s in plan["steps"]} == {s.id for s in english.steps}
    phones = [c["phone"] for s in plan["steps"] for c in s["contacts"] if c["phone"]]
    assert phones


def test_show_as_text() -> None:
    run = run_vigilance("guidance", "show", "gave_card_details")
    assert_no_traceback(run)
    assert run.returncode == 0
    french = load_guidance("fr").plans["gave_card_details"]
    assert french.title in run.stdout
    assert french.steps_by_urgency()[0].title in run.stdout
    assert "1." in run.stdout


def test_unknown_situation_is_a_sentence_and_exit_1() -> None:
    run = run_vigilance("guidance", "show", "won_the_lottery")
    assert_no_traceback(run)
    assert run.returncode == 1
    assert "There is no plan called 'won_the_lottery'" in run.stderr
    assert run.stdout == ""
    as_json = run_vigilance("guidance", "show", "won_the_lottery", "--json")
    assert as_json.returncode == 1
    (error,) = lines(as_json.stdout)
    assert error["ok"] is False and "won_the_lottery" in error["error"]


def test_a_missing_action_is_a_usage_error() -> None:
    run = run_vigilance("guidance")
    assert_no_traceback(run)
    assert run.returncode == 2
    assert "usage" in run.stderr.lower()
