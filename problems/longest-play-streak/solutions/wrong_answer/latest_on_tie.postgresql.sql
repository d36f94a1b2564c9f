-- On a tie it keeps the latest streak, not the earliest.
WITH login_days AS (
    SELECT DISTINCT player_id, CAST(logged_at AS DATE) AS login_day
    FROM PlayerLogin
),
islands AS (
    SELECT player_id, login_day,
           login_day - CAST(ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY login_day) AS INTEGER) AS island
    FROM login_days
),
streaks AS (
    SELECT player_id, MIN(login_day) AS streak_start, COUNT(*) AS streak_length
    FROM islands
    GROUP BY player_id, island
),
ranked AS (
    SELECT player_id, streak_start, streak_length,
           ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY streak_length DESC, streak_start DESC) AS pick
    FROM streaks
)
SELECT player_id, streak_length AS longest_streak, streak_start
FROM ranked
WHERE pick = 1;
