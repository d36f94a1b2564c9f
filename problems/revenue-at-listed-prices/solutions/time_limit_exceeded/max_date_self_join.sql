-- Finds the date in effect with a correlated MAX, then joins back: two scans per sale, no index.
SELECT s.product_id, SUM(s.quantity * pc.price) AS revenue
FROM Sale s
JOIN PriceChange pc
  ON pc.product_id = s.product_id
 AND pc.valid_from = (
     SELECT MAX(p2.valid_from)
     FROM PriceChange p2
     WHERE p2.product_id = s.product_id
       AND p2.valid_from <= s.sold_on
 )
GROUP BY s.product_id;
