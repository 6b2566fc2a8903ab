"""Input kinds and bad input: JSONL records, folders, and each rejected input named with its problem."""

from __future__ import annotations

import json

from detente.read import InputError, read_paths

BODY = "Japan and South Korea agreed on Tuesday to renew a fisheries pact covering their shared waters."


def _split(items):
    articles = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    return articles, errors


def test_jsonl_records_echo_id_path_and_keep_extra_fields(tmp_path):
    lines = [
        {
            "id": "art-1",
            "path": "feeds/a.xml",
            "text": BODY,
            "title": "Pact renewed",
            "date": "2026-01-06",
            "source": "Example Times",
            "url": "https://example.test/a",
            "section": "World",
        },
        {"text": "TOKYO — " + BODY.replace("Tuesday", "Wednesday")},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n\n", encoding="utf-8")
    articles, errors = _split(list(read_paths([feed])))
    assert errors == []
    first, second = articles
    assert (first.id, first.path, first.title, first.source) == (
        "art-1",
        "feeds/a.xml",
        "Pact renewed",
        "Example Times",
    )
    assert (first.date, first.date_source) == ("2026-01-06", "field")
    assert first.metadata == {"section": "World", "domain": "example.test"}
    assert second.path == f"{feed}:2"
    assert second.dateline == "TOKYO"
    assert second.text.startswith("Japan and South Korea")


def test_malformed_jsonl_line_is_named_and_the_good_lines_are_kept(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        json.dumps({"text": BODY})
        + "\n{not json\n"
        + json.dumps({"title": "no text"})
        + "\n"
        + json.dumps({"text": BODY + " Again."})
        + "\n",
        encoding="utf-8",
    )
    articles, errors = _split(list(read_paths([feed])))
    assert len(articles) == 2
    assert [(e.path, e.line) for e in errors] == [(str(feed), 2), (str(feed), 3)]
    assert "not valid JSON" in str(errors[0]) and str(errors[0]).startswith(f"{feed}:2:")
    assert "'text'" in str(errors[1])


def test_bad_inputs_each_get_a_one_line_error(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Montr\xe9al ended.".encode("latin-1"))
    (tmp_path / "big.txt").write_text(BODY * 50, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    items = list(read_paths([tmp_path, tmp_path / "missing.txt", tmp_path / "notes.pdf"], max_bytes=2000))
    articles, errors = _split(items)
    assert [a.text for a in articles] == [BODY]
    problems = {e.path.rsplit("/", 1)[-1]: e.problem for e in errors}
    assert "binary" in problems["binary.txt"]
    assert "empty" in problems["empty.txt"]
    assert "not UTF-8" in problems["latin1.txt"] and "iconv" in problems["latin1.txt"]
    assert "limit" in problems["big.txt"] and "--max-bytes" in problems["big.txt"]
    assert "no such file" in problems["missing.txt"]
    assert "unknown file type" in problems["notes.pdf"]
    assert all("\n" not in str(e) for e in errors)


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BODY + " Two.", encoding="utf-8")
    (tmp_path / "one.txt").write_text(BODY + " One.", encoding="utf-8")
    (tmp_path / "skip.md").write_text("not an article", encoding="utf-8")
    articles, errors = _split(list(read_paths([tmp_path])))
    assert errors == []
    assert [a.text[-4:] for a in articles] == ["Two.", "One."]
