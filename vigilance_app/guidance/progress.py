"""Progress through the plans: which plans a profile follows, and which steps are done.

One *run* is one occurrence of a plan for one profile: "I gave my card number" followed after
a phone call logged in the journal is linked to that journal entry, so a second call gets its
own run and its own ticks. Ticks carry a date and an optional note (e.g. the card-opposition
registration number); notes are free text, so card numbers, social-security numbers and IBANs
are masked to their last four characters before storage. A step that does not apply to the
person ("If you also gave your card number…") is settled too: a tick whose note is the
``NOT_APPLICABLE`` mark (a control character starts it, so no note typed can ever equal it).
A settled step is never the next one and counts in the plan's progress.

Plain Python, no Qt; the clock is passed in (``now`` is an aware datetime, stored in UTC). The
content of the plans (steps, urgency) comes from the guidance loader; a run is finished when
every step of the current content is ticked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column

from vigilance_app.sensitive import mask_clipped
from vigilance_app.store.models import Base
from vigilance_app.vocabulary import SITUATIONS

if TYPE_CHECKING:
    from vigilance_app.store.store import Store

MAX_NOTE_CHARS = 300
# The note of a tick that says "does not apply to me" (clean_note turns control characters into
# spaces, so a typed note never starts with one).
NOT_APPLICABLE = "\x1enot_applicable"
LANGUAGES = ("fr", "en")
# Order of urgency (the loader's URGENCIES says the same; kept here so sorting needs no import).
URGENCY_ORDER: tuple[str, ...] = ("now", "today", "this_week", "ongoing")


class PlanRun(Base):
    __tablename__ = "plan_runs"
    __table_args__ = (Index("ix_plan_runs_open", "profile_id", "finished_at", "situation"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    situation: Mapped[str] = mapped_column(String(40))
    journal_entry_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    language: Mapped[str] = mapped_column(String(8))


class PlanStepTick(Base):
    __tablename__ = "plan_step_ticks"
    __table_args__ = (UniqueConstraint("run_id", "step_id", name="uq_plan_step_ticks_run_step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("plan_runs.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(64))
    done_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class GuidanceError(ValueError):
    """A request the progress store refuses; the message is a sentence for the person."""


@dataclass(frozen=True)
class Tick:
    """A settled step: done (with its date and note), or marked as not applying."""

    step_id: str
    done_at: datetime
    note: str = ""
    applies: bool = True


def _tick_from(step_id: str, at: datetime, note: str) -> Tick:
    if note == NOT_APPLICABLE:
        return Tick(step_id, at, "", applies=False)
    return Tick(step_id, at, note)


@dataclass(frozen=True)
class RunInfo:
    id: int
    profile_id: int
    situation: str
    journal_entry_id: int | None
    started_at: datetime
    finished_at: datetime | None
    language: str


@dataclass(frozen=True)
class RunState:
    """A run with its ticks, measured against the current content of its plan."""

    run: RunInfo
    ticks: dict[str, Tick] = field(default_factory=dict)
    step_ids: tuple[str, ...] = ()  # the plan's steps, most urgent first

    @property
    def done(self) -> int:
        """Steps settled: done, or marked as not applying."""
        return sum(1 for step_id in self.step_ids if step_id in self.ticks)

    @property
    def not_applicable(self) -> int:
        return sum(1 for step_id in self.step_ids
                   if step_id in self.ticks and not self.ticks[step_id].applies)

    @property
    def total(self) -> int:
        return len(self.step_ids)

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done == self.total

    @property
    def next_step_id(self) -> str | None:
        return next((s for s in self.step_ids if s not in self.ticks), None)


@dataclass(frozen=True)
class NextStep:
    run: RunInfo
    plan: Any  # content.Plan
    step: Any  # content.Step


# ---- content ------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def content_for(lang: str) -> Any:
    """The guidance content in ``lang`` (read once per process)."""
    from vigilance_app.guidance.content import load_guidance

    return load_guidance(lang if lang in LANGUAGES else "fr")


def urgency_rank(urgency: str) -> int:
    return URGENCY_ORDER.index(urgency) if urgency in URGENCY_ORDER else len(URGENCY_ORDER)


def ordered_steps(plan: Any) -> list[Any]:
    """The plan's steps, most urgent first (content order kept within one urgency)."""
    return sorted(plan.steps, key=lambda step: urgency_rank(step.urgency))


# ---- notes --------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
def clean_note(note: str | None) -> tuple[str, bool]:
    """(the note as stored, whether something sensitive was masked)."""
    text = unicodedata.normalize("NFC", note or "")
    text = _CONTROL.sub(" ", text).strip()
    masked = mask_clipped(text, MAX_NOTE_CHARS)
    return masked.text, masked.changed


# ---- runs ---------------------------------------------------------------------------------


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _require_aware(now: datetime) -> datetime:
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return now.astimezone(UTC)


def _info(run: PlanRun) -> RunInfo:
    return RunInfo(run.id, run.profile_id, run.situation, run.journal_entry_id,
                   _utc(run.started_at), _utc(run.finished_at), run.language)  # type: ignore[arg-type]


