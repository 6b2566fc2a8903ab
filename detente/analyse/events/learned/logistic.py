"""The logistic-regression fits the learned parts are trained with (the acceptance model, the linker, the proposer).

``fit``: full-batch gradient descent with momentum from zero weights, for a fixed number of steps or until the steps
become negligible: no randomness, so the same data always gives the same weights. One target column is a
binary logistic regression, several are a multinomial one over classes (the proposer: which root, or none?; it is
stopped after a fixed number of steps, so its weights are where the path is then, not an optimum).
``fit_optimum``: the binary ridge optimum itself (the acceptance model: is this event right?; the linker: is this
mention the act's party?), by Newton's method, from zero or from a given start: the problem is convex and the
penalty makes its optimum unique, so a start near it (the all-rows optimum, for a cross-validation fold) only
shortens the path. It reaches the optimum gradient descent run to convergence tends to, in a few dozen products
with the rows instead of thousands.

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

    def take(self, rows: np.ndarray, columns: np.ndarray) -> SparseRows:
        """The rows and columns marked True (boolean masks), renumbered in order: the matrix ``from_entries`` builds
        from those rows' entries in those columns, entry for entry."""
        if self.dense is not None:
            raise ValueError("take reads sparse rows only")
        new_row, new_column = np.cumsum(rows) - 1, np.cumsum(columns) - 1
        keep = rows[self.rows] & columns[self.columns]
        shape = (int(rows.sum()), int(columns.sum()))
        return SparseRows(new_row[self.rows[keep]], new_column[self.columns[keep]], self.values[keep], shape)

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


NEWTON_TOLERANCE = 1e-12  # the largest gradient entry at which the optimum is reached (weights within ~1e-8)
NEWTON_ITERATIONS = 100
ARMIJO = 1e-4  # the share of the predicted decrease a Newton step must reach, or it is halved


@dataclass(frozen=True)
class _Problem:
    """A binary ridge logistic regression: mean weighted log loss plus ``l2`` / 2 times the squared weights."""

    x: SparseRows
    y: np.ndarray  # (examples,) 0/1
    share: np.ndarray  # (examples,) each example's weight over the total
    l2: float

    def scores(self, w: np.ndarray, b: float) -> np.ndarray:
        return self.x.dot(w[:, None])[:, 0] + b

    def loss(self, w: np.ndarray, b: float) -> float:
        z = self.scores(w, b)
        return float(self.share @ (np.logaddexp(0.0, z) - self.y * z)) + 0.5 * self.l2 * float(w @ w)

    def gradient(self, w: np.ndarray, b: float) -> tuple[np.ndarray, np.ndarray]:
        """The gradient (weights then bias, one vector) and each example's curvature share p(1 - p) at (w, b)."""
        p = _probabilities(self.scores(w, b)[:, None])[:, 0]
        error = (p - self.y) * self.share
        grad = np.append(self.x.transposed_dot(error[:, None])[:, 0] + self.l2 * w, error.sum())
        return grad, p * (1.0 - p) * self.share

    def hessian_times(self, curvature: np.ndarray, v: np.ndarray) -> np.ndarray:
        inner = curvature * (self.x.dot(v[:-1, None])[:, 0] + v[-1])
        return np.append(self.x.transposed_dot(inner[:, None])[:, 0] + self.l2 * v[:-1], inner.sum())

    def hessian(self, curvature: np.ndarray) -> np.ndarray:
        """The whole Hessian (weights then bias), summed over the pairs of entries each row has (a few dozen each)."""
        x, size = self.x, self.x.shape[1]
        counts = np.bincount(x.rows, minlength=x.shape[0])
        starts = np.cumsum(counts) - counts
        per_entry = counts[x.rows]  # each entry pairs with every entry of its row (rows are in order)
        left = np.repeat(np.arange(len(x.rows)), per_entry)
        right = starts[x.rows[left]] + np.arange(len(left)) - np.repeat(np.cumsum(per_entry) - per_entry, per_entry)
        products = x.values[left] * x.values[right] * curvature[x.rows[left]]
        out = np.zeros((size + 1, size + 1))
        out[:size, :size] = np.bincount(x.columns[left] * size + x.columns[right], products, size * size).reshape(
            size, size
        )
        out[:size, :size] += self.l2 * np.eye(size)
        out[size, :size] = out[:size, size] = x.transposed_dot(curvature[:, None])[:, 0]
        out[size, size] = curvature.sum()
        return out


