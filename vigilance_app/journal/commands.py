"""`vigilance import` and `vigilance search`: the journal from the command line.

Both unlock the store like ``selfcheck`` (system keyring, or ``VIGILANCE_PASSWORD``) and work
on the person named by ``--person`` (default: the active one). Errors are sentences
(``{"ok": false, "error": ...}`` with ``--json``), never tracebacks. ``import`` exits 1 when
any input failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TextIO

from vigilance_app.vocabulary import CHANNELS

SEARCH_LIMIT = 50


class CommandError(Exception):
    """A sentence for the person running the command."""


def add_parsers(sub: Any) -> None:
    imp = sub.add_parser("import", help="analyse messages and add them to the journal "
                                        "(.eml files, .txt files, or - for pasted text)")
    imp.add_argument("inputs", nargs="+", metavar="FILE",
                     help="an .eml file, a .txt file, or - to read text on standard input")
    imp.add_argument("--channel", choices=CHANNELS,
                     help="how the message came (default: sms with --from, else email)")
    imp.add_argument("--from", dest="sender", metavar="SENDER",
                     help="for text inputs: the sender as shown (number or name)")
    imp.add_argument("--keep-original", action="store_true",
                     help="also keep each .eml file as received, as evidence (unmasked inside "
                          "the encrypted store; by default only the masked text is kept)")
    imp.add_argument("--json", action="store_true", help="one JSON object per input")
    imp.add_argument("--person", metavar="NAME",
                     help="whose journal (default: the active person)")
    search = sub.add_parser("search", help="search the journal of the active profile")
    search.add_argument("query", metavar="QUERY",
                        help="words (accents and case ignored) or a phone number in any form")
    search.add_argument("--limit", type=int, default=SEARCH_LIMIT,
                        help=f"most recent matches shown (default {SEARCH_LIMIT})")
    search.add_argument("--json", action="store_true", help="one JSON object per match")
    search.add_argument("--person", metavar="NAME",
                        help="whose journal (default: the active person)")


@contextmanager
def unlocked_store(data_dir: str | None, person: str | None = None
                   ) -> Iterator[tuple[Any, int]]:
    """The open store and the id of the person named ``person`` (default: the active one);
    locked again on exit."""
    from vigilance_app.paths import resolve_data_dir
    from vigilance_app.people import PeopleError, person_for
    from vigilance_app.services import build_services
    from vigilance_app.store.errors import StoreError
    from vigilance_app.vault import VaultError

    services = build_services(resolve_data_dir(data_dir))
    if not services.vault.exists():
        raise CommandError("No store here yet: run 'vigilance init' or open the window.")
    try:
        store = services.open_with_key(services.vault.unlock_unattended())
    except (VaultError, StoreError) as exc:
        raise CommandError(str(exc)) from exc
    try:
        try:
            profile_id = person_for(store, person).id
        except PeopleError as exc:
            raise CommandError(str(exc)) from None
        yield store, profile_id
    finally:
        services.lock()


def _person(args: argparse.Namespace) -> str | None:
    return getattr(args, "person", None)


def _fail(args: argparse.Namespace, message: str, out: TextIO) -> int:
    if args.json:
        out.write(json.dumps({"ok": False, "error": message}, ensure_ascii=False) + "\n")
    else:
        print(f"vigilance: {message}", file=sys.stderr)
    return 1


def run_import(args: argparse.Namespace, stdin: TextIO | None = None,
               stdout: TextIO | None = None, now: datetime | None = None) -> int:
    from vigilance_app.journal.capture import (
        ImportResult,
        check_text,
        draft_from_checked,
        import_one,
    )
    from vigilance_app.journal.repository import Journal, JournalError

    out = stdout or sys.stdout
    moment = now or datetime.now(UTC)
    try:
        with unlocked_store(args.data_dir, _person(args)) as (store, profile_id):
            journal = Journal(store)
            all_ok = True
            for name in args.inputs:
                if name == "-":
                    result = _import_stdin(journal, profile_id, args, stdin or sys.stdin,
                                           moment, check_text, draft_from_checked, JournalError)
                else:
                    result = import_one(journal, profile_id, name, moment, args.channel,
                                        args.sender,
                                        keep_original=getattr(args, "keep_original", False))
                assert isinstance(result, ImportResult)
                all_ok &= result.ok
                _print_import(result, args.json, out)
            return 0 if all_ok else 1
    except CommandError as exc:
        return _fail(args, str(exc), out)


def _import_stdin(journal: Any, profile_id: int, args: argparse.Namespace, stdin: TextIO,
                  now: datetime, check_text: Any, draft_from_checked: Any,
                  journal_error: Any) -> Any:
    from vigilance_app.analysis.limits import MAX_INPUT_BYTES, AnalysisError
    from vigilance_app.journal.capture import ImportResult

    try:
        text = stdin.read(MAX_INPUT_BYTES + 1)
        checked = check_text(text, args.channel, args.sender)
        draft = draft_from_checked(checked, args.channel, now)
        return ImportResult("-", True, entry_id=journal.add(profile_id, draft, now))
    except (AnalysisError, journal_error) as exc:
        return ImportResult("-", False, error=str(exc), error_code="invalid")
    except (OSError, UnicodeDecodeError):
        return ImportResult("-", False, error="The standard input could not be read as text.",
                            error_code="unreadable")


def _print_import(result: Any, as_json: bool, out: TextIO) -> None:
    if as_json:
        data: dict[str, Any] = {"file": result.file, "ok": result.ok}
        if result.ok:
            data["id"] = result.entry_id
        else:
            data["error"] = result.error
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
    elif result.ok:
        out.write(f"{result.file}: added to the journal (entry {result.entry_id})\n")
    else:
        out.write(f"{result.file}: {result.error}\n")


def run_search(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    from vigilance_app.journal.repository import Journal, JournalQuery

    out = stdout or sys.stdout
    query = (args.query or "").strip()
    if not query:
        return _fail(args, "Give some words or a phone number to search for.", out)
    limit = max(1, min(args.limit, 1000))
    try:
        with unlocked_store(args.data_dir, _person(args)) as (store, profile_id):
            rows = Journal(store).rows(profile_id, JournalQuery(text=query), limit=limit)
    except CommandError as exc:
        return _fail(args, str(exc), out)
    for row in rows:
        stamp = row.received_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        if args.json:
            out.write(json.dumps({"id": row.id, "received_at": stamp, "channel": row.channel,
                                  "summary": row.summary, "risk": row.risk},
                                 ensure_ascii=False) + "\n")
        else:
            summary = row.summary.replace("\n", " ")
            out.write(f"{stamp}  {row.channel:<10}  {row.risk or '-':<6}  {summary}\n")
    if not rows and not args.json:
        out.write("No entry matches.\n")
    return 0
