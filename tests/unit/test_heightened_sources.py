"""Heightened vigilance across capabilities: a breach notice (guidance) and a risky reaction
(journal) tighten the account reviews through the reviews' default sources, on a real store."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from vigilance_app.guidance.breach import record_breach_notice
from vigilance_app.heightened import BREACH_NOTICE, RISKY_REACTION
from vigilance_app.journal.repository import EntryDraft, Journal
from vigilance_app.paths import DataPaths
from vigilance_app.reviews import accounts as api
from vigilance_app.reviews.schedule import Rhythm
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import create_store

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 10, 2, 9, 0, tzinfo=UTC)
TODAY = date(2026, 10, 2)


def make(paths: DataPaths):
    store = create_store(paths, bytes(32))
    me = store.add_profile("Moi", Relationship.SELF).id
    monthly = Rhythm(1, "month")
    for kind, name in (("bank", "Compte courant"), ("ameli", "ameli"),
                       ("online_shop", "Boutique")):
        api.add_account(store, me, kind, name, now=NOW - timedelta(days=3), rhythm=monthly)
    return store, me


def states(store, profile_id: int, today: date) -> dict[str, api.DueInfo]:
    return {info.account.kind: info for info in api.list_due(store, profile_id, today, PARIS)}


def test_a_breach_notice_tightens_the_accounts_it_concerns_for_eight_weeks(
        paths: DataPaths) -> None:
    store, me = make(paths)
    try:
        assert all(i.heightened_until is None for i in states(store, me, TODAY).values())
        record_breach_notice(store, me, "Ma mutuelle", TODAY, "Viamedis/Almerys",
                             ("nir", "insurer"), NOW)
        infos = states(store, me, TODAY)
        for kind in ("bank", "ameli"):
            assert infos[kind].heightened_until == TODAY + timedelta(weeks=8)
            assert infos[kind].heightened_reasons[0].reason == BREACH_NOTICE
        assert infos["online_shop"].heightened_until is None
        # Back to the normal rhythm by itself once the period is over.
        later = states(store, me, TODAY + timedelta(weeks=8))
        assert later["ameli"].heightened_until is None
    finally:
        store.close()


def test_a_risky_reaction_in_the_journal_tightens_the_bank_account(paths: DataPaths) -> None:
    store, me = make(paths)
    try:
        entry = Journal(store).add(me, EntryDraft(
            received_at=NOW, channel="phone_call", senders=["01 23 45 67 89"],
            summary="Faux conseiller bancaire", reactions=["gave_card_details"]), NOW)
        infos = states(store, me, TODAY)
        assert infos["bank"].heightened_until == TODAY + timedelta(days=56)
        reason = infos["bank"].heightened_reasons[0]
        assert reason.reason == RISKY_REACTION and reason.source_ref == f"journal_entry:{entry}"
        assert infos["online_shop"].heightened_until is None
        # Never reviewed since the contact: the bank is to be checked from that day on.
        assert infos["bank"].state == "due" and infos["online_shop"].state == "upcoming"
        assert api.due_summary(store, me, TODAY, PARIS).due == 1
    finally:
        store.close()
