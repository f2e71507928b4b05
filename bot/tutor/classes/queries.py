"""The SQL of classes: teachers, classes and codes, members, joins, digests and notices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, Select, case, delete, func, select, update
from sqlalchemy.orm import aliased

from bot.tutor.classes.rules import SessionDay
from bot.tutor.language import Language
from db.enums import SessionStatus
from db.models import (
    ClassDigest,
    ClassMember,
    ClassNotice,
    JoinFailure,
    PendingJoin,
    PracticeSession,
    Problem,
    Response,
    SchoolClass,
    Streak,
    Student,
    Teacher,
)
from db.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class TeacherRecord:
    """A teacher, in the language they read (their student language, if they are one too)."""

    teacher_id: int
    telegram_id: int
    name: str
    language: Language
    delete_asked_at: datetime | None


@dataclass(frozen=True, slots=True)
class ClassRecord:
    """A class, its code and its teacher."""

    class_id: int
    name: str
    code: str
    teacher_id: int
    teacher_name: str
    members: int


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """A student of a class, as a teacher may see them: no username, no phone, no Telegram id."""

    student_id: int
    name: str
    grade: int
    streak: int
    last_practice: date | None


@dataclass(frozen=True, slots=True)
class TopicRecord:
    """Answers of a class in one topic."""

    topic_en: str
    topic_bn: str
    answered: int
    correct: int


@dataclass(frozen=True, slots=True)
class MissedRecord:
    """A problem the class got wrong most often."""

    topic_en: str
    topic_bn: str
    question_en: str
    question_bn: str
    missed: int
    answered: int


@dataclass(frozen=True, slots=True)
class NoticeRecord:
    """A message owed to a student about their class."""

    notice_id: int
    telegram_id: int
    language: Language
    class_name: str


# --- Teachers --------------------------------------------------------------------------------


async def teacher_by_telegram_id(uow: UnitOfWork, telegram_id: int) -> TeacherRecord | None:
    """Return the teacher with this Telegram id; a teacher who is a student reads their language."""
    query = (
        select(
            Teacher.teacher_id,
            Teacher.telegram_id,
            Teacher.name,
            func.coalesce(Student.language, Teacher.language),
            Teacher.delete_asked_at,
        )
        .outerjoin(Student, Student.telegram_id == Teacher.telegram_id)
        .where(Teacher.telegram_id == telegram_id)
    )
    row = (await uow.session.execute(query)).first()
    if row is None:
        return None
    return TeacherRecord(row[0], int(row[1]), row[2], Language(row[3]), row[4])


async def ensure_teacher(
    uow: UnitOfWork, *, telegram_id: int, name: str, language: Language
) -> TeacherRecord:
    """Return the teacher with this Telegram id, making them one if they are not yet."""
    await uow.session.execute(
        uow.insert(Teacher)
        .values(telegram_id=telegram_id, name=name, language=language.value)
        .on_conflict_do_nothing(index_elements=["telegram_id"])
    )
    found = await teacher_by_telegram_id(uow, telegram_id)
    assert found is not None
    return found


async def set_delete_asked(uow: UnitOfWork, teacher_id: int, when: datetime | None) -> None:
    """Remember (or forget) when the teacher was asked to confirm deleting their data."""
    await uow.session.execute(
        update(Teacher).where(Teacher.teacher_id == teacher_id).values(delete_asked_at=when)
    )


async def delete_teacher(uow: UnitOfWork, teacher_id: int) -> None:
    """Delete the teacher; their classes, members' places and digests go with them (cascade)."""
    await uow.session.execute(delete(Teacher).where(Teacher.teacher_id == teacher_id))


# --- Classes ---------------------------------------------------------------------------------


def _class_query() -> Select[Any]:
    counted = aliased(ClassMember)  # the outer query may join ClassMember itself
    members = (
        select(func.count())
        .select_from(counted)
        .where(counted.class_id == SchoolClass.class_id)
        .correlate(SchoolClass)
        .scalar_subquery()
    )
    return select(
        SchoolClass.class_id,
        SchoolClass.name,
        SchoolClass.code,
        SchoolClass.teacher_id,
        Teacher.name,
        members,
    ).join(Teacher, Teacher.teacher_id == SchoolClass.teacher_id)


def _class(row: Sequence[Any]) -> ClassRecord:
    return ClassRecord(row[0], row[1], row[2], row[3], row[4], int(row[5]))


