"""Random updates through the real handlers: nothing crashes, bad input writes nothing, replies obey the rules.

Four people stand in fixed places while Hypothesis throws input at them: a stranger, someone half
way through /start, an English student with no session open and a Bengali student in the middle
of a problem. Input the tutor can't use must leave every table exactly as it was and get exactly
one reply in the person's language; input it can use (a name, an answer) may write, after which
the places are set up again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.settings import Settings
from bot.tutor.answers import Outcome, check_answer
from bot.tutor.content import ProblemCard
from bot.tutor.content.queries import problem_card
from bot.tutor.language import Language
from bot.ui.texts import t
from db.models import PendingRegistration, PracticeSession, Problem, Response, Student
from db.uow import UnitOfWork
from tests.conftest import KEPT_TABLES, clear_tables
from tests.e2e.direct_bot import DirectBot, snapshot, start_direct_bot
from tests.e2e.fake_telegram import FakeTelegram
from tests.library_loader import ensure_library

STRANGER, REGISTERING, ENGLISH, BENGALI = 7001, 7002, 7003, 7004
PEOPLE = (STRANGER, REGISTERING, ENGLISH, BENGALI)
# None: no language chosen yet, so the bot speaks both (the fake users' apps name none).
LANGUAGE: dict[int, Language | None] = {
    STRANGER: None,
    REGISTERING: None,
    ENGLISH: Language.EN,
    BENGALI: Language.BN,
}


def said(language: Language | None, key: str, **params: object) -> str:
    """What the bot says: in the student's language, or in both before one is chosen."""
    if language is None:
        return f"{t(Language.EN, key, **params)}\n\n{t(Language.BN, key, **params)}"
    return t(language, key, **params)


COMMANDS = {"start", "practice", "streak", "stats", "language", "help", "delete_me"}
BENGALI_LETTERS = re.compile(r"[\u0980-\u09FF]")

FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,  # the same examples every run: a failure here is a bug, not bad luck
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Characters that break naive text handling: bidi controls, zero-width joiners and spaces, a
# byte-order mark, NUL and other controls, combining marks, emoji sequences, Bengali script.
TRICKY = (
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u200b\u200c\u200d\u2060\ufeff\u00a0\u3000\x00\x07\x1b\t\n\r\u0301\u20e3"
    "😀🇧🇩👨‍👩‍👧✋🏽"
    "অআকখগঘ্‍ািীুৃেো৳০১২৩৪৫৬৭৮৯"
    "abcxyzAB0123456789+-*/^().=,:%₹$ "
)
NASTY_ANSWERS = (
    "9^9^9^9^9",
    "9**9**9**9",
    "10^100000",
    "1e999999",
    "((((((((((((((((((((1",
    "1/0",
    "0/0",
    "২/০",
    "x/0",
    "-",
    "--5",
    "1.2.3",
    "१२३",  # Devanagari digits: not Bengali
    "١٢٣",  # Arabic-Indic digits
    "Ⅻ",
    "½",
    "³√8",
    "∞",
    "NaN",
    "inf",
    "x=",
    "=5",
    "5==5",
    "5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5",
    "৳ -১,২০০.৫০",
    "\u202e21",
    "1\u200d2",
    "\x00",
    "a\x00b",
)
texts = st.one_of(
    st.text(min_size=1, max_size=40),
    st.text(alphabet=TRICKY, min_size=1, max_size=40),
    st.sampled_from(NASTY_ANSWERS),
    st.builds(
        lambda piece, count: piece * count,
        st.sampled_from(["x", "৫", "😀", "\u200f", " 1", "👨‍👩‍👧"]),
        st.sampled_from([100, 201, 500, 501, 1365, 4096]),
    ),
)


