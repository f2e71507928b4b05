"""The loader upserts the library by key: all 280 load, a rerun changes nothing, edits stay in place."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.tutor.content.library import sync_library
from bot.tutor.content.schema import CONTENT_ROOT, load_library
from db.models import Problem
from db.uow import UnitOfWork
from scripts import load_content

Factory = async_sessionmaker[AsyncSession]
LIBRARY = load_library()


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
    assert (first.added, first.updated, first.unchanged) == (280, 0, 0)
    async with UnitOfWork(session_factory) as uow:
        session = uow.session
        ids_before = dict((await session.execute(select(Problem.key, Problem.problem_id))).all())
        again = await sync_library(uow, LIBRARY)
        await uow.commit()
        ids_after = dict((await session.execute(select(Problem.key, Problem.problem_id))).all())
    assert (again.added, again.updated, again.unchanged) == (0, 0, 280)
    assert ids_after == ids_before
    grades = {g for (g,) in (await _grades(session_factory))}
    assert grades == {6, 7, 8}


async def _grades(session_factory: Factory) -> list[tuple[int]]:
    async with session_factory() as session:
        return [(row[0],) for row in await session.execute(select(Problem.grade).distinct())]


async def test_an_edited_problem_keeps_its_id_and_a_removed_one_is_reported(
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
    assert row.problem_id == before
    assert row.question_en.endswith("(edited)")
    assert total == 280  # the removed problem is kept: answers may point at it
    async with UnitOfWork(session_factory) as uow:
        await sync_library(uow, LIBRARY)  # leave the library as the other tests expect it
        await uow.commit()


def test_the_command_loads_reports_stats_and_refuses_a_broken_file(
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    assert load_content.main(["--dry-run", "--stats"]) == 0
    out = capsys.readouterr().out
    assert "would load 280 problems" in out
    assert "280 problems" in out

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
