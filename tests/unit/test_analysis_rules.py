"""The red-flag rules one by one: each fires on a scam's wording and stays silent on the
honest message that used to set it off (newsletters, offers, list posts)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.analysis import brands, flags, headers, homoglyphs, keywords, phones
from vigilance_app.analysis.eml import parse_eml
from vigilance_app.analysis.message import Link, ParsedMessage


def codes(msg: ParsedMessage) -> set[str]:
    return {f.code for f in flags.evaluate(flags.collect(msg))}


def evidence(msg: ParsedMessage, code: str) -> tuple[str, ...]:
    found = {f.code: f.evidence for f in flags.evaluate(flags.collect(msg))}
    return found.get(code, ())


def email(text: str = "Bonjour", **kwargs: object) -> ParsedMessage:
    return ParsedMessage("email", text=text, **kwargs)  # type: ignore[arg-type]


# --- link_text_mismatch ---------------------------------------------------------------------


@pytest.mark.parametrize("msg", [
    # a comic strip's newsletter: its site shown, its own click counter behind
    email(sender_address="2.20445@ummail4.unitedmedia.com",
          links=(Link("http://ummail4.unitedmedia.com/Click?q=1b-wAd", "dilbert.com"),)),
    # a shop's newsletter through a mailing service's click tracker
    email(sender_address="news@shop.example.com",
          links=(Link("https://shop.us1.list-manage.com/track/click?u=1",
                      "www.shop.example.com"),)),
    # the same brand under another suffix
    email(sender_address="news@dilbert.net",
          links=(Link("https://click.sendgrid.net/ls/click?upn=1", "dilbert.com"),)),
    # an address shown over a mail link is not a web destination
    email(sender_address="list@foxsports.com",
          links=(Link("mailto:remove@foxsports.com?subject=x+y@other.org", "foxsports.com"),)),
], ids=["own_tracker", "esp_tracker", "same_brand", "mailto"])
def test_honest_tracked_links_are_not_mismatches(msg: ParsedMessage) -> None:
    assert "link_text_mismatch" not in codes(msg)


@pytest.mark.parametrize("msg", [
    # a brand's address shown by someone else, even through their own server
    email(sender_address="service@secure-login.example",
          links=(Link("https://secure-login.example/paypal", "www.paypal.com"),)),
    # a mailing service's tracker does not make another site the sender's
    email(sender_address="info@random-sender.example",
          links=(Link("https://u123.ct.sendgrid.net/ls/click?upn=1", "www.coinbase.com"),)),
    email(links=(Link("https://evil.example.com/x", "https://www.ameli.fr"),)),
], ids=["brand_shown", "esp_other_site", "no_sender"])
def test_disguised_links_are_mismatches(msg: ParsedMessage) -> None:
    assert "link_text_mismatch" in codes(msg)


def test_mailto_host_ends_at_the_query() -> None:
    from vigilance_app.analysis import links

    info = links.describe(Link("mailto:remove@foxsports.com?subject=REMOVE+x@lerctr.org"))
    assert info.host == "foxsports.com"


# --- payment_request ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Veuillez régler les frais de livraison de 1,99 € pour recevoir votre colis.",
    "Des frais de douane de 2,99 € sont dus avant la livraison.",
    "Please pay the customs fee of £2.99 to release your parcel.",
    "Your parcel has a small fee due: pay now at the link below.",
    "Payez votre amende impayée avant le 12 mars.",
    "Bitte zahlen Sie die Zollgebühr von 1,99 €.",
    "Seu pacote tem taxas alfandegárias pendentes.",
])
def test_requests_to_pay_are_flagged(text: str) -> None:
    assert "payment_request" in codes(email(text))


@pytest.mark.parametrize("text", [
    "You only pay for what you use.",
    "Use this coupon for 20% off your next order.",
    "Frais de port offerts dès 50 € d'achat.",
    "Free shipping fee on every order this week.",
    "Vous n'avez rien à payer.",
    "Ne payez jamais de frais de livraison par SMS.",
])
def test_offers_and_warnings_are_not_payment_requests(text: str) -> None:
    assert "payment_request" not in codes(email(text))


# --- non_official_domain --------------------------------------------------------------------


@pytest.mark.parametrize("target", ["https://neo.jpl.nasa.gov/news", "https://www.gov.uk/x",
                                    "https://www.whitehouse.gov", "https://www.impots.gouv.fr"])
def test_real_government_sites_are_not_non_official(target: str) -> None:
    assert "non_official_domain" not in codes(email("See the report", links=(Link(target),)))


@pytest.mark.parametrize("msg", [
    ParsedMessage("sms", text="Avis de contravention : consultez https://dossier-antai-gouv.info/x"),
    ParsedMessage("sms", text="ANTAI : payez votre amende sur https://amendes-paiement.example.com"),
    ParsedMessage("sms", text="Crit'Air : commandez votre vignette sur critairs.com"),
])
def test_french_public_services_outside_gouv_fr_are_flagged(msg: ParsedMessage) -> None:
    assert "non_official_domain" in codes(msg)


# --- callback_number and premium_rate_number --------------------------------------------------


def test_airline_booking_line_is_not_a_callback() -> None:
    msg = email("To book, call the Ryanair Direct booking line on:\n0871 246 0002 (UK only)\n"
                "0818 304 304 (Ireland)\n00 353 818 304 304 (International)",
                sender_address="offers@ryanairmail.com")
    assert not {"callback_number", "premium_rate_number"} & codes(msg)


@pytest.mark.parametrize("text", [
    "Opération suspecte sur votre compte : rappelez immédiatement le 01 23 45 67 89.",
    "Your account is locked. Call us urgently on +44 20 7946 0018.",
    "Pour récupérer votre lot, appelez le 0 899 12 34 56.",
])
def test_pressed_or_premium_callbacks_are_flagged(text: str) -> None:
    assert "callback_number" in codes(ParsedMessage("sms", text=text))


def test_plain_number_to_call_is_not_a_callback() -> None:
    assert "callback_number" not in codes(email("Pour réserver, appelez le 01 23 45 67 89."))


@pytest.mark.parametrize("text, number", [
    ("URGENT! You have won a 1 week FREE holiday. Call 09061701461 now", "09061701461"),
    ("Call +44 906 170 1461 to claim", "+44 906 170 1461"),
    ("Votre lot vous attend au 0 892 70 57 05", "0 892 70 57 05"),
    ("Gewinn abholen: 0900 1234567", "0900 1234567"),
])
def test_premium_rate_numbers_of_several_countries(text: str, number: str) -> None:
    assert evidence(ParsedMessage("sms", text=text), "premium_rate_number") == (number,)


def test_ordinary_numbers_are_not_premium() -> None:
    text = "Appelez le 01 23 45 67 89, le 06 12 34 56 78 ou le 0800 123 4567."
    assert phones.premium_rate(text, phones.find(text)) == ()


# --- remote_access --------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "MS to ship Media Center of XP in Q4. It's that remote control unit called Freestyle.",
    "After a week, I had already installed a Remote Access Trojan on your device.",
    "Our engineers use remote access tools to maintain the servers.",
])
def test_technical_mentions_are_not_remote_access(text: str) -> None:
    assert "remote_access" not in codes(email(text))


@pytest.mark.parametrize("text", [
    "Installez AnyDesk pour que je vous aide.",
    "Téléchargez TeamViewer et donnez-moi le code affiché.",
    "Please download AnyDesk so our technician can fix your computer.",
    "Let me take control of your computer to cancel the refund.",
])
def test_requests_to_install_remote_control_are_flagged(text: str) -> None:
    assert "remote_access" in codes(email(text))


# --- brand_impersonation and freemail_sender ---------------------------------------------------


@pytest.mark.parametrize("name, address", [
    ("PayPal", "service@paypal.com"),
    ("Amazon.co.uk", "auto-confirm@amazon.co.uk"),
    ("Orange", "ne-pas-repondre@orange.fr"),
    ("Orange juice lovers", "club@juice.example"),
    ("Free Software Foundation", "info@fsf.example"),
    ("John Norton", "john@example.org"),
])
def test_brands_sending_from_their_own_domains_or_ordinary_words(name: str,
                                                                 address: str) -> None:
    assert "brand_impersonation" not in codes(email(sender_name=name, sender_address=address))


@pytest.mark.parametrize("name, subject", [
    ("PayPal Service", "Votre compte"),
    ("Orange Sécurité", "Votre facture"),
    ("Service client", "Votre colis DHL est en attente"),
    ("MetaMask Support", "Wallet verification"),
    ("Leroy Merlin", "Un cadeau pour vous"),
])
def test_brands_from_other_domains_are_flagged(name: str, subject: str) -> None:
    msg = email(sender_name=name, sender_address="x@mailer-7731.example", subject=subject)
    assert "brand_impersonation" in codes(msg)


def test_freemail_claiming_an_organisation() -> None:
    assert "freemail_sender" in codes(email(sender_name="Assurance Maladie",
                                            sender_address="ameli.remboursement@gmail.com"))
    assert "freemail_sender" in codes(email(sender_name="Netflix",
                                            sender_address="netflix.billing@outlook.fr"))
    assert "freemail_sender" not in codes(email(sender_name="Marie Durand",
                                                sender_address="marie.durand@gmail.com"))
    # a provider's own mailbox domain is its own
    assert "freemail_sender" not in codes(email(sender_name="Orange",
                                                sender_address="info@orange.fr"))


def test_brand_domains_and_free_mailboxes() -> None:
    assert brands.owner("www.amazon.fr") and brands.owner("amazon.com.br")
    assert brands.owner("amazon.xyz") is None  # a country code, not any suffix
    assert brands.is_freemail("gmail.com") and brands.is_freemail("mail.yahoo.co.uk")
    assert not brands.is_freemail("ameli.fr")
    assert brands.is_click_tracker("us5.list-manage.com")


def test_brands_file_is_validated(tmp_path: object) -> None:
    with pytest.raises(brands.BrandsError):
        brands.parse({"brand": [{"id": "x", "names": ["X"], "strict": [], "domains": ["x.fr"],
                                 "colour": "red"}]})
    with pytest.raises(brands.BrandsError):
        brands.parse({"brand": [{"id": "x", "names": [], "strict": [], "domains": ["x.fr"]}]})
    assert len(brands.all_brands()) > 40


# --- homoglyph_text -------------------------------------------------------------------------


def test_mixed_script_words_are_flagged() -> None:
    msg = email(subject="Actiоn Requiгed: UnusuаI аctivity on your Amаzon accоunt")
    assert set(evidence(msg, "homoglyph_text")) >= {"Amаzon", "аctivity"}
    assert homoglyphs.find("Ѕеcurity tеam") == ("Ѕеcurity", "tеam")


def test_invisible_characters_inside_words_are_flagged() -> None:
    subject = "Fi\u200b\u200bnal \u200bwa\u200b\u200brn\u200bing: A\u200bll your photos"
    assert evidence(email(subject=subject), "homoglyph_text") == ("Final", "warning", "All")


def test_styled_letters_are_flagged() -> None:
    deleted = "".join(chr(0x1D41A + ord(c) - ord("a")) for c in "deleted")  # bold letters
    subject = f"We have {deleted} your account"
    assert "homoglyph_text" in codes(email(subject=subject))


@pytest.mark.parametrize("subject", [
    "Crème brûlée au menu de l\u2019été",
    "Rendez-vous\u00a0: mardi 14\u202fh",  # French spacing (no-break spaces) is not hiding
    "\u200bBonjour",  # a stray zero-width space at the start splits no word
    "Math: \U0001d465 + \U0001d466",  # a lone styled letter in a formula
])
def test_ordinary_typography_is_not_hidden_letters(subject: str) -> None:
    assert "homoglyph_text" not in codes(email(subject=subject))


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_hidden_letters_never_raises(value: str) -> None:
    found = homoglyphs.hidden_words(value, value)
    assert len(found) <= 10 and all(len(w) <= 40 for w in found)


@pytest.mark.parametrize("subject", [
    "Привет, как дела?", "Καλημέρα σας", "Réglez vos échéances avant Noël",
    "東京タワーです iPhone用", "Straße, Ærø, Øresund, Łódź", "Спасибо for the Москва photos",
])
def test_genuine_scripts_and_accents_are_not_homoglyphs(subject: str) -> None:
    assert "homoglyph_text" not in codes(email(subject=subject))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_homoglyph_search_never_raises(value: str) -> None:
    assert isinstance(homoglyphs.find(value, value[::-1]), tuple)


def test_homoglyph_search_is_bounded() -> None:
    start = time.perf_counter()
    homoglyphs.find("Amаzon " * 100_000, "аctivity" * 50_000)
    assert time.perf_counter() - start < 1


# --- lures in several languages ---------------------------------------------------------------


@pytest.mark.parametrize("code, text", [
    ("crypto_lure", "Connect your wallet and enter your seed phrase to claim your tokens."),
    ("crypto_lure", "Vérifiez votre portefeuille MetaMask avant sa désactivation."),
    ("prize_lure", "Félicitations, vous avez été sélectionné : répondez à notre enquête."),
    ("prize_lure", "Congratulations! Claim your prize now."),
    ("prize_lure", "Herzlichen Glückwunsch, Sie haben gewonnen!"),
    ("prize_lure", "Parabéns! Você ganhou um prêmio."),
    ("prize_lure", "Gefeliciteerd, u heeft gewonnen!"),
    ("prize_lure", "¡Enhorabuena, has ganado un premio!"),
    ("prize_lure", "Congratulazioni, hai vinto 100 giri gratis al casinò!"),
    ("delivery_lure", "Votre colis est en attente : la livraison a échoué, reprogrammez-la."),
    ("delivery_lure", "Your parcel is on hold: we were unable to deliver it."),
    ("too_good_to_be_true", "Votre article a été vendu ! Cliquez pour recevoir votre paiement."),
    ("too_good_to_be_true", "GOV-UK: you are owed a £400 rebate on your energy bill."),
    ("threat", "Transaction non autorisée de 890 € sur votre carte : annulez-la ici."),
    ("threat", "Your account has been frozen. Verify now to restore access."),
    ("threat", "Ihr Konto wurde gesperrt."),
    ("threat", "Your iCloud storage is full: your photos will be deleted today."),
    ("threat", "Alerta de segurança: houve um acesso de um novo dispositivo."),
    ("fine_lure", "ANTAI : vous avez une amende impayée de 35 €, réglez-la avant majoration."),
    ("fine_lure", "Péage : un passage non réglé sur l'autoroute A7. Payez 6,40 € ici."),
    ("fine_lure", "E-ZPass: you have an unpaid toll balance of $4.15. Pay now to avoid fees."),
    ("fine_lure", "Foi identificado um registro de infração de trânsito pendente."),
    ("fine_lure", "U heeft een openstaande boete van het CJIB."),
    ("fine_lure", "Ihr Bußgeldbescheid ist fällig."),
    ("dubious_offer", "Anna would like to meet you! Singles near you are waiting."),
    ("dubious_offer", "Perdez du poids sans effort : la perte de poids sans régime."),
    ("dubious_offer", "Erhöhen Sie die Größe Ihres Penis ohne Operation."),
    ("dubious_offer", "Precisando de empréstimo? Crédito rápido sem consulta."),
    ("crypto_lure", "Token allocation is open: claim your free tokens now."),
    ("crypto_lure", "Limited edition NFTs available for minting!"),
    ("prize_lure", "Ihr Edeka Einkaufsgutschein im Wert von 500 € wurde ausgewählt!"),
    ("prize_lure", "Jouw kans op een Douglas cadeaukaart van €250."),
    ("delivery_lure", "Seu pedido está na fiscalização aduaneira: pague a taxa de importação."),
    ("delivery_lure", "U heeft een pakket dat op bezorging wacht."),
])
def test_modern_lures(code: str, text: str) -> None:
    assert code in codes(ParsedMessage("sms", text=text))


@pytest.mark.parametrize("text", [
    "Frais de port offerts ! Découvrez nos nouveautés.",
    "Free shipping on all orders this weekend.",
    "Votre colis a été livré. Merci de votre confiance.",
    "The winner of the 2002 Hugo award is announced.",
    "Call our toll-free number 1-800-555-0100 for help with your order.",
    "The session token expires after an hour; log in again to get a new one.",
    "Réunion du club de randonnée : départ du péage de Saint-Arnoult à 8 h.",
    "Votre déclaration de revenus est disponible dans votre espace particulier.",
    # "free" alone is no lure, in any language
    "F2M - Ihre kostenlose Faxnummer: der Newsletter für Mai.",
    "Entrega grátis em todo o Brasil. Faça a sua pesquisa no nosso catálogo.",
    "Envío gratis a partir de 30 euros.",
    "Gratis verzending vanaf 20 euro.",
])
def test_everyday_commerce_sets_off_no_lure(text: str) -> None:
    assert not {"prize_lure", "crypto_lure", "delivery_lure", "payment_request",
                "too_good_to_be_true", "dubious_offer", "fine_lure"} & codes(email(text))


def test_every_language_list_has_every_section() -> None:
    assert {"fr", "en", "de", "es", "it", "nl", "pt"} <= set(keywords.LANGS)
    for lang in keywords.LANGS:
        assert set(keywords.lists(lang)) == set(keywords.SECTIONS)
    assert keywords.scan("Nunca comparta su contraseña, por favor.").get(
        "asks_credentials") is None  # negation in Spanish


# --- sms_foreign_link -----------------------------------------------------------------------


def test_sms_naming_a_brand_with_a_foreign_link() -> None:
    text = "Amazon: Your account has been suspended. Visit http://amzn-verify.example.top/x"
    assert "sms_foreign_link" in codes(ParsedMessage("sms", sender_address="+447700900123",
                                                     text=text))
    assert "sms_foreign_link" in codes(ParsedMessage("sms", text=text))
    # a registered sender name and the brand's own site are not this sign
    assert "sms_foreign_link" not in codes(ParsedMessage("sms", sender_name="AMAZON", text=text))
    own = "Amazon : votre commande est expédiée, suivez-la sur https://www.amazon.fr/suivi"
    assert "sms_foreign_link" not in codes(ParsedMessage("sms", sender_address="+33612345678",
                                                         text=own))
    assert "sms_foreign_link" not in codes(email(text))


# --- hidden_content: hostile messages that hide their body past a parsing limit ---------------


PHISH = b"Your PayPal account is limited. Verify it now: https://paypal-check.example/login"


def _nested(depth: int) -> bytes:
    head = b"From: PayPal <service@pp.example>\r\nSubject: Account\r\nMIME-Version: 1.0\r\n"
    out = [head]
    for level in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
                   % (level, level))
    out.append(b"Content-Type: text/plain\r\n\r\n" + PHISH + b"\r\n")
    for level in reversed(range(depth)):
        out.append(b"--b%d--\r\n" % level)
    return b"".join(out)


def _many_parts(count: int) -> bytes:
    parts = [b"From: x@example.org\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\n"
             b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n']
    for _ in range(count - 1):
        parts.append(b"--B\r\nContent-Type: text/plain\r\n\r\n.\r\n")
    parts.append(b"--B\r\nContent-Type: text/plain\r\n\r\n" + PHISH + b"\r\n--B--\r\n")
    return b"".join(parts)


def _padded_html() -> bytes:
    padding = b"<div>" + b"&nbsp;" * (1024 * 1024 // 6 + 10) + b"</div>"
    return (b"From: x@example.org\r\nSubject: Hello\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: text/html\r\n\r\n<html><body>" + padding + b"<p>" + PHISH
            + b"</p></body></html>\r\n")


@pytest.mark.parametrize("data, warning", [
    (_nested(21), "too_deep"),
    (_many_parts(501), "too_many_parts"),
    (_padded_html(), "html_truncated"),
], ids=["21_nested", "part_501", "1MiB_html"])
def test_body_hidden_past_a_limit_is_flagged(data: bytes, warning: str) -> None:
    start = time.perf_counter()
    parsed = parse_eml(data)
    assert warning in parsed.warnings
    assert warning in evidence(parsed, "hidden_content")
    assert time.perf_counter() - start < 5


def test_message_within_limits_is_not_hidden() -> None:
    assert "hidden_content" not in codes(parse_eml(_nested(5)))
    assert "hidden_content" not in codes(parse_eml(_many_parts(20)))


# --- authentication_failed --------------------------------------------------------------------


def _with_results(*values: bytes) -> bytes:
    lines = b"".join(b"Authentication-Results: " + v + b"\r\n" for v in values)
    return lines + b"From: PayPal <service@paypal.com>\r\nSubject: Hi\r\n\r\nHello\r\n"


def test_failed_checks_in_the_topmost_header() -> None:
    parsed = parse_eml(_with_results(
        b"mx.example.net; spf=softfail (sender not permitted) smtp.mailfrom=paypal.com;\r\n"
        b" dkim=none; dmarc=fail (p=REJECT) header.from=paypal.com",
        b"forged.example; spf=pass; dkim=pass; dmarc=pass"))
    assert parsed.auth_failures == ("spf=softfail", "dmarc=fail")
    assert evidence(parsed, "authentication_failed") == ("spf=softfail", "dmarc=fail")


@pytest.mark.parametrize("values", [
    (b"mx.example.net; spf=pass; dkim=pass; dmarc=pass",),
    (b"mx.example.net; spf=none; dkim=none; dmarc=none",),
    (b"mx.example.net; dmarc=pass (dkim=fail in a comment)",),
    (b"mx.example.net; spf=pass", b"forged.example; spf=fail; dmarc=fail"),
    (),
], ids=["pass", "none", "comment", "lower_header_forged", "absent"])
def test_no_failure_no_flag(values: tuple[bytes, ...]) -> None:
    parsed = parse_eml(_with_results(*values))
    assert parsed.auth_failures == ()
    assert "authentication_failed" not in codes(parsed)


def test_parsed_message_defaults_to_no_failures() -> None:
    assert ParsedMessage("sms").auth_failures == ()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_authentication_results_parser_never_raises(value: str) -> None:
    result = headers.auth_failures(value)
    assert all(v.split("=")[0] in ("spf", "dkim", "dmarc") for v in result)


@pytest.mark.parametrize("hostile", ["(" * 100_000, "spf=" * 50_000, "(a" * 60_000 + ")",
                                     '"' * 100_000, "dkim=fail " * 50_000])
def test_authentication_results_parser_is_bounded(hostile: str) -> None:
    start = time.perf_counter()
    headers.auth_failures(hostile)
    assert time.perf_counter() - start < 0.5
