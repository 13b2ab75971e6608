"""The scam score: one logistic model over the red flags and the text model's output.

``score = sigmoid(intercept + text_weight * text_logit + sum of the weights of the flags)``
is the probability that the message is a scam. Weights and the ``medium``/``high`` thresholds
are learned per channel group (``email``: mail, letters, web sites; ``sms``: texts, messaging,
calls described in words) from labelled real messages by ``training/train.py``, and shipped
as data (``resources/model/score.json``). Flags that the corpora cannot teach (too rare there,
or French official services the corpora never show) keep a hand-set prior weight; a few of
them force the level to ``high``. A message that could not be read whole is never ``low``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigilance_app.analysis import text, text_model
from vigilance_app.analysis.flags import RedFlag
from vigilance_app.analysis.message import ParsedMessage
from vigilance_app.analysis.risk import Risk
from vigilance_app.paths import resources_dir

MODEL_FILE = "score.json"
FORMAT = 1
MAX_SHOWN_WORDS = 6
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class GroupModel:
    intercept: float
    text_weight: float
    flags: dict[str, float]  # learned weights
    medium: float  # thresholds on the probability
    high: float


@dataclass(frozen=True)
class ScoreModel:
    groups: dict[str, GroupModel]
    priors: dict[str, float]  # hand-set weights of the flags the corpora cannot teach
    force_high: frozenset[str]  # flags that make a message high whatever the score

    def weight(self, group: str, code: str) -> float:
        learned = self.groups[group].flags
        return learned[code] if code in learned else self.priors.get(code, 0.0)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ScoreModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"score model format {data.get('format')!r}, expected {FORMAT}")
        groups = {}
        raw_groups = data["groups"]
        assert isinstance(raw_groups, dict)
        for name, g in raw_groups.items():
            groups[name] = GroupModel(float(g["intercept"]), float(g["text_weight"]),
                                      {k: float(v) for k, v in g["flags"].items()},
                                      float(g["thresholds"]["medium"]),
                                      float(g["thresholds"]["high"]))
        priors = data["priors"]
        force = data["force_high"]
        assert isinstance(priors, dict) and isinstance(force, list)
        return cls(groups, {k: float(v) for k, v in priors.items()}, frozenset(force))


def load(path: Path) -> ScoreModel:
    with path.open(encoding="utf-8") as handle:
        return ScoreModel.from_json(json.load(handle))


@lru_cache(maxsize=1)
def shipped() -> ScoreModel:
    return load(resources_dir() / "model" / MODEL_FILE)


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def level_for(probability: float, group: GroupModel, codes: Iterable[str],
              forced: frozenset[str], complete: bool) -> str:
    if probability >= group.high or any(code in forced for code in codes):
        return "high"
    if probability >= group.medium or not complete:
        return "medium"
    return "low"


def as_written(folded_words: Iterable[str], *texts: str) -> tuple[str, ...]:
    """Each folded word as it is written in the message ("verifier" -> "Vérifier")."""
    wanted = {w: "" for w in folded_words}
    for value in texts:
        for m in _WORD.finditer(value[: text_model.MAX_BODY]):
            key = text_model.normalise_word(text.fold(m.group()))
            if key in wanted and not wanted[key]:
                wanted[key] = m.group()
    return tuple(shown for shown in wanted.values() if shown)


def assess(parsed: ParsedMessage, found: tuple[RedFlag, ...], link_domains: tuple[str, ...],
           model: ScoreModel | None = None,
           texts: text_model.TextModel | None = None) -> Risk:
    model = model or shipped()
    texts = texts or text_model.shipped()
    group_name = text_model.model_channel(parsed.channel)
    group = model.groups[group_name]
    scored = texts.score(text_model.features(parsed, link_domains))
    codes = [f.code for f in found]
    weights = {code: model.weight(group_name, code) for code in codes}
    z = group.intercept + group.text_weight * scored.logit + sum(weights.values())
    probability = sigmoid(z)
    complete = not parsed.warnings
    level = level_for(probability, group, codes, model.force_high, complete)
    reasons = tuple(sorted((c for c in codes if weights[c] > 0 or c in model.force_high),
                           key=lambda c: (c not in model.force_high, -weights[c])))
    words: tuple[str, ...] = ()
    if level != "low" and group.text_weight * scored.logit > 0:
        words = as_written(scored.words, parsed.subject or "", parsed.text or "")
    return Risk(level, reasons, round(probability, 4), words[:MAX_SHOWN_WORDS], complete)
