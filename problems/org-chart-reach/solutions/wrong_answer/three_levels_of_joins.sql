-- Self-joins look three levels up and down and no further.
SELECT s.staff_id, s.full_name,
       (CASE WHEN m1.staff_id IS NULL THEN 0 ELSE 1 END
        + CASE WHEN m2.staff_id IS NULL THEN 0 ELSE 1 END
        + CASE WHEN m3.staff_id IS NULL THEN 0 ELSE 1 END) AS managers_above,
       (SELECT COUNT(*) FROM Staff r1 WHERE r1.manager_id = s.staff_id)
       + (SELECT COUNT(*) FROM Staff r1 JOIN Staff r2 ON r2.manager_id = r1.staff_id
          WHERE r1.manager_id = s.staff_id)
       + (SELECT COUNT(*) FROM Staff r1 JOIN Staff r2 ON r2.manager_id = r1.staff_id
          JOIN Staff r3 ON r3.manager_id = r2.staff_id
          WHERE r1.manager_id = s.staff_id) AS total_reports
FROM Staff s
LEFT JOIN Staff m1 ON m1.staff_id = s.manager_id
LEFT JOIN Staff m2 ON m2.staff_id = m1.manager_id
LEFT JOIN Staff m3 ON m3.staff_id = m2.manager_id;
