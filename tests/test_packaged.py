"""The packaged-data reader every codebook and lexicon loader goes through."""

import pytest

from detente.packaged import read_data_text, read_data_yaml


def test_reads_a_packaged_text_file():
    assert "040" in read_data_text("cameo/CAMEO.eventcodes.txt")


def test_parses_a_packaged_yaml_file():
    assert isinstance(read_data_yaml("cameo/judgements.yaml"), dict)


def test_a_missing_file_is_an_error_naming_it():
    with pytest.raises(FileNotFoundError, match="no_such.yaml"):
        read_data_yaml("cameo/no_such.yaml")
