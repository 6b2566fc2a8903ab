"""Read PETRARCH/TABARI actor and agent dictionaries into lexicon entries.

Actors file: ``NAME_WITH_UNDERSCORES [CODE]`` (``#`` comments, ``<!-- -->`` blocks); ``+ALIAS`` lines
add names to the actor above; indented ``[CODE date-restriction]`` lines give its codes, e.g.
``[HOBGOV 19950601 - 19990815]``, ``[HOBREB > 990816]``, ``[ONO <911226]``. A name without a final
underscore ends in a stem (``ARGENTIN`` matches "Argentina"); with one it must match exactly.

Agents file: ``NOUN {PLURAL} [~ROLE]`` (the role follows the country: ``~GOV`` -> KORGOV) or
``[ROLE~]`` (it goes first: ``NGO~``); ``{}`` means no plural; ``!NAME! = A, B`` defines a
substitution used as ``CONGRESS!PERSON!``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from .lexicon import Entry, RoleWord, plural_of, read_roles

MIN_STEM = 5  # shorter dictionary words match whole words only ("ENT" must not match "entire")
_COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
_CODE = re.compile(r"\[([^\]]*)\]")


def _clean_lines(text: str) -> list[str]:
    text = _COMMENT_BLOCK.sub("", text)
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines()]


def _date(value: str) -> dt.date | None:
    value = value.strip()
    if len(value) == 6:  # YYMMDD, TABARI style: 91 -> 1991, 13 -> 2013
        year = int(value[:2])
        value = f"{1900 + year if year > 30 else 2000 + year}{value[2:]}"
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def _dated_code(body: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """'HOBGOV 19950601 - 19990815' -> (HOBGOV, from, to); '---' and other non-codes -> None."""
    parts = body.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Za-z]{3}[A-Za-z0-9]*", parts[0]):
        return None
    code, restriction = parts[0].upper(), (parts[1] if len(parts) > 1 else "").replace(" ", "")
    if "-" in restriction:
        first, _, last = restriction.partition("-")
        return code, _date(first), _date(last)
    if restriction.startswith(">"):
        return code, _date(restriction[1:]), None
    if restriction.startswith("<"):
        return code, None, _date(restriction[1:])
    return code, None, None


def _phrase(name: str) -> tuple[str, bool]:
    """'ARNOR_' -> ('ARNOR', exact); 'GAZA_CITY' -> ('GAZA CITY', stem); 'BAR AD' -> ('BAR AD', stem)."""
    words = name.strip("_").replace("_", " ").split()
    exact = name.endswith("_") or not words or len(words[-1]) < MIN_STEM
    return " ".join(words), exact


def _entries_for(names: list[str], codes: list[tuple[str, dt.date | None, dt.date | None]]) -> list[Entry]:
    if not names or not codes:
        return []
    entries = []
    main = names[0].replace("_", " ").strip().title()
    for code, first, last in codes:
        kind = "country" if len(code) == 3 else "organisation"
        for name in names:
            phrase, exact = _phrase(name)
            if phrase:
                entries.append(
                    Entry(
                        phrase,
                        main,
                        kind,
                        country=code[:3],
                        role=code[3:6] or None,
                        code=code,
                        valid_from=first,
                        valid_to=last,
                        case_sensitive=False,
                        stem=not exact,
                    )
                )
    return entries


def read_petrarch_actors(path: str | Path) -> list[Entry]:
    """Entries of a PETRARCH actors dictionary (names match case-insensitively)."""
    entries: list[Entry] = []
    names: list[str] = []
    codes: list[tuple[str, dt.date | None, dt.date | None]] = []
    for line in _clean_lines(Path(path).read_text(encoding="utf-8", errors="replace")):
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            names.append(stripped[1:].split("[")[0].strip())
            found = _CODE.search(stripped)
            if found and (dated := _dated_code(found.group(1))):
                codes.append(dated)
            continue
        if line[0].isspace() and stripped.startswith("["):
            if dated := _dated_code(stripped[1:].split("]")[0]):
                codes.append(dated)
            continue
        entries.extend(_entries_for(names, codes))
        head = stripped.split("[", 1)[0].strip()
        names, codes = ([head] if head else []), []
        found = _CODE.search(stripped)
        if found and (dated := _dated_code(found.group(1))):
            codes.append(dated)
    entries.extend(_entries_for(names, codes))
    return entries


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!([A-Z]+)!", phrase)
    if not found or found.group(1) not in macros:
        return [phrase]
    return [
        expanded
        for value in macros[found.group(1)]
        for expanded in _expand(phrase[: found.start()] + value + phrase[found.end() :], macros)
    ]


def read_petrarch_agents(path: str | Path) -> list[RoleWord]:
    """Role words of a PETRARCH agents dictionary (``~ROLE`` suffixes and ``ROLE~`` prefixes)."""
    titles = {word.phrase for word in read_roles() if word.kind == "title"}
    macros: dict[str, list[str]] = {}
    words: list[RoleWord] = []
    for line in _clean_lines(Path(path).read_text(encoding="utf-8", errors="replace")):
        stripped = line.strip()
        macro = re.fullmatch(r"!([A-Z]+)!\s*=\s*(.+)", stripped)
        if macro:
            macros[macro.group(1)] = [v.strip() for v in macro.group(2).split(",") if v.strip()]
            continue
        code = _CODE.search(stripped)
        if not code or "~" not in code.group(1):
            continue
        role_code = code.group(1).strip()
        prefix = not role_code.startswith("~")
        role = role_code.strip("~").strip().upper()
        head = stripped[: code.start()]
        plural_block = re.search(r"\{([^}]*)\}", head)
        noun = re.sub(r"\{[^}]*\}", "", head).strip()
        for phrase in _expand(noun, macros):
            text = phrase.replace("_", " ").strip().lower()
            if not text:
                continue
            kind = "title" if text in titles else "group"
            words.append(RoleWord(text, role, kind, prefix=prefix, priority=10))
            if plural_block is None:
                words.append(RoleWord(plural_of(text), role, kind, plural=True, prefix=prefix, priority=10))
            elif plural_block.group(1).strip():
                for plural in _expand(plural_block.group(1).strip(), macros):
                    words.append(
                        RoleWord(plural.replace("_", " ").lower(), role, kind, plural=True, prefix=prefix, priority=10)
                    )
    return words
