"""Words for the journal's codes (channels, reactions, risk, status) and dates in the locale.

The codes come from ``vigilance_app.vocabulary``; their display texts are Qt translations in
the "JournalLabels" context (area "journal"). Nothing here reads the database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QTimeZone,
)

if TYPE_CHECKING:
    from vigilance_app.ui.kit.person_words import PersonWords

CONTEXT = "JournalLabels"

CHANNEL_NAMES: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("JournalLabels", "Email"),
    "sms": QT_TRANSLATE_NOOP("JournalLabels", "SMS"),
    "phone_call": QT_TRANSLATE_NOOP("JournalLabels", "Phone call"),
    "voicemail": QT_TRANSLATE_NOOP("JournalLabels", "Voicemail"),
    "letter": QT_TRANSLATE_NOOP("JournalLabels", "Letter"),
    "website": QT_TRANSLATE_NOOP("JournalLabels", "Website"),
    "messaging": QT_TRANSLATE_NOOP("JournalLabels", "Messaging app"),
    "in_person": QT_TRANSLATE_NOOP("JournalLabels", "In person"),
}

REACTION_NAMES: dict[str, str] = {
    "ignored": QT_TRANSLATE_NOOP("JournalLabels", "I did nothing / ignored it"),
    "replied": QT_TRANSLATE_NOOP("JournalLabels", "I replied"),
    "clicked_link": QT_TRANSLATE_NOOP("JournalLabels", "I clicked a link"),
    "called_back": QT_TRANSLATE_NOOP("JournalLabels", "I called the number back"),
    "gave_personal_info": QT_TRANSLATE_NOOP("JournalLabels",
                                            "I gave personal information"),
    "gave_credentials": QT_TRANSLATE_NOOP("JournalLabels", "I gave a login or password"),
    "gave_card_details": QT_TRANSLATE_NOOP("JournalLabels", "I gave my card details"),
    "gave_bank_details": QT_TRANSLATE_NOOP("JournalLabels", "I gave my bank details (IBAN)"),
    "gave_nir": QT_TRANSLATE_NOOP("JournalLabels", "I gave my social security number"),
    "paid": QT_TRANSLATE_NOOP("JournalLabels", "I paid or sent money"),
    "installed_remote_access": QT_TRANSLATE_NOOP("JournalLabels",
                                                 "I installed a program they asked for"),
}

# The same, when the journal is a relative's: under "What did {name} do?", neutral about
# whether the relative is a man or a woman.
REACTION_NAMES_RELATIVE: dict[str, str] = {
    "ignored": QT_TRANSLATE_NOOP("JournalLabels", "Did nothing / ignored it"),
    "replied": QT_TRANSLATE_NOOP("JournalLabels", "Replied to them"),
    "clicked_link": QT_TRANSLATE_NOOP("JournalLabels", "Clicked a link in the message"),
    "called_back": QT_TRANSLATE_NOOP("JournalLabels", "Called the number back"),
    "gave_personal_info": QT_TRANSLATE_NOOP("JournalLabels", "Gave some personal information"),
    "gave_credentials": QT_TRANSLATE_NOOP("JournalLabels", "Gave a login or a password"),
    "gave_card_details": QT_TRANSLATE_NOOP("JournalLabels", "Gave their card details"),
    "gave_bank_details": QT_TRANSLATE_NOOP("JournalLabels",
                                           "Gave their bank details (IBAN)"),
    "gave_nir": QT_TRANSLATE_NOOP("JournalLabels", "Gave their social security number"),
    "paid": QT_TRANSLATE_NOOP("JournalLabels", "Paid or sent money"),
    "installed_remote_access": QT_TRANSLATE_NOOP("JournalLabels",
                                                 "Installed a program the caller asked for"),
}

# Short forms for the list and the filters.
REACTION_SHORT: dict[str, str] = {
    "ignored": QT_TRANSLATE_NOOP("JournalLabels", "Ignored"),
    "replied": QT_TRANSLATE_NOOP("JournalLabels", "Replied"),
    "clicked_link": QT_TRANSLATE_NOOP("JournalLabels", "Clicked a link"),
    "called_back": QT_TRANSLATE_NOOP("JournalLabels", "Called back"),
    "gave_personal_info": QT_TRANSLATE_NOOP("JournalLabels", "Gave personal information"),
    "gave_credentials": QT_TRANSLATE_NOOP("JournalLabels", "Gave a password"),
    "gave_card_details": QT_TRANSLATE_NOOP("JournalLabels", "Gave card details"),
    "gave_bank_details": QT_TRANSLATE_NOOP("JournalLabels", "Gave bank details"),
    "gave_nir": QT_TRANSLATE_NOOP("JournalLabels", "Gave social security number"),
    "paid": QT_TRANSLATE_NOOP("JournalLabels", "Paid"),
    "installed_remote_access": QT_TRANSLATE_NOOP("JournalLabels", "Installed a program"),
}

RISK_NAMES: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("JournalLabels", "High risk"),
    "medium": QT_TRANSLATE_NOOP("JournalLabels", "Medium risk"),
    "low": QT_TRANSLATE_NOOP("JournalLabels", "Low risk"),
}

STATUS_NAMES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("JournalLabels", "To deal with"),
    "handled": QT_TRANSLATE_NOOP("JournalLabels", "Handled"),
}


REPORT_NAMES: dict[str, str] = {
    "33700": QT_TRANSLATE_NOOP("JournalLabels", "33700 (SMS and calls)"),
    "signal_spam": QT_TRANSLATE_NOOP("JournalLabels", "Signal Spam"),
    "phishing_initiative": QT_TRANSLATE_NOOP("JournalLabels", "Phishing Initiative"),
    "perceval": QT_TRANSLATE_NOOP("JournalLabels", "Perceval (card fraud)"),
    "police_thesee": QT_TRANSLATE_NOOP("JournalLabels", "Police or gendarmerie (THESEE)"),
    "bank": QT_TRANSLATE_NOOP("JournalLabels", "My bank"),
    "ameli_insurer": QT_TRANSLATE_NOOP("JournalLabels", "Assurance Maladie or my insurer"),
}

DISCLOSED_NAMES: dict[str, str] = {
    "card": QT_TRANSLATE_NOOP("JournalLabels", "card details"),
    "bank": QT_TRANSLATE_NOOP("JournalLabels", "bank details"),
    "credentials": QT_TRANSLATE_NOOP("JournalLabels", "a login or password"),
    "nir": QT_TRANSLATE_NOOP("JournalLabels", "social security number"),
    "identity": QT_TRANSLATE_NOOP("JournalLabels", "identity details"),
    "address": QT_TRANSLATE_NOOP("JournalLabels", "postal address"),
    "phone": QT_TRANSLATE_NOOP("JournalLabels", "phone number"),
    "email": QT_TRANSLATE_NOOP("JournalLabels", "email address"),
    "health": QT_TRANSLATE_NOOP("JournalLabels", "health information"),
    "other": QT_TRANSLATE_NOOP("JournalLabels", "something else"),
}


def report_name(code: str) -> str:
    return tr(REPORT_NAMES[code]) if code in REPORT_NAMES else code


def disclosed_name(code: str) -> str:
    return tr(DISCLOSED_NAMES[code]) if code in DISCLOSED_NAMES else code


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def channel_name(code: str | None) -> str:
    return tr(CHANNEL_NAMES[code]) if code in CHANNEL_NAMES else (code or "")


def reaction_name(code: str, short: bool = False) -> str:
    table = REACTION_SHORT if short else REACTION_NAMES
    return tr(table[code]) if code in table else code


def reaction_for(code: str, words: PersonWords) -> str:
    """What the person did, in a tick box: "I gave my card details" in one's own journal,
    "Gave their card details" (under "What did Jeanne do?") in a relative's."""
    return words.pick_from(REACTION_NAMES, REACTION_NAMES_RELATIVE, code, tr)


