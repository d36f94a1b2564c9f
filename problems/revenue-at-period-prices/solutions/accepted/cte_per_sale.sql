WITH priced AS (
    SELECT s.product_id,
           s.quantity,
           s.quantity * (
               SELECT pp.unit_price
               FROM PricePeriod pp
               WHERE pp.product_id = s.product_id
                 AND pp.start_day <= s.sold_on
                 AND s.sold_on <= COALESCE(pp.end_day, '9999-12-31')
           ) AS earned
    FROM Sale s
)
SELECT p.product_id,
       p.product_name,
       COALESCE((SELECT SUM(quantity) FROM priced WHERE priced.product_id = p.product_id), 0) AS units_sold,
       ROUND(COALESCE((SELECT SUM(earned) FROM priced WHERE priced.product_id = p.product_id), 0), 2) AS revenue
FROM Product p
ORDER BY revenue DESC, product_id;
