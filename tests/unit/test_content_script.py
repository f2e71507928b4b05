"""`python -m scripts.content sample`: instances for a teacher to read or print, in text or JSON."""

from __future__ import annotations

import json

import pytest

from scripts import content
from tests.library_loader import whole_library


@pytest.fixture(autouse=True)
def _library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content, "load_library", whole_library)


def test_a_json_sample_carries_what_a_teacher_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert content.main(["sample", "--grade", "7", "--count", "5", "--format", "json"]) == 0
    sample = json.loads(capsys.readouterr().out)
    assert len(sample) == 5
    assert len({item["family"] for item in sample}) == 5  # one per family first
    for item in sample:
        assert item["grade"] == 7
        assert item["key"] == f"{item['family']}.{item['seed']}"
        assert item["question_en"]
        assert item["question_bn"]
        assert item["answer"]
        assert len(item["hints"]) == 3
        assert {"kind", "unit", "direction", "topic", "params"} <= item.keys()


def test_the_same_seed_gives_the_same_sample(capsys: pytest.CaptureFixture[str]) -> None:
    arguments = ["sample", "--grade", "6", "--topic", "natural_numbers", "--count", "4"]
    assert content.main([*arguments, "--seed", "3"]) == 0
    first = capsys.readouterr().out
    assert content.main([*arguments, "--seed", "3"]) == 0
    assert capsys.readouterr().out == first
    assert "natural_numbers" in first
    assert "Hint 3:" in first


def test_an_unknown_topic_is_named_with_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    assert content.main(["sample", "--grade", "8", "--topic", "fractionz"]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("content: --topic fractionz is not a topic of class 8")
    assert "circle" in error
    assert len(error.splitlines()) == 1


def test_a_count_below_one_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert content.main(["sample", "--grade", "8", "--count", "0"]) == 2
    assert "--count must be at least 1" in capsys.readouterr().err
