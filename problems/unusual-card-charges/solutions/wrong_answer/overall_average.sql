-- Compares with the average of all charges, not of the charge's own account.
SELECT charge_id, account_id, amount
FROM Charge
WHERE amount > 3 * (SELECT AVG(amount) FROM Charge);
