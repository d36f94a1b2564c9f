CREATE INDEX price_change_lookup ON PriceChange (product_id, valid_from DESC);

SELECT s.product_id, SUM(s.quantity * p.price) AS revenue
FROM Sale s
CROSS JOIN LATERAL (
    SELECT pc.price
    FROM PriceChange pc
    WHERE pc.product_id = s.product_id
      AND pc.valid_from <= s.sold_on
    ORDER BY pc.valid_from DESC
    LIMIT 1
) p
GROUP BY s.product_id;
