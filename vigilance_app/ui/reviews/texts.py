"""Words the account-review screens share: kinds, states, rhythms, reasons, dates.

Every text goes through Qt's translation (context "ReviewTexts"); the state of an account is
always a sign *and* words ("⚠ Overdue since…"), never a colour alone.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject

CONTEXT = "ReviewTexts"

KINDS: dict[str, str] = {
    "bank": QT_TRANSLATE_NOOP("ReviewTexts", "Bank"),
    "ameli": QT_TRANSLATE_NOOP("ReviewTexts", "Assurance Maladie (ameli)"),
    "insurer": QT_TRANSLATE_NOOP("ReviewTexts", "Insurer or mutuelle"),
    "email": QT_TRANSLATE_NOOP("ReviewTexts", "Email"),
    "tax": QT_TRANSLATE_NOOP("ReviewTexts", "Taxes (impots.gouv.fr)"),
    "phone_operator": QT_TRANSLATE_NOOP("ReviewTexts", "Phone operator"),
    "caf_pension": QT_TRANSLATE_NOOP("ReviewTexts", "CAF or pension"),
    "online_shop": QT_TRANSLATE_NOOP("ReviewTexts", "Online shop"),
    "other": QT_TRANSLATE_NOOP("ReviewTexts", "Other"),
}

UNITS: dict[str, str] = {
    "day": QT_TRANSLATE_NOOP("ReviewTexts", "days"),
    "week": QT_TRANSLATE_NOOP("ReviewTexts", "weeks"),
    "month": QT_TRANSLATE_NOOP("ReviewTexts", "months"),
}

REASONS: dict[str, str] = {
    "breach_notice": QT_TRANSLATE_NOOP("ReviewTexts", "a data breach notice"),
    "risky_reaction": QT_TRANSLATE_NOOP("ReviewTexts", "something risky noted in your journal"),
    "user_choice": QT_TRANSLATE_NOOP("ReviewTexts", "your own choice"),
}

# The plans a person can pick after an unusual finding (vocabulary.SITUATIONS codes).
UNUSUAL_SITUATIONS: list[tuple[str, str]] = [
    ("unknown_transaction", QT_TRANSLATE_NOOP(
        "ReviewTexts", "A payment or a change I did not make")),
    ("identity_theft_suspected", QT_TRANSLATE_NOOP(
        "ReviewTexts", "Someone may be using my identity")),
    ("gave_credentials", QT_TRANSLATE_NOOP(
        "ReviewTexts", "Someone may know my password")),
    ("gave_card_details", QT_TRANSLATE_NOOP(
        "ReviewTexts", "My bank card may be used by someone else")),
]

SIGN_UPCOMING = "✓"
SIGN_DUE = "●"
SIGN_OVERDUE = "⚠"
SIGN_SNOOZED = "⏸"


def table_tr(text: str) -> str:
    """A text of the tables above (marked with QT_TRANSLATE_NOOP in this context)."""
    return QCoreApplication.translate(CONTEXT, text)


def language() -> str:
    from vigilance_app.ui.kit.i18n import ui_language

    return ui_language()


def kind_content(kind: str) -> Any:
    """The kind's content (name, default rhythm, what to look at) in the interface language,
    from ``resources/reviews``; None if the file cannot be read."""
    from vigilance_app.ui.reviews.api import kind_content as content

    return content(language(), kind)


def kind_name(kind: str) -> str:
    content = kind_content(kind)
    return content.name if content is not None else table_tr(KINDS.get(kind, KINDS["other"]))


def look_at(kind: str) -> list[str]:
    content = kind_content(kind)
    if content is None:
        return [QCoreApplication.translate(
            "ReviewTexts", "Anything you did not do yourself: payments, changes of address, "
                           "of bank details or of password.")]
    return list(content.look_at)


def long_date(day: date) -> str:
    """"dimanche 29 novembre 2026" in the interface language."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def short_date(day: date) -> str:
    """"24 janvier 2027"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _fill(text: str, *values: str) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def english_plural(text: str, n: int) -> str:
    """English is the source language and its .ts file repeats the source for every plural
    form ("%n review(s) are due"): spell it out as English does. Translations never contain
    "(s)", so only the English text changes."""
    if "(s)" not in text:
        return text
    text = text.replace("(s)", "" if n == 1 else "s")
    if n != 1:
        return text
    return text.replace(" are ", " is ").replace("every 1 ", "every ")  # "every week"


class ReviewWords(QObject):
    """Texts with a number (plural forms): ``self.tr(text, "", n)`` is what lupdate reads as a
    numerus entry, so they live in this small class (context "ReviewWords")."""

    def rhythm(self, count: int, unit: str) -> str:
        if unit == "day":
            text = self.tr("every %n day(s)", "", count)
        elif unit == "week":
            text = self.tr("every %n week(s)", "", count)
        else:
            text = self.tr("every %n month(s)", "", count)
        return english_plural(text, count)

    def reviews_due(self, count: int) -> str:
        """The notification and tray text: "2 account reviews are due", never which."""
        return english_plural(self.tr("%n account review(s) are due", "", count), count)


def rhythm_text(rhythm: Any) -> str:
    return ReviewWords().rhythm(rhythm.count, rhythm.unit)


def reviews_due_text(count: int) -> str:
    return ReviewWords().reviews_due(count)


def state_text(info: Any) -> str:
    """A sign and words: "⚠ Overdue since Monday 23 November 2026"."""
    due = long_date(info.next_due)
    if info.snoozed_until is not None:
        return f"{SIGN_SNOOZED} " + _fill(QCoreApplication.translate(
            "ReviewTexts", "Put off until %1"), long_date(info.snoozed_until))
    if info.state == "overdue":
        return f"{SIGN_OVERDUE} " + _fill(QCoreApplication.translate(
            "ReviewTexts", "Overdue since %1"), due)
    if info.state == "due":
        if info.next_due >= info.today:
            return f"{SIGN_DUE} " + QCoreApplication.translate("ReviewTexts", "To do today")
        return f"{SIGN_DUE} " + _fill(QCoreApplication.translate(
            "ReviewTexts", "To do since %1"), due)
    return f"{SIGN_UPCOMING} " + _fill(QCoreApplication.translate(
        "ReviewTexts", "Next check: %1"), due)


def reason_text(reason: Any) -> str:
    words = table_tr(REASONS.get(reason.reason, REASONS["user_choice"]))
    lines = (reason.detail or "").strip().splitlines()
    detail = lines[0][:120] if lines else ""
    return f"{words} ({detail})" if detail else words


def heightened_text(info: Any) -> str:
    """"More often until 24 January 2027: a data breach notice Viamedis/Almerys"."""
    if info.heightened_until is None:
        return ""
    last_day = info.heightened_until - timedelta(days=1)
    reasons = "; ".join(reason_text(r) for r in info.heightened_reasons)
    return _fill(QCoreApplication.translate("ReviewTexts", "More often until %1: %2"),
                 short_date(last_day), reasons)
