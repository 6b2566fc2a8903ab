"""The acceptance model's weights: a data file, read once."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .features import Features

WEIGHTS_FILE = "learned/acceptance.json"


@dataclass(frozen=True)
class AcceptanceModel:
    """Logistic regression: the probability is the logistic of the weighted sum of the features present."""

    weights: dict[str, float]
    floor: float | None = None  # events scored below it are dropped; None keeps every event

    def probability(self, features: Features) -> float:
        total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


def parse_model(raw: dict) -> AcceptanceModel:
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not all(isinstance(v, int | float) for v in weights.values()):
        raise ValueError("acceptance model: 'weights' must map feature names to numbers")
    floor = raw.get("floor")
    if floor is not None and not 0.0 <= floor <= 1.0:
        raise ValueError(f"acceptance model: floor {floor} is not a probability")
    return AcceptanceModel({str(k): float(v) for k, v in weights.items()}, floor)


@cache
def load_acceptance_model() -> AcceptanceModel:
    text = resources.files("detente.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return parse_model(json.loads(text))
