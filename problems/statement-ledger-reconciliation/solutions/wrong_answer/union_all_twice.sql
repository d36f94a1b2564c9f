-- Both halves keep the matched references: those rows come out twice.
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
SELECT l.ref_code,
       b.amount,
       l.amount,
       CASE
           WHEN b.ref_code IS NULL THEN 'missing in bank'
           WHEN b.amount = l.amount THEN 'matched'
           ELSE 'amount differs'
       END
FROM LedgerEntry l
LEFT JOIN BankLine b ON b.ref_code = l.ref_code;
