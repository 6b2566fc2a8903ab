"""The learned proposer's weights: a multinomial logistic regression over one-hot clause features.

The weights ship as ``detente/data/learned/proposer.json``, rebuilt deterministically from the DEV data only by
``python -m detente.analyse.events.learned.train`` (see that module for what it was trained on). At run time only
numpy is needed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

NO_EVENT = "none"
WEIGHTS_FILE = "proposer.json"


@dataclass(frozen=True)
class ProposerModel:
    classes: list[str]  # CAMEO roots "01".."20" and NO_EVENT
    vocabulary: dict[str, int]  # feature -> row of ``weights``
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    threshold: float  # the least probability of a root for the proposer to propose it (chosen by cross-validation)
    trained_on: str
    # roots never proposed: the vaguest ones (a statement, an intent), where the model lands on sentences that say
    # little, and which cross-validation found almost always wrong
    vague_roots: frozenset[str] = frozenset()
    # triggers that tell a state, not an act ("is", "has"): no proposal hangs on them
    stative_lemmas: frozenset[str] = frozenset()
    # the sentence's embedding (``detente.analyse.embeddings``), times ``embedding_scale``, weighs in as well
    embedding_weights: np.ndarray | None = None  # (dimensions, classes)
    embedding_scale: float = 1.0
    # both parties must be states, state organs or IGOs (else: any coded actors of different countries)
    states_only: bool = True

    def proposes(self, pos: str, lemma: str, root: str, probability: float) -> bool:
        """Whether a trigger of this part of speech and lemma, read as this root, is a firm enough proposal."""
        return (
            self.reads_trigger(pos, lemma)
            and root != NO_EVENT
            and root not in self.vague_roots
            and probability >= self.threshold
        )

    def reads_trigger(self, pos: str, lemma: str) -> bool:
        """Whether any proposal can hang on a trigger of this part of speech and lemma (a verb of an act)."""
        return pos == "VERB" and lemma not in self.stative_lemmas

    @property
    def reads_embeddings(self) -> bool:
        return self.embedding_weights is not None

    def probabilities(self, features: list[str], embedding: np.ndarray | None = None) -> dict[str, float]:
        """Each class's probability for one clause (and its sentence's embedding, if the model reads one);
        features the model never saw are ignored."""
        rows = sorted({self.vocabulary[f] for f in features if f in self.vocabulary})
        scores = self.bias + self.weights[rows].sum(axis=0)
        if self.embedding_weights is not None:
            if embedding is None:
                raise ValueError("this proposer reads the sentence's embedding: pass it")
            scores = scores + (embedding * self.embedding_scale) @ self.embedding_weights
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return {label: float(p) for label, p in zip(self.classes, scores, strict=True)}

    def best_root(self, features: list[str], embedding: np.ndarray | None = None) -> tuple[str, float]:
        """The most probable class ("none" included) and its probability."""
        probabilities = self.probabilities(features, embedding)
        label = max(probabilities, key=lambda k: probabilities[k])
        return label, probabilities[label]

    def to_json(self) -> dict:
        """The shipped form: weights kept sparse (rows of near-zero weights dropped) and rounded."""
        names = sorted(self.vocabulary, key=lambda f: self.vocabulary[f])
        rows = {}
        for name in names:
            row = self.weights[self.vocabulary[name]]
            if np.abs(row).max() >= 1e-3:
                rows[name] = [round(float(w), 4) for w in row]
        shipped = {
            "trained_on": self.trained_on,
            "classes": self.classes,
            "threshold": self.threshold,
            "vague_roots": sorted(self.vague_roots),
            "stative_lemmas": sorted(self.stative_lemmas),
            "states_only": self.states_only,
            "bias": [round(float(b), 4) for b in self.bias],
            "weights": rows,
        }
        if self.embedding_weights is not None:
            shipped["embedding_scale"] = self.embedding_scale
            shipped["embedding_weights"] = [[round(float(w), 4) for w in row] for row in self.embedding_weights]
        return shipped


def model_from_json(data: dict) -> ProposerModel:
    names = list(data["weights"])
    weights = np.array([data["weights"][n] for n in names], dtype=np.float64).reshape(len(names), len(data["classes"]))
    return ProposerModel(
        classes=list(data["classes"]),
        vocabulary={n: i for i, n in enumerate(names)},
        weights=weights,
        bias=np.array(data["bias"], dtype=np.float64),
        threshold=float(data["threshold"]),
        trained_on=data.get("trained_on", ""),
        vague_roots=frozenset(data.get("vague_roots", [])),
        stative_lemmas=frozenset(data.get("stative_lemmas", [])),
        embedding_weights=(
            np.array(data["embedding_weights"], dtype=np.float64) if data.get("embedding_weights") else None
        ),
        embedding_scale=float(data.get("embedding_scale", 1.0)),
        states_only=bool(data.get("states_only", True)),
    )


@lru_cache(maxsize=1)
def load_proposer() -> ProposerModel | None:
    """The shipped model, or None when no weights ship (the proposer is then off)."""
    path = resources.files("detente.data.learned").joinpath(WEIGHTS_FILE)
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
