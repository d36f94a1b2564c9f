-- Looks five orders back: that needs six orders in the week.
SELECT customer_id, MIN(ordered_on) AS first_burst_on
FROM (
    SELECT customer_id, ordered_on,
           LAG(ordered_on, 5) OVER (PARTITION BY customer_id ORDER BY ordered_on) AS five_orders_back
    FROM WebOrder
) orders
WHERE five_orders_back >= ordered_on - 6
GROUP BY customer_id;
