"""The shared codes and how reactions lead to plans."""

from __future__ import annotations

from datetime import date

from vigilance_app.heightened import HeightenedReason
from vigilance_app.vocabulary import (
    REACTION_SITUATION,
    REACTIONS,
    RISKY_REACTIONS,
    SITUATIONS,
    situation_for,
)


def test_every_reaction_maps_to_a_known_situation_or_none() -> None:
    assert set(REACTION_SITUATION) == set(REACTIONS)
    assert {s for s in REACTION_SITUATION.values() if s} <= set(SITUATIONS)
    assert "ignored" not in RISKY_REACTIONS and "gave_card_details" in RISKY_REACTIONS


def test_the_most_urgent_reaction_wins_then_the_channel() -> None:
    assert situation_for(["clicked_link", "gave_card_details"]) == "gave_card_details"
    assert situation_for(["paid"], "sms") == "paid_scammer"
    assert situation_for(["ignored"], "phone_call") == "suspicious_call"
    assert situation_for([], "letter") is None


def test_a_heightened_reason_is_active_from_its_start_until_its_end() -> None:
    reason = HeightenedReason("breach_notice", date(2026, 3, 1), date(2026, 4, 26),
                              frozenset({"ameli"}))
    assert reason.active_on(date(2026, 3, 1)) and not reason.active_on(date(2026, 4, 26))
    assert reason.concerns("ameli") and not reason.concerns("bank")
    assert HeightenedReason("user_choice", date(2026, 3, 1), date(2026, 3, 2)).concerns("bank")
