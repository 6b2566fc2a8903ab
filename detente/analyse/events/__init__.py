"""Event extraction and coding: source -> action -> target over spaCy's dependency parse.

- ``codes``: the public CAMEO/Goldstein/PLOVER tables (``detente/data/cameo``)
- ``patterns``: the pattern codebook (``verbs.yaml``), checked against the CAMEO table
- ``linking``: word lists that steer how an event finds its arguments (``linking.yaml``)
- ``grammar``: questions asked of the parse (negation, tense, mood, prepositions)
- ``actors``: which of the article's actors a phrase names
- ``extract``: events found in one sentence (puts the steps below together)
- ``found``: an event before coding; ``context``: the article's reading state (codebook, actors, story so far)
- ``noun_triggers``, ``light_verbs``, ``verb_triggers``: what event a noun, a light verb + noun, a verb names
- ``subjects``, ``objects``, ``coordination``: who does an act and to whom
- ``story``: references back to earlier events ("both sides", "condemned the launch")
- ``speech``: reported speech ("X said ...", "X warned that ...", "Y must ...")
- ``nearest_actors``: the nearest actor in the clause when the arcs name none
- ``verb_events``, ``noun_events``, ``framed_nouns``: verbal events, nominal events, nouns under a demand
  or refusal
- ``home_country``: a sentence that names one country places its roles and protests
- ``when_where``: an event's own date and place
- ``learned``: a statistical proposer for sentences where the rules find no event (trained on DEV data only)
- ``coding``: Event records for a whole article (the ``events`` stage calls this)
"""
