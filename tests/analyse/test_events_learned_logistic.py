"""The shared logistic fit over sparse rows: the same products and the same weights as over the dense matrix."""

from __future__ import annotations

import numpy as np

from detente.analyse.events.learned.logistic import SparseRows, fit, fit_optimum, inverse_hessian, restrict


def _sparse_problem(seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = (rng.random((120, 40)) < 0.1).astype(float)
    x[:, 3] *= 0.25  # a feature that is not one-hot (the acceptance model's rule confidence)
    x[7] = 0.0  # an example with no feature at all
    y = np.eye(4)[rng.integers(0, 4, 120)]
    weight = np.where(np.arange(120) % 5 == 0, 0.5, 1.0)
    return x, y, weight


def test_sparse_products_are_the_dense_ones() -> None:
    x, y, _ = _sparse_problem(1)
    sparse = SparseRows.from_dense(x)
    weights = np.random.default_rng(2).normal(size=(40, 4))
    assert np.allclose(sparse.dot(weights), x @ weights, atol=1e-12)
    assert np.allclose(sparse.transposed_dot(y), x.T @ y, atol=1e-12)
    assert np.array_equal(sparse.to_dense(), x)


def test_the_fit_is_the_same_on_sparse_and_dense_rows() -> None:
    x, y, weight = _sparse_problem(3)
    dense_w, dense_b = fit(x, y, weight, 1e-3, 150)
    sparse_w, sparse_b = fit(SparseRows.from_dense(x), y, weight, 1e-3, 150)
    assert np.abs(dense_w - sparse_w).max() < 1e-12 and np.abs(dense_b - sparse_b).max() < 1e-12
    again = fit(SparseRows.from_dense(x), y, weight, 1e-3, 150)
    assert np.array_equal(again[0], sparse_w) and np.array_equal(again[1], sparse_b)


def test_entries_keep_a_cells_last_value_and_drop_zeros() -> None:
    rows = SparseRows.from_entries([(0, 1, 1.0), (1, 0, 0.0), (0, 1, 0.5), (2, 2, 2.0)], (3, 3))
    assert rows.to_dense().tolist() == [[0.0, 0.5, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 2.0]]
    assert len(rows.values) == 2


def test_a_dense_block_adds_columns_of_its_own() -> None:
    rows = SparseRows.from_entries([(0, 0, 1.0), (1, 1, 1.0)], (2, 2))
    block = np.array([[0.5, -0.5], [0.0, 2.0]])
    assert rows.hstack_dense(block).to_dense().tolist() == [[1.0, 0.0, 0.5, -0.5], [0.0, 1.0, 0.0, 2.0]]


def test_a_dense_block_multiplies_as_the_dense_matrix() -> None:
    x, y, weight = _sparse_problem(4)
    block = np.random.default_rng(5).normal(size=(120, 6))
    rows = SparseRows.from_dense(x).hstack_dense(block)
    whole = np.hstack([x, block])
    assert np.array_equal(rows.to_dense(), whole)
    weights = np.random.default_rng(6).normal(size=(46, 4))
    assert np.allclose(rows.dot(weights), whole @ weights, atol=1e-12)
    assert np.allclose(rows.transposed_dot(y), whole.T @ y, atol=1e-12)
    sparse_w, _ = fit(rows, y, weight, 1e-3, 100)
    assert np.abs(sparse_w - fit(whole, y, weight, 1e-3, 100)[0]).max() < 1e-10


def _binary_problem(seed: int) -> tuple[SparseRows, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = (rng.random((300, 25)) < 0.15).astype(float)
    x[:, 2] *= rng.random(300)  # a feature that is not one-hot (the acceptance model's rule confidence)
    y = (x @ rng.normal(0, 2, 25) + rng.normal(0, 1, 300) > 0.3).astype(float)[:, None]
    weight = np.where(np.arange(300) % 4 == 0, 0.5, 1.0)
    return SparseRows.from_dense(x), y, weight


def test_the_newton_fit_reaches_the_optimum_gradient_descent_converges_to() -> None:
    x, y, weight = _binary_problem(11)
    w, bias = fit_optimum(x, y, weight, 0.01)
    slow_w, slow_b = fit(x, y, weight, 0.01, 200_000, 1e-13)
    assert np.abs(w - slow_w).max() < 1e-8 and np.abs(bias - slow_b).max() < 1e-8
    again = fit_optimum(x, y, weight, 0.01)
    assert np.array_equal(again[0], w) and np.array_equal(again[1], bias)


def test_a_warm_started_fit_reaches_the_same_optimum_as_a_cold_one() -> None:
    """Leave some rows out (a cross-validation fold): started from the all-rows optimum, preconditioned by the
    inverse Hessian there or not, the fit ends where it ends from zero."""
    x, y, weight = _binary_problem(12)
    every = np.ones(300, dtype=bool)
    w_all, b_all = fit_optimum(x, y, weight, 0.01)
    fold = np.arange(300) >= 40
    columns = np.ones(25, dtype=bool)
    part = x.take(fold, columns)
    cold = fit_optimum(part, y[fold], weight[fold], 0.01)
    warm = fit_optimum(part, y[fold], weight[fold], 0.01, (w_all, b_all))
    preconditioner = inverse_hessian(x.take(every, columns), weight, 0.01, w_all, b_all)
    reused = fit_optimum(part, y[fold], weight[fold], 0.01, (w_all, b_all), preconditioner)
    for w, b in (warm, reused):
        assert np.abs(w - cold[0]).max() < 1e-9 and np.abs(b - cold[1]).max() < 1e-9
    assert np.abs(cold[0] - w_all).max() > 1e-3  # (the fold's optimum is not the start)


def test_a_restricted_preconditioner_still_reaches_the_optimum_of_fewer_features() -> None:
    x, y, weight = _binary_problem(13)
    every = np.ones(300, dtype=bool)
    w_all, b_all = fit_optimum(x, y, weight, 0.01)
    preconditioner = inverse_hessian(x, weight, 0.01, w_all, b_all)
    columns = np.arange(25) % 5 != 0
    fewer = x.take(every, columns)
    cold = fit_optimum(fewer, y, weight, 0.01)
    warm = fit_optimum(fewer, y, weight, 0.01, (w_all[columns], b_all), restrict(preconditioner, columns))
    assert np.abs(warm[0] - cold[0]).max() < 1e-9


def test_take_is_the_matrix_built_from_the_kept_rows_and_columns() -> None:
    x, _, _ = _binary_problem(14)
    rows, columns = np.arange(300) % 3 != 0, np.arange(25) % 4 != 1
    dense = x.to_dense()[rows][:, columns]
    taken = x.take(rows, columns)
    built = SparseRows.from_dense(dense)
    assert np.array_equal(taken.to_dense(), dense)
    assert np.array_equal(taken.rows, built.rows) and np.array_equal(taken.columns, built.columns)
