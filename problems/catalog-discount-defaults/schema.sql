CREATE TABLE Product (
    product_id INTEGER PRIMARY KEY,
    product_name VARCHAR(60) NOT NULL,
    list_price DECIMAL(8,2) NOT NULL
);

CREATE TABLE Discount (
    product_id INTEGER PRIMARY KEY REFERENCES Product(product_id),
    percent_off INTEGER NOT NULL,
    promo_code VARCHAR(20)
);