async def code_taken(uow: UnitOfWork, code: str) -> bool:
    """Return whether a class already has this code."""
    query = select(SchoolClass.class_id).where(SchoolClass.code == code)
    return (await uow.session.execute(query)).first() is not None


async def create_class(uow: UnitOfWork, *, teacher_id: int, name: str, code: str) -> int:
    """Create a class and return its id."""
    made = SchoolClass(teacher_id=teacher_id, name=name, code=code)
    uow.session.add(made)
    await uow.session.flush()
    return made.class_id


async def class_by_code(uow: UnitOfWork, code: str) -> ClassRecord | None:
    """Return the class with this join code."""
    row = (await uow.session.execute(_class_query().where(SchoolClass.code == code))).first()
    return None if row is None else _class(row)


async def class_by_id(uow: UnitOfWork, class_id: int) -> ClassRecord | None:
    """Return the class with this id."""
    query = _class_query().where(SchoolClass.class_id == class_id)
    row = (await uow.session.execute(query)).first()
    return None if row is None else _class(row)


async def classes_of_teacher(uow: UnitOfWork, teacher_id: int) -> list[ClassRecord]:
    """Return a teacher's classes, oldest first."""
    query = (
        _class_query().where(SchoolClass.teacher_id == teacher_id).order_by(SchoolClass.class_id)
    )
    return [_class(row) for row in (await uow.session.execute(query)).all()]


async def classes_due_a_digest(uow: UnitOfWork, week_end: date) -> list[int]:
    """Return the classes with students whose digest of the week is not claimed yet."""
    claimed = select(ClassDigest.class_id).where(ClassDigest.week_end == week_end)
    query = (
        select(SchoolClass.class_id)
        .where(
            SchoolClass.class_id.in_(select(ClassMember.class_id).distinct()),
            SchoolClass.class_id.not_in(claimed),
        )
        .order_by(SchoolClass.class_id)
    )
    return [int(class_id) for class_id in (await uow.session.scalars(query)).all()]


# --- Members ---------------------------------------------------------------------------------


async def class_of_student(uow: UnitOfWork, student_id: int) -> ClassRecord | None:
    """Return the class a student is in, if any."""
    query = (
        _class_query()
        .join(ClassMember, ClassMember.class_id == SchoolClass.class_id)
        .where(ClassMember.student_id == student_id)
    )
    row = (await uow.session.execute(query)).first()
    return None if row is None else _class(row)


async def class_of_telegram_id(uow: UnitOfWork, telegram_id: int) -> ClassRecord | None:
    """Return the class of the student with this Telegram id, if they are in one."""
    query = (
        _class_query()
        .join(ClassMember, ClassMember.class_id == SchoolClass.class_id)
        .join(Student, Student.student_id == ClassMember.student_id)
        .where(Student.telegram_id == telegram_id)
    )
    row = (await uow.session.execute(query)).first()
    return None if row is None else _class(row)


async def set_membership(uow: UnitOfWork, *, student_id: int, class_id: int) -> None:
    """Put a student in a class, out of any other (a student is in at most one)."""
    await uow.session.execute(delete(ClassMember).where(ClassMember.student_id == student_id))
    uow.session.add(ClassMember(student_id=student_id, class_id=class_id))
    await uow.session.flush()


async def remove_membership(uow: UnitOfWork, student_id: int) -> None:
    """Take a student out of their class."""
    await uow.session.execute(delete(ClassMember).where(ClassMember.student_id == student_id))


async def members(uow: UnitOfWork, class_id: int) -> list[MemberRecord]:
    """Return a class's students with their streaks, by name."""
    query = (
        select(
            Student.student_id,
            Student.name,
            Student.grade,
            func.coalesce(Streak.current_streak, 0),
            Streak.last_practice_date,
        )
        .join(ClassMember, ClassMember.student_id == Student.student_id)
        .outerjoin(Streak, Streak.student_id == Student.student_id)
        .where(ClassMember.class_id == class_id)
        .order_by(Student.name, Student.student_id)
    )
    return [
        MemberRecord(row[0], row[1], row[2], int(row[3]), row[4])
        for row in (await uow.session.execute(query)).all()
    ]


