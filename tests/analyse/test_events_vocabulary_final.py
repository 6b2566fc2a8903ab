"""Event vocabulary of news, last pass (detente/data/cameo/verbs.yaml).

Senses the sentence DEV misses showed were missing, widened to the common words of news for the same act and
checked on unlabelled AFP/Xinhua articles (benchmarks/newswire_events.py). Each sentence below is composed here,
none is taken from a benchmark or the corpus; each negative is a wrong sense of the same words.
"""

from __future__ import annotations

import pytest

from tests.analyse.test_events import events_of, triples
from tests.analyse.test_events_codebook import has_event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court finding a person guilty is a verdict (116), active or passive
        ("Iran found a French aid worker guilty of spying for Israel.", ("IRN", "116", "FRA")),
        ("Pakistan found a Vietnamese captain guilty of fishing in its waters.", ("PAK", "116", "VNM")),
        ("A Japanese researcher was found guilty of espionage by China.", ("CHN", "116", "JPN")),
    ],
)
def test_a_guilty_verdict_is_one(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


@pytest.mark.parametrize(
    "text",
    [
        # what is found that is no person judged is no verdict
        "Inspectors found no trace of chemical weapons at the site in Syria.",
        "Police in Kenya found the bodies of three Somali migrants near the border.",
    ],
)
def test_finding_things_is_no_verdict(nlp, text: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith("116") for _s, code, _t in found), found
