"""Small questions asked of spaCy's dependency parse: arguments, negation, tense, mood.

Pure functions of tokens, shared by the event extractor; no codebook, no actors.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...model import Actor

# Dependency labels of a verb's doers, of the patient made subject by a passive, and of its objects.
SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
OBJECTS = {"dobj", "obj"}


def children(token: Token, deps: set[str]) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def next_token(token: Token) -> Token | None:
    """The word right after a token, where the parser often leaves a particle or a resultative word."""
    return token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out.extend(c for c in token.conjuncts if c.i > token.i)
    return out


# Modal auxiliaries: an act that "could", "would" or "must" happen is said of, not done.
MODAL_AUXILIARIES = frozenset({"will", "would", "could", "may", "might", "can", "should", "must", "shall"})
# Dependents of a noun that may name who did or owns it: "Japan's decision", "Chinese rule", "the UN sanctions".
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Possessives that make a noun the doer's own ("its troops", "their ambassador").
OWN_PRONOUNS = {"its", "their", "our", "his", "her", "my"}


# Of those, the ones that own a group: "his resignation" is as often another person's.
GROUP_OWN_PRONOUNS = {"its", "their", "our"}


def is_own(noun: Token, pronouns: set[str] = OWN_PRONOUNS) -> bool:
    """'its troops', 'their ambassador': a noun a possessive pronoun makes the doer's own people or thing."""
    return any(c.dep_ == "poss" and c.lower_ in pronouns for c in noun.children)


def is_to_infinitive(verb: Token) -> bool:
    """'to withdraw', 'to assassinate': a verb marked by the infinitive 'to'."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_negated(token: Token, denial_verbs: frozenset[str] = frozenset()) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    # "never met"
    if any(c.lower_ in {"never", "neither", "nor"} and c.dep_ in {"advmod", "preconj", "neg"} for c in token.children):
        return True
    # "denied launching the missile", "denying the accusation that it armed rebels to launch attacks":
    # what a denial governs is not done (but not what is coordinated with the denial: "denied the charge
    # and accused Thailand")
    current = token
    while current.head.i != current.i:
        if current.dep_ == "conj" and current.head.lemma_.lower() in denial_verbs:
            return False
        current = current.head
        if current.lemma_.lower() in denial_verbs and current.pos_ == "VERB":
            return True
    return False


# Auxiliaries with which a negated act is a refusal declared now ("will not accept", "cannot accept"),
# not a report that something did not happen ("did not meet", "could not agree").
_REFUSING_AUXILIARIES = {"will", "shall", "would", "'ll", "wo", "can", "ca"}


def declares_refusal(verb: Token) -> bool:
    """'would not accept blackmail', 'will never recognise the vote', 'cannot accept': a doer's own negated
    will is a refusal it declares, as real an act as 'refused to accept' (CAMEO 12), not a denied one."""
    negation = any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in verb.children)
    if not negation or any(c.dep_ == "auxpass" for c in verb.children):
        return False  # "will not be considered British": what the subject will not undergo is no refusal of its
    return any(c.dep_ == "aux" and c.lower_ in _REFUSING_AUXILIARIES for c in verb.children)


def is_future(verb: Token) -> bool:
    """'will meet', 'would withdraw', 'shall retaliate'."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "would", "'ll", "wo"} for c in verb.children)


def is_future_clause(verb: Token) -> bool:
    """A verb of the future, or a bare verb coordinated with one: "will hold talks with Villepin and sign
    agreements" (not one with a tense of its own: "said its troops would stay and dispatched reinforcements")."""
    while not is_future(verb) and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i != verb.i:
        verb = verb.head
    return is_future(verb)


def is_hypothetical(verb: Token) -> bool:
    """'could attack', 'might meet', 'if X attacks': CAMEO does not code possible or conditional acts."""
    if any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in verb.children):
        return True
    clause = verb
    while clause.dep_ in {"conj", "xcomp"} and clause.head.i != clause.i:
        clause = clause.head
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in clause.children)


def condition_of(verb: Token) -> str | None:
    """'will withdraw unless ...', 'may halt the talks if ...': the conjunction of a condition the act hangs on."""
    for clause in verb.children:
        if clause.dep_ == "advcl":
            for mark in clause.children:
                if mark.dep_ == "mark" and mark.lower_ in {"if", "unless"}:
                    return mark.lower_
    return None


def obligation_of(verb: Token) -> str | None:
    """'Sudan must return the helicopter' (a demand), 'Israel should withdraw' (an appeal): the kind of
    modality through which a speaker says an act is owed, or None."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "must" in auxiliaries:
        return "demand"
    if auxiliaries & {"should", "ought"}:
        return "appeal"
    return None


def is_coded(actor: Actor) -> bool:
    """An actor with a country or organisation code, not a generic group ("people", "---CVL")."""
    return bool(actor.code) and not actor.code.startswith("-")


def is_reciprocal(token: Token) -> bool:
    """'each other', 'one another'."""
    return (
        token.lower_ in {"other", "another"}
        and any(c.lower_ in {"each", "one"} for c in token.children)
        or (token.lower_ == "another" and token.i > 0 and token.doc[token.i - 1].lower_ == "one")
    )


def is_time(prep: Token) -> bool:
    """'on Tuesday', 'in August': a preposition of time is no phrasal particle and names no target."""
    return any(o.ent_type_ in {"DATE", "TIME"} for o in prep.children if o.dep_ == "pobj")


def is_word(token: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether a token is one of ``words``, by its lemma or as written ("fears", "afraid")."""
    return token.lemma_.lower() in words or token.lower_ in words


