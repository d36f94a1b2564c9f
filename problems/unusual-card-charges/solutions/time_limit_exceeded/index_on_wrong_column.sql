-- An index, but not one the subquery can use to find an account's charges.
CREATE INDEX charge_by_day ON Charge (charged_on);

SELECT c.charge_id, c.account_id, c.amount
FROM Charge c
WHERE c.amount > 3 * (
    SELECT AVG(c2.amount)
    FROM Charge c2
    WHERE c2.account_id = c.account_id
);