async def member_sessions(
    uow: UnitOfWork, class_id: int, first: date, last: date
) -> list[SessionDay]:
    """Return the sessions of a class's students dated from `first` to `last`."""
    answered = func.count(Response.is_correct)
    correct = func.coalesce(func.sum(case((Response.is_correct.is_(True), 1), else_=0)), 0)
    query = (
        select(
            PracticeSession.student_id,
            PracticeSession.date,
            PracticeSession.status,
            answered,
            correct.cast(Integer),
        )
        .join(ClassMember, ClassMember.student_id == PracticeSession.student_id)
        .outerjoin(Response, Response.session_id == PracticeSession.session_id)
        .where(ClassMember.class_id == class_id, PracticeSession.date.between(first, last))
        .group_by(PracticeSession.session_id, PracticeSession.student_id, PracticeSession.date)
    )
    return [
        SessionDay(
            row[0],
            row[1],
            SessionStatus(row[2]) is SessionStatus.COMPLETED,
            int(row[3]),
            int(row[4]),
        )
        for row in (await uow.session.execute(query)).all()
    ]


def _answers_of_class(class_id: int, first: date, last: date) -> Select[Any]:
    return (
        select(Response)
        .join(PracticeSession, PracticeSession.session_id == Response.session_id)
        .join(ClassMember, ClassMember.student_id == PracticeSession.student_id)
        .join(Problem, Problem.problem_id == Response.problem_id)
        .where(
            ClassMember.class_id == class_id,
            PracticeSession.date.between(first, last),
            Response.is_correct.is_not(None),
        )
    )


async def topic_accuracy(
    uow: UnitOfWork, class_id: int, first: date, last: date
) -> list[TopicRecord]:
    """Return a class's answers by topic, the most answered first."""
    correct = func.sum(case((Response.is_correct.is_(True), 1), else_=0))
    answered = func.count(Response.response_id)
    query = (
        _answers_of_class(class_id, first, last)
        .with_only_columns(Problem.topic_en, Problem.topic_bn, answered, correct)
        .group_by(Problem.topic_en, Problem.topic_bn)
        .order_by(answered.desc(), Problem.topic_en)
    )
    return [
        TopicRecord(row[0], row[1], int(row[2]), int(row[3] or 0))
        for row in (await uow.session.execute(query)).all()
    ]


async def most_missed(
    uow: UnitOfWork, class_id: int, first: date, last: date, limit: int
) -> list[MissedRecord]:
    """Return the problems a class got wrong most often (at least once)."""
    missed = func.sum(case((Response.is_correct.is_(False), 1), else_=0))
    answered = func.count(Response.response_id)
    query = (
        _answers_of_class(class_id, first, last)
        .with_only_columns(
            Problem.topic_en,
            Problem.topic_bn,
            Problem.question_en,
            Problem.question_bn,
            missed,
            answered,
        )
        .group_by(
            Problem.problem_id,
            Problem.topic_en,
            Problem.topic_bn,
            Problem.question_en,
            Problem.question_bn,
        )
        .having(missed > 0)
        .order_by(missed.desc(), answered.desc(), Problem.problem_id)
        .limit(limit)
    )
    return [
        MissedRecord(row[0], row[1], row[2] or "", row[3] or "", int(row[4]), int(row[5]))
        for row in (await uow.session.execute(query)).all()
    ]


# --- Joining ---------------------------------------------------------------------------------


async def count_failed_joins(uow: UnitOfWork, telegram_id: int, since: datetime) -> int:
    """Return how many wrong codes this person typed since a moment."""
    query = select(func.count()).where(
        JoinFailure.telegram_id == telegram_id, JoinFailure.failed_at >= since
    )
    return int((await uow.session.execute(query)).scalar_one())


async def record_failed_join(uow: UnitOfWork, telegram_id: int, now: datetime) -> None:
    """Count one wrong code."""
    uow.session.add(JoinFailure(telegram_id=telegram_id, failed_at=now))
    await uow.session.flush()


async def forget_failed_joins(uow: UnitOfWork, before: datetime) -> None:
    """Forget wrong codes too old to count."""
    await uow.session.execute(delete(JoinFailure).where(JoinFailure.failed_at < before))


async def set_pending_join(uow: UnitOfWork, telegram_id: int, class_id: int) -> None:
    """Remember the class someone registering asked to join."""
    await uow.session.execute(delete(PendingJoin).where(PendingJoin.telegram_id == telegram_id))
    uow.session.add(PendingJoin(telegram_id=telegram_id, class_id=class_id))
    await uow.session.flush()


async def pending_join(uow: UnitOfWork, telegram_id: int) -> ClassRecord | None:
    """Return the class someone asked to join before they registered."""
    query = (
        _class_query()
        .join(PendingJoin, PendingJoin.class_id == SchoolClass.class_id)
        .where(PendingJoin.telegram_id == telegram_id)
    )
    row = (await uow.session.execute(query)).first()
    return None if row is None else _class(row)


