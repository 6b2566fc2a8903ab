"""A comment's topic: the act named in a comment's own "on" / "about" phrase is what the comment is about,
not the sentence's news ("struck a gloomy note on the dialogue with the government" is a comment
on the government's dialogue, "voiced doubts about the talks between X and Y" a comment towards them)."""

from __future__ import annotations

from .found import Found

# Prepositions that name what a comment is about.
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# The root of comments (statements, optimism, pessimism), which say least about a relation.
COMMENT_ROOT = "01"


def fold_topics(events: list[Found]) -> None:
    """A nominal event in the topic phrase of a comment is folded into the comment: no event of its own, and
    when the comment names no party, the topic's parties other than its doers are whom it is aimed at."""
    for comment in [e for e in events if e.code.startswith(COMMENT_ROOT) and not e.nominal]:
        heads = {t.i for t in comment.trigger}
        for topic in [e for e in events if e.nominal and e is not comment]:
            prep = topic.anchor.head
            if topic.anchor.dep_ != "pobj" or prep.lower_ not in TOPIC_PREPS or prep.head.i not in heads:
                continue
            doers = {h.key for h in comment.sources}
            comment.targets = comment.targets or [h for h in [*topic.sources, *topic.targets] if h.key not in doers][:1]
            comment.notes.append("topic")
            events.remove(topic)
            break
