"""Breach notices: recording one starts the checklist and tightens account reviews for eight
weeks, for the accounts that what leaked puts at risk."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from vigilance_app.guidance.breach import (
    EXPOSED,
    account_kinds_for,
    breach_heightened_reasons,
    breach_notices,
    record_breach_notice,
)
from vigilance_app.guidance.progress import GuidanceError, run_state, runs_in_progress
from vigilance_app.heightened import BREACH_NOTICE, HeightenedSource
from vigilance_app.paths import DataPaths
from vigilance_app.store.models import Relationship
from vigilance_app.store.store import Store, create_store

KEY = bytes(range(32))
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
RECEIVED = date(2026, 11, 12)
HEALTH_KINDS = frozenset({"ameli", "insurer", "bank", "email"})


@pytest.fixture
def store(paths: DataPaths) -> Store:
    store = create_store(paths, KEY)
    store.add_profile("Jeannine", Relationship.RELATIVE)
    store.add_profile("Moi", Relationship.SELF)
    yield store
    store.close()


def ids(store: Store) -> tuple[int, int]:
    first, second = store.profiles()
    return first.id, second.id


def test_a_notice_starts_the_breach_checklist(store: Store) -> None:
    jeannine, me = ids(store)
    notice_id, run_id = record_breach_notice(
        store, jeannine, "Ma mutuelle", RECEIVED, "Viamedis/Almerys, février 2024",
        ["nir", "civil_status", "insurer"], NOW)
    state = run_state(store, run_id)
    assert state.run.situation == "breach_notice"
    assert state.run.profile_id == jeannine
    assert state.run.started_at == NOW
    assert [run.id for run in runs_in_progress(store, jeannine)] == [run_id]
    assert runs_in_progress(store, me) == []

    (notice,) = breach_notices(store, jeannine)
    assert notice.id == notice_id
    assert notice.organisation == "Ma mutuelle"
    assert notice.received_on == RECEIVED
    assert notice.breach == "Viamedis/Almerys, février 2024"
    assert notice.exposed == ("civil_status", "nir", "insurer")  # stored in a stable order
    assert notice.created_at == NOW
    assert breach_notices(store, me) == []


def test_heightened_reason_dates_and_accounts(store: Store) -> None:
    jeannine, _ = ids(store)
    notice_id, _run = record_breach_notice(
        store, jeannine, "Ma mutuelle", RECEIVED, "Viamedis/Almerys, février 2024",
        ["nir", "insurer"], NOW)
    (reason,) = breach_heightened_reasons(store, jeannine, NOW.date())
    assert reason.reason == BREACH_NOTICE
    assert reason.since == RECEIVED
    assert reason.until == RECEIVED + timedelta(weeks=8) == date(2027, 1, 7)
    assert reason.account_kinds == HEALTH_KINDS
    assert reason.detail == "Viamedis/Almerys, février 2024"
    assert reason.source_ref == f"breach_notice:{notice_id}"
    assert reason.active_on(NOW.date())
    assert reason.active_on(date(2027, 1, 6))
    assert not reason.active_on(date(2027, 1, 7))
    assert not reason.active_on(RECEIVED - timedelta(days=1))
    assert reason.concerns("ameli") and not reason.concerns("tax")


def test_it_is_a_heightened_source(store: Store) -> None:
    source: HeightenedSource = breach_heightened_reasons
    jeannine, me = ids(store)
    record_breach_notice(store, jeannine, "Banque", RECEIVED, "", ["bank"], NOW)
    record_breach_notice(store, jeannine, "Site", RECEIVED - timedelta(days=1), "Fuite",
                         ["other"], NOW)
    reasons = source(store, jeannine, NOW.date())
    assert [r.account_kinds for r in reasons] == [frozenset({"bank"}), None]
    assert reasons[0].detail == "Banque"  # no breach text: the organisation is the detail
    assert source(store, me, NOW.date()) == []


@pytest.mark.parametrize(("exposed", "kinds"), [
    (["nir"], HEALTH_KINDS),
    (["health"], HEALTH_KINDS),
    (["bank"], frozenset({"bank"})),
    (["bank", "contact"], frozenset({"bank", "email", "phone_operator"})),
    (["nir", "other"], None),
    ([], None),
])
def test_accounts_by_what_leaked(exposed: list[str], kinds: frozenset[str] | None) -> None:
    assert account_kinds_for(exposed) == kinds


def test_every_exposed_code_is_understood() -> None:
    for code in EXPOSED:
        kinds = account_kinds_for([code])
        assert kinds is None if code == "other" else kinds


def test_refusals(store: Store) -> None:
    jeannine, _ = ids(store)
    with pytest.raises(GuidanceError):
        record_breach_notice(store, jeannine, "   ", RECEIVED, "", ["nir"], NOW)
    with pytest.raises(GuidanceError):
        record_breach_notice(store, jeannine, "x" * 500, RECEIVED, "", ["nir"], NOW)
    with pytest.raises(GuidanceError):
        record_breach_notice(store, jeannine, "Mutuelle", NOW.date() + timedelta(days=5), "",
                             ["nir"], NOW)
    with pytest.raises(GuidanceError):
        record_breach_notice(store, jeannine, "Mutuelle", RECEIVED, "", ["password"], NOW)
    with pytest.raises(ValueError):
        record_breach_notice(store, jeannine, "Mutuelle", RECEIVED, "", ["nir"],
                             NOW.replace(tzinfo=None))
    assert breach_notices(store, jeannine) == []
    assert runs_in_progress(store, jeannine) == []


def test_hostile_text_is_flattened_and_numbers_masked(store: Store) -> None:
    jeannine, _ = ids(store)
    record_breach_notice(store, jeannine, "Mutuelle\n\x1b[31m<b>X</b>", RECEIVED,
                         "carte 4111 1111 1111 1111", ["bank"], NOW)
    (notice,) = breach_notices(store, jeannine)
    assert "\n" not in notice.organisation and "\x1b" not in notice.organisation
    assert notice.organisation.startswith("Mutuelle")
    assert "4111 1111 1111 1111" not in notice.breach
    assert notice.breach.endswith("1111")
