"""Command line. No subcommand opens the window; subcommands script the core.

Errors are printed as sentences (and as ``{"ok": false, "error": ...}`` with ``--json``),
never as tracebacks.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from vigilance_app import __version__
from vigilance_app.paths import resolve_data_dir

COMMANDS = frozenset({"init", "selfcheck", "analyze", "import", "search", "due", "export",
                      "guidance", "people", "evidence", "handover", "erase",
                      "backup", "backups", "restore", "salvage"})
# Commands that change the store: they take the data folder's lock (instance_lock), so they
# never write while the window or another such command has it open.
WRITING_COMMANDS = frozenset({"init", "import", "restore", "salvage", "erase"})
LOCK_WAIT_ENV = "VIGILANCE_LOCK_WAIT"
WRITING_ACTIONS = {"people": frozenset({"add", "rename", "switch", "remove"}),
                   # export writes the person's handover identity on first use
                   "handover": frozenset({"export", "import"})}


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether the arguments ask for a subcommand or for help: only then are the commands'
    modules imported (opening the window needs none of them)."""
    return any(arg in COMMANDS or arg in ("-h", "--help") for arg in argv)


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vigilance",
        description="Vigilance: a private journal of suspicious contacts, on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"vigilance {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder of the store")
    parser.add_argument("--lang", choices=("fr", "en"), help="language of the window")
    parser.add_argument("--demo", action="store_true",
                        help="open with realistic sample data (a temporary store, "
                             "or a new one in --data-dir)")
    parser.add_argument("--quit-after-startup", action="store_true",
                        help="exit as soon as the window has painted with its data")
    parser.add_argument("--minimized", action="store_true",
                        help="start in the background: in the system tray when there is one, "
                             "else as a minimised window (used when starting at login)")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = sub.add_parser("init",
                          help="create a store non-interactively and print its recovery key")
    init.add_argument("--name", default="Moi",
                      help="first name of the person watched over (default: Moi)")
    check = sub.add_parser("selfcheck", help="check the store, key custody and schema")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    from vigilance_app import analyze_command

    analyze_command.add_parser(sub)
    from vigilance_app.guidance import commands as guidance_commands

    guidance_commands.add_parser(sub)
    from vigilance_app.reviews import commands as review_commands

    review_commands.add_parsers(sub)
    from vigilance_app.journal import commands as journal_commands

    journal_commands.add_parsers(sub)
    from vigilance_app.people import commands as people_commands

    people_commands.add_parsers(sub)
    from vigilance_app.evidence import commands as evidence_commands

    evidence_commands.add_parser(sub)
    from vigilance_app.handover import commands as handover_commands

    handover_commands.add_parser(sub)
    from vigilance_app.backup import commands as backup_commands

    backup_commands.add_parsers(sub)
    return parser


def entry_point() -> NoReturn:
    """The ``vigilance`` command and ``python -m vigilance_app``.

    Once ``main`` has returned, the store is closed, the key forgotten and any temporary demo
    folder removed: what is left is the interpreter's own teardown of Qt and some 900 modules
    (about 70 ms after the window closed), which serves nothing, so it is skipped.
    """
    code = main()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a pipe closed early (`| head`)
            stream.flush()
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(with_commands=_names_a_command(arguments))
    args = parser.parse_args(arguments)
    if args.command is None:
        return open_window(args)
    lock = None
    try:
        lock = writer_lock(args)
        if args.command == "init":
            return cmd_init(args)
        if args.command == "selfcheck":
            return cmd_selfcheck(args)
        if args.command == "analyze":
            from vigilance_app import analyze_command

            return analyze_command.run(args)
        if args.command == "guidance":
            from vigilance_app.guidance import commands as guidance_commands

            return guidance_commands.run(args)
        if args.command in ("due", "export"):
            from vigilance_app.reviews import commands as review_commands

            return review_commands.run(args)
        if args.command in ("import", "search"):
            from vigilance_app.journal import commands as journal_commands

            if args.command == "import":
                return journal_commands.run_import(args)
            return journal_commands.run_search(args)
        if args.command in ("people", "erase"):
            from vigilance_app.people import commands as people_commands

            if args.command == "people":
                return people_commands.run_people(args)
            return people_commands.run_erase(args)
        if args.command == "evidence":
            from vigilance_app.evidence import commands as evidence_commands

            renderer = evidence_pdf_renderer() if args.evidence_format == "pdf" else None
            return evidence_commands.run(args, renderer)
        if args.command == "handover":
            from vigilance_app.handover import commands as handover_commands

            return handover_commands.run(args)
        if args.command in ("backup", "backups", "restore", "salvage"):
            from vigilance_app.backup import commands as backup_commands

            return backup_commands.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        return 0
    except Exception as exc:  # last resort: a sentence, never a traceback
        print(f"vigilance: {exc}", file=sys.stderr)
        report_unexpected(args, exc)
        return 1
    finally:
        if lock is not None:
            lock.release()
    parser.error(f"unknown command {args.command}")
    return 2


def evidence_pdf_renderer() -> Any:
    """The window layer's PDF renderer (Qt, offscreen), or None when Qt cannot be loaded
    (the evidence command then says the PDF cannot be made here)."""
    try:
        from vigilance_app.ui.journal.evidence_pdf import command_line_renderer

        return command_line_renderer()
    except ImportError:
        return None


def writer_lock(args: argparse.Namespace) -> Any:
    """The data folder's lock for a command that writes (waits briefly, then raises
    InstanceBusyError), None for the others."""
    action = getattr(args, f"{args.command}_command", None)
    if args.command not in WRITING_COMMANDS and \
            action not in WRITING_ACTIONS.get(args.command, ()):
        return None
    from vigilance_app.instance_lock import InstanceLock
    from vigilance_app.paths import DataPaths

    try:  # how long to wait for another command (scripts and tests may shorten it)
        wait = max(0.0, min(float(os.environ.get(LOCK_WAIT_ENV, "")), 600.0))
    except ValueError:
        wait = None
    lock = InstanceLock(DataPaths(resolve_data_dir(args.data_dir)))
    lock.acquire(wait)
    return lock


def report_unexpected(args: argparse.Namespace, exc: Exception) -> None:
    """A fault of ours (not a sentence meant for the person): keep its location in the
    crash log (no message, no data) and say where it is."""
    from vigilance_app.errors import CodedError

    if isinstance(exc, CodedError | OSError):
        return
    from vigilance_app.crash_log import write_crash_report
    from vigilance_app.paths import DataPaths

    written = write_crash_report(exc, DataPaths(resolve_data_dir(args.data_dir)))
    if written is not None:
        print(f"vigilance: the place where this went wrong (without any of your data) was "
              f"written to {written}", file=sys.stderr)


def open_window(args: argparse.Namespace) -> int:
    early = None
    if not args.demo:
        from vigilance_app.early_unlock import start_early_keyring_read
        from vigilance_app.paths import DataPaths

        # Read the keyring in a child process while this one imports Qt.
        early = start_early_keyring_read(DataPaths(resolve_data_dir(args.data_dir)))
    from vigilance_app.ui.shell.app import run_gui

    return run_gui(args, everyday=early.result() if early else None)


def cmd_init(args: argparse.Namespace) -> int:
    from vigilance_app.services import build_services
    from vigilance_app.setup_store import create_new_store
    from vigilance_app.store.errors import StoreError
    from vigilance_app.store.models import Relationship
    from vigilance_app.vault import CustodyMode, VaultError
    from vigilance_app.vault.keyring_access import KeyringUnavailable
    from vigilance_app.vault.vault import PASSWORD_ENV

    services = build_services(resolve_data_dir(args.data_dir))
    if services.paths.store_exists():
        print(f"vigilance: a store already exists in {services.paths.root}; "
              "it was left untouched.", file=sys.stderr)
        return 1
    password = os.environ.get(PASSWORD_ENV)
    mode = CustodyMode.PASSWORD if password else CustodyMode.KEYRING
    try:
        created = create_new_store(services.paths, services.vault, mode,
                                   profile_name=args.name, relationship=Relationship.SELF,
                                   password=password)
    except KeyringUnavailable:
        print("vigilance: no system keyring is available here. Set VIGILANCE_PASSWORD to "
              "protect the store with an app password instead.", file=sys.stderr)
        return 1
    except (VaultError, StoreError) as exc:  # e.g. DiskFullError: one sentence
        print(f"vigilance: {exc}", file=sys.stderr)
        return 1
    created.store.close()
    where = "an app password" if password else "the system keyring"
    print(f"Store created in {services.paths.root}, opened everyday by {where}.")
    print("Recovery key (write it down and keep it safe; it is shown only once):")
    print(created.vault.recovery_key)
    return 0


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from vigilance_app.selfcheck import run_selfcheck
    from vigilance_app.services import build_services

    services = build_services(resolve_data_dir(args.data_dir))
    report = run_selfcheck(services)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(format_report(report))
    return 0 if report["ok"] else 1


def format_report(report: dict[str, Any]) -> str:
    lines = [f"Store: {report['data_dir']}", f"OK: {'yes' if report['ok'] else 'no'}"]
    if report.get("error"):
        lines.append(f"Problem: {report['error']}")
    lines.append(f"Schema revision: {report.get('schema_revision')} "
                 f"(latest {report.get('head_revision')})")
    lines.append(f"Integrity: {report.get('integrity')}")
    custody = report.get("key_custody") or {}
    if custody:
        lines.append(f"Key custody: mode {custody.get('mode')}, copies "
                     f"{', '.join(custody.get('wrappings', []))}, keyring {custody.get('keyring')}")
    return "\n".join(lines)
