"""The one error a report run ends with: its message is the line to print."""


class ReportFailed(Exception):
    """The report could not be made; the message is the one line to print."""
