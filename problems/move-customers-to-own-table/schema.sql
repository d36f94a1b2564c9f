CREATE TABLE Purchase (
    purchase_id INTEGER PRIMARY KEY,
    customer_email VARCHAR(120) NOT NULL,
    customer_city VARCHAR(60),
    item VARCHAR(80) NOT NULL,
    amount DECIMAL(10,2) NOT NULL
);

CREATE TABLE Customer (
    customer_id INTEGER PRIMARY KEY,
    email VARCHAR(120) NOT NULL UNIQUE,
    city VARCHAR(60)
);
