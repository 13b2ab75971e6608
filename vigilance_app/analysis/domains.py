"""Domains: registrable domain (eTLD+1), punycode, homoglyphs and lookalikes of official ones.

Every input may be hostile (a criminal chose it): functions cap lengths, never raise on odd
text, and never resolve or fetch anything. The Public Suffix List ships inside the
``publicsuffixlist`` package and is read from disk on first use, never downloaded.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

MAX_HOST = 253  # longest valid DNS name; anything longer is cut, not parsed
# Pure functions of a string are memoised: one mail repeats the same few hosts hundreds of
# times (tracking links), and the cache is bounded so hostile variety cannot grow it.
_CACHE = 4096
MAX_LABEL_COMPARE = 64  # edit distance is quadratic: compare bounded labels only
# What splits a host into the words a reader sees ("amendes-gouv.secure_pay").
LABEL_SEPARATORS = re.compile(r"[-_.]")

# Characters that look like Latin letters (Cyrillic and Greek mostly), mapped to the letter a
# reader sees. Small on purpose: the letters criminals actually use in brand names.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k",
    "м": "m", "т": "t", "н": "h", "в": "b", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ɡ": "g", "ӏ": "l", "ο": "o", "α": "a", "ν": "v", "ρ": "p", "τ": "t", "ι": "i",
    "κ": "k", "χ": "x", "ε": "e",
    # Digits and letters that read alike: collapse each group to one letter.
    "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "5": "s", "$": "s", "@": "a",
})
# Letter pairs that read as one letter at a glance ("arneli" for "ameli").
_DIGRAPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
# The separators dropped from a skeleton (the characters of LABEL_SEPARATORS).
_NO_SEPARATORS = str.maketrans("", "", "-_.")


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    # Imported and parsed on first use (about 0.1 s), not when the module is imported.
    from publicsuffixlist import PublicSuffixList

    # Private suffixes (github.io, web.app…) count: on those, each customer's subdomain is
    # a separate owner, which is exactly what a phishing page hosted there is.
    return PublicSuffixList()


_BROWSER_IPV4 = re.compile(r"(?:0x[0-9a-f]+|\d+)(?:\.(?:0x[0-9a-f]+|\d+)){0,3}")
_HOST_CHARACTERS = re.compile(r"[a-z0-9_.-]+")


def clean_host(host: str) -> str:
    """Lower-case, no trailing dot, bounded, IDN labels kept as given (ASCII or Unicode)."""
    host = (host or "")[: MAX_HOST * 2].strip().rstrip(".").lower()
    # Full-width dots and ideographic full stops are read as dots by browsers.
    host = host.replace("。", ".").replace("．", ".").replace("｡", ".")
    return host[:MAX_HOST]


@lru_cache(maxsize=_CACHE)
def is_ip(host: str) -> bool:
    """True for an IP literal, including bracketed IPv6 and the decimal/hex forms browsers take."""
    host = clean_host(host).strip("[]")
    if not host:
        return False
    # An IPv6 address has colons, an IPv4 one only digits and dots: any other host would
    # only make ipaddress raise (twice), which costs more than the rest of this function.
    if ":" in host or host.replace(".", "").isdigit():
        try:
            ipaddress.ip_address(host)
            return True
        except ValueError:
            pass
    # "3232235521", "0x7f.0.0.1", "0177.0.0.1": browsers treat these as IPv4 addresses.
    return _BROWSER_IPV4.fullmatch(host) is not None


@lru_cache(maxsize=_CACHE)
def to_unicode(host: str) -> str:
    """Decode ``xn--`` labels for display; a label that does not decode stays as it was."""
    host = clean_host(host)
    if "xn--" not in host:  # no label to decode: split and joined again, it is the same
        return host
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            # Malformed punycode is shown raw rather than failing.
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


@lru_cache(maxsize=_CACHE)
def to_ascii(host: str) -> str | None:
    """The ASCII (punycode) form, or None when the host cannot be a domain name."""
    host = clean_host(host)
    if host.isascii():  # every label ASCII: split and joined again, it is the same
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append(label.encode("idna").decode("ascii"))
        except (UnicodeError, ValueError):
            return None
    return ".".join(labels)


@lru_cache(maxsize=_CACHE)
def registrable_domain(host: str) -> str | None:
    """eTLD+1 in ASCII (``www.ameli.fr`` -> ``ameli.fr``, ``a.b.co.uk`` -> ``b.co.uk``).

    None for IP literals, bare suffixes (``gouv.fr``) and anything that is not a host name.
    """
    ascii_host = to_ascii(host)
    if not ascii_host or is_ip(ascii_host) or "." not in ascii_host:
        return None
    if not _HOST_CHARACTERS.fullmatch(ascii_host):
        return None
    try:
        return _psl().privatesuffix(ascii_host)
    except (ValueError, UnicodeError):
        return None


@lru_cache(maxsize=_CACHE)
def has_known_suffix(host: str) -> bool:
    """True when the host ends in a suffix the list knows (not "dossier.pdf", "fichier.exe")."""
    ascii_host = to_ascii(host)
    if not ascii_host or is_ip(ascii_host):
        return False
    try:
        return _psl().privatesuffix(ascii_host, accept_unknown=False) is not None
    except (ValueError, UnicodeError):
        return False


@lru_cache(maxsize=_CACHE)
def public_suffix(host: str) -> str | None:
    # The suffix list answers both from one count of public labels: the registrable
    # domain is the public suffix and one label more, so when the (usually already
    # cached) registrable domain exists, its suffix is what follows its first dot.
    reg = registrable_domain(host)
    if reg:
        return reg.partition(".")[2]
    ascii_host = to_ascii(host)
    if not ascii_host or is_ip(ascii_host):
        return None
    try:
        return _psl().publicsuffix(ascii_host)
    except (ValueError, UnicodeError):
        return None


def is_gouv_fr(host: str) -> bool:
    """True for ``gouv.fr`` itself and its subdomains: only the French state registers there."""
    ascii_host = to_ascii(host) or ""
    return ascii_host == "gouv.fr" or ascii_host.endswith(".gouv.fr")


def is_within(host: str, domain: str) -> bool:
    """True when ``host`` is ``domain`` or one of its subdomains (label-wise, not substring)."""
    h, d = to_ascii(host) or "", to_ascii(domain) or ""
    return bool(d) and (h == d or h.endswith("." + d))


def domain_set(domains: Iterable[str]) -> frozenset[str]:
    """Domains as ``within_any`` looks them up (their ASCII forms)."""
    return frozenset(d for domain in domains if (d := to_ascii(domain) or ""))


def within_any(host: str, ascii_domains: frozenset[str]) -> bool:
    """``any(is_within(host, d) for d in domains)`` for ``ascii_domains = domain_set(domains)``:
    the host itself and what follows each of its dots looked up, rather than every domain
    compared."""
    h = to_ascii(host) or ""
    if not h:
        return False
    if h in ascii_domains:
        return True
    at = h.find(".")
    while at >= 0:
        if h[at + 1:] in ascii_domains:
            return True
        at = h.find(".", at + 1)
    return False


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    return name.split(" ", 1)[0]


def mixed_scripts(label: str) -> bool:
    """True when letters of a label come from several scripts (Latin with Cyrillic, Greek…)."""
    scripts = {_script(ch) for ch in label[:MAX_HOST] if ch.isalpha()}
    return len(scripts) > 1


@lru_cache(maxsize=_CACHE)
def skeleton(text: str) -> str:
    """What a label looks like to a hurried reader: accents, look-alike letters, digits and
    separators folded, so ``amel1``, ``arneli``, ``аmeli`` (Cyrillic а) all read ``amell``."""
    text = text[:MAX_HOST].lower()
    if not text.isascii():  # ASCII has no compatibility forms and no combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_CONFUSABLES)
    for pair, letter in _DIGRAPHS:
        text = text.replace(pair, letter)
    return text.translate(_NO_SEPARATORS)


def damerau_levenshtein(a: str, b: str, limit: int = MAX_LABEL_COMPARE,
                        at_most: int | None = None) -> int:
    """Edit distance counting adjacent swaps as one edit (optimal string alignment).

    Inputs are cut to ``limit`` characters so a hostile 10,000-character label costs nothing.
    With ``at_most``, a distance above it may be answered as ``at_most + 1`` as soon as it
    is certain: a row's smallest value never falls in the rows below (a swap reaches back
    two rows, whose smallest value is at most one less), so once it is above ``at_most``
    the distance is too.
    """
    a, b = a[:limit], b[:limit]
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if at_most is not None and min(cur) > at_most:
            return at_most + 1
        prev2, prev = prev, cur
    return prev[-1]


@dataclass(frozen=True)
class Lookalike:
    host: str  # the suspicious host as seen (Unicode form)
    official: str  # the official domain it imitates
    reason: str  # "brand_in_domain" | "homoglyph" | "edit_distance" | "other_suffix"


def _brand(domain: str) -> str | None:
    """The label that names the organisation: ``ameli`` for ameli.fr, ``amendes`` for
    amendes.gouv.fr."""
    reg = registrable_domain(domain)
    suffix = public_suffix(domain)
    if not reg or not suffix or len(reg) <= len(suffix):
        return None
    return reg[: -len(suffix) - 1]


def _max_distance(brand: str) -> int:
    # Short brands ("caf") would match half the dictionary at distance 1.
    if len(brand) < 5:
        return 0
    return 1 if len(brand) < 9 else 2


def lookalike(host: str, official_domains: Iterable[str]) -> Lookalike | None:
    """Does ``host`` imitate one of ``official_domains`` without belonging to it?"""
    if type(official_domains) is tuple and all(official_domains):  # as the caller gave it
        return _lookalike(host, official_domains)
    return _lookalike(host, tuple(d for d in official_domains if d))


@dataclass(frozen=True)
class _Official:
    domain: str
    brand: str  # the label naming the organisation (see _brand)
    skeleton: str  # the brand as a hurried reader sees it
    distance: int  # edits still taken for an imitation (see _max_distance)


@dataclass(frozen=True)
class _Index:
    """Which officials a host's words can imitate, found by look-ups rather than by comparing
    every word with every official. Each field answers one test of ``_imitation`` with a
    superset of the officials that pass it (indexes into the named officials):

    - ``other_suffix``: ``own == brand`` -> ``by_brand[own]``.
    - ``homoglyph`` (``sk == sk_brand``) and ``brand_in_domain`` by ``token == brand`` (then
      ``sk`` is ``skeleton(brand)``, and words with an empty skeleton are never compared)
      -> ``by_skeleton[sk]``.
    - ``brand_in_domain`` by a skeleton starting or ending with the brand's (brands of 5
      letters or more) -> ``sk.startswith(affixes) or sk.endswith(affixes)``, then those
      ``affixed`` officials whose skeleton it is.
    - ``edit_distance``: ``abs(len(sk) - len(sk_brand)) <= edits`` -> ``by_length[len(sk)]``,
      whose entries are then tested as ``_within`` tests them, after its own first test
      with the word's set of letters built once for all of them: ``_within`` compares the
      first ``MAX_LABEL_COMPARE`` letters, and one edit adds or removes at most one letter
      on each side of the two sets of those letters (a change swaps one for another, an
      insertion or deletion adds one, a swap of neighbours none), so within ``edits``
      edits the sets differ by ``2 * edits`` at most.
    - the hyphenated brand found whole in the skeleton of the host -> ``hyphenated``.
    """

    by_brand: dict[str, tuple[int, ...]]
    by_skeleton: dict[str, tuple[int, ...]]
    affixes: tuple[str, ...]
    affixed: tuple[tuple[int, str], ...]
    by_length: dict[int, tuple[tuple[int, str, frozenset[str], int], ...]]
    hyphenated: tuple[tuple[int, str], ...]
    shortest_hyphenated: int  # the length of the shortest skeleton in hyphenated


def _index(named: tuple[_Official, ...]) -> _Index:
    by_brand: dict[str, list[int]] = {}
    by_skeleton: dict[str, list[int]] = {}
    by_length: dict[int, list[tuple[int, str, frozenset[str], int]]] = {}
    for i, official in enumerate(named):
        by_brand.setdefault(official.brand, []).append(i)
        by_skeleton.setdefault(official.skeleton, []).append(i)
        if official.distance:
            letters = frozenset(official.skeleton[:MAX_LABEL_COMPARE])
            size = len(official.skeleton)
            for length in range(max(0, size - official.distance), size + official.distance + 1):
                by_length.setdefault(length, []).append(
                    (i, official.skeleton, letters, official.distance))
    affixed = tuple((i, o.skeleton) for i, o in enumerate(named) if len(o.brand) >= 5)
    hyphenated = tuple((i, o.skeleton) for i, o in enumerate(named) if "-" in o.brand)
    return _Index(
        by_brand={k: tuple(v) for k, v in by_brand.items()},
        by_skeleton={k: tuple(v) for k, v in by_skeleton.items()},
        affixes=tuple(dict.fromkeys(sk for _, sk in affixed)),
        affixed=affixed,
        by_length={k: tuple(v) for k, v in by_length.items()},
        hyphenated=hyphenated,
        shortest_hyphenated=min((len(sk) for _, sk in hyphenated), default=0),
    )


@lru_cache(maxsize=8)  # one tuple of official domains per caller: read once, like them
def _officials(officials: tuple[str, ...],
               ) -> tuple[frozenset[str], tuple[_Official, ...], _Index]:
    """The domains as ``within_any`` looks them up, those that name a brand, and their index."""
    found = []
    for official in officials:
        brand = _brand(official)
        if brand:
            found.append(_Official(official, brand, skeleton(brand), _max_distance(brand)))
    named = tuple(found)
    return domain_set(officials), named, _index(named)


def _within_one_edit(a: str, b: str) -> bool:
    """``damerau_levenshtein(a, b) <= 1``, in one pass: equal, one letter changed, one
    added or removed, or two neighbours swapped."""
    a, b = a[:MAX_LABEL_COMPARE], b[:MAX_LABEL_COMPARE]
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    if start == len(b):
        return True  # equal, or b is a without its last letter
    if len(a) != len(b):
        return a[start + 1:] == b[start:]
    return (a[start + 1:] == b[start + 1:]
            or (a[start + 1:start + 2] == b[start:start + 1]
                and a[start:start + 1] == b[start + 1:start + 2]
                and a[start + 2:] == b[start + 2:]))


def _within(a: str, b: str, edits: int) -> bool:
    if edits == 1:
        return _within_one_edit(a, b)
    # An edit adds or removes at most one letter on each side of the two sets of letters:
    # labels whose sets differ by more need no table.
    a, b = a[:MAX_LABEL_COMPARE], b[:MAX_LABEL_COMPARE]
    set_a, set_b = set(a), set(b)
    if len(set_a ^ set_b) > 2 * edits:
        return False
    # Nor do labels whose letters, counted, differ by more than the edits can: a change
    # moves two counts by one, an insertion or a deletion one, a swap of neighbours none;
    # and at least |len(a) - len(b)| of the edits are insertions or deletions. So with s
    # changes and n insertions or deletions among at most ``edits`` edits, the counts
    # differ by at most 2s + n <= 2 * edits - n <= 2 * edits - |len(a) - len(b)|.
    if sum(abs(a.count(ch) - b.count(ch)) for ch in set_a | set_b) > (
            2 * edits - abs(len(a) - len(b))):
        return False
    return damerau_levenshtein(a, b, at_most=edits) <= edits


def _imitation(official: _Official, own: str, seen: list[tuple[str, str]], left: str,
               uhost: str) -> Lookalike | None:
    """Does the host, read as ``seen`` (its words and their skeletons), imitate ``official``?"""
    brand, sk_brand, limit = official.brand, official.skeleton, official.distance
    if own == brand:
        return Lookalike(uhost, official.domain, "other_suffix")
    for token, sk in seen:
        if token != brand and sk == sk_brand:
            return Lookalike(uhost, official.domain, "homoglyph")
        if token == brand or (len(brand) >= 5 and (
                sk.startswith(sk_brand) or sk.endswith(sk_brand))):
            return Lookalike(uhost, official.domain, "brand_in_domain")
        if limit and abs(len(sk) - len(sk_brand)) <= limit and _within(sk, sk_brand, limit):
            return Lookalike(uhost, official.domain, "edit_distance")
    # A hyphenated brand ("assurance-maladie") is split into tokens above; look for it
    # whole. Only for those: "ameli" inside "camelia" is not an imitation.
    if "-" in brand and sk_brand in skeleton(left):
        return Lookalike(uhost, official.domain, "brand_in_domain")
    return None


@lru_cache(maxsize=_CACHE)
def _lookalike(host: str, officials: tuple[str, ...]) -> Lookalike | None:
    host = clean_host(host)
    lookup, named, index = _officials(officials)
    if not host or is_ip(host) or within_any(host, lookup):
        return None
    reg = registrable_domain(host)
    suffix = public_suffix(host)
    if not reg or not suffix:
        return None
    uhost = to_unicode(host)
    own = to_unicode(reg[: -len(suffix) - 1]) if len(reg) > len(suffix) else ""
    # The brand may sit anywhere left of the suffix: ameli.secure-login.com puts it in a
    # subdomain, where a reader sees it first.
    left = to_unicode(host[: -len(suffix) - 1]) if len(host) > len(suffix) else ""
    tokens = [t for t in LABEL_SEPARATORS.split(left) if t][:32]
    seen = [(token, sk) for token in [*tokens, own] if (sk := skeleton(token))]
    # The officials the host may imitate (a superset, see _Index), each then judged as the
    # full search does and in the same order, so the first imitation found is the same.
    candidates: set[int] = set(index.by_brand.get(own, ()))
    affixes, by_skeleton, by_length = index.affixes, index.by_skeleton, index.by_length
    for _, sk in seen:
        hit = by_skeleton.get(sk)
        if hit:
            candidates.update(hit)
        if affixes and (sk.startswith(affixes) or sk.endswith(affixes)):
            for i, sk_brand in index.affixed:
                if sk.startswith(sk_brand) or sk.endswith(sk_brand):
                    candidates.add(i)
        near = by_length.get(len(sk))
        if near:
            letters = set(sk[:MAX_LABEL_COMPARE])
            for i, sk_brand, brand_letters, edits in near:
                if len(letters ^ brand_letters) <= 2 * edits and _within(sk, sk_brand, edits):
                    candidates.add(i)
    # An ASCII skeleton is never longer than its text (each letter is kept, replaced by one,
    # or dropped): a shorter host cannot hold a hyphenated brand's whole skeleton.
    if index.hyphenated and (len(left) >= index.shortest_hyphenated or not left.isascii()):
        whole = skeleton(left)
        candidates.update(i for i, sk_brand in index.hyphenated if sk_brand in whole)
    for i in sorted(candidates):
        found = _imitation(named[i], own, seen, left, uhost)
        if found:
            return found
    if not uhost.isascii() and mixed_scripts(own):
        return Lookalike(uhost, "", "homoglyph")
    return None
