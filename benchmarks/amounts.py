"""Amounts benchmark: MEANTIME VALUE mentions (MONEY, PERCENT, QUANTITY) in ../shared/benchmarks/meantime/.

MEANTIME gives tokens, not raw text: each document is rebuilt by joining its tokens (no space before
closing punctuation or after a currency sign), given its creation date, and run through the dates and
amounts stages. A predicted amount's type is MONEY when its unit is a currency, PERCENT for percent
units, else QUANTITY. Printed per split:

- detection precision / recall / F1, strict (same tokens) and relaxed (overlapping, one-to-one), overall
  and per type; type accuracy over relaxed matches;
- how many matched amounts got a number (MEANTIME has no gold value to compare it with);
- speed: seconds in the spaCy parse vs seconds in the amounts stage.

Durations ('21 consecutive years') are amounts for detente but TIMEX3 in MEANTIME: a predicted amount
inside a gold TIMEX3 is left out of the scoring, said in the output.

    .venv/bin/python benchmarks/amounts.py                # the test split: apple, gm, stock clusters
    .venv/bin/python benchmarks/amounts.py --split dev --errors 40

The rules were written from general news usage; error analysis was done ONLY on the airbus cluster
(the dev split). The apple, gm and stock clusters (the test split) were not inspected.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "benchmarks" / "meantime" / "intra_cross-doc_annotation"
SPLITS = {"dev": ["corpus_airbus"], "test": ["corpus_apple", "corpus_gm", "corpus_stock"]}
SPLITS["all"] = SPLITS["dev"] + SPLITS["test"]
TYPES = ("MONEY", "PERCENT", "QUANTITY")
NO_SPACE_BEFORE = {",", ".", ";", ":", "%", ")", "'s", "n't", "?", "!", "''", "'", "]"}
NO_SPACE_AFTER = {"(", "$", "US$", "USD$", "€", "£", "``", "["}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    type: str


@dataclass
class Document:
    name: str
    dct: str | None
    text: str
    values: list[Gold]
    timexes: list[tuple[int, int]]


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    previous: str | None = None
    previous_sentence: str | None = None
    for token in root.iter("token"):
        text = token.text or ""
        if previous is not None:
            glue = "" if text in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER else " "
            if token.get("sentence") != previous_sentence and token.get("sentence") == "1":
                glue = "\n\n"  # sentence 0 is the title
            parts.append(glue)
            length += len(glue)
        offsets[token.get("t_id", "")] = (length, length + len(text))
        parts.append(text)
        length += len(text)
        previous, previous_sentence = text, token.get("sentence")
    text = "".join(parts)

    def span(markable: ET.Element) -> tuple[int, int] | None:
        ids = [a.get("t_id", "") for a in markable.findall("token_anchor")]
        if not ids:
            return None
        return min(offsets[i][0] for i in ids), max(offsets[i][1] for i in ids)

    values = []
    for markable in root.iter("VALUE"):
        found = span(markable)
        if found:
            values.append(Gold(found[0], found[1], text[found[0] : found[1]], markable.get("type", "")))
    timexes = []
    dct = None
    for markable in root.iter("TIMEX3"):
        if markable.get("functionInDocument") == "CREATION_TIME":
            dct = (markable.get("value") or "")[:10] or None
        found = span(markable)
        if found:
            timexes.append(found)
    return Document(path.stem, dct, text, values, timexes)


def amount_type(unit: str | None) -> str:
    from detente.analyse.stages.amounts import units

    lexicon = units()
    currencies = set(lexicon["currency_symbols"].values()) | set(lexicon["currency_words"].values())
    if unit in currencies:
        return "MONEY"
    if unit in set(lexicon["percent_words"].values()):
        return "PERCENT"
    return "QUANTITY"


def _prf(hits: int, predicted: int, gold: int) -> str:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}"


def run(split: str, errors: int) -> None:
    from detente.analyse.nlp import load_nlp
    from detente.analyse.registry import Parsed
    from detente.analyse.stages.amounts import find_amounts
    from detente.analyse.stages.dates import find_dates
    from detente.model import Article

    files = sorted(p for cluster in SPLITS[split] for p in (DATA / cluster).glob("*.xml"))
    documents = [read_document(path) for path in files]
    nlp = load_nlp()
    parse_seconds = stage_seconds = 0.0
    totals: Counter[str] = Counter()
    mistakes: list[str] = []
    for document in documents:
        begin = time.perf_counter()
        doc = nlp(document.text)
        parse_seconds += time.perf_counter() - begin
        article = Article(id=document.name, text=document.text, date=document.dct, content_hash=document.name)
        article = article.model_copy(update=find_dates(Parsed(doc, article)))  # amounts read the dates
        begin = time.perf_counter()
        predicted = find_amounts(Parsed(doc, article))["amounts"]
        stage_seconds += time.perf_counter() - begin
        kept = []
        for amount in predicted:
            if any(s <= amount.start and amount.end <= e for s, e in document.timexes):
                totals["inside_timex"] += 1
            else:
                kept.append(amount)
        gold = document.values
        totals["gold"] += len(gold)
        totals["predicted"] += len(kept)
        for g in gold:
            totals[f"gold {g.type}"] += 1
        for p in kept:
            totals[f"predicted {amount_type(p.unit)}"] += 1
        used: set[int] = set()
        for g in gold:
            match = next(
                (i for i, p in enumerate(kept) if i not in used and p.start < g.end and g.start < p.end),
                None,
            )
            if match is None:
                mistakes.append(f"missed {document.name} {g.type} {g.text!r}")
                continue
            used.add(match)
            p = kept[match]
            predicted_type = amount_type(p.unit)
            totals["relaxed"] += 1
            totals[f"relaxed {g.type}"] += predicted_type == g.type  # per type: span and type both right
            totals["strict"] += (p.start, p.end) == (g.start, g.end)
            totals["type"] += predicted_type == g.type
            totals["valued"] += p.value is not None
            if predicted_type != g.type or (p.start, p.end) != (g.start, g.end):
                mistakes.append(f"differs {document.name} {g.type} {g.text!r} got {predicted_type} {p.text!r}")
        for i, p in enumerate(kept):
            if i not in used:
                mistakes.append(f"extra  {document.name} {amount_type(p.unit)} {p.text!r} {p.unit} {p.object}")

    print(
        f"MEANTIME {split} ({', '.join(SPLITS[split])}): {len(documents)} documents, {totals['gold']} gold VALUE, "
        f"{totals['predicted']} predicted ({totals['inside_timex']} more inside gold TIMEX3, left out)"
    )
    print(f"  detection strict   {_prf(totals['strict'], totals['predicted'], totals['gold'])}")
    print(f"  detection relaxed  {_prf(totals['relaxed'], totals['predicted'], totals['gold'])}")
    for kind in TYPES:
        print(
            f"  {kind:<9} relaxed, type right  "
            f"{_prf(totals[f'relaxed {kind}'], totals[f'predicted {kind}'], totals[f'gold {kind}'])}"
            f"  (gold {totals[f'gold {kind}']})"
        )
    matched = totals["relaxed"] or 1
    print(
        f"  type accuracy (of relaxed matches) {totals['type'] / matched:.3f}; with a number {totals['valued'] / matched:.3f}"
    )
    print(
        f"  speed: spaCy parse {parse_seconds:.2f} s, amounts stage {stage_seconds:.2f} s "
        f"({100 * stage_seconds / max(parse_seconds, 1e-9):.1f}% of the parse)"
    )
    for line in mistakes[:errors]:
        print("   ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=sorted(SPLITS), default="test", help="dev (airbus), test (the rest) or all")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mistakes (study the dev split only)")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"{DATA} is missing: the benchmark reads ../shared/benchmarks beside the repo", file=sys.stderr)
        return 1
    run(args.split, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
