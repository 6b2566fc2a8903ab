"""Event extraction and coding: source -> action -> target over spaCy's dependency parse.

- ``codes``: the public CAMEO/Goldstein/PLOVER tables (``detente/data/cameo``)
- ``patterns``: the pattern codebook (``verbs.yaml``), checked against the CAMEO table
- ``linking``: word lists that steer how an event finds its arguments (``linking.yaml``)
- ``grammar``: questions asked of the parse (negation, tense, mood, prepositions)
- ``actors``: which of the article's actors a phrase names
- ``extract``: events found in one sentence
- ``when_where``: an event's own date and place
- ``coding``: Event records for a whole article (the ``events`` stage calls this)
"""
