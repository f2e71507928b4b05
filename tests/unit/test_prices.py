"""The price arithmetic, by table: usage in, exact dollars out."""

from __future__ import annotations

import logging
from decimal import Decimal

import pytest

from bot.tutor.ai.prices import (
    MOST_EXPENSIVE,
    PRICES,
    TokenUsage,
    cost_usd,
    cost_usd_exact,
    price_of,
)

CASES = [
    # model, input, output, cache write, cache read, dollars
    ("claude-haiku-5-5", 100_000, 0, 0, 0, "0.01"),
    ("claude-haiku-5-5", 0, 1_000_000, 0, 0, "0.50"),
    ("claude-haiku-5-5", 0, 0, 100_000, 0, "0.0125"),
    ("claude-haiku-5-5", 0, 0, 0, 100_000, "0.001"),
    ("claude-haiku-5-5", 1_000_000, 0, 0, 0, "0.50"),  # a million-token prompt: long context
    ("claude-haiku-5-5", 300, 50, 1000, 2000, "0.0002"),
    ("claude-haiku-5-5", 420, 45, 0, 0, "0.0000645"),
    ("claude-haiku-5-5", 1, 0, 0, 0, "0.0000001"),
    ("claude-haiku-5-5", 0, 0, 0, 0, "0"),
    # Exactly 100,000 prompt tokens is still the short-prompt rate...
    ("claude-haiku-5-5", 60_000, 1_000, 20_000, 20_000, "0.0092"),
    # ...one more and the whole request is at the long-context rate.
    ("claude-haiku-5-5", 60_001, 1_000, 20_000, 20_000, "0.0460005"),
    ("claude-haiku-4-5", 1_000_000, 1_000_000, 1_000_000, 1_000_000, "7.35"),
    ("claude-haiku-4-5", 420, 45, 0, 0, "0.000645"),
    ("claude-haiku-4-5-20251001", 420, 45, 0, 0, "0.000645"),
    ("claude-haiku-4-5", 200_000, 0, 0, 0, "0.2"),  # no long-context tier
    ("claude-fable-5-1", 1_000, 100, 0, 0, "0.015"),
]


@pytest.mark.parametrize(
    ("model", "input_tokens", "output_tokens", "cache_write", "cache_read", "dollars"), CASES
)
def test_cost_by_table(
    model: str,
    input_tokens: int,
    output_tokens: int,
    cache_write: int,
    cache_read: int,
    dollars: str,
) -> None:
    usage = TokenUsage(input_tokens, output_tokens, cache_write, cache_read)

    assert cost_usd_exact(model, usage) == Decimal(dollars)
    assert cost_usd(model, usage) == float(Decimal(dollars))


def test_total_input_counts_cached_tokens() -> None:
    assert TokenUsage(300, 50, 1000, 2000).total_input_tokens == 3300


def test_the_default_model_is_priced() -> None:
    assert "claude-haiku-5-5" in PRICES


def test_an_unknown_model_is_charged_the_dearest_rates_and_logged_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.tutor.ai.prices")
    usage = TokenUsage(1_000, 100)

    first = cost_usd_exact("claude-unheard-of-7", usage)
    second = cost_usd_exact("claude-unheard-of-7", usage)

    assert price_of("claude-unheard-of-7") is MOST_EXPENSIVE
    assert first == second == Decimal("0.015")
    assert all(first >= cost_usd_exact(model, usage) for model in PRICES)
    assert [r.getMessage().count("claude-unheard-of-7") for r in caplog.records] == [1]


@pytest.mark.parametrize("model", sorted(PRICES))
def test_no_known_model_costs_more_than_the_unknown_rate(model: str) -> None:
    price = PRICES[model]
    for rate in ("input", "output", "cache_write", "cache_read"):
        assert getattr(price, rate) <= getattr(MOST_EXPENSIVE, rate)


def test_cache_rates_follow_the_published_multipliers_for_haiku() -> None:
    for model in ("claude-haiku-5-5", "claude-haiku-4-5"):
        price = PRICES[model]
        assert price.cache_write == price.input * Decimal("1.25")
        assert price.cache_read == price.input / 10
