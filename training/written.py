"""Messages we wrote, in the style of what people receive in France today, as a check.

The labelled corpora hold no honest French mail (their honest mail is English, from 2002) and
no smishing of the last years but 17 texts. These messages cover both, modelled on real
notifications and on the scams described by public warnings (cybermalveillance.gouv.fr,
Assurance Maladie, La Poste, banks). They are never used for training: the tests and the
quality benchmark check that the shipped score calls them right. No figure computed on them is
a rate.
"""

from __future__ import annotations

from vigilance_app.analysis.message import Link, ParsedMessage


def _mail(sender: str, name: str, subject: str, body: str,
          links: tuple[tuple[str, str], ...] = ()) -> ParsedMessage:
    return ParsedMessage(channel="email", sender_name=name, sender_address=sender,
                         subject=subject, text=body,
                         links=tuple(Link(target, label) for target, label in links))


def _sms(sender: str, body: str) -> ParsedMessage:
    if any(ch.isdigit() for ch in sender):
        return ParsedMessage(channel="sms", sender_address=sender, text=body)
    return ParsedMessage(channel="sms", sender_name=sender, text=body)


HONEST: dict[str, ParsedMessage] = {
    "fr_ameli_statement": _mail(
        "assurance-maladie@info.ameli.fr", "l'Assurance Maladie",
        "Votre relevé mensuel de remboursements est disponible",
        "Bonjour, votre relevé mensuel de remboursements est disponible dans votre compte "
        "ameli, rubrique Mes paiements. L'Assurance Maladie ne vous demandera jamais vos "
        "coordonnées bancaires par courriel. Cordialement, votre caisse d'Assurance Maladie.",
        (("https://www.ameli.fr/assure/compte", "www.ameli.fr"),)),
    "fr_impots_notice": _mail(
        "ne-pas-repondre@dgfip.finances.gouv.fr", "impots.gouv.fr",
        "Votre avis d'impôt est disponible",
        "Bonjour, votre avis d'impôt sur les revenus est disponible dans votre espace "
        "particulier sur impots.gouv.fr. Ce courriel est envoyé automatiquement.",
        (("https://www.impots.gouv.fr/accueil", "impots.gouv.fr"),)),
    "fr_family_news": _mail(
        "claire.bernard@orange.fr", "Claire Bernard", "Photos du week-end",
        "Coucou maman, voici enfin les photos du week-end chez mamie. Les enfants ont adoré "
        "la balade au bord du lac. On vous embrasse, à dimanche pour le déjeuner. Claire"),
    "fr_neighbour": _mail(
        "jean.petit@free.fr", "Jean Petit", "Réunion de copropriété",
        "Bonsoir, la prochaine assemblée générale de la copropriété aura lieu le jeudi 14 "
        "mars à 18 h dans la salle du rez-de-chaussée. L'ordre du jour est joint. Bonne "
        "soirée, Jean Petit, conseil syndical"),
    "fr_doctor_reminder": _mail(
        "no-reply@doctolib.fr", "Doctolib", "Rappel : rendez-vous demain à 9h30",
        "Bonjour, nous vous rappelons votre rendez-vous demain à 9h30 avec le Dr Martin, "
        "médecin généraliste, 12 rue des Lilas à Nantes. En cas d'empêchement, pensez à "
        "annuler votre rendez-vous depuis votre compte.",
        (("https://www.doctolib.fr/account/appointments", "Gérer mon rendez-vous"),)),
    "fr_train_ticket": _mail(
        "confirmation@sncf-connect.com", "SNCF Connect", "Votre e-billet pour Lyon",
        "Bonjour, merci pour votre réservation. Votre e-billet Paris - Lyon du 12 avril, "
        "départ 8h04, voiture 14, place 52, est disponible dans l'application. Bon voyage !"),
    "fr_mairie": _mail(
        "contact@mairie-saint-herblain.fr", "Mairie de Saint-Herblain",
        "Inscriptions sur les listes électorales",
        "Madame, Monsieur, les inscriptions sur les listes électorales sont ouvertes jusqu'au "
        "7 février. Vous pouvez vous inscrire en mairie aux horaires d'ouverture ou sur "
        "service-public.fr. Le service population reste à votre disposition."),
    "fr_library": _mail(
        "mediatheque@ville-rennes.fr", "Médiathèque des Champs Libres",
        "Vos documents sont à rendre bientôt",
        "Bonjour, les 3 documents que vous avez empruntés sont à rendre avant le 28 "
        "novembre. Vous pouvez les prolonger une fois depuis votre espace lecteur. Bonne "
        "lecture !"),
    "fr_club": _mail(
        "bureau@randonneurs-du-vexin.fr", "Les Randonneurs du Vexin", "Sortie de dimanche",
        "Bonjour à tous, la sortie de dimanche partira du parking de l'église à 9 heures. "
        "Prévoyez de bonnes chaussures et un pique-nique. Le parcours fait 14 km. À dimanche, "
        "le bureau"),
    "fr_bank_statement": _mail(
        "information@creditmutuel.fr", "Crédit Mutuel", "Votre relevé de compte est en ligne",
        "Bonjour, votre relevé de compte du mois d'octobre est disponible dans votre espace "
        "client, rubrique e-Documents. Nous ne vous demandons jamais vos codes par courriel."),
    "fr_shop_order": _mail(
        "commande@fnac.com", "Fnac", "Votre commande a été expédiée",
        "Bonjour, votre commande n° 4587126 a été expédiée. Elle vous sera livrée sous 2 à 3 "
        "jours ouvrés. Vous pouvez suivre votre colis depuis votre compte client."),
    "fr_newsletter": _mail(
        "newsletter@decathlon.fr", "Decathlon", "Nouveautés randonnée de la saison",
        "Découvrez notre sélection de vestes et de chaussures de randonnée pour l'automne, "
        "et nos conseils pour bien choisir votre sac à dos. À bientôt en magasin. Pour ne "
        "plus recevoir nos courriels, rendez-vous dans votre compte."),
    "en_meeting": _mail(
        "anne.martin@example.org", "Anne Martin", "Re: Thursday",
        "Hi Paul, Thursday at 10 works for me. I'll bring the slides and last quarter's "
        "figures. See you then, Anne"),
    "en_order": _mail(
        "auto-confirm@amazon.co.uk", "Amazon.co.uk", "Your Amazon.co.uk order has shipped",
        "Hello, your package with 2 items has shipped and will arrive on Tuesday. You can "
        "track it in Your Orders."),
    "sms_fr_family": _sms("06 11 22 33 44", "Coucou, on arrive vers 19h avec le dessert. Bisous"),
    "sms_fr_doctor": _sms(
        "DOCTOLIB", "Rappel : RDV demain 10:15 avec Dr Martin, 12 rue des Lilas. Pour "
        "annuler, utilisez l'application."),
    "sms_fr_bank_code": _sms(
        "MABANQUE", "Votre code de validation est 482913. Ne le communiquez à personne."),
    "sms_fr_pharmacy": _sms(
        "PHARMACIE", "Votre commande est prête à la pharmacie du Centre. Bonne journée."),
    "sms_en_friend": _sms("+447700900456", "Ok, see you at the station at 6. Bring the umbrella"),
}

