"""The party linker's weights and policy: a data file, read once."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .features import Features

WEIGHTS_FILE = "learned/linker.json"
POLICIES = ("fill", "replace", "both", "off")


@dataclass(frozen=True)
class LinkerModel:
    """Logistic regression over (act, mention, role) features, and when its choice overrides the rules'.

    ``policy``: "fill" gives an act a missing source or target when the best candidate's probability reaches
    ``fill_at``; "replace" swaps the rules' party for the model's when the model gives its own choice at least
    ``replace_at`` and the rules' under ``1 - replace_at``; "both"; "off" changes nothing (rows are still scored
    for the training script)."""

    weights: dict[str, float]
    policy: str = "off"
    fill_at: float = 1.0
    replace_at: float = 1.0

    def probability(self, features: Features) -> float:
        total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))

    @property
    def fills(self) -> bool:
        return self.policy in {"fill", "both"}

    @property
    def replaces(self) -> bool:
        return self.policy in {"replace", "both"}


def parse_model(raw: dict) -> LinkerModel:
    weights = raw.get("weights")
    if not isinstance(weights, dict) or not all(isinstance(v, int | float) for v in weights.values()):
        raise ValueError("linker model: 'weights' must map feature names to numbers")
    policy = raw.get("policy", "off")
    if policy not in POLICIES:
        raise ValueError(f"linker model: policy {policy!r} is not one of {POLICIES}")
    fill_at, replace_at = float(raw.get("fill_at", 1.0)), float(raw.get("replace_at", 1.0))
    if not (0.0 <= fill_at <= 1.0 and 0.0 <= replace_at <= 1.0):
        raise ValueError("linker model: thresholds must be probabilities")
    return LinkerModel({str(k): float(v) for k, v in weights.items()}, policy, fill_at, replace_at)


@cache
def load_linker_model() -> LinkerModel:
    text = resources.files("detente.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return parse_model(json.loads(text))
