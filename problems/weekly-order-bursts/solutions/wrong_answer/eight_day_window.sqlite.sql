-- Counts eight days (seven days before the order, and its own day).
SELECT customer_id, MIN(ordered_on) AS first_burst_on
FROM (
    SELECT customer_id, ordered_on,
           LAG(ordered_on, 4) OVER (PARTITION BY customer_id ORDER BY ordered_on) AS four_orders_back
    FROM WebOrder
) orders
WHERE four_orders_back >= date(ordered_on, '-7 days')
GROUP BY customer_id;
