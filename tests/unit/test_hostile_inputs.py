"""Property-based tests: whatever is typed or found on disk, only our own errors come out."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vigilance_app.vault.errors import HeaderError, InvalidRecoveryKeyFormat
from vigilance_app.vault.header import KeyHeader
from vigilance_app.vault.recovery_key import (
    ALPHABET,
    format_recovery_key,
    generate_recovery_key,
    normalize_recovery_key,
)


@given(st.text(max_size=200))
def test_normalize_recovery_key_never_crashes(text: str) -> None:
    try:
        normalized = normalize_recovery_key(text)
    except InvalidRecoveryKeyFormat:
        return
    assert len(normalized) == 28 and set(normalized) <= set(ALPHABET)


@given(st.text(alphabet=ALPHABET, min_size=28, max_size=28),
       st.sampled_from([" ", "-", "  ", "\t", ""]), st.booleans())
def test_any_spacing_and_case_is_accepted(raw: str, sep: str, lower: bool) -> None:
    typed = sep.join(raw[i:i + 4] for i in range(0, 28, 4))
    typed = typed.lower() if lower else typed
    assert normalize_recovery_key(typed) == raw
    assert normalize_recovery_key(format_recovery_key(raw)) == raw


def test_generated_keys_are_distinct() -> None:
    keys = {generate_recovery_key() for _ in range(200)}
    assert len(keys) == 200


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.binary(max_size=2000),
                 st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                              lambda c: st.lists(c, max_size=4)
                              | st.dictionaries(st.text(max_size=10), c, max_size=4),
                              max_leaves=20).map(lambda v: repr(v).encode())))
def test_damaged_header_gives_a_clear_error(tmp_path_factory: pytest.TempPathFactory,
                                            content: bytes) -> None:
    path: Path = tmp_path_factory.mktemp("h") / "vigilance.keys.json"
    path.write_bytes(content)
    try:
        KeyHeader.load(path)
    except HeaderError as err:
        assert "cannot be read" in str(err)
