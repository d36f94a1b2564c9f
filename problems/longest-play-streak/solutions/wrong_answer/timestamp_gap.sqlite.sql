-- Treats logins less than 24 hours apart as consecutive days, and counts from the login time:
-- 23:59 and 00:01 the next morning are two days, 08:00 and 07:59 two days later are not.
WITH ordered AS (
    SELECT player_id, logged_at,
           julianday(logged_at) - julianday(LAG(logged_at) OVER (PARTITION BY player_id ORDER BY logged_at)) AS gap
    FROM PlayerLogin
),
marked AS (
    SELECT player_id, logged_at,
           SUM(CASE WHEN gap IS NULL OR gap > 1 THEN 1 ELSE 0 END)
               OVER (PARTITION BY player_id ORDER BY logged_at) AS streak_no
    FROM ordered
),
streaks AS (
    SELECT player_id, streak_no, MIN(date(logged_at)) AS streak_start,
           COUNT(DISTINCT date(logged_at)) AS streak_length
    FROM marked
    GROUP BY player_id, streak_no
),
ranked AS (
    SELECT player_id, streak_start, streak_length,
           ROW_NUMBER() OVER (PARTITION BY player_id ORDER BY streak_length DESC, streak_start) AS pick
    FROM streaks
)
SELECT player_id, streak_length AS longest_streak, streak_start
FROM ranked
WHERE pick = 1;
