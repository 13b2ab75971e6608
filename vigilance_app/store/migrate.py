"""Alembic migrations, applied programmatically on the store's own connection.

Alembic is imported only when a migration runs: the everyday start compares the stored
revision with ``HEAD_REVISION`` in plain SQL (a test keeps that constant equal to Alembic's
head), which keeps about 200 ms of imports off the start-up path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HEAD_REVISION = "0005"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return HEAD_REVISION


def alembic_head_revision() -> str | None:
    """What Alembic itself says (scans the revision files): used by the tests."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    try:
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except OperationalError:  # no table yet: a brand-new database
        return None
    return rows[0][0] if len(rows) == 1 else None


def upgrade(connection: Connection, target: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(connection), target)
