-- One walk upwards from everyone: each step up meets one more manager of the starting person,
-- and that manager has the starting person below them.
WITH RECURSIVE up (staff_id, boss_id) AS (
    SELECT staff_id, manager_id
    FROM Staff
    WHERE manager_id IS NOT NULL
    UNION ALL
    SELECT u.staff_id, s.manager_id
    FROM up u
    JOIN Staff s ON s.staff_id = u.boss_id
    WHERE s.manager_id IS NOT NULL
),
above_counts (staff_id, n) AS (
    SELECT staff_id, COUNT(*) FROM up GROUP BY staff_id
),
below_counts (staff_id, n) AS (
    SELECT boss_id, COUNT(*) FROM up GROUP BY boss_id
)
SELECT s.staff_id, s.full_name,
       COALESCE(a.n, 0) AS managers_above,
       COALESCE(b.n, 0) AS total_reports
FROM Staff s
LEFT JOIN above_counts a ON a.staff_id = s.staff_id
LEFT JOIN below_counts b ON b.staff_id = s.staff_id;
