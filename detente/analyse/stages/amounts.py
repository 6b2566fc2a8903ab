"""Amounts: money, percentages, measures and counts, with a normalised value, a unit and what is counted.

'$328.08 billion' -> 328080000000 USD; 'up 5.6 percent' -> 5.6 percent, change up; 'about 3,200 South
Korean companies' -> 3200 companies; '21 consecutive years' -> 21 years. Amounts are spaCy MONEY,
PERCENT, QUANTITY and CARDINAL entities plus numbers the parser attaches to a noun; years, dates and
ordinals are not amounts. The unit comes from the currency, percent or measure words
(``detente/data/amounts/units.json``) or else from the counted noun; ``object`` (a head noun, lower
case) is found in the dependency parse: the counted noun, the noun an amount modifies ('a $5 billion loan'), what it is a share
of ('10 percent of total trade'), or the subject of the verb it completes ('trade reached $328 billion').
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.packaged import read_data_text

from ...model import Amount
from ..numbers import is_vague, number_words, parse_number
from ..registry import Parsed, stage

AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
# Nouns that say when rather than what: a number counting them is a duration ('21 consecutive years').
TIME_UNITS = {
    "second",
    "minute",
    "hour",
    "day",
    "night",
    "week",
    "weekend",
    "fortnight",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
}


@lru_cache(maxsize=1)
def units() -> dict[str, Any]:
    """The unit lexicon: currencies, percent words, measures, approximators, change words."""
    text = read_data_text("amounts/units.json")
    return json.loads(text)


@lru_cache(maxsize=1)
def _identifier_nouns() -> frozenset[str]:
    """Nouns after which a number names rather than counts: 'level 5', 'Resolution 2231'."""
    return frozenset(units()["identifier_nouns"])


@lru_cache(maxsize=1)
def _iso_currencies() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    lexicon = units()

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    return {
        "symbol": re.compile(rf"^(?:{alternatives(list(lexicon['currency_symbols']))})", re.IGNORECASE),
        "currency_word": re.compile(rf"(?<![a-z])(?:{alternatives(list(lexicon['currency_words']))})$", re.IGNORECASE),
        "percent": re.compile(rf"\s*-?(?:{alternatives(list(lexicon['percent_words']))})$", re.IGNORECASE),
        "measure": re.compile(rf"\s*(?:{alternatives(list(lexicon['measures']))})$", re.IGNORECASE),
        "approx": re.compile(rf"^(?:{alternatives(lexicon['approximators'])})\s+", re.IGNORECASE),
        "exact": re.compile(rf"^(?:{alternatives(lexicon['exact_prefixes'])})\s+", re.IGNORECASE),
    }


_ISO_CODE = re.compile(r"^(?P<code>[A-Z]{3})\s*\$?\s*|\s*(?P<code2>[A-Z]{3})$")
_RANGE = re.compile(r"^(?:between\s+)?(?P<low>.+?)\s*(?:-|–|\bto\b|\band\b)\s*(?P<high>.+)$", re.IGNORECASE)
_NUMBER_START = re.compile(
    r"[\d]|^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|half)\b",
    re.IGNORECASE,
)


def _parse_value(text: str) -> dict[str, Any]:
    """Value, upper bound, unit and approximation of an amount's words ('about US$16 million to $28 million')."""
    lexicon = units()
    patterns = _patterns()
    rest = re.sub(r"^between\s+", "", text.strip(), flags=re.IGNORECASE)  # a range: 'between $12m and $20m'
    approximate = False
    while True:  # 'just over', 'about', 'all'
        match = patterns["approx"].match(rest)
        if match:
            approximate = True
            rest = rest[match.end() :]
            continue
        match = patterns["exact"].match(rest)
        if match:
            rest = rest[match.end() :]
            continue
        break
    unit: str | None = None
    currency_word: str | None = None
    kind = "count"
    # the percent and measure words end the phrase; a currency stands before or after the number
    percent = patterns["percent"].search(rest)
    if percent:
        unit = lexicon["percent_words"][percent.group().strip(" -").lower()]
        rest = rest[: percent.start()]
        kind = "percent"
    else:
        symbol = patterns["symbol"].match(rest)
        word = patterns["currency_word"].search(rest)
        code = _ISO_CODE.search(rest)
        if symbol:
            unit = lexicon["currency_symbols"].get(symbol.group()) or lexicon["currency_symbols"].get(
                symbol.group().upper()
            )
            rest = rest[symbol.end() :]
            kind = "money"
        if word:
            unit = lexicon["currency_words"][word.group().lower()] if unit in {None, "USD"} or symbol is None else unit
            currency_word = word.group().lower()
            rest = rest[: word.start()]
            kind = "money"
        elif code and (code["code"] or code["code2"]) in _iso_currencies():
            unit = code["code"] or code["code2"]
            rest = rest[: code.start()] + rest[code.end() :]
            kind = "money"
        if kind != "money":
            measure = patterns["measure"].search(rest)
            if measure and _NUMBER_START.search(rest[: measure.start()] or "x"):
                unit = lexicon["measures"][measure.group().strip().lower()]
                rest = rest[: measure.start()]
                kind = "measure"
    rest = rest.strip(" ,")
    value = _number(rest)
    upper = None
    if value is None:
        match = _RANGE.match(rest)
        if match:
            value = _number(match["low"])
            upper = _number(match["high"])
            if value is not None and upper is not None and re.search(r"[a-z]", match["high"], re.IGNORECASE):
                # '12 to 20 million': the scale written once applies to both ends
                scale = re.search(
                    r"(?:million|billion|trillion|thousand|bn|mn|m|k)$", match["high"].strip(), re.IGNORECASE
                )
                high_without_scale = _number(match["high"].strip()[: scale.start()]) if scale else None
                if (
                    scale
                    and not re.search(r"[a-z]", match["low"], re.IGNORECASE)
                    and high_without_scale
                    and value < high_without_scale
                ):
                    value = _number(f"{match['low']} {scale.group()}")  # but not '100,000 to one million'
    return {
        "value": value,
        "upper": upper,
        "unit": unit,
        "kind": kind,
        "approximate": approximate,
        "currency_word": currency_word,
    }