@dataclass
class World:
    """The bot, the fake and the database, with the four people in their places."""

    bot: DirectBot
    telegram: FakeTelegram
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    told_groups: list[int] = field(default_factory=list)

    async def reset(self) -> None:
        """Empty the students' tables and put everyone back where they stand."""
        await clear_tables(self.engine, keep=KEPT_TABLES)
        tutor, now = self.bot.tutor, datetime.now(UTC)
        await tutor.start(telegram_id=REGISTERING, now=now)
        for user, language in ((ENGLISH, Language.EN), (BENGALI, Language.BN)):
            await tutor.start(telegram_id=user, now=now)
            await tutor.submit_text(telegram_id=user, text=f"Student {user}", now=now)
            await tutor.choose_grade(telegram_id=user, grade=7)
            await tutor.choose_language(telegram_id=user, language=language, now=now)
        await tutor.practice(telegram_id=BENGALI, now=now)

    async def open_problem(self, user: int) -> tuple[int, int, ProblemCard]:
        """Return (session id, position, problem) of the student's open problem."""
        async with self.session_factory() as session:
            query = (
                select(PracticeSession, Problem)
                .join(Response, Response.session_id == PracticeSession.session_id)
                .join(Problem, Problem.problem_id == Response.problem_id)
                .join(Student, Student.student_id == PracticeSession.student_id)
                .where(Student.telegram_id == user, Response.is_correct.is_(None))
            )
            practice, problem = (await session.execute(query)).one()
            position = practice.problem_ids.index(problem.problem_id) + 1
        async with UnitOfWork(self.session_factory) as uow:
            card = await problem_card(uow, problem.problem_id)
        assert card is not None
        return practice.session_id, position, card


@pytest.fixture
async def world(
    database_url: str,
    telegram: FakeTelegram,
    engine: AsyncEngine,
    session_factory: async_sessionmaker[AsyncSession],
) -> AsyncIterator[World]:
    """One bot and one database for every example of a test; the places are set once."""
    await ensure_library(session_factory)
    bot_settings = Settings(
        TELEGRAM_BOT_TOKEN="123456:FUZZ-TOKEN",  # type: ignore[arg-type]
        TELEGRAM_API_URL=telegram.url,
        DATABASE_URL=database_url,
    )
    bot = await start_direct_bot(bot_settings, telegram)
    world = World(bot, telegram, engine, session_factory)
    await world.reset()
    yield world
    await bot.stop()


def assert_handled(world: World) -> None:
    """No handler raised: the error handler was never reached."""
    errors, world.bot.errors[:] = list(world.bot.errors), []
    assert errors == [], f"the error handler was reached: {errors!r}"


def meaningful_name(text: str) -> str | None:
    """What a name typed as `text` should be stored as, or None if it is no name at all.

    Independent of the product's code on purpose: a name has at least one letter; invisible
    characters (bidi controls, zero-width spaces, controls) are not part of it.
    """
    kept = "".join(
        ch
        for ch in text
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
        or ch in "\u200c\u200d\t\n\r"
    )
    name = " ".join(kept.split())
    if not any(unicodedata.category(ch).startswith("L") for ch in name):
        return None
    return name


# Private text ---------------------------------------------------------------------------------


ASKED_AGAIN = {Outcome.NOT_ONE_ANSWER, Outcome.NOT_LOWEST_TERMS, Outcome.NEEDS_JUDGEMENT}


