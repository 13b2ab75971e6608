"""Where the labelled corpus lives (``shared/corpus`` beside the repository) and the marker
that skips a test, with its reason, when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "phishing_eml").is_dir(),
    reason=f"labelled corpus not found at {CORPUS} (shared/ beside the repository)")
