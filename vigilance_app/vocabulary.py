"""The shared vocabulary: stable codes stored in the database and used by every
domain (journal, reviews, guidance, analysis). Plain Python, no Qt, nothing imported.

Display texts for these codes live with the code that shows them (Qt translations) or in
``resources/`` per language; only the codes and their relations live here.
"""

from __future__ import annotations

CHANNELS: tuple[str, ...] = (
    "email", "sms", "phone_call", "voicemail", "letter", "website", "messaging", "in_person",
)

REACTIONS: tuple[str, ...] = (
    "ignored", "replied", "clicked_link", "called_back", "gave_personal_info",
    "gave_credentials", "gave_card_details", "gave_bank_details", "gave_nir", "paid",
    "installed_remote_access",
)

SITUATIONS: tuple[str, ...] = (
    "breach_notice", "suspicious_email", "suspicious_sms", "suspicious_call", "clicked_link",
    "gave_credentials", "gave_card_details", "gave_bank_details", "gave_nir", "paid_scammer",
    "remote_access_installed", "unknown_transaction", "identity_theft_suspected",
)

RISK_LEVELS: tuple[str, ...] = ("low", "medium", "high")

# What the person did → the plan to follow. Reactions that expose nothing lead to the plan
# for the channel the contact came through (see ``situation_for``).
REACTION_SITUATION: dict[str, str | None] = {
    "ignored": None,
    "replied": None,
    "clicked_link": "clicked_link",
    "called_back": None,
    "gave_personal_info": "identity_theft_suspected",
    "gave_credentials": "gave_credentials",
    "gave_card_details": "gave_card_details",
    "gave_bank_details": "gave_bank_details",
    "gave_nir": "gave_nir",
    "paid": "paid_scammer",
    "installed_remote_access": "remote_access_installed",
}

# Reactions after which something must be done now (a plan is offered at once, and account
# reviews tighten: heightened vigilance).
RISKY_REACTIONS: frozenset[str] = frozenset(
    code for code, situation in REACTION_SITUATION.items() if situation is not None)

CHANNEL_SITUATION: dict[str, str] = {
    "email": "suspicious_email",
    "sms": "suspicious_sms",
    "messaging": "suspicious_sms",
    "phone_call": "suspicious_call",
    "voicemail": "suspicious_call",
}

# The order of urgency when several reactions are recorded for one contact.
_SITUATION_URGENCY: tuple[str, ...] = (
    "gave_card_details", "gave_bank_details", "paid_scammer", "remote_access_installed",
    "gave_credentials", "gave_nir", "clicked_link", "identity_theft_suspected",
)


def situation_for(reactions: list[str] | tuple[str, ...] | frozenset[str],
                  channel: str | None = None) -> str | None:
    """The plan to offer for a contact: the most urgent risky reaction's, else the channel's."""
    situations = {REACTION_SITUATION.get(code) for code in reactions} - {None}
    for situation in _SITUATION_URGENCY:
        if situation in situations:
            return situation
    return CHANNEL_SITUATION.get(channel or "")
