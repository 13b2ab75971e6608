"""The text model: how much what a person sees in a message resembles the scams it learned.

Features are taken only from what the person sees — sender name and address, subject, the
visible text, the domains of the links and the names of attachments — never from transport
headers (Received, DKIM, Message-ID, mailer, dates), which tell the era of a corpus rather
than whether a message is a scam. They are words, word pairs and character 4-grams of the
subject and sender (where look-alike spellings hide), folded (no case, no accents) with digits
collapsed, so one model reads French, English, German, Portuguese, Dutch, Spanish and Italian.

The weights are data (``resources/model/text.json.gz``, written by ``training/train.py``),
read on the first analysis; scoring is a sum of weights, with no third-party library.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import chain, compress, count, filterfalse, pairwise, repeat, starmap
from operator import add, not_
from pathlib import Path
from typing import NamedTuple

from vigilance_app.analysis import text
from vigilance_app.analysis.links import LinkInfo
from vigilance_app.analysis.message import ParsedMessage
from vigilance_app.paths import resources_dir

MODEL_FILE = "text.json.gz"
FORMAT = 1
MAX_BODY = 3000  # characters of visible text read: the lure is near the top
MAX_FIELD = 300  # characters of the sender name, address or subject
MAX_WORDS = 12  # strongest words kept as evidence
_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"\w+")
# Tables of split_words(): ASCII characters that are no \w made spaces, digits made "0".
_NOT_WORD = [c for c in map(chr, range(128)) if not (c.isalnum() or c == "_")]
_ASCII_SPACES = str.maketrans(dict.fromkeys(_NOT_WORD, " "))
_ASCII_ZEROS = str.maketrans({**dict.fromkeys(_NOT_WORD, " "), **dict.fromkeys("0123456789", "0")})
_UTF8_SPACES = bytes(range(256)).translate(bytes.maketrans(
    "".join(_NOT_WORD).encode(), b" " * len(_NOT_WORD)))
_UTF8_ZEROS = _UTF8_SPACES.translate(bytes.maketrans(b"0123456789", b"0" * 10))
_ZEROS = re.compile("00+")
_ASCII_FOLD = _UTF8_ZEROS.translate(bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                                    b"abcdefghijklmnopqrstuvwxyz"))
_SMS_LIKE = frozenset({"sms", "messaging", "voicemail", "phone_call", "in_person"})


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that only tell which language a message is in. They are dropped, and the language
# itself is given to the model as a nuisance feature whose weight is not shipped: the labelled
# honest mail is English, so without this every French word would count as a scam sign.
_STOPWORDS = _set("""
a an and are as at be been but by can could did do does for from had has have he her his
i if in into is it its me my no not of on or our she so that the their them then there these
they this to us was we were what when which who will with would you your yours
au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma
mais me mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te
tes toi ton tu un une vos votre vous est sont ete etre avez avons ont
der die das den dem des ein eine einen einem einer und ist sind mit von zu im ihr ihre ihren
ihnen sie wir ich du er es auf fur nicht bei als auch oder wie aus an
o os as um uma uns umas e em no na nos nas do da dos das para com por seu sua seus suas voce
nao mais foi ser
het een en van de dat die is op te voor met zijn niet aan ook als bij uw je jij we wij u
el la los las un una unos unas y en del al con por para su sus es son usted lo le se
il lo la gli le un una uno e di da in con su per del della dei delle che non sono suo sua
""")
_DROPPED = _STOPWORDS | frozenset(c for c in map(chr, range(128)) if c.isalnum() or c == "_")
_LANG_MARKERS = {
    "fr": _set("le la les des est vous votre vos nous pour avec dans une sur pas qui"),
    "de": _set("der die das und ist nicht mit sie ihr ihre ein eine wir fur auf"),
    "pt": _set("os as um uma em do da dos das para com voce nao seu sua"),
    "nl": _set("het een en van de dat is op te voor met zijn niet uw je"),
    "es": _set("el la los las y en del con por para su usted es una"),
    "it": _set("il lo la gli di da con per del della che non sono una"),
    "en": _set("the and you your is to of for with this that are on be"),
}
# Features that say what kind of message it is rather than what it says (its channel, its
# language) count once, whatever the message's length; content features are scaled so the
# message's vector has unit length.
INDICATOR_PREFIX = "_"
INDICATOR_VALUE = 3.0
# Content features are scaled by 1/sqrt(their count), but never as if there were fewer than
# this: a three-word message must not weigh its few words as much as a whole letter.
MIN_SCALE_COUNT = 40
NUISANCE_PREFIX = "_lang:"


@dataclass(frozen=True)
class TextScore:
    logit: float  # the model's log-odds that the message is a scam
    words: tuple[str, ...]  # folded words that pushed the score up most, strongest first
    # The message is in a language the honest mail of the corpora does not cover, so its
    # wording could not be compared with honest wording (see score.py).
    other_language: bool = False


def model_channel(channel: str) -> str:
    """``sms`` for short messages and described calls, ``email`` for mail, letters, sites."""
    return "sms" if channel in _SMS_LIKE else "email"


def normalise_word(folded: str) -> str:
    """A folded word as the model knows it: every run of digits is one "0"."""
    return _DIGITS.sub("0", folded)


def split_words(value: str, normalised: bool = False) -> list[str]:
    """``_WORD.findall(value)``, each word normalised (``normalise_word``) when asked.

    A \\w character of ASCII is a letter, a digit or "_": with every other ASCII character
    made a space (no whitespace is a \\w character), the words of the ASCII parts are what
    split() separates. Only a piece holding other characters is read by the regex. Made a
    "0", every ASCII digit stays a digit, so collapsing runs of "0" is normalising them.
    Three times faster than the regex on text that is mostly ASCII.
    """
    if value.isascii():
        spaced = value.translate(_ASCII_ZEROS if normalised else _ASCII_SPACES)
    else:
        # str.translate() looks every non-ASCII character up in a dict, bytes.translate()
        # reads one table per byte; the bytes of a UTF-8 sequence are all above ASCII, so
        # they come back unchanged (lone surrogates included)
        spaced = value.encode("utf-8", "surrogatepass").translate(
            _UTF8_ZEROS if normalised else _UTF8_SPACES).decode("utf-8", "surrogatepass")
    if normalised and "00" in spaced:
        spaced = _ZEROS.sub("0", spaced)
    pieces = spaced.split()
    if spaced.isascii():
        return pieces
    other = list(compress(count(), map(not_, map(str.isascii, pieces))))
    if len(other) * 4 > len(pieces):  # a text in another script: the regex at once
        words = _WORD.findall(value)
        return [w if w.isalpha() else normalise_word(w) for w in words] if normalised else words
    out: list[str] = []
    start = 0
    for i in other:
        out += pieces[start:i]
        words = _WORD.findall(pieces[i])
        out += [w if w.isalpha() else normalise_word(w) for w in words] if normalised else words
        start = i + 1
    out += pieces[start:]
    return out


def _tokens(value: str) -> list[str]:
    if value.isascii():
        # ASCII text folds to its lower case ("`", made "'", is no \w character either):
        # lower case, spaces and zeros made by one table
        spaced = value[:text.MAX_TEXT].encode("ascii").translate(_ASCII_FOLD).decode("ascii")
        if "00" in spaced:
            spaced = _ZEROS.sub("0", spaced)
        return spaced.split()
    return split_words(text.fold(value), normalised=True)


@lru_cache(maxsize=1)
def _marker_languages() -> dict[str, tuple[str, ...]]:
    by_word: dict[str, list[str]] = {}
    for lang, markers in _LANG_MARKERS.items():
        for word in markers:
            by_word.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in by_word.items()}


def guess_language(words: list[str]) -> str:
    """The language whose common words are most frequent (``""`` when none stands out)."""
    # the marker words present, then their languages counted at C speed
    present = filter(None, map(_marker_languages().get, words[:400]))
    counts = Counter(chain.from_iterable(present))
    best = max(_LANG_MARKERS, key=counts.__getitem__)  # the first of the most frequent
    return best if counts[best] >= 3 else ""


def _char_grams(words: list[str], out: list[str]) -> None:
    for word in filterfalse(_STOPWORDS.__contains__, words):
        padded = f" {word} "
        out += ["c:" + padded[i:i + 4] for i in range(len(padded) - 3)]


def _grams(words: list[str], out: list[str]) -> None:
    """The character 4-grams of ``_char_grams``, without their prefix."""
    for word in filterfalse(_STOPWORDS.__contains__, words):
        padded = f" {word} "
        out += [padded[i:i + 4] for i in range(len(padded) - 3)]


def content_words(parsed: ParsedMessage) -> list[str]:
    """Folded words of the subject and the start of the visible text."""
    return _tokens((parsed.subject or "")[:MAX_FIELD]) + _tokens((parsed.text or "")[:MAX_BODY])


def link_domains(links: Iterable[LinkInfo]) -> tuple[str, ...]:
    """The registrable domains the links go to, each once, in order."""
    return tuple(dict.fromkeys(info.registrable_domain for info in links
                               if info.registrable_domain))


def features(parsed: ParsedMessage, link_domains: tuple[str, ...] = ()) -> list[str]:
    """The model's features of one message, as strings (duplicates allowed)."""
    return _features(parsed, link_domains)[0]


