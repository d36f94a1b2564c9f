WITH RECURSIVE levels (staff_id, managers_above) AS (
    SELECT staff_id, 0
    FROM Staff
    WHERE manager_id IS NULL
    UNION ALL
    SELECT s.staff_id, l.managers_above + 1
    FROM Staff s
    JOIN levels l ON s.manager_id = l.staff_id
),
below (boss_id, staff_id) AS (
    SELECT manager_id, staff_id
    FROM Staff
    WHERE manager_id IS NOT NULL
    UNION ALL
    SELECT b.boss_id, s.staff_id
    FROM below b
    JOIN Staff s ON s.manager_id = b.staff_id
),
team (boss_id, total_reports) AS (
    SELECT boss_id, COUNT(*)
    FROM below
    GROUP BY boss_id
)
SELECT s.staff_id, s.full_name, l.managers_above, COALESCE(t.total_reports, 0) AS total_reports
FROM Staff s
JOIN levels l ON l.staff_id = s.staff_id
LEFT JOIN team t ON t.boss_id = s.staff_id;
