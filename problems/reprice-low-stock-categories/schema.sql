CREATE TABLE Category (
    category_id INTEGER PRIMARY KEY,
    name VARCHAR(60) NOT NULL,
    reorder_level INTEGER
);

CREATE TABLE Product (
    product_id INTEGER PRIMARY KEY,
    category_id INTEGER REFERENCES Category(category_id),
    name VARCHAR(80) NOT NULL,
    price DECIMAL(10,2),
    stock INTEGER
);
