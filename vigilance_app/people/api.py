"""The people watched over: list, add, rename, switch, remove.

This is the facade the window and the command line use. A person is a profile of the store
(``profiles``); each has their own journal, accounts, plan progress and heightened vigilance.
Plain Python, no Qt. Names are the person's own labels: cleaned (one line, no control
characters, NFC) and unique without regard to case.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigilance_app.people.errors import (
    LastPerson,
    NoPersonYet,
    PersonNameEmpty,
    PersonNameTaken,
    PersonNotFound,
)
from vigilance_app.store.vocabulary import ProfileInfo, Relationship

if TYPE_CHECKING:
    from vigilance_app.people.removal import RemovalSummary
    from vigilance_app.store.store import Store

MAX_NAME = 80
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Person:
    """Someone whose journal the app keeps: the user themself (``is_self``) or a relative
    they help. The window words its sentences from ``is_self`` ("votre" / "son")."""

    id: int
    name: str
    is_self: bool

    @property
    def relative(self) -> bool:
        return not self.is_self

    @classmethod
    def from_profile(cls, profile: ProfileInfo) -> Person:
        return cls(profile.id, profile.display_name, profile.is_self)


def clean_name(name: str) -> str:
    """A name as stored: NFC, no control or direction characters, spaces collapsed, capped."""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", name or ""))
    text = " ".join(text.split())[:MAX_NAME].strip()
    if not text:
        raise PersonNameEmpty()
    return text


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


def list_people(store: Store) -> list[Person]:
    """Everyone, in the order they were added."""
    return [Person.from_profile(p) for p in store.profiles()]


def active_person(store: Store) -> Person | None:
    profile = store.active_profile()
    return Person.from_profile(profile) if profile is not None else None


def get_person(store: Store, person_id: int) -> Person:
    for person in list_people(store):
        if person.id == person_id:
            return person
    raise PersonNotFound(str(person_id))


def find_person(store: Store, name: str) -> Person:
    """The person with this name (case and accents as typed, case ignored)."""
    wanted = " ".join((name or "").split())
    for person in list_people(store):
        if _same(person.name, wanted):
            return person
    raise PersonNotFound(wanted[:MAX_NAME])


def person_for(store: Store, name: str | None) -> Person:
    """The person named ``name``, or the active one when no name is given."""
    if name:
        return find_person(store, name)
    person = active_person(store)
    if person is None:
        raise NoPersonYet()
    return person


def _check_free(store: Store, name: str, except_id: int | None = None) -> None:
    if any(_same(p.name, name) and p.id != except_id for p in list_people(store)):
        raise PersonNameTaken(name)


def add_person(store: Store, name: str, *, relative: bool) -> Person:
    """Add someone; the first person added becomes the active one."""
    cleaned = clean_name(name)
    _check_free(store, cleaned)
    relationship = Relationship.RELATIVE if relative else Relationship.SELF
    return Person.from_profile(store.add_profile(cleaned, relationship))


def rename_person(store: Store, person_id: int, new_name: str) -> Person:
    from vigilance_app.store.models import Profile

    cleaned = clean_name(new_name)
    _check_free(store, cleaned, except_id=person_id)
    with store.sessions.begin() as session:
        profile = session.get(Profile, person_id)
        if profile is None:
            raise PersonNotFound(str(person_id))
        profile.display_name = cleaned
        return Person(profile.id, profile.display_name,
                      profile.relationship == Relationship.SELF.value)


def set_relative(store: Store, person_id: int, relative: bool) -> Person:
    """Say whether this person is the user themself or a relative they help."""
    from vigilance_app.store.models import Profile

    with store.sessions.begin() as session:
        profile = session.get(Profile, person_id)
        if profile is None:
            raise PersonNotFound(str(person_id))
        profile.relationship = (Relationship.RELATIVE if relative else Relationship.SELF).value
        return Person(profile.id, profile.display_name, not relative)


def switch_to(store: Store, person_id: int) -> Person:
    """Make this person the active one (the window and the commands default to them)."""
    person = get_person(store, person_id)
    store.set_active_profile(person_id)
    return person


def removal_preview(store: Store, person_id: int) -> RemovalSummary:
    """What removing this person would erase (for the confirmation), without erasing it."""
    from vigilance_app.people.removal import count_rows

    get_person(store, person_id)
    return count_rows(store, person_id)


def remove_person(store: Store, person_id: int) -> RemovalSummary:
    """Erase this person and everything about them (the caller has asked for confirmation).

    Refused for the only person (``LastPerson``): erasing everything is ``erase``'s job. When
    the active person is removed, the first remaining one becomes active."""
    from vigilance_app.people.removal import erase_person_rows

    get_person(store, person_id)
    others = [p for p in list_people(store) if p.id != person_id]
    if not others:
        raise LastPerson()
    return erase_person_rows(store, person_id)
