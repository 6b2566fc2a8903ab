"""Dates benchmark: TempEval-3 TIMEX3 detection and normalisation (../shared/benchmarks/tempeval3/).

Each document's text is rebuilt from its TimeML (tags stripped), given its creation time (DCT) as the
article date, and run through the dates stage. Printed per set:

- detection precision / recall / F1, strict (same span) and relaxed (overlapping spans, one-to-one);
- value accuracy: of the relaxed matches, how many carry the gold TIMEX3 value exactly; value F1 as in
  TempEval-3 (matches with the right value over predicted and over gold); type accuracy (DATE, TIME,
  DURATION, SET) over relaxed matches;
- speed: seconds in the spaCy parse vs seconds in the dates stage.

    .venv/bin/python benchmarks/dates.py                       # te3-platinum, the test set
    .venv/bin/python benchmarks/dates.py --set timebank --errors 40

The rules were written from general news usage and checked ONLY against TBAQ (TimeBank and AQUAINT,
the TempEval-3 training data); te3-platinum, the figure to report, was not used for error analysis.
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
DATA = ROOT.parent / "shared" / "benchmarks" / "tempeval3"
SETS = {
    "platinum": DATA / "te3-platinum",
    "timebank": DATA / "TBAQ-cleaned" / "TimeBank",
    "aquaint": DATA / "TBAQ-cleaned" / "AQUAINT",
}
KIND_TO_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}


@dataclass
class Timex:
    start: int
    end: int
    text: str
    value: str | None
    type: str | None


@dataclass
class Document:
    name: str
    dct: str
    text: str
    gold: list[Timex]


def _walk(element: ET.Element, parts: list[str], offset: int, gold: list[Timex]) -> int:
    """Append the element's text to ``parts``; record each TIMEX3's character range."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, offset, gold)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        text = "".join(parts)[start:offset]
        gold.append(Timex(start, offset, text, element.get("value"), element.get("type")))
    return offset


def read_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value", "") if dct_timex is not None else ""
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    if body is not None:
        _walk(body, parts, 0, gold)
    text = "".join(parts)
    # Strip surrounding whitespace of gold spans so that they compare with ours
    for timex in gold:
        raw = text[timex.start : timex.end]
        timex.start += len(raw) - len(raw.lstrip())
        timex.end -= len(raw) - len(raw.rstrip())
        timex.text = text[timex.start : timex.end]
    return Document(path.stem, dct[:10], text, [t for t in gold if t.end > t.start])


def _match(predicted: list, gold: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: each gold to the first unused overlapping prediction."""
    used: set[int] = set()
    pairs = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index not in used and p.start < g.end and g.start < p.end:
                used.add(p_index)
                pairs.append((g_index, p_index))
                break
    return pairs


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def run(set_name: str, limit: int | None, errors: int) -> None:
    from datetime import date

    from detente.analyse.nlp import load_nlp
    from detente.analyse.registry import Parsed
    from detente.analyse.stages.dates import find_dates
    from detente.analyse.temporal import resolve
    from detente.model import Article

    begin = time.perf_counter()
    resolve("16.10.2025", date(2025, 11, 1))  # loads dateparser, once per process: timed apart
    warm_up_seconds = time.perf_counter() - begin
    files = sorted(SETS[set_name].glob("*.tml"))[:limit]
    documents = [read_document(path) for path in files]
    nlp = load_nlp()
    parse_seconds = stage_seconds = 0.0
    totals: Counter[str] = Counter()
    mistakes: list[str] = []
    words = 0
    for document in documents:
        begin = time.perf_counter()
        doc = nlp(document.text)
        parse_seconds += time.perf_counter() - begin
        words += len(doc)
        article = Article(id=document.name, text=document.text, date=document.dct, content_hash=document.name)
        begin = time.perf_counter()
        predicted = find_dates(Parsed(doc, article))["dates"]
        stage_seconds += time.perf_counter() - begin
        gold = document.gold
        totals["gold"] += len(gold)
        totals["predicted"] += len(predicted)
        gold_spans = {(g.start, g.end) for g in gold}
        totals["strict"] += sum((p.start, p.end) in gold_spans for p in predicted)
        pairs = _match(predicted, gold)
        totals["relaxed"] += len(pairs)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for g_index, p_index in pairs:
            g, p = gold[g_index], predicted[p_index]
            totals["value"] += p.value == g.value
            totals["type"] += KIND_TO_TYPE.get(p.kind or "") == g.type
            if p.value != g.value:
                mistakes.append(
                    f"value  {document.name} dct={document.dct} {g.text!r}={g.value} got {p.text!r}={p.value}"
                )
        for g_index, g in enumerate(gold):
            if g_index not in matched_gold:
                mistakes.append(f"missed {document.name} {g.text!r}={g.value}")
        for p_index, p in enumerate(predicted):
            if p_index not in matched_pred:
                mistakes.append(f"extra  {document.name} {p.text!r}={p.value}")

    strict = _prf(totals["strict"], totals["predicted"], totals["gold"])
    relaxed = _prf(totals["relaxed"], totals["predicted"], totals["gold"])
    value_f1 = _prf(totals["value"], totals["predicted"], totals["gold"])
    print(
        f"TempEval-3 {set_name}: {len(documents)} documents, {totals['gold']} gold TIMEX3 (DCT excluded), {totals['predicted']} predicted"
    )
    print(f"  detection strict   P {strict[0]:.3f}  R {strict[1]:.3f}  F1 {strict[2]:.3f}")
    print(f"  detection relaxed  P {relaxed[0]:.3f}  R {relaxed[1]:.3f}  F1 {relaxed[2]:.3f}")
    relaxed_hits = totals["relaxed"] or 1
    print(
        f"  value accuracy (of relaxed matches) {totals['value'] / relaxed_hits:.3f}  ({totals['value']}/{totals['relaxed']})"
    )
    print(
        f"  value F1 (TE3: right value over predicted / gold)  P {value_f1[0]:.3f}  R {value_f1[1]:.3f}  F1 {value_f1[2]:.3f}"
    )
    print(f"  type accuracy (of relaxed matches)  {totals['type'] / relaxed_hits:.3f}")
    print(
        f"  speed: {words} tokens; spaCy parse {parse_seconds:.2f} s, dates stage {stage_seconds:.2f} s "
        f"({100 * stage_seconds / max(parse_seconds, 1e-9):.1f}% of the parse); dateparser's one-time load {warm_up_seconds:.2f} s"
    )
    for line in mistakes[:errors]:
        print("   ", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--set", choices=sorted(SETS), default="platinum", help="which TempEval-3 set (default platinum)"
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print up to N mistakes (for the TBAQ sets)")
    args = parser.parse_args(argv)
    if not SETS[args.set].is_dir():
        print(f"{SETS[args.set]} is missing: the benchmark reads ../shared/benchmarks beside the repo", file=sys.stderr)
        return 1
    run(args.set, args.limit, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
