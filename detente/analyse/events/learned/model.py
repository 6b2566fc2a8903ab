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
class SentenceGate:
    """P(this sentence reports an act between two actors that an analyst codes): a binary logistic regression
    over the sentence's clause features and its features as a whole (``features.sentence_features``), learned
    from DEV sentences with a gold event and without (real news is mostly without). The proposer proposes only
    where this probability reaches ``threshold`` as well as its own root's."""

    vocabulary: dict[str, int]  # feature -> row of ``weights``
    weights: np.ndarray  # (features,)
    bias: float
    threshold: float  # chosen by leaving one wire set out (``train``)

    def probability(self, features: list[str]) -> float:
        """The probability that the sentence reports a codable act (features never seen are ignored)."""
        rows = sorted({self.vocabulary[f] for f in features if f in self.vocabulary})
        score = self.bias + float(self.weights[rows].sum())
        return float(1.0 / (1.0 + np.exp(-np.clip(score, -30.0, 30.0))))

    def passes(self, features: list[str]) -> bool:
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict:
        """The shipped form: features of near-zero weight dropped, weights rounded."""
        weights = {
            name: round(float(self.weights[row]), 4)
            for name, row in sorted(self.vocabulary.items(), key=lambda item: item[1])
            if abs(self.weights[row]) >= 1e-3
        }
        return {"threshold": self.threshold, "bias": round(self.bias, 4), "weights": weights}


def gate_from_json(data: dict) -> SentenceGate:
    names = list(data["weights"])
    return SentenceGate(
        vocabulary={n: i for i, n in enumerate(names)},
        weights=np.array([data["weights"][n] for n in names], dtype=np.float64),
        bias=float(data["bias"]),
        threshold=float(data["threshold"]),
    )


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
    # the sentence gate (None: every sentence may carry a proposal)
    gate: SentenceGate | None = None
    # where the clause and sentence name no party, the previous sentence's coded actors may be its parties
    previous_sentence: bool = False
    # the root is read given that the sentence reports an act (the gate's question): its probability among the
    # roots alone, "none" left out (``best_act``), not against "none" as well (``best_root``)
    root_given_act: bool = False

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

    def best_act(self, features: list[str], embedding: np.ndarray | None = None) -> tuple[str, float]:
        """The most probable root if the sentence reports an act, and its probability among the roots alone."""
        probabilities = self.probabilities(features, embedding)
        act = 1.0 - probabilities[NO_EVENT]
        root = max((k for k in probabilities if k != NO_EVENT), key=lambda k: probabilities[k])
        return root, probabilities[root] / act if act > 0 else 0.0

    def reading(self, features: list[str], embedding: np.ndarray | None = None) -> tuple[str, float]:
        """The root this model proposes from and its probability: ``best_act`` or ``best_root``."""
        return self.best_act(features, embedding) if self.root_given_act else self.best_root(features, embedding)

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
            "previous_sentence": self.previous_sentence,
            "root_given_act": self.root_given_act,
            "bias": [round(float(b), 4) for b in self.bias],
            "weights": rows,
        }
        if self.gate is not None:
            shipped["gate"] = self.gate.to_json()
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
        gate=gate_from_json(data["gate"]) if data.get("gate") else None,
        previous_sentence=bool(data.get("previous_sentence", False)),
        root_given_act=bool(data.get("root_given_act", False)),
    )


@lru_cache(maxsize=1)
def load_proposer() -> ProposerModel | None:
    """The shipped model, or None when no weights ship (the proposer is then off)."""
    path = resources.files("detente.data.learned").joinpath(WEIGHTS_FILE)
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text(encoding="utf-8")))
