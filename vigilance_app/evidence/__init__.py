"""The evidence file for a bank, the police or a complaint: build the document of one person,
then write it as JSON, CSV or (through a renderer the caller gives) a PDF, mode 0600.

The PDF renderer lives in the window layer (``vigilance_app.ui.journal.evidence_pdf``); the
core receives it as a callable, so it never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vigilance_app.evidence.build import build_document
from vigilance_app.evidence.errors import (
    EvidenceEmpty,
    EvidenceEntryNotFound,
    EvidenceError,
    EvidencePdfUnavailable,
    EvidencePeriodInvalid,
    EvidenceTooLarge,
    EvidenceWriteFailed,
)
from vigilance_app.evidence.model import EvidenceDocument

FORMATS: tuple[str, ...] = ("pdf", "json", "csv")
PdfRenderer = Callable[[EvidenceDocument], bytes]


def evidence_bytes(doc: EvidenceDocument, fmt: str, pdf_renderer: PdfRenderer | None = None
                   ) -> bytes:
    if fmt == "json":
        from vigilance_app.evidence.json_export import to_json_bytes

        return to_json_bytes(doc)
    if fmt == "csv":
        from vigilance_app.evidence.csv_export import to_csv_bytes

        return to_csv_bytes(doc)
    if fmt == "pdf":
        if pdf_renderer is None:
            raise EvidencePdfUnavailable()
        return pdf_renderer(doc)
    raise ValueError(f"unknown evidence format {fmt!r}")


def write_evidence(doc: EvidenceDocument, fmt: str, path: Path,
                   pdf_renderer: PdfRenderer | None = None) -> Path:
    """Write the file at ``path``, readable by its owner only (replaced atomically)."""
    from vigilance_app.paths import write_private_file

    data = evidence_bytes(doc, fmt, pdf_renderer)
    try:
        write_private_file(Path(path), data, private_folder=False)
    except OSError as exc:
        raise EvidenceWriteFailed(exc.strerror or type(exc).__name__) from None
    return Path(path)


def suggested_name(doc: EvidenceDocument, fmt: str) -> str:
    """"Dossier Jeanne 2026-12-07.pdf" / "Evidence Jeanne 2026-12-07.pdf"."""
    from vigilance_app.people.file_names import suggested_file_name

    return suggested_file_name("evidence", doc.person, doc.language,
                               doc.created_at.date(), fmt)


__all__ = [
    "FORMATS",
    "EvidenceDocument",
    "EvidenceEmpty",
    "EvidenceEntryNotFound",
    "EvidenceError",
    "EvidencePdfUnavailable",
    "EvidencePeriodInvalid",
    "EvidenceTooLarge",
    "EvidenceWriteFailed",
    "PdfRenderer",
    "build_document",
    "evidence_bytes",
    "suggested_name",
    "write_evidence",
]
