"""Account reviews: accounts, reviews, heightened vigilance.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(),
                  sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("institution", sa.String(120), nullable=False),
        sa.Column("official_url", sa.String(500), nullable=True),
        sa.Column("rhythm_count", sa.Integer(), nullable=False),
        sa.Column("rhythm_unit", sa.String(8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.CheckConstraint("rhythm_unit IN ('day', 'week', 'month')", name="ck_accounts_unit"),
        sa.CheckConstraint("rhythm_count >= 1", name="ck_accounts_count"),
    )
    op.create_index("ix_accounts_profile", "accounts", ["profile_id"])
    op.create_table(
        "account_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account_id", sa.Integer(),
                  sa.ForeignKey("accounts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("journal_entry_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("result IN ('normal', 'unusual')", name="ck_account_reviews_result"),
    )
    op.create_index("ix_account_reviews_account_time", "account_reviews",
                    ["account_id", "reviewed_at"])
    op.create_table(
        "review_snoozes",
        sa.Column("account_id", sa.Integer(),
                  sa.ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("until", sa.Date(), nullable=False),
    )
    op.create_table(
        "heightened_periods",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(),
                  sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("account_kinds", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_index("ix_heightened_periods_profile", "heightened_periods", ["profile_id"])


def downgrade() -> None:
    op.drop_index("ix_heightened_periods_profile", table_name="heightened_periods")
    op.drop_table("heightened_periods")
    op.drop_table("review_snoozes")
    op.drop_index("ix_account_reviews_account_time", table_name="account_reviews")
    op.drop_table("account_reviews")
    op.drop_index("ix_accounts_profile", table_name="accounts")
    op.drop_table("accounts")
