-- Drops the couriers who have not delivered anything yet.
SELECT c.courier_id, c.courier_name, ROUND(AVG(COALESCE(d.tip, 0)), 2) AS avg_tip
FROM Courier c
JOIN Delivery d ON d.courier_id = c.courier_id
GROUP BY c.courier_id, c.courier_name;
