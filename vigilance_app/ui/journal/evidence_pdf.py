"""The evidence file as a PDF for a bank adviser or a police officer: who it is about, the
period, each contact in time order, and where to report.

Built as a QTextDocument from our own HTML in which every text is escaped (the journal's
texts may come from a criminal: they never become markup, links or images), laid out on as
many A4 pages as it needs, each with the person's name and its number at the bottom ("Jeanne
— page 2 / 3"), so a loose page is never taken for someone else's. The words come from the
core's label table (``vigilance_app.evidence.labels``), so the command line, which has no Qt
translations, writes the same file as the window.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from vigilance_app.evidence import labels

BASE_POINTS = 10.0
FOOTER_POINTS = 8.0
FOOTER_INCHES = 0.3  # room kept at the bottom of each page for its number
RESOLUTION = 300


def _e(value: object) -> str:
    """Escaped text with its line breaks kept."""
    return escape(str(value), quote=True).replace("\n", "<br/>")


def _when(moment: Any) -> str:
    offset = moment.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{moment.strftime('%Y-%m-%d %H:%M')} ({zone})"


def _period(doc: Any) -> str:
    t = lambda key: labels.text(key, doc.language)  # noqa: E731
    if doc.selected:
        return t("selection")
    if doc.since and doc.until:
        return t("from_to").format(start=doc.since.isoformat(), end=doc.until.isoformat())
    if doc.since:
        return t("from").format(start=doc.since.isoformat())
    if doc.until:
        return t("until").format(end=doc.until.isoformat())
    return t("period_all")


def _row(label: str, value: str) -> str:
    return (f"<tr><td width='28%' style='color:#333333'><b>{_e(label)}</b></td>"
            f"<td>{value}</td></tr>")


def _items(values: Any, none: str) -> str:
    values = [v for v in values if v]
    return "<br/>".join(_e(v) for v in values) if values else _e(none)


def contact_html(contact: Any, index: int, lang: str) -> str:
    t = lambda key: labels.text(key, lang)  # noqa: E731
    none = t("none")
    reports = []
    for report in contact.reports:
        when = (" " + t("reported_on").format(date=report.reported_on.isoformat())
                if report.reported_on else "")
        note = f" — {report.note}" if report.note else ""
        reports.append(f"{report.label}{when}{note}")
    rows = [
        _row(t("date"), _e(_when(contact.received_local))),
        _row(t("channel"), _e(contact.channel_label)),
        _row(t("claimed"), _e(contact.claimed_to_be or none)),
        _row(t("senders"), _items(contact.senders, none)),
        _row(t("mentioned"), _items(contact.mentioned, none)),
        _row(t("summary"), _e(contact.summary or none)),
    ]
    if contact.asked:
        rows.append(_row(t("asked"), _items(contact.asked, none)))
    rows += [
        _row(t("reactions"), _items(contact.reaction_labels, none)),
    ]
    if contact.disclosed_labels:
        rows.append(_row(t("disclosed"), _items(contact.disclosed_labels, none)))
    rows.append(_row(t("signs"), _items(contact.warning_sign_labels, none)))
    if contact.risk:
        rows.append(_row(t("risk"), _e(labels.code_label("risk", contact.risk, lang))))
    rows.append(_row(t("reports"), _items(reports, t("not_reported"))))
    if contact.notes:
        rows.append(_row(t("notes"), _e(contact.notes)))
    original = ""
    if contact.original:
        original = (f"<p><b>{_e(t('original'))}</b></p>"
                    f"<p style='font-family:\"DejaVu Sans Mono\"; font-size:small'>"
                    f"{_e(contact.original)}</p>")
    return (f"<h3>{_e(t('contact'))} {index} — {_e(_when(contact.received_local))}</h3>"
            f"<table cellspacing='0' cellpadding='3' width='100%' border='0.5' "
            f"style='border-collapse:collapse; border-color:#999999'>{''.join(rows)}</table>"
            f"<p style='font-size:small; color:#555555'>{_e(t('entry_id'))} "
            f"{contact.reference}</p>{original}")


def evidence_html(doc: Any) -> str:
    """The whole file as HTML (every text escaped)."""
    lang = doc.language
    t = lambda key: labels.text(key, lang)  # noqa: E731
    notes = [t("unmasked_note") if doc.unmasked else t("masked_note"), t("defanged_note")]
    head = (
        f"<h1>{_e(t('title'))} — {_e(doc.person)}</h1>"
        f"<table cellspacing='0' cellpadding='2'>"
        f"{_row(t('about'), _e(doc.person))}"
        f"{_row(t('period'), _e(_period(doc)))}"
        f"{_row(t('count'), str(len(doc.contacts)))}</table>"
        f"<p>{_e(t('made_on').format(date=doc.created_at.date().isoformat()))}</p>"
        + "".join(f"<p style='font-size:small'><i>{_e(n)}</i></p>" for n in notes))
    contacts = "".join(contact_html(c, i, lang) for i, c in enumerate(doc.contacts, 1))
    official = []
    for address in doc.official:
        bits = [f"<b>{_e(address.name)}</b>"]
        if address.phone:
            bits.append(_e(address.phone))
        if address.url:
            bits.append(_e(address.url))
        official.append(f"<li>{' — '.join(bits)}<br/><small>{_e(address.for_)}</small></li>")
    tail = (f"<h2>{_e(t('official'))}</h2><ul>{''.join(official)}</ul>" if official else "")
    return head + contacts + tail


def render_evidence_pdf(doc: Any) -> bytes:
    """The PDF bytes (needs a QGuiApplication). The caller writes them (mode 0600)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{labels.text('title', doc.language)} — {doc.person}")
    writer.setCreator("Vigilance")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    footer = FOOTER_INCHES * writer.resolution()
    width, height = float(rect.width()), rect.height() - footer
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(BASE_POINTS)
    document.setDefaultFont(font)
    document.setHtml(evidence_html(doc))
    document.setPageSize(QSizeF(width, height))  # the document breaks itself into pages
    pages = document.pageCount()
    small = QFont("DejaVu Sans")
    small.setPointSizeF(FOOTER_POINTS)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("The PDF could not be drawn.")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(small)
            painter.drawText(QRectF(0, height, width, footer),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                             labels.text("page", doc.language).format(
                                 person=doc.person, page=page + 1, pages=pages))
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


_APP: Any = None  # the command line's own application object, kept alive while rendering


def command_line_renderer() -> Any:
    """``render_evidence_pdf`` for the command line, which has no window: fonts and the PDF
    writer need a QGuiApplication, made here on the offscreen platform (nothing is shown)."""
    global _APP
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP = QGuiApplication(["vigilance"])
    return render_evidence_pdf
