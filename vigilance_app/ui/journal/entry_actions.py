"""What the journal page does to entries chosen in the list or shown in the detail: mark
them handled, tag them, record a report, delete them (with one level of undo).

``EntryActions`` is a part of ``JournalPage`` (a mixin): it uses the page's ``journal()``,
its list (``entries``), detail, message bars and ``apply_query``. Its texts keep the page's
translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from vigilance_app.ui.journal import api as api
from vigilance_app.ui.kit.i18n import translate


class EntryActions:
    """The actions on entries of ``JournalPage``."""

    def mark_selected_handled(self) -> None:
        self.mark_handled(self.selected_ids())

    def mark_handled(self, ids: list[int]) -> None:
        journal = self.journal()
        if not ids or journal is None:
            return
        api.mark_handled(journal, ids, self._now())
        self.apply_query()
        self._say(translate("JournalPage", "%1 entries marked as handled.").replace(
            "%1", str(len(ids))) if len(ids) > 1
            else translate("JournalPage", "The entry is marked as handled."))
        if self._shown_in(ids):
            self._show_detail(int(self.detail.detail["id"]))

    def ask_report(self, entry_id: int) -> None:
        from vigilance_app.ui.journal.report import ask_report

        answer = ask_report(self, self._now().astimezone().date())
        if answer is not None:
            self.record_report(entry_id, *answer)

    def record_report(self, entry_id: int, where: str, day: Any, note: str = "") -> None:
        journal = self.journal()
        if journal is None:
            return
        try:
            api.add_report(journal, entry_id, where, day, note, self._now())
        except ValueError:  # the entry was deleted meanwhile
            self._say(translate("JournalPage", "This entry no longer exists."))
            return
        self._show_detail(entry_id)
        self._say(translate("JournalPage", "The report is recorded with the entry."))

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        tag, ok = QInputDialog.getText(self, translate("JournalPage", "Add a tag"), translate(
            "JournalPage",
            "Tag to add to the %1 selected entries (for example: bank, reported):").replace(
            "%1", str(len(ids))))
        if ok and tag.strip():
            self.add_tag(ids, tag)

    def add_tag(self, ids: list[int], tag: str) -> None:
        journal = self.journal()
        tag = " ".join(tag.split())[:60]
        if not ids or journal is None or not tag:
            return
        api.add_tag(journal, ids, tag, self._now())
        self.apply_query()
        self._say(translate("JournalPage", "Tag “%1” added.").replace("%1", tag))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > 1 and not self.confirm_delete(len(ids)):
            return
        self.delete_entries(ids)

    def confirm_delete(self, count: int) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("JournalPage", "Delete entries?"),
            translate("JournalPage", "Delete the %1 selected entries? You can undo this right "
                                     "after.").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_entries(self, ids: list[int]) -> None:
        journal = self.journal()
        if not ids or journal is None:
            return
        self.forget_undo()  # one level of undo: the previous deletion becomes final
        token = api.delete(journal, ids, self._now())
        if self._shown_in(ids):
            self.detail.show_detail(None)
        self.apply_query()
        self.undo_bar.offer(token, len(ids))

    def undo_delete(self) -> None:
        token = self.undo_bar.take()
        journal = self.journal()
        if token is None or journal is None:
            return
        restored = api.undo_delete(journal, token)
        self.apply_query()
        if restored:
            self.entries.reselect(restored)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def forget_undo(self) -> None:
        """Undo is no longer offered: the deleted entries are erased for good."""
        self.undo_bar.forget()

    def _say(self, text: str) -> None:
        self.notice_bar.show_text(text)
