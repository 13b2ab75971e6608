"""Home: the next unfinished step of each plan in progress, with a button to continue it.

Cheap at start-up: plain SQL on ``store.reader`` finds the open runs of the active profile (no
SQLAlchemy); the guidance content (TOML, standard library) is read only when there are some.
The panel hides itself when nothing is in progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from vigilance_app.ui.guidance.words import ordered_steps, urgency_rank, urgency_words
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import ui_language
from vigilance_app.ui.kit.panel import Panel
from vigilance_app.ui.kit.person_words import person_words

if TYPE_CHECKING:
    from vigilance_app.ui.kit.shell import Shell

MAX_SHOWN = 5
OPEN_RUNS = (
    "SELECT id, situation, journal_entry_id FROM plan_runs "
    "WHERE profile_id = ? AND finished_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 20"
)


def open_runs(reader: Any, profile_id: int) -> list[tuple[int, str, int | None, set[str]]]:
    """(run id, situation, journal entry id, ticked step ids) for each unfinished run."""
    runs = reader.execute(OPEN_RUNS, (profile_id,)).fetchall()
    if not runs:
        return []
    marks = ",".join("?" * len(runs))
    ticks: dict[int, set[str]] = {run[0]: set() for run in runs}
    for run_id, step_id in reader.execute(
            f"SELECT run_id, step_id FROM plan_step_ticks WHERE run_id IN ({marks})",
            tuple(run[0] for run in runs)).fetchall():
        ticks[run_id].add(step_id)
    return [(run_id, situation, entry, ticks[run_id]) for run_id, situation, entry in runs]


def pending_steps(runs: list[tuple[int, str, int | None, set[str]]], content: Any
                  ) -> list[tuple[int, str, int | None, Any, Any]]:
    """(run id, situation, entry, plan, next step), most urgent first."""
    found = []
    for order, (run_id, situation, entry, done) in enumerate(runs):
        plan = content.plans.get(situation)
        if plan is None:
            continue
        step = next((s for s in ordered_steps(plan) if s.id not in done), None)
        if step is not None:
            found.append((urgency_rank(step.urgency), order, run_id, situation, entry, plan,
                          step))
    found.sort(key=lambda item: (item[0], item[1]))
    return [item[2:] for item in found]


class GuidanceHomePanel(Panel):
    """``open_plan(situation, journal_entry_id)`` is the main window's ``show_plan``."""

    def __init__(self, services: Any, open_plan: Any, parent: QWidget | None = None,
                 after_first_paint_of: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidanceHomePanel")
        self.services = services
        self._open_plan = open_plan
        self.intro = plain_label()
        self.body.addWidget(self.intro)
        self.rows: list[QWidget] = []
        self.items: list[tuple[int, str, int | None, Any, Any]] = []
        self._waiting_for: QWidget | None = None
        if after_first_paint_of is not None and self._runs():
            # Plans are in progress: reading the advice (about 60 ms of TOML) waits until the
            # window has painted its first frame, so start-up stays quick.
            self._waiting_for = after_first_paint_of
            after_first_paint_of.installEventFilter(self)
            self._rebuild()
        else:
            self.refresh()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if watched is self._waiting_for and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._waiting_for = None
            QTimer.singleShot(0, self, self.refresh)
        return False

    def _runs(self) -> list[tuple[int, str, int | None, set[str]]]:
        store = self.services.store
        profile = store.active_profile() if store is not None else None  # None: locked
        return open_runs(store.reader, profile.id) if profile is not None else []

    def refresh(self) -> None:
        if self._waiting_for is not None:  # the first frame comes first
            return
        runs = self._runs()
        self.items = []
        if runs:
            from vigilance_app.guidance.content import load_guidance

            try:
                content = load_guidance(ui_language())
            except Exception:  # the page says what is wrong; Home stays calm
                content = None
            if content is not None:
                self.items = pending_steps(runs, content)[:MAX_SHOWN]
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self.rows:
            self.body.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows.clear()
        for _run_id, situation, entry, plan, step in self.items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = plain_label(self.tr("{plan} \u2014 next step: {step} ({when})").format(
                plan=plan.title, step=step.title, when=urgency_words(step.urgency)))
            button = QPushButton(self.tr("Continue"))
            button.setAccessibleName(self.tr("Continue: {plan}").format(plan=plan.title))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(
                lambda _=False, s=situation, e=entry: self._open_plan(s, e))
            line.addWidget(label, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.append(row)
            self.body.addWidget(row)
        if self.parent() is not None:
            self.setVisible(bool(self.items))
        elif not self.items:
            self.hide()  # not on Home yet: showing now would open a window of its own
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(person_words(self.services.store).pick(
            self.tr("Plans in progress"), self.tr("{name}'s plans in progress")))
        self.intro.setText(self.tr("One step at a time: here is what comes next."))

    def page_changed(self, key: str) -> None:
        if key == "home":
            self.refresh()

    def profile_changed(self, _index: int) -> None:
        QTimer.singleShot(0, self, self.refresh)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.refresh)
        super().changeEvent(event)


def _app() -> Any:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance()


def make_guidance_home_panel(shell: Shell) -> QWidget | None:
    """The Home panel of the guidance feature: built with Home, refreshed when Home is shown
    again or another person is chosen."""
    panel = GuidanceHomePanel(shell.services, shell.show_plan,
                              after_first_paint_of=shell.top_widget())
    # Bound methods of the panel: Qt disconnects them when the panel goes (store locked).
    shell.page_changed.connect(panel.page_changed)
    shell.profile_changed.connect(panel.profile_changed)
    return panel