@FUZZ
@given(user=st.sampled_from(PEOPLE), text=texts.filter(lambda text: not text.startswith("/")))
async def test_any_private_text_gets_one_reply_and_bad_text_writes_nothing(
    world: World, user: int, text: str
) -> None:
    language = LANGUAGE[user]
    problem = (await world.open_problem(BENGALI))[2] if user == BENGALI else None
    before = await snapshot(world.bot)
    sent = await world.bot.feed(world.bot.text(user, text))
    assert_handled(world)
    replies = sent.to(user)
    assert replies, f"no reply to {text!r}"
    assert len(sent.messages) == len(replies), "a reply went to someone else"
    after = await snapshot(world.bot)

    # Someone registering is told about their name whatever its length (issue 17, item 7).
    if len(text) > 500 and user != REGISTERING:
        expected: str | None = said(language, "not_registered" if user == STRANGER else "too_long")
    elif user == STRANGER:
        expected = said(language, "not_registered")
    elif user == REGISTERING:
        name = meaningful_name(text)
        if name is None:
            expected = said(language, "name_empty")
        elif len(name) > 100:
            expected = said(language, "name_too_long")
        else:
            assert [m.text for m in replies] == [said(language, "ask_grade", name=name)]
            async with world.session_factory() as session:
                pending = await session.get(PendingRegistration, REGISTERING)
                assert pending is not None
                assert pending.name == name
            await world.reset()
            return
    elif user == ENGLISH:
        expected = said(language, "no_active_session")
    else:
        assert problem is not None
        outcome = check_answer(text, problem.key).outcome
        if outcome is Outcome.UNREADABLE:
            expected = said(language, "unreadable")
        else:
            # An answer: judged, and the student reads on in Bengali. One that is asked for
            # again (a hedge, not in lowest terms, not sure) uses no try and writes nothing.
            assert all(BENGALI_LETTERS.search(m.text) for m in replies)
            asked_again = outcome in ASKED_AGAIN
            assert (after == before) is asked_again, text
            await world.reset()
            return
    assert [m.text for m in replies] == [expected]
    assert after == before, f"{text!r} wrote to the database"


# Commands ----------------------------------------------------------------------------------------

command_names = st.from_regex(r"[a-z0-9_]{1,32}", fullmatch=True).filter(
    lambda name: name not in COMMANDS
)


@FUZZ
@given(
    user=st.sampled_from(PEOPLE),
    name=st.one_of(command_names, st.sampled_from(sorted(COMMANDS))),
    addressee=st.sampled_from(["", "@dars_bot", "@other_bot", "@"]),
    arguments=st.one_of(st.just(""), st.text(alphabet=TRICKY, max_size=30).map(" {}".format)),
)
async def test_any_private_command_gets_one_reply_and_writes_nothing_unless_it_acts(
    world: World, user: int, name: str, addressee: str, arguments: str
) -> None:
    known = name in COMMANDS and addressee in ("", "@dars_bot")
    # Registering and starting a session are the commands that write, and only for some people;
    # /delete_me remembers that a typed yes or no is awaited (issue 17, item 5).
    acts = known and (
        name == "start"
        or (name == "practice" and user == ENGLISH)
        or (name == "delete_me" and user in (ENGLISH, BENGALI))
    )
    before = await snapshot(world.bot)
    sent = await world.bot.feed(world.bot.text(user, f"/{name}{addressee}{arguments}"))
    assert_handled(world)
    replies = sent.to(user)
    assert replies
    assert len(sent.messages) == len(replies)
    if acts:
        await world.reset()
        return
    language = LANGUAGE[user]
    if not known:
        assert [m.text for m in replies] == [said(language, "unknown_command")]
    elif user in (STRANGER, REGISTERING) and name != "help":
        assert [m.text for m in replies] == [said(language, "not_registered")]
    else:
        assert len(replies) == 1
        has_bengali = bool(BENGALI_LETTERS.search(replies[0].text))
        assert has_bengali == (language is not Language.EN)
    assert await snapshot(world.bot) == before


# Buttons -----------------------------------------------------------------------------------------

