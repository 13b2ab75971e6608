"""Fitting the text model and the score, and cross-validating the whole procedure.

Predictions always go through the app's own ``score.assess`` and ``TextModel.score``, so what
is measured is what the app does. ``fit`` is the complete procedure (text model, its
out-of-fold outputs, the per-group weights, the thresholds); ``cross_validate`` repeats it on
each training part of a stratified k-fold split and predicts the held-out part with it, so no
reported figure comes from a model that saw the message.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from training import corpora
from vigilance_app.analysis import flags as flag_rules
from vigilance_app.analysis import score, text_model
from vigilance_app.analysis.flags import RedFlag
from vigilance_app.analysis.message import ParsedMessage

SEED = 20261207
FOLDS = 5
TEXT_C = 20.0  # inverse L2 strength of the text model (features are unit-length vectors)
ANCHOR_LANGUAGE = True  # see anchored()
MIN_DF = 2  # a feature seen in a single training message is not learned
COMBINER_L2 = 1.0
MIN_FIRES = 5  # a flag firing on fewer training messages of a group keeps its prior
# Largest share of honest messages allowed at each level, per group, when thresholds are
# chosen on out-of-fold predictions (a margin below the targets of 2 %/10 % for mail and
# 0.5 %/3 % for SMS, as a threshold fitted on one sample moves on the next).
HAM_RATES = {"email": {"high": 0.015, "medium": 0.085},
             "sms": {"high": 0.003, "medium": 0.02}}

# "High" says "very likely a scam": never below even odds, whatever the honest messages allow.
HIGH_FLOOR = 0.5

# Flags the corpora cannot teach, hand-set as the probability that a message showing this sign
# alone (no other flag, wording that says nothing either way) is a scam; each group turns it
# into a weight against its own base (see ``prior_weights``). The corpora hold no French
# official service, almost no NIR, remote-access or attachment scams, and their honest mail
# predates authentication results; the figures follow how official advice treats each sign
# (a request for the NIR, an official body writing from elsewhere: never legitimate; a failed
# DMARC check: also seen on honest mail that was forwarded).
HAND_PRIORS: dict[str, float] = {
    "asks_nir": 0.97,
    "dangerous_attachment": 0.97,
    "impersonation": 0.95,
    "non_official_domain": 0.95,
    "remote_access": 0.9,
    "relative_impersonation": 0.9,
    "hidden_content": 0.85,
    "authentication_failed": 0.7,
}
# The same for any other flag too rare in a group to be learned there, by severity.
SEVERITY_PRIORS = {"high": 0.8, "medium": 0.6, "low": 0.4}
# Signs that make a message high whatever the rest says.
FORCE_HIGH = ("asks_nir", "dangerous_attachment", "impersonation", "non_official_domain",
              "remote_access")


@dataclass(frozen=True)
class Item:
    sample: corpora.Sample
    parsed: ParsedMessage
    found: tuple[RedFlag, ...]
    link_domains: tuple[str, ...]
    features: list[str]
    group: str

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(f.code for f in self.found)


def prepare(samples: Sequence[corpora.Sample]) -> list[Item]:
    items = []
    for sample in samples:
        parsed = corpora.parse(sample)
        assert isinstance(parsed, ParsedMessage)
        facts = flag_rules.collect(parsed)
        found = flag_rules.evaluate(facts)
        domains = text_model.link_domains(facts.links)
        items.append(Item(sample, parsed, found, domains,
                          text_model.features(parsed, domains),
                          text_model.model_channel(parsed.channel)))
    return items


# --- text model ------------------------------------------------------------------------------


def anchored(items: Sequence[Item]) -> set[str]:
    """Features seen in at least one message not guessed to be in another language than
    English: only there could the model compare scams with honest mail (the honest mail of
    the corpora is English), so a feature seen only in French, German... scams is not learned
    (otherwise every French word would become a sign of a scam)."""
    seen: set[str] = set()
    for item in items:
        if not any(f.startswith(text_model.NUISANCE_PREFIX) for f in item.features):
            seen.update(item.features)
    return seen


def fit_text(items: Sequence[Item]) -> dict[str, object]:
    """The text model's JSON (nuisance weights included, dropped when loaded)."""
    df: Counter[str] = Counter()
    for item in items:
        df.update(set(item.features))
    keep = anchored(items) if ANCHOR_LANGUAGE else set(df)
    vocab = {f: j for j, f in enumerate(sorted(
        f for f, n in df.items() if n >= MIN_DF
        and (f in keep or f.startswith(text_model.INDICATOR_PREFIX))))}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, item in enumerate(items):
        distinct = set(item.features)
        content = [f for f in distinct if not f.startswith(text_model.INDICATOR_PREFIX)]
        scale = text_model.content_scale(len(content))
        for feature in distinct:
            j = vocab.get(feature)
            if j is not None:
                rows.append(r)
                cols.append(j)
                vals.append(text_model.INDICATOR_VALUE
                            if feature.startswith(text_model.INDICATOR_PREFIX) else scale)
    x = csr_matrix((vals, (rows, cols)), shape=(len(items), len(vocab)))
    y = np.array([item.sample.label for item in items])
    model = LogisticRegression(C=TEXT_C, solver="lbfgs", max_iter=5000, tol=1e-6)
    model.fit(x, y)
    coef = model.coef_[0]
    weights = {f: round(float(coef[j]), 4) for f, j in vocab.items()
               if abs(coef[j]) >= 5e-4}
    return {"format": text_model.FORMAT, "intercept": round(float(model.intercept_[0]), 4),
            "weights": dict(sorted(weights.items()))}


