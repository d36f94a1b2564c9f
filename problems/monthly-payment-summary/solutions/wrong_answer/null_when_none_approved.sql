-- Without ELSE 0 the approved amount of a month with no approved payment is NULL, not 0.
SELECT SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7) AS pay_month,
       country,
       COUNT(*) AS payment_count,
       COUNT(CASE WHEN status = 'approved' THEN 1 END) AS approved_count,
       SUM(amount) AS total_amount,
       SUM(CASE WHEN status = 'approved' THEN amount END) AS approved_amount
FROM Payment
GROUP BY SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7), country;
