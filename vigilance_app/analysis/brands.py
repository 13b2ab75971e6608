"""Brands (resources/brands.toml), free webmail domains (resources/freemail.txt) and mailing
services' click trackers (resources/click_trackers.txt).

A brand named in a sender's name or subject while the address belongs to someone else is the
commonest disguise of phishing. Read lazily on first use and cached for the process; a
malformed file fails loudly (it ships with the app).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigilance_app.analysis import domains, text
from vigilance_app.paths import resources_dir

_BRAND_KEYS = {"id", "names", "strict", "domains"}
# Words that may follow a strict name in a display name: "Orange Service Client".
_SERVICE_WORDS = (
    r"service|services|client|clients|clientele|customer|customers|care|support|mobile|info|"
    r"infos|information|team|equipe|security|securite|billing|facturation|notification|"
    r"notifications|alert|alerts|alerte|alertes|account|accounts|compte|france|fr|online|"
    r"premium|pay|money|banque|bank")
MAX_NAME = 200  # characters of a display name read


@dataclass(frozen=True)
class Brand:
    id: str
    names: tuple[str, ...]
    strict: tuple[str, ...]
    domains: tuple[str, ...]

    def owns(self, host: str) -> bool:
        """True for one of its domains or a subdomain, or "brand.*" under a country code."""
        return any(_matches(host, d) for d in self.domains)


class BrandsError(ValueError):
    """The brands file does not have the expected shape."""


def _country_variant(host: str, label: str) -> bool:
    """"amazon.fr", "amazon.co.uk", "amazon.com.br" for "amazon.*"; not "amazon.xyz"."""
    reg = domains.registrable_domain(host) or ""
    suffix = domains.public_suffix(host) or ""
    if not reg.startswith(label + ".") or reg[len(label) + 1:] != suffix:
        return False
    parts = suffix.split(".")
    return len(parts[-1]) == 2 and (len(parts) == 1 or parts[0] in ("co", "com"))


def _matches(host: str, pattern: str) -> bool:
    if pattern.endswith(".*"):
        return _country_variant(host, pattern[:-2])
    return domains.is_within(host, pattern)


def _strings(brand_id: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise BrandsError(f"{brand_id}: {key} must be a list of non-empty strings")
    return tuple(value)


def parse(data: dict[str, object]) -> tuple[Brand, ...]:
    if set(data) != {"brand"} or not isinstance(data["brand"], list):
        raise BrandsError("expected only [[brand]] tables")
    result: list[Brand] = []
    seen: set[str] = set()
    for raw in data["brand"]:
        if not isinstance(raw, dict) or set(raw) != _BRAND_KEYS:
            raise BrandsError(f"{raw!r:.60}: a brand needs exactly {sorted(_BRAND_KEYS)}")
        brand_id = str(raw["id"])
        if brand_id in seen:
            raise BrandsError(f"{brand_id}: duplicate id")
        seen.add(brand_id)
        names = _strings(brand_id, "names", raw["names"]) if raw["names"] else ()
        strict = _strings(brand_id, "strict", raw["strict"]) if raw["strict"] else ()
        doms = _strings(brand_id, "domains", raw["domains"])
        if not names and not strict:
            raise BrandsError(f"{brand_id}: needs at least one name")
        result.append(Brand(brand_id, names, strict, tuple(d.lower() for d in doms)))
    return tuple(result)


def load(path: Path) -> tuple[Brand, ...]:
    with path.open("rb") as fh:
        return parse(tomllib.load(fh))


@lru_cache(maxsize=1)
def all_brands() -> tuple[Brand, ...]:
    return load(resources_dir() / "brands.toml")


@lru_cache(maxsize=1)
def _names() -> text.PhraseIndex:
    return text.PhraseIndex((b.id, name) for b in all_brands() for name in b.names)


@lru_cache(maxsize=1)
def _strict() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(name, its pattern, brand id) of the names matched with their case."""
    # The name keeps its case ("Orange", not "orange"); the service words after it do not.
    return tuple(
        (name, re.compile(rf"[\W_]*{re.escape(name)}(?:[\W_]+(?i:{_SERVICE_WORDS}))*[\W_]*"),
         brand.id)
        for brand in all_brands() for name in brand.strict)


def by_id(brand_id: str) -> Brand:
    return next(b for b in all_brands() if b.id == brand_id)


def named_in(words: list[str], distinct: set[str] | None = None,
             ) -> tuple[tuple[Brand, str], ...]:
    """Brands named in the texts of already split folded words (see ``text.word_texts``;
    ``distinct`` their set when already made), each with the first name found."""
    first: dict[str, str] = {}
    for _first, _last, key, phrase in _names().matches(words, distinct):
        first.setdefault(key, phrase)
    if not first:  # most texts name no brand: the list is not walked for nothing
        return ()
    return tuple((b, first[b.id]) for b in all_brands() if b.id in first)


def _strip_accents(value: str) -> str:
    """Accents removed but case kept: "Orange Sécurité" reads "Orange Securite"."""
    if value.isascii():  # most names: nothing decomposes
        return value
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def named_in_display(display: str | None, words: list[str] | None = None,
                     ) -> tuple[tuple[Brand, str], ...]:
    """Brands a sender's display name claims to be, strict names included (``words``: the
    texts of the words of its first ``MAX_NAME`` characters folded, when already split)."""
    display = (display or "")[:MAX_NAME]
    if not display.strip():
        return ()
    if words is None:
        words = text.word_texts(text.fold(display))
    found = {b.id: (b, n) for b, n in named_in(words)}
    plain = _strip_accents(display)
    for name, pattern, brand_id in _strict():
        # the pattern holds the name as written: without it, no match
        if brand_id not in found and name in plain and pattern.fullmatch(plain):
            found[brand_id] = (by_id(brand_id), display.strip()[:60])
    return tuple(found.values())


@lru_cache(maxsize=4096)  # one mail repeats its hosts; bounded against hostile variety
def owner(host: str) -> Brand | None:
    """The brand a host belongs to, if any."""
    return next((b for b in all_brands() if b.owns(host)), None)


def _domain_list(name: str) -> tuple[str, ...]:
    lines = (resources_dir() / name).read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _freemail() -> tuple[str, ...]:
    return _domain_list("freemail.txt")


@lru_cache(maxsize=1)
def _trackers() -> tuple[str, ...]:
    return _domain_list("click_trackers.txt")


@lru_cache(maxsize=1)
def _freemail_lookup() -> tuple[frozenset[str], tuple[str, ...]]:
    """Freemail domains as a set, and the labels of the ``label.*`` country variants."""
    listed = _freemail()
    return (domains.domain_set(d for d in listed if not d.endswith(".*")),
            tuple(d[:-2] for d in listed if d.endswith(".*")))


@lru_cache(maxsize=1)
def _tracker_set() -> frozenset[str]:
    return domains.domain_set(_trackers())


@lru_cache(maxsize=1024)
def is_freemail(host: str) -> bool:
    """An address anyone can open (gmail.com, orange.fr, laposte.net…)."""
    if not host:
        return False
    plain, variants = _freemail_lookup()
    return domains.within_any(host, plain) or any(
        _country_variant(host, label) for label in variants)


@lru_cache(maxsize=1024)
def is_click_tracker(host: str) -> bool:
    """A mailing service's click-counting redirect (list-manage.com, sendgrid.net…)."""
    return bool(host) and domains.within_any(host, _tracker_set())
