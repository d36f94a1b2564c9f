CREATE TABLE Customer (
    customer_id INTEGER PRIMARY KEY,
    name VARCHAR(60) NOT NULL
);

CREATE TABLE WebOrder (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES Customer(customer_id),
    ordered_on DATE NOT NULL,
    total DECIMAL(10,2) NOT NULL
);
