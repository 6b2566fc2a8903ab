"""Composed sets of original short wire stories with hand-coded gold: held-out and dev.

Held-out: benchmarks/composed/ (30 articles) and benchmarks/composed_heldout_b/ (a second writer); dev:
benchmarks/composed_dev/ (40 articles) and composed_dev_b/, _c/, _d/ (three more writers, each with a brief);
real news: benchmarks/wire_dev/ (--set wiredev: AFP/Xinhua articles of ../shared's TempEval-3 silver set, hand-coded),
benchmarks/wire_heldout/ (--set heldout-wire: 50 more of those articles, HELD OUT, figures only),
benchmarks/wire_dev2/ (--set wiredev2: 50 more, coded blind in session 11, a dev set from session 12 on),
benchmarks/wire_heldout2/ (--set heldout-wire2: 50 more, coded blind in session 11, HELD OUT, figures only;
--set heldout-wireall scores both held-out wire sets together), benchmarks/wire_dev3/ (--set wiredev3: 50 more,
coded blind in session 13 and measured once at its end, a dev set from session 14 on), benchmarks/wire_dev4/
(--set wiredev4: 50 more, coded blind in session 14 and measured once at its end, a dev set from session 15 on),
benchmarks/wire_dev5/ (--set wiredev5: 50 more) and benchmarks/wire_dev6/ (--set wiredev6: 46 more), both coded
blind in session 15 and measured once at its end, dev sets from session 16 on, benchmarks/wire_dev7/ (--set
wiredev7: 50 more, coded blind in session 16 and measured once at its end, a dev set from session 17 on) and
benchmarks/wire_dev8/ (--set wiredev8: 40 more, coded blind in session 17 and measured once at its end, a dev set
from session 18 on) and benchmarks/wire_dev9/ (--set wiredev9: 40 more, coded blind in session 18 and measured once
at its end, a dev set from session 19 on).

    .venv/bin/python benchmarks/composed.py                         # held-out figures
    .venv/bin/python benchmarks/composed.py --set heldoutall        # both held-out sets, figures only
    .venv/bin/python benchmarks/composed.py --set dev --errors      # dev figures and every miss / wrong value
    .venv/bin/python benchmarks/composed.py --set devnew --errors   # the three newer dev sets
    .venv/bin/python benchmarks/composed.py --set heldout-wire      # real news held out, figures only
    .venv/bin/python benchmarks/composed.py --set wiredev2          # the second real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev3          # the third real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev4          # the fourth real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev5          # the fifth real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev6          # the sixth real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev7          # the seventh real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev8          # the eighth real-news dev set
    .venv/bin/python benchmarks/composed.py --set wiredev9          # the ninth real-news dev set
    .venv/bin/python benchmarks/composed.py --set heldout-wireall   # both real-news held-out sets, figures only

Every article goes through the whole pipeline as a user's would: read from JSON Lines (dateline taken out
of the text), parsed and analysed by every stage. The gold of both sets was written before detente was run
on the texts. The held-out sets are HELD OUT: do not tune rules or data on their articles or read their errors
for development (see benchmarks/composed/README.md, benchmarks/wire_heldout/README.md and
benchmarks/wire_heldout2/README.md); the dev sets are the ones whose errors may be read
(benchmarks/composed_dev/README.md, benchmarks/wire_dev/README.md). heldoutall stays the two composed held-out
sets only and heldout-wire the first real-news held-out set only, so their figures compare across sessions;
heldout-wire2 scores the second real-news held-out set and heldout-wireall both. All eleven wire sets are read by
the same loader (wire_articles, fill_sentences): texts from ../shared by id, gold sentences by offsets checked
against a sha1.

Scoring
- Events. A gold event matches a system event (one-to-one, negated system events left out) when the
  system event's sentence overlaps the gold sentence, its CAMEO root is the gold root (a few ambiguous gold
  events allow alternatives, written "07|03"), and source and target have the same country: the first
  three characters of the code, or for IGO codes the first six (IGOUNO, IGOEUR, ...), so the UN and the EU
  are told apart. For the symmetric roots 04/05/06 and for gold events marked `mutual` (A and B exchanged
  fire), either direction counts. A gold target of null (no target) needs a system event without one.
  Looser figures: root only (sentence + root), dyad only (sentence + actors), sentence only (any event).
  PLOVER type and event date (a part of day such as "TNI" ignored) are scored on strictly matched events.
  A gold event marked `mutual` also accepts, besides its one-to-one match, the system event of the same
  sentence and root in the reverse direction (not counted as extra: the second half of the coding).
- Actors: the system actor with a mention overlapping the gold name in the text; exact code and country.
- Quotes: a system quote whose words overlap the gold's distinctive substring (of the gold's kind if the
  system gives several, as it does for a partial quotation inside a reported statement); speaker right when the
  system speaker's name and the gold speaker's name share a name word (or one contains the other), or when
  the system speaker is the actor the system found where the article names the gold speaker ("IAEA").
- Dates, amounts, places: the system item overlapping the gold text; the value (dates: the whole TIMEX3
  value, also "same day" = the first 10 characters), value and unit (amounts; a counted noun's unit may
  differ by a plural s), country (places).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
# Each set is one or more directories of articles.jsonl + gold.jsonl, each written by a different writer.
SETS = {
    "heldout": ["composed"],
    "heldout-b": ["composed_heldout_b"],
    "heldoutall": ["composed", "composed_heldout_b"],
    "dev": ["composed_dev"],
    "devnew": ["composed_dev_b", "composed_dev_c", "composed_dev_d"],
    "devall": ["composed_dev", "composed_dev_b", "composed_dev_c", "composed_dev_d"],
    "wiredev": ["wire_dev"],
    "heldout-wire": ["wire_heldout"],
    "wiredev2": ["wire_dev2"],
    "heldout-wire2": ["wire_heldout2"],
    "heldout-wireall": ["wire_heldout", "wire_heldout2"],
    "wiredev3": ["wire_dev3"],
    "wiredev4": ["wire_dev4"],
    "wiredev5": ["wire_dev5"],
    "wiredev6": ["wire_dev6"],
    "wiredev7": ["wire_dev7"],
    "wiredev8": ["wire_dev8"],
    "wiredev9": ["wire_dev9"],
}
SET_TITLES = {
    "heldout": "Composed held-out set",
    "heldout-b": "Composed held-out set B",
    "heldoutall": "Composed held-out sets (both)",
    "dev": "Composed dev set",
    "devnew": "Composed dev sets B, C, D",
    "devall": "Composed dev sets (all four)",
    "wiredev": "Wire dev set (real news)",
    "heldout-wire": "Wire held-out set (real news)",
    "wiredev2": "Wire dev set 2 (real news)",
    "heldout-wire2": "Wire held-out set 2 (real news)",
    "heldout-wireall": "Wire held-out sets (both, real news)",
    "wiredev3": "Wire dev set 3 (real news)",
    "wiredev4": "Wire dev set 4 (real news)",
    "wiredev5": "Wire dev set 5 (real news)",
    "wiredev6": "Wire dev set 6 (real news)",
    "wiredev7": "Wire dev set 7 (real news)",
    "wiredev8": "Wire dev set 8 (real news)",
    "wiredev9": "Wire dev set 9 (real news)",
}
SYMMETRIC = {"04", "05", "06"}
# Confidence floors a user may filter events at: strict precision and recall are printed for each.
CONFIDENCE_FLOORS = (0.5, 0.7, 0.8, 0.9)
# Confidence buckets for reliability: an honest confidence has about its bucket's share of right events.
RELIABILITY_BUCKETS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
NAME_STOPWORDS = {"the", "of", "and", "for", "said", "s", "a", "an", "in", "to", "on"}


def country_key(code: str | None) -> str | None:
    if not code:
        return None
    code = code.upper()
    return code[:6] if code.startswith(("IGO", "NGO")) else code[:3]


def alternatives(value: str | None) -> list[str | None]:
    return [None] if value is None else value.split("|")


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while needle and (i := text.find(needle, start)) >= 0:
        spans.append((i, i + len(needle)))
        start = i + 1
    return spans


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def first_at(items: list, text: str, needle: str):
    """The first system item (date, amount, place) overlapping any occurrence of the gold text."""
    spans = occurrences(text, needle)
    return next((item for item in items if any(overlaps((item.start, item.end), s) for s in spans)), None)


def ratio(hit: int, total: int) -> str:
    return f"{hit / total:.3f} ({hit}/{total})" if total else "n/a (0/0)"


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.errors: list[str] = []

    def add(self, name: str, right: bool) -> None:
        self.counts[name][0] += int(right)
        self.counts[name][1] += 1

    def get(self, name: str) -> str:
        hit, total = self.counts[name]
        return ratio(hit, total)

    def merge(self, other: Tally) -> None:
        """Add another tally's counts and errors (one writer's folder into the figures of the whole set)."""
        for name, (hit, total) in other.counts.items():
            self.counts[name][0] += hit
            self.counts[name][1] += total
        self.errors += other.errors


def wire_articles(articles_path: Path) -> list | None:
    """The articles of a set whose articles.jsonl lines carry no text (real news we may not copy): each read
    by its id from the newswire archive exactly as benchmarks/events.py reads it; None for a composed set."""
    lines = [json.loads(line) for line in articles_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if all("text" in line for line in lines):
        return None
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    from events import NEWSWIRE, newswire

    if not NEWSWIRE.is_file():
        raise SystemExit(f"{articles_path}: its texts are read from {NEWSWIRE}, which is missing")
    wanted = {line["id"] for line in lines}
    found = {a.id: a for a in newswire(10**6) if a.id in wanted}
    missing = sorted(wanted - found.keys())
    if missing:
        raise SystemExit(f"{articles_path}: not in {NEWSWIRE}: {', '.join(missing)}")
    articles = []
    for line in lines:
        article = found[line["id"]]
        if line.get("date") and article.date != line["date"]:
            raise SystemExit(
                f"{articles_path}: {line['id']} is dated {article.date} in the archive, not {line['date']}"
            )
        articles.append(article)
    return articles


def fill_sentences(golds: dict[str, dict], articles: list) -> None:
    """Give each gold event of a wire set its sentence text from its "start"/"end" offsets into the article,
    checking the first 10 hex digits of the span's sha1 so that a changed reader is caught, not misread."""
    texts = {a.id: a.text for a in articles}
    for article_id, gold in golds.items():
        for event in gold["events"]:
            if "sentence" in event:
                continue
            span = texts[article_id][event["start"] : event["end"]]
            digest = hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]
            if digest != event["sha1"]:
                raise SystemExit(
                    f"{article_id}: gold span {event['start']}-{event['end']} has sha1 {digest}, not {event['sha1']}: "
                    "the newswire reader or the archive changed, so the gold offsets no longer point at their sentences"
                )
            event["sentence"] = span
        for kind in ("actors", "quotes", "dates", "amounts", "places"):
            gold.setdefault(kind, [])


