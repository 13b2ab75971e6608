"""The emergency sheet: the recovery key on paper (printed, or saved as a PDF file).

The same fixed template is used for the printer and for the PDF file: our own HTML with the
key and the date, and the profile name escaped as plain text. The sheet's language is the
one asked for, whatever language the interface is using at the moment.
"""

from __future__ import annotations

import html
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QLocale,
    QMarginsF,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigilance_app.paths import FILE_MODE
from vigilance_app.ui.kit.i18n import Retranslatable, current_language, load_translator, locale_for
from vigilance_app.ui.kit.theme import set_font_role
from vigilance_app.vault.recovery_key import GROUP_SIZE, normalize_recovery_key

try:  # PySide6-Essentials ships QtPrintSupport; keep working (PDF only) if a build lacks it.
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    PRINT_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the Qt build
    PRINT_SUPPORTED = False

CONTEXT = "RecoverySheet"

# The sheet's fixed texts (translated with the sheet's own language, see _SheetText).
SHEET = {
    "title": QT_TRANSLATE_NOOP("RecoverySheet", "Vigilance — emergency sheet"),
    "for": QT_TRANSLATE_NOOP("RecoverySheet", "Journal of:"),
    "date": QT_TRANSLATE_NOOP("RecoverySheet", "Sheet made on:"),
    "key": QT_TRANSLATE_NOOP("RecoverySheet", "Your recovery key"),
    "alphabet": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "The key never contains the digits 0 and 1 nor the letters O, I and L, so that they "
        "cannot be confused. Capital or small letters, spaces and dashes do not matter "
        "when you type it.",
    ),
    "what_title": QT_TRANSLATE_NOOP("RecoverySheet", "What is it for?"),
    "what": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "This key opens your Vigilance journal when the computer no longer opens it by "
        "itself, or if you forget your app password (for example after a repair, a new "
        "computer or an update of the system). Without this key and without your password, "
        "nobody can open your journal, not even us: it is the price of privacy.",
    ),
    "where_title": QT_TRANSLATE_NOOP("RecoverySheet", "Where to keep it?"),
    "where_1": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Keep this sheet on paper, at home, with your important papers.",
    ),
    "where_2": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Do not send it by email or text message and do not take a photo of it.",
    ),
    "where_3": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "If you saved it as a file, keep that file on a USB stick put away, not on the "
        "computer's desktop.",
    ),
    "never_title": QT_TRANSLATE_NOOP("RecoverySheet", "Nobody will ever ask you for it"),
    "never": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "The people who make Vigilance will never ask you for this key, by phone, email or "
        "text message. Neither will your bank, the police or the Assurance Maladie. If "
        "someone asks you for it, it is a scam: hang up or do not reply.",
    ),
    "how_title": QT_TRANSLATE_NOOP("RecoverySheet", "How to use it?"),
    "how": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "When Vigilance cannot open your journal, it offers to type the recovery key. Type "
        "the 28 characters above; Vigilance then opens as usual.",
    ),
    "footer": QT_TRANSLATE_NOOP(
        "RecoverySheet",
        "Vigilance keeps everything on your computer. This sheet is the only copy of the "
        "key outside the computer.",
    ),
}


class _SheetText:
    """Looks the fixed texts up in the sheet's language (not the interface's)."""

    def __init__(self, lang: str) -> None:
        self._translator = load_translator(lang) if lang != "en" else None

    def __call__(self, key: str) -> str:
        source = SHEET[key]
        if self._translator is not None:
            found = self._translator.translate(CONTEXT, source)
            if found:
                return found
        return source


def key_groups(recovery_key: str) -> list[str]:
    """``ABCD-EFGH-…`` (any accepted spelling) → ``["ABCD", "EFGH", …]``."""
    raw = normalize_recovery_key(recovery_key)
    return [raw[i:i + GROUP_SIZE] for i in range(0, len(raw), GROUP_SIZE)]


def format_date(day: date, lang: str) -> str:
    return locale_for(lang).toString(QDate(day.year, day.month, day.day),
                                     QLocale.FormatType.LongFormat)


