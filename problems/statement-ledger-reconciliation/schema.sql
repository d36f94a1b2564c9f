CREATE TABLE BankLine (
    ref_code VARCHAR(20) PRIMARY KEY,
    amount DECIMAL(10,2) NOT NULL
);

CREATE TABLE LedgerEntry (
    ref_code VARCHAR(20) PRIMARY KEY,
    amount DECIMAL(10,2) NOT NULL
);
