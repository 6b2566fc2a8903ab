"""Actors benchmark: actor country and code accuracy on public gold, and the stage's speed.

Reads ../shared/benchmarks at run time (never copied into the repo) and prints:

  * PLOVER gold (event-coding/PLOVER_GSR_CAMEO.json, 322 human-coded sentences): for every gold
    source and target actor, is its ``actorText`` span covered by a mention of an actor whose country
    equals the gold code's country? The gold uses a few legacy CAMEO codes (JAP, ITL, VTN) where its
    readme promises ISO alpha-3; they are mapped to JPN, ITA, VNM. Gold ``IGO``/``NGO``/``IMG`` (no
    organisation given) count as right when our code starts with the same three letters; gold
    ``ISM`` has no counterpart in our codes and counts as a miss. Also printed: how many gold spans
    are covered by any actor at all ("found"), and sector (role) accuracy where the gold has one.
  * PETRARCH-2 gold (event-coding/PETR2_GSR_validation.xml, 78 wire sentences, semi-gold): for each
    gold source/target code, is there an actor in the sentence with exactly that code, and one with
    that country? Codes with an unknown country (``---REB``) count for their role only.
  * PETRARCH validation suite (petrarch/petrarch2, fictional actors): the same code check with the
    suite's own actor and agent dictionaries loaded through ``ActorLexicon.extend`` -- this tests the
    dictionary mechanism, not real-world knowledge.
  * speed: actors stage time per article beside the spaCy parse on newswire articles.

    .venv/bin/python benchmarks/actors.py                 # everything (about a minute)
    .venv/bin/python benchmarks/actors.py --errors 20     # also list 20 PLOVER misses

No rule in the actors code was written for a sentence of these sets; the figures are what the
general rules give.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "benchmarks"
PLOVER = BENCH / "event-coding" / "PLOVER_GSR_CAMEO.json"
PETR2_GSR = BENCH / "event-coding" / "PETR2_GSR_validation.xml"
SUITE = BENCH / "petrarch" / "petrarch2"
NEWSWIRE = BENCH / "newswire-te3-silver" / "te3-silver.tar.gz"
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}  # CAMEO-era codes the PLOVER gold still uses
FAMILIES = {"IGO", "NGO", "IMG"}


def analyse_texts(texts: list[str], dates: list[str | None] | None = None):
    """Sentences + actors for each text (the other stages are not needed here)."""
    from detente.analyse import analyse
    from detente.model import Article

    dates = dates or [None] * len(texts)
    articles = (
        Article(id=str(i), text=t, content_hash=str(i), date=d)
        for i, (t, d) in enumerate(zip(texts, dates, strict=True))
    )
    return list(analyse(articles, only={"sentences", "actors"}))


def covering(article, start: int, end: int):
    return [a for a in article.actors for m in a.mentions if m.start < end and m.end > start]


def gold_country_matches(gold: str, country: str | None) -> bool:
    gold = LEGACY_CODES.get(gold, gold)
    if country is None:
        return False
    if gold in FAMILIES:
        return country.startswith(gold)
    return country == gold


def plover(errors: int) -> None:
    records = [
        r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT" and r.get("text")
    ]
    articles = analyse_texts([r["text"] for r in records])
    tally: dict[str, Counter] = {"source": Counter(), "target": Counter()}
    misses = []
    for record, article in zip(records, articles, strict=True):
        for side in ("source", "target"):
            golds = record.get(side) or []
            golds = [golds] if isinstance(golds, dict) else golds
            for gold in golds:
                if not isinstance(gold, dict) or not gold.get("actorText") or not gold.get("code"):
                    tally[side]["malformed"] += 1
                    continue
                text = record["text"]
                start = text.find(gold["actorText"])
                if start < 0:
                    start = text.lower().find(gold["actorText"].lower())
                if start < 0:
                    tally[side]["span not in text"] += 1
                    continue
                hits = covering(article, start, start + len(gold["actorText"]))
                tally[side]["total"] += 1
                tally[side]["found"] += bool(hits)
                right = any(gold_country_matches(gold["code"], a.country) for a in hits)
                tally[side]["country"] += right
                if gold.get("sector") and gold["code"] not in FAMILIES:
                    tally[side]["with sector"] += 1
                    tally[side]["sector"] += any(
                        right and gold_country_matches(gold["code"], a.country) and a.role == gold["sector"][:3]
                        for a in hits
                    )
                if not right:
                    got = ", ".join(f"{a.code or '-'}:{a.name}" for a in hits) or "nothing"
                    misses.append(
                        f"  {record['id']} {side} {gold['actorText']!r} gold {gold['code']}{gold.get('sector') or ''} got {got}"
                    )
    print(f"PLOVER gold ({PLOVER.name}, {len(records)} records)")
    for side, counts in tally.items():
        total = counts["total"]
        print(
            f"  {side:6s} country accuracy {counts['country'] / total:.3f} ({counts['country']}/{total}); "
            f"span covered by an actor {counts['found'] / total:.3f}; "
            f"sector accuracy {counts['sector'] / max(counts['with sector'], 1):.3f} ({counts['sector']}/{counts['with sector']}); "
            f"skipped: {counts['malformed']} malformed, {counts['span not in text']} span not in text"
        )
    for line in misses[:errors]:
        print(line)


def petrarch_records(path: Path) -> list[tuple[str, str, str, list[tuple[str, str]]]]:
    """(id, date, text, [(source code, target code)]) from PETRARCH pseudo-XML, read tolerantly."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    records = []
    for block in re.split(r"<Sentence\b", raw)[1:]:
        head = block.split(">", 1)[0]
        if re.search(r'(sentence|valid|evaluate)="false"', head, re.I):
            continue
        ident = re.search(r'id="([^"]+)"', head)
        date = re.search(r'date="(\d+)"', head)
        text = re.search(r"<Text>(.*?)</Text>", block, re.S)
        codings = [
            (re.search(r'sourcecode="([^"]*)"', c), re.search(r'targetcode="([^"]*)"', c))
            for c in re.findall(r"<EventCoding\b[^>]*>", block)
        ]
        pairs = [(s.group(1) if s else "", t.group(1) if t else "") for s, t in codings]
        if text and pairs:
            records.append(
                (
                    ident.group(1) if ident else "?",
                    date.group(1) if date else "",
                    " ".join(text.group(1).split()),
                    pairs,
                )
            )
    return records