class _Parts(NamedTuple):
    """What the features of a message are made of, before the content ones are strings."""

    indicators: list[str]  # the channel, then the language if it is not English
    content: list[str]  # the content words: each a "w:" feature, each pair a "b:" one
    subject_words: list[str]  # whose character 4-grams are "c:" features,
    name_words: list[str]  # then the sender name's
    sender: list[str]  # "n:", "f:" and "h:" features, before the 4-grams
    rest: list[str]  # "d:" and "a:" features, after them


def _parts(parsed: ParsedMessage, link_domains: tuple[str, ...]) -> _Parts:
    name = (parsed.sender_name or "")[:MAX_FIELD]
    address = (parsed.sender_address or "")[:MAX_FIELD]
    subject = (parsed.subject or "")[:MAX_FIELD]
    indicators = [INDICATOR_PREFIX + "channel:" + model_channel(parsed.channel)]
    subject_words = _tokens(subject)
    seen = subject_words + _tokens((parsed.text or "")[:MAX_BODY])  # content_words()
    lang = guess_language(seen)
    if lang and lang != "en":
        indicators.append(NUISANCE_PREFIX + lang)
    # stop words and words of one character dropped at C speed: a word of one ASCII
    # character is a letter, "0" or "_"; one of another character is rare
    content = list(filterfalse(_DROPPED.__contains__, seen))
    if min(map(len, content), default=2) < 2:
        content = [w for w in content if len(w) > 1]
    name_words = _tokens(name)
    sender = ["n:" + w for w in filterfalse(_STOPWORDS.__contains__, name_words)]
    local, _, host = address.rpartition("@") if "@" in address else ("", "", "")
    sender += ["f:" + w for w in _tokens(local)]
    sender += ["h:" + w for w in _tokens(host)]
    rest: list[str] = []
    for domain in link_domains[:50]:
        rest += ["d:" + w for w in _tokens(domain)]
    for attachment in parsed.attachments[:20]:
        filename = (attachment.filename or "")[:MAX_FIELD]
        ext = _tokens(filename.rsplit(".", 1)[1]) if "." in filename else []
        rest.append("a:" + (ext[0] if ext else "_"))
        rest.append("a:type:" + attachment.declared_type.split("/", 1)[0][:20].lower())
    return _Parts(indicators, content, subject_words, name_words, sender, rest)


