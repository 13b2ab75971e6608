"""The people watched over (profiles): the facade is ``vigilance_app.people.api``."""

from vigilance_app.people.api import (
    Person,
    active_person,
    add_person,
    clean_name,
    find_person,
    get_person,
    list_people,
    person_for,
    removal_preview,
    remove_person,
    rename_person,
    set_relative,
    switch_to,
)
from vigilance_app.people.errors import (
    LastPerson,
    NoPersonYet,
    PeopleError,
    PersonNameEmpty,
    PersonNameTaken,
    PersonNotFound,
)

__all__ = [
    "LastPerson",
    "NoPersonYet",
    "PeopleError",
    "Person",
    "PersonNameEmpty",
    "PersonNameTaken",
    "PersonNotFound",
    "active_person",
    "add_person",
    "clean_name",
    "find_person",
    "get_person",
    "list_people",
    "person_for",
    "removal_preview",
    "remove_person",
    "rename_person",
    "set_relative",
    "switch_to",
]
