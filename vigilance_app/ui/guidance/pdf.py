"""A plan on one printed page, for a relative's fridge: the steps with boxes to tick, the
official numbers, where the advice comes from.

Built as a QTextDocument (our own escaped HTML: no text from a message ever goes in) and drawn
on a single page of a QPdfWriter or a printer; the text shrinks until it fits one page.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMarginsF
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

CONTEXT = "GuidancePdf"
BASE_POINTS = 10.5
MIN_POINTS = 5.5
DONE_ON = QT_TRANSLATE_NOOP("GuidancePdf", "done on {date}")
FOOTER = QT_TRANSLATE_NOOP("GuidancePdf", "Advice version {version}, last reviewed on {date}. "
                                          "Sources: {publishers}.")
PRINTED_ON = QT_TRANSLATE_NOOP("GuidancePdf", "Printed on {date}.")
USEFUL = QT_TRANSLATE_NOOP("GuidancePdf", "Useful numbers")
TICK_HINT = QT_TRANSLATE_NOOP("GuidancePdf",
                              "Tick each box when the step is done, and write the date.")


def _day(value: Any) -> str:
    from vigilance_app.ui.guidance.plan import long_date

    return long_date(value)


def plan_html(plan: Any, content: Any, state: Any = None, printed_on: date | None = None,
              with_how: bool = True) -> str:
    """The page as HTML (every text escaped)."""
    ticks = state.ticks if state is not None else {}
    rows = []
    contacts: dict[str, Any] = {}
    for step in ordered_steps(plan):
        done = step.id in ticks
        box = "\u2611" if done else "\u2610"
        detail = f"<br/>{escape(step.how).replace(chr(10), '<br/>')}" if with_how else ""
        numbers = []
        for contact in step.contacts:
            contacts.setdefault(contact.id, contact)
            if contact.phone:
                numbers.append(f"{escape(contact.name)} — <b>{escape(contact.phone)}</b>")
        numbers_html = f"<br/>{' · '.join(numbers)}" if numbers else ""
        when = escape(urgency_words(step.urgency))
        done_html = ""
        if done:
            done_html = " — " + escape(translate(CONTEXT, DONE_ON).format(
                date=_day(ticks[step.id].done_at)))
        rows.append(
            f"<tr><td style='font-size:large' width='6%'>{box}</td>"
            f"<td><b>{escape(step.title)}</b> <i>({when})</i>{done_html}"
            f"<small>{detail}</small>{numbers_html}</td></tr>")
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
    return (
        f"<h1>{escape(plan.title)}</h1>"
        f"<p>{escape(plan.intro)}</p>"
        f"<p><i>{escape(translate(CONTEXT, TICK_HINT))}</i>"
        "</p>"
        f"<table cellspacing='0' cellpadding='4' width='100%'>{''.join(rows)}</table>"
        f"{useful_html}"
        f"<p><small>{footer}</small></p>"
    )


def _layout(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))


def render_one_page(device: QPagedPaintDevice, plan: Any, content: Any, state: Any = None,
                    printed_on: date | None = None) -> float:
    """Draw the plan on one page of ``device``; returns the point size used."""
    rect = device.pageLayout().paintRectPixels(device.resolution())
    width, height = rect.width(), rect.height()
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    points = BASE_POINTS
    with_how = True
    while True:
        doc.setHtml(plan_html(plan, content, state, printed_on, with_how))
        font = QFont("DejaVu Sans")
        font.setPointSizeF(points)
        doc.setDefaultFont(font)
        doc.setTextWidth(width)  # no page size: size() is then the height of the text
        if doc.size().height() <= height:
            break
        if points > MIN_POINTS:
            points = max(MIN_POINTS, points - 0.5)
        elif with_how:
            with_how, points = False, BASE_POINTS
        else:
            break  # still too long: the end is cut, the steps and numbers come first
    painter = QPainter()
    if not painter.begin(device):  # e.g. a folder that cannot be written to
        raise OSError("The page could not be written.")
    try:
        doc.drawContents(painter)
    finally:
        painter.end()
    return points


def write_plan_pdf(path: str, plan: Any, content: Any, state: Any = None,
                   printed_on: date | None = None) -> float:
    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setTitle(plan.title)
    writer.setCreator("Vigilance")
    _layout(writer)
    return render_one_page(writer, plan, content, state, printed_on)


def print_plan(parent: Any, plan: Any, content: Any, state: Any = None,
               printed_on: date | None = None) -> bool:
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
    render_one_page(printer, plan, content, state, printed_on)
    return True


def printing_available() -> bool:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return False
    return bool(QPrinterInfo.availablePrinterNames())
