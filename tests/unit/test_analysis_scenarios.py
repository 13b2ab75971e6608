"""French scams seen in 2024–2026 get their red flags and a high risk;
genuine messages from official senders stay low."""

from __future__ import annotations

import pytest

from vigilance_app.analysis.analyze import Analysis, analyze
from vigilance_app.analysis.message import Link, ParsedMessage


def _codes(result: Analysis) -> set[str]:
    return set(result.codes)


def test_fake_ameli_refund() -> None:
    msg = ParsedMessage(
        channel="email",
        sender_name="Assurance Maladie",
        sender_address="remboursement@ameli-remboursement.fr",
        subject="Remboursement de 642 € en attente",
        text=("Bonjour, après calcul de vos droits, vous êtes éligible à un remboursement de "
              "642 €. Pour le recevoir, remplissez le formulaire avant 48h et confirmez vos "
              "coordonnées bancaires (IBAN)."),
        links=(Link("https://ameli-remboursement.fr/dossier", "Accéder à mon dossier ameli.fr"),),
    )
    result = analyze(msg)
    assert {"impersonation", "lookalike_domain", "link_text_mismatch", "asks_bank_details",
            "too_good_to_be_true", "urgency"} <= _codes(result)
    assert result.risk.level == "high"
    assert any(a.value == 642 for a in result.amounts)
    assert result.links[0].defanged == "hxxps://ameli-remboursement[.]fr/dossier"
    assert result.organizations == ("assurance_maladie",)


def test_carte_vitale_renewal_fee() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_address="07 56 12 34 98",
        text=("Assurance Maladie : votre carte Vitale expire. Des frais de renouvellement de "
              "0,95 € sont à régler sous 24h sur ameli-vital.fr, sinon votre carte sera "
              "désactivée. Saisissez votre numéro de carte bancaire."),
    )
    result = analyze(msg)
    assert {"payment_request", "lookalike_domain", "impersonation", "sender_mobile_number",
            "urgency", "threat", "asks_card_details"} <= _codes(result)
    assert result.risk.level == "high"
    assert [str(a.value) for a in result.amounts] == ["0.95"]


def test_antai_fine_outside_gouv_fr() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_name="ANTAI",
        text=("ANTAI : avis de contravention non réglé. Réglez 35 € avant le 12/05 pour "
              "éviter une amende majorée : https://amendes-gouv.org/paiement"),
    )
    result = analyze(msg)
    assert {"non_official_domain", "impersonation", "payment_request", "threat",
            "lookalike_domain"} <= _codes(result)
    assert result.risk.level == "high"


def test_cpf_rights_expire() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_address="06 44 55 66 77",
        text=("CPF : vos droits expirent le 31/12. Plus que 48h pour utiliser vos 1 500 € de "
              "formation : moncompteformation-droits.fr"),
    )
    result = analyze(msg)
    assert {"non_official_domain", "lookalike_domain", "impersonation", "urgency",
            "sender_mobile_number"} <= _codes(result)
    assert result.risk.level == "high"


def test_parcel_fee() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_address="+33 7 81 22 33 44",
        text=("Colissimo : votre colis n'a pas pu être livré. Des frais de réexpédition de "
              "1,99 € sont à payer : https://bit.ly/colis-fr"),
    )
    result = analyze(msg)
    assert {"payment_request", "url_shortener", "impersonation",
            "sender_mobile_number"} <= _codes(result)
    assert result.risk.level == "high"
    assert [str(a.value) for a in result.amounts] == ["1.99"]


def test_fake_bank_adviser_asks_for_the_sms_code() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_name="Banque",
        text=("Opération suspecte de 890 € sur votre compte. Un conseiller va vous contacter : "
              "communiquez-lui le code reçu par SMS pour l'annuler, ou rappelez le "
              "01 86 95 12 34 immédiatement."),
    )
    result = analyze(msg)
    assert {"asks_credentials", "callback_number", "urgency"} <= _codes(result)
    assert result.risk.level == "high"
    assert "+33186951234" in [p.e164 for p in result.phones]


def test_hi_mum_new_number() -> None:
    msg = ParsedMessage(
        channel="sms",
        sender_address="06 98 76 54 32",
        text=("Salut maman, j'ai cassé mon téléphone, c'est mon nouveau numéro. "
              "Tu peux m'écrire sur WhatsApp ?"),
    )
    result = analyze(msg)
    assert "relative_impersonation" in _codes(result)
    # High: the pattern precedes a request for money; checking costs one call to the old number.
    assert result.risk.level == "high"


def test_fake_support_with_remote_access() -> None:
    msg = ParsedMessage(
        channel="email",
        sender_address="support@securite-windows.example",
        text="Votre ordinateur est infecté. Installez AnyDesk et appelez le 09 70 00 00 00.",
    )
    result = analyze(msg)
    assert {"remote_access", "callback_number"} <= _codes(result)
    assert result.risk.level == "high"


@pytest.mark.parametrize("msg", [
    ParsedMessage(
        channel="email",
        sender_name="l'Assurance Maladie",
        sender_address="assurance-maladie@info.ameli.fr",
        subject="Votre relevé mensuel de remboursements est disponible",
        text=("Bonjour, votre relevé mensuel de remboursements est disponible dans votre compte "
              "ameli. Pour le consulter, connectez-vous sur ameli.fr. L'Assurance Maladie ne "
              "vous demandera jamais vos coordonnées bancaires ni votre mot de passe par "
              "courriel. Pour toute question, appelez le 3646."),
        links=(Link("https://www.ameli.fr/assure/compte", "www.ameli.fr"),
               Link("https://assure.ameli.fr/PortailAS/appmanager/PortailAS/assure",
                    "Mon compte ameli")),
    ),
    ParsedMessage(
        channel="sms",
        sender_name="MABANQUE",
        text=("Votre virement de 150,00 EUR vers M. DUPONT a bien été effectué le 14/10. "
              "Votre conseiller ne vous demandera jamais vos codes."),
    ),
    ParsedMessage(
        channel="sms",
        sender_name="MABANQUE",
        text="Votre code de validation est 482913. Ne le communiquez à personne.",
    ),
    ParsedMessage(
        channel="email",
        sender_name="impots.gouv.fr",
        sender_address="ne-pas-repondre@dgfip.finances.gouv.fr",
        subject="Votre avis d'impôt est disponible",
        text="Votre avis d'impôt est disponible dans votre espace particulier sur impots.gouv.fr.",
        links=(Link("https://www.impots.gouv.fr/accueil", "impots.gouv.fr"),),
    ),
], ids=["ameli_statement", "bank_transfer_notice", "bank_one_time_code", "impots_notice"])
def test_genuine_messages_stay_low(msg: ParsedMessage) -> None:
    result = analyze(msg)
    assert result.risk.level == "low", result.flags
