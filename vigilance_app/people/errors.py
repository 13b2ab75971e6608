"""Errors about the people watched over: a stable code for the window, a sentence for the CLI.

``params`` never hold a name typed by someone else's hand in full: a name is the person's own
label for a relative, so it is passed (the window shows it back in its own sentence)."""

from __future__ import annotations

from vigilance_app.errors import CodedError


class PeopleError(CodedError):
    code = "people"


class PersonNameEmpty(PeopleError):
    code = "person_name_empty"

    def __init__(self) -> None:
        super().__init__("Please give a first name (or a nickname) for this person.")


class PersonNameTaken(PeopleError):
    code = "person_name_taken"

    def __init__(self, name: str) -> None:
        super().__init__(f"Someone called {name} is already in Vigilance; choose another name.",
                         params={"name": name})


class PersonNotFound(PeopleError):
    code = "person_not_found"

    def __init__(self, name: str) -> None:
        super().__init__(f"Nobody called {name} is in Vigilance. "
                         "'vigilance people list' shows who is.", params={"name": name})


class NoPersonYet(PeopleError):
    code = "person_none"

    def __init__(self) -> None:
        super().__init__("Nobody is watched over in this store yet: add someone first.")


class LastPerson(PeopleError):
    """Removing the only person would leave a store nobody can use: erasing is the way."""

    code = "person_last"

    def __init__(self) -> None:
        super().__init__("This is the only person in Vigilance, so it cannot be removed; "
                         "to erase everything from this computer, use 'vigilance erase'.")
