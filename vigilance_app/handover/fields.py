"""Strict readers for the payload's fields: anything unexpected is refused as a whole.

A handover file is authenticated by its passphrase, which proves who made it, not that its
content is harmless; every value is checked for its type and size before use.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any


class Invalid(ValueError):
    """The payload is not what Vigilance writes (the caller turns it into a coded error)."""


def text(value: Any, limit: int, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise Invalid("text")
    return value


def required_text(value: Any, limit: int) -> str:
    result = text(value, limit)
    assert result is not None
    return result


def integer(value: Any, low: int, high: int, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise Invalid("integer")
    return value


def flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise Invalid("boolean")
    return value


def moment(value: Any, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    try:
        parsed = datetime.fromisoformat(required_text(value, 40))
    except ValueError:
        raise Invalid("date and time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def required_moment(value: Any) -> datetime:
    result = moment(value)
    assert result is not None
    return result


def day(value: Any, optional: bool = False) -> date | None:
    if value is None and optional:
        return None
    try:
        return date.fromisoformat(required_text(value, 10))
    except ValueError:
        raise Invalid("date") from None


def items(value: Any, limit: int) -> list[Any]:
    if not isinstance(value, list) or len(value) > limit:
        raise Invalid("list")
    return value


def table(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Invalid("object")
    return value


def texts(value: Any, count: int, limit: int) -> list[str]:
    return [required_text(v, limit) for v in items(value, count)]
