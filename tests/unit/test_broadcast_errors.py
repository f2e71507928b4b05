"""The broadcast transport turns Telegram's answers into python-telegram-bot's own exceptions."""

from __future__ import annotations

import json

import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.telegram.broadcast_request import telegram_error


def answer(code: int, description: str, **parameters: int) -> bytes:
    body: dict[str, object] = {"ok": False, "error_code": code, "description": description}
    if parameters:
        body["parameters"] = parameters
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("status", "body", "expected", "message"),
    [
        (403, answer(403, "Forbidden: bot was blocked by the user"), Forbidden, "blocked"),
        (400, answer(400, "Bad Request: chat not found"), BadRequest, "chat not found"),
        (429, answer(429, "Too Many Requests", retry_after=7), RetryAfter, "7"),
        (400, answer(400, "migrated", migrate_to_chat_id=-100), ChatMigrated, "-100"),
        (401, answer(401, "Unauthorized"), InvalidToken, "Unauthorized"),
        (404, answer(404, "Not Found"), InvalidToken, "Not Found"),
        (500, answer(500, "Internal Server Error"), NetworkError, "Internal"),
        (502, b"<html>Bad Gateway</html>", NetworkError, "Bad Gateway (502)"),
        (599, b"", NetworkError, "Unknown HTTPError (599)"),
    ],
)
def test_answers_become_ptbs_exceptions(
    status: int, body: bytes, expected: type[TelegramError], message: str
) -> None:
    error = telegram_error(status, body)
    assert type(error) is expected
    assert message.lower() in str(error).lower()  # PTB trims "Bad Request: " and the like
