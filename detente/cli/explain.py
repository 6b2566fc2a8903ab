"""``detente explain``: every act the rules found in each sentence, and why it is or is not an event."""

from __future__ import annotations

import json
import sys

import click

from ..analyse.events.trace import KEPT, REASONS, Candidate, EventTrace
from ..model import Article
from ..read import InputError, read_paths
from ..read.article import content_hash
from .common import max_bytes_option, print_error


@click.command()
@click.argument("text", required=False)
@click.option(
    "--file",
    "paths",
    multiple=True,
    type=click.Path(),
    help="Explain the articles of this file (.txt, .html, .jsonl) instead of TEXT; may be repeated.",
)
@click.option("--date", default=None, help="Publication date of TEXT as YYYY-MM-DD (places 'on Monday' in time).")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per candidate instead of the readable listing.")
@click.option("--only-dropped", is_flag=True, help="List dropped candidates only (sentences with none are skipped).")
@max_bytes_option
def explain(
    text: str | None, paths: tuple[str, ...], date: str | None, as_json: bool, only_dropped: bool, max_bytes: int
) -> None:
    """Show, for each sentence, every act the event rules found, its code, source, target and confidence,
    and whether it was kept as an event or which filter dropped it: the answer to "why no event here?".

    \b
    Examples:
      detente explain "Will China attack Taiwan? Beijing condemned the Japanese visit on Monday."
      detente explain --file article.txt --only-dropped
      echo "The ministers are expected to sign the accord." | detente explain -

    \b
    Each candidate is one of:
      kept                an event of the article record (`detente extract` prints it)
      dropped: REASON     the filter that removed it, e.g. question, forecast, within-state,
                          acceptance-floor (the learned floor), no-doer (the article floor)
    A sentence with no candidate at all has no word or frame of the codebook the rules could code.
    Confidence is the acceptance model's, shown once a source/target pair was coded.

    \b
    Reasons:
    """
    rejected = 0
    articles: list[Article] = []
    if paths:
        for item in read_paths(paths, max_bytes):
            if isinstance(item, InputError):
                rejected += 1
                print_error(item)
            else:
                articles.append(item)
    elif text is not None:
        body = sys.stdin.read() if text == "-" else text
        articles.append(Article(id="text", text=body, content_hash=content_hash(body), date=date))
    else:
        raise click.UsageError("give TEXT (or - for stdin) or --file PATH")
    from ..analyse.explain import explain_article  # (the parser loads only when there is something to explain)

    for article in articles:
        analysed, trace = explain_article(article)
        if as_json:
            for candidate in trace.candidates:
                if not (only_dropped and candidate.kept):
                    print(json.dumps(_record(analysed, candidate), ensure_ascii=False))
        else:
            print(_listing(analysed, trace, only_dropped))
    if rejected:
        sys.exit(1)


# The reasons, taught at the end of --help (the docstring ends with their heading).
explain.help = (
    (explain.help or "").rstrip() + "\n" + "\n".join(f"      {name:22} {why}" for name, why in REASONS.items())
)


def _record(article: Article, candidate: Candidate) -> dict:
    return {
        "article_id": article.id,
        "sentence": candidate.sentence,
        "cameo": candidate.code,
        "trigger": candidate.trigger,
        "source": candidate.source,
        "target": candidate.target,
        "confidence": candidate.confidence,
        "verdict": candidate.reason,
        "why": candidate.why,
    }


def _listing(article: Article, trace: EventTrace, only_dropped: bool) -> str:
    lines = [f"== {article.id}" + (f": {article.title}" if article.title else "")]
    for number, sentence in enumerate(article.sentences):
        candidates = [c for c in trace.of_sentence(number) if not (only_dropped and c.kept)]
        if only_dropped and not candidates:
            continue
        lines.append(f"[{number}] {article.text[sentence.start : sentence.end].strip()}")
        if not candidates:
            lines.append("    (no act found: no word or frame of the codebook matched)")
        for candidate in candidates:
            verdict = KEPT if candidate.kept else f"dropped: {candidate.reason}"
            confidence = f"{candidate.confidence:.2f}" if candidate.confidence is not None else "-"
            parties = f"{candidate.source or '?'} -> {candidate.target or '?'}"
            lines.append(f"    {verdict:30} {candidate.code:5} {candidate.trigger!r} {parties}  conf {confidence}")
            if not candidate.kept:
                lines.append(f"    {'':30} ({candidate.why})")
    return "\n".join(lines)
