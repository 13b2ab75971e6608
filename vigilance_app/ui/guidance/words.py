"""Words shared by the guidance screens (page, Home panel, PDF): urgency, exposed data.

Light on purpose: the Home panel imports it at start-up (Qt core only).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "GuidanceWords"

URGENCY = {
    "now": QT_TRANSLATE_NOOP("GuidanceWords", "Do this now"),
    "today": QT_TRANSLATE_NOOP("GuidanceWords", "Today"),
    "this_week": QT_TRANSLATE_NOOP("GuidanceWords", "This week"),
    "ongoing": QT_TRANSLATE_NOOP("GuidanceWords", "From now on, regularly"),
}

URGENCY_ORDER: tuple[str, ...] = ("now", "today", "this_week", "ongoing")

EXPOSED = {
    "civil_status": QT_TRANSLATE_NOOP("GuidanceWords", "Name, date of birth, address"),
    "nir": QT_TRANSLATE_NOOP("GuidanceWords", "Social security number"),
    "insurer": QT_TRANSLATE_NOOP("GuidanceWords", "Health insurer and contract details"),
    "health": QT_TRANSLATE_NOOP("GuidanceWords", "Health information"),
    "bank": QT_TRANSLATE_NOOP("GuidanceWords", "Bank details"),
    "contact": QT_TRANSLATE_NOOP("GuidanceWords", "Email address or phone number"),
    "other": QT_TRANSLATE_NOOP("GuidanceWords", "Something else, or I am not sure"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def urgency_words(code: str) -> str:
    return tr(URGENCY[code]) if code in URGENCY else code


def urgency_rank(code: str) -> int:
    return URGENCY_ORDER.index(code) if code in URGENCY_ORDER else len(URGENCY_ORDER)


def ordered_steps(plan: object) -> list:
    """A plan's steps, most urgent first (content order kept within one urgency)."""
    return sorted(plan.steps, key=lambda step: urgency_rank(step.urgency))  # type: ignore[attr-defined]
