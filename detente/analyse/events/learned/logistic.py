"""The one logistic-regression fit both learned parts are trained with (the acceptance model and the proposer).

Full-batch gradient descent with momentum from zero weights, for a fixed number of steps or until the steps
become negligible: no randomness, so the same data always gives the same weights. One target column is a
binary logistic regression (the acceptance model: is this event right?), several are a multinomial one over
classes (the proposer: which root, or none?)."""

from __future__ import annotations

import numpy as np

RATE, MOMENTUM = 0.5, 0.9


def fit(
    x: np.ndarray,
    target: np.ndarray,
    weight: np.ndarray,
    l2: float,
    steps: int,
    tolerance: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features, columns) and an unpenalised bias (columns,) minimising the weighted mean log loss
    plus ``l2`` / 2 times the squared weights. ``target`` is (examples, columns): one column holds 0/1 labels
    (sigmoid), several a one-hot class per example (softmax). ``weight`` counts each example. Stops after
    ``steps`` steps, or earlier once no weight moves by more than ``tolerance`` (0: never earlier)."""
    weights = np.zeros((x.shape[1], target.shape[1]))
    bias = np.zeros(target.shape[1])
    velocity_w, velocity_b = np.zeros_like(weights), np.zeros_like(bias)
    for _ in range(steps):
        error = (_probabilities(x @ weights + bias) - target) * weight[:, None] / weight.sum()
        velocity_w = MOMENTUM * velocity_w - RATE * (x.T @ error + l2 * weights)
        velocity_b = MOMENTUM * velocity_b - RATE * error.sum(axis=0)
        weights += velocity_w
        bias += velocity_b
        if tolerance and max(np.abs(velocity_w).max(initial=0.0), np.abs(velocity_b).max()) < tolerance:
            break
    return weights, bias


def _probabilities(scores: np.ndarray) -> np.ndarray:
    if scores.shape[1] == 1:
        return 1.0 / (1.0 + np.exp(-np.clip(scores, -30, 30)))
    scores = scores - scores.max(axis=1, keepdims=True)
    probabilities = np.exp(scores)
    return probabilities / probabilities.sum(axis=1, keepdims=True)
