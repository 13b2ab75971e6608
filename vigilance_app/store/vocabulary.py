"""Stable codes stored in the database, importable without SQLAlchemy (start-up path)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Relationship(StrEnum):
    SELF = "self"  # "me"
    RELATIVE = "relative"  # a parent or another relative the user helps


@dataclass(frozen=True)
class ProfileInfo:
    """A profile as the screens read it."""

    id: int
    display_name: str
    relationship: str

    @property
    def is_self(self) -> bool:
        return self.relationship == Relationship.SELF.value
