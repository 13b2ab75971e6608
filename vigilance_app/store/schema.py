"""The whole schema: every domain's ORM classes registered on ``Base.metadata``.

Each capability keeps its ORM classes in its own package, imported only when that capability
is used. Code that needs the complete metadata (the test comparing Alembic's result with the
models) asks for it here, so no table is forgotten whatever was imported before.
"""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from vigilance_app.store.models import Base

DOMAIN_MODEL_MODULES: tuple[str, ...] = (
    "vigilance_app.guidance.progress",
    "vigilance_app.guidance.breach",
    "vigilance_app.reviews.models",
)


def full_metadata() -> MetaData:
    for name in DOMAIN_MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
