"""Reading the app's small JSON files (key header, preferences, throttle, integrity record)
with bounds: a damaged or hostile file ends in ``JsonFileError`` (a ``ValueError``), never in
a RecursionError, an OverflowError, a huge allocation or an infinite number.

- size: at most ``max_bytes`` are read (a larger file is refused without reading it whole);
- depth: arrays and objects nested deeper than ``max_depth`` are refused before parsing
  (Python's parser recurses once per level);
- numbers: ``NaN``, ``Infinity`` and floats that overflow (``1e999``) are refused; integers
  longer than Python's conversion limit already raise ValueError.

A missing or unreadable file raises ``OSError`` as usual, so callers can tell "absent" from
"damaged".
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

MAX_DEPTH = 16
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class JsonFileError(ValueError):
    """The content is not JSON the app can use; ``str()`` says why in a few words."""


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise JsonFileError("number out of range")
    return value


def _no_constant(name: str) -> Any:
    raise JsonFileError(f"{name} is not a number the app accepts")


def _check_depth(text: str, max_depth: int) -> None:
    depth = 0
    for bracket in _BRACKET.findall(_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        if depth > max_depth:
            raise JsonFileError("nested too deeply")


def loads(data: bytes | str, max_depth: int = MAX_DEPTH) -> Any:
    """Parse JSON text with the bounds above (no size bound: see ``read``)."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise JsonFileError("not UTF-8 text") from exc
    _check_depth(text, max_depth)
    try:
        return json.loads(text, parse_float=_finite_float, parse_constant=_no_constant)
    except JsonFileError:
        raise
    except (ValueError, RecursionError) as exc:  # RecursionError: belt and braces
        raise JsonFileError("not valid JSON") from exc


def read(path: Path, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """The parsed content of ``path``; ``JsonFileError`` when too large or damaged."""
    with open(path, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise JsonFileError("file too large")
    return loads(data, max_depth)
