"""The text model's features and score, and the scam score, give exactly what the code they
replaced gave.

The replaced code is kept here (``_reference_*``) and compared on generated hostile messages
(Unicode, digits, look-alike letters, empty and very long fields) and on corpus messages.
The score's float sum is taken in the order of a set of strings, which is the same for the
same strings within one process: the comparisons are exact.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterable
from itertools import compress, pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import flags, links, score, text, text_model
from vigilance_app.analysis.flags import RedFlag
from vigilance_app.analysis.message import Attachment, ParsedMessage
from vigilance_app.analysis.risk import Risk
from vigilance_app.analysis.text_model import (
    _LANG_MARKERS,
    _STOPWORDS,
    INDICATOR_PREFIX,
    INDICATOR_VALUE,
    MAX_BODY,
    MAX_FIELD,
    MAX_WORDS,
    NUISANCE_PREFIX,
    TextModel,
    TextScore,
    content_scale,
    model_channel,
    normalise_word,
)

_SETTINGS = settings(max_examples=350, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
_REF_WORD = re.compile(r"\w+")


# --- the replaced code ---------------------------------------------------------------------


def _reference_tokens(value: str) -> list[str]:
    return [w if w.isalpha() else normalise_word(w)
            for w in _REF_WORD.findall(text.fold(value))]


def _reference_guess_language(words: list[str]) -> str:
    markers = text_model._marker_languages()
    counts = dict.fromkeys(_LANG_MARKERS, 0)
    for word in words[:400]:
        for lang in markers.get(word, ()):
            counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= 3 else ""


def _reference_char_grams(value: str, out: list[str]) -> None:
    for word in _reference_tokens(value[:MAX_FIELD]):
        if word in _STOPWORDS:
            continue
        padded = f" {word} "
        out += ["c:" + padded[i:i + 4] for i in range(len(padded) - 3)]


def _reference_content_words(parsed: ParsedMessage) -> list[str]:
    return (_reference_tokens((parsed.subject or "")[:MAX_FIELD])
            + _reference_tokens((parsed.text or "")[:MAX_BODY]))


def _reference_features(parsed: ParsedMessage, link_domains: tuple[str, ...] = ()) -> list[str]:
    name = (parsed.sender_name or "")[:MAX_FIELD]
    address = (parsed.sender_address or "")[:MAX_FIELD]
    subject = (parsed.subject or "")[:MAX_FIELD]
    out = [INDICATOR_PREFIX + "channel:" + model_channel(parsed.channel)]
    seen = _reference_content_words(parsed)
    lang = _reference_guess_language(seen)
    if lang and lang != "en":
        out.append(NUISANCE_PREFIX + lang)
    content = [w for w in seen if w not in _STOPWORDS and len(w) > 1]
    out += ["w:" + w for w in content]
    out += ["b:" + a + " " + b for a, b in pairwise(content)]
    out += ["n:" + w for w in _reference_tokens(name) if w not in _STOPWORDS]
    local, _, host = address.rpartition("@") if "@" in address else ("", "", "")
    out += ["f:" + w for w in _reference_tokens(local)]
    out += ["h:" + w for w in _reference_tokens(host)]
    _reference_char_grams(subject, out)
    _reference_char_grams(name, out)
    for domain in link_domains[:50]:
        out += ["d:" + w for w in _reference_tokens(domain)]
    for attachment in parsed.attachments[:20]:
        filename = (attachment.filename or "")[:MAX_FIELD]
        ext = _reference_tokens(filename.rsplit(".", 1)[1]) if "." in filename else []
        out.append("a:" + (ext[0] if ext else "_"))
        out.append("a:type:" + attachment.declared_type.split("/", 1)[0][:20].lower())
    return out


def _reference_score(model: TextModel, found: list[str]) -> TextScore:
    distinct = set(found)
    indicators = [f for f in distinct if f.startswith(INDICATOR_PREFIX)]
    count = len(distinct) - len(indicators)
    other = any(f.startswith(NUISANCE_PREFIX) for f in indicators)
    weights = model.weights
    logit = model.intercept + INDICATOR_VALUE * sum(weights.get(f, 0.0) for f in indicators)
    if not count:
        return TextScore(logit, (), other)
    total = 0.0
    pushes: list[tuple[float, str]] = []
    get = weights.get
    for feature, w in [(f, w) for f in distinct if (w := get(f)) is not None]:
        if feature.startswith(INDICATOR_PREFIX):
            continue
        total += w
        if w > 0 and feature.startswith("w:") and len(feature) > 4 and feature[2:].isalpha():
            pushes.append((w, feature[2:]))
    pushes.sort(key=lambda p: (-p[0], p[1]))
    return TextScore(logit + total * content_scale(count),
                     tuple(word for _, word in pushes[:MAX_WORDS]), other)


def _reference_written_folded(value: str, wanted: dict[str, str]) -> None:
    missing = sum(1 for shown in wanted.values() if not shown)
    lengths = {len(w) for w in wanted}
    ascii_only = value.isascii()
    found = _REF_WORD.findall(value)
    for word in compress(found, map(lengths.__contains__, map(len, found))):
        folded = word.lower() if ascii_only or word.isascii() else text.fold(word)
        key = folded if folded.isalpha() else normalise_word(folded)
        if key in wanted and not wanted[key]:
            wanted[key] = word
            missing -= 1
            if not missing:
                break


def _reference_as_written(folded_words: Iterable[str], *texts: str) -> tuple[str, ...]:
    wanted = dict.fromkeys(folded_words, "")
    for value in texts:
        if all(wanted.values()):
            break
        value = value[:MAX_BODY]
        if value.isascii() and all(w.isalpha() for w in wanted):
            score._written_ascii(value, wanted)
        else:
            _reference_written_folded(value, wanted)
    return tuple(shown for shown in wanted.values() if shown)


def _reference_assess(parsed: ParsedMessage, found: tuple[RedFlag, ...],
                      link_domains: tuple[str, ...], model: score.ScoreModel | None = None,
                      texts: TextModel | None = None) -> Risk:
    model = model or score.shipped()
    texts = texts or text_model.shipped()
    group_name = model_channel(parsed.channel)
    group = model.groups[group_name]
    scored = _reference_score(texts, _reference_features(parsed, link_domains))
    codes = [f.code for f in found]
    probability, weights = score.combine(model, group_name, codes, scored)
    complete = not parsed.warnings
    level = score.level_for(probability, group, codes, model.force_high, complete,
                            model.has_sign(group_name, codes))
    reasons = tuple(sorted((c for c in codes if weights[c] > 0 or c in model.force_high),
                           key=lambda c: (c not in model.force_high, -weights[c])))
    words: tuple[str, ...] = ()
    neutral = _reference_score(texts, [INDICATOR_PREFIX + "channel:" + group_name]).logit
    if level != "low" and scored.logit > neutral:
        body = links.without_urls((parsed.text or "")[:MAX_BODY])
        words = _reference_as_written(scored.words, parsed.subject or "", body)
    return Risk(level, reasons, round(probability, 4), words[:score.MAX_SHOWN_WORDS], complete)


# --- generated hostile messages ------------------------------------------------------------

# Words the model knows (scam and honest wording, language markers, stop words), and what
# folding and digit normalisation must get right: look-alike letters, ligatures, accents
# written as combining marks, digits of other scripts, apostrophes and spaces of all kinds.
_PIECES = st.sampled_from([
    "Vérifiez", "votre", "compte", "account", "ACCOUNT", "Account", "verify", "suspended",
    "password", "urgent", "Urgent!", "click", "here", "paypal", "PayPal", "amazon", "colis",
    "livraison", "frais", "the", "and", "you", "your", "le", "la", "les", "vous", "der",
    "die", "und", "het", "een", "el", "los", "il", "che", "um", "para", "a", "i", "x", "_",
    "__", "a_b", "code", "code12", "12", "2023", "007", "0", "00", "1.99", "10,00", "€",
    "аccount", "раypal", "Аmazon", "οk", "K", "İ", "ß", "straße", "ﬁn", "ﬂ", "e\u0301",
    "é", "É", "Ä", "ø", "٣", "０６", "²", "½", "Ⅻ", "’", "'", "`", "´", "ʼ", "d'accord",
    "l’accès", "\u00a0", "\u202f", "\u200b", "\u00ad", "—", "–", "-", ".", ",", ":", "/",
    "@", " ", "  ", "\n", "\t", "\r\n", "https://x.example/a?b=1", "www.paypal.com",
    "secure-login.xyz", "bit.ly/abc", "📦", "🔒", "文字", "кириллица", "ελληνικά",
])


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=max_size).map(" ".join),
        st.lists(_PIECES, max_size=max_size).map("".join),
        st.text(max_size=max_size),
    )


_FIELD = st.one_of(st.none(), _text(12))
_ADDRESS = st.one_of(st.none(), st.just(""), _text(6),
                     st.tuples(_text(4), _text(4)).map("@".join),
                     st.sampled_from(["service@paypal.com", "a@b@c", "@", "x@", "@y.example",
                                      "Jean.Dupont2@Exemple.FR", "ａ@ｂ.example"]))
_ATTACHMENT = st.builds(
    Attachment, st.one_of(st.none(), st.just(""), _text(3),
                          st.sampled_from(["invoice.pdf.exe", "a.", ".", "x.ZIP", "f._",
                                           "doc.Tar.GZ", "no_extension", "é.é", "a.12"])),
    st.sampled_from(["application/pdf", "", "TEXT/plain", "image", "/x", "a" * 40 + "/b"]),
    st.none(), st.integers(0, 10), st.booleans())
_DOMAINS = st.lists(st.one_of(_text(2), st.sampled_from(["paypal.com", "x-y.co.uk",
                                                         "xn--pypal-4ve.com", ""])),
                    max_size=60).map(tuple)


@st.composite
def _messages(draw: st.DrawFn) -> ParsedMessage:
    long = draw(st.sampled_from([0, 0, 0, MAX_FIELD - 2, MAX_BODY - 3, MAX_BODY + 7]))
    filler = draw(st.sampled_from(["a", "é", " ", "0", "ab ", "x1 ", "le "]))
    subject = draw(_text(20))
    body = draw(_text(60))
    if long:
        # text that reaches the bounds: words cut by MAX_FIELD and MAX_BODY
        subject = (filler * long)[: long] + subject
        body = (filler * long)[: long] + body + (filler * long)[: long]
    return ParsedMessage(
        channel=draw(st.sampled_from(["email", "sms", "letter", "messaging", "website"])),
        sender_name=draw(st.one_of(_FIELD, st.just("x" * long + " Service PayPal"))),
        sender_address=draw(_ADDRESS), subject=subject, text=body,
        attachments=tuple(draw(st.lists(_ATTACHMENT, max_size=22))),
        warnings=draw(st.sampled_from([(), ("parts",)])))


_CODES = st.lists(st.sampled_from(flags.CODES), max_size=6, unique=True).map(
    lambda codes: tuple(RedFlag(c, flags.SEVERITY[c], ()) for c in codes))


# --- the comparisons -----------------------------------------------------------------------


_EDGE_CHARS = st.text(alphabet="aZ09_ .-\n\t\x1c\x1f\x7f\x85\u2028\u3000\u00a00éİﬁ'`½²٣０Ж😀\ud800",
                      max_size=60)


@_SETTINGS
@given(st.one_of(_text(40), _EDGE_CHARS))
def test_tokens_give_what_they_gave(value: str) -> None:
    assert text_model._tokens(value) == _reference_tokens(value)


@_SETTINGS
@given(st.one_of(_text(40), _EDGE_CHARS, st.text(alphabet="Жж٣ 1a", max_size=40)))
def test_words_split_are_the_matches_of_the_word_pattern(value: str) -> None:
    words = _REF_WORD.findall(value)
    assert text_model.split_words(value) == words
    assert text_model.split_words(value, normalised=True) == [
        w if w.isalpha() else normalise_word(w) for w in words]


def test_no_whitespace_is_a_word_character() -> None:
    # split_words() relies on it: str.split() never cuts a \w run
    word = re.compile(r"\w")
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and word.match(c)]


def test_tokens_of_edge_texts() -> None:
    for value in ("", " ", "0", "00", "000 0 00a0b00", "a" * 5000, "0" * 5000, "1_2", "_",
                  "x\x1cy\x1fz\x7fw", "\x00a", "a\u00a0b", "١٢٣ 12", "ab1" * 999,
                  "00٣0 1١1", "Ж" * 3000, "Ж a " * 900, "a\ud83d\ude00b\udcff 1"):
        assert text_model._tokens(value) == _reference_tokens(value), value
        assert text_model.split_words(value) == _REF_WORD.findall(value), value


@_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(sorted(text_model._marker_languages())),
                          st.sampled_from(["x", "account", ""])), max_size=450))
def test_language_guess_gives_what_it_gave(words: list[str]) -> None:
    assert text_model.guess_language(words) == _reference_guess_language(words)


@_SETTINGS
@given(_messages(), _DOMAINS)
def test_features_give_what_they_gave(parsed: ParsedMessage,
                                      domains: tuple[str, ...]) -> None:
    assert text_model.features(parsed, domains) == _reference_features(parsed, domains)


_EDGE_MODEL = TextModel(-0.25, {
    "_channel:sms": 0.3, "_channel:email": -0.2, "_channel:letter": -0.0, "_lang:fr": 5.0,
    "_lang:de": float("inf"), "_lang:nl": -float("inf"), "_odd": 0.0,
    "w:compte": 0.7, "w:verifiez": 1.25, "w:urgent": 2.5, "w:x": 3.0, "w:abc": 0.0,
    "w:abcd": -0.0, "w:nul": 1e-300, "w:0": 1.0, "w:code0": 2.0, "w:straße": 0.4,
    "w:ééé": 0.4, "w:low": -1.5, "w:tie": 0.5, "w:eit": 0.5, "b:a b": -0.1, "c: co": 0.2,
    "": 0.125, "w:": 9.0, "w:nan": float("nan"), "w:inf": float("inf"), "w:big": 1e308,
})
_EDGE_FEATURES = st.sampled_from([*sorted(_EDGE_MODEL.weights), "_lang:de", "_channel:x",
                                   "w:unknown", "n:x", "_", "w", "ww:tie", "W:tie"])


@_SETTINGS
@given(_messages(), _DOMAINS)
def test_shipped_model_scores_generated_messages_as_it_did(parsed: ParsedMessage,
                                                           domains: tuple[str, ...]) -> None:
    model = text_model.shipped()
    found = text_model.features(parsed, domains)
    expected = _reference_score(model, found)
    assert model.score(found) == expected
    new, old = _EDGE_MODEL.score(found), _reference_score(_EDGE_MODEL, found)
    assert (repr(new.logit), new.words, new.other_language) == (
        repr(old.logit), old.words, old.other_language)


@_SETTINGS
@given(st.lists(_EDGE_FEATURES, max_size=40))
def test_score_with_edge_weights_gives_what_it_gave(found: list[str]) -> None:
    new, old = _EDGE_MODEL.score(found), _reference_score(_EDGE_MODEL, found)
    # nan != nan: the logits are compared as their reprs
    assert (repr(new.logit), new.words, new.other_language) == (
        repr(old.logit), old.words, old.other_language)


def test_score_of_many_features_and_of_none() -> None:
    model = text_model.shipped()
    for found in ([], ["_channel:email"], ["_lang:fr"], ["w:x"] * 3,
                  sorted(model.weights)[:5000], [f"w:{n}" for n in range(3000)]):
        assert model.score(found) == _reference_score(model, found)


_WANTED = st.lists(st.sampled_from(["verifiez", "compte", "account", "straße", "strasse",
                                    "fin", "0", "code0", "expire", "urgent", "i", "k", "ok",
                                    "paypal", "amazon", "é", "ééé", "kириллица", "a_b"]),
                   max_size=8)


@_SETTINGS
@given(_WANTED, _text(60))
def test_words_as_written_give_what_they_gave(wanted: list[str], value: str) -> None:
    assert score.as_written(wanted, value[:40], value) == _reference_as_written(
        wanted, value[:40], value)


@_SETTINGS
@given(_messages(), _DOMAINS, _CODES)
def test_assess_gives_what_it_gave(parsed: ParsedMessage, domains: tuple[str, ...],
                                   found: tuple[RedFlag, ...]) -> None:
    assert score.assess(parsed, found, domains) == _reference_assess(parsed, found, domains)


def test_long_hostile_fields_stay_fast_and_the_same() -> None:
    size = 1_000_000
    bodies = ("0" * size, "00 " * (size // 3), "a1" * (size // 2), "é0" * (size // 2),
              ("account ١٢ İ ﬁn " * size)[:size], "_" * size, "\u200b" * size)
    wanted = ["account", "fin", "i", "0"]
    for body in bodies:
        parsed = ParsedMessage("email", sender_name=body, sender_address=body + "@" + body,
                               subject=body, text=body,
                               attachments=(Attachment(body + "." + body, body, None, 0,
                                                       False),) * 20)
        domains = (body[:255],) * 60  # registrable domains are short
        codes = (RedFlag("urgency", "low", ()),)
        start = time.perf_counter()
        features = text_model.features(parsed, domains)
        risk = score.assess(parsed, codes, domains)
        shown = score.as_written(wanted, body, body)
        assert time.perf_counter() - start < 3.0
        assert features == _reference_features(parsed, domains)
        assert risk == _reference_assess(parsed, codes, domains)
        assert shown == _reference_as_written(wanted, body, body)


# --- corpus messages -----------------------------------------------------------------------


def _corpus_messages() -> list[ParsedMessage]:
    from vigilance_app.analysis.eml import parse_eml
    from vigilance_app.analysis.pasted import parse_text

    out: list[ParsedMessage] = []
    for folder in ("phishing_eml_random", "phishing_eml", "ham_eml"):
        for path in sorted((CORPUS / folder).glob("*.eml"))[::7]:
            out.append(parse_eml(path.read_bytes()))
    sms = CORPUS / "sms" / "SMSSpamCollection"
    if sms.is_file():
        for line in sms.read_text(encoding="utf-8").splitlines()[::100]:
            _label, _, body = line.partition("\t")
            out.append(parse_text(body, "sms", None))
    return out


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
        assert features == _reference_features(parsed, domains)
        assert model.score(features) == _reference_score(model, features)
        assert score.assess(parsed, found, domains) == _reference_assess(parsed, found, domains)
