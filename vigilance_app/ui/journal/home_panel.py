"""The journal's panel on Home: the latest suspicious contacts and the quick way to log one.

Built while Home is built, so it stays light: three rows read with plain SQL on
``store.reader`` (an indexed "newest first" read, never a count of the whole journal), no
SQLAlchemy ORM, no analysis, no phonenumbers.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.flow_layout import FlowLayout
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.panel import Panel
from vigilance_app.ui.kit.person_words import person_words, without_mnemonic

if TYPE_CHECKING:
    from vigilance_app.services import AppServices
    from vigilance_app.ui.kit.shell import Shell

RECENT = 3
_LATEST_SQL = (
    "SELECT id, received_at, channel, summary FROM journal_entries "
    "WHERE profile_id = ? AND deleted_at IS NULL ORDER BY received_at DESC, id DESC LIMIT ?")


def latest_entries(store: Any, limit: int = RECENT) -> list[tuple[int, datetime, str, str]]:
    """(id, received_at UTC, channel, summary) of the newest entries of the active profile."""
    if store is None:
        return []
    profile = store.active_profile()
    if profile is None:
        return []
    try:
        rows = store.reader.execute(_LATEST_SQL, (profile.id, limit)).fetchall()
    except Exception:  # the journal tables are missing (an older schema): nothing to show
        return []
    out = []
    for entry_id, received_at, channel, summary in rows:
        try:
            moment = datetime.strptime(str(received_at)[:19], "%Y-%m-%d %H:%M:%S")
        except ValueError:
            continue
        out.append((int(entry_id), moment, str(channel), str(summary or "")))
    return out


class EntryButton(QPushButton):
    """A journal entry on Home: one line, shortened with "…" to the width there is (at 200 %
    text a long summary would otherwise widen the whole page); the accessible name and the
    tooltip keep the full text."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 12))
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.full_text) + 4 * metrics.height(),
                     hint.height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - 2 * self.fontMetrics().height())
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        self.setText(shown.replace("&", "&&"))


class JournalHomePanel(Retranslatable, Panel):
    """``shell`` is the main window (``show_page``, ``page``); None in tests."""

    def __init__(self, services: AppServices, shell: Shell | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_before = False
        self.setObjectName("journalHomePanel")
        self.services = services
        self.shell = shell
        self.entries: list[tuple[int, datetime, str, str]] = []
        self.capture_button = QPushButton()
        self.capture_button.setObjectName("homeCaptureCall")
        self.capture_button.clicked.connect(lambda: self.open_capture("phone_call"))
        self.open_button = QPushButton()
        self.open_button.setObjectName("homeOpenJournal")
        self.open_button.clicked.connect(self.open_journal)
        self.empty_line = plain_label()
        self.rows = QWidget()
        self.rows_layout = QVBoxLayout(self.rows)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.row_buttons: list[QPushButton] = []
        self.actions = QWidget()
        flow = FlowLayout(self.actions)
        flow.add(self.capture_button)
        flow.add(self.open_button)
        self.body.addWidget(self.empty_line)
        self.body.addWidget(self.rows)
        self.body.addWidget(self.actions)
        self.refresh()

    def refresh(self) -> None:
        self.entries = latest_entries(self.services.store)
        self.retranslate()

    def showEvent(self, event: Any) -> None:
        if self._shown_before:  # the profile or the journal may have changed since
            self.refresh()  # (the first show follows the refresh made when built)
        self._shown_before = True
        super().showEvent(event)

    # ---- actions -------------------------------------------------------------------

    def _journal_page(self) -> Any:
        if self.shell is None:
            return None
        self.shell.show_page("journal")
        return self.shell.page("journal")

    def open_capture(self, channel: str) -> None:
        page = self._journal_page()
        if page is not None:
            page.start_capture(channel)

    def open_journal(self) -> None:
        self._journal_page()

    def open_entry(self, entry_id: int) -> None:
        page = self._journal_page()
        if page is not None:
            page.show_entry(entry_id)

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        words = person_words(self.services.store)
        self.heading.setText(words.pick(
            self.tr("Your journal of suspicious contacts"),
            self.tr("{name}'s journal of suspicious contacts")))
        self.capture_button.setText(words.pick_button(
            self.tr("I just had a suspicious &call"),
            self.tr("{name} just had a suspicious &call")))
        self.capture_button.setAccessibleName(without_mnemonic(self.capture_button.text()))
        self.open_button.setText(words.pick_button(
            self.tr("Open your &journal"), self.tr("Open {name}'s &journal")))
        self.open_button.setAccessibleName(without_mnemonic(self.open_button.text()))
        self.empty_line.setVisible(not self.entries)
        self.empty_line.setText(words.pick(self.tr(
            "Nothing written down yet. A suspicious call, SMS or email? Note it here in less "
            "than a minute."), self.tr(
            "Nothing written down yet in {name}'s journal. A suspicious call, SMS or email? "
            "Note it here in less than a minute.")))
        for button in self.row_buttons:
            self.rows_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.row_buttons = []
        for entry_id, moment, channel, summary in self.entries:
            text = self.tr("%1 · %2 · %3").replace("%1", labels.format_short(moment)).replace(
                "%2", labels.channel_name(channel)).replace(
                "%3", (summary[:60] + "…") if len(summary) > 60 else summary)
            button = EntryButton(text)
            button.setObjectName("homeEntry")
            button.setAccessibleName(self.tr("Open the entry: %1").replace("%1", text))
            button.clicked.connect(lambda _=False, i=entry_id: self.open_entry(i))
            self.rows_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.row_buttons.append(button)
        self.rows.setVisible(bool(self.entries))


def make_panel(shell: Shell) -> JournalHomePanel | None:
    """The Home panel of the journal feature: the latest entries and quick capture."""
    if shell.services.store is None:
        return None
    return JournalHomePanel(shell.services, shell)

