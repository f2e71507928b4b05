"""Choose the form of a text that fits a count, by each language's own plural rule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from bot.tutor.language import Language


class PluralForm(StrEnum):
    """A plural category, named as in Unicode CLDR."""

    ONE = "one"
    OTHER = "other"


# The forms a catalogue entry with plural forms gives, per language. Bengali textbooks write
# the same form for every count ("১ দিন", "৫ দিন"; "১টি সমস্যা", "৫টি সমস্যা"), so one form is all.
FORMS: dict[Language, tuple[PluralForm, ...]] = {
    Language.EN: (PluralForm.ONE, PluralForm.OTHER),
    Language.BN: (PluralForm.OTHER,),
}


def plural_form(language: Language, count: float) -> PluralForm:
    """Return the plural form a count takes in a language: English "1 day", "0 days", "2 days"."""
    if language is Language.EN and abs(count) == 1:
        return PluralForm.ONE
    return PluralForm.OTHER


@dataclass(frozen=True, slots=True)
class PluralText:
    """A catalogue text with one form per plural category, chosen by the named count."""

    count: str  # the name of the parameter whose value picks the form
    forms: tuple[tuple[PluralForm, str | PluralText], ...]

    def choose(self, language: Language, params: Mapping[str, object]) -> str:
        """Return the form that fits the count among the parameters (nested for two counts)."""
        value = params[self.count]
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise TypeError(f"plural count {self.count!r} must be a number, not {value!r}")
        chosen = dict(self.forms)[plural_form(language, value)]
        return chosen if isinstance(chosen, str) else chosen.choose(language, params)

    def texts(self) -> list[str]:
        """Return every form's text, nested ones included (for checks over the catalogue)."""
        found: list[str] = []
        for _, form in self.forms:
            found += [form] if isinstance(form, str) else form.texts()
        return found


CatalogueText = str | PluralText


def parse_text(language: Language, key: str, value: object) -> CatalogueText:
    """Read one catalogue value: a string, or a mapping {count: NAME, one: ..., other: ...}."""
    if not isinstance(value, dict):
        return str(value)
    given = dict(value)
    count = given.pop("count", None)
    if not isinstance(count, str):
        raise ValueError(f"{language.value}.yaml {key}: plural forms need 'count: PARAMETER'")
    expected = {form.value for form in FORMS[language]}
    if set(given) != expected:
        raise ValueError(
            f"{language.value}.yaml {key}: plural forms must be exactly {sorted(expected)}, "
            f"not {sorted(given)}"
        )
    forms = tuple((form, parse_text(language, key, given[form.value])) for form in FORMS[language])
    return PluralText(count, forms)
