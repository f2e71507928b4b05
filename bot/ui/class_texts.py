"""The texts of classes: what a teacher sees of a class's week and digest, and a student of theirs."""

from __future__ import annotations

from datetime import date

from bot.tutor.classes import (
    ClassDigestView,
    ClassTogether,
    ClassWeek,
    MissedLine,
    StudentLine,
    TopicLine,
    WeekTotals,
)
from bot.tutor.language import Language
from bot.ui.texts import localise_number, t

# Telegram refuses a message over 4,096 characters; a week of a large class is cut short.
MAX_MESSAGE = 4000
MAX_QUESTION = 90


def day_text(day: date, lang: Language) -> str:
    """Return a day as a teacher reads it: 4/12 (day/month), in the teacher's digits."""
    return localise_number(f"{day.day}/{day.month}", lang)


def percent(correct: int, answered: int, lang: Language) -> str:
    """Return right answers as a percentage, or a dash with nothing answered."""
    if not answered:
        return t(lang, "class_no_figure")
    return localise_number(f"{round(100 * correct / answered)}%", lang)


def topic_name(line: TopicLine | MissedLine, lang: Language) -> str:
    """Return a topic's name as students see it, in the teacher's language."""
    return lang.pick(line.topic_bn, line.topic_en)


def together_text(together: ClassTogether, lang: Language) -> str:
    """Return the class's week as one group, for a student (no one is ranked or named)."""
    return t(
        lang,
        "class_together",
        practice_days=together.practice_days,
        days_so_far=together.days_so_far,
        students_practised=together.students_practised,
        students=together.students,
    )


def _student_line(student: StudentLine, lang: Language) -> str:
    return t(
        lang,
        "class_week_student",
        name=student.name,
        days=student.days_practised,
        sessions=student.sessions_completed,
        accuracy=percent(student.correct, student.answered, lang),
        streak=student.streak,
    )


def _names(names: list[str], lang: Language) -> str:
    return t(lang, "class_list_separator").join(names)


def week_text(week: ClassWeek, lang: Language) -> str:
    """Return the answer to /class for a teacher: this week, student by student."""
    lines = [
        t(
            lang,
            "class_week_header",
            name=week.name,
            code=week.code,
            first=day_text(week.first_day, lang),
            last=day_text(week.last_day, lang),
            students=len(week.students),
            sessions=week.sessions_completed,
        )
    ]
    if not week.students:
        lines.append(t(lang, "class_week_no_students", code=week.code))
        return "\n".join(lines)
    lines.append("")
    lines.append(t(lang, "class_week_students_title"))
    lines += [_student_line(s, lang) for s in week.students]
    lines.append("")
    lines.append(t(lang, "class_week_topics_title"))
    if not week.topics:
        lines.append(t(lang, "class_week_no_answers"))
    for topic in week.topics:
        lines.append(
            t(
                lang,
                "class_week_topic",
                topic=topic_name(topic, lang),
                accuracy=percent(topic.correct, topic.answered, lang),
                answered=topic.answered,
            )
        )
    if week.most_missed:
        lines.append("")
        lines.append(t(lang, "class_week_missed_title"))
        for rank, missed in enumerate(week.most_missed, start=1):
            question = lang.pick(missed.question_bn, missed.question_en).replace("\n", " ")
            if len(question) > MAX_QUESTION:
                question = question[: MAX_QUESTION - 1] + "…"
            lines.append(
                t(
                    lang,
                    "class_week_missed",
                    rank=rank,
                    topic=topic_name(missed, lang),
                    question=question,
                    missed=missed.missed,
                    answered=missed.answered,
                )
            )
    lines.append("")
    at_risk = list(week.at_risk)
    lines.append(
        t(lang, "class_week_at_risk", names=_names(at_risk, lang))
        if at_risk
        else t(lang, "class_week_at_risk_none")
    )
    inactive = [
        t(lang, "class_inactive_never", name=s.name)
        if s.days_inactive is None
        else t(lang, "class_inactive_days", name=s.name, days=s.days_inactive)
        for s in week.inactive
    ]
    lines.append(
        t(lang, "class_week_inactive", names=_names(inactive, lang))
        if inactive
        else t(lang, "class_week_inactive_none")
    )
    return _fit("\n".join(lines))


def _totals_line(key: str, now: WeekTotals, before: WeekTotals, lang: Language) -> str:
    return t(
        lang,
        key,
        active=now.active_students,
        active_before=before.active_students,
        sessions=now.sessions_completed,
        sessions_before=before.sessions_completed,
        accuracy=percent(now.correct, now.answered, lang),
        accuracy_before=percent(before.correct, before.answered, lang),
    )


def digest_text(digest: ClassDigestView, lang: Language) -> str:
    """Return a class's weekly digest for its teacher."""
    lines = [
        t(
            lang,
            "digest_header",
            class_name=digest.class_name,
            first=day_text(digest.first_day, lang),
            last=day_text(digest.last_day, lang),
            students=digest.students,
        ),
        _totals_line("digest_figures", digest.this_week, digest.week_before, lang),
    ]
    if digest.days_by_student:
        lines.append("")
        lines.append(t(lang, "digest_days_title"))
        lines += [
            t(lang, "digest_day", name=name, days=days) for name, days in digest.days_by_student
        ]
    lines.append("")
    if digest.not_practised:
        lines.append(
            t(lang, "digest_not_practised", names=_names(list(digest.not_practised), lang))
        )
    else:
        lines.append(t(lang, "digest_everyone_practised"))
    return _fit("\n".join(lines))


def _fit(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"
