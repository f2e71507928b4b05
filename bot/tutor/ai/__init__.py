"""AI help: Claude's hints and verdicts, their prompts, prices, cache and cost ledger."""

from bot.tutor.ai.help import (
    AiCall,
    AiCallResult,
    AiHelp,
    AiHint,
    AiJudgement,
    AiStatus,
    create_ai_help,
)
from bot.tutor.ai.ledger import BUDGETED_PROVIDER, reached_budget
from bot.tutor.ai.llm import AnthropicLLM
from bot.tutor.ai.prices import TokenUsage, cost_usd_exact
from bot.tutor.ai.prompts import JUDGE_SYSTEM

__all__ = [
    "BUDGETED_PROVIDER",
    "JUDGE_SYSTEM",
    "AiCall",
    "AiCallResult",
    "AiHelp",
    "AiHint",
    "AiJudgement",
    "AiStatus",
    "AnthropicLLM",
    "TokenUsage",
    "cost_usd_exact",
    "create_ai_help",
    "reached_budget",
]
