"""What a feature package may ask of the main window, and how it plugs into it.

Each feature package (``check``, ``journal``, ``reviews``, ``guidance``, ``settings``) exposes
one ``FEATURE`` in its ``__init__``: the page key, its title (marked for translation once, in
the feature's own context), the factory of its page and, if it has one, of its Home panel.
The factories receive the ``Shell``: the window as the features see it, with no access to
its widgets. The factories import their page module lazily, so start-up stays light.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from vigilance_app.analysis.checked import CheckedMessage
    from vigilance_app.services import AppServices


class Shell(Protocol):
    """The main window, as the features see it."""

    @property
    def services(self) -> AppServices: ...

    @property
    def locked(self) -> bool: ...

    # Emitted with the page key whenever another page is shown.
    page_changed: SignalInstance
    # Emitted (with the new profile id) when the person watched over changes.
    profile_changed: SignalInstance
    # Emitted after Settings changed custody, preferences or the people.
    settings_changed: SignalInstance

    def show_page(self, key: str) -> None: ...

    def page(self, key: str) -> QWidget | None: ...

    def show_plan(self, situation: str, journal_entry_id: int | None = None) -> None: ...

    def open_journal_capture(self, checked: CheckedMessage) -> None: ...

    def bring_forward(self) -> None: ...

    def top_widget(self) -> QWidget:
        """The window as a widget: the parent of dialogs, the one whose paint is awaited."""
        ...


@runtime_checkable
class Refreshable(Protocol):
    """A page or panel that reloads what it shows from the store when asked (shown again,
    another person chosen, settings changed)."""

    def refresh(self) -> None: ...


@dataclass(frozen=True)
class Feature:
    """One page of the side navigation. ``title`` is an English source text marked with
    ``QT_TRANSLATE_NOOP(context, ...)`` in the feature's package, so it is translated in that
    feature's area; ``home_panel`` returns None when it has nothing to show."""

    key: str
    title: str
    context: str
    page: Callable[[Shell], QWidget]
    home_panel: Callable[[Shell], QWidget | None] | None = None
