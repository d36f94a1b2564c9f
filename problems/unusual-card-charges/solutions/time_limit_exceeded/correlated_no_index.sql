-- Right answer, but the subquery scans all of Charge once per charge.
SELECT c.charge_id, c.account_id, c.amount
FROM Charge c
WHERE c.amount > 3 * (
    SELECT AVG(c2.amount)
    FROM Charge c2
    WHERE c2.account_id = c.account_id
);
