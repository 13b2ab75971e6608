"""The warning signs of the quick capture form: folded behind a button while there are none,
one tick per sign (found by the analysis, or added by the person), and "Add a warning sign…".

``WarningSigns`` creates the widgets and keeps the signs; the form lays the widgets out and
reads ``flags()``. Its texts keep the form's translation context ("QuickCaptureForm").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.ui.kit.accessible import ComboBox
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import translate, ui_language

# Warning signs a person can tick (the analysis' red-flag codes; titles from analysis.flags).
FLAG_CODES: tuple[str, ...] = (
    "link_text_mismatch", "lookalike_domain", "impersonation", "non_official_domain",
    "url_shortener", "reply_to_mismatch", "asks_card_details", "asks_credentials", "asks_nir",
    "asks_bank_details", "payment_request", "urgency", "threat", "callback_number",
    "sender_mobile_number", "relative_impersonation", "remote_access", "too_good_to_be_true",
    "dangerous_attachment", "html_form", "brand_impersonation", "freemail_sender",
    "crypto_lure", "prize_lure", "delivery_lure", "premium_rate_number", "sms_foreign_link",
)

Flag = tuple[str, str, bool, str]  # (code, origin, removed, evidence)


def flag_title(code: str, lang: str) -> tuple[str, str]:
    """(title, explanation) of a warning sign in plain words (analysis.flags.explain)."""
    try:
        from vigilance_app.analysis.flags import explain

        title, explanation, _todo = explain(code, lang if lang in ("fr", "en") else "fr")
        return title, explanation
    except Exception:  # an unknown code (older entry) or a damaged resource: the code
        return code, ""


class WarningSigns(QObject):
    """The signs' button, their panel (ticks and "Add a warning sign…") and the signs."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.signs_button = QToolButton()
        self.signs_button.setObjectName("signsButton")
        self.signs_button.setCheckable(True)
        self.signs_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.signs_button.setArrowType(Qt.ArrowType.RightArrow)
        self.signs_button.toggled.connect(self._folded)
        self.signs_panel = QFrame()
        self.signs_panel.setObjectName("signsPanel")
        self.signs_title = plain_label()
        self.flags_column = QVBoxLayout()
        self.flags_column.setContentsMargins(0, 0, 0, 0)
        self.flag_boxes: dict[str, QCheckBox] = {}
        self._flags: dict[str, tuple[str, str]] = {}  # code -> (origin, evidence)
        self.add_flag_combo = ComboBox()
        self.add_flag_combo.setObjectName("addFlag")
        self.add_flag_combo.installEventFilter(self)
        # long titles must not widen the form at a text size of 200 %
        self.add_flag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_flag_combo.setMinimumContentsLength(16)
        self.add_flag_button = QPushButton()
        self.add_flag_button.setObjectName("addFlagButton")
        self.add_flag_button.clicked.connect(self.add_chosen_flag)
        panel = QVBoxLayout(self.signs_panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.signs_title)
        panel.addLayout(self.flags_column)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_flag_combo, 1)
        add_row.addWidget(self.add_flag_button)
        panel.addLayout(add_row)
        self.signs_panel.hide()

    # ---- the signs -----------------------------------------------------------------

    def set_flags(self, flags: Any) -> None:
        """Show these flags ((code, origin, removed, evidence) tuples or FlagDraft-like
        objects); the panel is unfolded when there are flags."""
        for box in self.flag_boxes.values():
            self.flags_column.removeWidget(box)
            box.deleteLater()
        self.flag_boxes = {}
        self._flags = {}
        for flag in flags:
            code, origin, removed, evidence = (
                flag if isinstance(flag, tuple | list) else
                (flag.code, flag.origin, flag.removed, flag.evidence))
            code = str(code)[:32]
            if not code or (code in self._flags and self._flags[code][0] == "analysis"):
                continue  # one line per sign; the analysis' own flag wins
            if code in self._flags:  # a user flag seen first: replaced by the analysis one
                self._drop_flag_box(code)
            self._add_flag_box(code, str(origin), not removed, str(evidence or ""))
        self.signs_button.setChecked(bool(self._flags))
        self.render()

    def flags(self) -> list[Flag]:
        """(code, origin, removed, evidence): a flag of the analysis unticked is kept as
        removed by the person; one the person added and unticked again is dropped."""
        out: list[Flag] = []
        for code, (origin, evidence) in self._flags.items():
            ticked = self.flag_boxes[code].isChecked()
            if origin == "analysis" or ticked:
                out.append((code, origin, not ticked, evidence))
        return out

    def _add_flag_box(self, code: str, origin: str, ticked: bool, evidence: str = "") -> None:
        box = QCheckBox()
        box.setObjectName("flag_" + code)
        box.setChecked(ticked)
        self.flag_boxes[code] = box
        self._flags[code] = (origin, evidence)
        self.flags_column.addWidget(box)
        box.show()  # added to a panel already on screen: not shown by itself
        # keep Tab in reading order: the button, the signs, then "Add a warning sign"
        previous = list(self.flag_boxes.values())
        before = previous[-2] if len(previous) > 1 else self.signs_button
        QWidget.setTabOrder(before, box)
        QWidget.setTabOrder(box, self.add_flag_combo)

    def _drop_flag_box(self, code: str) -> None:
        box = self.flag_boxes.pop(code)
        self._flags.pop(code, None)
        self.flags_column.removeWidget(box)
        box.deleteLater()

    def add_chosen_flag(self) -> None:
        """Tick the warning sign chosen in "Add a warning sign…" (focus stays there)."""
        code = self.add_flag_combo.currentData()
        if not code:
            return
        if code in self.flag_boxes:
            self.flag_boxes[code].setChecked(True)
        else:
            self._add_flag_box(code, "user", True)
        self.render()
        self.add_flag_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _folded(self, unfolded: bool) -> None:
        self.signs_panel.setVisible(unfolded)
        self.signs_button.setArrowType(Qt.ArrowType.DownArrow if unfolded
                                       else Qt.ArrowType.RightArrow)
        if unfolded:
            self.render()

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        """Enter on "Add a warning sign…" ticks the chosen sign."""
        if watched is self.add_flag_combo and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.add_chosen_flag()
            return True
        return super().eventFilter(watched, event)

    # ---- texts ---------------------------------------------------------------------

    def render(self) -> None:
        count = sum(box.isChecked() for box in self.flag_boxes.values())
        text = translate("QuickCaptureForm", "Warnin&g signs (%1)").replace("%1", str(count)) \
            if count else translate("QuickCaptureForm", "Warnin&g signs (optional)")
        self.signs_button.setText(text)
        self.signs_button.setAccessibleName(text.replace("&", ""))
        self.signs_button.setToolTip(translate("QuickCaptureForm",
                                               "Show or hide the warning signs"))
        if not self.signs_panel.isVisible() and not self.signs_button.isChecked():
            return
        lang = ui_language()
        for code, box in self.flag_boxes.items():
            title, explanation = flag_title(code, lang)
            origin = self._flags[code][0]
            text = title if origin == "analysis" else \
                translate("QuickCaptureForm", "%1 (added by you)").replace("%1", title)
            box.setText(text)
            box.setAccessibleName(text)
            box.setToolTip(explanation)
            box.setAccessibleDescription(
                translate("QuickCaptureForm", "Found in the message") if origin == "analysis"
                else translate("QuickCaptureForm", "Added by you"))
        self._fill_add_combo(lang)

    def _fill_add_combo(self, lang: str) -> None:
        """"Add a warning sign…" lists the signs not ticked yet."""
        combo = self.add_flag_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("QuickCaptureForm", "Add a warning sign…"), None)
        for code in FLAG_CODES:
            if code not in self.flag_boxes or not self.flag_boxes[code].isChecked():
                combo.addItem(flag_title(code, lang)[0], code)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def retranslate(self) -> None:
        self.signs_title.setText(translate(
            "QuickCaptureForm", "Ticked: the warning signs of this contact. Untick one that "
                                "is wrong, or add one."))
        self.signs_panel.setAccessibleName(translate("QuickCaptureForm", "Warning signs"))
        self.add_flag_combo.setAccessibleName(translate("QuickCaptureForm",
                                                        "Add a warning sign"))
        self.add_flag_button.setText(translate("QuickCaptureForm", "A&dd"))
        self.add_flag_button.setAccessibleName(translate("QuickCaptureForm",
                                                         "Add this warning sign"))
        self.render()
