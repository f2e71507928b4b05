"""The texts of a student's progress: streak lines, /streak and /stats."""

from __future__ import annotations

from bot.tutor.language import Language
from bot.tutor.practice import StatsView, StreakView
from bot.ui.texts import localise_number, t


def streak_line(streak: StreakView, lang: Language) -> str:
    """Return the one line about a streak in a welcome."""
    if streak.current == 0:
        return t(lang, "streak_line_none")
    return t(lang, "streak_line", current=streak.current)


def streak_details(streak: StreakView, lang: Language) -> str:
    """Return the answer to /streak."""
    if streak.next_milestone is None:
        next_line = t(lang, "no_next_milestone")
    else:
        next_line = t(
            lang,
            "next_milestone",
            milestone=streak.next_milestone,
            remaining=streak.next_milestone - streak.current,
        )
    text = t(
        lang,
        "streak_details",
        current=streak.current,
        longest=streak.longest,
        next_line=next_line,
    )
    if streak.freezes:
        text += "\n" + t(lang, "freezes_line", freezes=streak.freezes)
    return text


def stats_text(stats: StatsView, lang: Language) -> str:
    """Return the answer to /stats."""
    lines = [t(lang, "stats_title")]
    if not stats.topics:
        lines.append(t(lang, "stats_none"))
    for topic in stats.topics:
        percent = round(100 * topic.correct / topic.answered) if topic.answered else 0
        key = "stats_topic" if topic.level is None else "stats_topic_level"
        lines.append(
            t(
                lang,
                key,
                topic=topic.topic,
                correct=topic.correct,
                answered=topic.answered,
                percent=percent,
                level=topic.level or 0,
            )
        )
    if stats.review_queue:
        lines.append(t(lang, "stats_review", count=stats.review_queue))
    if stats.recent:
        lines.append("")
        lines.append(t(lang, "stats_recent_title"))
        for session in stats.recent:
            lines.append(
                t(
                    lang,
                    "stats_recent",
                    day=localise_number(session.day.isoformat(), lang),
                    correct=session.correct,
                    total=session.total,
                    status=t(lang, f"status_{session.status.value}"),
                )
            )
    return "\n".join(lines)
