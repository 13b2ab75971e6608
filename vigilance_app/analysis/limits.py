"""Caps applied while parsing hostile messages, and the errors parsing may raise.

Every message may come from a criminal who wants the parser to hang or crash. These limits
keep the work bounded; generous enough for any real email, small enough that the worst
input ends in well under a second or two.
"""

from __future__ import annotations

# A file larger than this is refused before any parsing (real phishing mails are < 5 MB;
# providers cap attachments at about 25 MB).
MAX_INPUT_BYTES = 25 * 1024 * 1024
# MIME parts kept; further parts are dropped with a warning.
MAX_PARTS = 500
# Nesting of multiparts and attached messages; deeper structure is dropped.
MAX_DEPTH = 20
# One header (with its folded continuation lines); longer ones are cut.
MAX_HEADER_BYTES = 16 * 1024
# Content-Type, Content-Disposition and Content-Transfer-Encoding: the stdlib reads their
# parameters in quadratic time, and real ones (even long RFC 2231 file names) are far shorter.
MAX_MIME_HEADER_BYTES = 2048
# All the headers of one part; further headers are dropped.
MAX_HEADER_BLOCK_BYTES = 256 * 1024
# Plain text kept for the analysis (characters).
MAX_TEXT_CHARS = 1024 * 1024
# HTML given to the HTML-to-text converter (characters).
MAX_HTML_CHARS = 1024 * 1024
# Links kept from one message.
MAX_LINKS = 1000
# Names read from the directory of a zip attachment.
MAX_ZIP_ENTRIES = 1000

# Codes put in ParsedMessage.warnings when a limit was hit (stable, the window translates them).
WARN_TOO_MANY_PARTS = "too_many_parts"
WARN_TOO_DEEP = "too_deep"
WARN_HEADER_TOO_LONG = "header_too_long"
WARN_TOO_MANY_HEADERS = "too_many_headers"
WARN_TEXT_TRUNCATED = "text_truncated"
WARN_HTML_TRUNCATED = "html_truncated"
WARN_TOO_MANY_LINKS = "too_many_links"
WARN_UNREADABLE_PART = "unreadable_part"


class AnalysisError(Exception):
    """A message could not be analysed; ``str()`` is a plain sentence safe to show."""


class InputTooLarge(AnalysisError):
    """The input is over MAX_INPUT_BYTES and was refused before parsing."""

    def __init__(self, size: int) -> None:
        limit_mb = MAX_INPUT_BYTES // (1024 * 1024)
        super().__init__(
            f"This file is too large to be analysed safely ({size // (1024 * 1024)} MB; "
            f"the limit is {limit_mb} MB)."
        )
        self.size = size
