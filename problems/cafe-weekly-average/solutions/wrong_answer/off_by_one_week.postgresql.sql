-- Eight days: 7 PRECEDING plus the current one.
WITH daily AS (
    SELECT ordered_on AS sales_day, SUM(amount) AS day_total
    FROM CafeOrder
    GROUP BY ordered_on
),
weekly AS (
    SELECT sales_day, day_total,
           SUM(day_total) OVER (
               ORDER BY sales_day
               RANGE BETWEEN INTERVAL '7 days' PRECEDING AND CURRENT ROW
           ) AS week_total
    FROM daily
)
SELECT sales_day, day_total, week_total, ROUND(week_total / 7, 2) AS week_average
FROM weekly
WHERE sales_day >= (SELECT MIN(ordered_on) FROM CafeOrder) + 7
ORDER BY sales_day;
