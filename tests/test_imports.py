"""Every module of the package imports on its own, in a fresh interpreter (no import cycles hidden by the
order in which the test suite happens to import them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "detente"
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
    if path.name != "__main__.py"
)


@pytest.mark.slow
def test_every_module_imports_first() -> None:
    # one interpreter per module, each started with that module alone; run as a batch to keep it quick
    script = (
        "import os, subprocess, sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "def fails(m):\n"
        "    return subprocess.run([sys.executable, '-c', 'import ' + m], capture_output=True).returncode != 0\n"
        "with ThreadPoolExecutor(os.cpu_count() or 2) as pool:\n"
        "    flags = list(pool.map(fails, sys.argv[1:]))\n"
        "print(' '.join(m for m, bad in zip(sys.argv[1:], flags) if bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, *MODULES], capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [], f"modules that fail to import on their own: {result.stdout}"
    assert "detente.analyse.events.labels" in MODULES
