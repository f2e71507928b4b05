"""A per-process cache of problem cards: content changes rarely, and answers are the hot path."""

from __future__ import annotations

from bot.tutor.content import queries
from bot.tutor.content.cards import ProblemCard
from db.uow import UnitOfWork


class ProblemCards:
    """Problem cards read once per process.

    Problems are reference data: the loader changes them rarely, and a restart after a content
    load picks the changes up. Caching saves a query per answer on the hot path.
    """

    def __init__(self) -> None:
        self._cards: dict[int, ProblemCard] = {}

    async def get(self, uow: UnitOfWork, problem_id: int) -> ProblemCard:
        """Return the card of a problem, reading it once per process."""
        card = self._cards.get(problem_id)
        if card is None:
            found = await queries.problem_card(uow, problem_id)
            if found is None:
                raise LookupError(f"problem {problem_id} is not in the database")
            card = self._cards[problem_id] = found
        return card
