"""``vigilance due`` and ``vigilance export --format ics``: account reviews from the command line.

Both read the person named by ``--person`` (default: the active one) in the store of
``--data-dir``, unlocked like ``selfcheck`` (the keyring, else ``VIGILANCE_PASSWORD``).
Failures are sentences (a JSON line with ``"ok": false`` under ``--json``), never tracebacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, TextIO

from vigilance_app.paths import resolve_data_dir

EXPORT_FORMATS: tuple[str, ...] = ("ics",)


class CommandError(Exception):
    """A failure to report in words."""


def add_parsers(sub: Any) -> None:
    due = sub.add_parser("due", help="list account reviews and when they are due")
    due.add_argument("--at", metavar="YYYY-MM-DD", help="as of this date (default: today)")
    due.add_argument("--json", action="store_true", help="one JSON object per account")
    add_person_option(due)
    export = sub.add_parser("export", help="export account reviews to your calendar (.ics)")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                        help="file format (ics: a calendar with one recurring event per account)")
    export.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE (readable by you only; a folder gets the name "
                             "'Agenda NAME DATE.ics'); default: standard output")
    add_person_option(export)


def add_person_option(parser: Any) -> None:
    parser.add_argument("--person", metavar="NAME",
                        help="whose journal or accounts (default: the active person)")


def run(args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    out, err = stdout or sys.stdout, stderr or sys.stderr
    as_json = bool(getattr(args, "json", False))
    try:
        if args.command == "due":
            return cmd_due(args, out)
        if args.command == "export":
            return cmd_export(args, out)
    except CommandError as exc:
        if as_json:
            print(json.dumps({"ok": False, "error": str(exc)}, ensure_ascii=False), file=out)
        else:
            print(f"vigilance: {exc}", file=err)
        return 1
    raise CommandError(f"unknown command {args.command}")


@contextmanager
def unlocked_store(args: argparse.Namespace) -> Iterator[Any]:
    """The open store of ``--data-dir``; closed and the key forgotten afterwards."""
    from vigilance_app.services import build_services
    from vigilance_app.store.errors import StoreError
    from vigilance_app.vault import VaultError

    services = build_services(resolve_data_dir(args.data_dir))
    if not services.vault.exists():
        raise CommandError("No store here yet: run 'vigilance init' or open the window."
                           if not services.paths.database.exists() else
                           "The store file exists but its key file is missing.")
    try:
        store = services.open_with_key(services.vault.unlock_unattended())
    except (VaultError, StoreError) as exc:
        services.lock()
        raise CommandError(str(exc)) from None
    try:
        yield store
    finally:
        services.lock()


def parse_day(text: str | None, tz: tzinfo) -> date:
    if text is None:
        return datetime.now(tz).date()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(f"--at expects a date such as 2026-03-14, not {text!r}.") from None


def active_profile_id(store: Any, name: str | None = None) -> int:
    """The id of the person named ``name``, or of the active person."""
    from vigilance_app.people import PeopleError, person_for

    try:
        return person_for(store, name).id
    except PeopleError as exc:
        raise CommandError(str(exc)) from None


def due_record(info: Any) -> dict[str, Any]:
    return {
        "account": info.account.name,
        "kind": info.account.kind,
        "next_due": info.next_due.isoformat(),
        "state": info.state,
        "heightened_until": info.heightened_until.isoformat() if info.heightened_until else None,
        "snoozed_until": info.snoozed_until.isoformat() if info.snoozed_until else None,
    }


def cmd_due(args: argparse.Namespace, out: TextIO) -> int:
    from vigilance_app.reviews.accounts import list_due
    from vigilance_app.reviews.schedule import local_timezone

    tz = local_timezone()
    today = parse_day(args.at, tz)
    with unlocked_store(args) as store:
        infos = list_due(store, active_profile_id(store, getattr(args, "person", None)), today, tz)
    if args.json:
        for info in infos:
            print(json.dumps(due_record(info), ensure_ascii=False), file=out)
        return 0
    if not infos:
        print("No accounts to review yet. Add them in the window (Check my accounts).", file=out)
        return 0
    for info in infos:
        print(format_line(due_record(info)), file=out)
    return 0


def format_line(record: dict[str, Any]) -> str:
    line = f"{record['account']} ({record['kind']}): {record['state']}, due {record['next_due']}"
    if record["heightened_until"]:
        line += f"; heightened vigilance until {record['heightened_until']}"
    if record["snoozed_until"]:
        line += f"; reminder snoozed until {record['snoozed_until']}"
    return line


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from vigilance_app.reviews.calendar_export import export_ics
    from vigilance_app.reviews.schedule import local_timezone

    tz = local_timezone()
    now = datetime.now(UTC)
    lang = getattr(args, "lang", None) or "fr"
    with unlocked_store(args) as store:
        profile_id = active_profile_id(store, getattr(args, "person", None))
        data = export_ics(store, profile_id, now.astimezone(tz).date(), now, tz, lang=lang)
        person = next((p.display_name for p in store.profiles() if p.id == profile_id), "")
    if args.output is None or args.output == "-":
        out.flush()
        buffer = getattr(out, "buffer", None)
        if buffer is not None:
            buffer.write(data)
            buffer.flush()
        else:
            out.write(data.decode("utf-8"))
        return 0
    from vigilance_app.reviews.calendar_export import event_count

    target = Path(args.output).expanduser()
    if target.is_dir():  # a folder: the suggested name, "Agenda Jeanne 2026-12-07.ics"
        from vigilance_app.people.file_names import suggested_file_name

        target = target / suggested_file_name("calendar", person, lang,
                                              now.astimezone(tz).date(), "ics")
    write_private(target, data)
    count = event_count(data)
    print(f"Calendar written to {target} ({count} event{'s' if count != 1 else ''}). "
          "Import it into your calendar; export again after changes.", file=out)
    return 0


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable by its owner only (also when it already existed)."""
    from vigilance_app.paths import write_private_file

    try:
        write_private_file(path, data, private_folder=False)
    except OSError as exc:
        raise CommandError(f"Cannot write {path}: {exc.strerror or exc}.") from None
