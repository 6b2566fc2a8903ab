"""The outlets codebook (``detente/data/outlets/outlets.yaml``): who published an article, and from where.

An article's outlet comes from the evidence the reader found -- the outlet it names (``source``), its
URL's domain, its banner -- matched against the codebook's names, aliases and domains. Nothing is
guessed: an outlet the codebook does not list stays unknown (None).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from detente.packaged import read_data_yaml

from ..model import Article, Outlet
from ..read.article import url_domain

OUTLET_KINDS = ("state media", "public broadcaster", "private press", "wire agency", "PR wire", "aggregator")


def normalise_name(name: str) -> str:
    """Case, accents, punctuation and a leading 'The' do not make a different outlet."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return folded.removeprefix("the ").strip()


@dataclass(frozen=True)
class Codebook:
    outlets: dict[str, Outlet]
    by_name: dict[str, Outlet]
    by_domain: dict[str, Outlet]

    def by_id(self, outlet_id: str) -> Outlet | None:
        return self.outlets.get(outlet_id)

    def find_name(self, name: str | None) -> Outlet | None:
        """The outlet with this name or alias, or None."""
        if not name:
            return None
        return self.by_name.get(normalise_name(name))

    def find_domain(self, host: str | None) -> Outlet | None:
        """The outlet owning this host: the longest listed domain it equals or is a subdomain of."""
        if not host:
            return None
        parts = host.lower().strip(".").removeprefix("www.").split(".")
        for i in range(len(parts) - 1):  # longest suffix first; never a bare TLD
            outlet = self.by_domain.get(".".join(parts[i:]))
            if outlet:
                return outlet
        return None


@lru_cache(maxsize=1)
def load_outlets() -> Codebook:
    """Read and check the codebook once; a duplicate name or domain is an error in the data file."""
    raw = read_data_yaml("outlets/outlets.yaml")
    outlets: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for entry in raw["outlets"]:
        outlet = Outlet.model_validate(entry)
        if outlet.id in outlets:
            raise ValueError(f"outlets codebook: id {outlet.id!r} is listed twice")
        outlets[outlet.id] = outlet
        for name in (outlet.name, *outlet.aliases):
            key = normalise_name(name)
            if key in by_name and by_name[key].id != outlet.id:
                raise ValueError(f"outlets codebook: name {name!r} is used by {by_name[key].id} and {outlet.id}")
            by_name[key] = outlet
        for domain in outlet.domains:
            key = domain.lower().removeprefix("www.")
            if key in by_domain:
                raise ValueError(f"outlets codebook: domain {domain!r} is used by {by_domain[key].id} and {outlet.id}")
            by_domain[key] = outlet
    return Codebook(outlets, by_name, by_domain)


def article_outlet(article: Article) -> Outlet | None:
    """Who published the article: the outlet it names as its source, else its URL's domain, else -- when
    it names no writer at all -- the wire or site in its banner (``syndicated_by``: a press release that
    only PR Newswire carries is published by PR Newswire). A named writer the codebook does not list is
    not replaced by its carrier: it stays unknown (None), like every outlet the codebook does not list."""
    book = load_outlets()
    domain = url_domain(article.url) or article.metadata.get("domain")
    found = book.find_name(article.source) or book.find_domain(domain if isinstance(domain, str) else None)
    if found is None and not article.source:
        found = book.find_name(article.syndicated_by)
    return found
