"""Read Dars's settings from the environment and an optional .env file."""

from __future__ import annotations

import re
import sys
from datetime import time
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

CHEAPEST_HAIKU = "claude-haiku-5-5"
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    """Every setting Dars reads; names match the environment variables."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=True
    )

    TELEGRAM_BOT_TOKEN: SecretStr | None = None
    TELEGRAM_API_URL: str = "https://api.telegram.org"
    WEBHOOK_URL: str | None = None
    WEBHOOK_LISTEN: str = "0.0.0.0"
    WEBHOOK_PORT: Annotated[int, Field(ge=1, le=65535)] = 8443
    # Checked even when unset: webhook mode must not start without it.
    WEBHOOK_SECRET: Annotated[SecretStr | None, Field(validate_default=True)] = None
    TELEGRAM_RATE_LIMIT_PER_SECOND: Annotated[float, Field(gt=0, le=30)] = 25
    # The most of that rate reminders and nudges may take; replies always come first.
    TELEGRAM_BROADCAST_SHARE: Annotated[float, Field(gt=0, le=1)] = 0.8
    # Above 0, reminders go as Telegram's paid broadcasts (charged in Stars) at up to this pace.
    TELEGRAM_PAID_BROADCAST_PER_SECOND: Annotated[float, Field(ge=0, le=1000)] = 0

    DATABASE_URL: str = "sqlite+aiosqlite:///./data/dars.db"
    DATABASE_ECHO: bool = False
    DATABASE_POOL_SIZE: Annotated[int, Field(ge=1, le=100)] = 5
    DATABASE_MAX_OVERFLOW: Annotated[int, Field(ge=0, le=100)] = 10

    ANTHROPIC_API_KEY: SecretStr | None = None
    ANTHROPIC_MODEL: str = CHEAPEST_HAIKU
    ANTHROPIC_TIMEOUT_SECONDS: Annotated[float, Field(gt=0, le=60)] = 8

    BOT_TIMEZONE: str = "Asia/Dhaka"
    REMINDER_TIME: time = time(19, 0)
    SESSION_MINUTES: Annotated[int, Field(ge=5, le=240)] = 30
    PROBLEMS_PER_SESSION: Annotated[int, Field(ge=1, le=5)] = 5
    AI_MONTHLY_BUDGET_USD: Annotated[float, Field(ge=0)] = 0.10
    AI_DAILY_BUDGET_USD: Annotated[float, Field(ge=0)] = 5.0

    @field_validator("TELEGRAM_API_URL")
    @classmethod
    def _api_url_is_http(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/")

    @field_validator("TELEGRAM_BOT_TOKEN", "ANTHROPIC_API_KEY", "WEBHOOK_SECRET", mode="before")
    @classmethod
    def _blank_secret_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("WEBHOOK_URL", mode="before")
    @classmethod
    def _blank_url_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("WEBHOOK_SECRET")
    @classmethod
    def _webhook_secret_guards_webhook_mode(
        cls, value: SecretStr | None, info: ValidationInfo
    ) -> SecretStr | None:
        if value is None:
            if info.data.get("WEBHOOK_URL"):
                # Without it anyone who finds the URL can post updates in any student's name.
                raise ValueError(
                    "must be set when WEBHOOK_URL is: Telegram sends it with every update, "
                    "and requests without it are refused"
                )
            return None
        if not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError(
                "must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)"
            )
        return value

    @field_validator("DATABASE_URL")
    @classmethod
    def _normalise_database_url(cls, value: str) -> str:
        for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
            if value.startswith(prefix):
                return "postgresql+asyncpg://" + value.removeprefix(prefix)
        if value.startswith(("postgresql+asyncpg://", "sqlite+aiosqlite://")):
            return value
        raise ValueError(
            "must be sqlite+aiosqlite:///PATH or postgresql://USER@HOST/DB "
            "(postgres:// and postgresql+asyncpg:// are accepted too)"
        )

    @field_validator("BOT_TIMEZONE")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError("must be an IANA time zone such as Asia/Dhaka") from error
        return value

    @field_validator("REMINDER_TIME", mode="before")
    @classmethod
    def _reminder_time_is_hh_mm(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return time.fromisoformat(value.strip())
            except ValueError as error:
                raise ValueError("must be a local time as HH:MM, such as 19:00") from error
        return value

    @property
    def timezone(self) -> ZoneInfo:
        """The zone in which "a day" is counted."""
        return ZoneInfo(self.BOT_TIMEZONE)

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is the embedded SQLite file."""
        return self.DATABASE_URL.startswith("sqlite")


# Pydantic's messages for a number out of range or not a number at all; each is replaced by the
# setting's whole range, so the operator learns what to write rather than one violated bound.
_NUMBER_PROBLEMS = frozenset(
    {
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "int_parsing",
        "int_from_float",
        "float_parsing",
        "finite_number",
    }
)


def allowed_range(name: str) -> str | None:
    """Describe the values a numeric setting accepts and its default, or None if not numeric."""
    field = Settings.model_fields[name]
    if field.annotation not in (int, float):
        return None
    bounds: dict[str, object] = {}
    for rule in field.metadata:
        for bound in ("ge", "gt", "le"):
            if hasattr(rule, bound):
                bounds[bound] = getattr(rule, bound)
    kind = "a whole number" if field.annotation is int else "a number"
    if "ge" in bounds and "le" in bounds:
        span = f"{kind} from {bounds['ge']} to {bounds['le']}"
    elif "gt" in bounds and "le" in bounds:
        span = f"{kind} greater than {bounds['gt']} and at most {bounds['le']}"
    elif "ge" in bounds:
        span = f"{kind} of {bounds['ge']} or more"
    else:
        span = kind
    return f"{span} (default {field.default})"


class SettingsError(SystemExit):
    """Start-up stops with one line naming the setting at fault (exit code 2)."""


def load_settings(**overrides: object) -> Settings:
    """Return validated settings, or exit 2 with one line per bad variable and no traceback."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        for problem in error.errors():
            name = ".".join(str(part) for part in problem["loc"]) or "settings"
            # Never echo the rejected value: it may be a secret.
            message = problem["msg"].removeprefix("Value error, ")
            span = allowed_range(name) if name in Settings.model_fields else None
            if span and problem["type"] in _NUMBER_PROBLEMS:
                message = f"must be {span}"
            print(f"dars: setting {name} is invalid: {message}", file=sys.stderr)
        raise SettingsError(2) from None
