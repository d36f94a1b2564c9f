SELECT c.charge_id, c.account_id, c.amount
FROM Charge c
JOIN (
    SELECT account_id, AVG(amount) AS account_average
    FROM Charge
    GROUP BY account_id
) a ON a.account_id = c.account_id
WHERE c.amount > 3 * a.account_average;
