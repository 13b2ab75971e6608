"""Tables of the reviews capability (created by revision 0005).

Timestamps are stored in UTC (naive in SQLite, read back as UTC); ``since``/``until`` and
snooze dates are the person's local calendar dates. ``journal_entry_id`` is a plain integer
(no foreign key): the journal lives in another capability and may delete its entries.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from vigilance_app.store.models import Base, utcnow

RHYTHM_UNITS: tuple[str, ...] = ("day", "week", "month")
RESULTS: tuple[str, ...] = ("normal", "unusual")


class Account(Base):
    """An account the person reviews: a bank, ameli, a mailbox... Never a number or password."""

    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("rhythm_unit IN ('day', 'week', 'month')", name="ck_accounts_unit"),
        CheckConstraint("rhythm_count >= 1", name="ck_accounts_count"),
        Index("ix_accounts_profile", "profile_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("profiles.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(80))
    institution: Mapped[str] = mapped_column(String(120), default="")
    official_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    rhythm_count: Mapped[int] = mapped_column(Integer)
    rhythm_unit: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class AccountReview(Base):
    """One review the person did: when, what they found, their own short note."""

    __tablename__ = "account_reviews"
    __table_args__ = (
        CheckConstraint("result IN ('normal', 'unusual')", name="ck_account_reviews_result"),
        Index("ix_account_reviews_account_time", "account_id", "reviewed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="CASCADE"))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    result: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    journal_entry_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class ReviewSnooze(Base):
    """The reminder of an account is quiet until ``until`` (a local date); one per account."""

    __tablename__ = "review_snoozes"

    account_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    until: Mapped[date] = mapped_column(Date)


class HeightenedPeriod(Base):
    """The person's own choice to review more often from ``since`` until ``until`` (exclusive).

    ``account_kinds`` is a JSON list of kinds, or null for every account of the profile.
    """

    __tablename__ = "heightened_periods"
    __table_args__ = (Index("ix_heightened_periods_profile", "profile_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("profiles.id", ondelete="CASCADE"))
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date] = mapped_column(Date)
    account_kinds: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
