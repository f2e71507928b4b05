"""Read and validate the problem library in content/problems/: both languages, three hints, a proven key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from bot.tutor.answers import (
    AnswerKey,
    AnswerKind,
    Choice,
    Direction,
    Unit,
    check_key_fields,
    prove_key,
)
from bot.tutor.content.arithmetic import CheckError, evaluate_arithmetic
from bot.tutor.numerals import to_latin_digits

CONTENT_ROOT = Path(__file__).resolve().parents[3] / "content" / "problems"

_BENGALI_LETTER = re.compile(r"[\u0980-\u09FF]")
_LATIN_DIGIT = re.compile(r"[0-9]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_KEY = re.compile(r"^g[678]-[a-z0-9]+(?:-[a-z0-9]+)*$")

# libyaml's loader where the machine has it: the pure-Python one takes seconds over the library.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Text = Annotated[str, Field(min_length=1, max_length=2000)]


class ContentError(Exception):
    """A content file that can't be loaded; the message names file, problem key and field."""

    def __init__(self, file: Path | str, key: str | None, field: str | None, reason: str) -> None:
        self.file, self.key, self.field, self.reason = str(file), key, field, reason
        where = ", ".join(
            part
            for part in (self.file, key and f"problem {key}", field and f"field {field}")
            if part
        )
        super().__init__(f"{where}: {reason}")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _bengali(text: str, what: str) -> str:
    if not _BENGALI_LETTER.search(text):
        raise ValueError(f"{what} must be written in Bengali script")
    if _LATIN_DIGIT.search(text):
        raise ValueError(f"{what} must use Bengali digits (০-৯), not 0-9")
    return text


class HintSpec(_Strict):
    """One hint in both languages."""

    en: Text
    bn: Text

    @field_validator("bn")
    @classmethod
    def _bn_is_bengali(cls, value: str) -> str:
        return _bengali(value, "a Bengali hint")


class ChoiceSpec(_Strict):
    """One option of a choice problem."""

    en: Text
    bn: Text


class ProblemSpec(_Strict):
    """One problem as the library's authors write it."""

    key: Annotated[str, Field(max_length=100)]
    difficulty: Literal[1, 2, 3]
    subtopic: Annotated[str, Field(max_length=100)] | None = None
    question_en: Text
    question_bn: Text
    hints: Annotated[list[HintSpec], Field(min_length=3, max_length=3)]
    answer: Annotated[str, Field(min_length=1, max_length=500)]
    kind: AnswerKind
    tolerance: Annotated[float, Field(gt=0, lt=1)] | None = None
    lowest_terms: bool = False
    factored: bool = False
    choices: list[ChoiceSpec] = Field(default_factory=list)
    estimated_time_minutes: Annotated[int, Field(ge=1, le=30)] = 5
    check: Annotated[str, Field(min_length=1, max_length=500)]
    unit: Unit | None = None
    direction: Direction | None = None
    # The generated family teaching the same skill, if one does: a review of this problem then
    # comes back as one of the family's instances. Without it the problem is a family of its own.
    family: Annotated[str, Field(max_length=100)] | None = None

    @field_validator("key")
    @classmethod
    def _key_is_slug(cls, value: str) -> str:
        if not _KEY.match(value):
            raise ValueError(
                "key must look like g6-fractions-007 (grade, lowercase words, digits)"
            )
        return value

    @field_validator("question_bn")
    @classmethod
    def _question_is_bengali(cls, value: str) -> str:
        return _bengali(value, "question_bn")

    @model_validator(mode="after")
    def _key_fields_fit_kind(self) -> ProblemSpec:
        check_key_fields(self.answer_key())
        return self

    def answer_key(self) -> AnswerKey:
        """Return the key the answer checker compares against."""
        return AnswerKey(
            kind=self.kind,
            answer=self.answer,
            tolerance=self.tolerance,
            lowest_terms=self.lowest_terms,
            factored=self.factored,
            choices=tuple(Choice(text_en=c.en, text_bn=c.bn) for c in self.choices),
            unit=self.unit,
            direction=self.direction,
        )


class TopicFile(_Strict):
    """A file of problems for one grade and topic."""

    grade: Literal[6, 7, 8]
    topic: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=100)]
    topic_en: Annotated[str, Field(min_length=1, max_length=100)]
    topic_bn: Annotated[str, Field(min_length=1, max_length=100)]
    problems: Annotated[list[ProblemSpec], Field(min_length=1)]

    @field_validator("topic_bn")
    @classmethod
    def _topic_is_bengali(cls, value: str) -> str:
        return _bengali(value, "topic_bn")


@dataclass(frozen=True, slots=True)
class LibraryProblem:
    """A validated problem (fixed, or a family's proven instance) with its topic and source."""

    grade: int
    topic: str
    topic_en: str
    topic_bn: str
    spec: ProblemSpec
    file: Path
    family: str  # the family's key; a fixed problem is a family of one, keyed as itself
    seed: int | None = None  # which instance of its family, None for a fixed problem
    params: Mapping[str, int | str] | None = None  # the values the instance's text was filled with


def numbers_in(text: str) -> list[str]:
    """Return the numbers written in a text, Bengali digits read as Latin ones, in order."""
    return _NUMBER.findall(to_latin_digits(text).replace(",", ""))


def _load_file(path: Path) -> TopicFile:
    try:
        raw: Any = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ContentError(path, None, None, f"cannot be read as YAML ({error})") from error
    try:
        return TopicFile.model_validate(raw)
    except ValidationError as error:
        first = error.errors()[0]
        location = list(first["loc"])
        key = None
        if len(location) >= 2 and location[0] == "problems" and isinstance(location[1], int):
            problems = raw.get("problems") if isinstance(raw, dict) else None
            if isinstance(problems, list) and location[1] < len(problems):
                entry = problems[location[1]]
                key = entry.get("key") if isinstance(entry, dict) else None
            location = location[2:] or location
        field = ".".join(str(part) for part in location) or None
        raise ContentError(path, key, field, first["msg"]) from error


def load_fixed_problems(root: Path = CONTENT_ROOT) -> list[LibraryProblem]:
    """Validate every fixed-problem file under root; raise ContentError on the first fault."""
    files = sorted(root.rglob("*.yaml"))
    if not files:
        raise ContentError(root, None, None, "no content files (*.yaml) found")
    problems: list[LibraryProblem] = []
    seen: dict[str, Path] = {}
    for path in files:
        topic_file = _load_file(path)
        for spec in topic_file.problems:
            if spec.key in seen:
                raise ContentError(
                    path, spec.key, "key", f"duplicate key, also in {seen[spec.key]}"
                )
            if not spec.key.startswith(f"g{topic_file.grade}-"):
                raise ContentError(
                    path, spec.key, "key", f"key must start with g{topic_file.grade}-"
                )
            seen[spec.key] = path
            try:
                # Prove the canonical answer from the problem's own numbers.
                prove_key(spec.answer_key(), spec.check, evaluate_arithmetic)
            except (CheckError, ValueError, ZeroDivisionError) as error:
                raise ContentError(path, spec.key, "check", str(error)) from error
            problems.append(
                LibraryProblem(
                    grade=topic_file.grade,
                    topic=topic_file.topic,
                    topic_en=topic_file.topic_en,
                    topic_bn=topic_file.topic_bn,
                    spec=spec,
                    file=path,
                    family=spec.family or spec.key,
                )
            )
    return problems
