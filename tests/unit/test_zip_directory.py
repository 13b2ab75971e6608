"""A zip's directory is read entry by entry, at most MAX_ZIP_ENTRIES, before anything else."""

from __future__ import annotations

import io
import time
import zipfile

from vigilance_app.analysis import attachments
from vigilance_app.analysis.limits import MAX_ZIP_ENTRIES
from vigilance_app.analysis.zip_directory import directory_entries


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"")
    return buffer.getvalue()


def test_names_and_flags_are_read_from_the_directory() -> None:
    data = _zip(["facture.pdf", "photo.jpg.exe", "é.txt"])
    assert [name for name, _flags in directory_entries(data, 10)] == \
        ["facture.pdf", "photo.jpg.exe", "é.txt"]
    assert attachments._zip_reasons(data) == ["archive_hides_executable"]


def test_a_huge_directory_is_never_parsed_whole(monkeypatch) -> None:
    data = _zip([f"f{i}.txt" for i in range(MAX_ZIP_ENTRIES)] + ["late.exe"])

    def whole_directory(*_args, **_kwargs):  # the standard parser must not be needed
        raise AssertionError("zipfile parsed the whole directory")

    monkeypatch.setattr(zipfile.ZipFile, "__init__", whole_directory)
    read = list(directory_entries(data, MAX_ZIP_ENTRIES))
    assert len(read) == MAX_ZIP_ENTRIES and read[-1][0] == f"f{MAX_ZIP_ENTRIES - 1}.txt"
    assert attachments._zip_reasons(data) == []  # the entry past the cap is not looked at


def test_a_lying_or_damaged_directory_costs_nothing() -> None:
    big = _zip(["a.txt"]) + b"\0" * 10  # trailing bytes after the end record
    assert [n for n, _ in directory_entries(big, 5)] == ["a.txt"]
    hostile = b"PK\x01\x02" * 1_000_000 + b"PK\x05\x06" + b"\xff" * 18
    start = time.perf_counter()
    assert len(list(directory_entries(hostile, MAX_ZIP_ENTRIES))) <= MAX_ZIP_ENTRIES
    assert time.perf_counter() - start < 1.0
    assert list(directory_entries(b"not a zip", 5)) == []
