"""Turn the core's views into message texts and buttons, in the student's language."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from zoneinfo import ZoneInfo

from bot.tutor.accounts import (
    GRADES,
    AskGrade,
    AskLanguage,
    AskName,
    AskNewName,
    ConfirmDelete,
    DeleteCancelled,
    Deleted,
    GradeChanged,
    LanguageChanged,
    NameChanged,
    NameProblem,
    ProfileView,
    Welcome,
)
from bot.tutor.answers import BENGALI_CHOICE_LETTERS, CHOICE_LETTERS
from bot.tutor.classes import (
    AlreadyInClass,
    ClassChoice,
    ClassClosed,
    ClassCreated,
    ClassDigestView,
    ClassFile,
    ClassNotice,
    ClassTogether,
    ClassWeek,
    FileKind,
    JoinDeclined,
    Joined,
    JoinOffer,
    LeftClass,
    MyClass,
)
from bot.tutor.language import Language
from bot.tutor.practice import (
    AlreadyPractisedToday,
    AnswerFeedback,
    Feedback,
    FreezeUsed,
    HintView,
    NoMoreHints,
    PracticeWaiting,
    ProblemView,
    SessionExpired,
    SessionSummary,
    StatsView,
    StreakDetails,
)
from bot.tutor.reminders import Notification, ReminderKind
from bot.tutor.replies import Notice, NoticeView, Reply, View
from bot.ui.buttons import (
    CallbackButton,
    ClassButton,
    ClassFileButton,
    DeclineJoinButton,
    DeleteButton,
    GradeButton,
    HintButton,
    JoinButton,
    LanguageButton,
    OptionButton,
    PracticeButton,
    ProfileGradeButton,
    RateHintButton,
    RenameButton,
    SkipButton,
)
from bot.ui.class_files import chart_filename, class_chart, class_csv, csv_filename
from bot.ui.class_texts import day_text, digest_text, together_text, week_text
from bot.ui.commands import MENU_COMMANDS
from bot.ui.progress import stats_text, streak_details, streak_line
from bot.ui.texts import display_math, localise_number, t


@dataclass(frozen=True, slots=True)
class Button:
    """An inline button: what it says and what pressing it sends."""

    label: str
    press: CallbackButton

    @property
    def data(self) -> str:
        """The callback data Telegram sends back when it is pressed."""
        return self.press.data()


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a message's text as its caption: a document, or a photo to show.

    `make` draws the file when it is sent: a chart takes a quarter of a second of CPU, which an
    adapter spends off its event loop, and an adapter that can't send files never draws it.
    """

    filename: str
    make: Callable[[], bytes]
    photo: bool = False


