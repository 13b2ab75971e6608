"""``vigilance evidence``: the evidence file of one person, as PDF, JSON or CSV.

The PDF renderer comes from the caller (``vigilance_app.cli`` passes the window layer's), so
this module never imports Qt. Failures are one sentence and exit 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from vigilance_app.evidence import FORMATS


def add_parser(sub: Any) -> None:
    evidence = sub.add_parser("evidence", help="an evidence file for the bank, the police or a "
                                               "complaint (PDF, JSON or CSV)")
    evidence.add_argument("--format", required=True, choices=FORMATS, dest="evidence_format")
    evidence.add_argument("--since", metavar="YYYY-MM-DD", help="first day (default: the start)")
    evidence.add_argument("--until", metavar="YYYY-MM-DD", help="last day (default: today)")
    evidence.add_argument("--entry", metavar="ID", type=int, action="append",
                          help="only this journal entry (repeat for several)")
    evidence.add_argument("--lang", choices=("fr", "en"), dest="evidence_lang",
                          help="language of the file (default: the app's language)")
    evidence.add_argument("--unmask", action="store_true",
                          help="include the kept original messages in clear (with any card, "
                               "IBAN or social security number they hold)")
    evidence.add_argument("--person", metavar="NAME",
                          help="whose journal (default: the active person)")
    evidence.add_argument("-o", "--output", required=True, metavar="FILE",
                          help="the file to write (readable by you only); a folder gets the "
                               "suggested name, e.g. 'Dossier Jeanne 2026-12-07.pdf'")


def _day(text: str | None, option: str) -> date | None:
    from vigilance_app.people.commands import CommandFailure

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CommandFailure(f"{option} expects a date such as 2026-03-14.") from None


def run(args: argparse.Namespace, pdf_renderer: Callable[[Any], bytes] | None = None,
        stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    from vigilance_app.evidence import build_document, suggested_name, write_evidence
    from vigilance_app.people import person_for
    from vigilance_app.people.commands import CommandFailure, unlocked

    out, err = stdout or sys.stdout, stderr or sys.stderr
    try:
        since, until = _day(args.since, "--since"), _day(args.until, "--until")
        with unlocked(args.data_dir) as store:
            lang = args.evidence_lang or getattr(args, "lang", None) or \
                _preferred_language(args)
            person = person_for(store, args.person)
            doc = build_document(store, person, lang=lang, since=since, until=until,
                                 entry_ids=args.entry, unmasked=args.unmask)
            fmt = args.evidence_format
            target = Path(args.output).expanduser()
            if target.is_dir():
                target = target / suggested_name(doc, fmt)
            write_evidence(doc, fmt, target, pdf_renderer if fmt == "pdf" else None)
    except CommandFailure as exc:
        print(f"vigilance: {exc}", file=err)
        return 1
    count = len(doc.contacts)
    print(f"Evidence file for {doc.person} written to {target} ({count} contact"
          f"{'s' if count != 1 else ''}).", file=out)
    return 0


def _preferred_language(args: argparse.Namespace) -> str:
    from vigilance_app.paths import DataPaths, resolve_data_dir
    from vigilance_app.preferences import load_preferences

    return load_preferences(DataPaths(resolve_data_dir(args.data_dir)).preferences).language
