"""The shipped scam score: it loads, it is complete, and known messages land on the right side."""

from __future__ import annotations

import subprocess
import sys

import pytest

from vigilance_app.analysis import flags, links, score, text_model
from vigilance_app.analysis.analyze import analyze
from vigilance_app.analysis.limits import WARN_TOO_MANY_PARTS
from vigilance_app.analysis.message import Attachment, Link, ParsedMessage
from vigilance_app.paths import resources_dir


def test_the_model_is_read_on_the_first_analysis_not_at_import() -> None:
    code = ("import vigilance_app.analysis.analyze as a, vigilance_app.analysis.text_model as t,"
            " vigilance_app.analysis.score as s;"
            "print(t.shipped.cache_info().currsize, s.shipped.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["0", "0"]


def test_shipped_files_are_small_and_complete() -> None:
    folder = resources_dir() / "model"
    assert (folder / text_model.MODEL_FILE).stat().st_size <= 3 * 1024 * 1024
    model = score.shipped()
    assert set(model.groups) == {"email", "sms"}
    for name, group in model.groups.items():
        assert 0.0 < group.medium <= group.high < 1.0, name
        assert group.text_weight > 0, name
        # Every flag weighs something in every group, learned or hand-set, never negative.
        for code in flags.CODES:
            assert code in group.flags or code in group.priors, (name, code)
            assert model.weight(name, code) >= 0, (name, code)
    assert model.force_high <= set(flags.CODES)
    texts = text_model.shipped()
    assert texts.weights and not any(k.startswith(text_model.NUISANCE_PREFIX)
                                     for k in texts.weights)


def _email(subject: str, body: str, sender: str = "service@example.com",
           name: str | None = None, links: tuple[Link, ...] = (),
           **extra: object) -> ParsedMessage:
    return ParsedMessage(channel="email", sender_name=name, sender_address=sender,
                         subject=subject, text=body, links=links, **extra)  # type: ignore[arg-type]


SCAMS = [
    _email("Your account has been suspended",
           "Dear customer, we detected unusual activity on your account. Your account has been "
           "suspended. Verify your identity within 24 hours or it will be permanently closed. "
           "Click here to verify your account and confirm your password.",
           sender="security@secure-account-verify.xyz", name="PayPal Security",
           links=(Link("http://secure-account-verify.xyz/login", "Verify now"),)),
    _email("Votre colis est en attente",
           "Bonjour, votre colis n'a pas pu être livré. Des frais de réexpédition de 1,99 € "
           "sont à régler avant 48h, sinon il sera retourné. Confirmez votre adresse et payez "
           "les frais ici.",
           sender="info@livraison-suivi-colis.top", name="Suivi Colis",
           links=(Link("https://livraison-suivi-colis.top/paiement", "Payer maintenant"),)),
    ParsedMessage(channel="sms", sender_address="+447700900123",
                  text="WINNER!! As a valued network customer you have been selected to receive "
                       "a £900 prize reward! To claim call 09061701461. Claim code KL341. "
                       "Valid 12 hours only."),
    ParsedMessage(channel="sms", sender_address="06 12 34 56 78",
                  text="Assurance Maladie: votre carte Vitale expire. Des frais de 0,95 EUR "
                       "sont à régler sur ameli-vitale-renouvellement.com sous 24h."),
]
HONEST = [
    _email("Re: meeting on Thursday",
           "Hi Paul, Thursday at 10 works for me. I'll bring the slides we discussed and the "
           "figures from last quarter. See you then, Anne",
           sender="anne.martin@example.org", name="Anne Martin"),
    _email("Compte rendu du conseil municipal",
           "Bonjour à tous, vous trouverez ci-dessous le compte rendu de la réunion de mardi. "
           "Les travaux de la salle des fêtes commenceront en mars. Bonne soirée, Marie",
           sender="marie.dubois@example.fr", name="Marie Dubois"),
    ParsedMessage(channel="sms", sender_address="06 11 22 33 44",
                  text="Coucou, on arrive vers 19h avec le dessert. Bisous"),
    ParsedMessage(channel="sms", sender_address="+447700900456",
                  text="Ok lar, see you at the station at 6. Bring the umbrella"),
]


@pytest.mark.parametrize("msg", SCAMS, ids=["paypal", "colis", "uk_prize", "vitale"])
def test_known_scams_score_high(msg: ParsedMessage) -> None:
    result = analyze(msg)
    assert result.risk.level == "high", (result.risk, result.codes)
    assert result.risk.score >= score.shipped().groups[
        text_model.model_channel(msg.channel)].high


@pytest.mark.parametrize("msg", HONEST, ids=["meeting", "conseil", "sms_fr", "sms_en"])
def test_everyday_messages_score_low(msg: ParsedMessage) -> None:
    result = analyze(msg)
    assert result.risk.level == "low", (result.risk, result.codes)
    assert result.risk.words == ()


def test_reasons_are_the_strongest_first_and_words_are_as_written() -> None:
    result = analyze(SCAMS[0])
    model = score.shipped()
    weights = [model.weight("email", code) for code in result.risk.reasons
               if code not in model.force_high]
    assert weights == sorted(weights, reverse=True)
    body = SCAMS[0].subject + " " + SCAMS[0].text
    assert result.risk.words and all(word in body for word in result.risk.words)


def test_pieces_of_links_are_not_shown_as_scam_words() -> None:
    text = ("ANTAI : Vous avez une amende impayée de 35 EUR. Sans règlement sous 48h, elle "
            "sera majorée à 135 EUR. Payez ici : https://antai-paiement-amende.info/p "
            "ou www.antai-amende.top")
    result = analyze(ParsedMessage("sms", sender_address="+33756123456", text=text))
    assert result.risk.level == "high"
    assert result.risk.words  # the wording still speaks...
    shown = {word.casefold() for word in result.risk.words}
    # ...but never with the scheme, "www" or a domain's pieces, written only inside links
    assert not shown & {"https", "www", "info", "top", "paiement"}
    outside = links.without_urls(text)
    assert all(word in outside for word in result.risk.words)


def test_a_message_not_read_whole_is_never_low() -> None:
    msg = HONEST[0]
    complete = analyze(msg)
    cut = analyze(ParsedMessage(**{**msg.__dict__, "warnings": (WARN_TOO_MANY_PARTS,)}))
    assert complete.risk.complete and complete.risk.level == "low"
    assert not cut.risk.complete and cut.risk.level != "low"
    assert cut.to_json()["warnings"] == [WARN_TOO_MANY_PARTS]
    assert cut.to_json()["complete"] is False


def test_a_dangerous_attachment_forces_high() -> None:
    msg = _email("Invoice", "Please find the invoice attached.",
                 sender="anne.martin@example.org",
                 attachments=(Attachment("invoice.pdf.exe", "application/octet-stream",
                                         "application/x-msdownload", 1000, True,
                                         ("double_extension", "executable")),))
    result = analyze(msg)
    assert "dangerous_attachment" in result.codes
    assert result.risk.level == "high" and result.risk.reasons[0] == "dangerous_attachment"


def test_the_score_is_in_the_json_and_deterministic() -> None:
    first = analyze(SCAMS[1]).to_json()
    again = analyze(SCAMS[1]).to_json()
    assert first == again
    assert 0.0 <= float(first["score"]) <= 1.0  # type: ignore[arg-type]
    assert {"risk", "risk_reasons", "flags", "scam_words"} <= set(first)


def test_text_features_ignore_transport_headers_and_fold_digits() -> None:
    msg = _email("Offre 2024", "Gagnez 1500 euros sous 24h", sender="a@b.example")
    found = text_model.features(msg, ("b.example",))
    assert "w:offre" in found and "w:0h" in found and "w:24h" not in found
    assert not any("2024" in f or "1500" in f for f in found)
    assert not any("received" in f or "message-id" in f for f in found)


def _toy_model() -> score.ScoreModel:
    group = score.GroupModel(0.0, 1.0, {"threat": 0.0, "urgency": 0.2}, {},
                             medium=0.5, high=0.8, blind={"threat": 1.2, "urgency": 0.1})
    return score.ScoreModel({"email": group}, frozenset())


def test_in_another_language_a_flag_weighs_what_it_says_alone() -> None:
    model = _toy_model()
    # English wording the model judges: "threat" adds nothing to what the text already says.
    english = text_model.TextScore(-1.0, ())
    p, weights = score.combine(model, "email", ["threat"], english)
    assert weights == {"threat": 0.0} and p < 0.5
    # Dutch wording it cannot judge: the text stops just under medium, the flag counts alone.
    dutch = text_model.TextScore(6.0, (), other_language=True)
    p, weights = score.combine(model, "email", ["threat"], dutch)
    assert weights == {"threat": 1.2} and p > 0.5
    p, _ = score.combine(model, "email", [], dutch)
    assert p < 0.5
    # A weak flag stays weak: its weight is never below the one learned beside the text.
    _, weights = score.combine(model, "email", ["urgency"], dutch)
    assert weights == {"urgency": 0.2}


def test_a_warning_sign_is_judged_on_its_own_weight() -> None:
    model = _toy_model()
    assert model.has_sign("email", ["threat"])  # 0 beside the text, 1.2 alone
    assert not model.has_sign("email", ["urgency"])
