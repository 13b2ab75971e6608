"""Why an attachment is dangerous, in plain words, from its reason codes.

The texts are data per language (``resources/attachments/{fr,en}.toml``), one table per code of
``attachments.REASONS`` with exactly one key, ``why``. Read on first use, cached.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache

from vigilance_app.analysis.attachments import REASONS
from vigilance_app.paths import resources_dir

LANGS = ("fr", "en")


class ReasonTextsError(ValueError):
    """An attachments resource file is missing a reason or has unknown keys."""


@lru_cache(maxsize=len(LANGS))
def reason_texts(lang: str) -> dict[str, str]:
    """Every reason code of ``attachments.REASONS`` -> one plain sentence (or more)."""
    if lang not in LANGS:
        raise ReasonTextsError(f"no attachment explanations for {lang!r}")
    path = resources_dir() / "attachments" / f"{lang}.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    if set(data) != set(REASONS):
        raise ReasonTextsError(
            f"{path.name}: unknown {sorted(set(data) - set(REASONS))}, "
            f"missing {sorted(set(REASONS) - set(data))}")
    result: dict[str, str] = {}
    for code in REASONS:
        table = data[code]
        if (not isinstance(table, dict) or set(table) != {"why"}
                or not isinstance(table["why"], str) or not table["why"].strip()):
            raise ReasonTextsError(f"{path.name}: [{code}] needs exactly one 'why' sentence")
        result[code] = table["why"].strip()
    return result


def explain_reason(code: str, lang: str = "fr") -> str | None:
    """The plain words for one reason code, or None for a code this version does not know."""
    return reason_texts(lang if lang in LANGS else "fr").get(code)


def explain_reasons(reasons: tuple[str, ...] | list[str], lang: str = "fr") -> list[str]:
    """The plain words for each known reason, in the order of ``REASONS``, without repeats."""
    texts = reason_texts(lang if lang in LANGS else "fr")
    return [texts[code] for code in REASONS if code in reasons]
