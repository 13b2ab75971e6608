"""Errors the person may see: a stable code for the window, an English sentence for the CLI.

The window never shows ``str(exc)``: it translates ``code`` (with ``params``) through
``vigilance_app.ui.kit.errors``, so a French screen never shows an English sentence. The
command line prints ``str(exc)``, which stays a plain English sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class CodedError(Exception):
    """Base of every error meant for the person: ``code`` names the case, ``params`` holds
    the values a translated sentence needs (numbers, names; never message content)."""

    code: str = "internal"

    def __init__(self, sentence: str, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(sentence)
        if code is not None:
            self.code = code
        self.params: Mapping[str, Any] = MappingProxyType(dict(params or {}))


def error_code(exc: BaseException) -> str:
    """The code of ``exc``, ``internal`` for anything that is not a ``CodedError``."""
    return exc.code if isinstance(exc, CodedError) else "internal"
