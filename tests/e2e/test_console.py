"""A person at a terminal registers and practises through `python -m bot --console`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alembic import command

from tests.conftest import ROOT, alembic_config


def test_the_console_registers_a_student_and_opens_a_problem(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'console.db'}"
    command.upgrade(alembic_config(url), "head")
    env = {**os.environ, "DATABASE_URL": url}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    loader = subprocess.run(
        [sys.executable, "-m", "scripts.load_content"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert loader.returncode == 0, loader.stderr
    assert "280 added" in loader.stdout
    # Name, grade button 2 (class 7), language button 2 (English), Practice, Hint, nonsense.
    script = "Mitu\n2\n2\n1\n1\nidk\n/streak\n/quit\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        input=script,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "TELEGRAM_BOT_TOKEN is not set" in out
    assert "What is your name?" in out
    assert "[1] Class 6" in out
    assert "You're all set, Mitu!" in out
    assert "Problem 1/5" in out
    assert "💡 Hint 1:" in out
    assert "couldn't find an answer" in out
    assert "Current streak: 0 days" in out
    assert "Traceback" not in result.stderr
