-- Compares with the previous row, not the previous calendar day: a closed day is skipped over.
WITH with_previous AS (
    SELECT sale_day, revenue, LAG(revenue) OVER (ORDER BY sale_day) AS previous_revenue
    FROM DailyRevenue
)
SELECT sale_day, revenue - previous_revenue AS gain
FROM with_previous
WHERE revenue > previous_revenue
ORDER BY sale_day;
