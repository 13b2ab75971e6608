"""The whole schema: every domain's ORM classes registered on ``Base.metadata``.

Each capability keeps its ORM classes in its own package, imported only when that capability
is used. Code that needs the complete metadata (the test comparing Alembic's result with the
models) asks for it here, so no table is forgotten whatever was imported before.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sqlalchemy import MetaData

from vigilance_app.store.models import Base

if TYPE_CHECKING:
    from sqlalchemy import Connection

DOMAIN_MODEL_MODULES: tuple[str, ...] = (
    "vigilance_app.journal.models",
    "vigilance_app.guidance.progress",
    "vigilance_app.guidance.breach",
    "vigilance_app.reviews.models",
)


def full_metadata() -> MetaData:
    for name in DOMAIN_MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata


def schema_differences(connection: Connection) -> list[Any]:
    """What Alembic's autogenerate sees between the database and the complete models (empty
    when the migrations built exactly the models). Full-text indexes (FTS5 virtual tables and
    their shadow tables) live outside the ORM and are left out."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import text

    virtual = [name for (name,) in connection.execute(text(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"))]

    def mapped(_obj: object, name: str | None, type_: str, _reflected: bool,
               _compare_to: object) -> bool:
        return not (type_ == "table" and name is not None and any(
            name == v or name.startswith(f"{v}_") for v in virtual))

    context = MigrationContext.configure(connection, opts={"include_object": mapped})
    return list(compare_metadata(context, full_metadata()))