async def clear_pending_join(uow: UnitOfWork, telegram_id: int) -> None:
    """Forget a pending join (taken, refused, or its person deleted)."""
    await uow.session.execute(delete(PendingJoin).where(PendingJoin.telegram_id == telegram_id))


# --- Closing ---------------------------------------------------------------------------------


async def queue_closed_notices(uow: UnitOfWork, class_id: int, class_name: str) -> int:
    """Owe every student of a class a message that it closed; return how many."""
    query = (
        select(Student.student_id, Student.language)
        .join(ClassMember, ClassMember.student_id == Student.student_id)
        .where(ClassMember.class_id == class_id)
    )
    rows = (await uow.session.execute(query)).all()
    for student_id, language in rows:
        uow.session.add(
            ClassNotice(
                student_id=student_id,
                kind="class_closed",
                class_name=class_name,
                language=language,
            )
        )
    await uow.session.flush()
    return len(rows)


async def next_unsent_notice(uow: UnitOfWork, now: datetime) -> NoticeRecord | None:
    """Take the oldest unsent notice, mark it sent (before it leaves, as reminders are)."""
    query = (
        select(
            ClassNotice.notice_id, Student.telegram_id, Student.language, ClassNotice.class_name
        )
        .join(Student, Student.student_id == ClassNotice.student_id)
        .where(ClassNotice.sent_at.is_(None))
        .order_by(ClassNotice.notice_id)
        .limit(1)
        .with_for_update(of=ClassNotice, skip_locked=True)
    )
    row = (await uow.session.execute(query)).first()
    if row is None:
        return None
    await uow.session.execute(
        update(ClassNotice).where(ClassNotice.notice_id == row[0]).values(sent_at=now)
    )
    return NoticeRecord(row[0], int(row[1]), Language(row[2]), row[3])


# --- Digests ---------------------------------------------------------------------------------


async def claim_digest(uow: UnitOfWork, class_id: int, week_end: date, now: datetime) -> bool:
    """Claim a class's digest of a week; False if it was claimed before (by any process)."""
    claimed = (
        uow.insert(ClassDigest)
        .values(class_id=class_id, week_end=week_end, status="claimed", claimed_at=now)
        .on_conflict_do_nothing(index_elements=["class_id", "week_end"])
        .returning(ClassDigest.digest_id)
    )
    return (await uow.session.execute(claimed)).scalar_one_or_none() is not None


async def count_digests(uow: UnitOfWork, week_end: date, status: str) -> int:
    """Return how many digests of a week stand in a status."""
    query = select(func.count()).where(
        ClassDigest.week_end == week_end, ClassDigest.status == status
    )
    return int((await uow.session.execute(query)).scalar_one())


async def take_claimed_digest(
    uow: UnitOfWork, week_end: date, skip: set[int], now: datetime
) -> tuple[int, int] | None:
    """Take a claimed digest of a week, mark it sent; return (digest id, class id)."""
    query = (
        select(ClassDigest.digest_id, ClassDigest.class_id)
        .where(ClassDigest.week_end == week_end, ClassDigest.status == "claimed")
        .order_by(ClassDigest.digest_id)
        .limit(1)
        .with_for_update(skip_locked=True)
    )
    if skip:
        query = query.where(ClassDigest.digest_id.not_in(skip))
    row = (await uow.session.execute(query)).first()
    if row is None:
        return None
    await uow.session.execute(
        update(ClassDigest)
        .where(ClassDigest.digest_id == row[0])
        .values(status="sent", sent_at=now)
    )
    return int(row[0]), int(row[1])


async def set_digest_status(uow: UnitOfWork, digest_id: int, status: str) -> None:
    """Put a digest back to claimed (to retry) or mark it failed."""
    await uow.session.execute(
        update(ClassDigest)
        .where(ClassDigest.digest_id == digest_id)
        .values(status=status, sent_at=None)
    )


async def teacher_of_class(uow: UnitOfWork, class_id: int) -> TeacherRecord | None:
    """Return the teacher of a class."""
    query = (
        select(Teacher.telegram_id)
        .join(SchoolClass, SchoolClass.teacher_id == Teacher.teacher_id)
        .where(SchoolClass.class_id == class_id)
    )
    telegram_id = (await uow.session.execute(query)).scalar_one_or_none()
    return None if telegram_id is None else await teacher_by_telegram_id(uow, int(telegram_id))
