"""Draw a report's daily figures as a PNG chart with matplotlib, without a display (Agg)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.reports.documents import CostReport, UsageReport
from bot.reports.periods import describe_window
from bot.reports.rules import completion_rate


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """What a chart plots: one value per day, and optionally a rate on a second axis."""

    title: str
    days: tuple[date, ...]
    values: tuple[float, ...]
    value_label: str
    rates: tuple[float | None, ...] | None = None
    rate_label: str = ""


def draw_chart(series: ChartSeries, path: Path) -> None:
    """Draw a daily chart to a PNG file, without a display (Agg)."""
    # Imported here: matplotlib adds half a second to every report, chart or not.
    import numpy
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter, StrMethodFormatter

    figure = Figure(figsize=(10, 4.5), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    days = numpy.array(series.days, dtype="datetime64[D]")
    axes.bar(days, series.values, color="#4c72b0", label=series.value_label)
    axes.set_ylabel(series.value_label)
    axes.set_title(series.title)
    axes.set_xlim(days[0] - numpy.timedelta64(1, "D"), days[-1] + numpy.timedelta64(1, "D"))
    axes.set_ylim(bottom=0)
    if series.value_label.endswith("(USD)"):
        axes.yaxis.set_major_formatter(StrMethodFormatter("${x:,.2f}"))
    else:
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    figure.autofmt_xdate()
    if series.rates is not None:
        rate_axes = axes.twinx()
        rates = [float("nan") if r is None else r for r in series.rates]
        rate_axes.plot(days, rates, color="#dd8452", marker="o", label=series.rate_label)
        rate_axes.set_ylim(0, 1.05)
        rate_axes.yaxis.set_major_formatter(PercentFormatter(1.0))
        rate_axes.set_ylabel(series.rate_label)
        figure.legend(loc="outside lower center", ncols=2)
    if not any(series.values):
        axes.text(0.5, 0.5, "no data", transform=axes.transAxes, ha="center", color="gray")
    figure.savefig(path, format="png")


def cost_chart(report: CostReport) -> ChartSeries:
    """Return the daily AI cost of a cost report."""
    return ChartSeries(
        title=f"AI cost per day, {describe_window(report.window)} ({report.window.timezone.key})",
        days=tuple(d.day for d in report.daily),
        values=tuple(d.cost_usd for d in report.daily),
        value_label="cost (USD)",
    )


def usage_chart(report: UsageReport) -> ChartSeries:
    """Return the daily active students and completion rate of a usage report."""
    return ChartSeries(
        title=f"Active students and session completion, {describe_window(report.window)} "
        f"({report.window.timezone.key})",
        days=tuple(d.day for d in report.daily),
        values=tuple(float(d.active_students) for d in report.daily),
        value_label="active students",
        rates=tuple(completion_rate(d.sessions) for d in report.daily),
        rate_label="completion rate",
    )
