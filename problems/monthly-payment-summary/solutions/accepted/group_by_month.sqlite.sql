SELECT strftime('%Y-%m', paid_on) AS pay_month,
       country,
       COUNT(*) AS payment_count,
       SUM(CASE WHEN status = 'approved' THEN 1 ELSE 0 END) AS approved_count,
       SUM(amount) AS total_amount,
       SUM(CASE WHEN status = 'approved' THEN amount ELSE 0 END) AS approved_amount
FROM Payment
GROUP BY strftime('%Y-%m', paid_on), country;
