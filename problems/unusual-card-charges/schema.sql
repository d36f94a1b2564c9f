CREATE TABLE Account (
    account_id INTEGER PRIMARY KEY,
    holder VARCHAR(60) NOT NULL
);

CREATE TABLE Charge (
    charge_id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES Account(account_id),
    amount DECIMAL(10,2) NOT NULL,
    charged_on DATE NOT NULL
);
