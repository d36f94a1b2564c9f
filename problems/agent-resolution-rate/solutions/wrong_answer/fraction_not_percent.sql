-- A fraction between 0 and 1, not a percentage.
SELECT agent_id,
       COUNT(*) AS finished_calls,
       SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) AS resolved_calls,
       ROUND(1.0 * SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) / COUNT(*), 2) AS resolved_pct
FROM SupportCall
WHERE outcome IS NOT NULL
GROUP BY agent_id;