def analyse_set(articles_path: Path, read: list | None = None) -> tuple[list, float]:
    from detente.analyse import analyse
    from detente.model import Article
    from detente.read import read_paths

    if read is None:
        read = []
        for item in read_paths([articles_path]):
            if isinstance(item, Article):
                read.append(item)
            else:
                print(f"input error: {item}", file=sys.stderr)
    started = time.perf_counter()
    articles = list(analyse(read))
    return articles, time.perf_counter() - started


def event_dyad_ok(gold: dict, event, loose_direction: bool) -> bool:
    src = country_key(event.source_actor.code if event.source_actor else None)
    tgt = country_key(event.target_actor.code if event.target_actor else None)
    gsrc = {country_key(c) for c in alternatives(gold["source"])}
    gtgt = {country_key(c) for c in alternatives(gold["target"])}
    if src in gsrc and tgt in gtgt:
        return True
    either = loose_direction or gold.get("mutual") or any(r in SYMMETRIC for r in gold["root"].split("|"))
    return bool(either) and src in gtgt and tgt in gsrc


def match_events(article, gold_events: list[dict], level: str) -> list[tuple[dict, object | None]]:
    """One-to-one matching at a level: strict, root, dyad or sentence."""
    text = article.text
    events = [e for e in article.events if not e.negated]
    used: set[int] = set()
    pairs = []
    for gold in gold_events:
        spans = occurrences(text, gold["sentence"]) or occurrences(text, gold["sentence"][:60])
        found = None
        for i, event in enumerate(events):
            if i in used:
                continue
            sentence = article.sentences[event.sentence]
            if not any(overlaps((sentence.start, sentence.end), span) for span in spans):
                continue
            root_ok = event.root in gold["root"].split("|")
            dyad_ok = event_dyad_ok(gold, event, loose_direction=False)
            if (
                (level == "strict" and root_ok and dyad_ok)
                or (level == "root" and root_ok)
                or (level == "dyad" and dyad_ok)
                or level == "sentence"
            ):
                found = i
                break
        if found is not None:
            used.add(found)
            pairs.append((gold, events[found]))
        else:
            pairs.append((gold, None))
    return pairs


