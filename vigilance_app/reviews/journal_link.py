"""An account review that found something unusual becomes a journal entry: the evidence the
person will need for the bank or the insurer sits with the other suspicious contacts.

The reviews capability depends on the journal, not the other way round. No Qt: the caller
gives the summary in the interface language.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vigilance_app.reviews.accounts import AccountInfo
    from vigilance_app.store.store import Store

TAG = "account-review"


def record_anomaly(store: Store, account: AccountInfo, note: str, summary: str,
                   now: datetime) -> int:
    """A new journal entry in the account's profile for what the review found; its id.

    The note is the one kept with the review (already masked); the journal masks again, so a
    number typed here never reaches the disk whatever the caller did."""
    from vigilance_app.journal.repository import EntryDraft, Journal

    senders = [account.official_url] if account.official_url else []
    draft = EntryDraft(received_at=now, channel="website", senders=senders,
                       claimed_org_text=account.institution or account.name,
                       summary=summary, body=note, tags=[TAG])
    return Journal(store).add(account.profile_id, draft, now)
