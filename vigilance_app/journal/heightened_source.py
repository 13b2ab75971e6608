"""The journal as a source of heightened vigilance: a risky reaction (``clicked_link``,
``gave_card_details``…) recorded in the last 8 weeks tightens the review of the accounts it
puts at risk, for 8 weeks from the day of the contact.

Raw SQL on ``store.reader``: cheap enough for the Home page, no ORM or analysis import.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from vigilance_app.heightened import RISKY_REACTION, HeightenedReason
from vigilance_app.vocabulary import RISKY_REACTIONS

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

WINDOW = timedelta(days=56)

# Which accounts a reaction puts at risk; None: every account (the person's identity, or
# the whole computer, is exposed).
REACTION_ACCOUNTS: dict[str, frozenset[str] | None] = {
    "clicked_link": frozenset({"email", "online_shop"}),
    "gave_credentials": frozenset({"email", "online_shop"}),
    "gave_card_details": frozenset({"bank"}),
    "gave_bank_details": frozenset({"bank"}),
    "paid": frozenset({"bank"}),
    "gave_nir": frozenset({"ameli", "insurer", "tax", "caf_pension"}),
    "gave_personal_info": None,
    "installed_remote_access": None,
}

# The organisation a message claimed to be adds its own accounts (a fake Ameli page that
# got clicked puts the Ameli account at risk).
ORG_ACCOUNTS: dict[str, frozenset[str]] = {
    "assurance_maladie": frozenset({"ameli"}),
    "impots": frozenset({"tax"}),
    "caf": frozenset({"caf_pension"}),
    "cpf": frozenset({"other"}),
    "antai": frozenset({"bank"}),
    "la_poste": frozenset({"bank"}),
    "chronopost": frozenset({"bank"}),
}


def accounts_for(reactions: tuple[str, ...] | list[str], org_id: str | None
                 ) -> frozenset[str] | None:
    kinds: set[str] = set()
    for code in reactions:
        if code not in RISKY_REACTIONS:
            continue
        mapped = REACTION_ACCOUNTS.get(code)
        if mapped is None:
            return None
        kinds |= mapped
    kinds |= ORG_ACCOUNTS.get(org_id or "", frozenset())
    return frozenset(kinds)


def risky_reaction_reasons(store: Store, profile_id: int, today: date) -> list[HeightenedReason]:
    """One reason per entry with a risky reaction received in the 8 weeks before ``today``
    (inclusive): ``since`` the entry's day, ``until`` 56 days later."""
    start = datetime(today.year, today.month, today.day, tzinfo=UTC) - WINDOW
    end = datetime(today.year, today.month, today.day, tzinfo=UTC) + timedelta(days=1)
    risky = sorted(RISKY_REACTIONS)
    marks = ",".join("?" * len(risky))
    rows = store.reader.execute(
        "SELECT e.id, e.received_at, e.summary, e.claimed_org_id, group_concat(r.code) "
        "FROM journal_entries e JOIN journal_reactions r ON r.entry_id = e.id "
        f"WHERE e.profile_id = ? AND e.deleted_at IS NULL AND r.code IN ({marks}) "
        "AND e.received_at >= ? AND e.received_at < ? "
        "GROUP BY e.id ORDER BY e.received_at, e.id",
        (profile_id, *risky, start.strftime("%Y-%m-%d %H:%M:%S"),
         end.strftime("%Y-%m-%d %H:%M:%S"))).fetchall()
    reasons = []
    for entry_id, received_at, summary, org_id, codes in rows:
        day = date.fromisoformat(received_at[:10])
        reasons.append(HeightenedReason(
            RISKY_REACTION, since=day, until=day + WINDOW,
            account_kinds=accounts_for(tuple(codes.split(",")), org_id),
            detail=(summary or "")[:120], source_ref=f"journal_entry:{entry_id}"))
    return reasons
