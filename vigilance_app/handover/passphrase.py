"""The passphrase the app proposes for a handover file: six words, shown once.

Words are read and typed more reliably than symbols, by people of any age, in French as in
English: the list (``resources/handover/words.txt``) holds 2,048 words spelt the same in both
languages. Six words drawn with ``secrets`` give 6 × 11 = 66 bits; with Argon2id in front of
every guess, that is out of reach of guessing. Whatever the person types is compared after
normalising: case, accents, and the spaces or dashes between words do not matter.
"""

from __future__ import annotations

import math
import secrets
import unicodedata
from functools import lru_cache

from vigilance_app.paths import resources_dir

WORDS = 6
LIST_SIZE = 2048
MIN_OWN_PASSPHRASE = 16  # characters, for a passphrase the person chose themself


@lru_cache(maxsize=1)
def word_list() -> tuple[str, ...]:
    path = resources_dir() / "handover" / "words.txt"
    words = tuple(line.strip() for line in path.read_text("utf-8").splitlines()
                  if line.strip() and not line.startswith("#"))
    if len(words) != LIST_SIZE or len(set(words)) != LIST_SIZE:
        raise ValueError(f"{path.name} must hold {LIST_SIZE} distinct words")
    return words


def entropy_bits(words: int = WORDS) -> float:
    return words * math.log2(LIST_SIZE)


def new_passphrase(words: int = WORDS) -> str:
    choices = word_list()
    return " ".join(secrets.choice(choices) for _ in range(words))


def normalise(passphrase: str) -> str:
    """The form that is derived into a key: lower case, no accents, single spaces."""
    text = unicodedata.normalize("NFKD", passphrase or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())
