"""Find events in a parse: source -> action -> target, from the pattern codebook over dependency arcs.

One pass per sentence: every verb is looked up (phrasal verb, light verb + noun, bare verb), verbs that
frame another event ("agreed to meet", "urged X to withdraw") recode their complement, and event nouns
that no verb has claimed become nominal events ("the talks between X and Y", "China's ban").

This module only puts the steps together, in this order:

- ``ultimatums``: an act asked of a party "or face" a penalty
- ``framed_nouns``: event nouns under a demand or refusal ("its demand that Israel ease ..."), acts ruled out
  ("a meeting with Zelenskiy is out of the question")
- ``intent_nouns``: intentions told as a noun ("announced plans to ..."), adjectives of intent that take an act
  ("open to talks with ..."), refusals told as a noun ("its refusal to align with ...")
- ``labels``: labels put on a party or an act ("called the incursion a massacre")
- ``stances``: concern at another party's act ("concerned over China's military might"), a charge denied in
  apposition to the accusation ("..., a charge denied by Tehran")
- ``verb_events``: coded verbs, framed or plain (codes from ``verb_triggers`` / ``light_verbs``,
  parties from ``subjects`` / ``objects`` / ``speech`` / ``nearest_actors``)
- ``framed_nouns`` again: reactions an act draws ("drew condemnation from the EU")
- ``noun_events``: event nouns no verb has claimed (codes from ``noun_triggers``)
- ``mediators``: a third party's part in those acts ("a ceasefire mediated by Egypt", "a US-brokered deal")
- ``comment_topics``: an event noun a comment is about is folded into the comment
- ``home_country``: roles and protests read in the one country a sentence names
- ``learned``: where all the above found nothing, a firm proposal of the model trained on DEV data
- ``conflict_kinds``: orders to leave and attempts on a life (before the verbs); crowds gathering to demand,
  protests by their aim, named persons killed, crowds occupying a place, attacks in words, the doer of a toll
  told in an attack, the accused's act of force in an accusation, a bombing's toll (after)
- ``domestic``: state-society acts by who does them to whom (a boycott by society, a ban on the state's own
  people, police clashing with a crowd), once ``home_country`` placed the parties
- ``unnamed_doers``: an act of force keeps no doer the article never names ("unidentified gunmen", "two suicide
  bombers")
"""

from __future__ import annotations

from spacy.tokens import Span

from .comment_topics import fold_topics
from .conflict_kinds import (
    accused_doers,
    armed_expulsion_kind,
    attack_doers,
    attempted_killings,
    attempts_on_life,
    bombing_toll,
    drop_aim_events,
    drop_attack_words,
    drop_standing_rules,
    gathering_protests,
    held_target,
    killing_kind,
    mass_violence_kind,
    occupation_kind,
    ordered_out,
    place_taken,
    prompted_posture,
    protest_aim,
    switched_to,
    verbal_attack_kind,
)
from .conflict_lexicon import load_conflict_lexicon
from .contention import (
    defiances,
    drop_defiance_of_nothing,
    election_withdrawals,
    pressing_ahead,
    protested_state_act,
    yields,
)
from .context import Context
from .domestic import domestic_kind
from .found import Found
from .framed_nouns import answered_calls, demanded_contents, drawn_reactions, refused_events, ruled_out
from .home_country import at_home, protest_kind, repression_kind, riot_kind
from .intent_nouns import intended_acts, intended_contents, refused_acts
from .joint_acts import joint_acts
from .labels import labelled
from .learned.propose import proposed_events
from .mediators import mediations
from .noun_events import noun_events
from .stances import stances
from .subcodes import refine_subcode
from .ultimatums import ultimatums
from .unnamed_doers import drop_unnamed_doers
from .verb_events import VERBAL_ROOTS, verb_events


def sentence_events(ctx: Context, sent: Span) -> list[Found]:
    """The events of one sentence; they join ``ctx.history`` for the sentences after it."""
    claimed: set[int] = set()  # tokens already part of an event: no second event of their own
    ctx.current = []
    conflict = load_conflict_lexicon()
    events = ultimatums(ctx, sent, claimed)
    events += ordered_out(ctx, sent, claimed, conflict)
    events += attempted_killings(ctx, sent, claimed, conflict)
    events += demanded_contents(ctx, sent, claimed)
    events += intended_contents(ctx, sent, claimed)
    events += intended_acts(ctx, sent, claimed)
    events += refused_events(ctx, sent, claimed)
    events += refused_acts(ctx, sent, claimed)
    events += ruled_out(ctx, sent, claimed)
    events += labelled(ctx, sent, claimed)
    events += stances(ctx, sent, claimed)
    events += verb_events(ctx, sent, claimed)
    events += joint_acts(ctx, sent, claimed)
    events += drawn_reactions(ctx, sent, claimed)
    reactions = {f.anchor.i for f in events if f.code[:2] in VERBAL_ROOTS}
    events += election_withdrawals(ctx, sent, claimed)
    events += noun_events(ctx, sent, claimed, reactions)
    events += defiances(ctx, sent, claimed)
    events += pressing_ahead(ctx, sent, claimed)
    events += answered_calls(ctx, sent, events)
    events += mediations(ctx, sent, events, claimed)
    events += yields(ctx, sent, events, claimed)
    fold_topics(events)
    gathering_protests(ctx, events, conflict)
    events += attempts_on_life(ctx, sent, events, conflict)
    attack_doers(ctx, events, conflict)
    accused_doers(events, conflict)
    for found in events:
        protest_kind(ctx, found)
        riot_kind(ctx, found)
        repression_kind(ctx, found)
        held_target(ctx, found, conflict)
        place_taken(ctx, found, conflict)
        occupation_kind(ctx, found, conflict)
        armed_expulsion_kind(found, conflict)
        bombing_toll(ctx, found, conflict)
        killing_kind(found, conflict)
        mass_violence_kind(ctx, found, conflict)
        prompted_posture(ctx, found, conflict)
        switched_to(ctx, found, conflict)
        protest_aim(found, conflict)
        verbal_attack_kind(found, conflict)
        protested_state_act(ctx, found)
        at_home(ctx, found, sent)
        domestic_kind(ctx, found)  # (by the parties' roles, once they are placed)
        refine_subcode(ctx, found)  # (last: the sub-code within the root the steps above settled)
    events = drop_defiance_of_nothing(ctx, drop_attack_words(drop_aim_events(events, conflict)))
    events = drop_standing_rules(events, conflict)
    drop_unnamed_doers(events, sent.doc)  # ("unidentified gunmen ambushed a councillor": no party named)
    ctx.history.append(events)
    # the learned proposer, only where the rules found nothing (its guesses are no antecedent for later sentences)
    return events or proposed_events(ctx, sent)