Template = tuple[str, tuple[Any, ...]]
numbers = st.one_of(
    st.integers(min_value=-3, max_value=10),
    st.sampled_from([2**31, 2**40, 2**63, 10**11 - 1, 10**11, 10**30, -(2**63)]),
)
ids = st.one_of(st.sampled_from(["own", "other"]), numbers)
templates: st.SearchStrategy[Template] = st.one_of(
    st.tuples(st.just("hint"), st.tuples(ids, numbers, numbers)),
    st.tuples(st.just("skip"), st.tuples(ids, numbers)),
    st.tuples(st.just("grade"), st.tuples(numbers)),
    st.tuples(st.sampled_from(["lang", "delete"]), st.tuples(st.text(max_size=6))),
    st.tuples(st.just("raw"), st.tuples(st.text(max_size=64))),
    st.tuples(st.just("raw"), st.tuples(st.text(alphabet=TRICKY + ":", max_size=64))),
    st.tuples(st.just("none"), st.just(())),
)
VALID_BUTTONS = re.compile(r"practice|lang:(bn|en)|delete:(yes|no)")


@FUZZ
@given(user=st.sampled_from(PEOPLE), template=templates, with_message=st.booleans())
@example(user=BENGALI, template=("hint", ("own", 1, 0)), with_message=False)
@example(user=ENGLISH, template=("hint", ("other", 1, 0)), with_message=True)
@example(user=STRANGER, template=("skip", ("other", 1)), with_message=True)
async def test_any_button_press_is_answered_and_a_foreign_or_broken_one_writes_nothing(
    world: World, user: int, template: Template, with_message: bool
) -> None:
    own_session, own_position, _ = await world.open_problem(BENGALI)
    kind, fields = template
    resolved = [
        own_session if f == "own" else own_session + 1 if f == "other" else f for f in fields
    ]
    if kind == "none":
        data = None
    elif kind == "raw":
        data = str(fields[0])
    else:
        data = ":".join([kind, *map(str, resolved)])
    # The Bengali student's own current buttons act, by design; everything else must not.
    own_press = (
        user == BENGALI
        and kind in ("hint", "skip")
        and resolved[:2] == [own_session, own_position]
    )
    assume(not own_press or not with_message)
    assume(data is None or not VALID_BUTTONS.fullmatch(data))
    if user == REGISTERING:
        # A grade can't come before the name, so nothing a half-registered person presses acts.
        assume(data is None or not data.startswith("grade:"))

    before = await snapshot(world.bot)
    sent = await world.bot.feed(world.bot.press(user, data, with_message=with_message))
    assert_handled(world)
    assert sent.calls.count("answerCallbackQuery") == 1, "the button keeps spinning"
    assert len(sent.messages) <= 1
    language = LANGUAGE[user]
    allowed = {said(language, "stale_button_plain"), said(language, "not_registered")}
    assert {m.text for m in sent.messages} <= allowed
    assert all(m.chat_id == user for m in sent.messages)
    assert await snapshot(world.bot) == before, f"{data!r} from {user} wrote to the database"


# Groups, channels, edits and updates with parts missing ------------------------------------------

chat_kinds = st.sampled_from(["group", "supergroup", "channel"])
group_ids = st.sampled_from([-1001, -1002, -100_123_456_789, -(2**52)])
contents = st.one_of(
    texts.map(lambda text: {"text": text}),
    st.sampled_from(sorted(COMMANDS)).map(lambda c: {"text": f"/{c}"}),
    st.just(
        {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            }
        }
    ),
    st.just({"location": {"latitude": 23.8, "longitude": 90.4}}),
    st.just({"dice": {"emoji": "🎲", "value": 3}}),
    st.just({"new_chat_members": [{"id": 1, "is_bot": True, "first_name": "Dars"}]}),
    st.just({}),
)


def with_entities(content: dict[str, Any]) -> dict[str, Any]:
    """Add the bot_command entity Telegram puts on a text starting with a slash."""
    text = content.get("text")
    if isinstance(text, str) and text.startswith("/") and len(text) > 1:
        length = len(text.split()[0].encode("utf-16-le")) // 2
        return content | {"entities": [{"type": "bot_command", "offset": 0, "length": length}]}
    return content


