"""The main window: the person watched over at the top, a side navigation, one page at a time.

The pages are the ``FEATURE`` entries of the feature packages, listed in ``PAGES``; the
window is the ``Shell`` they are given (``vigilance_app.ui.kit.shell``). A page is built the
first time it is shown (start-up builds Home only) and every page is destroyed when the store
locks, so no data stays in a widget behind the lock screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.services import AppServices
from vigilance_app.ui import check, guidance, help, journal, reviews, settings
from vigilance_app.ui.kit.accessible import ComboBox, install_accessibility
from vigilance_app.ui.kit.i18n import Retranslatable
from vigilance_app.ui.kit.shell import Feature, Refreshable
from vigilance_app.ui.kit.theme import heading
from vigilance_app.ui.shell.home_page import HomePage
from vigilance_app.vault import CustodyMode, KeyringStatus

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection

    from vigilance_app.analysis.checked import CheckedMessage


@runtime_checkable
class _OpensPlans(Protocol):
    """The guidance page, as the window uses it."""

    def open_plan(self, situation: str, journal_entry_id: int | None) -> None: ...


@runtime_checkable
class _CapturesChecked(Protocol):
    """The journal page, as the window uses it."""

    def capture_from_checked(self, checked: CheckedMessage) -> None: ...


def _home_page(window: MainWindow) -> QWidget:
    page = HomePage(window.services, keyring_status=window.keyring_status)
    page.open_settings_requested.connect(lambda: window.show_page("settings"))
    page.check_requested.connect(lambda: window.show_page("check"))
    page.capture_requested.connect(lambda channel: _start_capture(window, channel))
    page.keyring_status_changed.connect(window.set_keyring_status)
    by_key = {feature.key: feature for feature in window.features}
    for key in HOME_PANEL_ORDER:
        feature = by_key.get(key)
        if feature is None or feature.home_panel is None:
            continue
        panel = feature.home_panel(window)
        if panel is not None:
            page.add_panel(panel)
    return page


def _start_capture(window: MainWindow, channel: str) -> None:
    """Home's "I received a call / a message": the journal's quick capture."""
    window.show_page("journal")
    page = window.page("journal")
    start = getattr(page, "start_capture", None)
    if start is not None:
        start(channel)


HOME = Feature("home", QT_TRANSLATE_NOOP("MainWindow", "Home"), "MainWindow",
               _home_page)  # type: ignore[arg-type]  # Home needs the window itself
# The side navigation, in order: one entry per feature package.
PAGES: list[Feature] = [HOME, check.FEATURE, journal.FEATURE, guidance.FEATURE,
                        reviews.FEATURE, settings.FEATURE, help.FEATURE]
# The features' panels on Home, in this order: what needs doing first (the next step of a
# plan in progress), then the account checks due, then the latest journal entries.
HOME_PANEL_ORDER = ("guidance", "reviews", "journal")


class MainWindow(Retranslatable, QMainWindow):
    """``lock_requested`` is emitted by "Lock now" (Ctrl+L, password mode only)."""

    lock_requested = Signal()
    page_changed = Signal(str)
    profile_changed = Signal(int)
    erase_requested = Signal()  # Settings: the person confirmed "Erase everything"
    restore_requested = Signal(object, object)  # Settings: (backup file, Secret)
    settings_changed = Signal()

    def __init__(self, services: AppServices, keyring_status: KeyringStatus | None = None,
                 can_lock: bool = True, pages: list[Feature] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.keyring_status = keyring_status
        self.can_lock = can_lock
        self.features: list[Feature] = PAGES if pages is None else pages
        self._built: list[tuple[Feature, QWidget | None]] = []  # None: not shown yet
        self._page_actions: list[QAction] = []
        self._resume_page: str | None = None
        self.close_hook: Callable[[Any], bool] | None = None
        self.setObjectName("mainWindow")
        install_accessibility()  # combo boxes named by their purpose; focus kept in view

        # Header: the person watched over, and "Lock now"
        self.profile_caption = QLabel()
        self.profile_name = heading(QLabel(), level=2)
        self.profile_name.setTextFormat(Qt.TextFormat.PlainText)
        self.profile_name.setObjectName("profileName")
        self.profile_combo = ComboBox()
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.activated.connect(self._profile_chosen)
        self.profile_caption.setBuddy(self.profile_combo)
        self.lock_button = QPushButton()
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.lock_action.triggered.connect(self.lock_requested)
        self.lock_button.clicked.connect(self.lock_action.trigger)
        self.addAction(self.lock_action)
        # F1 opens the Help page, from anywhere in the window.
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.help_action.triggered.connect(lambda: self._go("help"))
        self.addAction(self.help_action)
        header = QHBoxLayout()
        header.addWidget(self.profile_caption)
        header.addWidget(self.profile_name)
        header.addWidget(self.profile_combo)
        header.addStretch(1)
        header.addWidget(self.lock_button)

        # Navigation and pages
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.selectionModel().selectionChanged.connect(self._selection_changed)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)

        self.content = QWidget()
        column = QVBoxLayout(self.content)
        column.addLayout(header)
        column.addLayout(body, 1)

        self.outer = QStackedWidget()
        self.outer.addWidget(self.content)
        self.setCentralWidget(self.outer)
        self.lock_screen: QWidget | None = None

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setObjectName("custodyStatus")
        self.status_label.setMinimumWidth(1)  # never forces the window wider
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.statusBar().setSizeGripEnabled(False)

        self.setTabOrder(self.profile_combo, self.lock_button)
        self.setTabOrder(self.lock_button, self.nav)
        self.setTabOrder(self.nav, self.pages)

        if services.unlocked:
            self._build_pages()
        self.retranslate()
        self.resize(980, 680)

    # ---- pages ---------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None and self.outer.currentWidget() is self.lock_screen

    def page_keys(self) -> list[str]:
        return [spec.key for spec, _ in self._built]

    def page(self, key: str) -> QWidget | None:
        """The page for ``key``, built now if it was not shown yet."""
        keys = self.page_keys()
        return self._ensure(keys.index(key)) if key in keys else None

    def _ensure(self, row: int) -> QWidget:
        spec, widget = self._built[row]
        if widget is None:
            widget = spec.page(self)
            stub = self.pages.widget(row)
            self.pages.insertWidget(row, widget)
            self.pages.removeWidget(stub)
            stub.deleteLater()
            self._built[row] = (spec, widget)
            self._follow(widget)
        return widget

    def current_page_key(self) -> str | None:
        row = self.nav.currentRow()
        return self._built[row][0].key if 0 <= row < len(self._built) else None

    def show_page(self, key: str) -> None:
        keys = self.page_keys()
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def show_plan(self, situation: str, journal_entry_id: int | None = None) -> None:
        """Open the plan for a situation code on the "What to do?" page; a plan started from a
        journal entry is linked to it. The journal, the check page and the reviews call this."""
        self.show_page("guidance")
        page = self.page("guidance")
        if isinstance(page, _OpensPlans):
            page.open_plan(situation, journal_entry_id)

    def open_journal_capture(self, checked: CheckedMessage) -> None:
        """Open the journal with a new entry filled from a checked message (a
        ``CheckedMessage``: "Add to the journal" on the check page)."""
        self.show_page("journal")
        page = self.page("journal")
        if isinstance(page, _CapturesChecked):
            page.capture_from_checked(checked)

    def bring_forward(self) -> None:
        """Show the window in front of the others (from the tray or a second start)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def top_widget(self) -> QWidget:
        return self

    def _build_pages(self) -> None:
        for spec in self.features:
            self._built.append((spec, None))
            self.pages.addWidget(QWidget())  # stands in until the page is first shown
            item = QListWidgetItem()
            self.nav.addItem(item)
            index = len(self._built)
            action = QAction(self)
            if index <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, k=spec.key: self._go(k))
            self.addAction(action)
            self._page_actions.append(action)
        self.retranslate()  # the new items get their titles (also after an unlock)
        self._load_profiles()
        self.nav.setCurrentRow(0)

    def _follow(self, page: QWidget) -> None:
        """Settings may change how the journal opens, the idle delay or the profiles."""
        custody = getattr(page, "custody_changed", None)
        if custody is not None:
            custody.connect(self._custody_changed)
        for name in ("erase_requested", "restore_requested"):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(getattr(self, name))
        for name in ("preferences_changed", "lock_delay_changed", "profiles_changed"):
            signal = getattr(page, name, None)
            if signal is not None:
                signal.connect(lambda *_: self.refresh())

    def _custody_changed(self, *_args: object) -> None:
        self.set_keyring_status(None)  # read again from the vault when next shown
        self.refresh()

    def _drop_pages(self) -> None:
        self._resume_page = self.current_page_key()
        for action in self._page_actions:
            self.removeAction(action)
            action.deleteLater()
        self._page_actions.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        self.nav.blockSignals(False)
        while self.pages.count():
            widget = self.pages.widget(0)
            self.pages.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._built.clear()
        self.profile_combo.clear()
        self.profile_name.clear()

    def _go(self, key: str) -> None:
        self.show_page(key)
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_row(self, row: int) -> None:
        if 0 <= row < self.pages.count():
            page = self._ensure(row)
            self.pages.setCurrentIndex(row)
            if isinstance(page, Refreshable):
                page.refresh()
            self.refresh_custody()
            self.page_changed.emit(self._built[row][0].key)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        """Assistive tools select an item without a click or a current-row change."""
        rows = [index.row() for index in selected.indexes()]
        if rows and rows[0] != self.nav.currentRow():
            self.nav.setCurrentRow(rows[0])

    def _update_nav_width(self) -> None:
        self.nav.setFixedWidth(max(
            160, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24))

    # ---- lock / unlock (driven by vigilance_app.ui.shell.lock) ---------------------

    def hide_content(self, lock_screen: QWidget) -> None:
        """Forget every page and show ``lock_screen`` instead (the store is already closed)."""
        self._drop_pages()
        if self.lock_screen is not None:
            self.outer.removeWidget(self.lock_screen)
            self.lock_screen.deleteLater()
        self.lock_screen = lock_screen
        self.outer.addWidget(lock_screen)
        self.outer.setCurrentWidget(lock_screen)
        self.content.hide()
        self.refresh()

    def restore_content(self) -> None:
        """The store is open again: rebuild the pages and return to the page that was open."""
        resume = self._resume_page
        self._build_pages()
        self.outer.setCurrentWidget(self.content)
        if self.lock_screen is not None:
            self.outer.removeWidget(self.lock_screen)
            self.lock_screen.deleteLater()
            self.lock_screen = None
        if resume:
            self.show_page(resume)
        self.refresh()
        self.nav.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- profile -------------------------------------------------------------------

    def _load_profiles(self) -> None:
        store = self.services.store
        self.profile_combo.clear()
        if store is None:
            return
        profiles = store.profiles()
        active = store.active_profile()
        for profile in profiles:
            self.profile_combo.addItem(profile.display_name, profile.id)
        if active is not None:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(active.id))
            self.profile_name.setText(active.display_name)
        several = len(profiles) > 1
        self.profile_combo.setVisible(several)
        self.profile_name.setVisible(not several)

    def _profile_chosen(self, index: int) -> None:
        store = self.services.store
        profile_id = self.profile_combo.itemData(index)
        if store is None or profile_id is None:
            return
        store.set_active_profile(int(profile_id))
        self.profile_name.setText(self.profile_combo.itemText(index))
        for _spec, widget in self._built:
            if isinstance(widget, Refreshable):
                widget.refresh()
        self.profile_changed.emit(int(profile_id))

    # ---- state and texts -----------------------------------------------------------

    def set_keyring_status(self, status: KeyringStatus | None) -> None:
        self.keyring_status = status
        home = self.page("home")
        if isinstance(home, HomePage):
            home.set_keyring_status(status)
        self.refresh_custody()

    @property
    def password_mode(self) -> bool:
        return self.services.vault.mode is CustodyMode.PASSWORD

    def refresh(self) -> None:
        """Custody or profiles may have changed (Settings): update the header and status."""
        if self.services.unlocked and not self.locked:
            self._load_profiles()
        self.refresh_custody()
        self.settings_changed.emit()

    def refresh_custody(self) -> None:
        lockable = self.can_lock and self.password_mode and not self.locked
        self.lock_action.setEnabled(lockable)
        self.lock_button.setVisible(lockable)
        for action in self._page_actions:
            action.setEnabled(not self.locked)
        self.help_action.setEnabled(not self.locked and "help" in self.page_keys())
        visible_header = not self.locked
        self.profile_caption.setVisible(visible_header)
        self.status_label.setText(self._status_text())
        self.status_label.setToolTip(self.status_label.text())
        self.status_label.setAccessibleName(self.status_label.text())

    def _status_text(self) -> str:
        if not self.services.unlocked:
            return self.tr("Locked: enter your app password to continue.")
        if self.password_mode:
            return self.tr("Open. Encrypted, protected by your app password.")
        if self.keyring_status in (None, KeyringStatus.AVAILABLE):
            return self.tr("Open. Encrypted, opened by the system keyring.")
        return self.tr("Open. Encrypted; the system keyring lacks its key (see Home).")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Vigilance"))
        self.profile_caption.setText(self.tr("Person watched over:"))
        self.profile_combo.setAccessibleName(self.tr("Person watched over"))
        self.profile_combo.setToolTip(self.tr("Choose whose journal is shown"))
        self.lock_action.setText(self.tr("Lock now"))
        self.lock_button.setText(self.tr("&Lock now"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.help_action.setText(self.tr("Help (F1)"))
        self.lock_button.setToolTip(self.tr("Hide your data until the app password is entered "
                                            "(Ctrl+L)"))
        self.nav.setAccessibleName(self.tr("Sections"))
        self.pages.setAccessibleName(self.tr("Current section"))
        for row, (spec, _widget) in enumerate(self._built):
            title = QCoreApplication.translate(spec.context, spec.title)
            self.nav.item(row).setText(title)
            self.nav.item(row).setToolTip(f"{title} (Ctrl+{row + 1})" if row < 9 else title)
            self._page_actions[row].setText(self.tr("Go to {page}").format(page=title))
        if self._built:
            self._update_nav_width()
        self.refresh_custody()

    def closeEvent(self, event: Any) -> None:
        """``close_hook(event)`` (set by the launcher) may keep the app running in the tray:
        it returns True when it handled the close."""
        hook = self.close_hook
        if hook is not None and hook(event):
            return
        super().closeEvent(event)

    def changeEvent(self, event: Any) -> None:
        if (event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
              and self._built):
            self._update_nav_width()  # the text size changed in Settings
        super().changeEvent(event)
