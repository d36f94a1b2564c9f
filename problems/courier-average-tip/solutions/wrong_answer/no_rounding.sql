-- Forgets to round: 1.3333... is not 1.33.
SELECT c.courier_id, c.courier_name, COALESCE(AVG(COALESCE(d.tip, 0)), 0) AS avg_tip
FROM Courier c
LEFT JOIN Delivery d ON d.courier_id = c.courier_id
GROUP BY c.courier_id, c.courier_name;
