"""Fingerprint what the library is generated from, so an unchanged library is not proven again."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

_TUTOR = Path(__file__).resolve().parents[1]
# The code an instance's text, key and proof depend on, besides the content itself.
_GENERATOR_SOURCES = (
    _TUTOR / "content",
    _TUTOR / "answers",
    _TUTOR / "numerals.py",
    _TUTOR / "language.py",
)


def library_fingerprint(problems_root: Path, families_root: Path) -> str:
    """Return a SHA-256 over every file the library is made from, and the Python version."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}".encode())
    for source in (problems_root, families_root, *_GENERATOR_SOURCES):
        files = [source] if source.is_file() else sorted(source.rglob("*"))
        for path in files:
            if path.is_file() and path.suffix in (".py", ".yaml"):
                digest.update(str(path.relative_to(source.parent)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()