def risk_name(code: str | None) -> str:
    return tr(RISK_NAMES[code]) if code in RISK_NAMES else ""


def status_name(code: str | None) -> str:
    return tr(STATUS_NAMES[code]) if code in STATUS_NAMES else (code or "")


def _local(moment: datetime) -> QDateTime:
    if moment.tzinfo is None:  # stored in UTC
        moment = moment.replace(tzinfo=UTC)
    utc = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.utc())
    return utc.toLocalTime()


def format_datetime(moment: datetime | None) -> str:
    """"mardi 14 octobre 2026 à 10:32" in French: long date, short time, local time zone."""
    if moment is None:
        return ""
    local = _local(moment)
    locale = QLocale()
    return QCoreApplication.translate("JournalLabels", "%1 at %2").replace(
        "%1", locale.toString(local.date(), QLocale.FormatType.LongFormat)).replace(
        "%2", locale.toString(local.time(), QLocale.FormatType.ShortFormat))


def format_short(moment: datetime | None) -> str:
    """A compact date and time for the list ("14/10/2026 10:32")."""
    if moment is None:
        return ""
    return QLocale().toString(_local(moment), QLocale.FormatType.ShortFormat)


def format_date(day: date | None) -> str:
    """A calendar date in the locale's long form ("14 octobre 2026")."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def format_day(moment: datetime | None) -> str:
    """"2 October" style: day and month, for "seen 3 times since 2 October"."""
    if moment is None:
        return ""
    return QLocale().toString(_local(moment).date(), "d MMMM yyyy")


@lru_cache(maxsize=1)
def _organisations() -> tuple[tuple[str, str], ...]:
    import tomllib

    from vigilance_app.paths import resources_dir

    with (resources_dir() / "organizations.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return tuple((str(org["id"]), str(org["names"][0]))
                 for org in data.get("organization", []) if org.get("id") and org.get("names"))


def organisation_choices() -> list[tuple[str, str]]:
    """(id, name) of the organisations scammers pretend to be (resources/organizations.toml,
    read directly: the analysis package is not needed to fill a list)."""
    try:
        return list(_organisations())
    except Exception:  # a damaged resource file must not stop the person from writing
        return []
