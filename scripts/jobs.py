"""Run one scheduled job once, from cron: `python -m scripts.jobs expire|reminders|nudges|digest`.

Use either this or the bot's own schedule, not both: both are safe together (claims are unique),
but one schedule is easier to reason about.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from datetime import UTC, datetime

from bot.bootstrap import create_runtime
from bot.settings import Settings, load_settings
from bot.telegram.class_digests import TelegramViewSender, run_digest_job
from bot.telegram.notifier import TelegramNotifier, broadcast_bot, run_job, send_limiter
from bot.tutor.classes import DigestReport
from bot.tutor.reminders import JobReport
from db.revision import schema_problem


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            f"--now must be an ISO-8601 moment such as 2026-11-23T19:05+06:00, not {text!r}"
        ) from error
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError("--now needs a UTC offset, such as +06:00 or Z")
    return moment.astimezone(UTC)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.jobs", description=__doc__)
    parser.add_argument("job", choices=["expire", "reminders", "nudges", "digest"])
    parser.add_argument("--dry-run", action="store_true", help="count what is due, send nothing")
    parser.add_argument("--now", type=_moment, help="run as of this moment (ISO-8601 with offset)")
    return parser.parse_args(argv)


async def run(
    settings: Settings, job: str, *, now: datetime, dry_run: bool
) -> JobReport | DigestReport:
    """Run the job against the configured database and Telegram."""
    if job == "digest":
        return await run_digest(settings, now=now, dry_run=dry_run)
    runtime = create_runtime(settings)
    bot = broadcast_bot(settings)
    # Alone in its process: no replies here, but the bot's, if it runs, still get their share.
    notifier = TelegramNotifier(bot, runtime.renderer, limiter=send_limiter(settings))
    try:
        if dry_run:  # counts only: Telegram is not contacted
            return await run_job(job, runtime.notifications, notifier, now=now, dry_run=True)
        async with bot:
            return await run_job(job, runtime.notifications, notifier, now=now)
    finally:
        await runtime.close()


async def run_digest(settings: Settings, *, now: datetime, dry_run: bool) -> DigestReport:
    """Send the weekly class digests due at `now` (Thursday 18:00-21:30) and owed class notices."""
    runtime = create_runtime(settings)
    bot = broadcast_bot(settings)
    # Scheduled messages, like reminders: the broadcast lane of a limiter of this process's own.
    sender = TelegramViewSender(bot, runtime.renderer, limiter=send_limiter(settings))
    try:
        if dry_run:
            return await run_digest_job(runtime.digests, sender, now=now, dry_run=True)
        async with bot:
            return await run_digest_job(runtime.digests, sender, now=now)
    finally:
        await runtime.close()


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run the job, print one line of what it did."""
    arguments = _arguments(argv)
    settings = load_settings()
    if settings.TELEGRAM_BOT_TOKEN is None and not arguments.dry_run:
        print(
            "jobs: TELEGRAM_BOT_TOKEN is not set; only --dry-run works without it", file=sys.stderr
        )
        return 2
    problem = asyncio.run(schema_problem(settings.DATABASE_URL))
    if problem is not None:
        print(f"jobs: {problem}", file=sys.stderr)
        return 1
    now = arguments.now or datetime.now(UTC)
    report = asyncio.run(run(settings, arguments.job, now=now, dry_run=arguments.dry_run))
    print(("dry run: " if arguments.dry_run else "") + report.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
