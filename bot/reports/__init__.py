"""Teacher reports (AI cost, usage, one student): queries, rules, documents and their formats."""

from bot.reports.errors import ReportFailed
from bot.reports.formats.chart import ChartSeries, draw_chart
from bot.reports.formats.fields import ReportDocument
from bot.reports.formats.writing import FORMATS, Format, write_document
from bot.reports.periods import parse_day, parse_month
from bot.reports.reading import ReportRequest, read_report

__all__ = [
    "FORMATS",
    "ChartSeries",
    "Format",
    "ReportDocument",
    "ReportFailed",
    "ReportRequest",
    "draw_chart",
    "parse_day",
    "parse_month",
    "read_report",
    "write_document",
]
