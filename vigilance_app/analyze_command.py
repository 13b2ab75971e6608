"""`vigilance analyze`: explain why messages look like scams, from files or standard input.

Writes nothing and needs no store. Each input gets a result or a sentence saying why it could
not be analysed; one bad file never stops the others, and nothing ends in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from vigilance_app.analysis.limits import MAX_INPUT_BYTES, AnalysisError


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("analyze", help="explain why messages look like scams "
                                            "(.eml files, .txt files, or - for pasted text)")
    parser.add_argument("inputs", nargs="+", metavar="FILE",
                        help="an .eml file, a .txt file, or - to read text on standard input")
    parser.add_argument("--channel", choices=("email", "sms", "phone_call", "voicemail",
                                              "letter", "website", "messaging", "in_person"),
                        help="for text inputs: how the message came (default: sms with "
                             "--from, else email)")
    parser.add_argument("--from", dest="sender", metavar="SENDER",
                        help="for text inputs: the sender as shown (number or name)")
    parser.add_argument("--json", action="store_true", help="one JSON object per input")
    parser.add_argument("--lang", dest="explain_lang", choices=("fr", "en"), default="en",
                        help="language of the explanations without --json (default: en)")


def run(args: argparse.Namespace, stdin: TextIO | None = None,
        stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    all_ok = True
    for name in args.inputs:
        result = analyse_one(name, args, stdin or sys.stdin)
        all_ok &= bool(result["ok"])
        if args.json:
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(describe(result, args.explain_lang) + "\n")
    return 0 if all_ok else 1


def analyse_one(name: str, args: argparse.Namespace, stdin: TextIO) -> dict[str, Any]:
    from vigilance_app.analysis.inputs import NotAFile, check_file, check_text

    try:
        if name == "-":
            checked = check_text(stdin.read(MAX_INPUT_BYTES + 1), args.channel, args.sender)
        else:
            checked = check_file(Path(name), args.channel, args.sender)
        return {"file": name, "ok": True, **checked.analysis.to_json()}
    except NotAFile:
        return {"file": name, "ok": False,
                "error": "This file does not exist or is not a file."}
    except AnalysisError as exc:
        return {"file": name, "ok": False, "error": str(exc)}
    except OSError as exc:
        if exc.filename is not None and Path(exc.filename) != Path(name):
            # A file of the app itself (a missing resource) is our fault, not the input's.
            return {"file": name, "ok": False,
                    "error": "This input could not be analysed because of an internal error."}
        return {"file": name, "ok": False,
                "error": f"This file cannot be read ({exc.strerror or 'input/output error'})."}
    except Exception:  # a bug of ours must not hide the other inputs' results
        return {"file": name, "ok": False,
                "error": "This input could not be analysed because of an internal error."}


RISK_WORDS = {
    "en": {"high": "HIGH RISK: very likely a scam", "medium": "MEDIUM RISK: be careful",
           "low": "LOW RISK: no clear sign of a scam found"},
    "fr": {"high": "RISQUE ÉLEVÉ : très probablement une arnaque",
           "medium": "RISQUE MOYEN : soyez prudent",
           "low": "RISQUE FAIBLE : aucun signe clair d'arnaque trouvé"},
}

# Why part of a message could not be read (the parser's warning codes), in plain words.
UNREAD_REASONS = {
    "en": {
        "too_many_parts": "it contains an abnormal number of parts",
        "too_deep": "its parts are nested abnormally deep",
        "header_too_long": "one of its technical details (headers) is abnormally long",
        "too_many_headers": "it has an abnormal number of technical details (headers)",
        "text_truncated": "its text is abnormally long",
        "html_truncated": "its text is abnormally long",
        "too_many_links": "it contains an abnormal number of links",
        "unreadable_part": "one of its parts is damaged",
        "": "it is built in an unusual way",  # a code added later: words, never a code
    },
    "fr": {
        "too_many_parts": "il contient un nombre anormal de parties",
        "too_deep": "ses parties sont imbriquées anormalement profond",
        "header_too_long": "une de ses informations techniques (en-têtes) est anormalement "
                           "longue",
        "too_many_headers": "il contient un nombre anormal d'informations techniques "
                            "(en-têtes)",
        "text_truncated": "son texte est anormalement long",
        "html_truncated": "son texte est anormalement long",
        "too_many_links": "il contient un nombre anormal de liens",
        "unreadable_part": "une de ses parties est abîmée",
        "": "il est construit de façon inhabituelle",
    },
}
UNREAD = {
    "en": ("Part of this message could not be read ({}). Scammers sometimes hide dangerous "
           "content this way: do not trust this message.", "; "),
    "fr": ("Une partie de ce message n'a pas pu être lue ({}). Les escrocs cachent parfois un "
           "contenu dangereux ainsi : ne faites pas confiance à ce message.", " ; "),
}
WORDS = {"en": ("Words often found in scams:", "“{}”"),
         "fr": ("Mots fréquents dans les arnaques :", "« {} »")}
MAX_WORDS = 6
# The text model's words support the flags: after the strongest reasons (at most this many).
WORDS_AFTER = 2


def unread_line(warnings: list[str], lang: str) -> str:
    """The notice for a message that was not read whole, with its reasons in words."""
    names = UNREAD_REASONS[lang]
    reasons = dict.fromkeys(names.get(code, names[""]) for code in warnings) or {names[""]: 1}
    template, separator = UNREAD[lang]
    return template.format(separator.join(reasons))


def describe(result: dict[str, Any], lang: str) -> str:
    """A short plain-text report: the verdict first, a notice when part of the message could
    not be read, then each reason with its evidence, the strongest first. Text from the
    message is made safe for a terminal (no control characters, addresses defanged)."""
    from vigilance_app.analysis.evidence import safe_text
    from vigilance_app.analysis.flags import explain

    if not result["ok"]:
        return f"{result['file']}: {result['error']}"
    warnings = [str(code) for code in result.get("warnings") or ()]
    unread = bool(warnings) or result.get("complete", True) is False
    level = result["risk"] if result["risk"] in RISK_WORDS[lang] else "medium"
    if unread and level == "low":  # never "no clear sign" about a message not read whole
        level = "medium"
    lines = [f"{result['file']}: {RISK_WORDS[lang][level]}"]
    if unread:
        lines.append(f"  {unread_line(warnings, lang)}")
    reasons = list(dict.fromkeys(result.get("risk_reasons") or ()))
    flags = sorted(result["flags"], key=lambda flag: (reasons.index(flag["code"])
                                                       if flag["code"] in reasons
                                                       else len(reasons)))
    # Parser warning codes as a flag's evidence are not words of the message: the notice above
    # says them in words.
    unread_codes = set(UNREAD_REASONS[lang]) | set(warnings)
    items: list[list[str]] = []
    strong = 0
    for flag in flags:
        title, _explanation, what_to_do = explain(flag["code"], lang)
        pieces = [piece for piece in flag["evidence"] if piece not in unread_codes]
        evidence = ", ".join(safe_text(piece, limit=100) for piece in pieces[:3])
        items.append([f"  - {title}" + (f" ({evidence})" if evidence else ""),
                      f"    {what_to_do}"])
        strong += flag["code"] in reasons
    words = [safe_text(str(word), limit=60).strip() for word in result.get("scam_words") or ()]
    words = list(dict.fromkeys(word for word in words if word))[:MAX_WORDS]
    if words:
        prefix, quote = WORDS[lang]
        items.insert(min(strong, WORDS_AFTER),
                     [f"  - {prefix} " + ", ".join(quote.format(word) for word in words)])
    lines.extend(line for item in items for line in item)
    shown = dict.fromkeys(link["defanged"] for link in result["links"])  # never the live one
    for defanged in list(shown)[:10]:
        cut = defanged if len(defanged) <= 100 else defanged[:99] + "…"
        lines.append(f"  link: {cut}")
    return "\n".join(lines)
