SELECT c.courier_id, c.courier_name,
       ROUND(COALESCE(AVG(COALESCE(d.tip, 0)), 0), 2) AS avg_tip
FROM Courier c
LEFT JOIN Delivery d ON d.courier_id = c.courier_id
GROUP BY c.courier_id, c.courier_name;
