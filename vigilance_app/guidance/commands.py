"""`vigilance guidance list|show`: the plans as text or JSON lines. Needs no store.

    vigilance guidance list [--lang fr|en] [--json]
    vigilance guidance show SITUATION [--lang fr|en] [--json]

With ``--json`` each plan is one JSON object per line (``situation``, ``title``, ``question``,
``steps`` with ``id``, ``title``, ``why``, ``how``, ``urgency``, ``contacts``, ``sources``).
An unknown situation prints a sentence and exits 1; nothing ends in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

URGENCY_WORDS = {
    "fr": {"now": "tout de suite", "today": "aujourd'hui", "this_week": "cette semaine",
           "ongoing": "dans la durée"},
    "en": {"now": "right now", "today": "today", "this_week": "this week",
           "ongoing": "from now on"},
}


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("guidance", help="print the official-advice plans (what to do if…)")
    actions = parser.add_subparsers(dest="guidance_command", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help="every plan with its steps")
    show = actions.add_parser("show", help="one plan, by its situation code")
    show.add_argument("situation", metavar="SITUATION",
                      help="a situation code, e.g. gave_card_details or breach_notice")
    for p in (listing, show):
        p.add_argument("--lang", dest="guidance_lang", choices=("fr", "en"), default=None,
                       help="language of the plans (default: fr)")
        p.add_argument("--json", action="store_true", help="one JSON object per plan")


def _source_json(source: Any) -> dict[str, Any]:
    return {"publisher": source.publisher, "title": source.title, "url": source.url,
            "consulted": str(source.consulted), "secondary": bool(source.secondary)}


def _contact_json(contact: Any) -> dict[str, Any]:
    return {"id": contact.id, "name": contact.name, "phone": contact.phone,
            "url": contact.url, "hours": contact.hours, "note": contact.note}


def plan_json(plan: Any, content: Any) -> dict[str, Any]:
    from vigilance_app.guidance.progress import ordered_steps

    return {
        "situation": plan.situation,
        "title": plan.title,
        "question": plan.question,
        "intro": plan.intro,
        "version": str(content.version),
        "last_reviewed": str(content.last_reviewed),
        "steps": [
            {"id": step.id, "title": step.title, "why": step.why, "how": step.how,
             "urgency": step.urgency,
             "contacts": [_contact_json(c) for c in step.contacts],
             "sources": [_source_json(s) for s in step.sources]}
            for step in ordered_steps(plan)
        ],
    }


def describe(plan: Any, lang: str) -> str:
    from vigilance_app.guidance.progress import ordered_steps

    words = URGENCY_WORDS[lang]
    lines = [f"{plan.situation}: {plan.title}"]
    for number, step in enumerate(ordered_steps(plan), 1):
        lines.append(f"  {number}. [{words.get(step.urgency, step.urgency)}] {step.title}")
        for contact in step.contacts:
            bits = [b for b in (contact.phone, contact.url) if b]
            lines.append(f"       {contact.name}: {' '.join(bits)}" if bits
                         else f"       {contact.name}")
    return "\n".join(lines)


def run(args: argparse.Namespace, stdout: TextIO | None = None,
        stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    lang = args.guidance_lang or getattr(args, "lang", None) or "fr"
    try:
        from vigilance_app.guidance.progress import content_for

        content = content_for(lang)
    except Exception:  # broken or missing content files: a sentence, not a traceback
        message = "The guidance content could not be read; the installation may be damaged."
        if args.json:
            out.write(json.dumps({"ok": False, "error": message}) + "\n")
        else:
            err.write(f"vigilance: {message}\n")
        return 1
    if args.guidance_command == "show":
        plan = content.plans.get(args.situation)
        if plan is None:
            known = ", ".join(sorted(content.plans))
            message = (f"There is no plan called {args.situation[:60]!r}. "
                       f"Known situations: {known}.")
            if args.json:
                out.write(json.dumps({"ok": False, "error": message}, ensure_ascii=False)
                          + "\n")
            else:
                err.write(f"vigilance: {message}\n")
            return 1
        plans = [plan]
    else:
        plans = list(content.plans.values())
    for plan in plans:
        if args.json:
            out.write(json.dumps({"ok": True, **plan_json(plan, content)},
                                 ensure_ascii=False) + "\n")
        else:
            out.write(describe(plan, lang) + "\n")
    return 0