@FUZZ
@given(
    kind=chat_kinds,
    chat_id=group_ids,
    sender=st.sampled_from([*PEOPLE, None]),
    update_kind=st.sampled_from(
        ["message", "edited_message", "channel_post", "edited_channel_post"]
    ),
    content=contents,
)
async def test_outside_private_chats_the_bot_says_once_per_group_that_it_works_only_in_private(
    world: World,
    kind: str,
    chat_id: int,
    sender: int | None,
    update_kind: str,
    content: dict[str, Any],
) -> None:
    before = await snapshot(world.bot, skip=["group_chats"])
    message = world.bot.message(chat_id, chat_type=kind, sender=sender, **with_entities(content))
    sent = await world.bot.feed({update_kind: message})
    assert_handled(world)
    assert await snapshot(world.bot, skip=["group_chats"]) == before
    assert all(m.chat_id == chat_id for m in sent.messages), "a group message answered elsewhere"
    private_only = {said(None, "private_only"), t(Language.EN, "private_only")}
    assert {m.text for m in sent.messages} <= private_only
    world.told_groups.extend(m.chat_id for m in sent.messages)
    assert len(world.told_groups) == len(set(world.told_groups)), "said twice in one group"
    if kind == "channel" or update_kind != "message":
        assert not sent.messages


@FUZZ
@given(
    user=st.sampled_from(PEOPLE),
    shape=st.sampled_from(
        ["no sender", "no chat", "no text", "empty text", "edited", "bare update", "unknown kind"]
    ),
    content=contents,
)
async def test_updates_with_parts_missing_are_answered_within_the_rules(
    world: World, user: int, shape: str, content: dict[str, Any]
) -> None:
    bot = world.bot
    message = bot.message(user, sender=user, **with_entities(content))
    update: dict[str, Any] = {"message": message}
    if shape == "no sender":
        del message["from"]
    elif shape == "no chat":
        del message["chat"]
    elif shape == "no text":
        message.pop("text", None)
        message.pop("entities", None)
    elif shape == "empty text":
        message["text"] = ""
        message.pop("entities", None)
    elif shape == "edited":
        update = {"edited_message": message | {"edit_date": message["date"]}}
    elif shape == "bare update":
        update = {}
    else:
        update = {"my_chat_member": {"chat": message["chat"], "from": bot.user(user), "date": 0}}

    before = await snapshot(bot)
    sent = await bot.feed(update)
    assert_handled(world)
    assert len(sent.messages) <= 1
    assert all(m.chat_id == user for m in sent.messages)
    if shape in ("no sender", "no chat", "edited", "bare update", "unknown kind"):
        # Nothing to act on or nobody to act for; edits are not read (an answer counts once).
        assert not sent.messages
    elif shape in ("no text", "empty text") and "new_chat_members" not in content:
        assert [m.text for m in sent.messages] == [said(LANGUAGE[user], "text_only")]
    assert await snapshot(bot) == before


# What the fuzzing found, one focused test each --------------------------------------------------


async def test_a_nul_or_control_character_in_an_answer_is_dropped_before_it_is_stored(
    world: World,
) -> None:
    # PostgreSQL refuses NUL in a text column: the answer used to crash the handler there.
    sent = await world.bot.feed(world.bot.text(BENGALI, "12\x00345\x07"))
    assert_handled(world)
    assert len(sent.to(BENGALI)) in (1, 2)  # "try again", or right and the next problem
    async with world.session_factory() as session:
        answers = (await session.execute(select(Response.student_answer))).scalars().all()
    assert "12345" in answers


@pytest.mark.parametrize("typed", ["0", "\u200f\u200b", "😀 ✋🏽", "\u202e\ufeff", "১২৩", "..."])
async def test_a_name_with_no_letter_in_it_is_refused_and_not_stored(
    world: World, typed: str
) -> None:
    sent = await world.bot.feed(world.bot.text(REGISTERING, typed))
    assert_handled(world)
    assert [m.text for m in sent.messages] == [said(None, "name_empty")]
    async with world.session_factory() as session:
        pending = await session.get(PendingRegistration, REGISTERING)
        assert pending is not None
        assert pending.name is None


