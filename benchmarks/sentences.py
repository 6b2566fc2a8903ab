"""Sentence DEV sets: original news sentences, one hand-coded event each, scored like the PLOVER gold.

    .venv/bin/python benchmarks/sentences.py                  # figures for every file in benchmarks/sentences_dev/
    .venv/bin/python benchmarks/sentences.py --errors         # and every miss (these sets may be read)
    .venv/bin/python benchmarks/sentences.py --file wire --errors 40
    .venv/bin/python benchmarks/sentences.py --set heldout    # the held-out set: figures only, never its misses

The files in benchmarks/sentences_dev/ were written by engineers who did not look at detente's codebook, so
their misses show where the vocabulary and grammar do not cover the language of news (see its README).
benchmarks/sentences_heldout/ was written the same way by another writer and is HELD OUT: its misses are never
printed, so that it measures whether what was fixed on the dev sets carries over to unseen text.
Each sentence goes through the whole pipeline; its "best event" is chosen by the system alone, exactly as in
benchmarks/events.py. Scores:
- root and code: the best event's CAMEO root / full code is the gold's or one of its alternatives;
- PLOVER type: the type the shipped CAMEO->PLOVER table gives the best event's code equals the one it gives a
  gold code (root 01 has no PLOVER type and is left out of this figure);
- source / target country: the first three letters of the actor code (IGO, NGO and IMG codes count as
  their family, as in benchmarks/events.py); for consultation and cooperation (roots 04, 05, 06) either direction counts;
- root recall: any event of the sentence has a gold root.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from events import analyse_texts, best_event

ROOT = Path(__file__).resolve().parents[1]
SETS = {"dev": ROOT / "benchmarks" / "sentences_dev", "heldout": ROOT / "benchmarks" / "sentences_heldout"}
SYMMETRIC_ROOTS = {"04", "05", "06"}
# codes of states that no longer exist, read as detente codes them (data/actors/countries.tsv: successor states)
OLD_CODES = {"DDR": "DEU", "SUN": "RUS", "YUG": "SRB", "CSK": "CZE", "ZAR": "COD", "BUR": "MMR"}


def load(path: Path) -> list[dict]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            sys.exit(f"{path}:{number}: not a JSON object ({error})")
    return records


def actor_key(code: str | None) -> str | None:
    """The country of an actor code; IGO, NGO and IMG codes count as their family, as in benchmarks/events.py
    (the writers of these sets used short IGO codes such as IGONAT, detente the longer IGOWSTNAT)."""
    if not code:
        return None
    return OLD_CODES.get(code[:3], code[:3])


def plover_of(code: str) -> str | None:
    from detente.analyse.events.codes import cameo_codes

    known = cameo_codes().get(code)
    return known.plover if known else None


def judge(record: dict, event) -> tuple[bool, bool, bool]:
    """Whether an event has the gold root, source country and target country of a sentence record (for
    consultation and cooperation, roots 04-06, either direction). The figures count only sides the gold names."""
    codes = [record["code"], *record.get("alt_codes", [])]
    gold_roots = {c[:2] for c in codes}
    source, target = actor_key(record.get("source")), actor_key(record.get("target"))
    got_source = actor_key(event.source_actor.code) if event and event.source_actor else None
    got_target = actor_key(event.target_actor.code) if event and event.target_actor else None
    either = gold_roots & SYMMETRIC_ROOTS
    source_ok = got_source == source or bool(either and got_source == target)
    target_ok = got_target == target or bool(either and got_target == source)
    root_ok = event is not None and event.root in gold_roots
    return root_ok, source_ok, target_ok


def score(records: list[dict], articles: list) -> tuple[Counter, Counter, list[str]]:
    tally: Counter = Counter()
    roots: Counter = Counter()
    misses = []
    for record, article in zip(records, articles, strict=True):
        codes = [record["code"], *record.get("alt_codes", [])]
        gold_roots = {c[:2] for c in codes}
        gold_types = {t for t in (plover_of(c) for c in codes) if t}
        event = best_event(article)
        source, target = actor_key(record.get("source")), actor_key(record.get("target"))
        got_source = actor_key(event.source_actor.code) if event and event.source_actor else None
        got_target = actor_key(event.target_actor.code) if event and event.target_actor else None
        root_ok, source_ok, target_ok = judge(record, event)
        tally["records"] += 1
        tally["with event"] += event is not None
        tally["root"] += root_ok
        tally["code"] += event is not None and event.cameo in codes
        tally["root recall"] += any(e.root in gold_roots for e in article.events)
        if gold_types:
            tally["typed"] += 1
            tally["type"] += event is not None and event.plover in gold_types
        tally["sources"] += source is not None
        tally["source"] += source is not None and source_ok
        tally["targets"] += target is not None
        tally["target"] += target is not None and target_ok
        roots[(record["code"][:2], root_ok)] += 1
        if not root_ok or (source and not source_ok) or (target and not target_ok):
            got = f"{got_source} {event.cameo} {event.plover} {got_target} {event.trigger!r}" if event else "no event"
            gold = f"{source} {'|'.join(codes)} {'/'.join(sorted(gold_types)) or '-'} {target}"
            misses.append(f"  {record['id']}: gold {gold}, got {got}\n      {record['text']}")
    return tally, roots, misses


def report(name: str, tally: Counter, roots: Counter) -> None:
    def share(hit: str, total: str) -> str:
        return f"{tally[hit] / tally[total]:.3f} ({tally[hit]}/{tally[total]})" if tally[total] else "-"

    print(f"{name}: {tally['records']} sentences")
    print(f"  PLOVER type accuracy    {share('type', 'typed')}")
    print(f"  CAMEO root accuracy     {share('root', 'records')}")
    print(f"  CAMEO code exact        {share('code', 'records')}")
    print(f"  source country accuracy {share('source', 'sources')}")
    print(f"  target country accuracy {share('target', 'targets')}")
    print(f"  sentences with an event {share('with event', 'records')}")
    print(f"  root recall (any event) {share('root recall', 'records')}")
    by_root = sorted({r for r, _ in roots})
    print(
        "  root accuracy by gold root: "
        + ", ".join(f"{r} {roots[(r, True)]}/{roots[(r, True)] + roots[(r, False)]}" for r in by_root)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="dev sets (default) or the held-out set")
    parser.add_argument(
        "--file",
        action="append",
        help="a file stem in benchmarks/sentences_dev/, or a path to another set (repeatable)",
    )
    parser.add_argument("--errors", type=int, nargs="?", const=10_000, default=0, help="print misses (all by default)")
    args = parser.parse_args(argv)
    folder = SETS[args.set]
    if args.set == "heldout" and args.errors:
        sys.exit(f"{folder} is held out: its misses are not printed (see its README); use the dev sets for --errors")
    paths = sorted(folder.glob("*.jsonl"))
    if args.file:
        paths = [Path(f) if Path(f).is_file() else folder / f"{f}.jsonl" for f in args.file]
        if missing := [p for p in paths if not p.is_file()]:
            sys.exit(f"no such sentence set: {', '.join(map(str, missing))} (files in {folder}: *.jsonl)")
    if not paths:
        sys.exit(f"no sentence set found in {folder} (files: *.jsonl)")
    total: Counter = Counter()
    total_roots: Counter = Counter()
    all_misses: list[str] = []
    start = time.perf_counter()
    for path in paths:
        records = load(path)
        articles = analyse_texts([r["text"] for r in records], [r.get("date") for r in records])
        tally, roots, misses = score(records, articles)
        report(path.stem, tally, roots)
        total.update(tally)
        total_roots.update(roots)
        all_misses.extend(misses)
    if len(paths) > 1:
        report("all sets", total, total_roots)
    print(f"  {time.perf_counter() - start:.1f} s through the whole pipeline")
    for line in all_misses[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
