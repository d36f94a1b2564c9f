SELECT today.sale_day, today.revenue - yesterday.revenue AS gain
FROM DailyRevenue today
JOIN DailyRevenue yesterday ON yesterday.sale_day = today.sale_day - 1
WHERE today.revenue > yesterday.revenue
ORDER BY today.sale_day;
