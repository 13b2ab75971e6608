"""What parsing produces and what the red-flag rules read: plain, immutable data.

Everything here may come from a criminal: treat every string as hostile (show it as plain
text, never render it, never open a link or an attachment).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

CHANNELS = ("email", "sms", "phone_call", "voicemail", "letter", "website", "messaging",
            "in_person")


@dataclass(frozen=True)
class Link:
    """A link as the person saw it (``text``) and where it really goes (``target``)."""

    target: str
    text: str = ""  # visible text of an HTML link; empty for a bare URL in plain text


@dataclass(frozen=True)
class Attachment:
    """Described, never saved: the bytes stay in memory and are never written or opened."""

    filename: str | None
    declared_type: str  # the Content-Type the sender claims
    sniffed_type: str | None  # what the first bytes say (e.g. "application/x-msdownload")
    size: int
    dangerous: bool
    reasons: tuple[str, ...] = ()  # e.g. ("double_extension", "executable")


@dataclass(frozen=True)
class ParsedMessage:
    """One message, whatever its channel, ready for the red-flag rules."""

    channel: str
    sender_name: str | None = None  # display name, or an SMS alphanumeric sender
    sender_address: str | None = None  # an email address, or a phone number as written
    reply_to: tuple[str, ...] = ()
    return_path: str | None = None
    date: datetime | None = None
    subject: str = ""
    text: str = ""  # plain text (HTML turned into text, never rendered)
    links: tuple[Link, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    has_html_form: bool = False
    size: int = 0  # bytes of the original input
    warnings: tuple[str, ...] = field(default=())  # limits hit while parsing (parts capped…)
    # Failed sender checks in the topmost Authentication-Results header of an email, as
    # "spf=fail", "dkim=fail", "dmarc=fail": the receiving server found the sender forged.
    auth_failures: tuple[str, ...] = ()
