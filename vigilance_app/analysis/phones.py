"""Phone numbers in a message: E.164 form, French mobiles, premium-rate and short numbers.

``phonenumbers`` is imported on first use: it is heavy and the window does not need it to
start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

MAX_TEXT = 50_000  # characters searched; a phishing SMS or mail body is far shorter
MAX_NUMBERS = 50
_MAX_TRIES = 80
DEFAULT_REGION = "FR"
# Four-digit French service numbers (3646 Assurance Maladie, 3939…) that phonenumbers does
# not report in free text. Only 3xxx: 1xxx are emergency and operator codes.
# The look-behind is put after the first digit (it reads that digit again) so that the
# pattern starts with a literal the regex engine skips ahead to, instead of trying the
# look-behind at every character of the text.
_SHORT = re.compile(r"3(?<![\d+,.]3)\d\s?\d{2}(?!\s?(?:\d|€|eur|\$|[.,]\d))", re.I)
# A number written the national way ("09061701461", "0900 123 4567"): it may belong to any
# country whose numbers start with a trunk 0. Tried in these regions for premium rates only.
# The look-behind follows the leading 0, as in _SHORT, for the engine to skip ahead to it.
_NATIONAL = re.compile(r"0(?<![\d+]0)[1-9](?:[ .-]?\d){7,11}(?![\d])")
_TRUNK_REGIONS = ("GB", "DE", "NL", "BE", "AT", "CH", "IE")
_MAX_NATIONAL = 20
# The library files the UK's 084/087 "service charge" lines (a few pence a minute, used by
# airlines and banks) with the premium-rate 09 lines; only the latter are premium.
_NOT_PREMIUM: dict[int | None, tuple[str, ...]] = {44: ("84", "87")}


# The fewest digits a valid number has, country code included (+43 and four digits in
# Austria; nine in France without one): a test checks it against the library's metadata.
# Letters count too, since the library may read "FLOWERS" as digits.
MIN_VALID_DIGITS = 6
# What a French national number written with digits and separators alone cannot be valid
# without: "0" and nine digits, or nine digits not starting with 0 (a test checks the
# library's metadata for France: country code 33, international prefix 00, national prefix
# 0, nine-digit national numbers that do not start with 0).
_FRENCH_NSN = 9
# Separators that the library's parser skips and that never start an extension ("~", "x"
# and "#" may; letters, "+", ";" and "," are kept too, and send the candidate to the
# library): removed, they leave the digits the parser reads.
_SKIPPED = str.maketrans("", "", " .-/()[]\xa0\xad\u200b\u2060\u3000"
                         "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"
                         "\uff0d\uff0e\uff0f\uff08\uff09\uff3b\uff3d")


def _invalid_in_france(candidate: str) -> bool:
    """True when the library, parsing ``candidate`` for France, would find no valid number.

    Only for candidates of ASCII digits and plain separators: with no plus sign, no "00"
    and no leading "33" the country is France; then the national number is the digits, or
    the digits after a leading "0" (the national prefix), and a valid one has nine digits
    that do not start with 0. Any other candidate is left to the library (False).
    """
    digits = candidate.translate(_SKIPPED)
    if not (digits.isascii() and digits.isdigit()) or digits.startswith(("00", "33")):
        return False
    return len(digits) - (digits[0] == "0") != _FRENCH_NSN


@lru_cache(maxsize=1)
def _candidate_pattern() -> re.Pattern[str]:
    """The library's candidate pattern, written to start with a character class.

    The library's pattern, "(?:[lead][punctuation]{0,4}){0,2}\\d{1,20}" and the rest, has
    no first character for the regex engine to skip ahead to: it is tried at every
    character of the text. Written as one leading bracket, plus sign or digit, then what
    the pattern reads after it (look-behinds tell which it was), the engine skips ahead to
    those characters; it matches where the library's matches, the same characters (a test
    compares both on any text).
    """
    from phonenumbers import phonenumbermatcher as pm

    punctuation, digits = pm._PUNCTUATION, pm._DIGIT_SEQUENCE  # type: ignore[attr-defined]
    lead = pm._LEAD_CLASS  # type: ignore[attr-defined]
    assert pm._LEAD_LIMIT == "{0,2}" and digits == "\\d{1,20}"  # type: ignore[attr-defined]
    return re.compile(
        f"[{pm._LEAD_CLASS_CHARS}\\d]"  # type: ignore[attr-defined]
        f"(?:(?<={lead}){punctuation}(?:{lead}{punctuation})?{digits}|(?<=\\d)\\d{{0,19}})"
        f"(?:{punctuation}{digits}){pm._BLOCK_LIMIT}"  # type: ignore[attr-defined]
        f"(?:{pm._EXTN_PATTERNS_FOR_MATCHING})?",  # type: ignore[attr-defined]
        pm._PATTERN.flags)  # type: ignore[attr-defined]


@lru_cache(maxsize=1)
def _matcher_class() -> Any:
    """``PhoneNumberMatcher`` that does not parse candidates too short to be valid numbers.

    Nine candidates in ten are dates, prices and counts ("07", "2023", "1.000"); the library
    parses each (a tenth of a millisecond). Skipping those it would reject anyway keeps every
    answer and the count of tries the same: the count is kept by the callers of
    ``_parse_and_verify``, which still run.
    """
    from phonenumbers import Leniency, PhoneNumberMatcher
    from phonenumbers.phonenumbermatcher import (  # type: ignore[attr-defined]  # not in the stubs
        _SECOND_NUMBER_START_PATTERN,
    )

    class _Matcher(PhoneNumberMatcher):  # type: ignore[misc]
        def _parse_and_verify(self, candidate: str, offset: int) -> Any:
            # Every answer of the library's method but a valid number is None: a candidate
            # that cannot hold one is answered without parsing it.
            if self.leniency >= Leniency.VALID and (
                    len(candidate) < MIN_VALID_DIGITS
                    or sum(map(str.isalnum, candidate)) < MIN_VALID_DIGITS
                    or (self.preferred_region == "FR" and _invalid_in_france(candidate))):
                return None
            return super()._parse_and_verify(candidate, offset)

        def _extract_match(self, candidate: str, offset: int) -> Any:
            # A run of digits too short to be a number (most candidates: "2023", "07"): the
            # library would parse nothing of it, and find no inner number, which starts
            # after a separator (slash, bracket, hyphen, dot or space).
            if (len(candidate) < MIN_VALID_DIGITS and candidate.isdecimal()
                    and self.leniency >= Leniency.VALID):
                return None
            return super()._extract_match(candidate, offset)

        def _find(self, index: int) -> Any:
            # The library's _find, with the candidates found by _candidate_pattern: the
            # same candidates, the same count of tries. A run of digits too short to be a
            # number (most candidates) is counted as a try without the call to
            # _extract_match, which would find nothing in it (see there). The library cuts
            # a candidate before a slash or backslash followed by "x" (the pattern matches
            # no backslash), and searches again after the cut.
            # The count of tries is kept in a local variable, and in the matcher's around
            # _extract_match, which counts tries of its own.
            short_runs_fail = self.leniency >= Leniency.VALID
            shortest = self._min_candidate_length
            text = self.text
            candidates = _candidate_pattern().finditer(text, index)
            tries = self._max_tries
            for match in candidates:
                if tries <= 0:
                    break
                candidate = match.group()
                if (short_runs_fail and shortest <= len(candidate) < MIN_VALID_DIGITS
                        and candidate.isdecimal()):
                    tries -= 1
                    continue
                start = match.start()
                if "/" in candidate:
                    cut = self._trim_after_first_match(_SECOND_NUMBER_START_PATTERN, candidate)
                    if cut != candidate:
                        candidate = cut
                        self._max_tries = tries
                        return self._find_after_cut(candidate, start)
                if len(candidate) >= shortest:
                    self._max_tries = tries
                    found = self._extract_match(candidate, start)
                    if found is not None:
                        return found
                    tries = self._max_tries - 1
            self._max_tries = tries
            return None

        def _find_after_cut(self, candidate: str, start: int) -> Any:
            # A candidate cut short: tried as the library tries it, then the search goes on
            # after the cut rather than after the pattern's match.
            if len(candidate) >= self._min_candidate_length:
                if not (self.leniency >= Leniency.VALID and len(candidate) < MIN_VALID_DIGITS
                        and candidate.isdecimal()):
                    found = self._extract_match(candidate, start)
                    if found is not None:
                        return found
                self._max_tries -= 1
            return self._find(start + len(candidate)) if self._max_tries > 0 else None

    return _Matcher


@dataclass(frozen=True)
class Phone:
    raw: str  # as written in the message
    e164: str  # "+33612345678", or the short number itself ("3646")
    kind: str  # "mobile" | "premium" | "short" | "landline" | "other"

    def to_json(self) -> dict[str, str]:
        return {"raw": self.raw, "e164": self.e164, "kind": self.kind}


def _kind(number: object) -> str:
    import phonenumbers
    from phonenumbers import PhoneNumberType as T

    assert isinstance(number, phonenumbers.PhoneNumber)
    national = str(number.national_number)
    if number.country_code == 33:
        # In France 06/07 are mobiles and 089x are the most expensive premium-rate lines;
        # the first digits say so without asking the library's per-range metadata.
        if national[:1] in ("6", "7") and len(national) == 9:
            return "mobile"
        if national.startswith("89") or national.startswith("81") or national.startswith("82"):
            return "premium"
    kind = phonenumbers.number_type(number)
    if kind in (T.MOBILE,):
        return "mobile"
    if kind in (T.PREMIUM_RATE, T.SHARED_COST):
        return "premium"
    if kind in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE, T.TOLL_FREE, T.VOIP):
        return "landline"
    return "other"


def parse(raw: str, region: str = DEFAULT_REGION) -> Phone | None:
    """One number as written (an SMS sender, "06 12 34 56 78", "+33 6…"), or None."""
    import phonenumbers

    raw = (raw or "").strip()[:64]
    compact = re.sub(r"[\s.\-()]", "", raw)
    if re.fullmatch(r"3\d{3}", compact):
        return Phone(raw, compact, "short")
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(raw, e164, _kind(number))


def find(text: str, region: str = DEFAULT_REGION) -> tuple[Phone, ...]:
    """Numbers written in free text, in order, each E.164 form once."""
    import phonenumbers

    text = (text or "")[:MAX_TEXT]
    found: list[Phone] = []
    seen: set[str] = set()
    # max_tries bounds the work on text full of digit runs (tracking ids, hostile input):
    # candidates cost about 0.1 ms each and were a third of the analysis time at 200.
    for match in _matcher_class()(text, region, max_tries=_MAX_TRIES):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in seen:
            seen.add(e164)
            found.append(Phone(match.raw_string, e164, _kind(match.number)))
        if len(found) >= MAX_NUMBERS:
            return tuple(found)
    for m in _SHORT.finditer(text):
        short = m.group(0).replace(" ", "")
        if short not in seen:
            seen.add(short)
            found.append(Phone(m.group(0), short, "short"))
        if len(found) >= MAX_NUMBERS:
            break
    return tuple(found)


def is_french_mobile(raw: str) -> bool:
    """True for a sender such as "06 12 34 56 78" or "+33712345678"."""
    phone = parse(raw)
    return phone is not None and phone.kind == "mobile" and phone.e164.startswith("+33")


def same_number(a: str, b: str) -> bool:
    """Equal once written the same way ("3646" and "36 46", "0612…" and "+33612…")."""
    pa, pb = parse(a), parse(b)
    return pa is not None and pb is not None and pa.e164 == pb.e164


def _premium_rate(number: object) -> bool:
    import phonenumbers
    from phonenumbers import PhoneNumberType as T

    assert isinstance(number, phonenumbers.PhoneNumber)
    if str(number.national_number).startswith(_NOT_PREMIUM.get(number.country_code, ())):
        return False
    return phonenumbers.is_valid_number(number) and (
        phonenumbers.number_type(number) == T.PREMIUM_RATE)


def premium_rate(text: str, found: tuple[Phone, ...] = ()) -> tuple[str, ...]:
    """Premium-rate numbers (as written) in any country: those among ``found`` (see
    ``find``) and national-format numbers that are premium in a country with a trunk 0
    (the UK's 09…, Germany's 0900…), each once."""
    import phonenumbers

    result: dict[str, str] = {}
    # "0818 304 304 (Ireland), 00 353 818 304 304": written again with another country code,
    # a number read as French is that country's.
    elsewhere = {p.e164[-9:] for p in found if p.e164.startswith("+") and
                 not p.e164.startswith("+33")}
    for phone in found:
        if phone.kind == "premium" and not (
                phone.e164.startswith("+33") and phone.e164[-9:] in elsewhere):
            try:
                number = phonenumbers.parse(phone.e164)
            except phonenumbers.NumberParseException:
                continue
            if _premium_rate(number):
                result.setdefault(phone.e164, phone.raw)
    for count, match in enumerate(_NATIONAL.finditer((text or "")[:MAX_TEXT])):
        if count >= _MAX_NATIONAL:
            break
        for region in _TRUNK_REGIONS:
            try:
                number = phonenumbers.parse(match.group(), region)
            except phonenumbers.NumberParseException:
                continue
            if _premium_rate(number):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                result.setdefault(e164, match.group())
                break
    return tuple(result.values())
