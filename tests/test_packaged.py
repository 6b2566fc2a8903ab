"""The packaged-data reader every codebook and lexicon loader goes through."""

import pytest

from detente.packaged import read_data_text, read_data_yaml, word_set


def test_reads_a_packaged_text_file():
    assert "040" in read_data_text("cameo/CAMEO.eventcodes.txt")


def test_parses_a_packaged_yaml_file():
    assert isinstance(read_data_yaml("cameo/judgements.yaml"), dict)


def test_a_missing_file_is_an_error_naming_it():
    with pytest.raises(FileNotFoundError, match="no_such.yaml"):
        read_data_yaml("cameo/no_such.yaml")


class BadLexiconError(ValueError):
    pass


def test_a_word_list_is_read_lower_cased_and_checked():
    assert word_set({"verbs": ["Meet", "visit"]}, "verbs", "x.yaml ") == {"meet", "visit"}
    assert word_set({"labels": ["NORP"]}, "labels", "x.yaml ", lower=False) == {"NORP"}
    for bad in ({}, {"verbs": []}, {"verbs": ["meet", ""]}, {"verbs": "meet"}, ["verbs"]):
        with pytest.raises(BadLexiconError, match=r"x\.yaml verbs: expected a non-empty list of words"):
            word_set(bad, "verbs", "x.yaml ", BadLexiconError)
