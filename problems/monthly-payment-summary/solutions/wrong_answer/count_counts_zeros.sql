-- COUNT counts every value that is not NULL, and 0 is not NULL: this counts all the payments.
SELECT SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7) AS pay_month,
       country,
       COUNT(*) AS payment_count,
       COUNT(CASE WHEN status = 'approved' THEN 1 ELSE 0 END) AS approved_count,
       SUM(amount) AS total_amount,
       SUM(CASE WHEN status = 'approved' THEN amount ELSE 0 END) AS approved_amount
FROM Payment
GROUP BY SUBSTR(CAST(paid_on AS VARCHAR(10)), 1, 7), country;
