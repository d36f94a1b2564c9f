SELECT (
    SELECT DISTINCT lap_ms
    FROM Lap
    WHERE lap_ms IS NOT NULL
    ORDER BY lap_ms
    LIMIT 1 OFFSET 1
) AS second_fastest_ms;
