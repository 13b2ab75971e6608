"""The scam score reads the text model through TextModel.score_parsed, which looks words,
pairs of words and 4-grams up in tables of their own kind instead of making every feature a
string: it gives what score(features(...)) gives, its sum of weights rounded once (math.fsum).

The replaced code is kept here (``_reference_*``). score_parsed's logit is compared exactly
with the fsum of the weights of the distinct feature strings that ``features()`` gives, and
within a few units in the last place with score()'s sum (rounded after each addition,
in a set's order); the assessment (rounded to 4 decimals) and the evidence words exactly.
Generated hostile messages come from the earlier comparisons (test_score_fast_path).
"""

from __future__ import annotations

import math
import re
import time
from functools import reduce
from operator import add
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.test_score_fast_path import (
    _CODES,
    _DOMAINS,
    _EDGE_CHARS,
    _EDGE_MODEL,
    _SETTINGS,
    _corpus_messages,
    _messages,
    _text,
)
from vigilance_app.analysis import flags, links, score, text, text_model
from vigilance_app.analysis.flags import RedFlag
from vigilance_app.analysis.message import Attachment, ParsedMessage
from vigilance_app.analysis.risk import Risk
from vigilance_app.analysis.text_model import (
    _STOPWORDS,
    INDICATOR_PREFIX,
    INDICATOR_VALUE,
    MAX_BODY,
    MAX_WORDS,
    NUISANCE_PREFIX,
    TextModel,
    TextScore,
    content_scale,
    model_channel,
    normalise_word,
)

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_REF_WORD = re.compile(r"\w+")


# --- the replaced code ---------------------------------------------------------------------


def _reference_tokens(value: str) -> list[str]:
    return text_model.split_words(text.fold(value), normalised=True)


def _reference_content(seen: list[str]) -> list[str]:
    return [w for w in seen if w not in _STOPWORDS and len(w) > 1]


def _reference_assess(parsed: ParsedMessage, found: tuple[RedFlag, ...],
                      link_domains: tuple[str, ...]) -> Risk:
    """score.assess() as it was: the text scored by score(features(...))."""
    model = score.shipped()
    texts = text_model.shipped()
    group_name = model_channel(parsed.channel)
    group = model.groups[group_name]
    scored = texts.score(text_model.features(parsed, link_domains))
    codes = [f.code for f in found]
    probability, weights = score.combine(model, group_name, codes, scored)
    complete = not parsed.warnings
    level = score.level_for(probability, group, codes, model.force_high, complete,
                            model.has_sign(group_name, codes))
    reasons = tuple(sorted((c for c in codes if weights[c] > 0 or c in model.force_high),
                           key=lambda c: (c not in model.force_high, -weights[c])))
    words: tuple[str, ...] = ()
    if level != "low" and scored.logit > texts.neutral_logit(group_name):
        body = links.without_urls((parsed.text or "")[:MAX_BODY])
        words = score.as_written(scored.words, parsed.subject or "", body)
    return Risk(level, reasons, round(probability, 4), words[:score.MAX_SHOWN_WORDS], complete)


def _exact_score(model: TextModel, found: list[str]) -> TextScore:
    """TextModel.score() with the content weights summed by math.fsum (sequentially where
    fsum refuses: infinite weights, or a sum beyond the floats)."""
    distinct = set(found)
    indicators = [f for f in found if f.startswith(INDICATOR_PREFIX)]
    count = len(distinct) - len(set(indicators))
    other = any(f.startswith(NUISANCE_PREFIX) for f in indicators)
    weights = model.weights
    logit = model.intercept + INDICATOR_VALUE * sum(weights.get(f, 0.0) for f in indicators)
    if not count:
        return TextScore(logit, (), other)
    known = [weights[f] for f in distinct
             if f in weights and weights[f] and not f.startswith(INDICATOR_PREFIX)]
    try:
        total = math.fsum(known)
    except (OverflowError, ValueError):
        total = reduce(add, known, 0.0)
    pushes = sorted((-weights[f], f[2:]) for f in distinct
                    if f.startswith("w:") and len(f) > 4 and f[2:].isalpha()
                    and weights.get(f, 0.0) > 0)
    return TextScore(logit + total * content_scale(count),
                     tuple(word for _, word in pushes[:MAX_WORDS]), other)


def _same(new: TextScore, old: TextScore) -> bool:
    # nan != nan: the logits are compared as their reprs
    return (repr(new.logit), new.words, new.other_language) == (
        repr(old.logit), old.words, old.other_language)


def _close(new: TextScore, old: TextScore, model: TextModel, found: list[str]) -> bool:
    """The same but for the rounding of the sum: at most a few units in the last place of
    the largest partial sum, which is at most the sum of the absolute weights."""
    bound = sum(abs(model.weights.get(f, 0.0)) for f in set(found)) + abs(model.intercept)
    return (new.words, new.other_language) == (old.words, old.other_language) and (
        abs(new.logit - old.logit) <= 64 * len(found) * math.ulp(max(bound, 1.0)))


# --- the comparisons -----------------------------------------------------------------------


@_SETTINGS
@given(st.one_of(_text(40), _EDGE_CHARS,
                 st.text(alphabet="AZaz09_`'’ .-\x1c\x7fÉéß", max_size=60)))
def test_tokens_give_what_they_gave(value: str) -> None:
    assert text_model._tokens(value) == _reference_tokens(value)


def test_tokens_of_edge_texts() -> None:
    for value in ("", " ", "`", "a`b", "A0B00C", "00 0 000", "_", "__a__", "\x1c\x1d\x7f",
                  "ABC" * 40_000, "a " * 60_000, "0" * 100_001, "`Hello` World's 2024",
                  "Ǳ", "ǲ", "ǈ", "K"):
        assert text_model._tokens(value) == _reference_tokens(value), value[:20]