def sheet_html(recovery_key: str, profile_name: str, created_date: date, lang: str) -> str:
    """The sheet as HTML built from our own template; only the name comes from the user."""
    t = _SheetText(lang)
    esc = html.escape
    groups = key_groups(recovery_key)
    gap = "&nbsp;&nbsp;"
    key_lines = f"{gap.join(groups[:4])}<br/>{gap.join(groups[4:])}"
    key_style = (
        "font-family: 'DejaVu Sans Mono', 'Consolas', 'Courier New', monospace; "
        "font-size: 28pt; font-weight: bold;"
    )
    return f"""<html><body style="font-family: 'DejaVu Sans', 'Segoe UI', 'Arial', sans-serif;
font-size: 12pt; color: #000000;">
<p style="font-size: 22pt; font-weight: bold; margin-bottom: 6pt;">{esc(t("title"))}</p>
<p style="font-size: 13pt;">{esc(t("for"))} <b>{esc(profile_name)}</b><br/>
{esc(t("date"))} {esc(format_date(created_date, lang))}</p>
<p style="font-size: 15pt; font-weight: bold; margin-top: 8pt;">{esc(t("key"))}</p>
<table border="2" cellspacing="0" cellpadding="12" style="border-color: #000000;
border-style: solid;"><tr><td style="{key_style}">{key_lines}</td></tr></table>
<p style="font-size: 11pt;">{esc(t("alphabet"))}</p>
<p style="font-size: 14pt; font-weight: bold; margin-top: 8pt;">{esc(t("what_title"))}</p>
<p>{esc(t("what"))}</p>
<p style="font-size: 14pt; font-weight: bold; margin-top: 8pt;">{esc(t("where_title"))}</p>
<ul><li>{esc(t("where_1"))}</li><li>{esc(t("where_2"))}</li><li>{esc(t("where_3"))}</li></ul>
<p style="font-size: 14pt; font-weight: bold; margin-top: 8pt;">{esc(t("never_title"))}</p>
<p><b>{esc(t("never"))}</b></p>
<p style="font-size: 14pt; font-weight: bold; margin-top: 8pt;">{esc(t("how_title"))}</p>
<p>{esc(t("how"))}</p>
<p style="font-size: 9pt; margin-top: 18pt;">{esc(t("footer"))}</p>
</body></html>"""