def start_run(store: Store, profile_id: int, situation: str, now: datetime,
              journal_entry_id: int | None = None, language: str = "fr") -> int:
    """The run for this occurrence: an existing one is reused, else a new one starts.

    With a journal entry, the entry *is* the occurrence: its run is reused even when finished
    (reopening the plan from the entry shows what was done). Without one, the open run of that
    plan is reused; once finished, the next start is a new occurrence.
    """
    if situation not in SITUATIONS:
        raise GuidanceError("This situation is not known.")
    now = _require_aware(now)
    with store.sessions.begin() as session:
        query = select(PlanRun).where(PlanRun.profile_id == profile_id,
                                      PlanRun.situation == situation)
        if journal_entry_id is None:
            query = query.where(PlanRun.journal_entry_id.is_(None),
                                PlanRun.finished_at.is_(None))
        else:
            query = query.where(PlanRun.journal_entry_id == journal_entry_id)
        existing = session.scalars(query.order_by(PlanRun.id.desc()).limit(1)).first()
        if existing is not None:
            return existing.id
        run = PlanRun(profile_id=profile_id, situation=situation,
                      journal_entry_id=journal_entry_id, started_at=now,
                      language=language if language in LANGUAGES else "fr")
        session.add(run)
        session.flush()
        return run.id


def _step_ids(situation: str, lang: str) -> tuple[str, ...]:
    plan = content_for(lang).plans.get(situation)
    return tuple(step.id for step in ordered_steps(plan)) if plan is not None else ()


def _update_finished(session: Any, run: PlanRun, now: datetime) -> None:
    ticked = set(session.scalars(select(PlanStepTick.step_id)
                                 .where(PlanStepTick.run_id == run.id)))
    steps = _step_ids(run.situation, run.language)
    all_done = bool(steps) and set(steps) <= ticked
    if all_done and run.finished_at is None:
        run.finished_at = now
    elif not all_done:
        run.finished_at = None


def tick(store: Store, run_id: int, step_id: str, done_at: datetime,
         note: str | None = "") -> bool:
    """Mark a step done (or update its date and note). True when the note was masked."""
    done_at = _require_aware(done_at)
    stored, masked = clean_note(note)
    with store.sessions.begin() as session:
        run = session.get(PlanRun, run_id)
        if run is None:
            raise GuidanceError("This plan is no longer in your journal.")
        if step_id not in _step_ids(run.situation, run.language):
            raise GuidanceError("This step is not part of the plan.")
        existing = session.scalars(select(PlanStepTick).where(
            PlanStepTick.run_id == run_id, PlanStepTick.step_id == step_id)).first()
        if existing is None:
            session.add(PlanStepTick(run_id=run_id, step_id=step_id, done_at=done_at,
                                     note=stored))
        else:
            existing.done_at = done_at
            existing.note = stored
        session.flush()
        _update_finished(session, run, done_at)
    return masked


def mark_not_applicable(store: Store, run_id: int, step_id: str, at: datetime) -> None:
    """Settle a step that does not apply to the person (undone by ``untick``)."""
    at = _require_aware(at)
    with store.sessions.begin() as session:
        run = session.get(PlanRun, run_id)
        if run is None:
            raise GuidanceError("This plan is no longer in your journal.")
        if step_id not in _step_ids(run.situation, run.language):
            raise GuidanceError("This step is not part of the plan.")
        existing = session.scalars(select(PlanStepTick).where(
            PlanStepTick.run_id == run_id, PlanStepTick.step_id == step_id)).first()
        if existing is None:
            session.add(PlanStepTick(run_id=run_id, step_id=step_id, done_at=at,
                                     note=NOT_APPLICABLE))
        else:
            existing.done_at = at
            existing.note = NOT_APPLICABLE
        session.flush()
        _update_finished(session, run, at)


def untick(store: Store, run_id: int, step_id: str) -> None:
    with store.sessions.begin() as session:
        run = session.get(PlanRun, run_id)
        if run is None:
            raise GuidanceError("This plan is no longer in your journal.")
        existing = session.scalars(select(PlanStepTick).where(
            PlanStepTick.run_id == run_id, PlanStepTick.step_id == step_id)).first()
        if existing is not None:
            session.delete(existing)
            session.flush()
        # Unticking never finishes a run: the date passed is only kept when already finished.
        _update_finished(session, run, _utc(run.finished_at) or _utc(run.started_at))


def run_state(store: Store, run_id: int, lang: str | None = None) -> RunState:
    with store.sessions() as session:
        run = session.get(PlanRun, run_id)
        if run is None:
            raise GuidanceError("This plan is no longer in your journal.")
        ticks = {
            t.step_id: _tick_from(t.step_id, _utc(t.done_at), t.note)  # type: ignore[arg-type]
            for t in session.scalars(select(PlanStepTick).where(PlanStepTick.run_id == run_id))
        }
        info = _info(run)
    return RunState(info, ticks, _step_ids(info.situation, lang or info.language))


def runs_in_progress(store: Store, profile_id: int) -> list[RunInfo]:
    """Unfinished runs of a profile, most recent first."""
    with store.sessions() as session:
        runs = session.scalars(select(PlanRun).where(
            PlanRun.profile_id == profile_id, PlanRun.finished_at.is_(None))
            .order_by(PlanRun.started_at.desc(), PlanRun.id.desc()))
        return [_info(run) for run in runs]


def next_steps(store: Store, profile_id: int, lang: str) -> list[NextStep]:
    """For Home: each plan in progress with its next unfinished step, most urgent first."""
    content = content_for(lang)
    found: list[NextStep] = []
    for info in runs_in_progress(store, profile_id):
        plan = content.plans.get(info.situation)
        if plan is None:
            continue
        state = run_state(store, info.id, lang)
        step_id = state.next_step_id
        step = next((s for s in plan.steps if s.id == step_id), None)
        if step is not None:
            found.append(NextStep(info, plan, step))
    found.sort(key=lambda item: (urgency_rank(item.step.urgency),
                                 -item.run.started_at.timestamp()))
    return found
