"""``vigilance handover export|import``: one person's file, encrypted, for another relative.

``export`` prints the passphrase once, alone on its last line (a script takes it with
``tail -n 1``). ``import`` reads the passphrase from ``VIGILANCE_HANDOVER_PASSPHRASE``, else
asks for it (without echo on a terminal; one line of standard input otherwise).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any, TextIO


def add_parser(sub: Any) -> None:
    handover = sub.add_parser("handover", help="hand one person's file over to another "
                                               "relative, encrypted")
    actions = handover.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write the encrypted file and show its "
                                               "passphrase once")
    export.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the file to write; a folder gets the suggested name, e.g. "
                             "'Transmission Jeanne 2026-12-07.vigilance'")
    export.add_argument("--person", metavar="NAME",
                        help="whose file (default: the active person)")
    imp = actions.add_parser("import", help="add the person of a handover file (or bring "
                                            "their file up to date)")
    imp.add_argument("file", metavar="FILE")


def _passphrase(stdin: TextIO) -> str:
    from vigilance_app.handover import PASSPHRASE_ENV, HandoverPassphraseMissing

    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    try:
        if stdin.isatty():
            return getpass.getpass("Passphrase of the handover file: ")
        return stdin.readline(1000).strip()
    except (EOFError, OSError):
        raise HandoverPassphraseMissing() from None


def run(args: argparse.Namespace, stdin: TextIO | None = None, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    from vigilance_app.people.commands import CommandFailure

    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        if args.handover_command == "export":
            return _export(args, out)
        return _import(args, stdin or sys.stdin, out)
    except CommandFailure as exc:
        print(f"vigilance: {exc}", file=err)
        return 1


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from vigilance_app.handover import export_person, suggested_name
    from vigilance_app.people import person_for
    from vigilance_app.people.commands import unlocked

    with unlocked(args.data_dir) as store:
        person = person_for(store, args.person)
        target = Path(args.output).expanduser()
        if target.is_dir():
            lang = getattr(args, "lang", None) or \
                _preferred_language(args)
            target = target / suggested_name(person.name, lang)
        result = export_person(store, person.id, target)
    print(f"Handover file for {person.name} written to {result.path} ({result.entries} "
          f"journal entries, {result.accounts} accounts).", file=out)
    print("Give the file and, separately, this passphrase (it is shown only once):", file=out)
    print(result.passphrase, file=out)
    return 0


def _import(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from vigilance_app.handover import import_bytes, read_file
    from vigilance_app.people.commands import unlocked

    with unlocked(args.data_dir) as store:
        data = read_file(Path(args.file).expanduser())
        summary = import_bytes(store, data, _passphrase(stdin))
    if summary.new_person:
        print(f"{summary.person_name} was added: {summary.entries_added} journal entries, "
              f"{summary.accounts_added} accounts, {summary.plans_added} plans.", file=out)
    else:
        print(f"{summary.person_name} was brought up to date: {summary.entries_added} new "
              f"journal entries ({summary.entries_already_there} already there), "
              f"{summary.accounts_added} new accounts, {summary.reviews_added} new reviews, "
              f"{summary.plans_added} new plans.", file=out)
    return 0


def _preferred_language(args: argparse.Namespace) -> str:
    from vigilance_app.paths import DataPaths, resolve_data_dir
    from vigilance_app.preferences import load_preferences

    return load_preferences(DataPaths(resolve_data_dir(args.data_dir)).preferences).language
