"""Sentences worded for the person the journal is for: the user themself, or a relative.

The window speaks to whoever sits at the computer. When the journal shown is the user's own,
it says "your journal", "What did you give?"; when it is a relative's, "Jeanne's journal",
"What did Jeanne give?". Each variant is a whole translatable sentence (never pieces glued
together), with ``{name}`` where the relative's name goes:

    words = person_words(self.services.store)
    label.setText(words.pick(self.tr("Your journal is empty."),
                             self.tr("{name}'s journal is empty.")))

Both variants are marked at the call site, so lupdate finds them as usual. The active person is
read from the store each time (one small query), so a text set in ``retranslate`` follows both
the language and the person chosen at the top of the window, provided the widget words itself
again when the person changes (``refresh``, ``profile_changed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vigilance_app.people.api import Person, active_person


@dataclass(frozen=True)
class PersonWords:
    """Picks the wording for ``person`` (None: nobody yet, or the store is locked; the
    user's own wording then)."""

    person: Person | None = None

    @property
    def relative(self) -> bool:
        return self.person is not None and not self.person.is_self

    @property
    def name(self) -> str:
        return self.person.name if self.person is not None else ""

    def pick(self, own: str, relative: str, **values: Any) -> str:
        """``own`` for the user's own journal, ``relative`` (with ``{name}``) for a relative's,
        formatted with ``values`` (``{count}``…) in one go, so braces in a name stay text.
        Both are already translated."""
        text = relative if self.relative else own
        return text.format(name=self.name, **values)

    def pick_button(self, own: str, relative: str, **values: Any) -> str:
        """As ``pick``, for a text with a mnemonic ("&Open"): an "&" in the name is doubled,
        so it shows as itself instead of underlining the next letter."""
        text = relative if self.relative else own
        return text.format(name=self.name.replace("&", "&&"), **values)

    def pick_from(self, own: dict[str, str], relative: dict[str, str], key: str,
                  translate: Any, *, mnemonic: bool = False) -> str:
        """The entry ``key`` of one of two tables of marked source texts
        (``QT_TRANSLATE_NOOP``), translated by ``translate`` and worded for the person; a key
        the relative table lacks keeps the user's own wording. ``mnemonic``: a button text
        (see ``pick_button``)."""
        if self.relative and key in relative:
            name = self.name.replace("&", "&&") if mnemonic else self.name
            return translate(relative[key]).format(name=name)
        return translate(own[key]) if key in own else key


def person_words(store: Any) -> PersonWords:
    """The wording for the active person of ``store`` (None when locked)."""
    if store is None:
        return PersonWords()
    try:
        return PersonWords(active_person(store))
    except Exception:  # a store closing under us: the user's own wording, never a crash
        return PersonWords()


def without_mnemonic(text: str) -> str:
    """A button text as words (its accessible name): "&Open Jean && Lou's journal" →
    "Open Jean & Lou's journal"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