def reverse_twins(article, pairs: list[tuple[dict, object | None]]) -> set[int]:
    """For a matched gold event marked `mutual` ("A and B exchanged fire"), the system event of the same
    sentence, root and reversed dyad is the other half of the same coding, not an extra event."""
    events = [e for e in article.events if not e.negated]
    matched = {id(e) for _, e in pairs if e is not None}
    twins: set[int] = set()
    for gold, event in pairs:
        if event is None or not gold.get("mutual"):
            continue
        for other in events:
            if id(other) in matched or id(other) in twins or other.sentence != event.sentence:
                continue
            if (
                other.root == event.root
                and other.source_actor
                and event.target_actor
                and (country_key(other.source_actor.code) == country_key(event.target_actor.code))
            ):
                twins.add(id(other))
                break
    return twins


def strict_hits(article, strict: list[tuple[dict, object | None]]) -> set[int]:
    """The ids of the system events that count as right in strict precision: each strictly matched one and
    the reverse twin of a matched `mutual` gold event (also the labels the acceptance model learns from)."""
    return {id(e) for _, e in strict if e is not None} | reverse_twins(article, strict)


def reliability_bucket(confidence: float | None) -> str:
    value = confidence or 0.0
    for low, high in zip(RELIABILITY_BUCKETS, RELIABILITY_BUCKETS[1:], strict=False):
        if value < high:
            return f"[{low:.1f}, {min(high, 1.0):.1f})"
    return "[0.9, 1.0)"


