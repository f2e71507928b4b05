"""What a Claude call costs: the one price table, and the arithmetic from a reply's usage to dollars.

Prices in USD per million tokens, from Anthropic's public pricing page
(https://platform.claude.com/docs/en/about-claude/pricing, "Model pricing" and "Long context
pricing"), as recorded in /work/shared/TECH-NOTES.md and checked on 2026-11-23. Re-check before a
release: a change here changes every cost record and every budget decision.

Cache writes are priced at the 5-minute TTL (the only one Dars uses). Haiku 5.5 charges its long
context rates for the whole request once the prompt (input + cache write + cache read tokens) is
over 100,000 tokens; no Dars prompt comes near that, but pricing it keeps the table honest.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from decimal import Decimal

log = logging.getLogger(__name__)

PRICES_CHECKED_ON = "2026-11-23"
PRICES_SOURCE = "https://platform.claude.com/docs/en/about-claude/pricing"
_MILLION = Decimal(1_000_000)
_DATED_MODEL = re.compile(r"-\d{8}$")


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """The billed tokens of one reply, as the API's `usage` reports them."""

    input_tokens: int  # input not read from or written to the prompt cache
    output_tokens: int  # includes any thinking tokens: they bill as output
    cache_creation_input_tokens: int = 0
    cache_read_input_tokens: int = 0

    @property
    def total_input_tokens(self) -> int:
        """Every input token of the request, cached or not: what cost_records.input_tokens holds."""
        return self.input_tokens + self.cache_creation_input_tokens + self.cache_read_input_tokens


@dataclass(frozen=True, slots=True)
class Price:
    """USD per million tokens of one model; `long_context` applies above `long_context_above`."""

    input: Decimal
    output: Decimal
    cache_write: Decimal  # 5-minute TTL
    cache_read: Decimal
    long_context: Price | None = None
    long_context_above: int = 0


def _price(
    input_: str,
    output: str,
    cache_write: str,
    cache_read: str,
    *,
    long_context: Price | None = None,
) -> Price:
    return Price(
        Decimal(input_),
        Decimal(output),
        Decimal(cache_write),
        Decimal(cache_read),
        long_context=long_context,
        long_context_above=100_000 if long_context is not None else 0,
    )


PRICES: dict[str, Price] = {
    # The default model: "prompts up to 100K tokens" rates, and the rates above that.
    "claude-haiku-5-5": _price(
        "0.10", "0.50", "0.125", "0.01", long_context=_price("0.50", "2.50", "0.625", "0.05")
    ),
    "claude-haiku-4-5": _price("1", "5", "1.25", "0.10"),
    # Not used by Dars; listed so that "the most expensive known model" really is the most
    # expensive one a misconfigured ANTHROPIC_MODEL could name, and an unknown model is never
    # priced below what it may cost.
    "claude-opus-5": _price("5", "25", "6.25", "0.50"),
    "claude-fable-5": _price("10", "50", "12.50", "1"),
    "claude-fable-5-1": _price("10", "50", "12.50", "0.25"),
}

# An unknown model is priced at the dearest rate of every kind in the table, so that a new model
# name can only overcount until the table learns it.
MOST_EXPENSIVE = Price(
    input=max(p.input for p in PRICES.values()),
    output=max(p.output for p in PRICES.values()),
    cache_write=max(p.cache_write for p in PRICES.values()),
    cache_read=max(p.cache_read for p in PRICES.values()),
)
_unknown_models_logged: set[str] = set()


def price_of(model: str) -> Price:
    """Return a model's price; an unknown model gets the most expensive rates, logged once."""
    price = PRICES.get(model) or PRICES.get(_DATED_MODEL.sub("", model))
    if price is not None:
        return price
    if model not in _unknown_models_logged:
        _unknown_models_logged.add(model)
        log.warning(
            "no price for model %r: charging the most expensive known rates; add it to %s",
            model,
            __name__,
        )
    return MOST_EXPENSIVE


def cost_usd_exact(model: str, usage: TokenUsage) -> Decimal:
    """Return the exact dollar cost of one reply."""
    price = price_of(model)
    if price.long_context is not None and usage.total_input_tokens > price.long_context_above:
        price = price.long_context
    micro_dollars = (
        usage.input_tokens * price.input
        + usage.cache_creation_input_tokens * price.cache_write
        + usage.cache_read_input_tokens * price.cache_read
        + usage.output_tokens * price.output
    )
    return micro_dollars / _MILLION


def cost_usd(model: str, usage: TokenUsage) -> float:
    """Return the dollar cost of one reply, computed exactly and rounded once to a float."""
    return float(cost_usd_exact(model, usage))