def text_logits(model: text_model.TextModel, items: Sequence[Item]) -> np.ndarray:
    return np.array([model.score(item.features).logit for item in items])


# --- the score -------------------------------------------------------------------------------


def _fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Intercept and non-negative weights: an L2-penalised logistic fit.
    Weights are kept at or above zero because each column is a warning sign or the text
    model's scam score: a sign must never make a message look safer."""
    k = x.shape[1]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = w[0] + x @ w[1:]
        p = 1.0 / (1.0 + np.exp(-z))
        value = float(np.sum(np.logaddexp(0.0, z) - y * z)) + COMBINER_L2 / 2 * float(
            w[1:] @ w[1:])
        residual = p - y
        grad = np.concatenate([[residual.sum()], x.T @ residual + COMBINER_L2 * w[1:]])
        return value, grad

    bounds = [(None, None)] + [(0.0, None)] * k
    result = minimize(loss, np.zeros(k + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                      options={"maxiter": 2000, "gtol": 1e-8})
    return float(result.x[0]), result.x[1:]


def learnable_codes(items: Sequence[Item]) -> list[str]:
    fires = Counter(code for item in items for code in item.codes)
    return [c for c in flag_rules.CODES if c not in HAND_PRIORS and fires[c] >= MIN_FIRES]


def prior_weights(intercept: float, text_weight: float, neutral_logit: float,
                  learned: Sequence[str]) -> dict[str, float]:
    """Hand-set weights of the flags not learned in a group: the log-odds that bring a
    message showing only that sign, with neutral wording, to its prior probability."""
    base = intercept + text_weight * neutral_logit
    out = {}
    for code in flag_rules.CODES:
        if code in learned:
            continue
        target = HAND_PRIORS.get(code, SEVERITY_PRIORS[flag_rules.SEVERITY[code]])
        out[code] = round(max(0.0, math.log(target / (1 - target)) - base), 4)
    return out


def fit_group(items: Sequence[Item], logits: np.ndarray,
              neutral_logit: float) -> dict[str, object]:
    """Weights of one channel group: learned for the flags that fire often enough in its
    messages, hand-set for the others."""
    codes = learnable_codes(items)
    x = np.array([[float(c in item.codes) for c in codes] + [logit]
                  for item, logit in zip(items, logits, strict=True)]).reshape(len(items), -1)
    y = np.array([item.sample.label for item in items], dtype=float)
    intercept, w = _fit_logistic(x, y)
    text_weight = float(w[-1])
    # A strong sign never weighs less than its prior: in English its learned weight is
    # shared with the text model, which says the same thing; in a language whose wording the
    # model cannot judge, the sign is all the evidence there is.
    floors = prior_weights(intercept, text_weight, neutral_logit, ())
    learned = {c: round(max(float(v), floors[c]) if flag_rules.SEVERITY[c] == "high"
                        else float(v), 4)
               for c, v in zip(codes, w[:-1], strict=True)}
    # The same flags without the text model: what each says on its own, used where the
    # wording cannot be judged (another language) and to tell a warning sign.
    _, blind = _fit_logistic(x[:, :-1], y)
    return {"intercept": round(intercept, 4), "text_weight": round(text_weight, 4),
            "flags": learned,
            "priors": prior_weights(intercept, text_weight, neutral_logit, codes),
            "blind": {c: round(float(v), 4) for c, v in zip(codes, blind, strict=True)}}


def choose_threshold(p: np.ndarray, y: np.ndarray, allowed: int) -> float:
    """The lowest threshold that leaves at most ``allowed`` honest messages at or above it:
    just above the (allowed+1)-th highest honest score."""
    ham = np.sort(p[y == 0])[::-1]
    if allowed >= len(ham):
        return 0.0
    return float(min(1.0, math.ceil((ham[allowed] + 1e-9) * 10000) / 10000))


def _folds(items: Sequence[Item], seed: int) -> list[tuple[np.ndarray, np.ndarray]]:
    strata = [f"{item.sample.source}" for item in items]
    splitter = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    return list(splitter.split(np.zeros(len(items)), strata))


def _model_json(groups: dict[str, dict[str, object]]) -> dict[str, object]:
    return {"format": score.FORMAT, "groups": groups, "force_high": list(FORCE_HIGH),
            "prior_probabilities": {
                code: HAND_PRIORS.get(code, SEVERITY_PRIORS[flag_rules.SEVERITY[code]])
                for code in flag_rules.CODES}}


def fit(items: Sequence[Item], seed: int = SEED) -> tuple[dict[str, object], dict[str, object]]:
    """The whole procedure on ``items``: (text model JSON, score model JSON)."""
    oof = np.zeros(len(items))
    folds = _folds(items, seed)
    for train, held in folds:
        model = text_model.TextModel.from_json(fit_text([items[i] for i in train]))
        oof[held] = text_logits(model, [items[i] for i in held])
    text_json = fit_text(items)
    texts = text_model.TextModel.from_json(text_json)
    groups: dict[str, dict[str, object]] = {}
    for group in ("email", "sms"):
        neutral = texts.neutral_logit(group)
        idx = np.array([i for i, item in enumerate(items) if item.group == group])
        members = [items[i] for i in idx]
        weights = fit_group(members, oof[idx], neutral)
        # Thresholds from the group weights' own out-of-fold probabilities.
        p = np.zeros(len(members))
        position = {int(i): j for j, i in enumerate(idx)}
        for train, held in folds:
            tr = [position[i] for i in train if i in position]
            he = [position[i] for i in held if i in position]
            part = fit_group([members[j] for j in tr], oof[idx][tr], neutral)
            part_model = score.ScoreModel.from_json(_model_json(
                {group: {**part, "thresholds": {"medium": 0.5, "high": 0.9}}}))
            for j in he:
                p[j] = _probability(part_model, group, members[j], oof[idx][j])
        y = np.array([m.sample.label for m in members])
        model = score.ScoreModel.from_json(_model_json(
            {group: {**weights, "thresholds": {"medium": 0.5, "high": 0.9}}}))
        # High needs a warning sign as well as the score: chosen among the messages that
        # show one, allowing the same share of all honest messages.
        signed = np.array([model.has_sign(group, m.codes) for m in members])
        n_ham = int((y == 0).sum())
        rates = HAM_RATES[group]
        medium = choose_threshold(p, y, math.floor(rates["medium"] * n_ham))
        high = max(medium, HIGH_FLOOR, choose_threshold(p[signed], y[signed],
                                                        math.floor(rates["high"] * n_ham)))
        groups[group] = {**weights, "thresholds": {"medium": medium, "high": high}}
    return text_json, _model_json(groups)


def _probability(model: score.ScoreModel, group: str, item: Item, logit: float) -> float:
    # Thresholds are chosen without the cap on other languages' wording, which depends on
    # the medium threshold itself (and concerns a handful of honest messages of the corpora).
    scored = text_model.TextScore(logit, ())
    return score.combine(model, group, item.codes, scored, cap=False)[0]


@dataclass(frozen=True)
class Prediction:
    probability: float
    level: str
    reasons: tuple[str, ...]


def predict(text_json: dict[str, object], score_json: dict[str, object],
            items: Sequence[Item]) -> list[Prediction]:
    """What the app says of each item with these models (through ``score.assess``)."""
    texts = text_model.TextModel.from_json(text_json)
    model = score.ScoreModel.from_json(score_json)
    out = []
    for item in items:
        risk = score.assess(item.parsed, item.found, item.link_domains, model, texts)
        out.append(Prediction(risk.score, risk.level, risk.reasons))
    return out


def cross_validate(items: Sequence[Item], seed: int = SEED) -> list[Prediction]:
    """Out-of-fold predictions: each item predicted by the procedure fitted without it."""
    result: list[Prediction | None] = [None] * len(items)
    for train, held in _folds(items, seed + 1):
        text_json, score_json = fit([items[i] for i in train], seed)
        for i, pred in zip(held, predict(text_json, score_json, [items[i] for i in held]),
                           strict=True):
            result[i] = pred
    assert all(p is not None for p in result)
    return [p for p in result if p is not None]
