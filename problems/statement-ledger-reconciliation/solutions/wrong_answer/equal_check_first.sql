-- Decides "matched or not" first: a comparison with a missing side is not true, so every
-- one-sided reference is reported as an amount difference.
SELECT COALESCE(b.ref_code, l.ref_code) AS ref_code,
       b.amount AS bank_amount,
       l.amount AS ledger_amount,
       CASE WHEN b.amount = l.amount THEN 'matched' ELSE 'amount differs' END AS status
FROM BankLine b
FULL OUTER JOIN LedgerEntry l ON l.ref_code = b.ref_code;
