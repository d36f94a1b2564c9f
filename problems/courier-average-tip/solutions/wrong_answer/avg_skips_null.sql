-- AVG ignores the untipped deliveries, and a courier without deliveries gets NULL.
SELECT c.courier_id, c.courier_name, ROUND(AVG(d.tip), 2) AS avg_tip
FROM Courier c
LEFT JOIN Delivery d ON d.courier_id = c.courier_id
GROUP BY c.courier_id, c.courier_name;
