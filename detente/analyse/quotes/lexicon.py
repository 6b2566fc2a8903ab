"""The quote lexicons, loaded once from ``detente/data/quotes/`` (TSV, ``#`` comment lines, a header row)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from detente.packaged import read_data_text

VERB_CLASSES = frozenset({"speech", "stance", "cognition", "document"})


@dataclass(frozen=True)
class ReportingVerb:
    lemma: str
    verb_class: str
    particle: str | None
    infinitive: bool  # reports with a to-infinitive: "vowed to retaliate", "urged Seoul to resume talks"


def _rows(name: str) -> list[dict[str, str]]:
    text = read_data_text(f"quotes/{name}")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """Reporting verbs by lemma; a malformed row fails loudly rather than silently shrinking the lexicon."""
    verbs: dict[str, ReportingVerb] = {}
    for row in _rows("reporting_verbs.tsv"):
        lemma, verb_class = row["lemma"].strip().lower(), row["class"].strip()
        if not lemma or verb_class not in VERB_CLASSES:
            raise ValueError(f"reporting_verbs.tsv: bad row {row!r}")
        infinitive = (row.get("infinitive") or "").strip()
        if infinitive not in ("", "yes"):
            raise ValueError(f"reporting_verbs.tsv: infinitive must be 'yes' or empty: {row!r}")
        verbs[lemma] = ReportingVerb(
            lemma, verb_class, (row.get("particle") or "").strip() or None, infinitive == "yes"
        )
    return verbs


@lru_cache(maxsize=1)
def source_phrases() -> tuple[tuple[str, ...], ...]:
    """Source-introducing phrases as lower-case word tuples, longest first ("according to", "quoting")."""
    phrases = {tuple(row["phrase"].lower().split()) for row in _rows("source_phrases.tsv") if row["phrase"].strip()}
    return tuple(sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def reporting_nouns() -> dict[str, frozenset[str]]:
    """Reporting nouns ("claim", "warning"), the carrier verbs that deliver them ("issue", "make") and the
    documents that speak for their issuer ("statement", "communique")."""
    kinds: dict[str, set[str]] = {"noun": set(), "carrier": set(), "document": set()}
    for row in _rows("reporting_nouns.tsv"):
        word, kind = row["word"].strip().lower(), row["kind"].strip()
        if not word or kind not in kinds:
            raise ValueError(f"reporting_nouns.tsv: bad row {row!r}")
        kinds[kind].add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}
