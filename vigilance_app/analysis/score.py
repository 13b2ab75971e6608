"""The scam score: one logistic model over the red flags and the text model's output.

``score = sigmoid(intercept + text_weight * text_logit + sum of the weights of the flags)``
is the probability that the message is a scam. Weights and the ``medium``/``high`` thresholds
are learned per channel group (``email``: mail, letters, web sites; ``sms``: texts, messaging,
calls described in words) from labelled real messages by ``training/train.py``, and shipped
as data (``resources/model/score.json``). Flags that the corpora cannot teach (too rare there,
or French official services the corpora never show) keep a hand-set prior weight; a few of
them force the level to ``high``. ``high`` also needs a warning sign with a weight: it is never
said on wording alone. A message that could not be read whole is never ``low``.

The honest mail of the corpora is English: the text model cannot compare French (German…)
wording with honest wording in the same language, so for a message in another language its
output alone may bring the score up to just under ``medium``, never past it; a red flag has
to add the rest. There each flag weighs what it says on its own (its ``blind`` weight, learned
without the text model), not what it adds to English wording that already says the same
thing: "your account will be deleted" adds little to an English text the model already finds
alarming, but it is all the evidence there is in a Dutch one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from pathlib import Path

from vigilance_app.analysis import links, text, text_model
from vigilance_app.analysis.flags import RedFlag
from vigilance_app.analysis.message import ParsedMessage
from vigilance_app.analysis.risk import Risk
from vigilance_app.paths import resources_dir

MODEL_FILE = "score.json"
FORMAT = 2
MAX_SHOWN_WORDS = 6
_WORD = re.compile(r"\w+")
# Word characters beyond ASCII in a text, beyond which it is read word by word.
_FEW_OTHERS = 1024
_ASCII_BYTES = bytes(range(128))
_ASCII_WORD_BYTES = tuple(chr(code).isalnum() or code == 0x5F for code in range(128))
SIGN_MIN = 0.5


@dataclass(frozen=True)
class GroupModel:
    intercept: float
    text_weight: float
    flags: dict[str, float]  # learned weights
    priors: dict[str, float]  # hand-set weights of the flags too rare here to be learned
    medium: float  # thresholds on the probability
    high: float  # (high also needs a warning sign, see has_sign)
    # Learned weights of a model without the text: what each flag says on its own.
    blind: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ScoreModel:
    groups: dict[str, GroupModel]
    force_high: frozenset[str]  # flags that make a message high whatever the score

    def weight(self, group: str, code: str) -> float:
        g = self.groups[group]
        return g.flags[code] if code in g.flags else g.priors.get(code, 0.0)

    def alone(self, group: str, code: str) -> float:
        """What a flag weighs when the wording cannot be judged: its blind weight, never
        less than its weight beside the text."""
        return max(self.weight(group, code), self.groups[group].blind.get(code, 0.0))

    def has_sign(self, group: str, codes: Iterable[str]) -> bool:
        """A warning sign that counts on its own (at least 1.65 times the odds): "high" is
        never said on wording alone, nor on wording with a weak sign such as urgency."""
        return any(self.alone(group, code) >= SIGN_MIN for code in codes)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ScoreModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"score model format {data.get('format')!r}, expected {FORMAT}")
        groups = {}
        raw_groups = data["groups"]
        assert isinstance(raw_groups, dict)
        for name, g in raw_groups.items():
            groups[name] = GroupModel(float(g["intercept"]), float(g["text_weight"]),
                                      {k: float(v) for k, v in g["flags"].items()},
                                      {k: float(v) for k, v in g["priors"].items()},
                                      float(g["thresholds"]["medium"]),
                                      float(g["thresholds"]["high"]),
                                      {k: float(v) for k, v in g["blind"].items()})
        force = data["force_high"]
        assert isinstance(force, list)
        return cls(groups, frozenset(force))


def load(path: Path) -> ScoreModel:
    with path.open(encoding="utf-8") as handle:
        return ScoreModel.from_json(json.load(handle))


@lru_cache(maxsize=1)
def shipped() -> ScoreModel:
    return load(resources_dir() / "model" / MODEL_FILE)


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(probability: float) -> float:
    return math.log(probability / (1.0 - probability))


def combine(model: ScoreModel, group_name: str, codes: Iterable[str],
            scored: text_model.TextScore, cap: bool = True) -> tuple[float, dict[str, float]]:
    """(probability, weight of each flag) of a message."""
    group = model.groups[group_name]
    text_part = group.text_weight * scored.logit
    capped = cap and scored.other_language and 0.0 < group.medium < 1.0
    if capped:
        text_part = min(text_part, _logit(group.medium) - group.intercept - 0.01)
    weigh = model.alone if capped else model.weight
    weights = {code: weigh(group_name, code) for code in codes}
    return sigmoid(group.intercept + text_part + sum(weights.values())), weights


def level_for(probability: float, group: GroupModel, codes: Iterable[str],
              forced: frozenset[str], complete: bool, signed: bool) -> str:
    if (probability >= group.high and signed) or any(code in forced for code in codes):
        return "high"
    if probability >= group.medium or not complete:
        return "medium"
    return "low"


def _word_char(char: str) -> bool:
    """What \\w matches (a test compares them on every character)."""
    return char.isalnum() or char == "_"


def _ascii_word_at(value: str, lowered: str, word: str) -> str:
    """The first whole word of ASCII ``value`` whose lower case is ``word``, as written.

    In ASCII text a word of \\w+ is a run of letters, digits and underscores, so the word
    is an occurrence of ``word`` in the lower-cased text with no such character on either
    side: found by str.find, without splitting the whole text into words.
    """
    size = len(word)
    at = lowered.find(word)
    while at >= 0:
        end = at + size
        if (at == 0 or not _word_char(lowered[at - 1])) and (
                end == len(lowered) or not _word_char(lowered[end])):
            return value[at:end]
        at = lowered.find(word, at + 1)
    return ""


def _written_ascii(value: str, wanted: dict[str, str]) -> None:
    """``_written_folded`` for ASCII text and words of letters: there a word folds to its
    lower case, and only a word of letters folds to a word of letters (digits become "0"),
    so each wanted word is looked for directly."""
    lowered = value.lower()
    for word, shown in wanted.items():
        if not shown:
            wanted[word] = _ascii_word_at(value, lowered, word)


def _written_by_words(value: str, wanted: dict[str, str]) -> None:
    """``_written_folded`` word by word: every word of ``value`` is split out."""
    missing = sum(1 for shown in wanted.values() if not shown)
    # Folding keeps a word's length but for rare ligatures; comparing lengths first spares
    # folding every word of the message.
    lengths = {len(w) for w in wanted}
    ascii_only = value.isascii()
    found = text_model.split_words(value)
    for word in compress(found, map(lengths.__contains__, map(len, found))):
        # an ASCII word folds to its lower case (no accent, no apostrophe inside \w)
        folded = word.lower() if ascii_only or word.isascii() else text.fold(word)
        key = folded if folded.isalpha() else text_model.normalise_word(folded)
        if key in wanted and not wanted[key]:
            wanted[key] = word
            missing -= 1
            if not missing:
                break


def _other_written(value: str, data: bytes, missing: set[str],
                   lengths: set[int]) -> dict[str, str] | None:
    """The first word holding a character beyond ASCII that folds to each missing word
    (those found only), or ``None`` when such characters are more than ``_FEW_OTHERS``
    (a text in another script).

    The word characters beyond ASCII are found by str.find, each of the few distinct ones
    (taken from the UTF-8 text with its ASCII bytes deleted, at C speed), and each word is
    read around them: the rest of the text, ASCII, is never split into words. ``data`` is
    ``value`` in UTF-8.
    """
    beyond = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    starts: list[int] = []
    for char in set(beyond):
        if not _word_char(char):
            continue
        at = value.find(char)
        while at >= 0:
            if len(starts) >= _FEW_OTHERS:
                return None
            starts.append(at)
            at = value.find(char, at + 1)
    written: dict[str, str] = {}
    if not starts:
        return written
    starts.sort()
    size = len(value)
    reverse = value[::-1]  # a word read backwards from one of its characters
    end = 0
    for at in starts:
        if at < end:  # in the word of an earlier character
            continue
        back = _WORD.match(reverse, size - 1 - at)
        ahead = _WORD.match(value, at)
        assert back is not None and ahead is not None  # value[at] is a word character
        start, end = size - back.end(), ahead.end()
        if end - start in lengths:
            word = value[start:end]
            folded = text.fold(word)
            key = folded if folded.isalpha() else text_model.normalise_word(folded)
            if key in missing and key not in written:
                written[key] = word
    return written


def _first_word(value: str, word: str) -> int:
    """Where the first whole word ``word`` of ``value`` starts (it is one of its words)."""
    size = len(word)
    at = value.find(word)
    while at >= 0 and ((at > 0 and _word_char(value[at - 1])) or (
            at + size < len(value) and _word_char(value[at + size]))):
        at = value.find(word, at + 1)
    return at


def _word_char_at(data: bytes, at: int, before: bool) -> bool:
    """Whether the character of UTF-8 ``data`` that starts at ``at`` (that ends there, when
    ``before``) is a word character."""
    byte = data[at - 1] if before else data[at]
    if byte < 0x80:
        return _ASCII_WORD_BYTES[byte]
    if before:
        start = at - 1
        while data[start] & 0xC0 == 0x80:  # a continuation byte
            start -= 1
        char = data[start:at]
    else:
        char = data[at:at + (2 if byte < 0xE0 else 3 if byte < 0xF0 else 4)]
    return _word_char(char.decode("utf-8", "surrogatepass"))


def _first_ascii_word(data: bytes, lowered: bytes, word: bytes) -> int:
    """Where (in bytes) the first whole word of UTF-8 ``data`` whose lower case is ASCII
    ``word`` starts, -1 when none: as ``_ascii_word_at``, in a text that may hold other
    characters. bytes.lower() changes ASCII letters only, so an ASCII word of the text is
    where it was, and what it matches is ASCII."""
    size = len(word)
    at = lowered.find(word)
    while at >= 0:
        end = at + size
        if ((at == 0 or not _word_char_at(data, at, True))
                and (end == len(data) or not _word_char_at(data, end, False))):
            return at
        at = lowered.find(word, at + 1)
    return -1


def _written_folded(value: str, wanted: dict[str, str]) -> None:
    """Fills in ``wanted`` (folded word -> as written, "" until found) from ``value``: each
    word missing gets the first word of ``value`` that folds to it.

    An ASCII word folds to its lower case, so a wanted word of letters is looked for in the
    lower-cased text (its UTF-8 bytes) by bytes.find, as in ASCII text; only the words
    holding other characters (a few in most mail: "Vérifier", "\\u212a" the Kelvin sign
    that folds to "k") are split out and folded, and where the one found is written is
    looked for only when it has to be compared with an ASCII word. Words that are not all
    letters (digits normalised) and a text in another script are read word by word.
    """
    missing = [word for word, shown in wanted.items() if not shown]
    if not missing:
        return
    data = value.encode("utf-8", "surrogatepass")
    others = None
    if all(word.isalpha() for word in missing):
        others = _other_written(value, data, set(missing), {len(w) for w in wanted})
    if others is None:
        _written_by_words(value, wanted)
        return
    lowered = data.lower()
    for word in missing:
        at = _first_ascii_word(data, lowered, word.encode("ascii")) if word.isascii() else -1
        other = others.get(word)
        if other is not None and (at < 0 or len(
                value[:_first_word(value, other)].encode("utf-8", "surrogatepass")) < at):
            wanted[word] = other
        elif at >= 0:
            wanted[word] = data[at:at + len(word)].decode("ascii")


def as_written(folded_words: Iterable[str], *texts: str) -> tuple[str, ...]:
    """Each folded word as it is written in the message ("verifier" -> "Vérifier")."""
    wanted = dict.fromkeys(folded_words, "")
    for value in texts:
        if all(wanted.values()):
            break
        value = value[: text_model.MAX_BODY]
        if value.isascii() and all(w.isalpha() for w in wanted):
            _written_ascii(value, wanted)
        else:
            _written_folded(value, wanted)
    return tuple(shown for shown in wanted.values() if shown)


def assess(parsed: ParsedMessage, found: tuple[RedFlag, ...], link_domains: tuple[str, ...],
           model: ScoreModel | None = None,
           texts: text_model.TextModel | None = None) -> Risk:
    model = model or shipped()
    texts = texts or text_model.shipped()
    group_name = text_model.model_channel(parsed.channel)
    group = model.groups[group_name]
    scored = texts.score_parsed(parsed, link_domains)
    codes = [f.code for f in found]
    probability, weights = combine(model, group_name, codes, scored)
    complete = not parsed.warnings
    level = level_for(probability, group, codes, model.force_high, complete,
                      model.has_sign(group_name, codes))
    reasons = tuple(sorted((c for c in codes if weights[c] > 0 or c in model.force_high),
                           key=lambda c: (c not in model.force_high, -weights[c])))
    words: tuple[str, ...] = ()
    if level != "low" and scored.logit > texts.neutral_logit(group_name):
        # pieces of links ("https", "www", "info") are no words a person can weigh: a word
        # is shown only when it is also written outside a link
        body = links.without_urls((parsed.text or "")[: text_model.MAX_BODY])
        words = as_written(scored.words, parsed.subject or "", body)
    return Risk(level, reasons, round(probability, 4), words[:MAX_SHOWN_WORDS], complete)
