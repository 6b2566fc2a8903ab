"""Event extraction and coding: source -> action -> target over spaCy's dependency parse.

``codes`` loads the public CAMEO/Goldstein/PLOVER tables, ``patterns`` the pattern codebook,
``extract`` finds coded events in a parsed article.
"""
