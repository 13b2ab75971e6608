"""Red flags: each code fires on a minimal example and stays silent on a clean one; every
code is explained in French and English; resources with unknown keys are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import flags, keywords, money, organizations, phones, risk, score
from vigilance_app.analysis.analyze import analyze
from vigilance_app.analysis.message import Attachment, Link, ParsedMessage

CLEAN = ParsedMessage(
    channel="email",
    sender_name="Marie Durand",
    sender_address="marie.durand@example.org",
    reply_to=("marie.durand@example.org",),
    subject="Dimanche",
    text="Bonjour, on se retrouve dimanche à midi chez nous ? Bises, Marie",
)

EXE = Attachment("facture.pdf.exe", "application/pdf", "application/x-msdownload", 1000, True,
                 ("double_extension", "executable"))

# One minimal message per code: each must raise its flag.
EXAMPLES: dict[str, ParsedMessage] = {
    "link_text_mismatch": ParsedMessage(
        "email", text="Voir votre dossier",
        links=(Link("https://evil.example.com/x", "https://www.ameli.fr"),)),
    "lookalike_domain": ParsedMessage("sms", text="Dossier sur amel1.fr/suivi"),
    "impersonation": ParsedMessage(
        "email", sender_name="Assurance Maladie", sender_address="service@mail-secure.com",
        text="Bonjour, votre dossier est prêt."),
    "non_official_domain": ParsedMessage(
        "sms", text="Avis de contravention : consultez https://dossier-antai-gouv.info/x"),
    "url_shortener": ParsedMessage("sms", text="Votre colis : https://bit.ly/3xYz"),
    "reply_to_mismatch": ParsedMessage(
        "email", sender_address="contact@example.org", reply_to=("collecte@other.example",),
        text="Bonjour"),
    "asks_card_details": ParsedMessage(
        "email", text="Indiquez votre numéro de carte et le cryptogramme."),
    "asks_credentials": ParsedMessage(
        "sms", text="Communiquez le code reçu par SMS à votre conseiller."),
    "asks_nir": ParsedMessage("email", text="Merci de confirmer votre numéro de sécurité sociale."),
    "asks_bank_details": ParsedMessage("email", text="Veuillez nous envoyer votre RIB."),
    "payment_request": ParsedMessage("sms", text="Des frais de livraison de 1,99 € sont dus."),
    "urgency": ParsedMessage("email", text="Action requise immédiatement."),
    "threat": ParsedMessage("email", text="Votre compte sera suspendu."),
    "callback_number": ParsedMessage(
        "sms", text="Opération suspecte. Rappelez le 01 23 45 67 89 pour l'annuler."),
    "sender_mobile_number": ParsedMessage(
        "sms", sender_address="06 12 34 56 78", text="Assurance Maladie : nouveau message."),
    "relative_impersonation": ParsedMessage(
        "sms", text="Salut maman, j'ai cassé mon téléphone."),
    "remote_access": ParsedMessage("email", text="Installez AnyDesk pour que je vous aide."),
    "too_good_to_be_true": ParsedMessage(
        "email", text="Vous avez droit à un remboursement d'impôt de 245 €."),
    "dangerous_attachment": ParsedMessage("email", text="Votre facture", attachments=(EXE,)),
    "html_form": ParsedMessage("email", text="Remplissez ci-dessous", has_html_form=True),
    "brand_impersonation": ParsedMessage(
        "email", sender_name="PayPal", sender_address="service@pp-alerts.example.net",
        subject="Votre compte", text="Bonjour"),
    "homoglyph_text": ParsedMessage(
        "email", subject="Actiоn Requiгed: UnusuаI аctivity on your Amаzon accоunt"),
    "freemail_sender": ParsedMessage(
        "email", sender_name="Service Client Amazon", sender_address="amz.client@gmail.com",
        text="Bonjour"),
    "crypto_lure": ParsedMessage(
        "email", text="Connect your wallet to claim your tokens before the airdrop ends."),
    "prize_lure": ParsedMessage(
        "email", text="Vous avez été sélectionné : répondez à notre enquête pour recevoir "
                      "votre cadeau."),
    "delivery_lure": ParsedMessage(
        "sms", text="Votre colis est en attente : la livraison a échoué."),
    "premium_rate_number": ParsedMessage(
        "sms", text="Pour récupérer votre lot, appelez le 0 899 12 34 56."),
    "sms_foreign_link": ParsedMessage(
        "sms", sender_address="+33 6 12 34 56 78",
        text="Assurance Maladie : votre carte Vitale expire, https://carte-vitale.example.com"),
    "hidden_content": ParsedMessage("email", text="Bonjour", warnings=("too_deep",)),
    "authentication_failed": ParsedMessage(
        "email", sender_address="service@example.org", text="Bonjour",
        auth_failures=("spf=fail", "dmarc=fail")),
    "fine_lure": ParsedMessage(
        "sms", text="ANTAI : avis de contravention impayé, réglez 35 € avant majoration."),
    "dubious_offer": ParsedMessage(
        "email", subject="Perdre du poids sans effort", text="Un remède miracle testé."),
}


def test_every_code_has_an_example_severity_and_rule() -> None:
    assert set(EXAMPLES) == set(flags.CODES) == set(flags.SEVERITY) == set(flags.RULES)
    assert len(flags.CODES) == 32


@pytest.mark.parametrize("code", flags.CODES)
def test_each_code_fires_on_its_minimal_example(code: str) -> None:
    result = analyze(EXAMPLES[code])
    found = {f.code: f for f in result.flags}
    assert code in found, result.codes
    assert found[code].evidence, "a flag always carries its evidence"
    assert found[code].severity == flags.SEVERITY[code]


def test_clean_message_has_no_flag() -> None:
    result = analyze(CLEAN)
    assert result.flags == ()
    assert result.risk.level == "low"


@pytest.mark.parametrize("text", [
    "L'Assurance Maladie ne vous demandera jamais votre numéro de carte ni vos codes.",
    "Ne communiquez jamais le code reçu par SMS.",
    "Vous n'avez rien à payer.",
    "Votre code de validation est 482913.",
])
def test_warnings_and_notices_are_not_requests(text: str) -> None:
    codes = analyze(ParsedMessage("sms", text=text)).codes
    assert not {"asks_card_details", "asks_credentials", "payment_request"} & set(codes)


def test_official_number_is_not_a_callback() -> None:
    msg = ParsedMessage("email", sender_address="x@info.ameli.fr",
                        text="Pour toute question, appelez le 3646.")
    assert "callback_number" not in analyze(msg).codes


def test_personal_webmail_of_an_official_brand_is_not_a_lookalike() -> None:
    msg = ParsedMessage("email", sender_address="jean.dupont@laposte.net", text="Coucou !")
    assert analyze(msg).flags == ()


def test_mobile_sender_without_official_look_is_not_flagged() -> None:
    msg = ParsedMessage("sms", sender_address="0612345678", text="On mange à 20 h ?")
    assert "sender_mobile_number" not in analyze(msg).codes


@pytest.mark.parametrize("lang", flags.LANGS)
@pytest.mark.parametrize("code", flags.CODES)
def test_every_code_is_explained(code: str, lang: str) -> None:
    title, explanation, what_to_do = flags.explain(code, lang)
    assert title.strip() and explanation.strip() and what_to_do.strip()
    assert flags.explain(flags.RedFlag(code, "high", ("x",)), lang) == (
        title, explanation, what_to_do)


def test_explanations_are_distinct_per_language() -> None:
    fr, en = flags.explanations("fr"), flags.explanations("en")
    assert all(fr[c][0] != en[c][0] for c in flags.CODES)


def test_explanation_file_with_unknown_or_missing_key_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = (flags.resources_dir() / "flags" / "fr.toml").read_text(encoding="utf-8")
    (tmp_path / "flags").mkdir()
    monkeypatch.setattr(flags, "resources_dir", lambda: tmp_path)
    for broken in (good + '\n[not_a_code]\ntitle = "a"\nexplanation = "b"\nwhat_to_do = "c"\n',
                   good.replace('what_to_do = "Ne cliquez pas. Si vous devez', 'extra = "x"\n'
                                'what_to_do = "Ne cliquez pas. Si vous devez', 1),
                   good.replace("[html_form]", "[html_form_x]")):
        (tmp_path / "flags" / "fr.toml").write_text(broken, encoding="utf-8")
        flags.explanations.cache_clear()
        with pytest.raises(flags.ExplanationsError):
            flags.explanations("fr")
    flags.explanations.cache_clear()
    with pytest.raises(flags.ExplanationsError):
        flags.explain("urgency", "de")


def test_organizations_file_is_validated(tmp_path: Path) -> None:
    orgs = organizations.all_organizations()
    assert {"assurance_maladie", "antai", "cpf"} <= {o.id for o in orgs}
    ameli = next(o for o in orgs if o.id == "assurance_maladie")
    assert {"ameli.fr", "info.ameli.fr", "assurance-maladie.fr"} <= set(ameli.domains)
    assert "3646" in ameli.phones
    assert all(o.source.url and o.source.publisher for o in orgs)
    assert all(d.endswith(".gouv.fr") for o in orgs if o.gouv_only for d in o.domains)
    good = (organizations.resources_dir() / "organizations.toml").read_text(encoding="utf-8")
    bad = tmp_path / "orgs.toml"
    for broken in (good.replace("verified = true", "verified = true\ncolour = 'red'", 1),
                   good.replace('never_asks = ["bank_details"', 'never_asks = ["iban"', 1),
                   good.replace('secondary = false', 'secondary = false\nextra = 1', 1)):
        assert broken != good
        bad.write_text(broken, encoding="utf-8")
        with pytest.raises(organizations.OrganizationsError):
            organizations.load(bad)


def test_keyword_files_are_validated(tmp_path: Path) -> None:
    for lang in keywords.LANGS:
        assert set(keywords.lists(lang)) == set(keywords.SECTIONS)
    bad = tmp_path / "kw.toml"
    good = (keywords.resources_dir() / "keywords" / "fr.toml").read_text(encoding="utf-8")
    bad.write_text(good + '\n[unknown]\nphrases = ["x"]\n', encoding="utf-8")
    with pytest.raises(keywords.KeywordsError):
        keywords.load(bad)


def test_keywords_fold_case_and_accents_and_respect_word_boundaries() -> None:
    assert keywords.scan("URGENCE : DELAI DE PAIEMENT")["urgency"]
    assert keywords.scan("Indiquez le CRYPTOGRAMME")["asks_card_details"] == ("cryptogramme",)
    assert "remote_access" not in keywords.scan("anydeskop")  # part of a word: no match


def test_phones_and_amounts() -> None:
    found = phones.find("Appelez le 06 12 34 56 78, le 3646 ou le 0 892 705 705.")
    assert [(p.e164, p.kind) for p in found] == [
        ("+33612345678", "mobile"), ("+33892705705", "premium"), ("3646", "short")]
    assert phones.is_french_mobile("07 12 34 56 78")
    assert not phones.is_french_mobile("01 23 45 67 89")
    assert not phones.is_french_mobile("AMELI")
    amounts = money.find("642 €, 1,99 EUR, €4.90, 12,50 euros, 1 250,00 €")
    assert [(str(a.value), a.currency) for a in amounts] == [
        ("642", "EUR"), ("1.99", "EUR"), ("4.90", "EUR"), ("12.50", "EUR"), ("1250.00", "EUR")]


def test_risk_levels() -> None:
    group = score.GroupModel(0.0, 1.0, {}, {}, medium=0.4, high=0.8)
    forced = frozenset({"asks_nir"})

    def level(p: float, codes: tuple[str, ...] = (), complete: bool = True,
              signed: bool = False) -> str:
        return score.level_for(p, group, codes, forced, complete, signed)

    assert level(0.1) == "low" and level(0.5) == "medium"
    # High needs the score and a warning sign; a forced sign needs neither.
    assert level(0.9) == "medium" and level(0.9, signed=True) == "high"
    assert level(0.1, ("asks_nir",)) == "high"
    # A message not read whole is never low.
    assert level(0.1, complete=False) == "medium"


def test_to_json_shape() -> None:
    data = analyze(EXAMPLES["dangerous_attachment"]).to_json()
    assert data["risk"] == "high"
    assert {"code", "severity", "evidence"} <= set(data["flags"][0])
    assert data["attachments"] == [{
        "name": "facture.pdf.exe", "declared_type": "application/pdf",
        "sniffed_type": "application/x-msdownload", "size": 1000, "dangerous": True,
        "reasons": ["double_extension", "executable"]}]
    assert {"sender", "links", "phones"} <= set(data)
    links_json = analyze(EXAMPLES["url_shortener"]).to_json()["links"]
    assert links_json == [{"target": "https://bit.ly/3xYz", "defanged": "hxxps://bit[.]ly/3xYz",
                           "text": "", "host": "bit.ly", "registrable_domain": "bit.ly",
                           "is_ip": False}]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=60), st.text(max_size=60),
       st.sampled_from(["email", "sms", "letter"]))
def test_arbitrary_messages_never_raise(text: str, sender: str, subject: str,
                                        channel: str) -> None:
    msg = ParsedMessage(channel, sender_name=sender, sender_address=sender, subject=subject,
                        text=text, reply_to=(sender,), links=(Link(text, subject),))
    result = analyze(msg)
    assert result.risk.level in risk.LEVELS
    result.to_json()


HOSTILE_TEXTS = ["111 " * 12_500, "1" * 50_000, "1," * 25_000, "€1 " * 15_000,
                 "1 000 " * 10_000 + "€", "06 12 34 56 78 " * 3_000, "a." * 50_000,
                 "http://" + "a." * 50_000, "www." * 20_000, ("x" * 60 + ".") * 1_500,
                 "rappelez le " * 10_000]


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS, ids=range(len(HOSTILE_TEXTS)))
def test_hostile_text_is_linear(hostile: str) -> None:
    import time

    for find in (money.find, phones.find, keywords.scan, organizations.claimed):
        start = time.perf_counter()
        find(hostile)
        assert time.perf_counter() - start < 2, find


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_helpers_never_raise_on_arbitrary_text(text: str) -> None:
    money.find(text)
    phones.find(text)
    phones.parse(text)
    phones.is_french_mobile(text)
    keywords.scan(text)
    organizations.claimed(text)


def test_long_text_is_bounded() -> None:
    import time

    start = time.perf_counter()
    analyze(ParsedMessage("email", text="urgent 06 12 34 56 78 1,99 € ameli.fr " * 50_000))
    assert time.perf_counter() - start < 5


def test_importing_the_analysis_loads_no_heavy_module_nor_resource() -> None:
    import subprocess
    import sys

    code = ("import sys, vigilance_app.analysis.analyze\n"
            "heavy = {'phonenumbers', 'publicsuffixlist'} & set(sys.modules)\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
