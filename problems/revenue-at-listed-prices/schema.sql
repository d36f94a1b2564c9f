CREATE TABLE Product (
    product_id INTEGER PRIMARY KEY,
    name VARCHAR(60) NOT NULL
);

CREATE TABLE PriceChange (
    change_id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES Product(product_id),
    valid_from DATE NOT NULL,
    price DECIMAL(10,2) NOT NULL
);

CREATE TABLE Sale (
    sale_id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES Product(product_id),
    sold_on DATE NOT NULL,
    quantity INTEGER NOT NULL
);
