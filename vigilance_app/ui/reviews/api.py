"""The account checks window's one door to the reviews core (``vigilance_app.reviews``) and
to the store's tables (``vigilance_app.store``).

The pages, dialogs, tray and panels of ``ui/reviews`` call these small functions; no other
module of the package imports the core. The core is imported inside each function, so
importing this module (at start-up, for the tray) loads nothing of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from types import ModuleType
from typing import Any

# ---- time ------------------------------------------------------------------------------


def local_timezone() -> tzinfo:
    """The computer's named time zone (its summer-time rules date the past reviews)."""
    from vigilance_app.reviews.schedule import local_timezone as zone

    return zone()


# ---- accounts --------------------------------------------------------------------------

def list_due(store: Any, profile_id: int, today: date, tz: tzinfo) -> list[Any]:
    """Every checked account of the profile with when it is next due (``AccountInfo``)."""
    from vigilance_app.reviews.accounts import list_due as due

    return due(store, profile_id, today, tz)


def due_summary(store: Any, profile_id: int, today: date, tz: tzinfo) -> Any:
    """How many checks are due now, and when the next one is (for the Home panel)."""
    from vigilance_app.reviews.summary import due_summary as summary

    return summary(store, profile_id, today, tz)


def add_account(store: Any, profile_id: int, values: dict[str, Any], now: datetime) -> Any:
    """A new account from the account dialog's values."""
    from vigilance_app.reviews.accounts import add_account as add

    return add(store, profile_id, values["kind"], values["name"], now=now,
               institution=values["institution"], official_url=values["official_url"],
               rhythm=values["rhythm"])


def update_account(store: Any, account_id: int, values: dict[str, Any]) -> Any:
    from vigilance_app.reviews.accounts import update_account as update

    return update(store, account_id, **values)


def archive_account(store: Any, account_id: int, archived: bool = True) -> None:
    """Stop checking an account (its history is kept), or check it again."""
    from vigilance_app.reviews.accounts import archive_account as archive

    archive(store, account_id, archived=archived)


def history(store: Any, account_id: int) -> Sequence[Any]:
    """The account's past reviews, newest first."""
    from vigilance_app.reviews.accounts import history as reviews

    return reviews(store, account_id)


def validate_name(name: str) -> str:
    """The account's name as kept; ValueError when it cannot be."""
    from vigilance_app.reviews.accounts import validate_name as valid

    return valid(name)


def validate_official_url(url: str | None) -> str | None:
    """The official https address as kept (None when empty); ValueError when refused."""
    from vigilance_app.reviews.accounts import validate_official_url as valid

    return valid(url)


# ---- rhythms ---------------------------------------------------------------------------

def rhythm(count: int, unit: str) -> Any:
    from vigilance_app.reviews.schedule import Rhythm

    return Rhythm(count, unit)


def rhythm_limit(unit: str) -> int:
    """The largest count of ``unit`` a rhythm may have."""
    from vigilance_app.reviews.schedule import RHYTHM_LIMITS

    return RHYTHM_LIMITS.get(unit, 366)


def default_rhythm(kind: str) -> Any:
    """The kind's default rhythm from the reviews resources (a month when unknown)."""
    try:
        from vigilance_app.reviews.content import default_rhythm as default

        return default(kind)
    except Exception:  # resources missing or damaged: a safe monthly default
        return rhythm(1, "month")


def kind_content(lang: str, kind: str) -> Any:
    """The kind's content (name, default rhythm, what to look at) from
    ``resources/reviews``; None if the file cannot be read."""
    try:
        from vigilance_app.reviews.content import load_content

        return load_content(lang).kind(kind)
    except Exception:  # a damaged resource must not break the page: the words are used
        return None


# ---- reviews ---------------------------------------------------------------------------

def record_review(store: Any, account_id: int, result: str, note: str, now: datetime) -> Any:
    """Keep a review ("normal" or "unusual"); the note is masked by the core."""
    from vigilance_app.reviews.accounts import record_review as record

    return record(store, account_id, result, note, now)


def link_journal_entry(store: Any, review_id: int, entry_id: int) -> None:
    from vigilance_app.reviews.accounts import link_journal_entry as link

    link(store, review_id, entry_id)


def snooze(store: Any, account_id: int, choice: str, today: date) -> None:
    """Put a check off ("tomorrow", "three_days", "next_week")."""
    from vigilance_app.reviews.accounts import snooze as put_off

    put_off(store, account_id, choice, today)


def record_anomaly(store: Any, account: Any, note: str, summary: str,
                   now: datetime) -> int | None:
    """Write an unusual review in the journal; the new entry's id."""
    from vigilance_app.reviews.journal_link import record_anomaly as record

    return record(store, account, note, summary, now)


# ---- heightened vigilance --------------------------------------------------------------

def list_heightened(store: Any, profile_id: int) -> list[Any]:
    from vigilance_app.reviews.accounts import list_heightened as periods

    return list(periods(store, profile_id))


def start_heightened(store: Any, profile_id: int, since: date, until: date) -> None:
    from vigilance_app.reviews.accounts import start_heightened as start

    start(store, profile_id, since, until)


def end_heightened(store: Any, period_id: int, today: date) -> None:
    from vigilance_app.reviews.accounts import end_heightened as end

    end(store, period_id, today)


# ---- calendar, start at login, what was announced --------------------------------------

def write_calendar(store: Any, profile_id: int, path: Path, now: datetime, lang: str,
                   tz: tzinfo) -> None:
    """The profile's checks as an ``.ics`` file (OSError or ValueError when it cannot be
    written)."""
    from vigilance_app.reviews import calendar_export

    calendar_export.write_ics(store, profile_id, path, now=now, lang=lang, tz=tz)


def autostart_module() -> ModuleType | None:
    """What starts Vigilance at login (``enable``, ``disable``, ``is_enabled``); None where
    it is not available."""
    try:
        from vigilance_app.reviews import autostart
    except ImportError:
        return None
    return autostart


def save_app_state(store: Any, key: str, value: str) -> None:
    """Keep one value in the store's ``app_state`` table."""
    from vigilance_app.store.models import AppState

    with store.sessions.begin() as session:
        session.merge(AppState(key=key, value=value))
