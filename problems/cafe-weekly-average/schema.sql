CREATE TABLE CafeOrder (
    order_id INTEGER PRIMARY KEY,
    ordered_on DATE NOT NULL,
    amount DECIMAL(8, 2) NOT NULL
);