def quad_class(root: str) -> int:
    first = int(root.split("|")[0])
    return 1 if first <= 5 else 2 if first <= 8 else 3 if first <= 13 else 4


def describe(event) -> str:
    src = event.source_actor.code if event.source_actor else None
    tgt = event.target_actor.code if event.target_actor else None
    return f"{src}->{tgt} {event.cameo}/{event.root} {event.plover} {event.date} [{event.trigger}]"


def name_words(name: str) -> set[str]:
    words = {w.strip(".,'’").lower() for w in name.replace("'s", " ").split()}
    return {w for w in words if len(w) > 2 and w not in NAME_STOPWORDS}


def speaker_right(gold_name: str, system_name: str | None) -> bool:
    if not system_name:
        return False
    g, s = gold_name.lower(), system_name.lower()
    return g in s or s in g or bool(name_words(gold_name) & name_words(system_name))


def unit_ok(gold: str | None, system: str | None) -> bool:
    if not gold or not system:
        return gold == system
    g, s = gold.lower().rstrip("s"), system.lower().rstrip("s")
    return g == s


def score(articles: list, golds: dict[str, dict], tally: Tally) -> None:
    for article in articles:
        gold = golds[article.id]
        text = article.text
        prefix = f"{article.id}:"
        events = [e for e in article.events if not e.negated]

        strict = match_events(article, gold["events"], "strict")
        for level in ("root", "dyad", "sentence"):
            for g, e in match_events(article, gold["events"], level):
                tally.add(f"event recall {level}", e is not None)
                if level == "root":
                    tally.add(f"event recall root quad {quad_class(g['root'])}", e is not None)
        for g, e in strict:
            tally.add("event recall", e is not None)
            tally.add(f"event recall quad {quad_class(g['root'])}", e is not None)
            if e is None:
                same = [
                    x
                    for x in events
                    if any(
                        overlaps((article.sentences[x.sentence].start, article.sentences[x.sentence].end), span)
                        for span in occurrences(text, g["sentence"])
                    )
                ]
                got = "; ".join(describe(x) for x in same) or "no event in the sentence"
                tally.errors.append(
                    f"{prefix} event MISSED {g['source']}->{g['target']} {g['root']} | system: {got}\n      {g['sentence']}"
                )
                continue
            if g.get("plover"):
                right = e.plover in g["plover"].split("|")
                tally.add("plover", right)
                if not right:
                    tally.errors.append(f"{prefix} PLOVER {e.plover} (gold {g['plover']}) for {describe(e)}")
            right = (e.date or "").split("T")[0] == g["date"]  # a part of day ("TNI") is not a different date
            tally.add("event date", right)
            if not right:
                tally.errors.append(f"{prefix} event date {e.date} (gold {g['date']}) for {describe(e)}")
        matched_ids = strict_hits(article, strict)
        for floor in CONFIDENCE_FLOORS:
            # (recall as matched above: a gold event whose match falls below the floor counts as missed)
            for _, e in strict:
                tally.add(f"event recall conf {floor}", e is not None and (e.confidence or 0) >= floor)
            for e in events:
                if (e.confidence or 0) >= floor:
                    tally.add(f"event precision conf {floor}", id(e) in matched_ids)
        for e in events:
            tally.add("event precision", id(e) in matched_ids)
            tally.add(f"event precision bucket {reliability_bucket(e.confidence)}", id(e) in matched_ids)
            tally.counts["event brier"][0] += round(((e.confidence or 0) - (id(e) in matched_ids)) ** 2 * 1e6)
            tally.counts["event brier"][1] += 1
            if id(e) not in matched_ids:
                sentence = article.sentences[e.sentence]
                tally.errors.append(f"{prefix} event EXTRA {describe(e)}\n      {text[sentence.start : sentence.end]}")
        for level in ("root", "dyad", "sentence"):
            pairs = match_events(article, gold["events"], level)
            hits = {id(e) for _, e in pairs if e is not None} | reverse_twins(article, pairs)
            for e in events:
                tally.add(f"event precision {level}", id(e) in hits)

        for g in gold["actors"]:
            spans = occurrences(text, g["name"])
            best, best_len = None, 0
            for actor in article.actors:
                for m in actor.mentions:
                    for span in spans:
                        if overlaps((m.start, m.end), span):
                            common = min(m.end, span[1]) - max(m.start, span[0])
                            if common > best_len:
                                best, best_len = actor, common
            tally.add("actor found", best is not None)
            if best is None:
                tally.errors.append(f"{prefix} actor MISSED {g['name']} ({g['code']})")
                continue
            exact = (best.code or "") == g["code"]
            tally.add("actor code exact", exact)
            tally.add("actor code country", country_key(best.code) == country_key(g["code"]))
            if not exact:
                tally.errors.append(f"{prefix} actor {g['name']}: {best.name} {best.code} (gold {g['code']})")

        for g in gold["quotes"]:
            spans = occurrences(text, g["text"])
            # A partial quotation is both a reported statement and a direct quote: prefer the gold's kind.
            candidates = [q for q in article.quotes if any(overlaps((q.start, q.end), s) for s in spans)]
            candidates.sort(key=lambda q: q.kind != g["kind"])
            found = candidates[0] if candidates else None
            tally.add("quote found", found is not None)
            if found is None:
                tally.errors.append(f"{prefix} quote MISSED ({g['kind']}, {g['speaker']}): {g['text']}")
                continue
            name = found.speaker.name if found.speaker else None
            speaker_ids = {
                actor.id
                for actor in article.actors
                for m in actor.mentions
                if any(overlaps((m.start, m.end), s) for s in occurrences(text, g["speaker"]))
            }
            right = speaker_right(g["speaker"], name) or bool(found.speaker and found.speaker.actor in speaker_ids)
            tally.add("quote speaker", right)
            tally.add("quote kind", found.kind == g["kind"])
            if not right:
                tally.errors.append(f"{prefix} quote speaker {name!r} (gold {g['speaker']!r}): {g['text']}")
            if found.kind != g["kind"]:
                tally.errors.append(f"{prefix} quote kind {found.kind} (gold {g['kind']}): {g['text']}")

        for g in gold["dates"]:
            found = first_at(article.dates, text, g["text"])
            tally.add("date found", found is not None)
            if found is None:
                tally.errors.append(f"{prefix} date MISSED {g['text']!r} ({g['value']})")
                continue
            tally.add("date value", found.value == g["value"])
            tally.add("date same day/prefix", bool(found.value) and found.value[:10] == g["value"][:10])
            if found.value != g["value"]:
                tally.errors.append(f"{prefix} date {g['text']!r}: {found.text!r} = {found.value} (gold {g['value']})")

        for g in gold["amounts"]:
            found = first_at(article.amounts, text, g["text"])
            tally.add("amount found", found is not None)
            if found is None:
                tally.errors.append(f"{prefix} amount MISSED {g['text']!r} ({g['value']} {g['unit']})")
                continue
            value_ok = found.value is not None and abs(found.value - g["value"]) <= 1e-6 * max(1.0, abs(g["value"]))
            tally.add("amount value", value_ok)
            tally.add("amount value+unit", value_ok and unit_ok(g["unit"], found.unit))
            if not (value_ok and unit_ok(g["unit"], found.unit)):
                tally.errors.append(
                    f"{prefix} amount {g['text']!r}: {found.value} {found.unit} (gold {g['value']} {g['unit']})"
                )

        for g in gold["places"]:
            found = first_at(article.places, text, g["name"])
            tally.add("place found", found is not None)
            if found is None:
                tally.errors.append(f"{prefix} place MISSED {g['name']} ({g['country']})")
                continue
            tally.add("place country", found.country == g["country"])
            if found.country != g["country"]:
                tally.errors.append(f"{prefix} place {g['name']}: {found.country} (gold {g['country']})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--set",
        choices=list(SETS),
        default="heldout",
        help="heldout (default; benchmarks/composed/), heldout-b (benchmarks/composed_heldout_b/) or heldoutall: "
        "HELD OUT, figures only, their errors must not be read to develop or tune anything; dev "
        "(benchmarks/composed_dev/), devnew (composed_dev_b, _c, _d: three more writers) or devall: errors may be read; "
        "wiredev (benchmarks/wire_dev/: real AFP/Xinhua news, events only; a dev set, errors may be read); "
        "heldout-wire (benchmarks/wire_heldout/: 50 more real AFP/Xinhua articles, events only; HELD OUT, figures "
        "only, never --errors); wiredev2 (benchmarks/wire_dev2/: 50 more real AFP/Xinhua articles coded blind in "
        "session 11, events only; a dev set from session 12 on, errors may be read then); heldout-wire2 "
        "(benchmarks/wire_heldout2/: 50 more real AFP/Xinhua articles coded blind in session 11, events only; HELD "
        "OUT, figures only, never --errors), heldout-wireall (wire_heldout and wire_heldout2 together; HELD OUT), "
        "wiredev3 (benchmarks/wire_dev3/: 50 more real AFP/Xinhua articles coded blind in session 13, events only; "
        "measured once at the end of session 13, a dev set from session 14 on, errors may be read then), "
        "wiredev4 (benchmarks/wire_dev4/: 50 more real AFP/Xinhua articles coded blind in session 14, events only; "
        "measured once at the end of session 14, a dev set from session 15 on, errors may be read then), "
        "wiredev5 and wiredev6 (benchmarks/wire_dev5/, wire_dev6/: 50 and 46 more real AFP/Xinhua articles coded "
        "blind in session 15, events only; "
        "measured once at the end of session 15, a dev set from session 16 on, errors may be read then), "
        "wiredev7 (benchmarks/wire_dev7/: 50 more real AFP/Xinhua articles coded blind in session 16, events only; "
        "measured once at the end of session 16, a dev set from session 17 on, errors may be read then), "
        "wiredev8 (benchmarks/wire_dev8/: 40 more real AFP/Xinhua articles coded blind in session 17, events only; "
        "measured once at the end of session 17, a dev set from session 18 on, errors may be read then), "
        "wiredev9 (benchmarks/wire_dev9/: 40 more real AFP/Xinhua articles coded blind in session 18, events only; "
        "measured once at the end of session 18, a dev set from session 19 on, errors may be read then)",
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list every miss and wrong value (dev sets only: the held-out sets are never read)",
    )
    args = parser.parse_args(argv)
    if args.errors and args.set.startswith("heldout"):
        parser.error("--errors is refused for the held-out sets: their misses must not be read (use a dev set)")

    directories = [BENCH / name for name in SETS[args.set] if (BENCH / name / "gold.jsonl").exists()]
    if not directories:
        print(f"no data for --set {args.set}: none of {SETS[args.set]} exists under {BENCH}", file=sys.stderr)
        return 1
    tally, golds, articles, seconds, per_directory = Tally(), {}, [], 0.0, []
    for data in directories:
        gold_text = (data / "gold.jsonl").read_text(encoding="utf-8")
        these_golds = {g["id"]: g for g in map(json.loads, gold_text.splitlines()) if g}
        wire = wire_articles(data / "articles.jsonl")
        if wire is not None:
            fill_sentences(these_golds, wire)
        these_articles, took = analyse_set(data / "articles.jsonl", wire)
        if len(these_articles) != len(these_golds):
            print(f"{data}: read {len(these_articles)} articles, gold has {len(these_golds)}", file=sys.stderr)
            return 1
        own = Tally()
        score(these_articles, these_golds, own)
        tally.merge(own)
        per_directory.append((data.name, own))
        golds.update(these_golds)
        articles += these_articles
        seconds += took

    gold_events = sum(len(g["events"]) for g in golds.values())
    system_events = sum(1 for a in articles for e in a.events if not e.negated)
    negated = sum(1 for a in articles for e in a.events if e.negated)
    words = sum(len(a.text.split()) for a in articles)
    print(
        f"{SET_TITLES[args.set]}: {len(articles)} articles, {words} words, {gold_events} gold events, "
        f"{system_events} system events (+{negated} negated, left out)"
    )
    rows = [
        ("events strict (sentence + root + source/target country)", "event recall", "event precision"),
        ("events root only (sentence + root)", "event recall root", "event precision root"),
        ("events dyad only (sentence + source/target country)", "event recall dyad", "event precision dyad"),
        ("events sentence only (any event in the gold sentence)", "event recall sentence", "event precision sentence"),
    ]
    for label, recall, precision in rows:
        print(f"  {label:58} recall {tally.get(recall):20} precision {tally.get(precision)}")
    for floor in CONFIDENCE_FLOORS:
        label = f"events strict, only confidence >= {floor}"
        print(
            f"  {label:58} recall {tally.get(f'event recall conf {floor}'):20} "
            f"precision {tally.get(f'event precision conf {floor}')}"
        )
    buckets = [reliability_bucket(low) for low in RELIABILITY_BUCKETS[:-1]]
    print(
        "  reliability, strict precision by confidence: "
        + ", ".join(
            f"{b} {tally.get(f'event precision bucket {b}')}"
            for b in buckets
            if tally.counts.get(f"event precision bucket {b}")
        )
    )
    brier, scored = tally.counts["event brier"]
    print(f"  Brier score of the confidence (strict)                     {brier / 1e6 / max(1, scored):.4f}")
    names = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
    for quad, name in names.items():
        label = f"  recall, gold quad class {quad} ({name})"
        print(
            f"{label:60} strict {tally.get(f'event recall quad {quad}'):18} root only "
            f"{tally.get(f'event recall root quad {quad}')}"
        )
    for label, key in [
        ("PLOVER type (strictly matched events)", "plover"),
        ("event date (strictly matched events)", "event date"),
        ("actors found", "actor found"),
        ("actor code exact (of found)", "actor code exact"),
        ("actor code country (of found)", "actor code country"),
        ("quotes found", "quote found"),
        ("quote speaker right (of found)", "quote speaker"),
        ("quote kind right (of found)", "quote kind"),
        ("dates found", "date found"),
        ("date value exact (of found)", "date value"),
        ("date value same day / prefix (of found)", "date same day/prefix"),
        ("amounts found", "amount found"),
        ("amount value (of found)", "amount value"),
        ("amount value + unit (of found)", "amount value+unit"),
        ("places found", "place found"),
        ("place country (of found)", "place country"),
    ]:
        print(f"  {label:58} {tally.get(key)}")
    if len(per_directory) > 1:
        for name, own in per_directory:
            print(
                f"  {name + ': events strict':58} recall {own.get('event recall'):20} "
                f"precision {own.get('event precision')}"
            )
    print(f"  speed: whole pipeline {seconds:.1f} s wall for {len(articles)} articles (spaCy load included)")
    if args.errors:
        print("\nErrors:")
        for line in tally.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
