"""Find the family modules under content/families/gradeN/ and check what they declare."""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from bot.tutor.content.family import Family, Topic
from bot.tutor.content.schema import ContentError

FAMILIES_PACKAGE = "content.families"
_KEY = re.compile(r"^g[678]-[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class DeclaredFamily:
    """A family with the topic and the file that declare it."""

    topic: Topic
    family: Family
    file: Path


def declared_families(package: str = FAMILIES_PACKAGE) -> list[DeclaredFamily]:
    """Import every family module of the package; raise ContentError naming a faulty one."""
    root = importlib.import_module(package)
    declared: list[DeclaredFamily] = []
    seen: dict[str, Path] = {}
    for info in sorted(pkgutil.walk_packages(root.__path__, f"{package}."), key=lambda i: i.name):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        file = Path(module.__file__ or info.name)
        topic, families = _declarations(module, file)
        for family in families:
            if not _KEY.match(family.key) or not family.key.startswith(f"g{topic.grade}-"):
                raise ContentError(
                    file, family.key, "key", f"must look like g{topic.grade}-hcf-two-numbers"
                )
            if family.key in seen:
                raise ContentError(
                    file, family.key, "key", f"duplicate key, also in {seen[family.key]}"
                )
            if family.pool < 1:
                raise ContentError(file, family.key, "pool", "must be at least 1")
            seen[family.key] = file
            declared.append(DeclaredFamily(topic, family, file))
    return declared


def families_root(package: str = FAMILIES_PACKAGE) -> Path:
    """The folder the family modules of a package live in."""
    return Path(importlib.import_module(package).__path__[0])


def _declarations(module: ModuleType, file: Path) -> tuple[Topic, tuple[Family, ...]]:
    topic = getattr(module, "TOPIC", None)
    families = getattr(module, "FAMILIES", None)
    if not isinstance(topic, Topic):
        raise ContentError(file, None, "TOPIC", "a family module declares TOPIC = Topic(...)")
    if not isinstance(families, tuple) or not all(isinstance(f, Family) for f in families):
        raise ContentError(
            file, None, "FAMILIES", "a family module declares FAMILIES = (Family(...), ...)"
        )
    grade_folder = file.parent.name
    if grade_folder != f"grade{topic.grade}":
        raise ContentError(
            file, None, "TOPIC", f"grade {topic.grade} topic in folder {grade_folder}"
        )
    return topic, families
