-- A change made on the day of the sale is not applied to it.
SELECT s.product_id, SUM(s.quantity * pc.price) AS revenue
FROM Sale s
JOIN (
    SELECT product_id, valid_from, price,
           LEAD(valid_from) OVER (PARTITION BY product_id ORDER BY valid_from) AS next_change
    FROM PriceChange
) pc
  ON pc.product_id = s.product_id
 AND pc.valid_from < s.sold_on
 AND (pc.next_change IS NULL OR s.sold_on <= pc.next_change)
GROUP BY s.product_id;
