SELECT MIN(lap_ms) AS second_fastest_ms
FROM Lap
WHERE lap_ms > (SELECT MIN(lap_ms) FROM Lap);
