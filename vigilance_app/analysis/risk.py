"""Risk level of a message from its red flags: ``low``, ``medium`` or ``high``.

- high: any high-severity flag (asks for card, bank, credential or NIR details; a dangerous
  attachment; an official organisation claimed from a foreign domain; a lookalike or
  non-.gouv.fr address; a link whose text shows another address; a payment or a call-back;
  remote-access software; a "new number" relative).
- medium: any medium-severity flag (URL shortener, Reply-To elsewhere, official-looking SMS
  from a mobile, a form in the message), or two low ones together (urgency, threat, too good
  to be true): wording genuine messages also use counts only in company.
- low: otherwise, at most one low flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vigilance_app.analysis.flags import RedFlag

LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class Risk:
    level: str
    reasons: tuple[str, ...]  # the codes that decided the level


def assess(flags: Iterable[RedFlag]) -> Risk:
    flags = tuple(flags)
    high = tuple(f.code for f in flags if f.severity == "high")
    if high:
        return Risk("high", high)
    medium = tuple(f.code for f in flags if f.severity == "medium")
    low = tuple(f.code for f in flags if f.severity == "low")
    if medium or len(low) >= 2:
        return Risk("medium", medium + low)
    return Risk("low", low)
