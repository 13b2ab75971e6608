"""Heightened vigilance: why account reviews tighten for a while, and until when.

Three capabilities produce reasons — a breach notice the person recorded (guidance), a risky
reaction in the journal (journal), the person's own choice (reviews) — and the reviews
capability reads them all through this one small interface to tighten the rhythm of the
accounts concerned. Plain Python, no Qt, no database import: each source reads its own tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

# Reason codes (stored by the sources, shown in words by the reviews screens).
BREACH_NOTICE = "breach_notice"
RISKY_REACTION = "risky_reaction"
USER_CHOICE = "user_choice"
REASONS: tuple[str, ...] = (BREACH_NOTICE, RISKY_REACTION, USER_CHOICE)

# Account kinds (reviews capability; listed here so sources can name the accounts concerned).
ACCOUNT_KINDS: tuple[str, ...] = (
    "bank", "ameli", "insurer", "email", "tax", "phone_operator", "caf_pension", "online_shop",
    "other",
)


@dataclass(frozen=True)
class HeightenedReason:
    """One reason to review some accounts more often.

    ``account_kinds`` None means every account of the profile. ``detail`` is the person's own
    words or a short identifier (e.g. "Viamedis/Almerys, février 2024"), never a card number.
    ``source_ref`` lets the screens link back ("breach_notice:3", "journal_entry:42").
    """

    reason: str
    since: date
    until: date
    account_kinds: frozenset[str] | None = None
    detail: str = ""
    source_ref: str = ""

    def active_on(self, day: date) -> bool:
        return self.since <= day < self.until

    def concerns(self, account_kind: str) -> bool:
        return self.account_kinds is None or account_kind in self.account_kinds


# A source: given the open store, a profile id and today's date, the reasons it knows of
# (active or not: the reviews capability filters with ``active_on``).
HeightenedSource = Callable[["Store", int, date], list[HeightenedReason]]
