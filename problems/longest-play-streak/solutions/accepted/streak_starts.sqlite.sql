-- Another way: a day starts a streak when the day before has no login; a running count of the
-- starts numbers the streaks.
WITH login_days AS (
    SELECT DISTINCT player_id, date(logged_at) AS login_day
    FROM PlayerLogin
),
marked AS (
    SELECT player_id, login_day,
           CASE WHEN LAG(login_day) OVER (PARTITION BY player_id ORDER BY login_day) = date(login_day, '-1 day')
                THEN 0 ELSE 1 END AS starts_streak
    FROM login_days
),
numbered AS (
    SELECT player_id, login_day,
           SUM(starts_streak) OVER (PARTITION BY player_id ORDER BY login_day) AS streak_no
    FROM marked
),
streaks AS (
    SELECT player_id, streak_no, MIN(login_day) AS streak_start, COUNT(*) AS streak_length
    FROM numbered
    GROUP BY player_id, streak_no
)
SELECT s.player_id, s.streak_length AS longest_streak, MIN(s.streak_start) AS streak_start
FROM streaks s
WHERE s.streak_length = (SELECT MAX(t.streak_length) FROM streaks t WHERE t.player_id = s.player_id)
GROUP BY s.player_id, s.streak_length;
