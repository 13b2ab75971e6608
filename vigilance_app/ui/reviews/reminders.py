"""The reminder settings of the account checks page: "be more careful for a while" (weekly
checks for some weeks), "add to my calendar" (an ``.ics`` file), start at login, and keep
Vigilance next to the clock when the window is closed.

``Reminders`` is a part of ``ReviewsPage`` (a mixin): it uses the page's ``store``,
``profile_id()``, ``today()``, ``now``, ``tz``, ``services``, ``autostart``, ``_say`` and
``_changed``. Its texts keep the page's translation context ("ReviewsPage").
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton

from vigilance_app.ui.kit.common import WrappingCheckBox, plain_label
from vigilance_app.ui.kit.i18n import translate
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.reviews import api as api
from vigilance_app.ui.reviews.texts import language, short_date

HEIGHTENED_WEEKS = 8


class Reminders:
    """The reminder settings of ``ReviewsPage``."""

    def _build_reminders(self) -> None:
        self.reminders_label = heading(plain_label(), level=2)
        self.careful_box = WrappingCheckBox()
        self.careful_box.setObjectName("reviewsCareful")
        self.careful_box.clicked.connect(self.set_careful)
        self.careful_line = plain_label()
        self.calendar_button = QPushButton()
        self.calendar_button.clicked.connect(lambda: self.export_calendar())
        self.autostart_box = WrappingCheckBox()
        self.autostart_box.setObjectName("reviewsAutostart")
        self.autostart_box.clicked.connect(self._autostart_clicked)
        self.keep_box = WrappingCheckBox()
        self.keep_box.setObjectName("reviewsKeepInTray")
        self.keep_box.clicked.connect(self._keep_clicked)

    # ---- heightened vigilance (the person's own choice) ----------------------------

    def own_periods(self) -> list[Any]:
        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return []
        today = self.today()
        return [p for p in api.list_heightened(store, profile_id) if p.since <= today < p.until]

    def set_careful(self, on: bool) -> None:
        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return
        today = self.today()
        if on:
            if not self.own_periods():
                api.start_heightened(store, profile_id, today,
                                     today + timedelta(weeks=HEIGHTENED_WEEKS))
        else:
            for period in self.own_periods():
                api.end_heightened(store, period.id, today)
        self._changed()

    # ---- calendar and start at login ----------------------------------------------

    def export_calendar(self, path: Path | None = None) -> Path | None:
        store, profile_id = self.store, self.profile_id()
        if store is None or profile_id is None:
            return None
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, translate("ReviewsPage", "Add to my calendar"),
                str(Path.home() / "vigilance-comptes.ics"),
                translate("ReviewsPage", "Calendar files (*.ics)"))
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        try:
            api.write_calendar(store, profile_id, path, now=self.now(), lang=language(),
                               tz=self.tz)
        except (OSError, ValueError):
            self._say(translate("ReviewsPage", "The calendar file could not be saved there. "
                                               "Choose another folder."))
            return None
        self._say(translate(
            "ReviewsPage", "Saved: %1. Open this file with your calendar (Outlook, Google "
                           "Calendar, Thunderbird…) to be reminded even when Vigilance is "
                           "closed.").replace("%1", path.name))
        return path

    def _autostart_module(self) -> Any:
        if self.autostart is None:
            self.autostart = api.autostart_module()
        return self.autostart

    def _autostart_clicked(self, checked: bool) -> None:
        module = self._autostart_module()
        if module is None:
            return
        try:
            if checked:
                module.enable()
            else:
                module.disable()
        except (OSError, ValueError):
            self._say(translate("ReviewsPage", "Vigilance could not change how it starts. "
                                               "Nothing was changed."))
        self.retranslate()

    def _keep_clicked(self, checked: bool) -> None:
        from dataclasses import replace

        prefs = self.services.preferences
        try:
            self.services.save_preferences(replace(prefs, keep_in_tray=bool(checked)))
        except OSError:
            self._say(translate("ReviewsPage", "This choice could not be saved. Nothing was "
                                               "changed."))
            self.keep_box.setChecked(bool(prefs.keep_in_tray))

    # ---- texts ---------------------------------------------------------------------

    def _retranslate_reminders(self) -> None:
        self.reminders_label.setText(translate("ReviewsPage", "Reminders"))
        periods = self.own_periods()
        self.careful_box.setChecked(bool(periods))
        self.careful_box.setText(translate(
            "ReviewsPage", "&Be more careful for a while (check every week for %1 "
                           "weeks)").replace("%1", str(HEIGHTENED_WEEKS)))
        self.careful_box.setAccessibleName(translate("ReviewsPage",
                                                     "Be more careful for a while"))
        if periods:
            last_day = max(p.until for p in periods) - timedelta(days=1)
            self.careful_line.setText(translate(
                "ReviewsPage", "Weekly checks until %1, then back to normal by "
                               "itself.").replace("%1", short_date(last_day)))
        else:
            self.careful_line.setText(translate(
                "ReviewsPage", "Useful after a data breach notice or a suspicious call: your "
                               "accounts are checked every week, then the usual rhythm comes "
                               "back by itself."))
        self.calendar_button.setText(translate("ReviewsPage", "Add to my calen&dar…"))
        self.calendar_button.setAccessibleName(translate("ReviewsPage",
                                                         "Add the checks to my calendar"))
        self.calendar_button.setEnabled(bool(self.infos))
        self._retranslate_start()

    def _retranslate_start(self) -> None:
        """Start at login, and keep running next to the clock."""
        self.autostart_box.setText(translate(
            "ReviewsPage", "Start Vigilance when I &log in, in the background"))
        self.autostart_box.setAccessibleName(translate("ReviewsPage",
                                                       "Start Vigilance when I log in"))
        module = self._autostart_module()
        try:
            enabled = bool(module.is_enabled()) if module is not None else False
        except (OSError, ValueError):
            enabled = False
        self.autostart_box.setChecked(enabled)
        self.autostart_box.setVisible(module is not None)
        self.keep_box.setText(translate(
            "ReviewsPage", "When I close the window, &keep Vigilance next to the clock so the "
                           "reminders keep coming"))
        self.keep_box.setAccessibleName(translate(
            "ReviewsPage", "Keep Vigilance running when the window is closed"))
        prefs = getattr(self.services, "preferences", None)
        self.keep_box.setChecked(bool(getattr(prefs, "keep_in_tray", True)))
        self.keep_box.setVisible(prefs is not None and self.tray_available())
