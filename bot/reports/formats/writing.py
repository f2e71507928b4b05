"""Write a report document in the format asked for."""

from __future__ import annotations

import sys
from typing import Literal, TextIO

from rich.console import Console

from bot.reports.formats.fields import ReportDocument
from bot.reports.formats.serialized import write_csv, write_json
from bot.reports.formats.table import write_table

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")


def write_document(document: ReportDocument, output_format: Format, output: TextIO) -> None:
    """Write the document as a table, CSV or JSON."""
    if output_format == "json":
        write_json(document, output)
    elif output_format == "csv":
        write_csv(document, output)
    else:
        write_table(document, Console(file=output) if output is not sys.stdout else Console())
