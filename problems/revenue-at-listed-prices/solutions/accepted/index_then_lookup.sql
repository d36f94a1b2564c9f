CREATE INDEX price_change_lookup ON PriceChange (product_id, valid_from);

SELECT product_id, SUM(quantity * price) AS revenue
FROM (
    SELECT s.product_id, s.quantity,
           (SELECT pc.price
            FROM PriceChange pc
            WHERE pc.product_id = s.product_id
              AND pc.valid_from <= s.sold_on
            ORDER BY pc.valid_from DESC
            LIMIT 1) AS price
    FROM Sale s
) priced
WHERE price IS NOT NULL
GROUP BY product_id;
