"""The loader upserts the library by key: all of it loads, a rerun changes nothing, edits stay in
place, and a problem that leaves the library is retired, never chosen again."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.content import CONTENT_ROOT, ProblemCards
from bot.tutor.content import load_library as load
from bot.tutor.content.card_cache import RECHECK_SECONDS
from bot.tutor.content.library import sync_library
from bot.tutor.practice.learning_queries import problem_candidates
from db.models import Problem
from db.uow import UnitOfWork
from scripts import load_content
from tests.library_loader import whole_library

Factory = async_sessionmaker[AsyncSession]
WHOLE = whole_library()
LIBRARY = WHOLE.problems
SIZE = len(LIBRARY)


async def _reload_from_scratch(session_factory: Factory) -> None:
    async with session_factory() as session:
        await session.execute(delete(Problem))
        await session.commit()


async def test_the_whole_library_loads_and_a_second_load_changes_nothing(
    session_factory: Factory,
) -> None:
    await _reload_from_scratch(session_factory)
    async with UnitOfWork(session_factory) as uow:
        first = await sync_library(uow, LIBRARY)
        await uow.commit()
    assert (first.added, first.updated, first.unchanged) == (SIZE, 0, 0)
    assert SIZE > 280  # the fixed problems and the families' instances
    async with UnitOfWork(session_factory) as uow:
        session = uow.session
        ids_before = dict((await session.execute(select(Problem.key, Problem.problem_id))).all())
        again = await sync_library(uow, LIBRARY)
        await uow.commit()
        ids_after = dict((await session.execute(select(Problem.key, Problem.problem_id))).all())
    assert (again.added, again.updated, again.unchanged) == (0, 0, SIZE)
    assert ids_after == ids_before
    grades = {g for (g,) in (await _grades(session_factory))}
    assert grades == {6, 7, 8}


async def _grades(session_factory: Factory) -> list[tuple[int]]:
    async with session_factory() as session:
        return [(row[0],) for row in await session.execute(select(Problem.grade).distinct())]


async def test_an_edited_problem_keeps_its_id_and_a_removed_one_is_retired(
    session_factory: Factory,
) -> None:
    edited = LIBRARY[0]
    new_spec = edited.spec.model_copy(
        update={"question_en": edited.spec.question_en + " (edited)"}
    )
    changed = [replace(edited, spec=new_spec), *LIBRARY[2:]]
    async with UnitOfWork(session_factory) as uow:
        session = uow.session
        await sync_library(uow, LIBRARY)
        await uow.commit()
        before = await session.scalar(
            select(Problem.problem_id).where(Problem.key == edited.spec.key)
        )
        report = await sync_library(uow, changed)
        await uow.commit()
    async with session_factory() as session:
        row = (
            await session.execute(select(Problem).where(Problem.key == edited.spec.key))
        ).scalar_one()
        total = await session.scalar(select(func.count()).select_from(Problem))
    assert report.updated == 1
    assert report.missing_keys == (LIBRARY[1].spec.key,)
    assert report.retired == 1
    assert row.problem_id == before
    assert row.question_en.endswith("(edited)")
    assert total == SIZE  # the removed problem is kept: answers may point at it
    removed = LIBRARY[1]
    async with UnitOfWork(session_factory) as uow:
        removed_id = await uow.session.scalar(
            select(Problem.problem_id).where(Problem.key == removed.spec.key)
        )
        candidates = {row[0] for row in await problem_candidates(uow, removed.grade)}
    assert removed_id not in candidates
    async with UnitOfWork(session_factory) as uow:
        back = await sync_library(uow, LIBRARY)  # back in the library: chosen again
        await uow.commit()
        candidates = {row[0] for row in await problem_candidates(uow, removed.grade)}
    assert back.updated == 2
    assert removed_id in candidates


def test_the_command_loads_reports_stats_and_refuses_a_broken_file(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    # Generation itself is tested in tests/unit/test_families.py; here, the command around it.
    monkeypatch.setattr(
        load_content,
        "load_library",
        lambda path, **_: WHOLE if path == CONTENT_ROOT else load(path),
    )
    assert load_content.main(["--dry-run", "--stats"]) == 0
    out = capsys.readouterr().out
    assert f"would load {SIZE} problems" in out
    assert f"{WHOLE.families} families" in out

    assert load_content.main([]) == 0
    assert f"loaded {SIZE} problems" in capsys.readouterr().out
    assert load_content.main([]) == 0  # the same files again: nothing generated, nothing written
    assert "the library is unchanged since its last load" in capsys.readouterr().out
    assert load_content.main(["--force"]) == 0
    assert f"loaded {SIZE} problems: 0 added, 0 updated, {SIZE} unchanged" in (
        capsys.readouterr().out
    )

    broken = tmp_path / "problems"
    shutil.copytree(CONTENT_ROOT, broken)
    target = broken / "grade7" / "proportion.yaml"
    target.write_text(
        target.read_text(encoding="utf-8").replace("hints:", "hintz:", 1), encoding="utf-8"
    )
    assert load_content.main(["--path", str(broken)]) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"load_content: {target}, problem g7-")
    assert "nothing was written" in error
    assert len(error.splitlines()) == 1


async def test_a_running_bot_sees_a_reloaded_problem_within_half_a_minute(
    session_factory: Factory,
) -> None:
    clock = [1000.0]
    cards = ProblemCards(clock=lambda: clock[0])
    edited = LIBRARY[0]
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, LIBRARY)
        await uow.commit()
        problem_id = await uow.session.scalar(
            select(Problem.problem_id).where(Problem.key == edited.spec.key)
        )
        assert problem_id is not None
        before = await cards.get(uow, problem_id)
    new_spec = edited.spec.model_copy(update={"question_en": "Reloaded: what is 2 + 2?"})
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, [replace(edited, spec=new_spec), *LIBRARY[1:]])
        await uow.commit()
    async with UnitOfWork(session_factory) as uow:
        clock[0] += 10
        assert (await cards.get(uow, problem_id)).question_en == before.question_en
        clock[0] += RECHECK_SECONDS
        assert (await cards.get(uow, problem_id)).question_en == "Reloaded: what is 2 + 2?"
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, LIBRARY)  # leave the library as the other tests expect it
        await uow.commit()
