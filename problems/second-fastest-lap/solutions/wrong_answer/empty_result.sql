-- Returns no row at all, instead of a row holding NULL, when there is no second time.
SELECT DISTINCT lap_ms AS second_fastest_ms
FROM Lap
WHERE lap_ms IS NOT NULL
ORDER BY lap_ms
LIMIT 1 OFFSET 1;
