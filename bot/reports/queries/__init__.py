"""SQL of the teacher reports: the database aggregates every figure; Python reads the totals."""

# Days are local days in the report's time zone. A session's day is `sessions.date` (already
# local); a timestamp (`cost_records.recorded_at`, `responses.evaluated_at`, stored in UTC) is
# filtered by the UTC instants that bound the local days, and bucketed into a local day in SQL: on
# PostgreSQL with `AT TIME ZONE`, on SQLite by adding the zone's UTC offset, piecewise if the
# offset changes within the window (Asia/Dhaka is UTC+6 all year, so there it is one offset).
