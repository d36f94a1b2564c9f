WITH with_previous AS (
    SELECT sale_day, revenue,
           LAG(sale_day) OVER (ORDER BY sale_day) AS previous_day,
           LAG(revenue) OVER (ORDER BY sale_day) AS previous_revenue
    FROM DailyRevenue
)
SELECT sale_day, revenue - previous_revenue AS gain
FROM with_previous
WHERE julianday(sale_day) - julianday(previous_day) = 1
  AND revenue > previous_revenue
ORDER BY sale_day;
