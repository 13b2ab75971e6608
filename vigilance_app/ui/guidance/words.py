"""Words shared by the guidance screens (page, Home panel, PDF): urgency, exposed data.

Light on purpose: the Home panel imports it at start-up (Qt core only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from vigilance_app.ui.kit.person_words import PersonWords

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


# "What happened?" for a relative: the plans' ``question`` ("I gave my bank card number", in
# the content files) told of the person watched over. Neutral about whether the relative is a
# man or a woman ("son numéro", never "il/elle").
QUESTIONS_RELATIVE = {
    "breach_notice": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} got a letter saying their data leaked"),
    "suspicious_email": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} received an email that looks suspicious"),
    "suspicious_sms": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} received a text message that looks suspicious"),
    "suspicious_call": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} received a call that seems suspicious"),
    "clicked_link": QT_TRANSLATE_NOOP("GuidanceWords", "{name} clicked a link in a message"),
    "gave_credentials": QT_TRANSLATE_NOOP("GuidanceWords", "{name} gave a login or a password"),
    "gave_card_details": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} gave their bank card number"),
    "gave_bank_details": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} gave their bank details (RIB or IBAN)"),
    "gave_nir": QT_TRANSLATE_NOOP("GuidanceWords", "{name} gave their social-security number"),
    "paid_scammer": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} paid someone who may be a scammer"),
    "remote_access_installed": QT_TRANSLATE_NOOP(
        "GuidanceWords", "{name} let someone take control of their computer"),
    "unknown_transaction": QT_TRANSLATE_NOOP(
        "GuidanceWords", "There is an operation on {name}'s account that nobody recognises"),
    "identity_theft_suspected": QT_TRANSLATE_NOOP(
        "GuidanceWords", "Someone may be using {name}'s identity"),
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


def plan_question(plan: object, words: PersonWords) -> str:
    """The situation in everyday words, for whom the journal is: the plan's own question
    ("I gave my bank card number") or "Jeanne gave their bank card number"."""
    situation = plan.situation  # type: ignore[attr-defined]
    own: str = plan.question  # type: ignore[attr-defined]
    if words.relative and situation in QUESTIONS_RELATIVE:
        return tr(QUESTIONS_RELATIVE[situation]).format(name=words.name)
    return own
