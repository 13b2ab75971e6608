"""The journal of suspicious contacts.

Entries belong to a profile (deleted with it). The entry id follows the time the contact
was received (see ``vigilance_app.journal.repository.time_key``) so that "newest first" is
rowid order, which is also the order FTS5 returns its matches in cheaply.

``journal_fts`` is a contentless FTS5 index (the text lives once, in the encrypted tables)
over summary, body, senders, notes, tags and the organisation text; the repository keeps it
in sync. Accents and case are ignored (``unicode61 remove_diacritics 2``).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _entry_fk() -> sa.Column:
    return sa.Column("entry_id", sa.Integer(),
                     sa.ForeignKey("journal_entries.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("profile_id", sa.Integer(),
                  sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("claimed_org_id", sa.String(64), nullable=True),
        sa.Column("claimed_org_text", sa.String(200), nullable=False, server_default=""),
        sa.Column("summary", sa.String(500), nullable=False, server_default=""),
        sa.Column("risk", sa.String(8), nullable=True),
        sa.Column("status", sa.String(8), nullable=False, server_default="new"),
        sa.Column("masked_kinds", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.String(40), nullable=True),
    )
    op.create_index("ix_journal_entries_profile_time", "journal_entries",
                    ["profile_id", "received_at", "id"])
    # The long texts and the original bytes live apart, so that the list, its filters and
    # the sender counts read small rows (no overflow pages to decrypt).
    op.create_table(
        "journal_texts",
        sa.Column("entry_id", sa.Integer(),
                  sa.ForeignKey("journal_entries.id", ondelete="CASCADE"), primary_key=True,
                  autoincrement=False),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("raw_eml", sa.LargeBinary(), nullable=True),
    )
    op.create_table(
        "journal_identifiers",
        sa.Column("id", sa.Integer(), primary_key=True),
        _entry_fk(),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("value", sa.String(300), nullable=False),
        sa.Column("display", sa.String(300), nullable=False),
    )
    op.create_index("ix_journal_identifiers_kind_value", "journal_identifiers",
                    ["kind", "value", "entry_id"])
    op.create_index("ix_journal_identifiers_entry", "journal_identifiers", ["entry_id"])
    op.create_table(
        "journal_flags",
        sa.Column("id", sa.Integer(), primary_key=True),
        _entry_fk(),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("origin", sa.String(8), nullable=False),
        sa.Column("removed", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_journal_flags_entry", "journal_flags", ["entry_id"])
    op.create_table(
        "journal_reactions",
        _entry_fk(),
        sa.Column("code", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "code"),
    )
    op.create_index("ix_journal_reactions_code", "journal_reactions", ["code", "entry_id"])
    op.create_table(
        "journal_disclosed",
        _entry_fk(),
        sa.Column("category", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "category"),
    )
    op.create_table(
        "journal_reports",
        sa.Column("id", sa.Integer(), primary_key=True),
        _entry_fk(),
        sa.Column("where_to", sa.String(32), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_journal_reports_entry", "journal_reports", ["entry_id"])
    op.create_table(
        "journal_attachments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _entry_fk(),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("declared_type", sa.String(200), nullable=False, server_default=""),
        sa.Column("sniffed_type", sa.String(200), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dangerous", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("reasons", sa.String(300), nullable=False, server_default=""),
    )
    op.create_index("ix_journal_attachments_entry", "journal_attachments", ["entry_id"])
    op.create_table(
        "journal_tags",
        _entry_fk(),
        sa.Column("tag", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "tag"),
    )
    op.create_index("ix_journal_tags_tag", "journal_tags", ["tag", "entry_id"])
    op.execute(
        "CREATE VIRTUAL TABLE journal_fts USING fts5("
        "summary, body, senders, notes, tags, org, "
        "content='', contentless_delete=1, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE journal_fts")
    for table in ("journal_texts", "journal_tags", "journal_attachments", "journal_reports",
                  "journal_disclosed", "journal_reactions", "journal_flags",
                  "journal_identifiers", "journal_entries"):
        op.drop_table(table)
