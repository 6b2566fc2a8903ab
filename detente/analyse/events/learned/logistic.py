"""The one logistic-regression fit both learned parts are trained with (the acceptance model and the proposer).

Full-batch gradient descent with momentum from zero weights, for a fixed number of steps or until the steps
become negligible: no randomness, so the same data always gives the same weights. One target column is a
binary logistic regression (the acceptance model: is this event right?), several are a multinomial one over
classes (the proposer: which root, or none?).

The examples are sparse (a few one-hot features of thousands each), so they are held as ``SparseRows``: the
(row, column, value) of each non-zero entry, whose products with the weights are sums of those entries
(``np.bincount``), not products of a dense matrix that is almost all zeros. Both give the same optimum (the sums
differ only in their last bits)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

RATE, MOMENTUM = 0.5, 0.9


@dataclass(frozen=True)
class SparseRows:
    """A matrix of ``shape`` given by its non-zero entries: ``values[k]`` at (``rows[k]``, ``columns[k]``)."""

    rows: np.ndarray  # int, (entries,)
    columns: np.ndarray  # int, (entries,)
    values: np.ndarray  # float, (entries,)
    shape: tuple[int, int]  # (rows, columns), the dense block's columns included
    # columns every row fills (a sentence embedding), after the sparse ones: multiplied as a dense matrix
    dense: np.ndarray | None = None

    @classmethod
    def from_entries(cls, entries: list[tuple[int, int, float]], shape: tuple[int, int]) -> SparseRows:
        """From (row, column, value) triples; a cell named twice keeps its last value, as a dense assignment does."""
        cells = {(row, column): value for row, column, value in entries}
        ordered = sorted((cell, value) for cell, value in cells.items() if value)
        rows = np.array([cell[0] for cell, _ in ordered], dtype=np.int64)
        columns = np.array([cell[1] for cell, _ in ordered], dtype=np.int64)
        values = np.array([value for _, value in ordered], dtype=np.float64)
        return cls(rows, columns, values, shape)

    @classmethod
    def from_dense(cls, x: np.ndarray) -> SparseRows:
        rows, columns = np.nonzero(x)
        return cls(rows.astype(np.int64), columns.astype(np.int64), x[rows, columns].astype(np.float64), x.shape)

    def hstack_dense(self, block: np.ndarray) -> SparseRows:
        """These columns, then a dense block's (an embedding per row) as columns of their own."""
        if self.dense is not None:
            raise ValueError("these rows already end in a dense block")
        block = np.asarray(block, dtype=np.float64)
        shape = (self.shape[0], self.shape[1] + block.shape[1])
        return SparseRows(self.rows, self.columns, self.values, shape, block)

    @property
    def sparse_columns(self) -> int:
        return self.shape[1] - (0 if self.dense is None else self.dense.shape[1])

    def to_dense(self) -> np.ndarray:
        x = np.zeros(self.shape)
        x[self.rows, self.columns] = self.values
        if self.dense is not None:
            x[:, self.sparse_columns :] = self.dense
        return x

    def dot(self, weights: np.ndarray) -> np.ndarray:
        """self @ weights, weights (columns, k) -> (rows, k)."""
        split = self.sparse_columns
        out = self._sums(self.rows, self.columns, weights[:split], self.shape[0])
        return out if self.dense is None else out + self.dense @ weights[split:]

    def transposed_dot(self, error: np.ndarray) -> np.ndarray:
        """self.T @ error, error (rows, k) -> (columns, k)."""
        out = self._sums(self.columns, self.rows, error, self.sparse_columns)
        return out if self.dense is None else np.vstack([out, self.dense.T @ error])

    def _sums(self, into: np.ndarray, read: np.ndarray, matrix: np.ndarray, size: int) -> np.ndarray:
        out = np.empty((size, matrix.shape[1]))
        for k in range(matrix.shape[1]):
            out[:, k] = np.bincount(into, weights=self.values * matrix[read, k], minlength=size)
        return out


def fit(
    x: np.ndarray | SparseRows,
    target: np.ndarray,
    weight: np.ndarray,
    l2: float,
    steps: int,
    tolerance: float = 0.0,
) -> tuple[np.ndarray, np.ndarray]:
    """Weights (features, columns) and an unpenalised bias (columns,) minimising the weighted mean log loss
    plus ``l2`` / 2 times the squared weights. ``x`` is (examples, features), dense or ``SparseRows``;
    ``target`` is (examples, columns): one column holds 0/1 labels (sigmoid), several a one-hot class per example
    (softmax). ``weight`` counts each example. Stops after ``steps`` steps, or earlier once no weight moves by
    more than ``tolerance`` (0: never earlier)."""
    sparse = x if isinstance(x, SparseRows) else SparseRows.from_dense(np.asarray(x, dtype=np.float64))
    weights = np.zeros((sparse.shape[1], target.shape[1]))
    bias = np.zeros(target.shape[1])
    velocity_w, velocity_b = np.zeros_like(weights), np.zeros_like(bias)
    for _ in range(steps):
        error = (_probabilities(sparse.dot(weights) + bias) - target) * weight[:, None] / weight.sum()
        velocity_w = MOMENTUM * velocity_w - RATE * (sparse.transposed_dot(error) + l2 * weights)
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
