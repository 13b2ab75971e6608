"""What to look at per account kind, from ``resources/reviews/<lang>.toml`` (French, English).

Validated on load: unknown or missing keys fail, every kind of ``ACCOUNT_KINDS`` is described,
and the default rhythm of a kind is the same in every language. Parsed on first use (never on
the start-up path) and cached.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from vigilance_app.heightened import ACCOUNT_KINDS
from vigilance_app.paths import resources_dir
from vigilance_app.reviews.schedule import Rhythm

LANGUAGES: tuple[str, ...] = ("fr", "en")
_TOP_KEYS = {"calendar", "kinds"}
_CALENDAR_KEYS = {"summary", "alarm"}
_KIND_KEYS = {"name", "rhythm", "look_at"}


class ContentError(ValueError):
    """A content file is malformed (a packaging or editing mistake, caught by the tests)."""


@dataclass(frozen=True)
class KindContent:
    kind: str
    name: str  # display name of the kind ("Banque")
    rhythm: Rhythm  # default rhythm for a new account of this kind
    look_at: tuple[str, ...]  # what to look at, one plain sentence each


@dataclass(frozen=True)
class ReviewsContent:
    lang: str
    kinds: dict[str, KindContent]
    calendar_summary: str  # contains "{name}"
    calendar_alarm: str

    def kind(self, kind: str) -> KindContent:
        return self.kinds.get(kind) or self.kinds["other"]

    def summary_for(self, account_name: str) -> str:
        return self.calendar_summary.replace("{name}", account_name)


def content_path(lang: str) -> Path:
    return resources_dir() / "reviews" / f"{lang}.toml"


def parse(data: dict[str, Any], lang: str) -> ReviewsContent:
    """Validate parsed TOML; raise ContentError with what is wrong."""
    _exact_keys(data, _TOP_KEYS, lang)
    calendar = data["calendar"]
    _exact_keys(calendar, _CALENDAR_KEYS, f"{lang} [calendar]")
    summary, alarm = calendar["summary"], calendar["alarm"]
    if not (_text(summary) and _text(alarm)):
        raise ContentError(f"{lang}: [calendar] texts must be non-empty strings")
    if summary.count("{name}") != 1 or summary.replace("{name}", "").count("{") + \
            summary.replace("{name}", "").count("}"):
        raise ContentError(f"{lang}: [calendar] summary must contain {{name}} once, no other field")
    kinds_data = data["kinds"]
    if not isinstance(kinds_data, dict):
        raise ContentError(f"{lang}: [kinds] must be a table")
    _exact_keys(kinds_data, set(ACCOUNT_KINDS), f"{lang} [kinds]")
    kinds: dict[str, KindContent] = {}
    for kind in ACCOUNT_KINDS:
        entry = kinds_data[kind]
        where = f"{lang} [kinds.{kind}]"
        _exact_keys(entry, _KIND_KEYS, where)
        look_at = entry["look_at"]
        if not _text(entry["name"]):
            raise ContentError(f"{where}: name must be a non-empty string")
        if not isinstance(look_at, list) or not 1 <= len(look_at) <= 8 or \
                not all(_text(item) for item in look_at):
            raise ContentError(f"{where}: look_at must be 1 to 8 non-empty sentences")
        try:
            rhythm = Rhythm.parse(entry["rhythm"]) if isinstance(entry["rhythm"], str) else None
        except ValueError as exc:
            raise ContentError(f"{where}: {exc}") from None
        if rhythm is None:
            raise ContentError(f"{where}: rhythm must be a string such as '1 week'")
        kinds[kind] = KindContent(kind, entry["name"].strip(), rhythm,
                                  tuple(item.strip() for item in look_at))
    return ReviewsContent(lang, kinds, summary, alarm.strip())


def load_file(path: Path, lang: str) -> ReviewsContent:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ContentError(f"{path.name}: {exc}") from exc
    return parse(data, lang)


def load_content(lang: str = "fr") -> ReviewsContent:
    """The content in ``lang`` (fr or en; anything else falls back to fr), checked against fr."""
    return _load(lang if lang in LANGUAGES else "fr")


@cache
def _load(lang: str) -> ReviewsContent:
    content = load_file(content_path(lang), lang)
    if lang != "fr":
        check_same_rhythms(load_content("fr"), content)
    return content


def check_same_rhythms(reference: ReviewsContent, other: ReviewsContent) -> None:
    for kind in ACCOUNT_KINDS:
        if reference.kinds[kind].rhythm != other.kinds[kind].rhythm:
            raise ContentError(f"{other.lang} [kinds.{kind}]: rhythm differs from "
                               f"{reference.lang} ({other.kinds[kind].rhythm} vs "
                               f"{reference.kinds[kind].rhythm})")


def default_rhythm(kind: str) -> Rhythm:
    """The rhythm a new account of ``kind`` starts with."""
    return load_content("fr").kind(kind).rhythm


def _exact_keys(table: Any, expected: set[str], where: str) -> None:
    if not isinstance(table, dict):
        raise ContentError(f"{where}: expected a table")
    unknown, missing = set(table) - expected, expected - set(table)
    if unknown:
        raise ContentError(f"{where}: unknown keys {sorted(unknown)}")
    if missing:
        raise ContentError(f"{where}: missing keys {sorted(missing)}")


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())