async def test_invisible_characters_are_taken_out_of_a_name_and_bengali_joiners_kept(
    world: World,
) -> None:
    sent = await world.bot.feed(world.bot.text(REGISTERING, "\u202eর\u200d্যাব\u200b  ইদ\x00"))
    assert_handled(world)
    assert [m.text for m in sent.messages] == [said(None, "ask_grade", name="র\u200d্যাব ইদ")]
    async with world.session_factory() as session:
        pending = await session.get(PendingRegistration, REGISTERING)
        assert pending is not None
        assert pending.name == "র\u200d্যাব ইদ"


@pytest.mark.parametrize("missing", ["from", "chat"])
async def test_a_message_without_a_sender_or_a_chat_is_ignored_not_an_error(
    world: World, missing: str
) -> None:
    message = world.bot.message(ENGLISH, sender=ENGLISH, text="/help")
    message["entities"] = [{"type": "bot_command", "offset": 0, "length": 5}]
    del message[missing]
    before = await snapshot(world.bot)
    sent = await world.bot.feed({"message": message})
    assert_handled(world)
    assert sent.messages == []
    assert await snapshot(world.bot) == before


async def test_a_press_of_a_button_not_under_a_private_message_is_answered_and_does_nothing(
    world: World,
) -> None:
    session_id, position, _ = await world.open_problem(BENGALI)
    before = await snapshot(world.bot)
    # The student's own live Hint button, but from an inline message: no chat to answer in.
    inline = world.bot.press(BENGALI, f"hint:{session_id}:{position}:0", with_message=False)
    sent = await world.bot.feed(inline)
    assert_handled(world)
    assert (sent.calls.count("answerCallbackQuery"), sent.messages) == (1, [])
    in_group = world.bot.press(BENGALI, f"hint:{session_id}:{position}:0")
    in_group["callback_query"]["message"]["chat"] = {"id": -1001, "type": "group"}
    sent = await world.bot.feed(in_group)
    assert (sent.calls.count("answerCallbackQuery"), sent.messages) == (1, [])
    assert await snapshot(world.bot) == before


async def test_a_broken_grade_or_language_button_is_answered_in_the_students_language(
    world: World,
) -> None:
    for data in ("grade:0", "grade:9", "lang:fr"):
        sent = await world.bot.feed(world.bot.press(ENGLISH, data))
        assert [m.text for m in sent.messages] == [t(Language.EN, "stale_button_plain")]


async def test_a_group_hears_once_that_the_tutor_works_only_in_private(
    world: World, bot_settings: Settings
) -> None:
    def command(chat_id: int, sender: int, text: str) -> dict[str, Any]:
        entities = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        message = world.bot.message(
            chat_id, chat_type="supergroup", sender=sender, text=text, entities=entities
        )
        return {"message": message}

    first = await world.bot.feed(command(-1001, ENGLISH, "/start"))
    assert [(m.chat_id, m.text) for m in first.messages] == [
        (-1001, t(Language.EN, "private_only"))
    ]
    for sender, text in ((STRANGER, "/practice"), (ENGLISH, "/help@dars_bot")):
        assert (await world.bot.feed(command(-1001, sender, text))).messages == []
    other = await world.bot.feed(command(-1002, STRANGER, "/start"))
    assert [(m.chat_id, m.text) for m in other.messages] == [(-1002, said(None, "private_only"))]
    # Remembered in the database, not in the process: a restarted bot stays quiet too.
    restarted = await start_direct_bot(bot_settings, world.telegram)
    try:
        message = command(-1001, STRANGER, "/start")
        assert (await restarted.feed(message)).messages == []
        assert restarted.errors == []
    finally:
        await restarted.stop()
