"""Sample data for ``vigilance --demo``: realistic, French, and only what the app has today.

Plain Python (no Qt), so scripts and tests can build a demo store too.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

from vigilance_app.paths import DataPaths
from vigilance_app.setup_store import CreatedStore, create_new_store
from vigilance_app.store.models import Relationship
from vigilance_app.vault import CustodyMode, Vault
from vigilance_app.vault.kdf import KdfParams

SELF_PROFILE = "Moi"
RELATIVE_PROFILE = "Maman (Jeannine)"


def throwaway_kdf() -> KdfParams:
    """Cheap key derivation for the temporary demo store only.

    That store lives in a temporary folder deleted on exit, holds sample data only, and its
    password is random and never shown: a one-second derivation would protect nothing.
    """
    return KdfParams(iterations=1, memory_kib=16 * 1024, lanes=1)


def random_password() -> str:
    return secrets.token_urlsafe(24)


def create_demo_store(paths: DataPaths, vault: Vault, password: str,
                      now: datetime | None = None) -> CreatedStore:
    """A new store in password mode with two profiles, the user and a parent they help, with
    a few months of journal, a breach notice and its checklist, a card plan in progress linked
    to the parent's risky journal entry, and the user's accounts to review."""
    from vigilance_app.guidance.demo import add_demo_guidance
    from vigilance_app.journal.demo import add_demo_journal
    from vigilance_app.reviews.demo import add_demo_reviews

    now = now or datetime.now(UTC)
    created = create_new_store(paths, vault, CustodyMode.PASSWORD,
                               profile_name=SELF_PROFILE, relationship=Relationship.SELF,
                               password=password)
    created.store.add_profile(RELATIVE_PROFILE, Relationship.RELATIVE)
    journal = add_demo_journal(created.store, now)
    add_demo_guidance(created.store, journal.self_profile_id, now,
                      journal_entry_id=journal.risky_entry_id,
                      card_profile_id=journal.relative_profile_id)
    add_demo_reviews(created.store, journal.self_profile_id, now)
    return created
