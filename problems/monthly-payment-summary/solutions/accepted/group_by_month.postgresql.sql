SELECT TO_CHAR(paid_on, 'YYYY-MM') AS pay_month,
       country,
       COUNT(*) AS payment_count,
       SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END) AS approved_count,
       SUM(amount) AS total_amount,
       SUM(CASE WHEN status = 'approved' THEN amount ELSE 0 END) AS approved_amount
FROM Payment
GROUP BY TO_CHAR(paid_on, 'YYYY-MM'), country;
