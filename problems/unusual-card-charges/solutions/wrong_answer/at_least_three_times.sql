-- Also flags a charge of exactly three times the average.
SELECT charge_id, account_id, amount
FROM (
    SELECT charge_id, account_id, amount,
           AVG(amount) OVER (PARTITION BY account_id) AS account_average
    FROM Charge
) charges
WHERE amount >= 3 * account_average;
