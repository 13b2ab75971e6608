"""The keyboard on every page. No invisible Tab stop (a scroll area that only
holds a page takes no focus); the focused widget is scrolled into view; the focus on the
journal's table is seen; the focus in the side menu looks different from the selection."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from tests.fakes import MemoryKeyring
from tests.gui.test_app_support import english, make_services, make_store
from vigilance_app.preferences import Preferences
from vigilance_app.services import AppServices
from vigilance_app.ui.kit.accessible import install_focus_follower
from vigilance_app.ui.kit.common import VerticalScrollArea
from vigilance_app.ui.kit.i18n import remove_language
from vigilance_app.ui.kit.theme import apply_theme
from vigilance_app.ui.shell.main_window import PAGES, MainWindow
from vigilance_app.vault import KeyringStatus


@pytest.fixture(autouse=True)
def restore_look(qapp: QApplication) -> Iterator[None]:
    yield
    remove_language(qapp)
    apply_theme(qapp, Preferences())


@pytest.fixture
def services(qapp: QApplication, data_dir: Path,
             memory_keyring: MemoryKeyring) -> Iterator[AppServices]:
    english(qapp)
    make_store(data_dir, memory_keyring, profiles=("Jeanne",))
    services = make_services(data_dir, memory_keyring)
    services.open_with_key(services.vault.open_everyday().data_key)
    yield services
    services.lock()


@pytest.fixture
def window(qtbot, qapp: QApplication, services: AppServices) -> MainWindow:
    apply_theme(qapp, Preferences())  # the app's style: focus outlines
    window = MainWindow(services, keyring_status=KeyringStatus.AVAILABLE)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def is_container(widget: QWidget) -> bool:
    """A scroll area that only holds a page, or the viewport of one."""
    if isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit):
        return False
    if isinstance(widget, QScrollArea):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QScrollArea) and parent.viewport() is widget


def test_no_page_has_an_invisible_tab_stop(window: MainWindow) -> None:
    found: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        QApplication.processEvents()
        for area in window.findChildren(QAbstractScrollArea):
            if area.isVisible() and is_container(area):
                for widget in (area, area.viewport()):
                    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                        found.append(f"{spec.key}: {type(widget).__name__} "
                                     f"{area.objectName()!r}")
        window.nav.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(60):  # Tab through the page as a keyboard user does
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            if focused is not None and is_container(focused):
                found.append(f"{spec.key}: Tab stopped on {type(focused).__name__}")
    assert not found, "\n".join(dict.fromkeys(found))


def test_a_focused_widget_is_scrolled_into_view() -> None:
    install_focus_follower(QApplication.instance())
    content = QWidget()
    column = QVBoxLayout(content)
    buttons = [QPushButton(f"Button {n}") for n in range(40)]
    for button in buttons:
        column.addWidget(button)
    area = VerticalScrollArea(content)
    area.resize(300, 200)
    area.show()
    area.activateWindow()
    QApplication.processEvents()
    assert area.verticalScrollBar().value() == 0
    buttons[-1].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    top = buttons[-1].mapTo(area.viewport(), QPoint(0, 0)).y()
    assert top >= 0 and top + buttons[-1].height() <= area.viewport().height()
    area.close()


def test_tab_to_a_copy_button_off_screen_brings_it_into_view(qtbot, window: MainWindow) -> None:
    apply_theme(QApplication.instance(), Preferences(text_scale=200))
    window.show_plan("gave_card_details")
    QApplication.processEvents()
    view = window.page("guidance").plan_view
    viewport = view.scroll.viewport()

    def visible(widget: QWidget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top >= 0 and top + widget.height() <= viewport.height()

    hidden = [row.copy_button for card in view.cards for row in card.copy_rows
              if row.copy_button.isVisible() and not visible(row.copy_button)]
    assert hidden, "at 200 % some Copy buttons are below the fold"
    hidden[-1].setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert visible(hidden[-1])


def grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def differing(one: QImage, two: QImage, rect: QRect) -> int:
    return sum(1 for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1)
               if one.pixel(x, y) != two.pixel(x, y))


def test_focus_on_the_journal_table_is_seen(window: MainWindow) -> None:
    window.show_page("journal")
    table = window.page("journal").table
    QApplication.processEvents()
    window.nav.setFocus(Qt.FocusReason.OtherFocusReason)
    without = grab(table)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    assert table.hasFocus()
    with_focus = grab(table)
    assert differing(without, with_focus, table.rect()) > 2 * table.width()


def test_focus_in_the_side_menu_differs_from_the_selection(window: MainWindow) -> None:
    window.show_page("home")
    nav = window.nav
    rect = nav.visualItemRect(nav.currentItem())
    window.page("home").setFocus(Qt.FocusReason.OtherFocusReason)
    nav.clearFocus()
    selected_only = grab(nav.viewport())
    nav.setFocus(Qt.FocusReason.TabFocusReason)
    assert nav.hasFocus()
    focused = grab(nav.viewport())
    fill = QColor(nav.palette().color(QPalette.ColorRole.Highlight))

    def stands_out(x: int, y: int) -> bool:
        """Changed by the focus, in a colour far from the selection's fill."""
        if focused.pixel(x, y) == selected_only.pixel(x, y):
            return False
        colour = focused.pixelColor(x, y)
        return (abs(colour.red() - fill.red()) + abs(colour.green() - fill.green())
                + abs(colour.blue() - fill.blue())) > 150

    ring = sum(1 for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1) if stands_out(x, y))
    assert ring > rect.width()  # a ring that contrasts with the selection, not a shade of it


def test_home_tab_order_follows_the_visual_order(window: MainWindow,
                                                services: AppServices) -> None:
    from datetime import UTC, datetime

    from vigilance_app.guidance.progress import start_run

    start_run(services.store, services.store.active_profile().id, "gave_bank_details",
              datetime.now(UTC))  # a plan in progress: its "Continue" is on Home
    window.show_page("journal")
    window.show_page("home")
    QApplication.processEvents()
    home = window.page("home")
    stops: list[QWidget] = []
    widget = home.check_button
    for _ in range(200):
        if (home.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget not in stops):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is home.check_button:
            break
    assert len(stops) >= 4

    def place(w: QWidget) -> tuple[int, int]:
        point = w.mapTo(home, QPoint(0, 0))
        return point.y(), point.x()

    rows = [place(w) for w in stops]
    out_of_order = [(type(a).__name__, a.text() if hasattr(a, "text") else "", pa, pb)
                    for a, b, pa, pb in zip(stops, stops[1:], rows, rows[1:], strict=False)
                    if pb[0] + b.height() <= pa[0]]  # the next stop is wholly above
    assert not out_of_order, out_of_order
