"""compose.yaml runs PostgreSQL, a one-shot migration and two webhook bots behind a proxy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "compose.yaml"
EXAMPLE = {
    "DARS_DOMAIN": "dars.example.org",
    "TELEGRAM_BOT_TOKEN": "123456:not-a-token",
    "WEBHOOK_SECRET": "compose-test-secret",
    "POSTGRES_PASSWORD": "not-a-password",
}


def services() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    found: dict[str, Any] = loaded["services"]
    return found


def test_two_bots_in_webhook_mode_share_one_postgresql_behind_the_proxy() -> None:
    found = services()
    assert set(found) == {"postgres", "migrate", "bot-1", "bot-2", "proxy"}
    rates = 0.0
    for name in ("bot-1", "bot-2"):
        bot = found[name]
        environment = bot["environment"]
        assert environment["WEBHOOK_URL"].startswith("https://")
        assert environment["DATABASE_URL"].startswith("postgresql://")
        assert "@postgres:5432/" in environment["DATABASE_URL"]
        assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        rates += float(environment["TELEGRAM_RATE_LIMIT_PER_SECOND"])
    # Telegram's limit is the token's: the processes share it, they don't each get it.
    assert rates <= Settings.model_fields["TELEGRAM_RATE_LIMIT_PER_SECOND"].default
    assert found["proxy"]["depends_on"] == ["bot-1", "bot-2"]
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text(encoding="utf-8")
    assert "reverse_proxy bot-1:8443 bot-2:8443" in caddyfile
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in found["proxy"]["volumes"]


def test_every_setting_the_bots_get_is_valid() -> None:
    environment = {
        name: value.replace("${DARS_DOMAIN:?set DARS_DOMAIN}", EXAMPLE["DARS_DOMAIN"])
        for name, value in services()["bot-1"]["environment"].items()
        if "${" not in value.replace("${DARS_DOMAIN:?set DARS_DOMAIN}", "")
    }
    settings = Settings(**environment, WEBHOOK_SECRET=EXAMPLE["WEBHOOK_SECRET"])  # type: ignore[arg-type]
    assert settings.WEBHOOK_URL == "https://dars.example.org/telegram"
    assert settings.TELEGRAM_RATE_LIMIT_PER_SECOND == 12.5


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker is not None:
        plugin = subprocess.run(
            [docker, "compose", "version"], capture_output=True, check=False, timeout=30
        )
        if plugin.returncode == 0:
            return [docker, "compose"]
    return None


def test_docker_compose_accepts_the_file() -> None:
    command = _compose_command()
    if command is None:
        pytest.skip("no `docker compose` on this machine")
    checked = subprocess.run(
        [*command, "-f", str(COMPOSE), "config", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=os.environ | EXAMPLE,
    )
    assert checked.returncode == 0, checked.stderr