def fit_optimum(
    x: np.ndarray | SparseRows,
    target: np.ndarray,
    weight: np.ndarray,
    l2: float,
    start: tuple[np.ndarray, np.ndarray] | None = None,
    preconditioner: np.ndarray | None = None,
    tolerance: float = NEWTON_TOLERANCE,
) -> tuple[np.ndarray, np.ndarray]:
    """The weights (features, 1) and unpenalised bias (1,) minimising the weighted mean log loss plus ``l2`` / 2
    times the squared weights (``fit``'s objective, one 0/1 target column), from ``start`` (weights, bias) or zero.
    Newton's method: each step solves the Hessian system by conjugate gradients on Hessian-vector products
    (preconditioned by ``preconditioner``, else by the inverse of the Hessian at the start: near the optimum a few
    products do; solved more tightly as the gradient shrinks), halved until the loss falls; it stops once no
    gradient entry exceeds ``tolerance``. Any symmetric positive definite preconditioner reaches the same optimum;
    ``inverse_hessian`` at a nearby optimum (the all-rows one, for a cross-validation fold) saves computing one per
    fit. Deterministic. Sparse rows only (no dense block)."""
    if target.shape[1] != 1:
        raise ValueError("fit_optimum fits one binary target column")
    sparse = x if isinstance(x, SparseRows) else SparseRows.from_dense(np.asarray(x, dtype=np.float64))
    if sparse.dense is not None:
        raise ValueError("fit_optimum reads sparse rows only")
    problem = _Problem(sparse, target[:, 0].astype(np.float64), weight / weight.sum(), l2)
    columns = sparse.shape[1]
    w = np.zeros(columns) if start is None else np.array(start[0], dtype=np.float64).reshape(columns)
    b = 0.0 if start is None else float(np.asarray(start[1]).reshape(-1)[0])
    for _ in range(NEWTON_ITERATIONS):
        grad, curvature = problem.gradient(w, b)
        size = float(np.abs(grad).max(initial=0.0))
        if size < tolerance:
            break
        if preconditioner is None:
            preconditioner = np.linalg.inv(problem.hessian(curvature))
        step = _newton_step(problem, curvature, grad, preconditioner, min(0.5, np.sqrt(size)))
        w, b = _line_search(problem, w, b, grad, step)
    return w[:, None], np.array([b])


def inverse_hessian(
    x: SparseRows, weight: np.ndarray, l2: float, weights: np.ndarray, bias: np.ndarray
) -> np.ndarray:
    """The inverse of ``fit_optimum``'s Hessian (weights then bias) at (``weights``, ``bias``): its preconditioner.
    ``restrict`` it to the features a fit on fewer rows keeps."""
    problem = _Problem(x, np.zeros(x.shape[0]), weight / weight.sum(), l2)
    _, curvature = problem.gradient(weights.reshape(-1), float(bias.reshape(-1)[0]))
    return np.linalg.inv(problem.hessian(curvature))


def restrict(preconditioner: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """The preconditioner's rows and columns of the features marked True (and the bias's): still positive definite."""
    keep = np.append(columns, True)
    return preconditioner[np.ix_(keep, keep)]


def rounded(fitted: dict[str, float]) -> dict[str, float]:
    """Weights by name as the learned parts' files hold them: 4 decimals, those that round to zero left out."""
    return {name: round(v, 4) for name, v in sorted(fitted.items()) if abs(v) >= 5e-5}


def _newton_step(
    problem: _Problem, curvature: np.ndarray, grad: np.ndarray, preconditioner: np.ndarray, forcing: float
) -> np.ndarray:
    """Solve H d = -grad by preconditioned conjugate gradients, to a residual of ``forcing`` times the gradient's."""
    d = np.zeros_like(grad)
    residual = -grad
    z = preconditioner @ residual
    direction = z.copy()
    rz = float(residual @ z)
    goal = forcing * float(np.linalg.norm(grad))
    for _ in range(len(grad)):
        if float(np.linalg.norm(residual)) <= goal:
            break
        product = problem.hessian_times(curvature, direction)
        alpha = rz / float(direction @ product)
        d += alpha * direction
        residual -= alpha * product
        z = preconditioner @ residual
        rz, previous = float(residual @ z), rz
        direction = z + (rz / previous) * direction
    return d


def _line_search(
    problem: _Problem, w: np.ndarray, b: float, grad: np.ndarray, step: np.ndarray
) -> tuple[np.ndarray, float]:
    """The Newton step, halved until the loss falls by its share of the predicted decrease (rounding allowed for)."""
    before = problem.loss(w, b)
    slope = float(grad @ step)
    t = 1.0
    for _ in range(40):
        w_new, b_new = w + t * step[:-1], b + t * float(step[-1])
        if problem.loss(w_new, b_new) <= before + ARMIJO * t * slope + 1e-15 * abs(before):
            return w_new, b_new
        t /= 2
    return w_new, b_new
