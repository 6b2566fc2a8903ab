"""benchmarks/drops.py counts the event filters' drops on DEV data and the free pool only, never a held-out set."""

from __future__ import annotations

import pytest

from .conftest import load_benchmark


@pytest.fixture(scope="module")
def drops():
    return load_benchmark("drops")


@pytest.mark.parametrize("held_out", ["heldoutall", "heldout-wire", "heldout-wire2", "heldout", "plover-test"])
def test_held_out_sets_are_refused(drops, held_out: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        drops.main(["--set", held_out])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_wire_dev_2_is_a_dev_set_from_session_12(drops) -> None:
    # (blind in session 11, read from session 12 on: see benchmarks/wire_dev2/README.md)
    assert "wiredev2" in drops.COMPOSED_DEV and "wiredev" in drops.COMPOSED_DEV


def test_the_pool_holds_no_gold_position(drops, monkeypatch) -> None:
    # (100 articles: the multiples of 10, wire DEV 8's 5, 15, ... 95 and wire DEV 9's 2, 12, ... 92 are out, 70 are
    # free)
    articles = [f"article {i}" for i in range(100)]
    monkeypatch.setattr(drops.wire, "newswire", lambda limit: articles)
    monkeypatch.setattr(drops, "analyse", lambda picked: picked)
    picked = [a for a, _gold in drops.pool_articles(seed=1, count=50)]
    assert all(int(a.split()[1]) % 10 not in (0, 2, 5) for a in picked)


def test_the_pool_leaves_out_wire_dev_3_4_5_and_7(drops, monkeypatch) -> None:
    # wire DEV 3 (benchmarks/wire_dev3/, coded blind in session 13) took 405, 425, ... 1385, wire DEV 4
    # (benchmarks/wire_dev4/, coded blind in session 14) 415, 435, ... 1395, wire DEV 5 (benchmarks/wire_dev5/,
    # coded blind in session 15) 1405, 1425, ... 2385 and wire DEV 7 (benchmarks/wire_dev7/, coded blind in
    # session 16) 1415, 1435, ... 2395, five each of the last two below 1500
    articles = [f"article {i}" for i in range(1500)]
    monkeypatch.setattr(drops.wire, "newswire", lambda limit: articles)
    monkeypatch.setattr(drops, "analyse", lambda picked: picked)
    # (and wire DEV 8, 5, 15, ... 395, and wire DEV 9, 2, 12, ... 392: see test_the_pool_leaves_out_wire_dev_8 and _9)
    free = 1500 - 150 - 50 - 50 - 5 - 5 - 40 - 40
    picked = {int(a.split()[1]) for a, _gold in drops.pool_articles(seed=1, count=free)}
    assert len(picked) == free
    assert not picked & set(range(405, 1386, 20)) and all(p % 10 != 0 for p in picked)
    assert not picked & set(range(415, 1396, 20))
    assert not picked & set(range(1405, 2386, 20))
    assert not picked & set(range(1415, 2396, 20))
    assert {397, 1401, 1417} <= picked and 1405 not in picked and 1415 not in picked and 1425 not in picked
    assert not drops.free_position(405) and not drops.free_position(1385) and not drops.free_position(1405)
    assert not drops.free_position(415) and not drops.free_position(1395) and not drops.free_position(1415)
    assert not drops.free_position(2385) and not drops.free_position(2395) and drops.free_position(1401)
    assert list(drops.WIRE_DEV7_POSITIONS) == list(range(1415, 2396, 20)) and len(drops.WIRE_DEV7_POSITIONS) == 50
    assert drops.free_position(1417) and drops.free_position(2397) and not drops.free_position(2375)


def test_the_pool_leaves_out_wire_dev_6(drops) -> None:
    # wire DEV 6 (benchmarks/wire_dev6/, coded blind in session 15) took every 10th article below 400 and from
    # 2400 on: 0, 10, ... 390 and 2400, 2410, ... 2450; every multiple of 10 was already out of the pool
    positions = [*range(0, 400, 10), *range(2400, 2452, 10)]
    assert len(positions) == 46 and list(drops.WIRE_DEV6_POSITIONS) == positions
    assert not any(drops.free_position(p) for p in positions)
    assert (
        drops.free_position(1) and drops.free_position(399) and drops.free_position(2401) and drops.free_position(2451)
    )


def test_the_pool_leaves_out_wire_dev_8(drops, monkeypatch) -> None:
    # wire DEV 8 (benchmarks/wire_dev8/, coded blind in session 17) took every 10th article from 5 below 400:
    # 5, 15, ... 395, 40 of them, none a multiple of 10 nor in another wire set
    positions = list(range(5, 396, 10))
    assert len(positions) == 40 and list(drops.WIRE_DEV8_POSITIONS) == positions
    assert not any(drops.free_position(p) for p in positions)
    assert drops.free_position(1) and drops.free_position(397) and drops.free_position(403) and drops.free_position(4)
    articles = [f"article {i}" for i in range(400)]
    monkeypatch.setattr(drops.wire, "newswire", lambda limit: articles)
    monkeypatch.setattr(drops, "analyse", lambda picked: picked)
    free = 400 - 40 - 40 - 40
    picked = {int(a.split()[1]) for a, _gold in drops.pool_articles(seed=1, count=free)}
    assert len(picked) == free and not picked & set(positions)


def test_the_pool_leaves_out_wire_dev_9(drops, monkeypatch) -> None:
    # wire DEV 9 (benchmarks/wire_dev9/, coded blind in session 18) took every 10th article from 2 below 400:
    # 2, 12, ... 392, 40 of them, none a multiple of 10 nor in another wire set
    positions = list(range(2, 393, 10))
    assert len(positions) == 40 and list(drops.WIRE_DEV9_POSITIONS) == positions
    assert not any(drops.free_position(p) for p in positions)
    assert drops.free_position(1) and drops.free_position(3) and drops.free_position(402) and drops.free_position(399)
    articles = [f"article {i}" for i in range(400)]
    monkeypatch.setattr(drops.wire, "newswire", lambda limit: articles)
    monkeypatch.setattr(drops, "analyse", lambda picked: picked)
    free = 400 - 40 - 40 - 40
    picked = {int(a.split()[1]) for a, _gold in drops.pool_articles(seed=1, count=free)}
    assert len(picked) == free and not picked & set(positions)