def _number(text: str) -> float | None:
    text = re.sub(r"^(?:[A-Z]{3}\s*)?(?:US\$|[$€£¥₩₹])\s*", "", text.strip())  # '$20 million' inside a range
    text = re.sub(r"\s*(?:dollars?|euros?|yuan|won|yen|pounds?)$", "", text, flags=re.IGNORECASE)
    return parse_number(text) if text else None


# ------------------------------------------------------------------------------ spans and the parse


def _extend(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range grown over a currency sign, an approximator or a unit word spaCy left outside."""
    lexicon = units()
    approximators = {a.lower() for a in lexicon["approximators"]} | set(lexicon["exact_prefixes"])
    scales = number_words()["scales"]
    while start + 1 < end and doc[start].pos_ in {"DET", "PRON"} and doc[start].tag_ in {"DT", "PRP$"}:
        following = doc[start + 1]
        if not (following.like_num or following.text in lexicon["currency_symbols"]):
            break
        start += 1  # 'the 50 percent tariffs', 'its $2 billion loan': the determiner is not part of the amount
    while start > 0:
        previous = doc[start - 1]
        pair = f"{doc[start - 2].lower_} {previous.lower_}" if start > 1 else ""
        if pair in approximators:
            start -= 2
        elif previous.text in lexicon["currency_symbols"] or previous.lower_ in approximators:
            start -= 1
        elif previous.like_num and not doc[start].like_num and doc[start].lower_ in scales:
            start -= 1  # '23' left out of 'billion dollar'
        else:
            break
    while end < len(doc):
        following = doc[end]
        two = f"{following.lower_} {doc[end + 1].lower_}" if end + 1 < len(doc) else ""
        if two in lexicon["percent_words"] or two in lexicon["currency_words"]:
            end += 2
        elif following.lower_ in lexicon["percent_words"] or following.lower_ in lexicon["currency_words"]:
            end += 1
        elif following.lower_ in scales and doc[end - 1].like_num and following.lower_ not in {"a", "score"}:
            end += 1  # 'US$7.2 bn', '$269 m'
        else:
            break
    return start, end


def _number_token(span: Span) -> Token | None:
    """The last numeric token of the span: the one the counted noun governs."""
    numeric = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numeric[-1] if numeric else None


def _counted_noun(span: Span) -> Token | None:
    """The noun a number counts: '3,200 companies', '2 million trips', 'two of the soldiers'."""
    number = _number_token(span)
    if number is None:
        return None
    head = number.head
    for _ in range(2):  # '2 million trips': 2 -> million -> trips
        if head.i in range(span.start, span.end) and head.i != head.head.i:
            head = head.head
    if (
        number.dep_ in {"nummod", "quantmod", "compound", "amod"}
        and head.pos_ in {"NOUN", "PROPN"}
        and head.i >= span.end
    ):
        return head
    for child in number.children:  # 'two of the soldiers'
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
            if objects:
                return objects[0]
    return None


def _share_of(
    root: Token, prepositions: frozenset[str] = frozenset({"of", "in", "for", "on", "worth"})
) -> Token | None:
    """'10 percent of total trade' -> trade; '$5 billion in aid' -> aid; '5% of its workforce'."""
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            objects = [
                c
                for c in child.children
                if c.dep_ == "pobj"
                and c.pos_ in {"NOUN", "PROPN"}
                and c.lemma_.lower() not in TIME_UNITS
                and not c.ent_type_
            ]
            if objects:
                return objects[0]
    return None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ in {"NOUN", "PROPN"}:
            return child
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
        return _subject_of(verb.head)
    return None


def _measured(span: Span, claimed: dict[int, str]) -> tuple[str | None, str | None]:
    """(object, change) of a money, percent or measure amount, from the parse around it."""
    changes = units()["changes"]
    root = span.root
    change = None
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in {"up", "down"}:
        change = changes[before.lower_]
        # 'reached $328.08 billion, up 5.6 percent': the change is of what the head amount measures
        if before.head.i in claimed:
            return claimed[before.head.i], change
        if before.head.pos_ in {"VERB", "AUX"}:
            subject = _subject_of(before.head)
            return (subject.lower_ if subject is not None else None), change
    share = _share_of(root)
    if share is not None:
        return share.lower_, change
    head = root.head
    if root.dep_ in {"compound", "amod", "nmod", "nummod", "quantmod"} and head.pos_ == "NOUN" and head.i >= span.end:
        change = change or changes.get(head.lower_)
        if head.lower_ in changes:  # 'a 40-percent increase': an increase of what the clause is about
            verb = head.head if head.head.pos_ in {"VERB", "AUX"} else None
            subject = _subject_of(verb) if verb is not None else None
            return (subject.lower_ if subject is not None else head.lower_), change
        return head.lower_, change
    if root.dep_ in {"dobj", "attr", "npadvmod", "acomp", "oprd"} or (root.dep_ == "pobj" and head.dep_ == "prep"):
        verb = head.head if root.dep_ == "pobj" else head
        if verb.pos_ in {"VERB", "AUX"}:
            if (
                root.dep_ in {"dobj", "npadvmod"} or head.lower_ == "by"
            ):  # 'fell 3.2%', 'rose by 5%', not 'fell to $45bn'
                change = change or changes.get(verb.lower_)
            prepositions = {"in", "for"} | ({"on"} if verb.lemma_.lower() in SPENDING_VERBS else set())
            spent_on = _share_of(verb, frozenset(prepositions)) if root.dep_ == "dobj" else None
            if spent_on is not None:  # 'pledged 9.9 billion yuan in aid', 'spent $5bn on defence'
                return spent_on.lower_, change
            subject = _subject_of(verb)
            if subject is not None:
                return subject.lower_, change
    return None, change


def _is_year_or_code(span: Span) -> bool:
    """'2024', phone-like strings and the numbers of names ('Boeing 737', 'Resolution 2231') are not amounts."""
    text = span.text.strip()
    if re.fullmatch(r"(?:1[5-9]|20)\d{2}s?", text) or re.fullmatch(r"\d{1,4}(?:[-/]\d{1,4}){2,}", text):
        return True
    following = span.doc[span.end : span.end + 2]
    if len(following) == 2 and following[0].text == "-" and re.fullmatch(r"[A-Z]", following[1].text):
        return True  # '3-D', '4-G'
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and before is not None and (before.lower_ in _identifier_nouns() or before.text == "#"):
        return True  # 'level five', 'Resolution 2231', 'No. 3', 'round 16'
    variant = re.fullmatch(r"(\d+)-(\d+)", text)
    if variant and int(variant[2]) < int(variant[1]):
        return True  # '787-8', a score '3-1': a range runs upwards ('15-20')
    if re.fullmatch(r"\d+(?:-\w+)?", text):  # a bare numeral: is it part of a name?
        token = span[-1]
        previous = span.doc[span.start - 1] if span.start > 0 else None
        following = span.doc[span.end] if span.end < len(span.doc) else None
        if previous is not None and previous.pos_ == "PROPN" and previous.is_title:
            return True  # 'Boeing 737', 'Flight 370'
        if following is not None and following.pos_ == "PROPN" and token.dep_ in {"compound", "nmod", "nummod"}:
            return following.tag_ != "NNPS"  # '787 Dreamliner' (but '12 Airbuses' counts)
    return False


def _candidates(
    doc: Doc, date_spans: list[tuple[int, int]], duration_spans: list[tuple[int, int]]
) -> list[tuple[int, int, bool]]:
    """Token ranges of amounts and whether each is a duration ('21 consecutive years')."""
    found: list[tuple[int, int, bool]] = []
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in AMOUNT_LABELS:
            if any(s < ent.end_char and ent.start_char < e for s, e in date_spans):
                continue
            found.append((ent.start, ent.end, False))
            taken.update(range(ent.start, ent.end))
        elif ent.label_ in {"DATE", "TIME"} and any(s < ent.end_char and ent.start_char < e for s, e in duration_spans):
            number = _number_token(ent)
            if number is not None and number.head.lemma_.lower() in TIME_UNITS and not _is_year_or_code(ent):
                found.append((number.left_edge.i if number.left_edge.i >= ent.start else number.i, number.i + 1, True))
                taken.update(range(ent.start, ent.end))
    entity_tokens = {t.i for ent in doc.ents for t in ent}
    for token in doc:  # counts the entity recogniser left out: 'two soldiers'
        if (
            token.i not in taken
            and token.i not in entity_tokens
            and (token.like_num and token.pos_ == "NUM")
            and token.dep_ == "nummod"
            and token.head.pos_ == "NOUN"
            and not any(s <= token.idx < e for s, e in date_spans)
        ):
            found.append((token.i, token.i + 1, False))
    return sorted(found)


# Verbs whose 'on' phrase names what money went to ('spent $5bn on defence'), not a cause ('on lower fares').
SPENDING_VERBS = {"spend", "invest", "allocate", "budget", "earmark", "waste", "lose", "save", "splurge"}
# Nouns whose plural is the singular: '12 aircraft' is a count although the noun looks singular.
INVARIANT_PLURALS = {
    "aircraft",
    "personnel",
    "staff",
    "people",
    "crew",
    "sheep",
    "cattle",
    "livestock",
    "deer",
    "fish",
    "police",
}


def _names_a_model(span: Span, noun: Token) -> bool:
    """'the 737 airliner', '787 program': a bare numeral before a singular common noun is a name."""
    return (
        re.fullmatch(r"[1-9]\d{2,3}", span.text.strip()) is not None
        and noun.tag_ == "NN"
        and noun.lemma_.lower() not in INVARIANT_PLURALS
        and noun.lemma_.lower() not in TIME_UNITS
    )


# '100m' without a currency: metres or millions, told apart by what follows.
_GLUED_M = re.compile(r"\d[\d,.]*m$")


def _after_determiner(span: Span) -> bool:
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return previous is not None and previous.lower_ in {"the", "a", "an", "its", "this", "that", "their", "his", "her"}


def _article_countries(parsed: Parsed) -> Counter[str]:
    """How often the article names each country (ISO alpha-3): its places and its actors' mentions."""
    counts: Counter[str] = Counter(place.country for place in parsed.article.places if place.country)
    for actor in parsed.article.actors:
        if actor.country and len(actor.country) == 3:
            counts[actor.country] += max(1, len(actor.mentions))
    return counts


def _local_currency(word: str, countries: Counter[str]) -> str | None:
    """'rupees' in a story about Sri Lanka are LKR: the most named country that uses the word decides."""
    by_country = units()["currency_by_country"].get(re.sub(r"(?<=[a-z])s$", "", word.split()[-1]))
    if not by_country or len(word.split()) > 1:  # 'swiss francs', 'hong kong dollars' say it already
        return None
    named = [(count, country) for country, count in countries.items() if country in by_country]
    return by_country[max(named)[1]] if named else None


@stage("amounts", order=40, fields=("amounts",))
def find_amounts(parsed: Parsed) -> dict[str, list[Amount]]:
    doc = parsed.doc
    # A date's numbers are not amounts ('October 16', '2024'); durations are, and are found from DATE ents.
    date_spans = [(m.start, m.end) for m in parsed.article.dates if m.kind != "duration"]
    duration_spans = [(m.start, m.end) for m in parsed.article.dates if m.kind == "duration"]
    amounts: list[Amount] = []
    countries = _article_countries(parsed)
    claimed: dict[int, str] = {}  # token index of an amount's root -> its object, for 'up 5.6 percent'
    for start, end, duration in _candidates(doc, date_spans, duration_spans):
        if not duration:
            start, end = _extend(doc, start, end)
        span = doc[start:end]
        if _is_year_or_code(span) or span.text.lower() in {"one", "a", "an", "single"}:
            continue  # a lone 'one' is an article or a pronoun more often than a count
        parsed_value = _parse_value(span.text)
        if parsed_value["value"] is None:
            if not is_vague(span.text):
                continue
            parsed_value["approximate"] = True  # 'thousands of protesters': a count without a number
        if parsed_value["kind"] == "count" and _GLUED_M.search(span.text):
            noun = _counted_noun(span)
            if noun is None or noun.tag_ != "NNS":  # '100m freestyle' is metres; '2m people' is millions
                parsed_value.update(value=parsed_value["value"] / 1e6, unit="m", kind="measure")
        unit, what, change = parsed_value["unit"], None, None
        if parsed_value["currency_word"]:
            unit = _local_currency(parsed_value["currency_word"], countries) or unit
        if parsed_value["kind"] in {"count", "measure"}:
            noun = _counted_noun(span)
            if noun is not None and _names_a_model(span, noun):
                continue
            if noun is None and _after_determiner(span) and parsed_value["kind"] == "count":
                continue  # 'the 787', 'its 747': a count after 'the' names its noun ('the 25 member states')
            if noun is not None and noun.lower_ in units()["measures"] and parsed_value["kind"] == "count":
                parsed_value["kind"] = "measure"  # '80 centimetres': spaCy left the unit outside the number
                unit = units()["measures"][noun.lower_]
            elif noun is not None:
                what = noun.lower_ if parsed_value["kind"] == "count" else None
                if parsed_value["kind"] == "count":
                    unit = noun.lower_ if not duration else _plural(noun.lemma_.lower())
            if parsed_value["kind"] == "measure" or noun is None:
                what, change = _measured(span, claimed)
                if parsed_value["kind"] == "count" and _share_of(span.root, frozenset({"of"})) is not None:
                    unit = what  # 'thousands of protesters', 'two of the soldiers'

        else:
            what, change = _measured(span, claimed)
        if duration:
            what = None
        if what is not None:
            claimed[span.root.i] = what
        amounts.append(
            Amount(
                value=parsed_value["value"],
                unit=unit,
                object=what,
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                approximate=parsed_value["approximate"],
                upper=parsed_value["upper"],
                change=change,
            )
        )
    return {"amounts": amounts}


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else ("centuries" if noun == "century" else noun + "s")
