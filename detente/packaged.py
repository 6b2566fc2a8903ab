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
