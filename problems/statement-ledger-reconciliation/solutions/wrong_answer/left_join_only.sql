-- Starts from the bank: the entries only the ledger has never show up.
SELECT b.ref_code,
       b.amount AS bank_amount,
       l.amount AS ledger_amount,
       CASE
           WHEN l.ref_code IS NULL THEN 'missing in ledger'
           WHEN b.amount = l.amount THEN 'matched'
           ELSE 'amount differs'
       END AS status
FROM BankLine b
LEFT JOIN LedgerEntry l ON l.ref_code = b.ref_code;
