"""Guidance: plan progress and breach notices.

``plan_runs``: one occurrence of a plan followed by a profile (a plan started from a journal
entry keeps the entry's id; the journal table lives in another revision, so it is a plain
integer, not a foreign key). ``plan_step_ticks``: the steps done, with their date and an
optional note (masked before storage). ``breach_notices``: the letters or emails saying the
person's data leaked, with what was exposed as category codes (never values).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(),
                  sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("situation", sa.String(40), nullable=False),
        sa.Column("journal_entry_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
    )
    op.create_index("ix_plan_runs_open", "plan_runs",
                    ["profile_id", "finished_at", "situation"])
    op.create_table(
        "plan_step_ticks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("run_id", sa.Integer(),
                  sa.ForeignKey("plan_runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("step_id", sa.String(64), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("run_id", "step_id", name="uq_plan_step_ticks_run_step"),
    )
    op.create_table(
        "breach_notices",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_id", sa.Integer(),
                  sa.ForeignKey("profiles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("organisation", sa.String(120), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("breach", sa.String(120), nullable=False),
        sa.Column("exposed", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_breach_notices_profile", "breach_notices", ["profile_id"])


def downgrade() -> None:
    op.drop_index("ix_breach_notices_profile", "breach_notices")
    op.drop_table("breach_notices")
    op.drop_table("plan_step_ticks")
    op.drop_index("ix_plan_runs_open", "plan_runs")
    op.drop_table("plan_runs")
