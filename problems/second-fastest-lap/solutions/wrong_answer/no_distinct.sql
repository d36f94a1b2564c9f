-- Two laps sharing the fastest time make the fastest time "second" as well.
SELECT (
    SELECT lap_ms
    FROM Lap
    WHERE lap_ms IS NOT NULL
    ORDER BY lap_ms
    LIMIT 1 OFFSET 1
) AS second_fastest_ms;