def prep_objects(token: Token, preps: set[str] | tuple[str, ...]) -> list[Token]:
    """Objects of the token's prepositions, in the order ``preps`` ranks them ("talks with X on the sidelines
    of Y": with before on)."""
    found = [
        (list(preps).index(prep.lower_) if isinstance(preps, tuple) else 0, prep.i, obj)
        for prep in token.children
        if prep.dep_ in {"prep", "dative", "agent"} and prep.lower_ in preps and not is_time(prep)
        for obj in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"])
    ]
    return [obj for _rank, _i, obj in sorted(found, key=lambda f: (f[0], f[1]))]


def named_owners(noun: Token, preps: set[str] | tuple[str, ...] = ()) -> list[Token]:
    """'France's proposal', 'the proposal of France' (with ``preps`` ("of",)): the words that name who owns a
    noun, its possessives that are not pronouns ("its refusal" is the doer's own, found from the clause), then
    the objects of the prepositions given."""
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"] + prep_objects(noun, preps)


def prep_objects_any(heads: list[Token], preps: set[str]) -> list[Token]:
    """The direct objects of the heads' prepositions in ``preps``, as the parse gives them (no conjuncts, no
    ranking, time phrases included: "killed in a colliery accident", "in the city")."""
    return [o for h in heads for p in children(h, {"prep"}) if p.lower_ in preps for o in children(p, {"pobj"})]


# Dependency labels of a verb that starts a clause of its own (reported, relative, loosely joined).
_OWN_CLAUSE_DEPS = {"ccomp", "relcl", "parataxis"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def heads_own_clause(token: Token) -> bool:
    """A verb heading a clause with its own arguments: its own subject ("as authorities cracked down"),
    a subordinating conjunction ("when they met"), or reported/relative speech. A bare infinitive or
    participle ("to demand reforms", "expected to be joined") is part of the clause above it."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    if token.dep_ in _OWN_CLAUSE_DEPS:
        return True
    return any(c.dep_ in _SUBJECT_DEPS or (c.dep_ == "mark" and c.lower_ != "to") for c in token.children)


def in_clause_of(token: Token, verb: Token, *, content: bool = False) -> bool:
    """Whether ``token`` hangs from ``verb`` without crossing into another clause ("Serbia eased measures
    in Montenegro as authorities in Croatia cracked down": Croatia is not in the clause of 'eased').

    With ``content``, what the verb's act is about passes too: its complement clause ("demanded that the
    US cancel ...") and its condition ("threatened to strike unless Israel rescinded ...")."""
    current = token
    for _ in range(60):
        if current.i == verb.i:
            return True
        if current.i != token.i and heads_own_clause(current) and not (content and _is_content(current, verb)):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _is_content(clause: Token, verb: Token) -> bool:
    """A clause that says what ``verb``'s act is about: its complement, or a condition it is tied to."""
    if clause.dep_ == "ccomp":
        return True
    if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return True  # "declined to comment on reports that Washington had approached Damascus"
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in clause.children)


# Pronouns that open a relative clause on a noun ("the crossing, which Egypt closed").
RELATIVE_WORDS = {"which", "that", "who", "whom"}


def relative_object(verb: Token) -> Token | None:
    """The noun a clause on it takes as its object: "the crossing, which Egypt closed", "the sanctions Brussels
    imposed" (a relative clause with a subject of its own and the relative word, or nothing, as its object),
    "the sanctions imposed on Moscow" (a passive participle). None for "the country that closed its border"."""
    head = verb.head
    if head.i == verb.i or head.pos_ != "NOUN" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "relcl":
        objects = children(verb, OBJECTS)
        subjects = children(verb, SUBJECTS)
        own_subject = bool(subjects) and all(s.lower_ not in RELATIVE_WORDS for s in subjects)
        relative = bool(objects) and all(o.lower_ in RELATIVE_WORDS for o in objects)
        passive = any(s.lower_ in RELATIVE_WORDS for s in children(verb, PASSIVE_SUBJECTS))
        return head if (own_subject and (relative or not objects)) or passive else None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not children(verb, OBJECTS):
        return head
    return None


def fronted_doer(verb: Token) -> Token | None:
    """'Azerbaijan massed troops ...': the small parser may read a past-tense verb as an adjective of its object
    and its subject as an adverbial; that subject, when the verb is read so."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.dep_ != "amod" or verb.head.i < verb.i:
        return None
    return next((c for c in children(verb, {"npadvmod", "nsubj"}) if c.i < verb.i), None)


def is_yes_no_question(sent: Span) -> bool:
    """'Will China invade Taiwan before 2030?', 'Is Russia preparing to attack Finland?': a sentence that asks
    whether an act happens (an auxiliary before its subject, a question mark at its end) tells of no act. A
    wh-question presupposes its act ('Why did India expel the diplomats?') and is read as usual."""
    words = [t for t in sent if not (t.is_punct or t.is_space or t.is_quote)]
    ends = [t for t in sent if not (t.is_space or t.is_quote)]
    return bool(words) and bool(ends) and ends[-1].text == "?" and words[0].pos_ == "AUX"
