"""Classes on both backends: making one, joining by code and by link, the week, the digest, privacy."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.accounts import AskName, ConfirmDelete, Deleted, Welcome
from bot.tutor.classes import (
    CODE_ALPHABET,
    AlreadyInClass,
    ClassChoice,
    ClassClosed,
    ClassCreated,
    ClassDigests,
    ClassDigestView,
    ClassFile,
    ClassNotice,
    ClassProblem,
    ClassWeek,
    FileKind,
    Joined,
    JoinOffer,
    LeftClass,
    MyClass,
)
from bot.tutor.facade import Tutor
from bot.tutor.language import Language
from bot.tutor.reminders import Delivery
from bot.tutor.replies import Reply, View
from db.enums import SessionStatus
from db.models import ClassMember, JoinFailure, SchoolClass, Streak, Student, Teacher
from db.uow import UnitOfWork
from tests.factories import make_problem, make_response, make_session, make_student
from tests.library_loader import ensure_library

Factory = async_sessionmaker[AsyncSession]
DHAKA = ZoneInfo("Asia/Dhaka")
THURSDAY = date(2026, 12, 3)  # a Thursday: the school week (Sunday-Thursday) ends
NOW = datetime.combine(THURSDAY, time(10, 0), tzinfo=DHAKA).astimezone(UTC)
DIGEST_TIME = datetime.combine(THURSDAY, time(18, 5), tzinfo=DHAKA).astimezone(UTC)
TEACHER, OTHER_TEACHER = 500, 600


@pytest.fixture
async def tutor(session_factory: Factory) -> Tutor:
    await ensure_library(session_factory)
    return Tutor(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)


def only(reply: Reply, kind: type[View]) -> View:
    found = [view for view in reply.views if isinstance(view, kind)]
    assert len(found) == 1, reply.views
    return found[0]


async def make_class(tutor: Tutor, teacher: int, name: str) -> ClassCreated:
    reply = await tutor.new_class(
        telegram_id=teacher, text=name, now=NOW, sender_name="Mr Karim", app_language=Language.EN
    )
    created = only(reply, ClassCreated)
    assert isinstance(created, ClassCreated)
    return created


async def student_in(session_factory: Factory, tutor: Tutor, code: str, name: str) -> Student:
    async with session_factory() as session:
        student = await make_student(session, name=name, language="en")
        await session.commit()
    offer = only(
        await tutor.join_class(telegram_id=student.telegram_id, text=code, now=NOW), JoinOffer
    )
    assert isinstance(offer, JoinOffer)
    joined = await tutor.confirm_join(telegram_id=student.telegram_id, code=offer.code, now=NOW)
    assert isinstance(only(joined, Joined), Joined)
    return student


async def practised(
    session_factory: Factory, student: Student, day: date, *, right: int, wrong: int
) -> None:
    """Record a completed session on a day: `right` problems right, `wrong` wrong."""
    async with session_factory() as session:
        problems = [await make_problem(session) for _ in range(right + wrong)]
        practice = await make_session(
            session,
            student,
            problems,
            date=day,
            status=SessionStatus.COMPLETED,
            expires_at=NOW,
        )
        for index, problem in enumerate(problems):
            await make_response(session, practice, problem, is_correct=index < right)
        await session.merge(
            Streak(
                student_id=student.student_id,
                current_streak=1,
                longest_streak=1,
                last_practice_date=day,
            )
        )
        await session.commit()


async def test_a_teacher_gathers_a_class_by_code_and_by_link(
    tutor: Tutor, session_factory: Factory
) -> None:
    created = await make_class(tutor, TEACHER, "  Class 7 A ")
    assert created.name == "Class 7 A"
    assert len(created.code) == 6
    assert set(created.code) <= set(CODE_ALPHABET)

    # A registered student types the code (in lower case, with a space): one confirmation.
    nusrat = await student_in(
        session_factory, tutor, created.code.lower()[:3] + " " + created.code[3:], "Nusrat"
    )
    # A new student opens the deep link: registration first, then the offer, then the class.
    newcomer = 4242
    asked = await tutor.start(telegram_id=newcomer, now=NOW, payload=f"join-{created.code}")
    assert isinstance(only(asked, AskName), AskName)
    await tutor.submit_text(telegram_id=newcomer, text="Rafi", now=NOW)
    await tutor.choose_grade(telegram_id=newcomer, grade=7)
    welcome = await tutor.choose_language(telegram_id=newcomer, language=Language.EN, now=NOW)
    assert isinstance(welcome.views[0], Welcome)
    offer = only(welcome, JoinOffer)
    assert isinstance(offer, JoinOffer)
    assert offer.teacher_name == "Mr Karim"
    joined = await tutor.confirm_join(telegram_id=newcomer, code=offer.code, now=NOW)
    assert isinstance(only(joined, Joined), Joined)
    again = await tutor.join_class(telegram_id=newcomer, text=created.code, now=NOW)
    assert isinstance(only(again, AlreadyInClass), AlreadyInClass)

    week = only(await tutor.class_view(telegram_id=TEACHER, now=NOW), ClassWeek)
    assert isinstance(week, ClassWeek)
    assert [s.name for s in week.students] == ["Nusrat", "Rafi"]
    assert week.first_day == date(2026, 11, 27)  # the Friday before
    mine = only(await tutor.class_view(telegram_id=nusrat.telegram_id, now=NOW), MyClass)
    assert isinstance(mine, MyClass)
    assert (mine.class_name, mine.teacher_name) == ("Class 7 A", "Mr Karim")


async def test_the_week_shows_practice_topics_missed_problems_and_who_is_at_risk(
    tutor: Tutor, session_factory: Factory
) -> None:
    created = await make_class(tutor, TEACHER, "7A")
    asha = await student_in(session_factory, tutor, created.code, "Asha")
    bina = await student_in(session_factory, tutor, created.code, "Bina")
    await student_in(session_factory, tutor, created.code, "Chand")  # never practised
    await practised(session_factory, asha, THURSDAY - timedelta(days=1), right=3, wrong=2)
    await practised(session_factory, bina, THURSDAY - timedelta(days=6), right=5, wrong=0)

    week = only(await tutor.class_view(telegram_id=TEACHER, now=NOW), ClassWeek)
    assert isinstance(week, ClassWeek)
    by_name = {s.name: s for s in week.students}
    assert by_name["Asha"].days_practised == 1
    assert by_name["Asha"].correct == 3
    assert by_name["Bina"].sessions_completed == 1
    assert week.at_risk == ("Asha",)  # practised yesterday, not yet today
    assert [s.name for s in week.inactive] == ["Bina", "Chand"]  # 6 days, and never
    assert week.topics[0].topic_en == "Test topic"
    assert week.topics[0].answered == 10
    assert len(week.most_missed) == 2
    assert all(m.missed == 1 for m in week.most_missed)

    csv_reply = await tutor.class_file(
        telegram_id=TEACHER, class_id=week.class_id, kind=FileKind.CSV, now=NOW
    )
    assert isinstance(only(csv_reply, ClassFile), ClassFile)


async def test_a_teacher_never_sees_another_teachers_class(
    tutor: Tutor, session_factory: Factory
) -> None:
    mine = await make_class(tutor, TEACHER, "Mine")
    theirs = await make_class(tutor, OTHER_TEACHER, "Theirs")
    await student_in(session_factory, tutor, theirs.code, "Someone Else")
    for reply in (
        await tutor.show_class(telegram_id=TEACHER, class_id=theirs.class_id, now=NOW),
        await tutor.class_file(
            telegram_id=TEACHER, class_id=theirs.class_id, kind=FileKind.CHART, now=NOW
        ),
        await tutor.show_class(telegram_id=123, class_id=mine.class_id, now=NOW),
    ):
        notice = only(reply, ClassNotice)
        assert notice == ClassNotice(ClassProblem.CLOSED)
    week = only(await tutor.class_view(telegram_id=TEACHER, now=NOW), ClassWeek)
    assert isinstance(week, ClassWeek)
    assert week.students == ()
    # A second class of one teacher: /class asks which.
    await make_class(tutor, TEACHER, "Mine too")
    choice = only(await tutor.class_view(telegram_id=TEACHER, now=NOW), ClassChoice)
    assert isinstance(choice, ClassChoice)
    assert [name for _, name, _ in choice.classes] == ["Mine", "Mine too"]


async def test_wrong_codes_are_refused_and_guessing_is_slowed(
    tutor: Tutor, session_factory: Factory
) -> None:
    created = await make_class(tutor, TEACHER, "7A")
    guesser = 31337
    for guess in ("ABCDE0", "nonsense", "ZZZZZZ", "২২২২২২", "YYYYYY"):
        reply = await tutor.join_class(telegram_id=guesser, text=guess, now=NOW)
        assert only(reply, ClassNotice) == ClassNotice(ClassProblem.CODE_UNKNOWN)
    # The right code no longer helps within the hour; an hour later it does.
    blocked = await tutor.join_class(telegram_id=guesser, text=created.code, now=NOW)
    assert only(blocked, ClassNotice) == ClassNotice(ClassProblem.TOO_MANY_TRIES)
    later = await tutor.join_class(
        telegram_id=guesser, text=created.code, now=NOW + timedelta(hours=1, minutes=1)
    )
    assert isinstance(only(later, AskName), AskName)
    async with session_factory() as session:
        assert await session.scalar(select(func.count()).select_from(ClassMember)) == 0
        assert await session.scalar(select(func.count()).select_from(JoinFailure)) == 5


@dataclass
class RecordingSender:
    """Records what the digest job sends."""

    sent: list[tuple[int, View]] = field(default_factory=list)
    fail_first: bool = False

    async def wait_for_turn(self) -> bool:
        return True

    async def deliver_view(self, telegram_id: int, language: Language, view: View) -> Delivery:
        if self.fail_first:
            self.fail_first = False
            return Delivery.RETRY_LATER
        self.sent.append((telegram_id, view))
        return Delivery.DELIVERED


async def test_the_digest_goes_once_per_class_and_week_and_not_to_an_empty_class(
    tutor: Tutor, session_factory: Factory
) -> None:
    created = await make_class(tutor, TEACHER, "7A")
    await make_class(tutor, TEACHER, "Empty")
    asha = await student_in(session_factory, tutor, created.code, "Asha")
    await student_in(session_factory, tutor, created.code, "Bina")
    await practised(session_factory, asha, THURSDAY - timedelta(days=2), right=4, wrong=1)
    await practised(session_factory, asha, THURSDAY - timedelta(days=9), right=1, wrong=4)
    digests = ClassDigests(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)
    sender = RecordingSender(fail_first=True)

    early = await digests.send_digests(sender, now=NOW)
    assert early.skipped
    assert sender.sent == []
    dry = await digests.send_digests(sender, now=DIGEST_TIME, dry_run=True)
    assert dry.due == 1
    assert sender.sent == []
    first = await digests.send_digests(sender, now=DIGEST_TIME)
    assert (first.claimed, first.sent, first.retry_later) == (1, 0, 1)
    retried = await digests.send_digests(sender, now=DIGEST_TIME + timedelta(minutes=1))
    assert (retried.claimed, retried.sent) == (0, 1)
    again = await digests.send_digests(sender, now=DIGEST_TIME + timedelta(minutes=2))
    assert (again.claimed, again.sent) == (0, 0)

    ((to, digest),) = sender.sent
    assert to == TEACHER
    assert isinstance(digest, ClassDigestView)
    assert digest.first_day == date(2026, 11, 27)
    assert digest.last_day == THURSDAY
    assert digest.this_week.active_students == 1
    assert digest.this_week.correct == 4
    assert digest.week_before.answered == 5
    assert digest.week_before.correct == 1
    assert digest.days_by_student == (("Asha", 1),)
    assert digest.not_practised == ("Bina",)


async def test_leaving_and_deleting_remove_the_membership_and_a_teacher_closes_classes(
    tutor: Tutor, session_factory: Factory
) -> None:
    created = await make_class(tutor, TEACHER, "7A")
    asha = await student_in(session_factory, tutor, created.code, "Asha")
    bina = await student_in(session_factory, tutor, created.code, "Bina")
    left = await tutor.leave_class(telegram_id=asha.telegram_id)
    assert only(left, LeftClass) == LeftClass("7A")
    not_in = await tutor.leave_class(telegram_id=asha.telegram_id)
    assert only(not_in, ClassNotice) == ClassNotice(ClassProblem.NOT_IN_CLASS)
    # A student's own /delete_me takes them out of the class with everything else.
    chand = await student_in(session_factory, tutor, created.code, "Chand")
    await tutor.ask_delete(telegram_id=chand.telegram_id, now=NOW)
    gone = await tutor.confirm_delete(telegram_id=chand.telegram_id, confirmed=True, now=NOW)
    assert isinstance(only(gone, Deleted), Deleted)
    week = only(await tutor.class_view(telegram_id=TEACHER, now=NOW), ClassWeek)
    assert isinstance(week, ClassWeek)
    assert [s.name for s in week.students] == ["Bina"]

    # The teacher (not a student) deletes their data: the class closes, Bina is told.
    assert isinstance(
        only(await tutor.ask_delete(telegram_id=TEACHER, now=NOW), ConfirmDelete), ConfirmDelete
    )
    deleted = await tutor.confirm_delete(telegram_id=TEACHER, confirmed=True, now=NOW)
    assert isinstance(only(deleted, Deleted), Deleted)
    async with session_factory() as session:
        for table in (Teacher, SchoolClass, ClassMember):
            assert await session.scalar(select(func.count()).select_from(table)) == 0
    digests = ClassDigests(unit_of_work=partial(UnitOfWork, session_factory), timezone=DHAKA)
    sender = RecordingSender()
    report = await digests.send_digests(sender, now=NOW)
    assert report.notices_sent == 1
    assert sender.sent == [(bina.telegram_id, ClassClosed("7A"))]
    assert (await digests.send_digests(sender, now=NOW)).notices_sent == 0


def test_the_cron_command_runs_the_digest_and_says_what_it_did(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from scripts import jobs

    monkeypatch.setenv("DATABASE_URL", database_url)
    assert jobs.main(["digest", "--dry-run", "--now", "2026-12-03T18:05+06:00"]) == 0
    assert capsys.readouterr().out.strip() == (
        "dry run: digest: 0 due, 0 newly claimed, 0 sent, 0 to retry, 0 failed"
    )
    assert jobs.main(["digest", "--dry-run", "--now", "2026-12-02T18:05+06:00"]) == 0
    assert capsys.readouterr().out.strip() == (
        "dry run: digest: skipped (digests go on Thursdays, 18:00-21:30)"
    )
    assert jobs.main(["digest"]) == 2  # no token: only --dry-run works
    assert "TELEGRAM_BOT_TOKEN" in capsys.readouterr().err


async def test_reports_by_class_count_only_the_class_and_name_topics_and_difficulties(
    tutor: Tutor,
    session_factory: Factory,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from scripts.report import parse_arguments, run

    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("BOT_TIMEZONE", "Asia/Dhaka")
    mine = await make_class(tutor, TEACHER, "7A")
    theirs = await make_class(tutor, OTHER_TEACHER, "8B")
    asha = await student_in(session_factory, tutor, mine.code, "Asha")
    zed = await student_in(session_factory, tutor, theirs.code, "Zed")
    async with session_factory() as session:
        await make_student(session, name="Nobody", grade=8)  # in no class
        await session.commit()
    await practised(session_factory, asha, THURSDAY - timedelta(days=1), right=2, wrong=1)
    await practised(session_factory, zed, THURSDAY - timedelta(days=1), right=0, wrong=4)

    async def report(*argv: str) -> dict[str, object]:
        capsys.readouterr()
        assert await run(parse_arguments([*argv, "--format", "json"]), now=NOW) == 0
        loaded: dict[str, object] = json.loads(capsys.readouterr().out)
        return loaded

    usage = await report("usage", "--class", mine.code.lower())
    assert usage["class"] == mine.code
    assert usage["summary"]["active_students"] == 1  # type: ignore[index]
    assert usage["summary"]["answered"] == 3  # type: ignore[index]
    daily = usage["sections"]["daily"]  # type: ignore[index]
    assert daily[-1]["day"] == THURSDAY.isoformat()  # the table stops at today
    cost = await report("cost", "--class", theirs.code)
    assert cost["summary"]["active_students"] == 1  # type: ignore[index]

    listing = await report("students", "--class", mine.code)
    assert [
        (s["telegram_id"], s["name"], s["class"]) for s in listing["sections"]["students"]
    ] == [  # type: ignore[index]
        (asha.telegram_id, "Asha", mine.code)
    ]
    everyone = await report("students", "--grade", "7")
    assert sorted(s["name"] for s in everyone["sections"]["students"]) == ["Asha", "Zed"]  # type: ignore[index]
    everyone = await report("students")
    last = everyone["sections"]["students"][-1]  # type: ignore[index]
    assert (last["name"], last["class"], last["last_practice"]) == ("Nobody", None, None)

    # Tables show the names students see: the topic's name and the difficulty's word.
    capsys.readouterr()
    assert await run(parse_arguments(["usage", "--class", mine.code]), now=NOW) == 0
    table = capsys.readouterr().out
    assert "Usage report: December 2026, class" in table
    assert "Test topic" in table
    assert "test_topic" not in table
    assert "easy" in table
    assert await run(parse_arguments(["usage", "--class", "ABCDEF"]), now=NOW) == 1
    assert "no class has the code ABCDEF" in capsys.readouterr().err


async def test_a_teacher_who_is_also_a_student_closes_their_classes_when_deleted(
    tutor: Tutor, session_factory: Factory
) -> None:
    async with session_factory() as session:
        await make_student(session, telegram_id=TEACHER, name="Karim", language="en")
        await session.commit()
    created = await make_class(tutor, TEACHER, "7A")
    assert created.name == "7A"
    bina = await student_in(session_factory, tutor, created.code, "Bina")
    mine = only(await tutor.class_view(telegram_id=bina.telegram_id, now=NOW), MyClass)
    assert isinstance(mine, MyClass)
    assert mine.teacher_name == "Karim"  # their student name, not Telegram's "Mr Karim"
    await tutor.ask_delete(telegram_id=TEACHER, now=NOW)
    typed_yes = await tutor.submit_text(telegram_id=TEACHER, text="yes", now=NOW)
    assert isinstance(only(typed_yes, Deleted), Deleted)
    async with session_factory() as session:
        for table in (Teacher, SchoolClass, ClassMember):
            assert await session.scalar(select(func.count()).select_from(table)) == 0
    after = await tutor.class_view(telegram_id=bina.telegram_id, now=NOW)
    assert only(after, ClassNotice) == ClassNotice(ClassProblem.NOT_IN_CLASS)
