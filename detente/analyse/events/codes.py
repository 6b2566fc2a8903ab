"""The public CAMEO tables shipped in ``detente/data/cameo``: code names, Goldstein scores, QuadClass, PLOVER."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

VERBAL_COOPERATION = 1  # CAMEO QuadClass of statements, appeals, intents, consultations, support
MATERIAL_COOPERATION = 2  # CAMEO QuadClass of aid, cooperation, concessions
VERBAL_CONFLICT = 3  # CAMEO QuadClass of rejections, threats, demands, accusations
MATERIAL_CONFLICT = 4  # CAMEO QuadClass of sanctions, coercion, force
CLAIM_CODE = "015"  # CAMEO claim of responsibility: the act claimed was done by the claimer


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything an Event record carries about it."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None
    plover_context: str | None


def _data_text(name: str) -> str:
    return resources.files("detente.data.cameo").joinpath(name).read_text(encoding="utf-8")


def _tab_table(name: str) -> dict[str, str]:
    """A two-column ``CODE<TAB>VALUE`` file with a header line."""
    rows: dict[str, str] = {}
    for line in _data_text(name).splitlines()[1:]:
        if "\t" in line:
            code, value = line.split("\t", 1)
            rows[code.strip()] = value.strip()
    return rows


_PLOVER_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<body>[^#]*)")


def _plover_table() -> dict[str, tuple[str, str | None, str | None]]:
    """CAMEO code -> (PLOVER type, mode, context) from the 2021 conversion table.

    Two-digit header lines ("03: AGREE") only group the rows; they are read as the root's type too.
    """
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for line in _data_text("CAMEO2PLOVER-2021.txt").splitlines():
        match = _PLOVER_LINE.match(line.strip())
        if not match:
            continue
        parts = [p.strip() for p in match["body"].split(",")]
        kind = parts[0]
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        # The context column may itself hold "a; b"; it never holds commas.
        context = ", ".join(p for p in parts[2:] if p) or None
        code = match["code"]
        if len(code) == 2 and code in table:  # "08: RETREAT" repeats root 08; the first header wins
            continue
        table.setdefault(code, (kind, mode, context))
    return table


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code of the shipped table, keyed by code ('04', '040', '0311', ...)."""
    names = _tab_table("CAMEO.eventcodes.txt")
    goldstein = _tab_table("CAMEO.goldsteinscale.txt")
    extra = yaml.safe_load(_data_text("quad_classes.yaml"))
    quad = {str(k): int(v) for k, v in extra["quad_class"].items()}
    plover = _plover_table()
    for code, row in extra.get("plover_extra", {}).items():
        plover.setdefault(str(code), (row["type"], _blank(row.get("mode")), _blank(row.get("context"))))
    codes: dict[str, CameoCode] = {}
    for code, name in names.items():
        root = code[:2]
        # A code without its own PLOVER row inherits the nearest ancestor's (0313 -> 031 -> 03).
        kind, mode, context = next((plover[c] for c in (code, code[:3], root) if c in plover), (None, None, None))
        codes[code] = CameoCode(
            code=code,
            name=name,
            root=root,
            quad_class=quad[root],
            goldstein=float(goldstein[code]),
            plover=kind,
            plover_mode=mode,
            plover_context=context,
        )
    return codes


def cameo_code(code: str) -> CameoCode:
    """Look one code up; an unknown code is a codebook error and raises ``KeyError`` naming it."""
    try:
        return cameo_codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None
