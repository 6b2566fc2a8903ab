"""benchmarks/drops.py counts the event filters' drops on DEV data and the free pool only, never a held-out set."""

from __future__ import annotations

import pytest

from .conftest import load_benchmark


@pytest.fixture(scope="module")
def drops():
    return load_benchmark("drops")


@pytest.mark.parametrize("held_out", ["heldoutall", "heldout-wire", "heldout", "wiredev2", "plover-test"])
def test_held_out_sets_are_refused(drops, held_out: str, capsys) -> None:
    with pytest.raises(SystemExit) as stopped:
        drops.main(["--set", held_out])
    assert stopped.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_the_pool_holds_no_gold_position(drops, monkeypatch) -> None:
    articles = [f"article {i}" for i in range(60)]
    monkeypatch.setattr(drops.wire, "newswire", lambda limit: articles)
    monkeypatch.setattr(drops, "analyse", lambda picked: picked)
    picked = [a for a, _gold in drops.pool_articles(seed=1, count=50)]
    assert all(int(a.split()[1]) % 10 != 0 for a in picked)
