-- 100 * 2 / 3 is 66 in integer arithmetic, not 66.67.
SELECT agent_id,
       COUNT(*) AS finished_calls,
       SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) AS resolved_calls,
       ROUND(100 * SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) / COUNT(*), 2) AS resolved_pct
FROM SupportCall
WHERE outcome IS NOT NULL
GROUP BY agent_id;