def build_sheet_document(recovery_key: str, profile_name: str, created_date: date,
                         lang: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(sheet_html(recovery_key, profile_name, created_date, lang))
    return doc


def _a4_layout() -> tuple[QPageSize, QMarginsF]:
    # QTextDocument.print_ adds its own 2 cm margin inside the page margins.
    return QPageSize(QPageSize.PageSizeId.A4), QMarginsF(0, 0, 0, 0)


def write_recovery_pdf(path: str | os.PathLike[str], recovery_key: str, profile_name: str,
                       created_date: date, lang: str) -> Path:
    """Write the emergency sheet as an A4 PDF, readable only by the user (mode 0600)."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    writer = QPdfWriter(str(tmp))
    page_size, margins = _a4_layout()
    writer.setPageSize(page_size)
    writer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(_SheetText(lang)("title"))
    writer.setCreator("Vigilance")
    build_sheet_document(recovery_key, profile_name, created_date, lang).print_(writer)
    del writer  # flushes and closes the file
    try:
        if os.name == "posix":
            os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def print_recovery_sheet(parent: QWidget | None, recovery_key: str, profile_name: str,
                         created_date: date, lang: str) -> bool:
    """Ask for a printer and print the sheet; False if cancelled or printing is unavailable."""
    if not PRINT_SUPPORTED:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    page_size, margins = _a4_layout()
    printer.setPageSize(page_size)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    printer.setDocName(_SheetText(lang)("title"))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    build_sheet_document(recovery_key, profile_name, created_date, lang).print_(printer)
    return True


class RecoveryKeyPanel(Retranslatable, QWidget):
    """The recovery key in large grouped characters, with Print and Save as PDF."""

    sheet_saved = Signal(str)
    sheet_printed = Signal()

    def __init__(self, recovery_key: str, profile_name: str, created_date: date,
                 parent: QWidget | None = None, password_mode: bool | None = None) -> None:
        super().__init__(parent)
        # How the journal opens every day (None: not said), so the intro speaks only of the
        # way that exists: no "password" where there is none.
        self.password_mode = password_mode
        self.groups = key_groups(recovery_key)
        self.recovery_key = "-".join(self.groups)
        self.profile_name = profile_name
        self.created_date = created_date

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.key_frame = QFrame()
        self.key_frame.setFrameShape(QFrame.Shape.Box)
        self.key_frame.setLineWidth(2)
        self.key_frame.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader can land on it
        grid = QGridLayout(self.key_frame)
        grid.setHorizontalSpacing(24)
        self.group_labels: list[QLabel] = []
        for index, group in enumerate(self.groups):
            label = QLabel(group)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            set_font_role(label, scale=1.8, bold=True, monospace=True)
            grid.addWidget(label, index // 4, index % 4)
            self.group_labels.append(label)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.print_button = QPushButton()
        self.print_button.setVisible(PRINT_SUPPORTED)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.key_frame)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self._status_key: tuple[str, str] | None = None
        self.retranslate()

    # ---- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.password_mode is None:
            self.intro.setText(self.tr(
                "This is your recovery key. It opens your journal if this computer no longer "
                "opens it by itself or if you forget your password. Write it down carefully "
                "or print it now, and keep the sheet at home with your important papers."
            ))
        elif self.password_mode:
            self.intro.setText(self.tr(
                "This is the recovery key. It opens the journal if the app password is "
                "forgotten. Write it down carefully or print it now, and keep the sheet at "
                "home with the important papers."
            ))
        else:
            self.intro.setText(self.tr(
                "This is the recovery key. It opens the journal if this computer no longer "
                "opens it by itself (after a repair, a new computer or a system update). "
                "Write it down carefully or print it now, and keep the sheet at home with "
                "the important papers."
            ))
        self.hint.setText(self.tr(
            "The key has 7 groups of 4 characters. It never contains 0, 1, O, I or L, so they "
            "cannot be confused. Nobody from Vigilance will ever ask you for it."
        ))
        self.key_frame.setAccessibleName(self.tr("Recovery key"))
        # Spelled out character by character, group by group, for screen readers.
        self.key_frame.setAccessibleDescription(
            ", ".join(" ".join(group) for group in self.groups)
        )
        for index, label in enumerate(self.group_labels, start=1):
            label.setAccessibleName(self.tr("Group %1 of 7").replace("%1", str(index)))
        self.print_button.setText(self.tr("&Print the sheet…"))
        self.print_button.setAccessibleName(self.tr("Print the emergency sheet"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the emergency sheet as a PDF file"))
        if not PRINT_SUPPORTED:
            self._status_key = ("no_print", "")
        self._show_status()

    def _show_status(self) -> None:
        self.status.setVisible(self._status_key is not None)
        if self._status_key is None:
            self.status.clear()
            return
        kind, detail = self._status_key
        texts = {
            "saved": self.tr("The emergency sheet was saved in: %1"),
            "printed": self.tr("The emergency sheet was sent to the printer."),
            "save_failed": self.tr(
                "The file could not be saved there. Please choose another folder or a USB stick."
            ),
            "no_print": self.tr(
                "Printing is not available here: save the sheet as a PDF file, then print "
                "that file."
            ),
        }
        self.status.setText(texts[kind].replace("%1", detail))

    # ---- actions -------------------------------------------------------------------------

    def _lang(self) -> str:
        return current_language(QApplication.instance())

    def print_sheet(self) -> bool:
        printed = print_recovery_sheet(self, self.recovery_key, self.profile_name,
                                       self.created_date, self._lang())
        if printed:
            self._status_key = ("printed", "")
            self._show_status()
            self.sheet_printed.emit()
        return printed

    def default_pdf_path(self) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return str(Path(folder) / self.tr("Vigilance - emergency sheet.pdf"))

    def ask_pdf_path(self) -> str:
        """The file chosen by the person; '' when cancelled (tests replace this method)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the emergency sheet"), self.default_pdf_path(),
            self.tr("PDF files (*.pdf)"),
        )
        return path

    def save_pdf(self) -> str | None:
        path = self.ask_pdf_path()
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            write_recovery_pdf(path, self.recovery_key, self.profile_name,
                               self.created_date, self._lang())
        except OSError:
            self._status_key = ("save_failed", "")
            self._show_status()
            return None
        self._status_key = ("saved", path)
        self._show_status()
        self.sheet_saved.emit(path)
        return path
