"""Risk of a message: a calibrated score and the level shown to the person.

The score is the probability that the message is a scam, from one logistic model whose
features are the red flags and the text model's output (see ``score.py``); ``low``,
``medium`` and ``high`` are thresholds on it, chosen on cross-validated predictions of
labelled real mail and SMS. A flag is evidence, not a verdict on its own.
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("low", "medium", "high")


@dataclass(frozen=True)
class Risk:
    level: str
    # Flag codes that raised the score, the strongest first.
    reasons: tuple[str, ...]
    # Probability that the message is a scam (0-1).
    score: float = 0.0
    # Words of the message that the text model often saw in scams, the strongest first.
    words: tuple[str, ...] = ()
    # False when part of the message could not be read (a parsing limit was hit).
    complete: bool = True