SCAMS: dict[str, ParsedMessage] = {
    "fr_ameli_refund": _mail(
        "remboursement@ameli-remboursement.fr", "Assurance Maladie",
        "Remboursement de 642 € en attente",
        "Bonjour, après calcul de vos droits, vous êtes éligible à un remboursement de 642 €. "
        "Pour le recevoir, remplissez le formulaire avant 48h et confirmez vos coordonnées "
        "bancaires.",
        (("https://ameli-remboursement.fr/dossier", "Accéder à mon dossier ameli.fr"),)),
    "fr_vitale_renewal": _mail(
        "contact@carte-vitale-renouvellement.com", "Ameli",
        "Votre carte Vitale expire",
        "Votre carte Vitale arrive à expiration. Des frais de renouvellement de 0,95 € sont "
        "à régler sous 24h, sinon vos remboursements seront suspendus.",
        (("https://carte-vitale-renouvellement.com", "Renouveler ma carte"),)),
    "fr_account_suspended": _mail(
        "service@secure-client-verif.top", "Service Client",
        "Votre compte a été suspendu",
        "Cher client, suite à une activité inhabituelle, votre accès a été suspendu. "
        "Veuillez confirmer votre identité et votre mot de passe sous 24 heures pour éviter "
        "la fermeture définitive de votre compte.",
        (("https://secure-client-verif.top/login", "Confirmer mon identité"),)),
    "en_wallet": _mail(
        "support@metamask-wallet-verify.io", "MetaMask Support",
        "Action required: verify your wallet",
        "Your wallet will be restricted. Connect your wallet and enter your secret recovery "
        "phrase within 24 hours to keep access to your assets.",
        (("https://metamask-wallet-verify.io/connect", "Verify wallet"),)),
    "sms_fr_parcel": _sms(
        "+33 7 81 22 33 44", "Colissimo : votre colis n'a pas pu être livré. Des frais de "
        "réexpédition de 1,99 € sont à payer : https://bit.ly/colis-fr"),
    "sms_fr_card_blocked": _sms(
        "06 45 78 12 90", "Opération de 849,99 € refusée sur votre carte. Si vous n'êtes pas "
        "à l'origine de cette demande, annulez ici : https://secu-cb-annulation.com"),
    "sms_fr_fine": _sms(
        "ANTAI", "ANTAI : avis de contravention non réglé. Réglez 35 € avant le 12/05 pour "
        "éviter une amende majorée : https://amendes-gouv.org/paiement"),
    "sms_fr_cpf": _sms(
        "06 44 55 66 77", "CPF : vos droits expirent le 31/12. Plus que 48h pour utiliser vos "
        "1 500 € de formation : moncompteformation-droits.fr"),
    "sms_en_parcel": _sms(
        "+447911123456", "Royal Mail: your parcel is on hold due to an unpaid shipping fee of "
        "£1.45. Pay now to arrange delivery: royalmail-redelivery-uk.com"),
    "sms_en_bank": _sms(
        "+447911654321", "HSBC: a new device has been added to your account. If this was not "
        "you, cancel it at hsbc-secure-device.com immediately."),
    "sms_en_prize": _sms(
        "+447700900123", "WINNER!! As a valued network customer you have been selected to "
        "receive a £900 prize reward! To claim call 09061701461. Valid 12 hours only."),
}
