"""A parsed message as nested plain values, to compare two parsers' trees in tests."""

from __future__ import annotations

from email.message import Message


def tree(message: Message) -> tuple[object, ...]:
    """Class, raw headers, payload (parts as trees), preamble, epilogue, defects, envelope
    line and default type: everything a parser decides."""
    payload = message._payload  # type: ignore[attr-defined]
    return (type(message).__name__, list(message.raw_items()),
            [tree(part) for part in payload] if isinstance(payload, list) else payload,
            message.preamble, message.epilogue, [type(d).__name__ for d in message.defects],
            message.get_unixfrom(), message.get_default_type())
