WITH daily AS (
    SELECT ordered_on AS sales_day, SUM(amount) AS day_total
    FROM CafeOrder
    GROUP BY ordered_on
),
weekly AS (
    SELECT sales_day, day_total,
           SUM(day_total) OVER (
               ORDER BY julianday(sales_day)
               RANGE BETWEEN 6 PRECEDING AND CURRENT ROW
           ) AS week_total
    FROM daily
)
SELECT sales_day, day_total, week_total, ROUND(week_total / 7.0, 2) AS week_average
FROM weekly
WHERE sales_day >= (SELECT date(MIN(ordered_on), '+6 days') FROM CafeOrder)
ORDER BY sales_day;
