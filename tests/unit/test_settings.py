"""Settings: defaults, URL normalisation, and one clear line naming a bad variable."""

from __future__ import annotations

import subprocess
import sys
from datetime import time

import pytest

from bot.settings import Settings, SettingsError, load_settings


def test_defaults_are_the_embedded_sqlite_and_dhaka_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.DATABASE_URL == "sqlite+aiosqlite:///./data/dars.db"
    assert settings.BOT_TIMEZONE == "Asia/Dhaka"
    assert time(19, 0) == settings.REMINDER_TIME
    assert (settings.SESSION_MINUTES, settings.PROBLEMS_PER_SESSION) == (30, 5)
    assert pytest.approx(0.10) == settings.AI_MONTHLY_BUDGET_USD
    assert settings.ANTHROPIC_API_KEY is None


@pytest.mark.parametrize(
    "url",
    [
        "postgres://u:p@db/dars",
        "postgresql://u:p@db/dars",
        "postgresql+asyncpg://u:p@db/dars",
    ],
)
def test_postgres_urls_are_normalised_to_asyncpg(url: str) -> None:
    settings = Settings(DATABASE_URL=url, _env_file=None)  # type: ignore[call-arg]
    assert settings.DATABASE_URL == "postgresql+asyncpg://u:p@db/dars"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DATABASE_URL", "mysql://x"),
        ("BOT_TIMEZONE", "Mars/Olympus"),
        ("REMINDER_TIME", "7pm"),
        ("SESSION_MINUTES", "zero"),
        ("PROBLEMS_PER_SESSION", "9"),
        ("TELEGRAM_API_URL", "api.telegram.org"),
    ],
)
def test_a_bad_value_exits_2_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as stopped:
        load_settings()
    assert stopped.value.code == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"dars: setting {variable} is invalid:")
    assert len(error.splitlines()) == 1


def test_a_bad_secret_is_never_echoed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        env={"PATH": "", "SESSION_MINUTES": "1", "TELEGRAM_BOT_TOKEN": "123:SECRET-TOKEN"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "SESSION_MINUTES" in result.stderr
    assert "Traceback" not in result.stderr
    assert "SECRET-TOKEN" not in result.stderr + result.stdout
