"""French and English words for the evidence file's headings and codes.

The window translates with Qt; the evidence file is also written from the command line, which
has no Qt translations, so its few labels live here, keyed by language code. Warning signs
use the titles of ``resources/flags/<lang>.toml`` (the same words the window shows).
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("fr", "en")

_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Dossier de signalement",
        "about": "Personne concernée",
        "period": "Période",
        "period_all": "tout le journal",
        "from_to": "du {start} au {end}",
        "from": "à partir du {start}",
        "until": "jusqu'au {end}",
        "selection": "contacts choisis",
        "made_on": "Dossier préparé le {date} avec Vigilance, sur l'ordinateur de la personne.",
        "count": "Nombre de contacts",
        "masked_note": "Les numéros sensibles (carte bancaire, IBAN, numéro de sécurité "
                       "sociale) sont masqués : seuls les 4 derniers caractères sont visibles.",
        "unmasked_note": "À la demande de la personne, les messages d'origine conservés sont "
                         "joints en clair : ce dossier contient des numéros sensibles.",
        "defanged_note": "Les adresses web sont neutralisées (hxxps://, [.]) pour qu'aucun "
                         "lien ne puisse être ouvert par erreur.",
        "contact": "Contact",
        "date": "Date et heure",
        "channel": "Canal",
        "claimed": "Se présentait comme",
        "senders": "Expéditeur (numéro, adresse)",
        "mentioned": "Numéros, adresses et liens cités",
        "summary": "Ce qui était demandé",
        "asked": "Demandes repérées",
        "reactions": "Ce que la personne a fait",
        "disclosed": "Informations données",
        "signs": "Signaux d'alerte",
        "risk": "Niveau de risque",
        "reports": "Signalé à",
        "reported_on": "le {date}",
        "not_reported": "pas encore signalé",
        "notes": "Notes",
        "original": "Message d'origine (en clair)",
        "none": "—",
        "official": "Où signaler : adresses officielles",
        "page": "{person} — page {page} / {pages}",
        "entry_id": "Référence",
    },
    "en": {
        "title": "Evidence file",
        "about": "About",
        "period": "Period",
        "period_all": "the whole journal",
        "from_to": "from {start} to {end}",
        "from": "from {start}",
        "until": "until {end}",
        "selection": "selected contacts",
        "made_on": "File prepared on {date} with Vigilance, on the person's own computer.",
        "count": "Number of contacts",
        "masked_note": "Sensitive numbers (card, IBAN, social security number) are masked: "
                       "only their last 4 characters are shown.",
        "unmasked_note": "At the person's request, the original messages kept are included "
                         "in clear: this file contains sensitive numbers.",
        "defanged_note": "Web addresses are defanged (hxxps://, [.]) so that no link can be "
                         "opened by mistake.",
        "contact": "Contact",
        "date": "Date and time",
        "channel": "Channel",
        "claimed": "Claimed to be",
        "senders": "Sender (number, address)",
        "mentioned": "Numbers, addresses and links given",
        "summary": "What was asked",
        "asked": "Requests found",
        "reactions": "What the person did",
        "disclosed": "Information given",
        "signs": "Warning signs",
        "risk": "Risk level",
        "reports": "Reported to",
        "reported_on": "on {date}",
        "not_reported": "not reported yet",
        "notes": "Notes",
        "original": "Original message (in clear)",
        "none": "—",
        "official": "Where to report: official addresses",
        "page": "{person} — page {page} / {pages}",
        "entry_id": "Reference",
    },
}

_CODES: dict[str, dict[str, dict[str, str]]] = {
    "channel": {
        "fr": {"email": "Courriel", "sms": "SMS", "phone_call": "Appel téléphonique",
               "voicemail": "Message vocal", "letter": "Courrier", "website": "Site web",
               "messaging": "Messagerie (WhatsApp, réseaux sociaux)",
               "in_person": "En personne"},
        "en": {"email": "Email", "sms": "SMS", "phone_call": "Phone call",
               "voicemail": "Voicemail", "letter": "Letter", "website": "Website",
               "messaging": "Messaging app (WhatsApp, social networks)",
               "in_person": "In person"},
    },
    "reaction": {
        "fr": {"ignored": "n'a rien fait", "replied": "a répondu",
               "clicked_link": "a cliqué sur un lien", "called_back": "a rappelé le numéro",
               "gave_personal_info": "a donné des informations personnelles",
               "gave_credentials": "a donné un identifiant ou un mot de passe",
               "gave_card_details": "a donné les données de sa carte bancaire",
               "gave_bank_details": "a donné ses coordonnées bancaires (IBAN)",
               "gave_nir": "a donné son numéro de sécurité sociale",
               "paid": "a payé ou envoyé de l'argent",
               "installed_remote_access": "a installé un programme demandé"},
        "en": {"ignored": "did nothing", "replied": "replied",
               "clicked_link": "clicked a link", "called_back": "called the number back",
               "gave_personal_info": "gave personal information",
               "gave_credentials": "gave a login or password",
               "gave_card_details": "gave card details",
               "gave_bank_details": "gave bank details (IBAN)",
               "gave_nir": "gave the social security number",
               "paid": "paid or sent money",
               "installed_remote_access": "installed a program they asked for"},
    },
    "disclosed": {
        "fr": {"card": "carte bancaire", "bank": "coordonnées bancaires",
               "credentials": "identifiant ou mot de passe",
               "nir": "numéro de sécurité sociale", "identity": "identité",
               "address": "adresse postale", "phone": "numéro de téléphone",
               "email": "adresse électronique", "health": "informations de santé",
               "other": "autre"},
        "en": {"card": "card details", "bank": "bank details",
               "credentials": "login or password", "nir": "social security number",
               "identity": "identity details", "address": "postal address",
               "phone": "phone number", "email": "email address",
               "health": "health information", "other": "something else"},
    },
    "report": {
        "fr": {"33700": "33700 (SMS et appels)", "signal_spam": "Signal Spam",
               "phishing_initiative": "Phishing Initiative",
               "perceval": "Perceval (fraude à la carte)",
               "police_thesee": "Police ou gendarmerie (THESEE)", "bank": "Banque",
               "ameli_insurer": "Assurance Maladie ou complémentaire santé"},
        "en": {"33700": "33700 (SMS and calls)", "signal_spam": "Signal Spam",
               "phishing_initiative": "Phishing Initiative",
               "perceval": "Perceval (card fraud)",
               "police_thesee": "Police or gendarmerie (THESEE)", "bank": "Bank",
               "ameli_insurer": "Assurance Maladie or health insurer"},
    },
    "risk": {
        "fr": {"high": "élevé", "medium": "moyen", "low": "faible"},
        "en": {"high": "high", "medium": "medium", "low": "low"},
    },
}


def language(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "fr"


def text(key: str, lang: str) -> str:
    return _TEXT[language(lang)][key]


def code_label(kind: str, code: str, lang: str) -> str:
    """The words for a stable code (``kind``: channel, reaction, disclosed, report, risk);
    an unknown code is shown as it is."""
    return _CODES[kind][language(lang)].get(code, code)


def flag_label(code: str, lang: str) -> str:
    """A warning sign's title, as the window shows it."""
    try:
        from vigilance_app.analysis.flags import explanations

        return explanations(language(lang))[code][0]
    except (KeyError, OSError, ValueError):
        return code


def label_keys() -> dict[str, set[str]]:
    """Every heading key per language (the tests check both languages have the same)."""
    return {lang: set(table) for lang, table in _TEXT.items()}


def code_tables() -> dict[str, dict[str, dict[str, str]]]:
    return _CODES
