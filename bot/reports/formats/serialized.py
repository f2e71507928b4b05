"""Write a report document as JSON or as long-form CSV, for spreadsheets and other tools."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from bot.reports.formats.fields import ReportDocument, Scalar

CSV_COLUMNS = ("section", "row", "field", "value")


def write_json(document: ReportDocument, output: TextIO) -> None:
    """Write the report as one JSON object."""
    json.dump(document.as_json(), output, ensure_ascii=False, indent=2)
    output.write("\n")


def write_csv(document: ReportDocument, output: TextIO) -> None:
    """Write the report in long form: one line per field of every row of every section."""
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    tables = {"report": [document.header], "summary": [document.summary], **document.sections}
    for section, rows in tables.items():
        for index, row in enumerate(rows):
            for name, value in row.items():
                writer.writerow((section, index, name, _csv_value(value)))


def _csv_value(value: Scalar) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
