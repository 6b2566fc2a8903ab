"""Quote/attribution benchmark on PolNeAR (../shared/benchmarks/polnear): content, source and cue.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attribution relations in US political news:
Content (what is attributed; direct, mixed or paraphrase), Source (who) and Cue (the verb or phrase).
A gold relation may be discontinuous; its content is all of its ranges. Articles annotated twice are
scored against one annotator (the first ``.ann`` file in name order).

Scores (each prediction is one detente quote, direct or reported):
  content overlap   a prediction is right if it shares a word with a gold content; a gold relation is
                    found if a prediction shares a word with it (many-to-one allowed);
  content exact     edges equal after trimming spaces, quotation marks and punctuation;
  content tokens    precision/recall of content words (characters inside words, summed);
  source / cue      P: of the predictions that overlap a gold content and name a speaker (cue) span,
                    the share whose span matches the Source (Cue) of the gold relation they overlap
                    most -- shares a word with it, or (source) names the same person elsewhere;
                    R: of the gold relations with a Source (Cue), the share whose best-overlapping
                    prediction has the matching speaker (cue). Relations without one are left out.
Direct gold relations (content starting with a quotation mark) are also scored alone, and the recall of
indirect relations whose content is a clause (reported statements proper, not noun phrases such as
"called for tax cuts") is printed.

    .venv/bin/python benchmarks/quotes.py --split dev      # the development split
    .venv/bin/python benchmarks/quotes.py --split test     # report split: run once, do not tune on it
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "benchmarks" / "polnear"
EDGE = " \t\n\"'“”‘’.,;:!?—–-()"
WORD = re.compile(r"\w+")
TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "President", "Senator", "Sen", "Rep", "Gov", "The", "A", "An"})


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]


def _is_clausal(doc, gold: Gold) -> bool:
    """A reported statement proper: the content is a clause (its head is a verb), not a noun phrase."""
    span = doc.char_span(*gold.content[0], alignment_mode="expand")
    return span is not None and span.root.pos_ in ("VERB", "AUX")


def _is_direct(text: str, gold: Gold) -> bool:
    """A direct quotation: the content opens with (or just after) a double quotation mark."""
    start = gold.content[0][0]
    return text[start:].lstrip()[:1] in '"“' or text[max(0, start - 1) : start] in '"“'


def _ranges(field: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (part.split() for part in field.split(";"))]


def load_gold(ann: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    relations: list[Gold] = []
    lines = ann.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if line.startswith("T"):
            tid, middle, _ = line.split("\t", 2)
            label, offsets = middle.split(" ", 1)
            spans[tid] = (label, _ranges(offsets))
    for line in lines:
        if not line.startswith("E"):
            continue
        parts = dict(part.split(":", 1) for part in line.split("\t")[1].split())
        roles = {role: spans[tid][1] for role, tid in parts.items() if tid in spans}
        if roles.get("Content"):
            relations.append(Gold(roles["Content"], roles.get("Source", []), roles.get("Cue", [])))
    return relations


def words(text: str, ranges: list[tuple[int, int]]) -> set[int]:
    """Character offsets of word characters inside ``ranges`` (spaces and punctuation do not count)."""
    out: set[int] = set()
    for start, end in ranges:
        for match in WORD.finditer(text, start, end):
            out.update(range(match.start(), match.end()))
    return out


def same_source(text: str, predicted: tuple[int, int], gold: list[tuple[int, int]]) -> bool:
    """The predicted speaker is the gold source: the spans share a word, or both name the same person
    elsewhere in the article (a shared capitalised word: "Mulgrew" and "Michael Mulgrew, president …")."""
    if words(text, [predicted]) & words(text, gold):
        return True
    names = {w for w in WORD.findall(text[predicted[0] : predicted[1]]) if w[:1].isupper() and w not in TITLES}
    return bool(names & {w for s, e in gold for w in WORD.findall(text[s:e])})


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only (0 = all)")
    args = parser.parse_args()

    from detente.analyse.nlp import load_nlp
    from detente.analyse.quotes import attribute

    folder = POLNEAR / args.split
    if not folder.is_dir():
        print(f"{folder} is missing: PolNeAR is read from ../shared/benchmarks beside the repo", file=sys.stderr)
        return 2
    articles = []
    for txt in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            articles.append((txt.read_text(encoding="utf-8"), load_gold(anns[0])))
    if args.limit:
        articles = articles[: args.limit]

    nlp = load_nlp()
    t0 = time.perf_counter()
    docs = list(nlp.pipe([text for text, _ in articles], batch_size=16))
    parse_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    predictions = [attribute(doc, []) for doc in docs]
    stage_seconds = time.perf_counter() - t0

    n = {
        k: 0
        for k in (
            "pred",
            "pred_ok",
            "gold",
            "gold_found",
            "exact_pred",
            "exact_gold",
            "gold_direct",
            "gold_direct_found",
            "gold_clausal",
            "gold_clausal_found",
            "pred_direct",
            "pred_direct_ok",
            "pw",
            "pw_ok",
            "gw",
            "gw_ok",
            "src_pred",
            "src_pred_ok",
            "src_gold",
            "src_ok",
            "cue_pred",
            "cue_pred_ok",
            "cue_gold",
            "cue_ok",
            "dsrc_pred",
            "dsrc_pred_ok",
        )
    }
    for (text, gold), preds, doc in zip(articles, predictions, docs, strict=True):
        gold_words = [words(text, g.content) for g in gold]
        all_gold_words = set().union(*gold_words) if gold_words else set()
        gold_edges = {trimmed(text, s, e) for g in gold for s, e in g.content}
        gold_edges |= {trimmed(text, g.content[0][0], g.content[-1][1]) for g in gold}
        pred_words = [words(text, [(p.start, p.end)]) for p in preds]
        n["pred"] += len(preds)
        n["gold"] += len(gold)
        for p, pw in zip(preds, pred_words, strict=True):
            hit = any(pw & gw for gw in gold_words)
            n["pred_ok"] += hit
            n["exact_pred"] += trimmed(text, p.start, p.end) in gold_edges
            n["pred_direct"] += p.kind == "direct"
            n["pred_direct_ok"] += p.kind == "direct" and hit
            n["pw"] += len(pw)
            n["pw_ok"] += len(pw & all_gold_words)
            overlaps = [(len(pw & gw), g) for g, gw in zip(gold, gold_words, strict=True) if pw & gw]
            if overlaps:
                g = max(overlaps, key=lambda pair: pair[0])[1]
                if g.source and p.speaker_start is not None:
                    right = same_source(text, (p.speaker_start, p.speaker_end), g.source)
                    n["src_pred"] += 1
                    n["src_pred_ok"] += right
                    n["dsrc_pred"] += p.kind == "direct"
                    n["dsrc_pred_ok"] += p.kind == "direct" and right
                if g.cue and p.cue_start is not None:
                    n["cue_pred"] += 1
                    n["cue_pred_ok"] += bool(words(text, [(p.cue_start, p.cue_end)]) & words(text, g.cue))
        all_pred_words = set().union(*pred_words) if pred_words else set()
        for g, gw in zip(gold, gold_words, strict=True):
            is_direct = _is_direct(text, g)
            n["gold_direct"] += is_direct
            is_clausal = not is_direct and _is_clausal(doc, g)
            n["gold_clausal"] += is_clausal
            n["gw"] += len(gw)
            n["gw_ok"] += len(gw & all_pred_words)
            n["src_gold"] += bool(g.source)
            n["cue_gold"] += bool(g.cue)
            overlaps = [(len(pw & gw), p) for p, pw in zip(preds, pred_words, strict=True) if pw & gw]
            if not overlaps:
                continue
            n["gold_found"] += 1
            n["gold_direct_found"] += is_direct
            n["gold_clausal_found"] += is_clausal
            n["exact_gold"] += any(
                trimmed(text, p.start, p.end)
                in {trimmed(text, s, e) for s, e in g.content} | {trimmed(text, g.content[0][0], g.content[-1][1])}
                for _, p in overlaps
            )
            best = max(overlaps, key=lambda pair: pair[0])[1]
            if g.source and best.speaker_start is not None:
                n["src_ok"] += same_source(text, (best.speaker_start, best.speaker_end), g.source)
            if g.cue and best.cue_start is not None:
                n["cue_ok"] += bool(words(text, [(best.cue_start, best.cue_end)]) & words(text, g.cue))

    words_total = sum(len(doc) for doc in docs)
    rows = [
        ("content overlap", ratio(n["pred_ok"], n["pred"]), ratio(n["gold_found"], n["gold"])),
        ("content exact", ratio(n["exact_pred"], n["pred"]), ratio(n["exact_gold"], n["gold"])),
        ("content tokens", ratio(n["pw_ok"], n["pw"]), ratio(n["gw_ok"], n["gw"])),
        ("source", ratio(n["src_pred_ok"], n["src_pred"]), ratio(n["src_ok"], n["src_gold"])),
        ("cue", ratio(n["cue_pred_ok"], n["cue_pred"]), ratio(n["cue_ok"], n["cue_gold"])),
        (
            "direct: content",
            ratio(n["pred_direct_ok"], n["pred_direct"]),
            ratio(n["gold_direct_found"], n["gold_direct"]),
        ),
    ]
    speaker_right = ratio(n["dsrc_pred_ok"], n["dsrc_pred"])
    clausal_recall = ratio(n["gold_clausal_found"], n["gold_clausal"])
    print(
        f"PolNeAR {args.split}: {len(articles)} articles, {n['gold']} gold relations "
        f"({n['gold_direct']} direct), {n['pred']} predicted ({n['pred_direct']} direct)"
    )
    print(f"{'measure':<20}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, p, r in rows:
        print(f"{name:<20}{p:>10.3f}{r:>10.3f}{f1(p, r):>8.3f}")
    print(f"indirect relations with a clausal content ({n['gold_clausal']}): recall {clausal_recall:.3f}")
    print(f"direct quotations found with a speaker span: speaker right {speaker_right:.3f} ({n['dsrc_pred']} scored)")
    print(
        f"speed: spaCy parse {words_total / parse_seconds:,.0f} tokens/s; quotes stage "
        f"{words_total / stage_seconds:,.0f} tokens/s ({stage_seconds / parse_seconds:.1%} of parse time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
