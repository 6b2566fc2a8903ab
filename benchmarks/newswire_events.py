"""Events on unlabelled wire news, for a false-alarm audit: dump them, then compare two versions of detente.

    .venv/bin/python benchmarks/newswire_events.py dump before.jsonl [--limit 2452]
    (make the change to the codebook or the code, then dump again: about 3 minutes for all articles)
    .venv/bin/python benchmarks/newswire_events.py dump after.jsonl
    .venv/bin/python benchmarks/newswire_events.py diff before.jsonl after.jsonl [--sample 150] [--seed 1]

The venv's editable install always imports the package of this working tree; to dump another commit,
run it from a checkout with its own environment (or put that checkout first on the import path).

`dump` runs the whole pipeline over the free pool of the AFP/Xinhua articles of the TempEval-3 silver set
(input only: the TimeML tags are stripped, see events.py `newswire`; never an article of a gold wire set, dev or
held out: `drops.free_position`, which leaves out every multiple of 10, among them wire DEV 6's 0, 10, ... 390 and
2400, ... 2450, and wire DEV 3's, DEV 4's, DEV 5's, DEV 7's, DEV 8's (5, 15, ... 395) and DEV 9's (2, 12, ... 392)
positions, so `--limit N` reads the free articles among the first N) and writes one JSON line per event: article, sentence,
source and target codes and names, CAMEO code, trigger, negation and the sentence text. `diff` prints the
events one version has and the other lacks, counted by trigger and code, and a seeded random sample of each
to read; there is no gold, a person judges each event (right, wrong code, wrong actors, no event).
The sample is the reader's to judge: no figure of it is computed here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from drops import free_position
from events import newswire

Key = tuple[str, int, str | None, str | None, str]


def dump(path: Path, limit: int) -> None:
    from detente.analyse import analyse

    count = 0
    with path.open("w", encoding="utf-8") as out:
        free = [a for i, a in enumerate(newswire(limit)) if free_position(i)]
        for article in analyse(free):
            for event in article.events:
                sentence = article.sentences[event.sentence]
                record = {
                    "article": article.id,
                    "sentence": event.sentence,
                    "source": event.source_actor.code if event.source_actor else None,
                    "source_name": event.source_actor.name if event.source_actor else None,
                    "target": event.target_actor.code if event.target_actor else None,
                    "target_name": event.target_actor.name if event.target_actor else None,
                    "cameo": event.cameo,
                    "trigger": event.trigger,
                    "negated": event.negated,
                    "confidence": event.confidence,
                    "text": article.text[sentence.start : sentence.end],
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    print(f"{count} events written to {path}")


def _events(path: Path) -> dict[Key, list[dict]]:
    """Events by (article, sentence, source, target, code): the same act found twice counts twice."""
    table: dict[Key, list[dict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        key = (event["article"], event["sentence"], event["source"], event["target"], event["cameo"])
        table.setdefault(key, []).append(event)
    return table


def _only_in(one: dict[Key, list[dict]], other: dict[Key, list[dict]]) -> list[dict]:
    return [event for key, events in one.items() for event in events[len(other.get(key, [])) :]]


def _show(title: str, events: list[dict], sample: int, rng: random.Random) -> None:
    by_trigger = Counter(f"{(e['trigger'] or '').lower()} {e['cameo']}" for e in events)
    print(f"\n== {title}: {len(events)} events; most common trigger and code:")
    print("  " + ", ".join(f"{name} ({n})" for name, n in by_trigger.most_common(40)))
    for event in rng.sample(events, min(sample, len(events))):
        print(
            f"[{event['cameo']}] {event['source']} ({event['source_name']}) -> {event['target']} "
            f"({event['target_name']}) trigger {event['trigger']!r}{' negated' if event['negated'] else ''}\n"
            f"    {event['text'][:300]!r}"
        )


def diff(before: Path, after: Path, sample: int, seed: int) -> None:
    old, new = _events(before), _events(after)
    rng = random.Random(seed)
    print(f"{sum(map(len, old.values()))} events before, {sum(map(len, new.values()))} after")
    _show("only after (new)", _only_in(new, old), sample, rng)
    _show("only before (lost)", _only_in(old, new), sample, rng)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write the events of the installed detente to a JSONL file")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--limit", type=int, default=2452, help="newswire articles to read (all 2,452 by default)")
    diffing = commands.add_parser("diff", help="events one dump has and the other lacks, with a sample to read")
    diffing.add_argument("before", type=Path)
    diffing.add_argument("after", type=Path)
    diffing.add_argument("--sample", type=int, default=150, help="events of each side to print at random")
    diffing.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.out, args.limit)
    else:
        diff(args.before, args.after, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