def iso_day(value: str) -> str | None:
    return f"{value[:4]}-{value[4:6]}-{value[6:8]}" if len(value) == 8 else None


def code_check(name: str, records, lexicon=None, errors: int = 0) -> None:
    from detente.analyse.actors.lexicon import using_lexicon

    texts = [r[2] for r in records]
    dates = [iso_day(r[1]) for r in records]
    if lexicon is None:
        articles = analyse_texts(texts, dates)
    else:
        with using_lexicon(lexicon):
            articles = analyse_texts(texts, dates)
    counts = Counter()
    misses = []
    for (ident, _, text, pairs), article in zip(records, articles, strict=True):
        codes = {a.code for a in article.actors if a.code}
        countries = {a.country for a in article.actors if a.country}
        roles = {a.role for a in article.actors if a.role}
        for code in {c for pair in pairs for c in pair if c}:
            counts["codes"] += 1
            counts["exact"] += code in codes
            if code not in codes:
                misses.append(f"  {ident} gold {code} got {sorted(codes)} in: {text[:160]}")
            if code.startswith("---"):
                counts["role only"] += 1
                counts["role right"] += code[3:6] in roles
            else:
                counts["with country"] += 1
                counts["country right"] += code[:3] in countries
    print(
        f"{name}: {len(records)} sentences, {counts['codes']} distinct gold actor codes; "
        f"exact code found {counts['exact'] / counts['codes']:.3f} ({counts['exact']}/{counts['codes']}); "
        f"country found {counts['country right'] / max(counts['with country'], 1):.3f} "
        f"({counts['country right']}/{counts['with country']}); "
        f"role of '---' codes found {counts['role right']}/{counts['role only']}"
    )
    for line in misses[:errors]:
        print(line)


def petrarch_suite() -> None:
    from detente.analyse.actors.lexicon import default_lexicon
    from detente.analyse.actors.petrarch import read_petrarch_actors, read_petrarch_agents

    lexicon = default_lexicon().copy()
    lexicon.extend(read_petrarch_actors(SUITE / "PETR.Validate.actors.txt"))
    lexicon.extend_roles(read_petrarch_agents(SUITE / "PETR.Validate.agents.txt"))
    code_check(
        "PETRARCH-2 validation suite with its dictionaries",
        petrarch_records(SUITE / "PETR.UnitTest.records.xml"),
        lexicon,
    )


def speed(limit: int) -> None:
    from detente.analyse.actors.extract import find_actors
    from detente.analyse.nlp import load_nlp
    from detente.model import Article

    texts = []
    with tarfile.open(NEWSWIRE) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".tml"):
                raw = archive.extractfile(member).read().decode("utf-8")
                body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
                texts.append(" ".join(re.sub(r"<[^>]+>", "", body).split()))
                if len(texts) >= limit:
                    break
    nlp = load_nlp()
    find_actors(nlp("Warm-up: Seoul said."), Article(id="w", text="Warm-up: Seoul said.", content_hash="w"))
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    total = 0
    for text, doc in zip(texts, docs, strict=True):
        total += len(find_actors(doc, Article(id="s", text=text, content_hash="s")))
    stage = time.perf_counter() - started
    words = sum(len(d) for d in docs)
    print(
        f"speed on {len(texts)} newswire articles ({words} tokens): spaCy parse {parse:.2f} s, "
        f"actors stage {stage:.2f} s ({stage / parse:.1%} of the parse, {1000 * stage / len(texts):.1f} ms/article), "
        f"{total / len(texts):.1f} actors/article"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", type=int, default=0, help="list this many PLOVER misses")
    parser.add_argument("--petr-errors", type=int, default=0, help="list this many PETRARCH-2 GSR misses")
    parser.add_argument("--only", choices=["plover", "petr2", "suite", "speed"], help="run one part")
    parser.add_argument("--speed-articles", type=int, default=200, help="newswire articles for the speed figure")
    args = parser.parse_args()
    for path in (PLOVER, PETR2_GSR, SUITE, NEWSWIRE):
        if not path.exists():
            print(f"{path} is missing: benchmarks are read from ../shared/benchmarks beside the repo", file=sys.stderr)
            return 2
    if args.only in (None, "plover"):
        plover(args.errors)
    if args.only in (None, "petr2"):
        code_check(
            "PETRARCH-2 GSR (PETR2_GSR_validation.xml, semi-gold)", petrarch_records(PETR2_GSR), errors=args.petr_errors
        )
    if args.only in (None, "suite"):
        petrarch_suite()
    if args.only in (None, "speed"):
        speed(args.speed_articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
