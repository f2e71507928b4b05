"""Print proven problem instances for review or a worksheet: `python -m scripts.content sample`."""

from __future__ import annotations

import argparse
import json
import sys

from bot.tutor.content import (
    ContentError,
    load_library,
    problem_record,
    problem_text,
    sample_problems,
)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.content",
        description="Look at the library's generated problems without a database.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser(
        "sample", help="print instances with family, topic, question, answer, unit and hints"
    )
    sample.add_argument("--grade", type=int, choices=(6, 7, 8), required=True)
    sample.add_argument("--topic", help="a topic key, such as natural_numbers (default: all)")
    sample.add_argument("--count", type=int, default=50, help="how many instances (default 50)")
    sample.add_argument("--seed", type=int, default=1, help="which sample (default 1)")
    sample.add_argument("--format", choices=("text", "json"), default="text")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Print a sample; exit 2 on a bad argument, 1 on a content fault."""
    arguments = _arguments(argv)
    if arguments.count < 1:
        print("content: --count must be at least 1", file=sys.stderr)
        return 2
    try:
        library = load_library()
    except ContentError as error:
        print(f"content: {error}", file=sys.stderr)
        return 1
    topics = sorted({p.topic for p in library.of_grade(arguments.grade)})
    if arguments.topic is not None and arguments.topic not in topics:
        print(
            f"content: --topic {arguments.topic} is not a topic of class {arguments.grade}; "
            f"choose one of: {', '.join(topics)}",
            file=sys.stderr,
        )
        return 2
    chosen = sample_problems(
        library,
        grade=arguments.grade,
        topic=arguments.topic,
        count=arguments.count,
        seed=arguments.seed,
    )
    if arguments.format == "json":
        print(json.dumps([problem_record(p) for p in chosen], ensure_ascii=False, indent=2))
    else:
        grade_problems = [p for p in library.of_grade(arguments.grade) if p.seed is not None]
        print(
            f"class {arguments.grade}: {len({p.family for p in grade_problems})} families, "
            f"{len(grade_problems)} proven instances; showing {len(chosen)}\n"
        )
        print("\n\n".join(problem_text(p) for p in chosen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
