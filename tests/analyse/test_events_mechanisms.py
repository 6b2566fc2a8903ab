"""Event-code mechanisms the codebook's vocabulary relies on, on sentences composed for these tests."""

from __future__ import annotations

from tests.analyse.test_events import events_of, triples


def test_owner_of_an_act_on_someone_named_by_of_does_it(nlp) -> None:
    # the one acted on is named by "of", so the owner is the doer (not the one arrested)
    assert ("JPN", "173", "CHN") in triples(events_of(nlp, "China condemned Japan's arrest of Chinese fishermen."))
    found = triples(events_of(nlp, "Japan's expulsion of two Chinese diplomats angered Beijing."))
    assert found == [("JPN", "166", "CHN")]
    # with no "of", the owner still suffers the act
    assert ("CHN", "173", "JPN") not in triples(events_of(nlp, "China protested the students' arrests."))


def test_who_withdraws_is_named_by_of_and_the_place_left_by_from(nlp) -> None:
    found = triples(events_of(nlp, "The withdrawal of Russian forces from Ukraine began on Monday."))
    assert found == [("RUS", "0874", "UKR")]
