"""Red flags: the rules that read a parsed message, and their explanations in plain words.

Each rule is a small function returning its evidence (the words, the link, the domain); a
flag fires when there is evidence. Severity says how much one flag alone weighs (see risk.py).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from vigilance_app.analysis import domains, keywords, links, money, organizations, phones, text
from vigilance_app.analysis.message import ParsedMessage
from vigilance_app.paths import resources_dir

CODES = (
    "link_text_mismatch", "lookalike_domain", "impersonation", "non_official_domain",
    "url_shortener", "reply_to_mismatch", "asks_card_details", "asks_credentials", "asks_nir",
    "asks_bank_details", "payment_request", "urgency", "threat", "callback_number",
    "sender_mobile_number", "relative_impersonation", "remote_access", "too_good_to_be_true",
    "dangerous_attachment", "html_form",
)
# high: one alone makes a message dangerous (ADVICE.md heuristics 1, 2, 3, 5, 6).
# medium: a structural oddity that is rarely innocent on its own (heuristic 7, shorteners).
# low: wording that genuine messages also use; it counts only together with another flag.
SEVERITY = {
    "asks_card_details": "high", "asks_credentials": "high", "asks_nir": "high",
    "asks_bank_details": "high", "dangerous_attachment": "high", "impersonation": "high",
    "payment_request": "high", "callback_number": "high", "remote_access": "high",
    "lookalike_domain": "high", "non_official_domain": "high", "link_text_mismatch": "high",
    "relative_impersonation": "high",
    "url_shortener": "medium", "reply_to_mismatch": "medium", "sender_mobile_number": "medium",
    "html_form": "medium",
    "urgency": "low", "threat": "low", "too_good_to_be_true": "low",
}
LANGS = ("fr", "en")
_EXPLAIN_KEYS = {"title", "explanation", "what_to_do"}
_KEYWORD_FLAGS = ("asks_card_details", "asks_credentials", "asks_nir", "asks_bank_details",
                  "payment_request", "urgency", "threat", "relative_impersonation",
                  "remote_access", "too_good_to_be_true")
_CALLBACK_WINDOW = 150  # characters before a number searched for "rappelez", "call"…
_SMS_LIKE = ("sms", "messaging")


@dataclass(frozen=True)
class RedFlag:
    code: str
    severity: str  # "high" | "medium" | "low"
    evidence: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "severity": self.severity, "evidence": list(self.evidence)}


@dataclass(frozen=True)
class Facts:
    """What the rules read, computed once per message."""

    parsed: ParsedMessage
    sender_domain: str | None
    links: tuple[links.LinkInfo, ...]
    phones: tuple[phones.Phone, ...]
    amounts: tuple[money.Amount, ...]
    claims: tuple[tuple[organizations.Organization, str], ...]
    words: dict[str, tuple[str, ...]]  # keyword section -> phrases found
    body: str  # subject and text, bounded


def address_domain(address: str | None) -> str | None:
    """Host part of an email address ("Ameli <x@info.ameli.fr>" -> "info.ameli.fr")."""
    if not address or "@" not in address:
        return None
    host = address.rsplit("@", 1)[1].strip().strip("<>\"' ").split(">")[0]
    return domains.clean_host(host) or None


def show_domain(host: str) -> str:
    """A domain as evidence: defanged, so no widget or export ever turns it into a link."""
    return host.replace(".", "[.]")


def collect(parsed: ParsedMessage) -> Facts:
    body = "\n".join(p for p in (parsed.subject, parsed.text) if p)[: text.MAX_TEXT]
    # Bare URLs in the text count too: an SMS pasted as text has no link list of its own.
    seen = {link.target for link in parsed.links}
    all_links = parsed.links + tuple(u for u in links.find_urls(body) if u.target not in seen)
    infos = tuple(links.describe(link) for link in all_links[: links.MAX_FOUND])
    # Fold and split the body once; keywords and organisation names share the words.
    folded = text.fold(body)
    ws = text.words(folded)
    claims = organizations.claimed_in(text.words(text.fold(parsed.sender_name or "")) + ws)
    return Facts(parsed, address_domain(parsed.sender_address), infos, phones.find(body),
                 money.find(body), claims, keywords.find(folded, ws), body)


# --- the rules -----------------------------------------------------------------------------


def _link_text_mismatch(f: Facts) -> list[str]:
    return [f"{shown} -> {info.defanged}" for info in f.links
            if (shown := links.text_mismatch(info))]


def _hosts(f: Facts) -> list[str]:
    hosts = [info.host for info in f.links if info.host and not info.is_ip]
    hosts += [d for d in (f.sender_domain, *map(address_domain, f.parsed.reply_to)) if d]
    return list(dict.fromkeys(hosts))


@lru_cache(maxsize=1)
def _not_lookalikes() -> frozenset[str]:
    """resources/not_lookalikes.txt: look like an official domain, but genuine (laposte.net)."""
    lines = (resources_dir() / "not_lookalikes.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip().lower() for ln in lines if ln.strip() and not ln.startswith("#"))


def _lookalike_domain(f: Facts) -> list[str]:
    official = organizations.official_domains()
    return [show_domain(host) for host in _hosts(f)
            if domains.registrable_domain(host) not in _not_lookalikes()
            and domains.lookalike(host, official)]


def _impersonation(f: Facts) -> list[str]:
    if not f.claims:
        return []
    foreign: list[str] = []
    # Official means a listed organisation's domain or the State's (.gouv.fr): a letter from
    # dgfip.finances.gouv.fr about impots.gouv.fr is not an imitation.
    if f.sender_domain and not organizations.is_official_host(f.sender_domain):
        foreign.append(show_domain(f.sender_domain))
    for info in f.links:
        if info.is_ip or (info.host and not organizations.is_official_host(info.host_ascii)):
            foreign.append(show_domain(info.host))
    if not foreign:
        return []
    return [name for _, name in f.claims] + list(dict.fromkeys(foreign))


def _non_official_domain(f: Facts) -> list[str]:
    gouv_claimed = any(org.gouv_only for org, _ in f.claims)
    found: list[str] = []
    for host in [info.host_ascii for info in f.links if info.host_ascii] + (
            [f.sender_domain] if f.sender_domain else []):
        if domains.is_gouv_fr(host):
            continue
        # "amendes-gouv.org", "gouv-fr.info": the word gouv outside .gouv.fr is a disguise.
        tokens = set(re.split(r"[-_.]", host))
        if tokens & {"gouv", "gov", "gouvfr"} or (
                gouv_claimed and not organizations.is_official_host(host)):
            found.append(show_domain(host))
    return list(dict.fromkeys(found))


def _url_shortener(f: Facts) -> list[str]:
    return [info.defanged for info in f.links if links.is_shortener(info)]


def _reply_to_mismatch(f: Facts) -> list[str]:
    sender = domains.registrable_domain(f.sender_domain or "")
    if not sender:
        return []
    return [addr[:200] for addr in f.parsed.reply_to
            if domains.registrable_domain(address_domain(addr) or "") not in (sender, None)]


def _official_number(phone: phones.Phone) -> bool:
    return any(phones.same_number(phone.e164, official)
               for org in organizations.all_organizations() for official in org.phones)


def _callback_number(f: Facts) -> list[str]:
    if "callback" not in f.words:
        return []
    found = []
    for phone in f.phones:
        if _official_number(phone):
            continue
        at = f.body.find(phone.raw)
        before = f.body[max(0, at - _CALLBACK_WINDOW): max(at, 0)]
        if at >= 0 and "callback" in keywords.scan(before):
            found.append(phone.raw)
    return found


def _sender_mobile_number(f: Facts) -> list[str]:
    if f.parsed.channel not in _SMS_LIKE:
        return []
    sender = f.parsed.sender_address or f.parsed.sender_name or ""
    official_looking = bool(f.claims) or bool(f.links)
    if official_looking and phones.is_french_mobile(sender):
        return [sender[:40], *(name for _, name in f.claims)]
    return []


def _dangerous_attachment(f: Facts) -> list[str]:
    return [f"{(a.filename or '(sans nom)')[:200]} ({', '.join(a.reasons)})" if a.reasons
            else (a.filename or "(sans nom)")[:200]
            for a in f.parsed.attachments if a.dangerous]


def _html_form(f: Facts) -> list[str]:
    return ["<form>"] if f.parsed.has_html_form else []


def _keyword_rule(code: str) -> Callable[[Facts], list[str]]:
    def rule(f: Facts) -> list[str]:
        found = list(f.words.get(code, ()))
        if code == "payment_request" and found:
            found += [a.raw for a in f.amounts[:3]]
        return found

    return rule


RULES: dict[str, Callable[[Facts], list[str]]] = {
    "link_text_mismatch": _link_text_mismatch,
    "lookalike_domain": _lookalike_domain,
    "impersonation": _impersonation,
    "non_official_domain": _non_official_domain,
    "url_shortener": _url_shortener,
    "reply_to_mismatch": _reply_to_mismatch,
    "callback_number": _callback_number,
    "sender_mobile_number": _sender_mobile_number,
    "dangerous_attachment": _dangerous_attachment,
    "html_form": _html_form,
    **{code: _keyword_rule(code) for code in _KEYWORD_FLAGS},
}
assert set(RULES) == set(CODES) == set(SEVERITY)


def evaluate(facts: Facts) -> tuple[RedFlag, ...]:
    """Every flag that fires, in the order of CODES, each with its evidence."""
    flags = []
    for code in CODES:
        evidence = RULES[code](facts)
        if evidence:
            flags.append(RedFlag(code, SEVERITY[code], tuple(dict.fromkeys(evidence))[:10]))
    return tuple(flags)


# --- explanations --------------------------------------------------------------------------


class ExplanationsError(ValueError):
    """A flags resource file is missing a code or has unknown keys."""


@lru_cache(maxsize=len(LANGS))
def explanations(lang: str) -> dict[str, tuple[str, str, str]]:
    if lang not in LANGS:
        raise ExplanationsError(f"no explanations for {lang!r}")
    path = resources_dir() / "flags" / f"{lang}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    if set(data) != set(CODES):
        raise ExplanationsError(
            f"{path.name}: unknown {sorted(set(data) - set(CODES))}, "
            f"missing {sorted(set(CODES) - set(data))}")
    result = {}
    for code, table in data.items():
        if not isinstance(table, dict) or set(table) != _EXPLAIN_KEYS or not all(
                isinstance(v, str) and v.strip() for v in table.values()):
            raise ExplanationsError(f"{path.name}: [{code}] needs exactly {sorted(_EXPLAIN_KEYS)}")
        result[code] = (table["title"], table["explanation"], table["what_to_do"])
    return result


def explain(flag: RedFlag | str, lang: str = "fr") -> tuple[str, str, str]:
    """(title, explanation, what to do) in plain words for a flag or a flag code."""
    code = flag if isinstance(flag, str) else flag.code
    return explanations(lang)[code]
