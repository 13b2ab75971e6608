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


def describe(result: dict[str, Any], lang: str) -> str:
    """A short plain-text report: the verdict first, then each reason with its evidence."""
    from vigilance_app.analysis.flags import explain

    if not result["ok"]:
        return f"{result['file']}: {result['error']}"
    lines = [f"{result['file']}: {RISK_WORDS[lang][result['risk']]}"]
    for flag in result["flags"]:
        title, _explanation, what_to_do = explain(flag["code"], lang)
        evidence = ", ".join(flag["evidence"][:3])
        lines.append(f"  - {title}" + (f" ({evidence})" if evidence else ""))
        lines.append(f"    {what_to_do}")
    shown = dict.fromkeys(link["defanged"] for link in result["links"])  # never the live one
    for defanged in list(shown)[:10]:
        cut = defanged if len(defanged) <= 100 else defanged[:99] + "…"
        lines.append(f"  link: {cut}")
    return "\n".join(lines)
