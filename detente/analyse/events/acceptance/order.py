"""The rules choose which of a sentence's events leads; the model only says how likely each one is.

Learned probabilities pick a sentence's leading event less well than the rules' own ranking (on the DEV
sentences), so within a sentence the probabilities are made to follow the rules' order: where the model
scores a later event above an earlier one, the run is pooled to its mean (pool-adjacent-violators, which
keeps the pooled events calibrated on average), each less 0.001 than the one before so that the order
stays strict."""

from __future__ import annotations

STEP = 0.001


def rule_rank(rule_confidence: float, has_target: bool, bare_statement: bool, position: int) -> tuple:
    """How the rules rank a sentence's events: hand-set confidence, then a named target, then an act over a
    bare statement, then text order (as ``benchmarks/events.best_event`` picks the sentence's event)."""
    return (-round(rule_confidence, 2), not has_target, bare_statement, position)


def in_rule_order(sentences: list[int], ranks: list[tuple], probabilities: list[float]) -> list[float]:
    """The probabilities, made non-increasing within each sentence along the rules' ranking."""
    out = list(probabilities)
    groups: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        groups.setdefault(sentence, []).append(i)
    for members in groups.values():
        members.sort(key=lambda i: ranks[i])
        blocks: list[list] = []  # [sum, count] of each pooled run, in rank order
        for i in members:
            blocks.append([probabilities[i], 1])
            while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] < blocks[-1][0] / blocks[-1][1]:
                total, count = blocks.pop()
                blocks[-1][0] += total
                blocks[-1][1] += count
        pooled = [total / count for total, count in blocks for _ in range(count)]
        previous = None
        for i, value in zip(members, pooled, strict=True):
            if previous is not None:
                value = min(value, previous - STEP)  # a strict order: ties would let other keys pick the lead
            out[i] = previous = value
    return out


def sentence_leads(sentences: list[int], ranks: list[tuple]) -> set[int]:
    """The index of each sentence's leading event: the first in the rules' ranking."""
    lead: dict[int, int] = {}
    for i, sentence in enumerate(sentences):
        if sentence not in lead or ranks[i] < ranks[lead[sentence]]:
            lead[sentence] = i
    return set(lead.values())