@dataclass(frozen=True, slots=True)
class Message:
    """One message to send: text and rows of buttons, and perhaps a file (the text its caption)."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    attachment: Attachment | None = None


class Renderer:
    """Render replies; knows the settings a few texts mention."""

    def __init__(
        self, *, timezone: ZoneInfo, problems_per_session: int, bot_username: str | None = None
    ) -> None:
        self._timezone = timezone
        self._problems_per_session = problems_per_session
        # Known to the Telegram adapter once it has met Telegram (getMe): a class's deep link
        # needs it. Without it (the terminal) a class is joined by its code alone.
        self.bot_username = bot_username

    def render(self, reply: Reply, *, language: Language | None = None) -> list[Message]:
        """Return the reply as one message (none for a quiet reply).

        Every view of a reply goes into one message, with the buttons of the last view that has
        any: a student gets one message per action (Telegram asks for about one a second per
        chat). A reply to someone who has not chosen a language yet is in `language` (what the
        adapter knows, such as Telegram's language of the app), else in both languages.
        """
        if not reply.views:
            return []
        chosen = reply.language or language
        if chosen is not None:
            return [self._fold([self.message(view, chosen) for view in reply.views])]
        english = self._fold([self.message(view, Language.EN) for view in reply.views])
        bengali = self._fold([self.message(view, Language.BN) for view in reply.views])
        rows = tuple(
            tuple(
                Button(f"{en.label} · {bn.label}" if en.label != bn.label else en.label, en.press)
                for en, bn in zip(en_row, bn_row, strict=True)
            )
            for en_row, bn_row in zip(english.buttons, bengali.buttons, strict=True)
        )
        return [Message(f"{english.text}\n\n{bengali.text}", rows)]

    @staticmethod
    def _fold(messages: list[Message]) -> Message:
        buttons = next((m.buttons for m in reversed(messages) if m.buttons), ())
        attachment = next((m.attachment for m in messages if m.attachment), None)
        return Message("\n\n".join(m.text for m in messages if m.text), buttons, attachment)

    def message(self, view: View, language: Language) -> Message:
        """Return the message for one view."""
        lang = language
        match view:
            case AskName(problem=None):
                return Message(t(lang, "ask_name"))
            case AskName(problem=NameProblem.EMPTY):
                return Message(t(lang, "name_empty"))
            case AskName():
                return Message(t(lang, "name_too_long"))
            case AskGrade(name=name, unclear=unclear):
                grades = tuple(
                    Button(t(lang, f"grade_button_{g}"), GradeButton(g)) for g in GRADES
                )
                key = "grade_unclear" if unclear else "ask_grade"
                return Message(t(lang, key, name=name), (grades,))
            case AskLanguage(registering=registering):
                key = "ask_language_registering" if registering else "ask_language"
                row = tuple(
                    Button(t(lang, f"language_button_{code.value}"), LanguageButton(code))
                    for code in Language
                )
                return Message(t(lang, key), (row,))
            case Welcome(name=name, streak=streak, is_new=True):
                text = t(lang, "welcome_new", name=name, count=self._problems_per_session)
                return Message(text, self._practice_row(lang))
            case Welcome(name=name, streak=streak):
                text = t(lang, "welcome_back", name=name, streak_line=streak_line(streak, lang))
                return Message(text, self._practice_row(lang))
            case ProblemView():
                return self._problem(view, lang)
            case HintView(number=number, text=text, problem=problem, ai_generated=ai):
                body = (
                    t(lang, "ai_hint", text=text)
                    if ai
                    else t(lang, "hint", number=number, text=text)
                )
                return Message(
                    body, (*self._rating_row(view, lang), *self._problem_buttons(problem, lang))
                )
            case NoMoreHints(problem=problem):
                return Message(t(lang, "no_more_hints"), self._problem_buttons(problem, lang))
            case AnswerFeedback(problem=problem):
                buttons = self._problem_buttons(problem, lang) if problem else ()
                return Message(self._feedback(view, lang), buttons)
            case SessionSummary():
                return self._summary(view, lang)
            case AlreadyPractisedToday(streak=streak, next_session_at=when):
                local = when.astimezone(self._timezone)
                text = t(
                    lang, "already_done", current=streak.current, time=self._clock(local, lang)
                )
                return Message(text)
            case PracticeWaiting(position=position, total=total):
                text = t(lang, "practice_waiting", position=position, total=total)
                return Message(text, ((Button(t(lang, "continue_button"), PracticeButton()),),))
            case SessionExpired(minutes=minutes):
                return Message(
                    t(lang, "session_expired", minutes=minutes), self._practice_row(lang)
                )
            case FreezeUsed(days=days, freezes_left=left):
                return Message(t(lang, "freeze_used", days=days, left=left))
            case StreakDetails(streak=streak):
                return Message(streak_details(streak, lang), self._practice_row(lang))
            case StatsView():
                return Message(stats_text(view, lang), self._practice_row(lang))
            case LanguageChanged():
                return Message(t(lang, "language_changed"), self._practice_row(lang))
            case ConfirmDelete():
                row = (
                    Button(t(lang, "delete_yes"), DeleteButton(confirmed=True)),
                    Button(t(lang, "delete_no"), DeleteButton(confirmed=False)),
                )
                return Message(t(lang, "confirm_delete"), (row,))
            case Deleted():
                return Message(t(lang, "deleted"))
            case DeleteCancelled(unclear=True):
                return Message(t(lang, "delete_cancelled_unclear"))
            case DeleteCancelled():
                return Message(t(lang, "delete_cancelled"))
            case ProfileView() | GradeChanged() | AskNewName() | NameChanged():
                return self._profile(view, lang)
            case NoticeView(notice=notice):
                return self._notice(notice, lang)
        classes = self._classes(view, lang)
        if classes is not None:
            return classes
        raise TypeError(f"no rendering for {type(view).__name__}")

    def _classes(self, view: View, lang: Language) -> Message | None:
        """Render what classes show teachers and students (issue 19)."""
        match view:
            case ClassCreated(class_id=class_id, name=name, code=code):
                week = (Button(t(lang, "class_week_button"), ClassButton(class_id)),)
                if self.bot_username:
                    link = f"https://t.me/{self.bot_username}?start=join-{code}"
                    return Message(
                        t(lang, "class_created", name=name, code=code, link=link), (week,)
                    )
                return Message(t(lang, "class_created_no_link", name=name, code=code), (week,))
            case ClassChoice(classes=classes):
                rows = tuple(
                    (
                        Button(
                            t(lang, "class_choice_button", name=name, students=size),
                            ClassButton(cid),
                        ),
                    )
                    for cid, name, size in classes
                )
                return Message(t(lang, "class_choose"), rows)
            case JoinOffer(
                code=code, class_name=name, teacher_name=teacher, current_class=current
            ):
                text = t(lang, "join_offer", class_name=name, teacher=teacher)
                if current is not None:
                    text += "\n" + t(lang, "join_offer_move", current=current)
                row = (
                    Button(t(lang, "join_yes"), JoinButton(code)),
                    Button(t(lang, "join_no"), DeclineJoinButton()),
                )
                return Message(text, (row,))
            case Joined(class_name=name, teacher_name=teacher):
                return Message(
                    t(lang, "joined", class_name=name, teacher=teacher), self._practice_row(lang)
                )
            case JoinDeclined():
                return Message(t(lang, "join_declined"))
            case AlreadyInClass(class_name=name):
                return Message(t(lang, "already_in_class", class_name=name))
            case LeftClass(class_name=name):
                return Message(t(lang, "left_class", class_name=name))
            case ClassNotice(problem=problem):
                return Message(t(lang, problem.value))
            case MyClass(class_name=name, teacher_name=teacher, together=together):
                text = t(
                    lang,
                    "my_class",
                    class_name=name,
                    teacher=teacher,
                    together=together_text(together, lang),
                )
                return Message(text, self._practice_row(lang))
            case ClassTogether():
                return Message(together_text(view, lang))
            case ClassWeek(class_id=class_id):
                return Message(week_text(view, lang), self._class_file_row(class_id, lang))
            case ClassFile(kind=kind, week=week):
                dates = {
                    "first": day_text(week.first_day, lang),
                    "last": day_text(week.last_day, lang),
                }
                file_row = self._class_file_row(week.class_id, lang)
                if kind is FileKind.CSV:
                    caption = t(lang, "class_csv_caption", name=week.name, **dates)
                    table = Attachment(csv_filename(week), partial(class_csv, week, lang))
                    return Message(caption, file_row, table)
                caption = t(lang, "class_chart_caption", name=week.name, **dates)
                chart = Attachment(
                    chart_filename(week), partial(class_chart, week, lang), photo=True
                )
                return Message(caption, file_row, chart)
            case ClassDigestView():
                return Message(digest_text(view, lang))
            case ClassClosed(class_name=name):
                return Message(t(lang, "class_closed", class_name=name), self._practice_row(lang))
        return None

    def _profile(self, view: View, lang: Language) -> Message:
        """Render /profile and what its buttons lead to (issue 17, item 11)."""
        match view:
            case ProfileView(name=name, grade=grade, other_grades=others):
                chosen = t(lang, f"language_button_{lang.value}")
                text = t(lang, "profile", name=name, grade=grade, language_name=chosen)
                grades = tuple(
                    Button(t(lang, f"profile_grade_button_{g}"), ProfileGradeButton(g))
                    for g in others
                )
                rename = (Button(t(lang, "profile_name_button"), RenameButton()),)
                return Message(text, (grades, rename))
            case GradeChanged(grade=grade):
                text = t(lang, "grade_changed", grade_name=t(lang, f"class_name_{grade}"))
                return Message(text, self._practice_row(lang))
            case AskNewName(problem=None):
                return Message(t(lang, "ask_new_name"))
            case AskNewName(problem=NameProblem.EMPTY):
                return Message(t(lang, "new_name_empty"))
            case AskNewName():
                return Message(t(lang, "new_name_too_long"))
            case NameChanged(name=name):
                return Message(t(lang, "name_changed", name=name), self._practice_row(lang))
        raise TypeError(f"no rendering for {type(view).__name__}")

    def notification(self, notification: Notification) -> Message:
        """Return the message of a scheduled notification, with a Practice button."""
        lang = Language(notification.language)
        match notification.kind:
            case ReminderKind.STREAK_REMINDER if notification.freezes:
                text = t(
                    lang,
                    "reminder_freezes",
                    current=notification.streak,
                    freezes=notification.freezes,
                    count=self._problems_per_session,
                )
            case ReminderKind.STREAK_REMINDER:
                text = t(
                    lang, "reminder", current=notification.streak, count=self._problems_per_session
                )
            case ReminderKind.SESSION_EXPIRED:
                text = t(lang, "session_expired_job")
            case kind:
                text = t(lang, kind.value, count=self._problems_per_session)
        return Message(text, self._practice_row(lang))

    def _class_file_row(self, class_id: int, lang: Language) -> tuple[tuple[Button, ...], ...]:
        csv_button = ClassFileButton(class_id, FileKind.CSV)
        chart_button = ClassFileButton(class_id, FileKind.CHART)
        return (
            (
                Button(t(lang, "class_csv_button"), csv_button),
                Button(t(lang, "class_chart_button"), chart_button),
            ),
        )

    def _practice_row(self, lang: Language) -> tuple[tuple[Button, ...], ...]:
        return ((Button(t(lang, "practice_button"), PracticeButton()),),)

    @staticmethod
    def _rating_row(view: HintView, lang: Language) -> tuple[tuple[Button, ...], ...]:
        """👍 / 👎 under one of Claude's hints: never required, and a second press changes it."""
        if view.response_id is None:
            return ()
        return (
            tuple(
                Button(t(lang, label), RateHintButton(view.response_id, view.number, helpful))
                for label, helpful in (("rate_helpful", True), ("rate_not_helpful", False))
            ),
        )

    def _problem_buttons(
        self, problem: ProblemView, lang: Language
    ) -> tuple[tuple[Button, ...], ...]:
        remaining = problem.static_hints_left
        if remaining:
            label = t(lang, "hint_button", remaining=remaining)
        else:
            label = t(lang, "more_help_button" if problem.more_help else "hint_button_none")
        hint = HintButton(problem.practice_id, problem.position, problem.hints_shown)
        skip = SkipButton(problem.practice_id, problem.position)
        # Options as buttons: a tap answers, with nothing to type; two to a row fit a phone.
        options = [
            Button(label, OptionButton(problem.practice_id, problem.position, letter))
            for letter, label in zip(CHOICE_LETTERS, self._options(problem, lang), strict=False)
        ]
        rows = tuple(tuple(options[i : i + 2]) for i in range(0, len(options), 2))
        return (*rows, (Button(label, hint), Button(t(lang, "skip_button"), skip)))

    def _options(self, problem: ProblemView, lang: Language) -> list[str]:
        """Return the options as the student reads them: ক) ... in Bengali, A) ... in English."""
        letters = BENGALI_CHOICE_LETTERS if lang is Language.BN else CHOICE_LETTERS
        return [
            f"{letter}) {text}" for letter, text in zip(letters, problem.options, strict=False)
        ]

    def _problem(self, problem: ProblemView, lang: Language) -> Message:
        header = t(
            lang,
            "problem_header",
            position=problem.position,
            total=problem.total,
            topic=problem.topic,
            difficulty=t(lang, f"difficulty_{problem.difficulty}"),
        )
        text = f"{header}\n\n{problem.question}"
        if problem.options:
            text += "\n\n" + "\n".join(self._options(problem, lang))
        return Message(text, self._problem_buttons(problem, lang))

    def _feedback(self, view: AnswerFeedback, lang: Language) -> str:
        read_as = display_math(view.read_as, lang) if view.read_as else None
        answer = display_math(view.correct_answer or "", lang)
        match view.feedback:
            case Feedback.CORRECT:
                return t(lang, "correct")
            case Feedback.TRY_AGAIN if not read_as:
                return t(lang, "try_again_unread")
            case Feedback.TRY_AGAIN if view.wrong_unit_for:
                unit = t(lang, f"unit_{view.wrong_unit_for}")
                return t(lang, "try_again_unit", read_as=read_as, unit=unit)
            case Feedback.TRY_AGAIN:
                return t(lang, "try_again", read_as=read_as)
            case Feedback.WRONG_FINAL:
                return t(lang, "wrong_final", answer=answer, hint=view.last_hint or "")
            case Feedback.SKIPPED:
                return t(lang, "skipped", answer=answer)
            case Feedback.UNREADABLE:
                return t(lang, "unreadable")
            case Feedback.ONE_ANSWER:
                return t(lang, "one_answer", read_as=read_as or "")
            case Feedback.LOWEST_TERMS:
                return t(lang, "lowest_terms", read_as=read_as or "")
            case Feedback.UNSURE:
                return t(lang, "unsure", form=self._answer_form(view, lang))

    @staticmethod
    def _answer_form(view: AnswerFeedback, lang: Language) -> str:
        """Say what to write, without an example number (an example may be the answer)."""
        if view.answer_unit:
            return t(lang, "form_unit", unit=t(lang, f"unit_{view.answer_unit}"))
        return t(lang, f"form_{view.answer_kind}")

    def _summary(self, summary: SessionSummary, lang: Language) -> Message:
        minutes, seconds = divmod(summary.time_seconds, 60)
        lines = [
            t(
                lang,
                "summary",
                correct=summary.correct,
                total=summary.total,
                time=t(lang, "minutes_seconds", minutes=minutes, seconds=seconds),
                hints=summary.hints_shown,
            ),
            t(
                lang,
                "summary_streak",
                current=summary.streak.current,
                longest=summary.streak.longest,
            ),
        ]
        if summary.milestone:
            lines.append(t(lang, "milestone", days=summary.milestone))
        return Message("\n".join(lines), self._practice_row(lang))

    def _notice(self, notice: Notice, lang: Language) -> Message:
        if notice is Notice.HELP:
            return Message(self._help(lang), self._practice_row(lang))
        if notice is Notice.STALE_BUTTON:
            return Message(t(lang, "stale_button_plain"), self._practice_row(lang))
        # After an error the student may not know whether their answer counted; Practice shows
        # the problem they are really on, rather than a retyped answer meeting the next one.
        with_practice = notice in (Notice.NO_ACTIVE_SESSION, Notice.ERROR)
        buttons = self._practice_row(lang) if with_practice else ()
        return Message(t(lang, notice.value), buttons)

    def _help(self, lang: Language) -> str:
        lines = [t(lang, "help_intro", count=self._problems_per_session)]
        lines += [
            f"/{command.name} – {t(lang, command.text_key)}"
            for command in MENU_COMMANDS
            if command.name != "help"
        ]
        lines.append(t(lang, "help_outro"))
        return "\n".join(lines)

    def _clock(self, moment: datetime, lang: Language) -> str:
        return localise_number(moment.strftime("%H:%M"), lang)
