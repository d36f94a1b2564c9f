-- Charges every sale the product's current (latest) price.
SELECT s.product_id, SUM(s.quantity * pc.price) AS revenue
FROM Sale s
JOIN (
    SELECT product_id, price,
           ROW_NUMBER() OVER (PARTITION BY product_id ORDER BY valid_from DESC) AS newest
    FROM PriceChange
) pc ON pc.product_id = s.product_id AND pc.newest = 1
GROUP BY s.product_id;
