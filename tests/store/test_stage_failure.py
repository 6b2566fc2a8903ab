"""One article that breaks an analysis stage must not stop a corpus: it is stored without that stage.

The failing stage here is registered through the public ``@stage`` decorator, as a user's own stage
would be; it raises on articles that mention a marker word, like a real bug triggered by rare input.
"""

from __future__ import annotations

import pytest

from detente.analyse.registry import STAGES, stage
from detente.store import Store, ingest

STORY = "Japan and South Korea agreed on Tuesday in Tokyo to renew a fisheries pact. "


@pytest.fixture
def fragile_stage():
    @stage("fragile", order=25, fields=())
    def fragile(parsed):
        if "Atlantis" in parsed.doc.text:
            raise ValueError("cannot handle Atlantis")
        return {}

    yield
    del STAGES["fragile"]


def test_an_article_breaking_a_stage_is_stored_with_the_other_stages_output(tmp_path, fragile_stage):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, extra in enumerate(["", "The envoy of Atlantis also attended.", "Talks resume next week."]):
        (folder / f"{n}.txt").write_text(STORY + extra, encoding="utf-8")
    warnings = []
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest([folder], store, on_warning=warnings.append)
        articles = {a.path.rsplit("/", 1)[-1]: a for a in store.articles()}
    assert report.stored_count == 3 and not report.rejected
    broken = articles["1.txt"]
    assert broken.analysis_errors == ["fragile: ValueError: cannot handle Atlantis"]
    assert broken.sentences and {"JPN", "KOR"} <= {a.country for a in broken.actors}  # earlier stages
    assert broken.events or broken.places  # and later ones still ran
    assert [str(w) for w in warnings] == [
        f"{folder / '1.txt'}: stored without stage fragile: ValueError: cannot handle Atlantis"
    ]
    assert articles["0.txt"].analysis_errors == [] and articles["2.txt"].analysis_errors == []
