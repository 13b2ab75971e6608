"""Red flags: the rules that read a parsed message, and their explanations in plain words.

Each rule is a small function returning its evidence (the words, the link, the domain); a
flag fires when there is evidence. Severity says how much one flag alone weighs (see risk.py).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from vigilance_app.analysis import (
    brands,
    domains,
    homoglyphs,
    keywords,
    links,
    money,
    organizations,
    phones,
    text,
)
from vigilance_app.analysis.limits import (
    WARN_HEADER_TOO_LONG,
    WARN_HTML_TRUNCATED,
    WARN_TEXT_TRUNCATED,
    WARN_TOO_DEEP,
    WARN_TOO_MANY_HEADERS,
    WARN_TOO_MANY_LINKS,
    WARN_TOO_MANY_PARTS,
    WARN_UNREADABLE_PART,
)
from vigilance_app.analysis.message import Link, ParsedMessage
from vigilance_app.paths import resources_dir

CODES = (
    "link_text_mismatch", "lookalike_domain", "impersonation", "non_official_domain",
    "url_shortener", "reply_to_mismatch", "asks_card_details", "asks_credentials", "asks_nir",
    "asks_bank_details", "payment_request", "urgency", "threat", "callback_number",
    "sender_mobile_number", "relative_impersonation", "remote_access", "too_good_to_be_true",
    "dangerous_attachment", "html_form",
    "brand_impersonation", "homoglyph_text", "freemail_sender", "crypto_lure", "prize_lure",
    "delivery_lure", "premium_rate_number", "sms_foreign_link", "hidden_content",
    "authentication_failed", "fine_lure", "dubious_offer",
)
# high: one alone makes a message dangerous (a secret asked for, an official body writing
# from elsewhere, a dangerous attachment, remote access, a look-alike address).
# medium: a structural oddity that is rarely innocent on its own (a link that hides its
# target, a shortener).
# low: wording that genuine messages also use; it counts only together with another flag.
SEVERITY = {
    "asks_card_details": "high", "asks_credentials": "high", "asks_nir": "high",
    "asks_bank_details": "high", "dangerous_attachment": "high", "impersonation": "high",
    "payment_request": "high", "callback_number": "high", "remote_access": "high",
    "lookalike_domain": "high", "non_official_domain": "high", "link_text_mismatch": "high",
    "relative_impersonation": "high", "brand_impersonation": "high", "homoglyph_text": "high",
    "sms_foreign_link": "high", "premium_rate_number": "high", "crypto_lure": "high",
    "url_shortener": "medium", "reply_to_mismatch": "medium", "sender_mobile_number": "medium",
    "html_form": "medium", "freemail_sender": "medium", "hidden_content": "medium",
    "authentication_failed": "medium", "delivery_lure": "medium", "fine_lure": "medium",
    "urgency": "low", "threat": "low", "too_good_to_be_true": "low", "prize_lure": "low",
    "dubious_offer": "low",
}
LANGS = ("fr", "en")
_EXPLAIN_KEYS = {"title", "explanation", "what_to_do"}
_KEYWORD_FLAGS = ("asks_card_details", "asks_credentials", "asks_nir", "asks_bank_details",
                  "urgency", "threat", "relative_impersonation", "remote_access",
                  "too_good_to_be_true", "crypto_lure", "prize_lure", "delivery_lure",
                  "fine_lure", "dubious_offer")
_KEYWORD_CODES = frozenset(_KEYWORD_FLAGS)
_CALLBACK_WINDOW = 150  # characters before a number searched for "rappelez", "call"…
_PRESSURE_WINDOW = 400  # characters around a number searched for urgency or threats
_SMS_LIKE = ("sms", "messaging")
_WEB_SCHEMES = ("http", "https", "")
# Parsing limits hit: part of the message was never read, which honest mail almost never
# causes and padding meant to hide a phishing body does.
_HIDING_WARNINGS = (WARN_TOO_MANY_PARTS, WARN_TOO_DEEP, WARN_HTML_TRUNCATED,
                    WARN_TEXT_TRUNCATED, WARN_TOO_MANY_LINKS, WARN_UNREADABLE_PART,
                    WARN_HEADER_TOO_LONG, WARN_TOO_MANY_HEADERS)
# Labels of the public suffixes where only a government registers (nasa.gov, gov.uk).
_GOVERNMENT_LABELS = frozenset({"gov", "gouv", "gob", "govt", "gv", "go"})


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
    # Brands the sender's name or the subject claims to be, with the name as found.
    brand_claims: tuple[tuple[brands.Brand, str], ...] = ()
    # Brands named anywhere (sender, subject, text): for SMS, which have no sender address.
    brands_named: tuple[tuple[brands.Brand, str], ...] = ()
    # Organisations named in the sender's name or the subject.
    header_claims: tuple[tuple[organizations.Organization, str], ...] = ()


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
    # A newsletter repeats its links: each distinct one is described once.
    described: dict[Link, links.LinkInfo] = {}
    for link in all_links[: links.MAX_FOUND]:
        if link not in described:
            described[link] = links.describe(link)
    infos = tuple(described[link] for link in all_links[: links.MAX_FOUND])
    # Fold and split the body and the sender's name once: keywords, organisation and brand
    # names share the words, and the set of the body's words.
    folded = text.fold(body)
    ws = text.Words(folded)
    distinct = set(ws.texts)
    name = parsed.sender_name or ""
    name_ws = text.word_texts(text.fold(name))
    claims = organizations.claimed_in(name_ws + ws.texts, distinct.union(name_ws)) \
        if name_ws else organizations.claimed_in(ws.texts, distinct)
    subject_ws = text.word_texts(text.fold(parsed.subject[:2000]))
    header_claims = organizations.claimed_in(name_ws + subject_ws)
    display_ws = name_ws if len(name) <= brands.MAX_NAME else None
    brand_claims = _merge(brands.named_in_display(name, display_ws),
                          brands.named_in(subject_ws))
    named = _merge(brand_claims, brands.named_in(ws.texts, distinct)) \
        if parsed.channel in _SMS_LIKE else brand_claims
    return Facts(parsed, address_domain(parsed.sender_address), infos, phones.find(body),
                 money.find(body), claims, keywords.find(folded, ws, distinct=distinct), body,
                 brand_claims, named, header_claims)


def _merge(*groups: tuple[tuple[brands.Brand, str], ...]) -> tuple[tuple[brands.Brand, str], ...]:
    seen: dict[str, tuple[brands.Brand, str]] = {}
    for group in groups:
        for brand, name in group:
            seen.setdefault(brand.id, (brand, name))
    return tuple(seen.values())


# --- the rules -----------------------------------------------------------------------------


def _same_owner(a: str, b: str) -> bool:
    """Two registrable domains of one owner: equal, the same name under another suffix
    (dilbert.com, dilbert.net), or both of one listed brand."""
    if a == b:
        return True
    if a.split(".", 1)[0] == b.split(".", 1)[0]:
        return True
    owner = brands.owner(a)
    return owner is not None and owner.owns(b)


def _known_brand_domain(host: str) -> bool:
    return brands.owner(host) is not None or organizations.is_official_host(host)


def _tracked_own_link(f: Facts, info: links.LinkInfo, shown: str) -> bool:
    """An honest newsletter's link: it shows the sender's own site (or any site that no
    known brand owns) and goes through the sender's click counter or a mailing service's."""
    sender = domains.registrable_domain(f.sender_domain or "")
    shown_reg = domains.registrable_domain(shown)
    target = info.registrable_domain
    if not sender or not shown_reg or not target:
        return False
    if _known_brand_domain(shown) and not _same_owner(shown_reg, sender):
        return False  # "paypal.com" shown by someone who is not PayPal
    if target == sender:
        return True
    return brands.is_click_tracker(info.host_ascii) and _same_owner(shown_reg, sender)


def _link_text_mismatch(f: Facts) -> list[str]:
    return [f"{shown} -> {info.defanged}" for info in f.links
            if info.scheme in _WEB_SCHEMES and (shown := links.text_mismatch(info))
            and not _tracked_own_link(f, info, shown)]


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


def _government_space(host: str) -> bool:
    """Under a suffix only a government registers: nasa.gov, gov.uk, gouv.qc.ca."""
    suffix = domains.public_suffix(host) or ""
    return bool(set(suffix.split(".")) & _GOVERNMENT_LABELS)


@lru_cache(maxsize=4096)  # one mail repeats its hosts; bounded against hostile variety
def _gouv_words(host: str) -> tuple[bool, bool, bool]:
    """(under a government's own suffix, "gouv" among its words, "gov" among its words)."""
    if domains.is_gouv_fr(host) or _government_space(host):
        return True, False, False
    suffix = domains.public_suffix(host) or ""
    tokens = set(domains.LABEL_SEPARATORS.split(host[: -len(suffix) - 1] if suffix else host))
    return False, bool(tokens & {"gouv", "gouvfr"}), bool(tokens & {"gov", "govfr"})


def _non_official_domain(f: Facts) -> list[str]:
    """A French public service claimed, or its "gouv" disguise, outside .gouv.fr."""
    gouv_claimed = any(org.gouv_only for org, _ in f.claims)
    found: list[str] = []
    for host in [info.host_ascii for info in f.links if info.host_ascii] + (
            [f.sender_domain] if f.sender_domain else []):
        official_space, gouv, gov = _gouv_words(host)
        if official_space:
            continue
        # "amendes-gouv.org", "gouv-fr.info": the word gouv outside .gouv.fr is a disguise;
        # "gov" only with a French service claimed ("antai-gov.com").
        disguised = gouv or (gouv_claimed and gov)
        if disguised or (gouv_claimed and not organizations.is_official_host(host)):
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
    """A number the message asks to call, when it is premium-rate or the call is pressed
    for (urgency or a threat near it): "rappelez d'urgence le…", not "réservez au…"."""
    if "callback" not in f.words:
        return []
    premium = set(phones.premium_rate(f.body, f.phones)) if f.phones else set()
    found = []
    for phone in f.phones:
        if _official_number(phone):
            continue
        at = f.body.find(phone.raw)
        if at < 0:
            continue
        before = f.body[max(0, at - _CALLBACK_WINDOW): at]
        if "callback" not in keywords.scan(before):
            continue
        around = keywords.scan(f.body[max(0, at - _PRESSURE_WINDOW): at + _PRESSURE_WINDOW])
        if phone.raw in premium or "urgency" in around or "threat" in around:
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


def _payment_request(f: Facts) -> list[str]:
    """Asked to pay: "payez", "pay now", or a fee that is due ("frais de livraison dus")."""
    found = [*f.words.get("payment_request", ()), *f.words.get("fee", ())]
    return found + [a.raw for a in f.amounts[:3]] if found else []


def _brand_impersonation(f: Facts) -> list[str]:
    """A brand in the sender's name or the subject, sent from an address it does not own."""
    if not f.sender_domain or not f.brand_claims:
        return []
    claimed = [name for brand, name in f.brand_claims if not brand.owns(f.sender_domain)]
    return [*claimed, show_domain(f.sender_domain)] if claimed else []


def _homoglyph_text(f: Facts) -> list[str]:
    disguised = list(homoglyphs.find(f.parsed.sender_name, f.parsed.subject))
    return disguised + [w for w in homoglyphs.hidden_words(f.parsed.sender_name,
                                                           f.parsed.subject)
                        if w not in disguised]


def _freemail_sender(f: Facts) -> list[str]:
    """An organisation or a brand writing from a mailbox anyone can open (gmail.com…)."""
    host = f.sender_domain
    if not host or not brands.is_freemail(host):
        return []
    names = [name for org, name in f.header_claims if not org.owns(host)]
    names += [name for brand, name in f.brand_claims if not brand.owns(host)]
    return [*names, show_domain(host)] if names else []


def _premium_rate_number(f: Facts) -> list[str]:
    return list(phones.premium_rate(f.body, f.phones)) if f.phones or "0" in f.body else []


def _unknown_number_sender(parsed: ParsedMessage) -> bool:
    """No sender, or a phone number: not a registered name ("AMELI") that we can't check."""
    if parsed.sender_address:
        return phones.parse(parsed.sender_address) is not None
    return not parsed.sender_name


def _sms_foreign_link(f: Facts) -> list[str]:
    """An SMS naming an organisation or a brand, with a link to a site that is not its own."""
    if f.parsed.channel not in _SMS_LIKE or not f.links or not (f.claims or f.brands_named):
        return []
    if not _unknown_number_sender(f.parsed):
        return []
    owners = [org.owns for org, _ in f.claims] + [b.owns for b, _ in f.brands_named]
    foreign = [show_domain(info.host) for info in f.links
               if info.scheme in _WEB_SCHEMES and (info.is_ip or (
                   info.host_ascii and not domains.is_gouv_fr(info.host_ascii)
                   and not any(owns(info.host_ascii) for owns in owners)))]
    if not foreign:
        return []
    names = [name for _, name in f.claims] + [name for _, name in f.brands_named]
    return list(dict.fromkeys(names + foreign))


def _hidden_content(f: Facts) -> list[str]:
    return [w for w in f.parsed.warnings if w in _HIDING_WARNINGS]


def _authentication_failed(f: Facts) -> list[str]:
    return list(f.parsed.auth_failures)


def _keyword_rule(code: str) -> Callable[[Facts], list[str]]:
    def rule(f: Facts) -> list[str]:
        return list(f.words.get(code, ()))

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
    "payment_request": _payment_request,
    "brand_impersonation": _brand_impersonation,
    "homoglyph_text": _homoglyph_text,
    "freemail_sender": _freemail_sender,
    "premium_rate_number": _premium_rate_number,
    "sms_foreign_link": _sms_foreign_link,
    "hidden_content": _hidden_content,
    "authentication_failed": _authentication_failed,
    **{code: _keyword_rule(code) for code in _KEYWORD_FLAGS},
}
assert set(RULES) == set(CODES) == set(SEVERITY)


def evaluate(facts: Facts) -> tuple[RedFlag, ...]:
    """Every flag that fires, in the order of CODES, each with its evidence."""
    flags = []
    words = facts.words
    for code in CODES:
        if code in _KEYWORD_CODES and code not in words:
            continue  # its rule gives the phrases found for it: none
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
