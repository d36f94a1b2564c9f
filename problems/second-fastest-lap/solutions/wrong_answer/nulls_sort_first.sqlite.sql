-- Forgets the untimed laps: SQLite sorts NULL before every number, so the NULL "time" comes
-- first and the fastest time is taken for the second. (PostgreSQL sorts NULL last in ascending
-- order, where this query happens to work.)
SELECT (
    SELECT DISTINCT lap_ms
    FROM Lap
    ORDER BY lap_ms
    LIMIT 1 OFFSET 1
) AS second_fastest_ms;
