"""Breach notices as a source of heightened vigilance for account reviews.

Kept apart from ``breach.py`` (which holds the ORM class) because the reviews capability calls
this source on the start-up path (Home panel, tray count): raw SQL on ``store.reader``, no
SQLAlchemy import.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from vigilance_app.heightened import BREACH_NOTICE, HeightenedReason

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

# What a notice may say was exposed (codes stored in the database).
EXPOSED: tuple[str, ...] = (
    "civil_status", "nir", "insurer", "health", "bank", "contact", "other",
)
HEIGHTENED_WEEKS = 8
# Which accounts to watch more closely, by what leaked. Identity and health-insurance data feed
# "refund" and "new card" scams: the health-insurance accounts, the bank and the mailbox.
_KINDS_BY_EXPOSED: dict[str, frozenset[str]] = {
    "civil_status": frozenset({"ameli", "insurer", "bank", "email"}),
    "nir": frozenset({"ameli", "insurer", "bank", "email"}),
    "insurer": frozenset({"ameli", "insurer", "bank", "email"}),
    "health": frozenset({"ameli", "insurer", "bank", "email"}),
    "bank": frozenset({"bank"}),
    "contact": frozenset({"email", "phone_operator"}),
}


def account_kinds_for(exposed: tuple[str, ...] | list[str] | frozenset[str]
                      ) -> frozenset[str] | None:
    """The account kinds to watch, or None (every account) when unsure."""
    codes = set(exposed)
    if not codes or "other" in codes or not codes <= set(_KINDS_BY_EXPOSED):
        return None
    kinds: set[str] = set()
    for code in codes:
        kinds |= _KINDS_BY_EXPOSED[code]
    return frozenset(kinds)


def breach_heightened_reasons(store: Store, profile_id: int,
                              today: date) -> list[HeightenedReason]:
    """One reason per recorded notice, from the day it was received for 8 weeks (active or
    not: the reviews capability filters with ``active_on(today)``)."""
    rows = store.reader.execute(
        "SELECT id, organisation, received_on, breach, exposed FROM breach_notices "
        "WHERE profile_id = ? ORDER BY received_on DESC, id DESC", (profile_id,)).fetchall()
    reasons = []
    for notice_id, organisation, received_on, breach, exposed in rows:
        since = date.fromisoformat(str(received_on)[:10])
        codes = tuple(code for code in (exposed or "").split(",") if code)
        reasons.append(HeightenedReason(
            reason=BREACH_NOTICE,
            since=since,
            until=since + timedelta(weeks=HEIGHTENED_WEEKS),
            account_kinds=account_kinds_for(codes),
            detail=breach or organisation,
            source_ref=f"breach_notice:{notice_id}",
        ))
    return reasons
