"""A teacher gathers a class in Telegram, sees its week and gets its digest; nobody sees another's."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, time, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.telegram.class_digests import TelegramViewSender
from tests.e2e.conftest import RunningBot
from tests.e2e.fake_telegram import FakeTelegram, SentMessage
from tests.e2e.test_conversation import register

Factory = async_sessionmaker[AsyncSession]
TEACHER, OTHER_TEACHER = 900, 950
ASHA, BINA, STRANGER = 901, 902, 903
LINK = re.compile(r"https://t\.me/dars_bot\?start=join-([A-Z0-9]{6})")


async def last(telegram: FakeTelegram, user: int, count: int) -> SentMessage:
    """Wait for the user's `count`th message and return it."""
    return (await telegram.wait_for(user, count))[-1]


async def make_class(telegram: FakeTelegram, teacher: int, name: str) -> str:
    """Send /newclass and return the class code from the deep link in the answer."""
    before = len(telegram.messages_to(teacher))
    telegram.send_text(teacher, f"/newclass {name}")
    created = await last(telegram, teacher, before + 1)
    found = LINK.search(created.text)
    assert found is not None, created.text
    assert f"/join {found.group(1)}" in created.text
    return found.group(1)


async def skip_a_whole_session(telegram: FakeTelegram, user: int, start: SentMessage) -> str:
    """Press Practice, then Skip five times; return the summary's text."""
    count = len(telegram.messages_to(user))
    telegram.press(user, start.button("Practice"))
    shown = await last(telegram, user, count + 1)
    for step in range(5):
        telegram.press(user, shown.button("Skip"))
        shown = await last(telegram, user, count + 2 + step)
    return shown.text


async def test_a_class_is_gathered_seen_and_digested_and_never_shown_to_another_teacher(
    bot: RunningBot, telegram: FakeTelegram, session_factory: Factory
) -> None:
    telegram.first_names[TEACHER] = "Karim"
    telegram.language_codes[TEACHER] = telegram.language_codes[OTHER_TEACHER] = "en"
    code = await make_class(telegram, TEACHER, "Class 7 A")
    other_code = await make_class(telegram, OTHER_TEACHER, "Elsewhere")

    # Asha is registered and joins by typing the code; one confirmation.
    welcome = await register(telegram, ASHA, language="en", name="Asha")
    telegram.send_text(ASHA, f"/join {code.lower()}")
    offer = await last(telegram, ASHA, 5)
    assert "Join the class “Class 7 A” of Karim?" in offer.text
    telegram.press(ASHA, offer.button("Join"))
    assert "You're in the class “Class 7 A” of Karim" in (await last(telegram, ASHA, 6)).text

    # Bina is new and opens the deep link: registration first, then the offer.
    telegram.send_text(BINA, f"/start join-{code}")
    assert "What is your name?" in (await last(telegram, BINA, 1)).text
    telegram.send_text(BINA, "Bina")
    telegram.press(BINA, (await last(telegram, BINA, 2)).button("Class 7"))
    telegram.press(BINA, (await last(telegram, BINA, 3)).button("English"))
    welcome_offer = await last(telegram, BINA, 4)
    assert "You're all set, Bina!" in welcome_offer.text
    assert "Join the class “Class 7 A”" in welcome_offer.text
    telegram.press(BINA, welcome_offer.button("Join"))
    bina_joined = await last(telegram, BINA, 5)
    assert "You're in the class" in bina_joined.text

    # A student of the other class, and a wrong code that joins nothing.
    await register(telegram, STRANGER, language="en", name="Zed")
    telegram.send_text(STRANGER, "/join ZZZZZZ")
    assert "No class has that code" in (await last(telegram, STRANGER, 5)).text
    telegram.send_text(STRANGER, f"/join {other_code}")
    telegram.press(STRANGER, (await last(telegram, STRANGER, 6)).button("Join"))
    await last(telegram, STRANGER, 7)

    # Both practise: the summary tells each the class's week, together, naming no one.
    summary = await skip_a_whole_session(telegram, ASHA, welcome)
    assert "Session complete" in summary
    assert "This week your class practised on 1 of" in summary
    assert "(1 of 2 students practised)" in summary
    summary = await skip_a_whole_session(telegram, BINA, bina_joined)
    assert "(2 of 2 students practised)" in summary
    assert "Asha" not in summary

    # /class shows exactly the teacher's two students, never a username, an id or Zed.
    telegram.send_text(TEACHER, "/class")
    week = await last(telegram, TEACHER, 2)
    assert "Class 7 A" in week.text
    assert "• Asha:" in week.text
    assert "• Bina:" in week.text
    assert "Zed" not in week.text
    assert str(ASHA) not in week.text
    assert "Most missed problems:" in week.text

    telegram.press(TEACHER, week.button("CSV"))
    (sheet,) = await telegram.wait_for_file(TEACHER, 1)
    assert sheet.method == "sendDocument"
    assert (
        sheet.filename
        == f"class-{code}-{datetime.now(UTC).astimezone(bot.runtime.settings.timezone).date()}.csv"
    )
    rows = list(csv.reader(io.StringIO(sheet.content.decode("utf-8-sig"))))
    assert rows[0][0] == "name"
    assert sorted(row[0] for row in rows[1:]) == ["Asha", "Bina"]
    telegram.press(TEACHER, week.button("Chart"))
    chart = (await telegram.wait_for_file(TEACHER, 2))[-1]
    assert chart.method == "sendPhoto"
    assert chart.content.startswith(b"\x89PNG")

    # The other teacher presses this class's buttons (forwarded or forged): nothing is shown.
    for data in (week.button("CSV"), week.button("Chart"), week.buttons[0][0]["callback_data"]):
        before = len(telegram.messages_to(OTHER_TEACHER))
        telegram.press(OTHER_TEACHER, data)
        refused = await last(telegram, OTHER_TEACHER, before + 1)
        assert "That class isn't available." in refused.text
        assert "Asha" not in refused.text
    forged = week.button("CSV").replace("clsfile:", "cls:").rsplit(":", 1)[0]
    telegram.press(STRANGER, forged)
    assert (
        "isn't available"
        in (await last(telegram, STRANGER, len(telegram.messages_to(STRANGER)) + 1)).text
    )
    assert [f.chat_id for f in telegram.files] == [TEACHER, TEACHER]

    # Thursday 18:05 in Dhaka: one digest per class with students; a rerun sends nothing.
    runtime = bot.runtime
    today = datetime.now(UTC).astimezone(runtime.settings.timezone).date()
    thursday = today + timedelta(days=(3 - today.weekday()) % 7)
    at = datetime.combine(thursday, time(18, 5), tzinfo=runtime.settings.timezone)
    # The application's own sender: the broadcast lane of the limiter the replies use.
    sender = bot.application.bot_data["digest_sender"]
    assert isinstance(sender, TelegramViewSender)
    first = await runtime.digests.send_digests(sender, now=at)
    assert (first.claimed, first.sent) == (2, 2)
    again = await runtime.digests.send_digests(sender, now=at + timedelta(minutes=1))
    assert (again.claimed, again.sent) == (0, 0)
    digest = (await last(telegram, TEACHER, 3)).text
    assert digest.startswith("📬 Weekly digest of “Class 7 A”")
    assert "Students who practised: 2 (the week before: 0)" in digest
    assert "Zed" not in digest
    assert len(telegram.messages_to(TEACHER)) == 3
    other_digest = (
        await last(telegram, OTHER_TEACHER, len(telegram.messages_to(OTHER_TEACHER)))
    ).text
    assert "Zed" in other_digest
    assert "Asha" not in other_digest
