"""A plan printed for a relative's fridge: the steps with boxes to tick, the official numbers,
where the advice comes from.

Built as a QTextDocument (our own escaped HTML: no text from a message ever goes in) and drawn
on the pages of a QPdfWriter or a printer. The text is never smaller than 12 points (older
eyes): a long plan takes a second page rather than a smaller text. The PDF file is readable by
its owner only (0600): it tells what happened to the person.
"""

from __future__ import annotations

import os
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from vigilance_app.ui.guidance.words import ordered_steps, urgency_words
from vigilance_app.ui.kit.i18n import translate
from vigilance_app.ui.kit.person_words import PersonWords

CONTEXT = "GuidancePdf"
BASE_POINTS = 12.0  # the body text, never smaller (a long plan takes more pages instead)
DONE_ON = QT_TRANSLATE_NOOP("GuidancePdf", "done on {date}")
NOT_APPLICABLE = QT_TRANSLATE_NOOP("GuidancePdf", "does not apply to me")
# Whose plan it is, under the title: a printed page on a fridge has no window around it. The
# steps themselves speak to the person it is printed for ("does not apply to me").
FOR_PERSON = QT_TRANSLATE_NOOP("GuidancePdf", "For: {name}")
FOOTER = QT_TRANSLATE_NOOP("GuidancePdf", "Advice version {version}, last reviewed on {date}. "
                                          "Sources: {publishers}.")
PRINTED_ON = QT_TRANSLATE_NOOP("GuidancePdf", "Printed on {date}.")
USEFUL = QT_TRANSLATE_NOOP("GuidancePdf", "Useful numbers")
TICK_HINT = QT_TRANSLATE_NOOP("GuidancePdf",
                              "Tick each box when the step is done, and write the date.")


def _day(value: Any) -> str:
    from vigilance_app.ui.guidance.plan import long_date

    return long_date(value)


def plan_html(plan: Any, content: Any, state: Any = None,
              printed_on: date | None = None, words: PersonWords | None = None) -> str:
    """The page as HTML (every text escaped); ``words``: whose plan it is."""
    words = words or PersonWords()
    ticks = state.ticks if state is not None else {}
    rows = []
    contacts: dict[str, Any] = {}
    for step in ordered_steps(plan):
        done = step.id in ticks
        box = "\u2611" if done else "\u2610"
        detail = f"<br/>{escape(step.how).replace(chr(10), '<br/>')}"
        numbers = []
        for contact in step.contacts:
            contacts.setdefault(contact.id, contact)
            if contact.phone:
                numbers.append(f"{escape(contact.name)} — <b>{escape(contact.phone)}</b>")
        numbers_html = f"<br/>{' · '.join(numbers)}" if numbers else ""
        when = escape(urgency_words(step.urgency))
        done_html = ""
        if done and not ticks[step.id].applies:
            box = "\u2612"  # crossed: settled, it does not apply
            done_html = " — " + escape(translate(CONTEXT, NOT_APPLICABLE))
        elif done:
            done_html = " — " + escape(translate(CONTEXT, DONE_ON).format(
                date=_day(ticks[step.id].done_at)))
        rows.append(
            f"<tr><td style='font-size:large' width='6%'>{box}</td>"
            f"<td><b>{escape(step.title)}</b> <i>({when})</i>{done_html}"
            f"{detail}{numbers_html}</td></tr>")
    useful = []
    for contact in contacts.values():
        bits = [escape(contact.name)]
        if contact.phone:
            bits.append(f"<b>{escape(contact.phone)}</b>")
        if contact.url:
            bits.append(escape(contact.url))
        if contact.hours:
            bits.append(escape(contact.hours))
        useful.append("<li>" + " — ".join(bits) + "</li>")
    publishers = sorted({source.publisher for step in plan.steps for source in step.sources})
    footer = escape(translate(CONTEXT, FOOTER).format(version=content.version,
                                                date=_day(content.last_reviewed),
                                                publishers=", ".join(publishers)))
    if printed_on is not None:
        footer += " " + escape(translate(CONTEXT, PRINTED_ON).format(date=_day(printed_on)))
    useful_html = ""
    if useful:
        useful_html = (f"<h3>{escape(translate(CONTEXT, USEFUL))}</h3><ul>{''.join(useful)}</ul>")
    whose = ""
    if words.name:
        whose = f"<p><b>{escape(translate(CONTEXT, FOR_PERSON).format(name=words.name))}</b></p>"
    return (
        f"<h1>{escape(plan.title)}</h1>"
        f"{whose}"
        f"<p>{escape(plan.intro)}</p>"
        f"<p><i>{escape(translate(CONTEXT, TICK_HINT))}</i>"
        "</p>"
        f"<table cellspacing='0' cellpadding='4' width='100%'>{''.join(rows)}</table>"
        f"{useful_html}"
        f"<p>{footer}</p>"
    )


def _layout(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))


def plan_document(device: QPagedPaintDevice, plan: Any, content: Any, state: Any = None,
                  printed_on: date | None = None,
                  words: PersonWords | None = None) -> QTextDocument:
    """The plan laid out in pages of ``device`` at ``BASE_POINTS`` (no line cut by a page)."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINTS)
    doc.setDefaultFont(font)
    doc.setHtml(plan_html(plan, content, state, printed_on, words))
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    return doc


def render_pages(device: QPagedPaintDevice, plan: Any, content: Any, state: Any = None,
                 printed_on: date | None = None, words: PersonWords | None = None) -> float:
    """Draw the plan on as many pages of ``device`` as it needs; returns the point size of
    the body text (``BASE_POINTS``)."""
    doc = plan_document(device, plan, content, state, printed_on, words)
    height = doc.pageSize().height()
    width = doc.pageSize().width()
    painter = QPainter()
    if not painter.begin(device):  # e.g. a folder that cannot be written to
        raise OSError("The page could not be written.")
    try:
        for page in range(doc.pageCount()):
            if page and not device.newPage():
                raise OSError("The page could not be written.")
            painter.save()
            painter.translate(0, -page * height)
            doc.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return BASE_POINTS


def _private_file(path: str) -> None:
    """Create (or empty) ``path`` readable and writable by its owner only, before Qt writes
    into it, so the plan is never readable by others, not even for a moment."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT: set it


def write_plan_pdf(path: str, plan: Any, content: Any, state: Any = None,
                   printed_on: date | None = None, words: PersonWords | None = None) -> float:
    _private_file(path)
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setTitle(plan.title)
    writer.setCreator("Vigilance")
    _layout(writer)
    points = render_pages(writer, plan, content, state, printed_on, words)
    del writer  # closes the file
    os.chmod(path, 0o600)
    return points


def print_plan(parent: Any, plan: Any, content: Any, state: Any = None,
               printed_on: date | None = None, words: PersonWords | None = None) -> bool:
    """Ask for a printer (QPrintDialog) and print; False when cancelled or unavailable."""
    try:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    except ImportError:
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _layout(printer)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_pages(printer, plan, content, state, printed_on, words)
    return True


def printing_available() -> bool:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return False
    return bool(QPrinterInfo.availablePrinterNames())
