"""`detente explain` as a user runs it: every act found in a text, kept or dropped and why."""

from __future__ import annotations

import json

from click.testing import CliRunner

from detente.cli import main


def test_help_teaches_with_examples_and_the_reasons() -> None:
    result = CliRunner().invoke(main, ["explain", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "why no event here" in result.output
    for reason in ("question", "forecast", "within-state", "acceptance-floor", "no-doer"):
        assert reason in result.output


def test_explain_lists_each_sentence_with_its_kept_and_dropped_acts() -> None:
    text = "Will Russia invade Georgia? Egypt condemned Israel on Monday. Heavy rain fell in the capital."
    result = CliRunner().invoke(main, ["explain", text])
    assert result.exit_code == 0, result.output
    assert "[0] Will Russia invade Georgia?" in result.output
    assert "dropped: question" in result.output
    assert "kept" in result.output and "Egypt (EGY)" in result.output
    assert "(no act found" in result.output


def test_explain_json_gives_one_record_per_candidate() -> None:
    result = CliRunner().invoke(main, ["explain", "--json", "--only-dropped", "Will Russia invade Georgia?"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["verdict"] == "question" and record["source"] == "Russian Federation (RUS)"


def test_explain_needs_text_or_a_file() -> None:
    result = CliRunner().invoke(main, ["explain"])
    assert result.exit_code == 2
    assert "TEXT" in result.output
