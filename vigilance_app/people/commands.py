"""``vigilance people …`` and ``vigilance erase``: the people watched over, from the command
line. Failures are one plain sentence on standard error and exit 1, never a traceback.

The store is unlocked like the other commands (the system keyring, else
``VIGILANCE_PASSWORD``); ``erase`` unlocks nothing, so someone who lost every way in can
still erase.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from vigilance_app.errors import CodedError


class CommandFailure(Exception):
    """A sentence for the person running the command."""


def add_parsers(sub: Any) -> None:
    people = sub.add_parser("people", help="the people watched over: list, add, rename, "
                                           "switch, remove")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="everyone, the active person marked with *")
    listing.add_argument("--json", action="store_true", help="one JSON object per person")
    add = actions.add_parser("add", help="add someone")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--relative", action="store_true",
                     help="a relative you help (default: yourself)")
    rename = actions.add_parser("rename", help="change someone's name")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW")
    switch = actions.add_parser("switch", help="make someone the active person")
    switch.add_argument("name", metavar="NAME")
    remove = actions.add_parser("remove", help="erase someone and everything about them")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true",
                        help="confirm: their journal, accounts and plans are erased for good")
    erase = sub.add_parser("erase", help="erase everything Vigilance keeps on this computer")
    erase.add_argument("--yes", action="store_true",
                       help="confirm: the store, backups, key file, keyring entry, "
                            "start-at-login entry and preferences are erased for good")


@contextmanager
def unlocked(data_dir: str | None) -> Iterator[Any]:
    """The open store of ``--data-dir``; closed and the key forgotten afterwards."""
    from vigilance_app.paths import resolve_data_dir
    from vigilance_app.services import build_services

    services = build_services(resolve_data_dir(data_dir))
    if not services.vault.exists():
        raise CommandFailure("No store here yet: run 'vigilance init' or open the window."
                             if not services.paths.database.exists() else
                             "The store file exists but its key file is missing.")
    try:
        store = services.open_with_key(services.vault.unlock_unattended())
    except CodedError as exc:
        services.lock()
        raise CommandFailure(str(exc)) from None
    try:
        yield store
    except CodedError as exc:
        raise CommandFailure(str(exc)) from None
    finally:
        services.lock()


def run_people(args: argparse.Namespace, stdout: TextIO | None = None,
               stderr: TextIO | None = None) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        with unlocked(args.data_dir) as store:
            return _people(args, store, out)
    except CommandFailure as exc:
        print(f"vigilance: {exc}", file=err)
        return 1


def _people(args: argparse.Namespace, store: Any, out: TextIO) -> int:
    from vigilance_app import people

    action = args.people_command
    if action == "list":
        active = people.active_person(store)
        for person in people.list_people(store):
            is_active = active is not None and person.id == active.id
            if args.json:
                print(json.dumps({"name": person.name, "relative": person.relative,
                                  "active": is_active}, ensure_ascii=False), file=out)
            else:
                kind = "a relative" if person.relative else "yourself"
                print(f"{'*' if is_active else ' '} {person.name} ({kind})", file=out)
        return 0
    if action == "add":
        person = people.add_person(store, args.name, relative=args.relative)
        print(f"{person.name} was added.", file=out)
        return 0
    if action == "rename":
        person = people.find_person(store, args.name)
        renamed = people.rename_person(store, person.id, args.new_name)
        print(f"{person.name} is now called {renamed.name}.", file=out)
        return 0
    if action == "switch":
        person = people.switch_to(store, people.find_person(store, args.name).id)
        print(f"{person.name} is now the active person.", file=out)
        return 0
    if action == "remove":
        person = people.find_person(store, args.name)
        preview = people.removal_preview(store, person.id)
        what = (f"{preview.entries} journal entries, {preview.accounts} accounts "
                f"({preview.reviews} reviews), {preview.plans} plans")
        if not args.yes:
            raise CommandFailure(f"Removing {person.name} erases {what}, for good. "
                                 "Add --yes to confirm.")
        people.remove_person(store, person.id)
        print(f"{person.name} was removed: {what} erased.", file=out)
        return 0
    raise CommandFailure(f"unknown action {action}")


def run_erase(args: argparse.Namespace, stdout: TextIO | None = None,
              stderr: TextIO | None = None) -> int:
    from vigilance_app.paths import DataPaths, resolve_data_dir
    from vigilance_app.people.erase import EraseIncomplete, erase_everything, report_lines

    out, err = stdout or sys.stdout, stderr or sys.stderr
    paths = DataPaths(resolve_data_dir(args.data_dir))
    if not args.yes:
        print(f"vigilance: this erases everything Vigilance keeps in {paths.root} and on this "
              "computer (journal, accounts, backups, key file, keyring entry, start at login, "
              "preferences), for good. Add --yes to confirm.", file=err)
        return 1
    report = erase_everything(paths)
    for line in report_lines(report):
        print(line, file=out)
    if not report.complete:
        print(f"vigilance: {EraseIncomplete(len(report.left))}", file=err)
        return 1
    if not report.removed and not report.keyring_entry_removed:
        print(f"Nothing of Vigilance was found in {paths.root}.", file=out)
    else:
        print("Everything Vigilance kept on this computer was erased.", file=out)
    return 0
