-- Counts only the direct reports, not the people below them.
WITH RECURSIVE levels (staff_id, managers_above) AS (
    SELECT staff_id, 0
    FROM Staff
    WHERE manager_id IS NULL
    UNION ALL
    SELECT s.staff_id, l.managers_above + 1
    FROM Staff s
    JOIN levels l ON s.manager_id = l.staff_id
)
SELECT s.staff_id, s.full_name, l.managers_above,
       (SELECT COUNT(*) FROM Staff r WHERE r.manager_id = s.staff_id) AS total_reports
FROM Staff s
JOIN levels l ON l.staff_id = s.staff_id;
