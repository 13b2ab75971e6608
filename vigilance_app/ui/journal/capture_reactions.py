"""What the person did, and what they gave, in the quick capture form: one tick per reaction;
once a risky one is ticked, a calm line and the kinds of information given (never the
numbers themselves).

``ReactionsSection`` creates the widgets and reads the ticks; the form lays the widgets out.
Its texts keep the form's translation context ("QuickCaptureForm").
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QGridLayout, QWidget

from vigilance_app import vocabulary
from vigilance_app.ui.journal import labels as labels
from vigilance_app.ui.kit.common import plain_label
from vigilance_app.ui.kit.i18n import translate
from vigilance_app.ui.kit.person_words import PersonWords
from vigilance_app.ui.kit.theme import set_font_role

# What a risky reaction usually gave away: ticked for the person when they tick the reaction.
REACTION_DISCLOSED: dict[str, str] = {
    "gave_credentials": "credentials", "gave_card_details": "card",
    "gave_bank_details": "bank", "gave_nir": "nir", "gave_personal_info": "identity",
}
DISCLOSED_CODES: tuple[str, ...] = (
    "card", "bank", "credentials", "nir", "identity", "address", "phone", "email", "health",
    "other",
)  # the repository's DISCLOSED_CATEGORIES (not imported: the core is loaded lazily)


def _ticks(codes: tuple[str, ...] | list[str], prefix: str) -> dict[str, QCheckBox]:
    boxes: dict[str, QCheckBox] = {}
    for code in codes:
        box = QCheckBox()
        box.setObjectName(prefix + code)
        boxes[code] = box
    return boxes


def _grid(box: QFrame) -> QGridLayout:
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    return grid


class ReactionsSection(QObject):
    """The reactions' ticks, the line shown after a risky one, and what was given."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words = PersonWords()  # whose journal: "What did you do?" or "What did Jeanne do?"
        self.reactions_box = QFrame()
        self.reactions_box.setObjectName("reactions")
        self.reactions_title = plain_label()
        self.reactions_grid = _grid(self.reactions_box)
        self.reaction_boxes = _ticks(vocabulary.REACTIONS, "reaction_")
        for box in self.reaction_boxes.values():
            box.toggled.connect(self.render)
        self._reaction_columns = 0
        self.risky_line = plain_label()
        self.risky_line.setObjectName("riskyLine")
        set_font_role(self.risky_line, bold=True)  # stands out without relying on colour
        self.risky_line.hide()

        # What was given (categories only): shown once a risky reaction is ticked
        self.disclosed_box = QFrame()
        self.disclosed_box.setObjectName("disclosed")
        self.disclosed_title = plain_label()
        self.disclosed_grid = _grid(self.disclosed_box)
        self.disclosed_boxes = _ticks(DISCLOSED_CODES, "disclosed_")
        self._disclosed_columns = 0
        self.disclosed_box.hide()
        for code, box in self.reaction_boxes.items():
            box.toggled.connect(lambda on, c=code: self._reaction_ticked(c, on))
        self.layout_columns()

    def reactions(self) -> list[str]:
        return [code for code, box in self.reaction_boxes.items() if box.isChecked()]

    def disclosed(self) -> list[str]:
        return [code for code, box in self.disclosed_boxes.items() if box.isChecked()]

    def set_disclosed(self, disclosed: Iterable[str]) -> None:
        chosen = set(disclosed)
        for code, box in self.disclosed_boxes.items():
            box.setChecked(code in chosen)
        self.render()

    def _reaction_ticked(self, code: str, on: bool) -> None:
        category = REACTION_DISCLOSED.get(code)
        if on and category:
            self.disclosed_boxes[category].setChecked(True)

    def render(self) -> None:
        """The calm line and "what did you give" follow the risky reactions."""
        risky = [code for code in self.reactions() if code in vocabulary.RISKY_REACTIONS]
        self.risky_line.setVisible(bool(risky))
        self.disclosed_box.setVisible(bool(risky) or bool(self.disclosed()))
        self.risky_line.setText(translate(
            "QuickCaptureForm", "This can happen to anyone. Save the entry: Vigilance will "
                                "then show you what to do now, step by step."))

    # ---- layout --------------------------------------------------------------------

    def layout_columns(self) -> None:
        """Two columns of ticks at the usual text size, one when the text is large."""
        from vigilance_app.ui.kit.theme import base_point_size

        app = QApplication.instance()
        size = app.font().pointSizeF() if app is not None else 0
        columns = 1 if size >= 1.4 * base_point_size() else 2
        if columns != self._reaction_columns:
            self._reaction_columns = columns
            self._place(self.reactions_grid, self.reactions_title, self.reaction_boxes, columns)
        if columns != self._disclosed_columns:
            self._disclosed_columns = columns
            self._place(self.disclosed_grid, self.disclosed_title, self.disclosed_boxes, columns)

    @staticmethod
    def _place(grid: QGridLayout, title: QWidget, boxes: dict[str, QCheckBox],
               columns: int) -> None:
        for widget in (title, *boxes.values()):
            grid.removeWidget(widget)
        grid.addWidget(title, 0, 0, 1, columns)
        for index, box in enumerate(boxes.values()):
            grid.addWidget(box, 1 + index // columns, index % columns)

    # ---- texts ---------------------------------------------------------------------

    def retranslate(self) -> None:
        words = self.words
        self.reactions_title.setText(words.pick(
            translate("QuickCaptureForm", "What did you do? (tick all that apply)"),
            translate("QuickCaptureForm", "What did {name} do? (tick all that apply)")))
        self.reactions_box.setAccessibleName(words.pick(
            translate("QuickCaptureForm", "What you did"),
            translate("QuickCaptureForm", "What {name} did")))
        for code, box in self.reaction_boxes.items():
            box.setText(labels.reaction_for(code, words))
            box.setAccessibleName(box.text())
        self.disclosed_title.setText(words.pick(
            translate("QuickCaptureForm", "What did you give? (tick the kinds only: never "
                                          "write the numbers here)"),
            translate("QuickCaptureForm", "What did {name} give? (tick the kinds only: never "
                                          "write the numbers here)")))
        self.disclosed_box.setAccessibleName(words.pick(
            translate("QuickCaptureForm", "What you gave"),
            translate("QuickCaptureForm", "What {name} gave")))
        for code, box in self.disclosed_boxes.items():
            box.setText(labels.disclosed_name(code))
            box.setAccessibleName(labels.disclosed_name(code))
        self.render()
