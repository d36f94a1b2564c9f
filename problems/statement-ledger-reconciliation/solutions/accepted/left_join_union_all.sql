-- Without FULL OUTER JOIN: every bank line with its ledger entry if any, then the ledger entries
-- the bank does not have.
SELECT b.ref_code,
       b.amount AS bank_amount,
       l.amount AS ledger_amount,
       CASE
           WHEN l.ref_code IS NULL THEN 'missing in ledger'
           WHEN b.amount = l.amount THEN 'matched'
           ELSE 'amount differs'
       END AS status
FROM BankLine b
LEFT JOIN LedgerEntry l ON l.ref_code = b.ref_code
UNION ALL
SELECT l.ref_code, NULL, l.amount, 'missing in bank'
FROM LedgerEntry l
WHERE NOT EXISTS (SELECT 1 FROM BankLine b WHERE b.ref_code = l.ref_code);