def _features(parsed: ParsedMessage, link_domains: tuple[str, ...]) -> tuple[list[str], int]:
    """``features()``, and how many indicators lead them (no other feature is one)."""
    parts = _parts(parsed, link_domains)
    content = parts.content
    out = parts.indicators + ["w:" + w for w in content]
    out += [f"b:{a} {b}" for a, b in pairwise(content)]  # one string built, not two
    out += parts.sender
    _char_grams(parts.subject_words, out)
    _char_grams(parts.name_words, out)
    out += parts.rest
    return out, len(parts.indicators)


def content_scale(count: int) -> float:
    """The value of each content feature of a message that has ``count`` of them."""
    return 1.0 / math.sqrt(max(count, MIN_SCALE_COUNT))


@dataclass(frozen=True)
class _Tables:
    """A model's weights of the content features by kind, keyed without their prefix."""

    words: dict[str, float]  # "w:" features
    pairs: dict[tuple[str, str], float]  # "b:" features
    grams: dict[str, float]  # "c:" features
    pushing: dict[str, tuple[float, str]]  # the words shown as evidence, as ranked
    pushing_words: frozenset[str]


class TextModel:
    """Weights of the features (nuisance ones removed) and an intercept, fixed once made."""

    def __init__(self, intercept: float, weights: dict[str, float]) -> None:
        self.intercept = intercept
        self.weights = weights
        self._neutral: dict[str, float] = {}
        # The known words that a message is shown as evidence for, as the (-weight, word)
        # their ranking sorts: a word of letters, longer than two, with a positive weight.
        self._pushing = {f: (-w, f[2:]) for f, w in weights.items()
                         if w > 0 and f.startswith("w:") and len(f) > 4 and f[2:].isalpha()}
        self._tables: _Tables | None = None

    @classmethod
    def from_json(cls, data: dict[str, object]) -> TextModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"text model format {data.get('format')!r}, expected {FORMAT}")
        weights = data["weights"]
        intercept = data["intercept"]
        assert isinstance(weights, dict) and isinstance(intercept, float | int)
        return cls(float(intercept),
                   {str(k): float(v) for k, v in weights.items()
                    if not str(k).startswith(NUISANCE_PREFIX)})

    def neutral_logit(self, channel_group: str) -> float:
        """The output for a message of that group whose wording says nothing either way."""
        if channel_group not in self._neutral:
            self._neutral[channel_group] = self.score(
                [INDICATOR_PREFIX + "channel:" + channel_group]).logit
        return self._neutral[channel_group]

    def score(self, found: list[str]) -> TextScore:
        distinct = set(found)
        indicators = list(compress(distinct, map(str.startswith, distinct,
                                                 repeat(INDICATOR_PREFIX))))
        return self._score(distinct, indicators)

    def score_parsed(self, parsed: ParsedMessage,
                     link_domains: tuple[str, ...] = ()) -> TextScore:
        """``score(features(parsed, link_domains))``, its content weights summed exactly.

        The features are not made strings: words, pairs of words and 4-grams are looked up in
        tables of their own kind (kinds of feature have prefixes of their own, so the number
        of distinct features is the sum of the kinds'). ``math.fsum`` rounds the exact sum
        once, in whatever order the sets give the weights: the logit is the same in every
        process, and differs from ``score``'s (a sum rounded after each addition, in the
        order of a set of strings) by at most some units in the last place.
        """
        parts = _parts(parsed, link_domains)
        tables = self._tables or self._make_tables()
        indicators = parts.indicators
        weights = self.weights
        # at most two indicators, the channel first: the same sum as score()'s
        logit = self.intercept + INDICATOR_VALUE * sum(weights.get(f, 0.0) for f in indicators)
        other = len(indicators) > 1  # the second is the language, when it is no English
        content = parts.content
        words = set(content)
        pairs = set(pairwise(content))
        grams: list[str] = []
        _grams(parts.subject_words, grams)
        _grams(parts.name_words, grams)
        distinct_grams = set(grams)
        rest = set(parts.sender)
        rest.update(parts.rest)
        count = len(words) + len(pairs) + len(distinct_grams) + len(rest)
        if not count:
            return TextScore(logit, (), other)
        lookups = ((tables.words.get, words), (tables.pairs.get, pairs),
                   (tables.grams.get, distinct_grams), (weights.get, rest))
        try:
            total = math.fsum(filter(None, chain.from_iterable(starmap(map, lookups))))
        except (OverflowError, ValueError):  # infinite weights, or a sum beyond the floats
            total = reduce(add, filter(None, chain.from_iterable(starmap(map, lookups))), 0.0)
        # a set intersected with a set reads the smaller one (with a dict, every key of it)
        pushes = list(map(tables.pushing.__getitem__, words & tables.pushing_words))
        pushes.sort()  # strongest first, then alphabetical
        return TextScore(logit + total * content_scale(count),
                         tuple(word for _, word in pushes[:MAX_WORDS]), other)

    def _make_tables(self) -> _Tables:
        words: dict[str, float] = {}
        pairs: dict[tuple[str, str], float] = {}
        grams: dict[str, float] = {}
        for feature, weight in self.weights.items():
            kind, rest = feature[:2], feature[2:]
            if kind == "w:":
                words[rest] = weight
            elif kind == "b:":
                first, space, second = rest.partition(" ")
                if space and " " not in second:  # a pair of words, which hold no space
                    pairs[first, second] = weight
            elif kind == "c:":
                grams[rest] = weight
        pushing = {f[2:]: ranked for f, ranked in self._pushing.items()}
        self._tables = _Tables(words, pairs, grams, pushing, frozenset(pushing))
        return self._tables

    def _score(self, distinct: set[str], indicators: list[str]) -> TextScore:
        """The score of the distinct features, of which ``indicators`` are the indicators."""
        count = len(distinct) - len(indicators)
        other = any(f.startswith(NUISANCE_PREFIX) for f in indicators)
        weights = self.weights
        logit = self.intercept + INDICATOR_VALUE * sum(weights.get(f, 0.0) for f in indicators)
        if not count:
            return TextScore(logit, (), other)
        # The content features' weights, in the set's order (discarding keeps the others'
        # order): the float sum is taken in that order, one addition after the other as a
        # loop would (sum() of floats may compensate), so the score does not move by a
        # rounding. Unknown features and zero weights add nothing to a total that starts at
        # +0.0, and are left out.
        if indicators:
            distinct.difference_update(indicators)
        total = reduce(add, filter(None, map(weights.get, distinct)), 0.0)
        pushing = self._pushing
        pushes = list(map(pushing.__getitem__,
                          compress(distinct, map(pushing.__contains__, distinct))))
        pushes.sort()  # strongest first, then alphabetical
        return TextScore(logit + total * content_scale(count),
                         tuple(word for _, word in pushes[:MAX_WORDS]), other)


def load(path: Path) -> TextModel:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return TextModel.from_json(json.load(handle))


@lru_cache(maxsize=1)
def shipped() -> TextModel:
    """The model shipped in resources, read once, on the first analysis."""
    return load(resources_dir() / "model" / MODEL_FILE)
