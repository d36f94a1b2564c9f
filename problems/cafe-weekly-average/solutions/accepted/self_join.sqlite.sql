WITH daily AS (
    SELECT ordered_on AS sales_day, SUM(amount) AS day_total
    FROM CafeOrder
    GROUP BY ordered_on
)
SELECT d.sales_day, d.day_total,
       SUM(w.day_total) AS week_total,
       ROUND(SUM(w.day_total) / 7.0, 2) AS week_average
FROM daily d
JOIN daily w ON w.sales_day BETWEEN date(d.sales_day, '-6 days') AND d.sales_day
WHERE d.sales_day >= (SELECT date(MIN(sales_day), '+6 days') FROM daily)
GROUP BY d.sales_day, d.day_total
ORDER BY d.sales_day;
