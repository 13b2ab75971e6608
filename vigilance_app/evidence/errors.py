"""Errors of the evidence file: a stable code for the window, a sentence for the CLI."""

from __future__ import annotations

from vigilance_app.errors import CodedError


class EvidenceError(CodedError):
    code = "evidence"


class EvidenceEmpty(EvidenceError):
    code = "evidence_empty"

    def __init__(self) -> None:
        super().__init__("There is no journal entry for this person in that period, so no "
                         "file was written.")


class EvidenceTooLarge(EvidenceError):
    code = "evidence_too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(f"An evidence file holds at most {limit} contacts: choose a shorter "
                         "period or fewer entries.", params={"limit": limit})


class EvidencePeriodInvalid(EvidenceError):
    code = "evidence_period_invalid"

    def __init__(self) -> None:
        super().__init__("The start of the period is after its end.")


class EvidenceEntryNotFound(EvidenceError):
    code = "evidence_entry_not_found"

    def __init__(self, reference: int) -> None:
        super().__init__(f"Journal entry {reference} does not exist for this person.",
                         params={"reference": reference})


class EvidenceWriteFailed(EvidenceError):
    code = "evidence_write_failed"

    def __init__(self, reason: str) -> None:
        super().__init__(f"The file could not be written ({reason}).",
                         params={"reason": reason})


class EvidencePdfUnavailable(EvidenceError):
    code = "evidence_pdf_unavailable"

    def __init__(self) -> None:
        super().__init__("The PDF could not be made on this computer (the window's libraries "
                         "are missing); choose JSON or CSV instead.")
