"""Demo guidance data: a Viamedis/Almerys breach notice with its checklist partly done, and a
"I gave my card details" plan in progress (the journal links its entry when it adds one).

Plain Python, no Qt; ``now`` is passed in.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from vigilance_app.guidance.breach import record_breach_notice
from vigilance_app.guidance.progress import content_for, ordered_steps, start_run, tick

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

BREACH = "Viamedis/Almerys, février 2024"
ORGANISATION = "Ma mutuelle santé"
CARD_NOTE = "Opposition faite, n° d'enregistrement 58213"


def add_demo_guidance(store: Store, profile_id: int, now: datetime,
                      journal_entry_id: int | None = None,
                      card_profile_id: int | None = None) -> dict[str, int]:
    """Record the demo notice for ``profile_id`` and the card plan for ``card_profile_id``
    (the same profile when None), linked to the journal entry it answers; returns their ids."""
    received = (now - timedelta(days=12)).date()
    notice_id, breach_run = record_breach_notice(
        store, profile_id, ORGANISATION, received, BREACH,
        ("civil_status", "nir", "insurer"), now - timedelta(days=11))
    plans = content_for("fr").plans
    breach_steps = ordered_steps(plans["breach_notice"]) if "breach_notice" in plans else []
    for offset, step in enumerate(breach_steps[:2]):
        tick(store, breach_run, step.id, now - timedelta(days=10 - offset))

    card_owner = profile_id if card_profile_id is None else card_profile_id
    card_run = start_run(store, card_owner, "gave_card_details", now - timedelta(hours=3),
                         journal_entry_id=journal_entry_id)
    card_steps = ordered_steps(plans["gave_card_details"]) if "gave_card_details" in plans else []
    if card_steps:
        tick(store, card_run, card_steps[0].id, now - timedelta(hours=2), CARD_NOTE)
    return {"breach_notice": notice_id, "breach_run": breach_run, "card_run": card_run}
