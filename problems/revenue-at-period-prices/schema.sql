CREATE TABLE Product (
    product_id INTEGER PRIMARY KEY,
    product_name VARCHAR(60) NOT NULL
);

CREATE TABLE PricePeriod (
    period_id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES Product(product_id),
    start_day DATE NOT NULL,
    end_day DATE,
    unit_price DECIMAL(8,2) NOT NULL
);

CREATE TABLE Sale (
    sale_id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES Product(product_id),
    sold_on DATE NOT NULL,
    quantity INTEGER NOT NULL
);
