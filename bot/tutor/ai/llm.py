"""The LLM behind a small Protocol, and its implementation on the anthropic SDK."""

from __future__ import annotations

import asyncio
import json
import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.tutor.ai.prices import TokenUsage

if TYPE_CHECKING:
    from anthropic.types import Message, TextBlockParam

log = logging.getLogger(__name__)

# Anthropic only caches a prefix of at least a model-dependent minimum (1,024 to 4,096 tokens;
# 4,096 on Haiku 4.5, and not published for Haiku 5.5 when this was written). A shorter prefix
# marked with cache_control is silently not cached, so marking it gains nothing. Dars's system
# prompts are about 300 tokens, so today nothing is marked; should a prompt grow past the
# largest minimum (few-shot examples, say), its system block is marked and the rest of the
# request stays uncached, since student text differs every time.
PROMPT_CACHE_MIN_TOKENS = 4096


def estimate_tokens(text: str) -> int:
    """Estimate tokens: about 4 characters per token for Latin text, 1.5 for Bengali script."""
    latin = sum(1 for character in text if ord(character) < 0x0250)
    return math.ceil(latin / 4 + (len(text) - latin) / 1.5)


@dataclass(frozen=True, slots=True)
class LlmReply:
    """What came back from one billed call: the visible text, who answered and what it cost."""

    text: str
    model: str
    usage: TokenUsage
    stop_reason: str | None = None


class LlmUnavailable(Exception):
    """No usable reply. `reply` is set when the call still reached the API and was billed."""

    def __init__(
        self, reason: str, *, reply: LlmReply | None = None, billed_unknown: bool = False
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reply = reply
        # A 200 whose body could not be read: billed, but the usage is lost.
        self.billed_unknown = billed_unknown


class TutorLLM(Protocol):
    """Complete one prompt; raise LlmUnavailable on any failure."""

    async def complete(self, *, system: str, prompt: str, max_tokens: int) -> LlmReply:
        """Return the model's text reply to prompt under system instructions."""
        ...


class AnthropicLLM:
    """TutorLLM on the Messages API, thinking off, with a bounded wait and one retry."""

    def __init__(
        self,
        *,
        api_key: str,
        model: str,
        timeout_seconds: float,
        base_url: str | None = None,
    ) -> None:
        # Imported here: the SDK takes seconds to import, which a bot without a key never needs.
        import anthropic

        # base_url None lets the SDK read ANTHROPIC_BASE_URL (a local fake in tests).
        self._client = anthropic.AsyncAnthropic(
            api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=1
        )
        self.model = model
        self._deadline = timeout_seconds

    async def complete(self, *, system: str, prompt: str, max_tokens: int) -> LlmReply:
        """Return the text blocks of Claude's reply; raise LlmUnavailable on any failure."""
        import anthropic

        system_block: TextBlockParam = {"type": "text", "text": system}
        if estimate_tokens(system) >= PROMPT_CACHE_MIN_TOKENS:
            system_block["cache_control"] = {"type": "ephemeral"}
        try:
            # The SDK times out each attempt and retries once; the deadline bounds both together,
            # so a student waits at most timeout_seconds however the attempts go (a 529 may carry
            # a retry-after the SDK would otherwise sleep out).
            async with asyncio.timeout(self._deadline):
                message = await self._client.messages.create(
                    model=self.model,
                    max_tokens=max_tokens,
                    system=[system_block],
                    messages=[{"role": "user", "content": prompt}],
                    # Haiku 5.5 thinks by default and bills thinking as output; a hint or a
                    # verdict needs none. No temperature: Haiku 5.5 rejects sampling parameters.
                    thinking={"type": "disabled"},
                )
        except TimeoutError as error:
            raise LlmUnavailable("timeout") from error
        except json.JSONDecodeError as error:
            raise LlmUnavailable("malformed reply", billed_unknown=True) from error
        except anthropic.APIStatusError as error:
            raise LlmUnavailable(f"status {error.status_code}") from error
        except anthropic.APIError as error:
            # APITimeoutError and APIConnectionError: nothing came back, nothing was billed.
            raise LlmUnavailable(type(error).__name__) from error
        try:
            return _read(message, self.model)
        except (AttributeError, TypeError, ValueError) as error:
            # A 200 whose JSON lacks the fields of a message: billed, unreadable.
            raise LlmUnavailable("unreadable reply", billed_unknown=True) from error

    async def close(self) -> None:
        """Close the HTTP connections."""
        await self._client.close()


def _read(message: Message, requested_model: str) -> LlmReply:
    usage = message.usage
    reply = LlmReply(
        # Only text blocks: a thinking block is the model's working, never for a student.
        text="".join(block.text for block in message.content if block.type == "text").strip(),
        model=message.model or requested_model,
        usage=TokenUsage(
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            cache_creation_input_tokens=usage.cache_creation_input_tokens or 0,
            cache_read_input_tokens=usage.cache_read_input_tokens or 0,
        ),
        stop_reason=message.stop_reason,
    )
    if message.stop_reason == "refusal":
        raise LlmUnavailable("refusal", reply=reply)
    if message.stop_reason == "max_tokens":
        raise LlmUnavailable("cut off at max_tokens", reply=reply)
    if not reply.text:
        raise LlmUnavailable("empty reply", reply=reply)
    return reply
