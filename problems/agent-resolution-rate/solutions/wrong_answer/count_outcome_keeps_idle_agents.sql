-- Right counts, but an agent whose calls are all still going on appears with 0 finished calls
-- (and a division by zero turned into NULL).
SELECT agent_id,
       COUNT(outcome) AS finished_calls,
       SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) AS resolved_calls,
       ROUND(100.0 * SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) / NULLIF(COUNT(outcome), 0), 2) AS resolved_pct
FROM SupportCall
GROUP BY agent_id;
