"""A per-process cache of problem cards: content changes rarely, and answers are the hot path."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from bot.tutor.content import queries
from bot.tutor.content.cards import ProblemCard
from db.uow import UnitOfWork

# How stale a card may be after `load_content` changes the library under a running bot.
RECHECK_SECONDS = 30.0


class ProblemCards:
    """Problem cards read once per process, dropped when the library in the database changes.

    Caching saves a query per answer on the hot path. At most every RECHECK_SECONDS one cheap
    query asks whether a content load has changed the library since, so every bot process picks
    up reloaded content without a restart.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._cards: dict[int, ProblemCard] = {}
        self._clock = clock
        self._version: tuple[object, ...] | None = None
        self._generation = 0
        self._recheck_at = float("-inf")

    async def generation(self, uow: UnitOfWork) -> int:
        """Return a number that changes whenever a load changes the library (checked every 30 s).

        Other per-process caches of the library (the problems a session is chosen from) keep
        what they read under this number and read again when it moves.
        """
        if self._clock() >= self._recheck_at:
            version = await queries.library_version(uow)
            if version != self._version:
                self._cards.clear()
                self._version = version
                self._generation += 1
            self._recheck_at = self._clock() + RECHECK_SECONDS
        return self._generation

    async def get(self, uow: UnitOfWork, problem_id: int) -> ProblemCard:
        """Return the card of a problem, reading it once per process and content version."""
        return (await self.get_all(uow, (problem_id,)))[problem_id]

    async def get_all(self, uow: UnitOfWork, problem_ids: Sequence[int]) -> dict[int, ProblemCard]:
        """Return the cards of these problems, reading those not kept yet in one statement.

        A practice session asks for all its problems at once, so a process that has not seen
        them reads them together and its next answers read none.
        """
        await self.generation(uow)
        missing = [problem_id for problem_id in problem_ids if problem_id not in self._cards]
        if missing:
            found = await queries.problem_cards(uow, missing)
            for problem_id in missing:
                if problem_id not in found:
                    raise LookupError(f"problem {problem_id} is not in the database")
            self._cards.update(found)
        return {problem_id: self._cards[problem_id] for problem_id in problem_ids}
