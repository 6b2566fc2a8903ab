"""Actor coding: who is who in an article, coded CAMEO-style and resolved within the article.

- :mod:`.lexicon` -- the data (countries in every form, seats of government, IGOs, outlets, office
  holders, role words) with loaders; ``ActorLexicon.extend`` and ``using_lexicon`` add entries.
- :mod:`.petrarch` -- readers for PETRARCH actor and agent dictionaries.
- :mod:`.matcher` -- finds lexicon phrases in a parsed document.
- :mod:`.phrases` -- reads the country, role and title of an actor-like noun phrase.
- :mod:`.mentions` -- every actor-like mention of an article.
- :mod:`.link` -- which mentions are the same actor.
- :mod:`.extract` -- the :class:`~detente.model.Actor` records.
"""

from .extract import find_actors
from .lexicon import ActorLexicon, Entry, RoleWord, current_lexicon, default_lexicon, using_lexicon

__all__ = ["ActorLexicon", "Entry", "RoleWord", "current_lexicon", "default_lexicon", "find_actors", "using_lexicon"]
