"""`vigilance backup`, `vigilance backups`, `vigilance restore` and `vigilance salvage`.

They unlock like the other commands (system keyring, else ``VIGILANCE_PASSWORD``); ``restore``
opens the backup with ``VIGILANCE_PASSWORD``, a password typed at the prompt, or the recovery
key with ``--recovery-key``. Errors are one sentence (a JSON line with ``--json``).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from vigilance_app.errors import CodedError

COMMAND_NAMES = ("backup", "backups", "restore", "salvage")


def add_parsers(sub: Any) -> None:
    backup = sub.add_parser("backup", help="write an encrypted backup of the store now")
    backup.add_argument("-o", "--output", metavar="DIR",
                        help="folder to write it to, e.g. a USB key (default: beside the "
                             "automatic backups)")
    backup.add_argument("--json", action="store_true", help="print one JSON object")
    listing = sub.add_parser("backups", help="list the backups kept in the data folder")
    listing.add_argument("--json", action="store_true", help="one JSON object per backup")
    restore = sub.add_parser("restore", help="replace the store by a backup (the current "
                                             "store is kept in set-aside/)")
    restore.add_argument("file", metavar="FILE", help="a .vigilance-backup file")
    restore.add_argument("--recovery-key", action="store_true",
                         help="open the backup with the recovery key (asked for) instead of "
                              "the app password")
    restore.add_argument("--json", action="store_true", help="print one JSON object")
    salvage = sub.add_parser("salvage", help="copy what can still be read from a damaged "
                                             "store into a new one (the damaged file is kept)")
    salvage.add_argument("--recovery-key", action="store_true",
                         help="unlock with the recovery key (asked for)")
    salvage.add_argument("--json", action="store_true", help="print one JSON object")


class _Failure(Exception):
    """A sentence (and its code) for the person running the command."""

    def __init__(self, sentence: str, code: str = "internal") -> None:
        super().__init__(sentence)
        self.code = code


def run(args: argparse.Namespace, out: TextIO | None = None,
        ask: Any = getpass.getpass) -> int:
    stream = out or sys.stdout
    try:
        if args.command == "backup":
            result = _backup(args)
        elif args.command == "backups":
            return _list(args, stream)
        elif args.command == "restore":
            result = _restore(args, ask)
        else:
            result = _salvage(args, ask)
    except (CodedError, _Failure) as exc:
        code = getattr(exc, "code", "internal")
        if args.json:
            stream.write(json.dumps({"ok": False, "error": str(exc), "code": code},
                                    ensure_ascii=False) + "\n")
        else:
            print(f"vigilance: {exc}", file=sys.stderr)
        return 1
    if args.json:
        stream.write(json.dumps({"ok": True, **result["data"]}, ensure_ascii=False) + "\n")
    else:
        stream.write(result["text"] + "\n")
    return 0


def _services(args: argparse.Namespace) -> Any:
    from vigilance_app.paths import resolve_data_dir
    from vigilance_app.services import build_services

    services = build_services(resolve_data_dir(args.data_dir))
    services.routine_backups = False  # these commands make or replace backups themselves
    return services


def _data_key(services: Any, recovery: bool, ask: Any) -> bytes:
    if not services.vault.exists():
        raise _Failure("No store here yet: run 'vigilance init' or open the window.",
                       "no_store")
    if recovery:
        return services.vault.unlock_with_recovery_key(_ask(ask, "Recovery key: "))
    return services.vault.unlock_unattended()


def _ask(ask: Any, prompt: str) -> str:
    if sys.stdin is not None and not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    return str(ask(prompt))


def _backup(args: argparse.Namespace) -> dict[str, Any]:
    from vigilance_app.backup.routine import backup_now

    services = _services(args)
    folder = Path(args.output).expanduser().absolute() if args.output else None
    try:
        services.open_with_key(_data_key(services, False, None))
        written = backup_now(services.paths, services.data_key, folder)
    finally:
        services.lock()
    return {"text": f"Backup written: {written}", "data": {"file": str(written)}}


def _list(args: argparse.Namespace, out: TextIO) -> int:
    from vigilance_app.backup.routine import list_backups
    from vigilance_app.paths import DataPaths, resolve_data_dir

    found = list_backups(DataPaths(resolve_data_dir(args.data_dir)))
    for item in found:
        stamp = item.created.strftime("%Y-%m-%dT%H:%M:%SZ") if item.created else "?"
        if args.json:
            out.write(json.dumps({"file": str(item.path), "kind": item.kind,
                                  "created_at": stamp, "bytes": item.size}) + "\n")
        else:
            out.write(f"{stamp}  {item.kind:<16}  {item.size:>10}  {item.path}\n")
    if not found and not args.json:
        out.write("No backup yet.\n")
    return 0


def _restore(args: argparse.Namespace, ask: Any) -> dict[str, Any]:
    from vigilance_app.backup.restore import Secret, restore_backup
    from vigilance_app.paths import DataPaths, resolve_data_dir
    from vigilance_app.vault.vault import PASSWORD_ENV

    source = Path(args.file).expanduser().absolute()
    if not source.is_file():
        raise _Failure("This backup file does not exist.", "not_found")
    if args.recovery_key:
        secret = Secret(recovery_key=_ask(ask, "Recovery key: "))
    else:
        password = os.environ.get(PASSWORD_ENV) or _ask(ask, "App password of the backup: ")
        secret = Secret(password=password)
    result = restore_backup(source, DataPaths(resolve_data_dir(args.data_dir)), secret)
    text = f"Backup restored: {result.entries} journal entries."
    if result.replaced:
        text += f" The previous store was kept in {result.replaced}."
    return {"text": text, "data": {"entries": result.entries,
                                   "schema_revision": result.schema_revision,
                                   "previous_store": str(result.replaced or "")}}


def _salvage(args: argparse.Namespace, ask: Any) -> dict[str, Any]:
    from vigilance_app.store.errors import IntegrityFailure, StoreError, WrongKeyError
    from vigilance_app.store.salvage import salvage_store
    from vigilance_app.store.store import quick_check

    services = _services(args)
    data_key = _data_key(services, args.recovery_key, ask)
    paths = services.paths
    if not paths.database.exists():
        raise _Failure("There is no store file to salvage.", "store_missing")
    try:
        quick_check(paths.database, data_key)
    except IntegrityFailure:
        pass
    except WrongKeyError as exc:  # nothing readable at all with this key
        raise _Failure(str(exc), exc.code) from exc
    except StoreError:
        raise
    else:
        return {"text": "The store is not damaged: nothing to salvage.",
                "data": {"damaged": False, "entries_saved": None}}
    result = salvage_store(paths, data_key)
    return {"text": (f"Salvage done: {result.entries_saved} journal entries saved. The "
                     f"damaged file was kept in {result.set_aside}."),
            "data": {"damaged": True, "entries_saved": result.entries_saved,
                     "damaged_parts": result.damaged_parts,
                     "set_aside": str(result.set_aside)}}
