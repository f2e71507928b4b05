"""AI help: Claude's hints and verdicts, their prompts, prices, cache and cost ledger."""

from bot.tutor.ai.help import AiHelp, AiJudgement, AiOutcome, AiStatus, create_ai_help
from bot.tutor.ai.ledger import BUDGETED_PROVIDER, reached_budget

__all__ = [
    "BUDGETED_PROVIDER",
    "AiHelp",
    "AiJudgement",
    "AiOutcome",
    "AiStatus",
    "create_ai_help",
    "reached_budget",
]
