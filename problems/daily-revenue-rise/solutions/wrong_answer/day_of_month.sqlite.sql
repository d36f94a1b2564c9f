-- Subtracts one from the day of the month: misses every first of the month, and matches the
-- same day number of other months.
SELECT today.sale_day, today.revenue - yesterday.revenue AS gain
FROM DailyRevenue today
JOIN DailyRevenue yesterday
  ON CAST(strftime('%d', yesterday.sale_day) AS INTEGER) = CAST(strftime('%d', today.sale_day) AS INTEGER) - 1
 AND strftime('%Y-%m', yesterday.sale_day) = strftime('%Y-%m', today.sale_day)
WHERE today.revenue > yesterday.revenue
ORDER BY today.sale_day;
