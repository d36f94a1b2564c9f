-- Takes the code from the bank's side, which is NULL on the rows only the ledger has.
SELECT b.ref_code AS ref_code,
       b.amount AS bank_amount,
       l.amount AS ledger_amount,
       CASE
           WHEN l.ref_code IS NULL THEN 'missing in ledger'
           WHEN b.ref_code IS NULL THEN 'missing in bank'
           WHEN b.amount = l.amount THEN 'matched'
           ELSE 'amount differs'
       END AS status
FROM BankLine b
FULL OUTER JOIN LedgerEntry l ON l.ref_code = b.ref_code;
