"""Heightened-vigilance sources the reviews capability reads (see ``vigilance_app.heightened``).

``DEFAULT_SOURCES`` holds the person's own choice (the ``heightened_periods`` table). Other
capabilities provide their own sources (a recorded breach notice, a risky reaction in the
journal), listed here too. Every source is called on the start-up path (Home
panel, tray count), so it must read with raw SQL on ``store.reader``: no SQLAlchemy ORM, no
TOML, nothing heavy.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from vigilance_app.guidance.breach_vigilance import breach_heightened_reasons
from vigilance_app.heightened import ACCOUNT_KINDS, USER_CHOICE, HeightenedReason, HeightenedSource
from vigilance_app.journal.heightened_source import risky_reaction_reasons

if TYPE_CHECKING:
    from vigilance_app.store.store import Store


def parse_kinds(raw: str | None) -> frozenset[str] | None:
    """The stored JSON list of kinds; None (every account) for NULL, JSON null or bad data."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return None
    if not isinstance(value, list):
        return None
    return frozenset(k for k in value if isinstance(k, str) and k in ACCOUNT_KINDS)


def user_choice_source(store: Store, profile_id: int, today: date) -> list[HeightenedReason]:
    """The periods the person chose, current or future (ended ones are left out)."""
    rows = store.reader.execute(
        "SELECT id, since, until, account_kinds, note FROM heightened_periods "
        "WHERE profile_id = ? AND until > ? ORDER BY since, id",
        (profile_id, today.isoformat()),
    ).fetchall()
    return [
        HeightenedReason(
            reason=USER_CHOICE,
            since=date.fromisoformat(since),
            until=date.fromisoformat(until),
            account_kinds=parse_kinds(kinds),
            detail=note or "",
            source_ref=f"heightened_period:{period_id}",
        )
        for period_id, since, until, kinds, note in rows
    ]


DEFAULT_SOURCES: list[HeightenedSource] = [
    user_choice_source,
    breach_heightened_reasons,  # a breach notice the person recorded (guidance)
    risky_reaction_reasons,  # a risky reaction recorded in the journal
]
