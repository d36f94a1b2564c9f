SELECT TO_CHAR(paid_on, 'YYYY-MM') AS pay_month,
       country,
       COUNT(*) AS payment_count,
       COUNT(*) FILTER (WHERE status = 'approved') AS approved_count,
       SUM(amount) AS total_amount,
       COALESCE(SUM(amount) FILTER (WHERE status = 'approved'), 0) AS approved_amount
FROM Payment
GROUP BY 1, 2;
