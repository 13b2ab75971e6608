"""Official organisations (resources/organizations.toml): names, domains, phones, sources.

Read lazily on first use and cached for the process; a malformed file fails loudly (it ships
with the app, so an error there is a bug, not user input).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigilance_app.analysis import domains, text
from vigilance_app.paths import resources_dir

_ORG_KEYS = {"id", "names", "domains", "phones", "gouv_only", "never_asks", "verified",
             "source"}
_SOURCE_KEYS = {"publisher", "title", "url", "consulted", "secondary", "note"}
_NEVER_ASKS = {"bank_details", "nir", "credentials", "card_details"}


@dataclass(frozen=True)
class Source:
    publisher: str
    title: str
    url: str
    consulted: str  # "" when the date was not recorded
    secondary: bool
    note: str = ""


@dataclass(frozen=True)
class Organization:
    id: str
    names: tuple[str, ...]
    domains: tuple[str, ...]
    phones: tuple[str, ...]
    gouv_only: bool
    never_asks: tuple[str, ...]
    verified: bool
    source: Source

    def owns(self, host: str) -> bool:
        """True when ``host`` is one of its domains or a subdomain of one."""
        return any(domains.is_within(host, d) for d in self.domains)


class OrganizationsError(ValueError):
    """The organisations file does not have the expected shape."""


def _strings(org_id: str, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise OrganizationsError(f"{org_id}: {key} must be a list of non-empty strings")
    return tuple(value)


def _parse(data: dict[str, object]) -> tuple[Organization, ...]:
    if set(data) != {"organization"} or not isinstance(data["organization"], list):
        raise OrganizationsError("expected only [[organization]] tables")
    orgs: list[Organization] = []
    seen: set[str] = set()
    for raw in data["organization"]:
        if not isinstance(raw, dict):
            raise OrganizationsError("each organization must be a table")
        org_id = str(raw.get("id", "?"))
        if set(raw) != _ORG_KEYS:
            raise OrganizationsError(
                f"{org_id}: unknown keys {sorted(set(raw) - _ORG_KEYS)}, "
                f"missing {sorted(_ORG_KEYS - set(raw))}")
        if org_id in seen:
            raise OrganizationsError(f"{org_id}: duplicate id")
        seen.add(org_id)
        src = raw["source"]
        if not isinstance(src, dict) or set(src) != _SOURCE_KEYS:
            raise OrganizationsError(f"{org_id}: source needs exactly {sorted(_SOURCE_KEYS)}")
        never = _strings(org_id, "never_asks", raw["never_asks"])
        if not set(never) <= _NEVER_ASKS:
            raise OrganizationsError(f"{org_id}: unknown never_asks {never}")
        if not isinstance(raw["gouv_only"], bool) or not isinstance(raw["verified"], bool):
            raise OrganizationsError(f"{org_id}: gouv_only and verified are true or false")
        doms = _strings(org_id, "domains", raw["domains"])
        if raw["gouv_only"] and not all(domains.is_gouv_fr(d) for d in doms):
            raise OrganizationsError(f"{org_id}: a gouv_only service has only .gouv.fr domains")
        orgs.append(Organization(
            id=org_id,
            names=_strings(org_id, "names", raw["names"]),
            domains=tuple(d.lower() for d in doms),
            phones=_strings(org_id, "phones", raw["phones"]),
            gouv_only=raw["gouv_only"],
            never_asks=never,
            verified=raw["verified"],
            source=Source(**{k: src[k] for k in _SOURCE_KEYS}),
        ))
    return tuple(orgs)


def load(path: Path) -> tuple[Organization, ...]:
    with path.open("rb") as fh:
        return _parse(tomllib.load(fh))


@lru_cache(maxsize=1)
def all_organizations() -> tuple[Organization, ...]:
    return load(resources_dir() / "organizations.toml")


@lru_cache(maxsize=1)
def official_domains() -> tuple[str, ...]:
    return tuple(d for org in all_organizations() for d in org.domains)


@lru_cache(maxsize=4096)  # one mail repeats its hosts; bounded against hostile variety
def is_official_host(host: str) -> bool:
    """Belongs to a listed organisation, or to the French state (.gouv.fr)."""
    return domains.is_gouv_fr(host) or any(org.owns(host) for org in all_organizations())


@lru_cache(maxsize=1)
def _names() -> text.PhraseIndex:
    return text.PhraseIndex((org.id, name) for org in all_organizations() for name in org.names)


def claimed(*texts: str) -> tuple[tuple[Organization, str], ...]:
    """Organisations named in the texts, each with the first name found (as listed)."""
    return claimed_in(text.word_texts(" \n ".join(text.fold(t) for t in texts if t)))


def claimed_in(words: list[str], distinct: set[str] | None = None,
               ) -> tuple[tuple[Organization, str], ...]:
    """The same from the texts of words already split (see ``text.word_texts``; ``distinct``
    their set when already made)."""
    first: dict[str, str] = {}
    for _first, _last, key, phrase in _names().matches(words, distinct):
        first.setdefault(key, phrase)
    if not first:  # most texts name no organisation: the list is not walked for nothing
        return ()
    return tuple((org, first[org.id]) for org in all_organizations() if org.id in first)
