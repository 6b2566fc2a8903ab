"""Reading the data files shipped inside the package (codebooks, lexicons, weights).

Every loader reads `detente/data/<path>` through importlib.resources, so an installed wheel and a source tree
behave alike; the loaders themselves parse and check what they read.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def read_data_text(path: str) -> str:
    """The text of `detente/data/<path>` (e.g. 'cameo/verbs.yaml'), as UTF-8."""
    return resources.files("detente.data").joinpath(path).read_text(encoding="utf-8")


def read_data_yaml(path: str) -> Any:
    """`detente/data/<path>` parsed as YAML (safe loader)."""
    return yaml.safe_load(read_data_text(path))


def word_set(
    section: object, key: str, where: str, error: type[ValueError] = ValueError, lower: bool = True
) -> frozenset[str]:
    """The non-empty list of words at `key` of a lexicon's YAML mapping, lower-cased unless `lower` is False.

    `where` is the error's prefix naming the file and section ('linking.yaml ', 'judgements.yaml kinds.accuse.'), and `error` is the
    lexicon's own error class, so a malformed data file is reported by its loader's name."""
    value = section.get(key) if isinstance(section, dict) else None
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w for w in value):
        raise error(f"{where}{key}: expected a non-empty list of words")
    return frozenset(w.lower() if lower else w for w in value)
