"""The names in a zip's central directory, read with a bound on the number of entries.

``zipfile`` parses the whole central directory before the first name can be looked at: a
hostile zip with millions of entries (or a directory size that claims so) costs time and
memory before any cap applies. Here the end-of-directory record is located first, and at
most ``limit`` entry headers are read from memory; nothing is decompressed.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

END_SIGNATURE = b"PK\x05\x06"
ENTRY_SIGNATURE = b"PK\x01\x02"
END_SIZE = 22
ENTRY_SIZE = 46
MAX_COMMENT = 0xFFFF
UTF8_FLAG = 0x800


def directory_entries(data: bytes, limit: int) -> Iterator[tuple[str, int]]:
    """``(name, flag bits)`` of the first ``limit`` entries; stops quietly at any damage."""
    end = data.rfind(END_SIGNATURE, max(0, len(data) - END_SIZE - MAX_COMMENT))
    if end < 0 or end + END_SIZE > len(data):
        return
    _sig, _disk, _cd_disk, _here, _total, _size, offset, _comment = struct.unpack(
        "<4sHHHHIIH", data[end:end + END_SIZE])
    if offset == 0xFFFFFFFF or offset >= end:
        offset = _directory_start(data, end)
    position = offset
    for _ in range(limit):
        header = data[position:position + ENTRY_SIZE]
        if len(header) < ENTRY_SIZE or header[:4] != ENTRY_SIGNATURE:
            return
        flags = struct.unpack_from("<H", header, 8)[0]
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", header, 28)
        raw = data[position + ENTRY_SIZE:position + ENTRY_SIZE + name_len]
        yield raw.decode("utf-8" if flags & UTF8_FLAG else "cp437", "replace"), flags
        position += ENTRY_SIZE + name_len + extra_len + comment_len


def _directory_start(data: bytes, end: int) -> int:
    """Zip64 or a wrong offset: the first entry header before the end record, if any."""
    start = data.find(ENTRY_SIGNATURE)
    return start if 0 <= start < end else end
