"""The journal page's quick capture: open the form (empty, pre-filled from a checked
message, or on an entry to change), save it, or leave it without losing what was written.

``CaptureFlow`` is a part of ``JournalPage`` (a mixin): it uses the page's ``journal()``,
its form, list and message bars. Its texts keep the page's translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from vigilance_app import vocabulary
from vigilance_app.ui.journal import api as api
from vigilance_app.ui.journal.capture import masking_explanation
from vigilance_app.ui.kit.errors import error_sentence
from vigilance_app.ui.kit.i18n import translate


class CaptureFlow:
    """The quick capture of ``JournalPage``."""

    def start_capture(self, channel: str) -> None:
        self.form.start(channel)
        self._show_form(True)
        self.form.focus_first()

    def capture_from_checked(self, checked: Any) -> None:
        """Open the email/SMS form pre-filled from a message checked on "Is this a scam?"."""
        channel = getattr(checked.analysis, "channel", "sms")
        self.form.start(channel if channel in ("email", "sms", "phone_call", "letter",
                                               "website") else "sms")
        if checked.raw is None and checked.parsed.text:
            self.form.paste_edit.setPlainText(checked.parsed.text[:200_000])
        self._show_form(True)
        self.form.show_checked(checked)

    def edit_entry(self, entry_id: int) -> None:
        journal = self.journal()
        values = api.form_values_for(journal, entry_id) if journal is not None else None
        if values is None:
            return
        self.form.start(values.get("channel") or "phone_call")
        self.form.entry_id = entry_id
        self.form.fill(values)
        self.form.title.setText(translate("JournalPage", "Edit the entry"))
        self._show_form(True)
        self.form.focus_first()

    def cancel_form(self) -> None:
        """Cancel (or Escape): what was written is not thrown away without asking."""
        if self.stack.currentIndex() == 1 and not self.form.is_empty() \
                and not self.confirm_discard():
            self.form.focus_first()
            return
        self.close_form()

    def confirm_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, translate("JournalPage", "Leave the form?"),
            translate("JournalPage",
                      "What you wrote in the form will not be saved. Leave the form anyway?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard

    def close_form(self) -> None:
        if self.form.runner.busy:
            self.form.runner.wait()
        self._show_form(False)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_form(self) -> int | None:
        journal = self.journal()
        if journal is None or self.stack.currentIndex() != 1:
            return None
        values = self.form.values()
        if self.form.is_empty():
            self.form.show_error(translate(
            "JournalPage",
                "The form is empty: write at least who contacted you or what they asked."))
            return None
        try:
            entry_id, masked = api.save(journal, self._profile_id, values, self.form.checked,
                                        self.form.entry_id, self._now())
        except ValueError as exc:  # the core refused a value: say which, in words
            self.form.show_error(translate(
                "JournalPage", "This entry could not be saved: %1").replace(
                "%1", error_sentence(exc)))
            return None
        self.form.show_error("")
        self._show_form(False)
        self.apply_query()
        self.show_entry(entry_id)
        notes = [translate("JournalPage", "Saved in the journal.")]
        if values.get("keep_original"):
            notes.append(translate("JournalPage", "The original email file was kept as "
                                                  "evidence, encrypted with the journal."))
        if masked:
            notes.append(masking_explanation(list(masked)))
        self._say(" ".join(notes))
        reactions = values.get("reactions") or []
        situation = vocabulary.situation_for(reactions, values.get("channel"))
        if situation and any(code in vocabulary.RISKY_REACTIONS for code in reactions):
            self.offer_plan(situation, entry_id)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entry_saved.emit(entry_id)
        return entry_id

    def offer_plan(self, situation: str, entry_id: int) -> None:
        self.plan_bar.offer(situation, entry_id)

    def _form_sender_changed(self, sender: str) -> None:
        journal = self.journal()
        if journal is None or not sender:
            self.form.show_repeat(0, None, sender)
            return
        count, since = api.sender_seen(journal, self._profile_id, sender,
                                       exclude=self.form.entry_id)
        self.form.show_repeat(count, since, sender)
