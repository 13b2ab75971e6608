"""Breach notices: "your insurer wrote to say your data leaked".

Recording a notice starts the ``breach_notice`` checklist for the profile and, for eight weeks
from the day the notice was received, tightens the review of the accounts concerned (through
``vigilance_app.heightened``: the reviews capability calls ``breach_heightened_reasons``).
What was exposed is stored as category codes, never values. Plain Python, no Qt, clock passed in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, select
from sqlalchemy.orm import Mapped, mapped_column

from vigilance_app.guidance.breach_vigilance import (  # noqa: F401  (re-exported)
    EXPOSED,
    HEIGHTENED_WEEKS,
    account_kinds_for,
    breach_heightened_reasons,
)
from vigilance_app.guidance.progress import GuidanceError, clean_note, start_run
from vigilance_app.store.models import Base

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

MAX_TEXT = 120
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class BreachNotice(Base):
    __tablename__ = "breach_notices"
    __table_args__ = (Index("ix_breach_notices_profile", "profile_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    organisation: Mapped[str] = mapped_column(String(MAX_TEXT))
    received_on: Mapped[date] = mapped_column(Date)
    breach: Mapped[str] = mapped_column(String(MAX_TEXT))
    exposed: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    profile_id: int
    organisation: str
    received_on: date
    breach: str
    exposed: tuple[str, ...]
    created_at: datetime


def _short_text(value: str, what: str, required: bool) -> str:
    text = unicodedata.normalize("NFC", value or "")
    text = " ".join(_CONTROL.sub(" ", text).split())
    if len(text) > MAX_TEXT:
        raise GuidanceError(f"The {what} is too long ({MAX_TEXT} characters at most).")
    if required and not text:
        raise GuidanceError(f"Please enter the {what}.")
    masked, _ = clean_note(text)
    return masked


def record_breach_notice(store: Store, profile_id: int, organisation: str, received_on: date,
                         breach: str, exposed: tuple[str, ...] | list[str], now: datetime,
                         language: str = "fr") -> tuple[int, int]:
    """Store the notice and start its checklist: (notice id, plan run id)."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    organisation = _short_text(organisation, "organisation", required=True)
    breach = _short_text(breach, "breach", required=False)
    if not isinstance(received_on, date) or isinstance(received_on, datetime):
        raise GuidanceError("The date the notice was received is not a date.")
    if received_on > now.astimezone(UTC).date() + timedelta(days=1):
        raise GuidanceError("The date the notice was received is in the future.")
    unknown = [code for code in exposed if code not in EXPOSED]
    if unknown:
        raise GuidanceError("Unknown kind of exposed data.")
    codes = ",".join(code for code in EXPOSED if code in set(exposed))
    with store.sessions.begin() as session:
        notice = BreachNotice(profile_id=profile_id, organisation=organisation,
                              received_on=received_on, breach=breach, exposed=codes,
                              created_at=now.astimezone(UTC))
        session.add(notice)
        session.flush()
        notice_id = notice.id
    run_id = start_run(store, profile_id, "breach_notice", now, language=language)
    return notice_id, run_id


def _info(notice: BreachNotice) -> NoticeInfo:
    created = notice.created_at
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    codes = tuple(code for code in notice.exposed.split(",") if code)
    return NoticeInfo(notice.id, notice.profile_id, notice.organisation, notice.received_on,
                      notice.breach, codes, created)


def breach_notices(store: Store, profile_id: int) -> list[NoticeInfo]:
    """The profile's notices, most recently received first."""
    with store.sessions() as session:
        rows = session.scalars(select(BreachNotice).where(BreachNotice.profile_id == profile_id)
                               .order_by(BreachNotice.received_on.desc(),
                                         BreachNotice.id.desc()))
        return [_info(row) for row in rows]
