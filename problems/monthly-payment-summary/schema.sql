CREATE TABLE Payment (
    payment_id INTEGER PRIMARY KEY,
    country VARCHAR(2),
    status VARCHAR(10) NOT NULL,
    amount DECIMAL(12, 2) NOT NULL,
    paid_on DATE NOT NULL
);
