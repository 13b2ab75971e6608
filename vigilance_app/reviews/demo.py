"""Demo accounts for ``vigilance --demo``: five accounts of the first profile with a history.

On the day the demo opens: the bank is upcoming, ameli and the mutuelle are under heightened
vigilance after the Viamedis/Almerys breach notice (ameli reviewed two days ago and due again
within the week, the mutuelle due today), the mailbox is overdue, the tax account upcoming, and
ameli's history holds one "unusual" review.

The breach notice itself is recorded by the guidance demo (``guidance/demo.py``); the reviews
read it through ``sources.DEFAULT_SOURCES`` like any real notice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.content import default_rhythm
from vigilance_app.reviews.schedule import Rhythm, as_utc, local_timezone

if TYPE_CHECKING:
    from vigilance_app.store.store import Store


def add_demo_reviews(store: Store, profile_id: int, now: datetime | None = None,
                     tz: tzinfo | None = None) -> None:
    """Accounts and their reviews for ``profile_id``, relative to ``now``."""
    now = now or datetime.now(UTC)
    tz = tz or local_timezone()
    today = now.astimezone(tz).date()

    def ago(days: int, hour: int = 10) -> datetime:
        local = datetime.combine(today - timedelta(days=days), datetime.min.time(), tz)
        return local.replace(hour=hour)

    from vigilance_app.reviews.models import Account, AccountReview

    accounts = {
        "bank": ("Compte courant", "La Banque Postale", "https://www.labanquepostale.fr", 60),
        "ameli": ("Mon compte ameli", "Assurance Maladie", "https://www.ameli.fr", 90),
        "insurer": ("Mutuelle santé", "Mutuelle (tiers payant Viamedis)", None, 90),
        "email": ("Messagerie", "Orange", None, 120),
        "tax": ("Espace impots.gouv", "Direction générale des Finances publiques",
                "https://www.impots.gouv.fr", 100),
    }
    reviews = {  # kind: (days ago, hour, result, note)
        "bank": [(19, 19, "normal", ""), (12, 19, "normal", ""), (5, 19, "normal", "")],
        "ameli": [(70, 10, "normal", ""),
                  (40, 18, "unusual", "Un remboursement de séance de kiné que je n'ai pas "
                                      "faite. Signalé à ma CPAM, qui a corrigé."),
                  (2, 9, "normal", "")],
        "insurer": [(37, 10, "normal", ""), (7, 11, "normal", "")],
        "email": [(50, 10, "normal", "")],
        "tax": [(30, 10, "normal", "")],
    }
    # One transaction (one disk sync) rather than one per record: the demo opens faster.
    with store.sessions.begin() as session:
        for kind, (name, institution, url, created_days) in accounts.items():
            rhythm = Rhythm(3, "month") if kind == "tax" else default_rhythm(kind)
            account = Account(profile_id=profile_id, kind=kind, name=api.validate_name(name),
                              institution=institution,
                              official_url=api.validate_official_url(url),
                              rhythm_count=rhythm.count, rhythm_unit=rhythm.unit,
                              created_at=as_utc(ago(created_days)), archived=False)
            session.add(account)
            session.flush()
            for days, hour, result, note in reviews[kind]:
                session.add(AccountReview(account_id=account.id,
                                          reviewed_at=as_utc(ago(days, hour)), result=result,
                                          note=api.clean_note(note)))
