"""`detente serve` as a user runs it: a subprocess on a free loopback port, over the test database."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

DETENTE = [sys.executable, "-m", "detente"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_command_answers_over_http(served_db: Path) -> None:
    port = _free_port()
    server = subprocess.Popen(
        [*DETENTE, "serve", "--db", str(served_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/articles", timeout=10)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "detente serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] == 3
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=10).status_code == 200
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in err  # it said where it serves


def test_serve_command_refuses_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    result = subprocess.run([*DETENTE, "serve", "--db", str(missing)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "no such database" in result.stderr and "detente ingest" in result.stderr
    assert not missing.exists()  # serving never creates a database
