"""Demo data for the reviews: several accounts, one overdue, one under heightened vigilance,
a history with an unusual review."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from tests.fakes import fast_kdf
from vigilance_app import demo
from vigilance_app.guidance.breach import record_breach_notice
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.demo import add_demo_reviews
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import create_store
from vigilance_app.vault import Vault

PARIS = ZoneInfo("Europe/Paris")
BREACH = "Viamedis/Almerys, février 2024"


def test_demo_accounts_on_a_fixed_day(paths: DataPaths) -> None:
    store = create_store(paths, bytes(32))
    profile = store.add_profile("Moi", Relationship.SELF).id
    now = datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # the morning of a DST change
    add_demo_reviews(store, profile, now, PARIS)
    # The breach notice comes from the guidance capability, read through the default sources.
    record_breach_notice(store, profile, "Ma mutuelle", date(2026, 3, 19), BREACH,
                         ("civil_status", "nir", "insurer"), now)
    today = date(2026, 3, 29)
    infos = {d.account.kind: d for d in api.list_due(store, profile, today, PARIS)}
    assert set(infos) == {"bank", "ameli", "insurer", "email", "tax"}
    assert {k: d.state for k, d in infos.items()} == {
        "bank": "upcoming", "ameli": "upcoming", "insurer": "due", "email": "overdue",
        "tax": "upcoming"}
    for kind in ("ameli", "insurer"):
        assert infos[kind].heightened_until == date(2026, 5, 14)
        assert infos[kind].heightened_reasons[0].detail == BREACH
    assert infos["ameli"].next_due == date(2026, 4, 3)  # weekly, not monthly
    assert infos["tax"].heightened_until is None
    results = [r.result for r in api.history(store, infos["ameli"].account.id)]
    assert results == ["normal", "unusual", "normal"]
    summary = api.due_summary(store, profile, today, PARIS)
    assert (summary.due, summary.overdue, summary.next_date) == (1, 1, date(2026, 3, 31))
    store.close()


def test_demo_store_has_the_accounts_on_the_first_profile(paths: DataPaths) -> None:
    created = demo.create_demo_store(paths, Vault(paths, kdf_params=fast_kdf), "mot de passe démo")
    me, mum = created.store.profiles()
    assert len(api.list_accounts(created.store, me.id)) == 5
    assert api.list_accounts(created.store, mum.id) == []
    today = datetime.now(UTC).astimezone(PARIS).date()
    states = [d.state for d in api.list_due(created.store, me.id, today, PARIS)]
    assert "overdue" in states
    created.store.close()
