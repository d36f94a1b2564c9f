-- A DATE as text is 'YYYY-MM-DD' on both engines: its first seven characters are the month.
SELECT SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7) AS pay_month,
       country,
       COUNT(*) AS payment_count,
       COUNT(CASE WHEN status = 'approved' THEN 1 END) AS approved_count,
       SUM(amount) AS total_amount,
       COALESCE(SUM(CASE WHEN status = 'approved' THEN amount END), 0) AS approved_amount
FROM Payment
GROUP BY SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7), country;
