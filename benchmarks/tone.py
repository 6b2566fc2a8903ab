"""Tone benchmark: per-outlet GDELT-style tone on the AFP/Xinhua newswire corpus, and speed.

No human-labelled tone set is available offline, so this script does not claim accuracy. It prints
what can be measured honestly:
  * per outlet (AFP vs Xinhua, from ../shared/benchmarks/newswire-te3-silver): mean and spread of
    AvgTone, positive %, negative %, polarity, and the share of articles with tone > 0;
  * agreement with VADER's own full scorer (negation, intensifiers, ``but``), averaged over sentences:
    Pearson r with AvgTone per article. VADER is a second opinion from the same lexicon, not gold;
  * the two sample articles' tone (../shared/samples);
  * the tone stage's speed beside the spaCy parse.

    .venv/bin/python benchmarks/tone.py --limit 200        # 200 articles per outlet
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "benchmarks" / "newswire-te3-silver" / "te3-silver.tar.gz"
TAG = re.compile(r"<[^>]+>")


def newswire(limit: int) -> dict[str, list[str]]:
    """Article bodies by outlet (AFP, XIN), first ``limit`` of each in archive order, tags stripped."""
    by_outlet: dict[str, list[str]] = {"AFP": [], "XIN": []}
    with tarfile.open(CORPUS) as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".tml"):
                continue
            outlet = Path(member.name).name.split("_")[0]
            if outlet not in by_outlet or len(by_outlet[outlet]) >= limit:
                continue
            raw = archive.extractfile(member).read().decode("utf-8")
            body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
            by_outlet[outlet].append(" ".join(TAG.sub("", body).split()))
            if all(len(v) >= limit for v in by_outlet.values()):
                break
    return by_outlet


def pearson(xs: list[float], ys: list[float]) -> float:
    return statistics.correlation(xs, ys) if len(xs) > 2 else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=200, help="articles per outlet")
    args = parser.parse_args()
    if not CORPUS.is_file():
        print(f"{CORPUS} is missing: the corpus is read from ../shared/benchmarks beside the repo", file=sys.stderr)
        return 2

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from detente.analyse.nlp import load_nlp
    from detente.analyse.registry import Parsed
    from detente.analyse.stages.tone import score_tone
    from detente.model import Article

    nlp = load_nlp()
    vader = SentimentIntensityAnalyzer()
    parse_seconds = stage_seconds = 0.0
    tokens = 0
    print(
        f"{'outlet':<8}{'n':>5}{'AvgTone':>9}{'sd':>7}{'pos %':>8}{'neg %':>8}{'polarity':>10}{'tone>0':>8}{'r(VADER)':>10}"
    )
    for outlet, texts in newswire(args.limit).items():
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_seconds += time.perf_counter() - started
        tones, vader_means = [], []
        for doc in docs:
            tokens += len(doc)
            article = Article(id="b", text=doc.text, content_hash="b")
            started = time.perf_counter()
            tones.append(score_tone(Parsed(doc, article))["tone"])
            stage_seconds += time.perf_counter() - started
            vader_means.append(statistics.fmean(vader.polarity_scores(s.text)["compound"] for s in doc.sents))
        avg = [t.tone for t in tones]
        print(
            f"{outlet:<8}{len(tones):>5}{statistics.fmean(avg):>9.2f}{statistics.stdev(avg):>7.2f}"
            f"{statistics.fmean(t.positive for t in tones):>8.2f}{statistics.fmean(t.negative for t in tones):>8.2f}"
            f"{statistics.fmean(t.polarity for t in tones):>10.2f}{sum(a > 0 for a in avg) / len(avg):>8.1%}"
            f"{pearson(avg, vader_means):>10.3f}"
        )
    samples = ROOT.parent / "shared" / "samples"
    if samples.is_dir():
        from detente.read import read_paths

        for article in read_paths([samples]):
            tone = score_tone(Parsed(nlp(article.text), article))["tone"]
            print(
                f"sample {Path(article.path).name}: AvgTone {tone.tone:.2f}, positive {tone.positive:.2f} %, "
                f"negative {tone.negative:.2f} %, polarity {tone.polarity:.2f}, {tone.word_count} words"
            )
    print(
        f"speed: spaCy parse {tokens / parse_seconds:,.0f} tokens/s; tone stage {tokens / stage_seconds:,.0f} "
        f"tokens/s ({stage_seconds / parse_seconds:.1%} of parse time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
