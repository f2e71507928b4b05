"""Every entry point on a missing or unmigrated database: one line naming `make migrate`, exit 1."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENTRY_POINTS = {
    "bot": ["bot", "--console"],
    "jobs": ["scripts.jobs", "expire", "--dry-run"],
    "load_content": ["scripts.load_content"],
    "report": ["scripts.report", "usage"],
}


def _run(entry: str, database: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["DATABASE_URL"] = f"sqlite+aiosqlite:///{database}"
    return subprocess.run(
        [sys.executable, "-m", *ENTRY_POINTS[entry]],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _said_one_line(result: subprocess.CompletedProcess[str], reason: str) -> None:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert reason in lines[0]
    assert "make migrate" in lines[0]


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_a_missing_sqlite_file_is_one_line_and_stays_missing(entry: str, tmp_path: Path) -> None:
    database = tmp_path / "dars.db"
    result = _run(entry, database)
    _said_one_line(result, "does not exist" if entry != "report" else "no database file")
    assert not database.exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
def test_an_empty_sqlite_file_is_one_line(entry: str, tmp_path: Path) -> None:
    database = tmp_path / "dars.db"
    database.touch()
    _said_one_line(_run(entry, database), "no tables")


@pytest.mark.parametrize("entry", ["bot", "jobs"])
def test_a_database_behind_the_code_names_both_revisions(entry: str, tmp_path: Path) -> None:
    database = tmp_path / "dars.db"
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    _said_one_line(_run(entry, database), "revision 0001")
