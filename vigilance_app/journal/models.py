"""ORM classes of the journal tables (revision 0003), for the metadata and for scripts.

The repository itself reads and writes with plain SQL (one round trip per page of the list,
no ORM objects handed to the UI); these classes describe the same tables so that
``Base.metadata`` matches the migrated schema. ``journal_fts`` (FTS5) has no class.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from vigilance_app.store.models import Base

_CASCADE = {"ondelete": "CASCADE"}


def _entry_fk(primary: bool = False) -> Mapped[int]:
    return mapped_column(Integer, ForeignKey("journal_entries.id", **_CASCADE),
                         primary_key=primary, nullable=False)


class JournalEntry(Base):
    __tablename__ = "journal_entries"
    __table_args__ = (Index("ix_journal_entries_profile_time", "profile_id", "received_at",
                            "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    profile_id: Mapped[int] = mapped_column(Integer, ForeignKey("profiles.id", **_CASCADE))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    channel: Mapped[str] = mapped_column(String(16))
    claimed_org_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_org_text: Mapped[str] = mapped_column(String(200), server_default="")
    summary: Mapped[str] = mapped_column(String(500), server_default="")
    risk: Mapped[str | None] = mapped_column(String(8), nullable=True)
    status: Mapped[str] = mapped_column(String(8), server_default="new")
    masked_kinds: Mapped[str] = mapped_column(String(64), server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[str | None] = mapped_column(String(40), nullable=True)


class JournalText(Base):
    """The long texts and the original message bytes of an entry, apart from its list row."""

    __tablename__ = "journal_texts"

    entry_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("journal_entries.id", **_CASCADE), primary_key=True,
        autoincrement=False)
    body: Mapped[str] = mapped_column(Text, server_default="")
    notes: Mapped[str] = mapped_column(Text, server_default="")
    raw_eml: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class JournalIdentifier(Base):
    __tablename__ = "journal_identifiers"
    __table_args__ = (Index("ix_journal_identifiers_kind_value", "kind", "value", "entry_id"),
                      Index("ix_journal_identifiers_entry", "entry_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = _entry_fk()
    role: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(8))
    value: Mapped[str] = mapped_column(String(300))
    display: Mapped[str] = mapped_column(String(300))


class JournalFlag(Base):
    __tablename__ = "journal_flags"
    __table_args__ = (Index("ix_journal_flags_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = _entry_fk()
    code: Mapped[str] = mapped_column(String(32))
    origin: Mapped[str] = mapped_column(String(8))
    removed: Mapped[bool] = mapped_column(Boolean, server_default=false())
    evidence: Mapped[str] = mapped_column(Text, server_default="")


class JournalReaction(Base):
    __tablename__ = "journal_reactions"
    __table_args__ = (Index("ix_journal_reactions_code", "code", "entry_id"),)

    entry_id: Mapped[int] = _entry_fk(primary=True)
    code: Mapped[str] = mapped_column(String(32), primary_key=True)


class JournalDisclosed(Base):
    __tablename__ = "journal_disclosed"

    entry_id: Mapped[int] = _entry_fk(primary=True)
    category: Mapped[str] = mapped_column(String(16), primary_key=True)


class JournalReport(Base):
    __tablename__ = "journal_reports"
    __table_args__ = (Index("ix_journal_reports_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = _entry_fk()
    where_to: Mapped[str] = mapped_column(String(32))
    reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, server_default="")


class JournalAttachment(Base):
    __tablename__ = "journal_attachments"
    __table_args__ = (Index("ix_journal_attachments_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = _entry_fk()
    name: Mapped[str] = mapped_column(String(300), server_default="")
    declared_type: Mapped[str] = mapped_column(String(200), server_default="")
    sniffed_type: Mapped[str | None] = mapped_column(String(200), nullable=True)
    size: Mapped[int] = mapped_column(Integer, server_default="0")
    dangerous: Mapped[bool] = mapped_column(Boolean, server_default=false())
    reasons: Mapped[str] = mapped_column(String(300), server_default="")


class JournalTag(Base):
    __tablename__ = "journal_tags"
    __table_args__ = (Index("ix_journal_tags_tag", "tag", "entry_id"),)

    entry_id: Mapped[int] = _entry_fk(primary=True)
    tag: Mapped[str] = mapped_column(String(60), primary_key=True)
