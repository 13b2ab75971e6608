"""Demo accounts for ``vigilance --demo``: five accounts of the first profile with a history.

On the day the demo opens: the bank is upcoming, ameli and the mutuelle are under heightened
vigilance after the Viamedis/Almerys breach notice (ameli reviewed two days ago and due again
within the week, the mutuelle due today), the mailbox is overdue, the tax account upcoming, and
ameli's history holds one "unusual" review.

The breach notice itself is recorded by the guidance capability; until that source is wired
into ``sources.DEFAULT_SOURCES``, the demo stands for it with a period of the person's own
choice whose note names the breach.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.schedule import Rhythm, local_timezone

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

BREACH_NOTE = "Courrier de la mutuelle : fuite de données Viamedis/Almerys"


def add_demo_reviews(store: Store, profile_id: int, now: datetime | None = None,
                     tz: tzinfo | None = None) -> None:
    """Accounts, reviews and a heightened period for ``profile_id``, relative to ``now``."""
    now = now or datetime.now(UTC)
    tz = tz or local_timezone()
    today = now.astimezone(tz).date()

    def ago(days: int, hour: int = 10) -> datetime:
        local = datetime.combine(today - timedelta(days=days), datetime.min.time(), tz)
        return local.replace(hour=hour)

    bank = api.add_account(store, profile_id, "bank", "Compte courant", now=ago(60),
                           institution="La Banque Postale",
                           official_url="https://www.labanquepostale.fr")
    ameli = api.add_account(store, profile_id, "ameli", "Mon compte ameli", now=ago(90),
                            institution="Assurance Maladie", official_url="https://www.ameli.fr")
    mutuelle = api.add_account(store, profile_id, "insurer", "Mutuelle santé", now=ago(90),
                               institution="Mutuelle (tiers payant Viamedis)")
    email = api.add_account(store, profile_id, "email", "Messagerie", now=ago(120),
                            institution="Orange")
    tax = api.add_account(store, profile_id, "tax", "Espace impots.gouv", now=ago(100),
                          institution="Direction générale des Finances publiques",
                          official_url="https://www.impots.gouv.fr",
                          rhythm=Rhythm(3, "month"))

    for days in (19, 12, 5):
        api.record_review(store, bank.id, "normal", "", ago(days, 19))
    api.record_review(store, ameli.id, "normal", "", ago(70))
    api.record_review(
        store, ameli.id, "unusual",
        "Un remboursement de séance de kiné que je n'ai pas faite. Signalé à ma CPAM, "
        "qui a corrigé.", ago(40, 18))
    api.record_review(store, ameli.id, "normal", "", ago(2, 9))
    api.record_review(store, mutuelle.id, "normal", "", ago(37))
    api.record_review(store, mutuelle.id, "normal", "", ago(7, 11))
    api.record_review(store, email.id, "normal", "", ago(50))
    api.record_review(store, tax.id, "normal", "", ago(30))
    since = today - timedelta(days=10)
    api.start_heightened(store, profile_id, since, since + timedelta(weeks=8),
                         ["ameli", "insurer"], BREACH_NOTE)
