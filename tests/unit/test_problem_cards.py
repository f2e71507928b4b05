"""A choice problem names its options with the student's own letters."""

from bot.tutor.answers import AnswerKey, AnswerKind, Choice
from bot.tutor.content import ProblemCard
from bot.tutor.language import Language

ROOT = ProblemCard(
    problem_id=1,
    topic="simple_equations",
    topic_en="Simple equations",
    topic_bn="সরল সমীকরণ",
    difficulty=1,
    question_en="Which number is the root of 3x + 6 = -6?",
    question_bn="নিচের কোন সংখ্যাটি ৩x + ৬ = -৬ সমীকরণের মূল?",
    hints=(),
    key=AnswerKey(
        kind=AnswerKind.CHOICE,
        answer="A",
        choices=(Choice("-4", "-৪"), Choice("1", "১"), Choice("14", "১৪"), Choice("5", "৫")),
    ),
    family="simple_equations.root_choice",
    reviewable=True,
)


def test_the_right_option_is_named_with_bengali_letters_in_bengali() -> None:
    assert ROOT.answer_in(Language.BN) == "ক) -৪"
    assert ROOT.answer_in(Language.EN) == "A) -4"


def test_what_was_read_as_an_option_is_the_students_letter() -> None:
    assert ROOT.read_in("D", Language.BN) == "ঘ"
    assert ROOT.read_in("D", Language.EN) == "D"
    # Anything but an option letter is left as it was read.
    assert ROOT.read_in("12", Language.BN) == "12"
    assert ROOT.read_in("12 বা 13", Language.BN) == "12 বা 13"
