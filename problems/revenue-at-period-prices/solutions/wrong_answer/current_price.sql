-- Charges every sale, past or present, at today's price.
SELECT p.product_id,
       p.product_name,
       COALESCE(SUM(s.quantity), 0) AS units_sold,
       ROUND(COALESCE(SUM(s.quantity * pp.unit_price), 0), 2) AS revenue
FROM Product p
LEFT JOIN Sale s ON s.product_id = p.product_id
LEFT JOIN PricePeriod pp ON pp.product_id = s.product_id AND pp.end_day IS NULL
GROUP BY p.product_id, p.product_name
ORDER BY revenue DESC, p.product_id;
