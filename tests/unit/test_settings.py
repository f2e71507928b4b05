"""Settings: defaults, URL normalisation, and one clear line naming a bad variable."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import time
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, allowed_range, load_settings


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


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SESSION_MINUTES", "1", "must be a whole number from 5 to 240 (default 30)"),
        ("SESSION_MINUTES", "zero", "must be a whole number from 5 to 240 (default 30)"),
        ("PROBLEMS_PER_SESSION", "9", "must be a whole number from 1 to 5 (default 5)"),
        (
            "TELEGRAM_RATE_LIMIT_PER_SECOND",
            "0",
            "must be a number greater than 0 and at most 30 (default 25)",
        ),
        ("AI_MONTHLY_BUDGET_USD", "-1", "must be a number of 0 or more (default 0.1)"),
    ],
)
def test_a_number_out_of_range_is_refused_with_its_whole_range(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    variable: str,
    value: str,
    message: str,
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError):
        load_settings()
    assert capsys.readouterr().err.strip() == f"dars: setting {variable} is invalid: {message}"


def _readme_configuration() -> dict[str, tuple[str, str]]:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Configuration", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| ([^|]+) \| ([^|]+) \|", section, re.MULTILINE)
    return {name: (default.strip(), allowed.strip()) for name, default, allowed in rows}


@pytest.mark.parametrize("variable", sorted(Settings.model_fields))
def test_the_readme_states_every_settings_default_and_range(variable: str) -> None:
    default, allowed = _readme_configuration()[variable]
    field = Settings.model_fields[variable]
    if field.default is None:
        assert default == "unset"
    else:
        written = default.strip("`")
        value = field.default
        if isinstance(value, time):
            assert written == value.strftime("%H:%M")
        elif isinstance(value, int | float) and not isinstance(value, bool):
            assert float(written) == pytest.approx(value)
        else:
            assert written.lower() == str(value).lower()
    span = allowed_range(variable)
    if span is not None:
        # "a whole number from 5 to 240 (default 30)" is written "whole number 5 to 240".
        numbers = re.findall(r"\d+(?:\.\d+)?", span.split(" (default")[0])
        assert re.findall(r"\d+(?:\.\d+)?", allowed) == numbers
