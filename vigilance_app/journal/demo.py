"""A believable French journal for ``vigilance --demo``: four months of contacts for the two
demo profiles, across channels, with repeat senders written differently, handled and open
items, and one risky reaction (card details given to a fake bank adviser) whose entry id is
returned so the demo can show its plan in progress. Dates are relative to ``now``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from vigilance_app.journal.repository import (
    AttachmentInfo,
    EntryDraft,
    FlagDraft,
    Journal,
    ReportDraft,
)

if TYPE_CHECKING:
    from vigilance_app.store.store import Store


@dataclass(frozen=True)
class DemoJournal:
    self_profile_id: int
    relative_profile_id: int
    risky_entry_id: int  # gave_card_details, 2 days ago, in the relative's journal
    entry_ids: tuple[int, ...]


def _flags(*codes: str) -> list[FlagDraft]:
    return [FlagDraft(code, "analysis") for code in codes]


def _day(now: datetime, days: int) -> date:
    return (now - timedelta(days=days)).date()


def relative_entries(now: datetime) -> list[EntryDraft]:
    at = lambda days, hour, minute=0: (now - timedelta(days=days)).replace(  # noqa: E731
        hour=hour, minute=minute, second=0, microsecond=0)
    ameli_sms = "06 44 18 27 93"
    return [
        EntryDraft(
            at(118, 9, 12), "sms", senders=[ameli_sms],
            mentioned=["ameli-remboursement-securise.info"],
            claimed_org_id="assurance_maladie",
            summary="Faux remboursement Ameli de 48,70 €",
            body="Assurance Maladie : vous avez un remboursement de 48,70 EUR en attente. "
                 "Confirmez vos coordonnées bancaires sous 24 h : "
                 "https://ameli-remboursement-securise.info/dossier",
            risk="high", status="handled", reactions=["ignored"],
            flags=_flags("impersonation", "non_official_domain", "urgency",
                         "asks_bank_details"),
            reports=[ReportDraft("33700", _day(now, 118))], tags=["ameli"]),
        EntryDraft(
            at(104, 14, 40), "email",
            senders=["Ameli <ne-pas-repondre@cartevitale-renouvellement.com>"],
            mentioned=["cartevitale-renouvellement.com"], claimed_org_id="assurance_maladie",
            summary="Votre nouvelle carte Vitale est disponible",
            body="Bonjour, votre carte Vitale arrive à expiration. Pour recevoir la nouvelle, "
                 "mettez à jour vos informations et réglez les frais d'envoi de 2,99 €.",
            risk="high", status="handled", reactions=["ignored"],
            flags=_flags("impersonation", "non_official_domain", "payment_request"),
            reports=[ReportDraft("signal_spam", _day(now, 104))], tags=["ameli"]),
        EntryDraft(
            at(87, 18, 5), "sms", senders=["+33644182793"],
            mentioned=["suivi-colis-livraison.com"], claimed_org_id="chronopost",
            summary="Colis en attente : frais de 1,99 € à régler",
            body="Chronopost : votre colis est en attente de livraison. Des frais de 1,99 EUR "
                 "sont à régler : suivi-colis-livraison.com/r/8841",
            risk="high", status="handled", reactions=["ignored"],
            flags=_flags("impersonation", "non_official_domain", "payment_request",
                         "sender_mobile_number"),
            reports=[ReportDraft("33700", _day(now, 87))], tags=["colis"]),
        EntryDraft(
            at(63, 11, 30), "email", senders=["Mon Compte Formation <info@moncompte-cpf.info>"],
            mentioned=["moncompte-cpf.info"], claimed_org_id="cpf",
            summary="Derniers jours pour utiliser vos droits CPF (1 470 €)",
            body="Il vous reste 1 470 € sur votre compte CPF. Ces droits expirent ce soir : "
                 "réservez une formation maintenant.",
            risk="high", status="handled", reactions=["ignored"],
            flags=_flags("impersonation", "non_official_domain", "urgency",
                         "too_good_to_be_true")),
        EntryDraft(
            at(41, 16, 20), "messaging", senders=["+33 6 19 52 84 07"],
            summary="« Coucou maman, j'ai changé de numéro »",
            body="Coucou maman, c'est moi, j'ai cassé mon téléphone. Enregistre ce nouveau "
                 "numéro. Tu peux m'aider à payer une facture urgente aujourd'hui ?",
            risk="high", status="handled", reactions=["replied"],
            flags=_flags("relative_impersonation", "payment_request", "urgency"),
            notes="J'ai appelé Sophie sur son ancien numéro : ce n'était pas elle.",
            tags=["famille"]),
        EntryDraft(
            at(33, 10, 0), "letter", claimed_org_id="impots",
            claimed_org_text="Direction générale des Finances publiques",
            summary="Courrier « Trésor public » réclamant un paiement en coupons",
            body="Lettre sans en-tête officiel demandant de régler une « régularisation » de "
                 "350 € par coupons prépayés, avec un numéro à rappeler.",
            risk="high", status="new", mentioned=["09 70 24 18 55"],
            flags=_flags("impersonation", "payment_request", "callback_number")),
        EntryDraft(
            at(19, 8, 47), "voicemail", senders=["0644182793"], claimed_org_id="chronopost",
            summary="Message vocal : livraison impossible, rappeler",
            body="Bonjour, votre colis n'a pas pu être livré, merci de rappeler le service "
                 "client au plus vite.",
            risk="medium", status="new", flags=_flags("callback_number", "urgency"),
            tags=["colis"]),
        EntryDraft(
            at(9, 19, 15), "sms", senders=["+33 7 56 12 88 40"],
            mentioned=["antai-amendes.fr-paiement.com"], claimed_org_id="antai",
            summary="Amende ANTAI impayée, 35 € avant majoration",
            body="ANTAI : vous avez un avis de contravention impayé. Réglez 35 EUR avant "
                 "majoration : https://antai-amendes.fr-paiement.com",
            risk="high", status="new",
            flags=_flags("impersonation", "non_official_domain", "payment_request",
                         "threat", "sender_mobile_number")),
        EntryDraft(
            at(2, 15, 10), "phone_call", senders=["01 86 95 22 10"],
            claimed_org_text="Service fraude de ma banque",
            summary="Faux conseiller bancaire : j'ai donné mon numéro de carte",
            body="Un homme se disant du service fraude de ma banque a parlé d'un paiement "
                 "suspect de 1 200 €. Pour « l'annuler », il m'a demandé le numéro de ma carte "
                 "et le code reçu par SMS.",
            risk="high", status="new", reactions=["gave_card_details"],
            disclosed=["card"], flags=[FlagDraft("asks_card_details", "user"),
                                       FlagDraft("urgency", "user")],
            notes="J'ai appelé ma banque au numéro de ma carte pour faire opposition.",
            reports=[ReportDraft("bank", _day(now, 2))], tags=["banque"]),
    ]


def self_entries(now: datetime) -> list[EntryDraft]:
    at = lambda days, hour, minute=0: (now - timedelta(days=days)).replace(  # noqa: E731
        hour=hour, minute=minute, second=0, microsecond=0)
    return [
        EntryDraft(
            at(96, 12, 3), "email", senders=["DGFiP <remboursement@impots-gouv-fr.info>"],
            mentioned=["impots-gouv-fr.info"], claimed_org_id="impots",
            summary="Remboursement d'impôt de 326 € à confirmer",
            body="Après le dernier calcul de votre impôt, vous devez recevoir un remboursement "
                 "de 326,00 €. Complétez le formulaire joint.",
            risk="high", status="handled", reactions=["ignored"],
            attachments=[AttachmentInfo("formulaire_remboursement.html", "text/html",
                                        "text/html", 18_204, True, ("html_page",))],
            flags=_flags("impersonation", "non_official_domain", "dangerous_attachment"),
            reports=[ReportDraft("phishing_initiative", _day(now, 96))]),
        EntryDraft(
            at(52, 17, 44), "phone_call", senders=["09 48 11 27 60"], claimed_org_id="cpf",
            summary="Démarchage CPF insistant",
            body="Appel pour « mettre à jour mon compte CPF » ; on m'a demandé mon numéro de "
                 "sécurité sociale. J'ai raccroché.",
            risk="medium", status="handled", reactions=["ignored"],
            flags=[FlagDraft("asks_nir", "user")]),
        EntryDraft(
            at(23, 9, 58), "sms", senders=["06 44 18 27 93"], claimed_org_id="la_poste",
            mentioned=["laposte-suivi-colis.info"],
            summary="La Poste : colis retenu, frais de douane",
            body="La Poste : votre colis est retenu. Payez les frais de douane (2,30 EUR) : "
                 "laposte-suivi-colis.info",
            risk="high", status="new",
            flags=_flags("impersonation", "non_official_domain", "payment_request",
                         "sender_mobile_number"),
            tags=["colis"]),
        EntryDraft(
            at(5, 20, 31), "website", mentioned=["https://ameli-compte-securise.info/login"],
            claimed_org_id="assurance_maladie",
            summary="Fausse page de connexion Ameli vue dans une publicité",
            risk="high", status="new", reactions=["clicked_link"],
            flags=_flags("lookalike_domain", "non_official_domain"),
            notes="Je n'ai rien saisi, j'ai fermé la page."),
    ]


def add_demo_journal(store: Store, now: datetime) -> DemoJournal:
    """Fill the demo journal of the first two profiles (the user, then the relative)."""
    profiles = store.profiles()
    self_id = profiles[0].id
    relative_id = profiles[1].id if len(profiles) > 1 else profiles[0].id
    journal = Journal(store)
    mine = journal.add_many(self_id, self_entries(now), now)
    theirs = journal.add_many(relative_id, relative_entries(now), now)
    return DemoJournal(self_id, relative_id, risky_entry_id=theirs[-1],
                       entry_ids=tuple(mine + theirs))