@_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(sorted(_STOPWORDS)),
                          st.sampled_from(["a", "z", "0", "_", "é", "ж", "文", "", "ab",
                                           "account", "__", "00"]),
                          st.text(max_size=3)), max_size=60))
def test_content_words_are_what_they_were(seen: list[str]) -> None:
    parsed = ParsedMessage("email", subject=" ".join(seen), text=" ".join(reversed(seen)))
    tokens = text_model.content_words(parsed)
    assert text_model._parts(parsed, ()).content == _reference_content(tokens)


@_SETTINGS
@given(_messages(), _DOMAINS)
def test_shipped_model_scores_parsed_messages_as_it_did(parsed: ParsedMessage,
                                                       domains: tuple[str, ...]) -> None:
    model = text_model.shipped()
    found = text_model.features(parsed, domains)
    new = model.score_parsed(parsed, domains)
    assert new == _exact_score(model, found)
    assert _close(new, model.score(text_model.features(parsed, domains)), model, found)


@_SETTINGS
@given(_messages(), _DOMAINS)
def test_edge_weights_score_as_they_did(parsed: ParsedMessage,
                                        domains: tuple[str, ...]) -> None:
    found = text_model.features(parsed, domains)
    assert _same(_EDGE_MODEL.score_parsed(parsed, domains), _exact_score(_EDGE_MODEL, found))


def test_weights_fsum_refuses_are_summed_in_turn() -> None:
    for weights in ({"w:account": float("inf"), "w:verify": -float("inf")},
                    {"w:account": 1e308, "w:verify": 1e308},
                    {"w:account": float("nan"), "b:account verify": 1.0},
                    {"w:account": 0.0, "c: acc": -0.0}):
        model = TextModel(0.5, weights)
        parsed = ParsedMessage("sms", subject="account verify", text="Account verify!")
        found = text_model.features(parsed)
        assert _same(model.score_parsed(parsed), _exact_score(model, found))


def test_odd_pair_keys_match_nothing() -> None:
    model = TextModel(0.0, {"b:a": 5.0, "b:a  b": 5.0, "b: ab": 5.0, "b:ab cd ef": 5.0,
                            "b:ab cd": 1.0, "w:": 3.0, "c:": 2.0})
    parsed = ParsedMessage("email", subject="ab cd ef", text="a b ab  cd")
    found = text_model.features(parsed)
    assert _same(model.score_parsed(parsed), _exact_score(model, found))
    assert _close(model.score_parsed(parsed), model.score(found), model, found)


@_SETTINGS
@given(_messages(), _DOMAINS, _CODES)
def test_assess_gives_what_it_gave(parsed: ParsedMessage, domains: tuple[str, ...],
                                   found: tuple[RedFlag, ...]) -> None:
    assert score.assess(parsed, found, domains) == _reference_assess(parsed, found, domains)


def test_hostile_fields_stay_fast_and_the_same() -> None:
    size = 1_000_000
    bodies = ("A" * size, "0" * size, "00 " * (size // 3), "a1 " * (size // 3),
              "`x` " * (size // 4), ("Account ١٢ İ ﬁn " * size)[:size], "é0" * (size // 2),
              " ".join(map(str, range(size // 7)))[:size])
    model = text_model.shipped()
    for body in bodies:
        parsed = ParsedMessage("email", sender_name=body, sender_address=body + "@" + body,
                               subject=body, text=body,
                               attachments=(Attachment(body + "." + body, body, None, 0,
                                                       False),) * 20)
        domains = (body[:255],) * 60
        codes = (RedFlag("urgency", "low", ()),)
        start = time.perf_counter()
        scored = model.score_parsed(parsed, domains)
        risk = score.assess(parsed, codes, domains)
        assert time.perf_counter() - start < 5.0
        found = text_model.features(parsed, domains)
        assert scored == _exact_score(model, found)
        assert risk == _reference_assess(parsed, codes, domains)


# --- corpus messages -----------------------------------------------------------------------


@pytest.mark.skipif(not (CORPUS / "phishing_eml_random").is_dir(),
                    reason=f"corpus not found at {CORPUS}")
def test_corpus_messages_give_what_they_gave() -> None:
    messages = _corpus_messages()
    assert len(messages) > 100
    model = text_model.shipped()
    for parsed in messages:
        facts = flags.collect(parsed)
        found = flags.evaluate(facts)
        domains = text_model.link_domains(facts.links)
        features = text_model.features(parsed, domains)
        scored = model.score_parsed(parsed, domains)
        assert scored == _exact_score(model, features)
        assert _close(scored, model.score(text_model.features(parsed, domains)), model, features)
        assert score.assess(parsed, found, domains) == _reference_assess(parsed, found, domains)
        for value in (parsed.subject or "", (parsed.text or "")[:MAX_BODY],
                      parsed.sender_name or ""):
            assert text_model._tokens(value) == _reference_tokens(value)


@pytest.mark.skipif(not (CORPUS / "phishing_eml_random").is_dir(),
                    reason=f"corpus not found at {CORPUS}")
def test_corpus_tokens_of_whole_bodies_are_the_words_folded() -> None:
    from vigilance_app.analysis.eml import parse_eml

    for path in sorted((CORPUS / "phishing_eml_random").glob("*.eml"))[::3]:
        body = parse_eml(path.read_bytes()).text or ""
        assert text_model._tokens(body) == [
            w if w.isalpha() else normalise_word(w) for w in _REF_WORD.findall(text.fold(body))]
