"""The review schedule as pure functions: property-based over dates, plus the awkward days
(month ends, 29 February, daylight-saving changes in Europe/Paris), heightened vigilance,
snooze and catch-up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vigilance_app.heightened import BREACH_NOTICE, RISKY_REACTION, USER_CHOICE, HeightenedReason
from vigilance_app.reviews.schedule import (
    GRACE_DAYS,
    Rhythm,
    add_months,
    local_date,
    missed_occurrences,
    next_due,
    reminder_active,
    schedule_on,
    snooze_until,
    state_on,
)

PARIS = ZoneInfo("Europe/Paris")
ZONES = [PARIS, ZoneInfo("UTC"), ZoneInfo("America/New_York"), ZoneInfo("Pacific/Auckland"),
         ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Pago_Pago")]

rhythms = st.one_of(
    st.builds(Rhythm, st.integers(1, 366), st.just("day")),
    st.builds(Rhythm, st.integers(1, 52), st.just("week")),
    st.builds(Rhythm, st.integers(1, 24), st.just("month")),
)
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31),
                       timezones=st.just(UTC))
zones = st.sampled_from(ZONES)


def max_length(rhythm: Rhythm) -> int:
    """The longest a rhythm can be in days."""
    return {"day": 1, "week": 7, "month": 31}[rhythm.unit] * rhythm.count


# ---- properties ----------------------------------------------------------------------------


@given(moments, moments, rhythms, zones)
def test_next_due_is_after_the_last_review_and_at_most_one_rhythm_later(
        last: datetime, created: datetime, rhythm: Rhythm, tz: ZoneInfo) -> None:
    due = next_due(last, created, rhythm, tz)
    reviewed_on = local_date(last, tz)
    assert reviewed_on < due
    assert (due - reviewed_on).days <= max_length(rhythm)
    if rhythm.unit != "month":
        assert (due - reviewed_on).days == max_length(rhythm)
    else:  # month arithmetic: same day of month, or the month's last day when shorter
        months = (due.year - reviewed_on.year) * 12 + due.month - reviewed_on.month
        assert months == rhythm.count
        assert due.day == reviewed_on.day or (due.day < reviewed_on.day
                                              and (due + timedelta(days=1)).day == 1)


@given(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=800)), rhythms,
       zones)
def test_next_due_is_monotone_in_the_last_review(last: datetime, gap: timedelta, rhythm: Rhythm,
                                                 tz: ZoneInfo) -> None:
    created = datetime(1980, 1, 1, tzinfo=UTC)
    assert next_due(last, created, rhythm, tz) <= next_due(last + gap, created, rhythm, tz)


@given(moments, rhythms, zones)
def test_a_never_reviewed_account_counts_from_its_creation(created: datetime, rhythm: Rhythm,
                                                           tz: ZoneInfo) -> None:
    assert next_due(None, created, rhythm, tz) == rhythm.after(local_date(created, tz))


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
       st.integers(-40, 400))
def test_state_follows_the_due_date_and_the_grace(due: date, offset: int) -> None:
    state = state_on(due, due + timedelta(days=offset))
    expected = "upcoming" if offset < 0 else "due" if offset <= GRACE_DAYS else "overdue"
    assert state == expected


@given(moments, rhythms, zones, st.lists(st.tuples(st.integers(-400, 400), st.integers(1, 366),
                                                    st.booleans()), max_size=4),
       st.integers(0, 400))
def test_heightened_vigilance_never_loosens_and_caps_at_one_week(
        last: datetime, rhythm: Rhythm, tz: ZoneInfo, spans: list[tuple[int, int, bool]],
        offset: int) -> None:
    reviewed_on = local_date(last, tz)
    today = reviewed_on + timedelta(days=offset)
    reasons = [HeightenedReason(USER_CHOICE, reviewed_on + timedelta(days=start),
                                reviewed_on + timedelta(days=start + length),
                                None if all_kinds else frozenset({"bank"}))
               for start, length, all_kinds in spans]
    plan = schedule_on(today, last, last, rhythm, "email", reasons, tz)
    normal = next_due(last, last, rhythm, tz)
    assert plan.normal_due == normal
    assert plan.next_due <= normal
    concerned = [r for r in reasons if r.active_on(today) and r.account_kinds is None]
    if concerned:
        assert plan.heightened_until == max(r.until for r in concerned)
        # At most a week after the last review, or on the day the period began when that is
        # later (a period that starts after a review begins with a review).
        started = min(r.since for r in concerned)
        assert plan.next_due <= max(reviewed_on + timedelta(weeks=1), started)
        assert plan.next_due >= min(reviewed_on + timedelta(days=1),
                                    started)
    else:
        assert plan.next_due == normal
        assert plan.heightened_until is None and plan.heightened_reasons == ()


# ---- month ends and leap days --------------------------------------------------------------


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 8, 31), 6, date(2027, 2, 28)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2028, 2, 29), 12, date(2029, 2, 28)),
    (date(2028, 2, 29), 1, date(2028, 3, 29)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
    (date(2026, 1, 1), 24, date(2028, 1, 1)),
])
def test_add_months_clamps_to_the_end_of_the_month(start: date, months: int,
                                                   expected: date) -> None:
    assert add_months(start, months) == expected


def test_monthly_schedule_does_not_drift_after_a_short_month() -> None:
    """Each review restarts the count: a review on 28 Feb is next due on 28 March."""
    monthly = Rhythm(1, "month")
    assert next_due(datetime(2026, 1, 31, 12, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC),
                    monthly, PARIS) == date(2026, 2, 28)
    assert next_due(datetime(2026, 2, 28, 12, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC),
                    monthly, PARIS) == date(2026, 3, 28)


def test_weekly_across_29_february() -> None:
    assert Rhythm(1, "week").after(date(2028, 2, 25)) == date(2028, 3, 3)
    assert Rhythm(4, "day").after(date(2028, 2, 27)) == date(2028, 3, 2)
    assert Rhythm(4, "day").after(date(2027, 2, 27)) == date(2027, 3, 3)


# ---- daylight saving (Europe/Paris: 29 March 2026 02:00 -> 03:00, 25 October 03:00 -> 02:00)


@pytest.mark.parametrize(("utc_moment", "expected_local_day", "expected_due"), [
    # 23:30 UTC on 28 March is 00:30 on the 29th in Paris (still winter time, UTC+1).
    (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), date(2026, 3, 29), date(2026, 4, 5)),
    # 22:30 UTC on 28 March is 23:30 the same day in Paris.
    (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), date(2026, 3, 28), date(2026, 4, 4)),
    # 22:30 UTC on 29 March is 00:30 on the 30th (summer time, UTC+2): the day after the change.
    (datetime(2026, 3, 29, 22, 30, tzinfo=UTC), date(2026, 3, 30), date(2026, 4, 6)),
    # Autumn: 22:30 UTC on 24 October is 00:30 on the 25th (UTC+2), 23:30 UTC on the 25th is
    # 00:30 on the 26th (UTC+1 again).
    (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), date(2026, 10, 25), date(2026, 11, 1)),
    (datetime(2026, 10, 25, 23, 30, tzinfo=UTC), date(2026, 10, 26), date(2026, 11, 2)),
])
def test_daylight_saving_never_shifts_a_day(utc_moment: datetime, expected_local_day: date,
                                             expected_due: date) -> None:
    assert local_date(utc_moment, PARIS) == expected_local_day
    assert next_due(utc_moment, utc_moment, Rhythm(1, "week"), PARIS) == expected_due


def test_a_week_across_the_change_is_seven_calendar_days() -> None:
    """A review at 09:00 local the Saturday before each change is due the next Saturday,
    whatever the clocks did in between (a 24-hour timedelta sum would say 08:00 or 10:00)."""
    for saturday in (date(2026, 3, 28), date(2026, 10, 24)):
        review = datetime.combine(saturday, datetime.min.time(), PARIS).replace(hour=9)
        assert next_due(review, review, Rhythm(1, "week"), PARIS) == saturday + timedelta(days=7)
        assert next_due(review, review, Rhythm(1, "day"), PARIS) == saturday + timedelta(days=1)


def test_naive_timestamps_are_utc() -> None:
    assert local_date(datetime(2026, 6, 30, 22, 30), PARIS) == date(2026, 7, 1)


# ---- states, snooze, catch-up --------------------------------------------------------------


def test_states_around_the_due_date() -> None:
    due = date(2026, 3, 10)
    assert state_on(due, date(2026, 3, 9)) == "upcoming"
    assert state_on(due, due) == "due"
    assert state_on(due, date(2026, 3, 12)) == "due"
    assert state_on(due, date(2026, 3, 13)) == "overdue"


def test_snooze_choices() -> None:
    today = date(2026, 12, 30)
    assert snooze_until("tomorrow", today) == date(2026, 12, 31)
    assert snooze_until("three_days", today) == date(2027, 1, 2)
    assert snooze_until("next_week", today) == date(2027, 1, 6)
    with pytest.raises(ValueError):
        snooze_until("never", today)


def test_reminder_is_quiet_while_snoozed_and_never_for_upcoming() -> None:
    today = date(2026, 3, 10)
    assert reminder_active("due", None, today)
    assert not reminder_active("overdue", date(2026, 3, 11), today)
    assert reminder_active("overdue", today, today)
    assert not reminder_active("upcoming", None, today)


def test_catch_up_counts_missed_occurrences_but_one_review_clears_them() -> None:
    weekly = Rhythm(1, "week")
    created = datetime(2026, 1, 1, 8, tzinfo=UTC)
    due = next_due(None, created, weekly, PARIS)
    assert due == date(2026, 1, 8)
    today = date(2026, 3, 2)
    assert missed_occurrences(due, today, weekly) == 8  # 8 Jan ... 26 Feb
    assert missed_occurrences(due, date(2026, 1, 7), weekly) == 0
    assert missed_occurrences(date(2026, 1, 31), date(2026, 3, 31), Rhythm(1, "month")) == 3
    after = next_due(datetime(2026, 3, 2, 10, tzinfo=UTC), created, weekly, PARIS)
    assert after == date(2026, 3, 9)
    assert state_on(after, today) == "upcoming"


# ---- heightened vigilance ------------------------------------------------------------------


def reason(since: date, until: date, kinds: frozenset[str] | None = None,
           code: str = BREACH_NOTICE) -> HeightenedReason:
    return HeightenedReason(code, since, until, kinds, "Viamedis", "breach_notice:1")


def test_heightened_start_tightens_to_weekly_and_expires() -> None:
    monthly = Rhythm(1, "month")
    last = datetime(2026, 2, 1, 9, tzinfo=UTC)
    breach = reason(date(2026, 2, 10), date(2026, 4, 7), frozenset({"ameli", "insurer"}))
    # Before the notice: monthly.
    plan = schedule_on(date(2026, 2, 9), last, last, monthly, "ameli", [breach], PARIS)
    assert (plan.next_due, plan.heightened_until) == (date(2026, 3, 1), None)
    # From the notice on: the last review predates it, so a review is due that very day.
    plan = schedule_on(date(2026, 2, 10), last, last, monthly, "ameli", [breach], PARIS)
    assert (plan.next_due, plan.state, plan.heightened_until) == \
        (date(2026, 2, 10), "due", date(2026, 4, 7))
    assert plan.heightened_reasons == (breach,)
    # A review inside the period: weekly.
    inside = datetime(2026, 2, 11, 9, tzinfo=UTC)
    plan = schedule_on(date(2026, 2, 12), inside, last, monthly, "ameli", [breach], PARIS)
    assert plan.next_due == date(2026, 2, 18)
    # Another kind is not concerned.
    plan = schedule_on(date(2026, 2, 12), last, last, monthly, "bank", [breach], PARIS)
    assert (plan.next_due, plan.heightened_until) == (date(2026, 3, 1), None)
    # Expiry: on ``until`` the rhythm is monthly again, counted from the last review.
    last_inside = datetime(2026, 4, 3, 9, tzinfo=UTC)
    plan = schedule_on(date(2026, 4, 6), last_inside, last, monthly, "ameli", [breach], PARIS)
    assert plan.next_due == date(2026, 4, 10)
    plan = schedule_on(date(2026, 4, 7), last_inside, last, monthly, "ameli", [breach], PARIS)
    assert (plan.next_due, plan.heightened_until, plan.state) == \
        (date(2026, 5, 3), None, "upcoming")


def test_heightened_keeps_a_tighter_normal_rhythm() -> None:
    every_3_days = Rhythm(3, "day")
    last = datetime(2026, 2, 11, 9, tzinfo=UTC)
    plan = schedule_on(date(2026, 2, 12), last, last, every_3_days, "bank",
                       [reason(date(2026, 2, 10), date(2026, 3, 1))], PARIS)
    assert plan.next_due == date(2026, 2, 14)
    assert plan.heightened_until == date(2026, 3, 1)


def test_overlapping_reasons_extend_until_the_latest() -> None:
    weekly_reasons = [
        reason(date(2026, 2, 1), date(2026, 3, 1)),
        reason(date(2026, 2, 20), date(2026, 4, 20), None, RISKY_REACTION),
        reason(date(2026, 1, 1), date(2026, 2, 2), None, USER_CHOICE),  # ended
    ]
    last = datetime(2026, 2, 21, 9, tzinfo=UTC)
    plan = schedule_on(date(2026, 2, 22), last, last, Rhythm(1, "month"), "email",
                       weekly_reasons, PARIS)
    assert plan.heightened_until == date(2026, 4, 20)
    assert [r.reason for r in plan.heightened_reasons] == [BREACH_NOTICE, RISKY_REACTION]
    assert plan.next_due == date(2026, 2, 28)


def test_rhythm_parsing_and_spelling() -> None:
    assert Rhythm.parse("2 weeks") == Rhythm(2, "week")
    assert Rhythm.parse(" 1 Month ") == Rhythm(1, "month")
    assert str(Rhythm(3, "month")) == "3 months" and str(Rhythm(1, "day")) == "1 day"
    for bad in ("week", "2", "-1 week", "1.5 weeks", "1 fortnight", "400 days", "0 day"):
        with pytest.raises(ValueError):
            Rhythm.parse(bad)
    with pytest.raises(ValueError):
        Rhythm(True, "day")  # type: ignore[arg-type]


@given(moments, rhythms, zones, st.integers(0, 2000), st.integers(0, 23))
def test_one_review_clears_every_missed_occurrence(
        created: datetime, rhythm: Rhythm, tz: ZoneInfo, late_days: int, hour: int) -> None:
    """However late, a review today makes the account upcoming again: no pile of reminders."""
    due = next_due(None, created, rhythm, tz)
    today = due + timedelta(days=late_days)
    assert state_on(due, today) in ("due", "overdue")
    review = datetime.combine(today, datetime.min.time(), tz).replace(hour=hour)
    after = next_due(review, created, rhythm, tz)
    assert after > today
    assert state_on(after, today) == "upcoming"


def test_local_timezone_is_a_real_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    from vigilance_app.reviews.schedule import local_timezone

    monkeypatch.setenv("TZ", "Europe/Paris")
    assert local_timezone() == PARIS
    monkeypatch.setenv("TZ", ":America/New_York")
    assert local_timezone() == ZoneInfo("America/New_York")
    monkeypatch.setenv("TZ", "../../etc/passwd")  # not a zone name: ignored
    zone = local_timezone()
    assert datetime(2026, 7, 1, tzinfo=zone).utcoffset() is not None


def test_as_utc_reads_what_sqlite_gives_back() -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from vigilance_app.reviews.schedule import as_utc

    expected = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    assert as_utc("2026-03-29 01:30:00.000000") == expected  # naive text: UTC
    assert as_utc(datetime(2026, 3, 29, 1, 30)) == expected
    assert as_utc(datetime(2026, 3, 29, 3, 30, tzinfo=timezone(timedelta(hours=2)))) == expected
