CREATE TABLE Courier (
    courier_id INTEGER PRIMARY KEY,
    courier_name VARCHAR(40) NOT NULL
);

CREATE TABLE Delivery (
    delivery_id INTEGER PRIMARY KEY,
    courier_id INTEGER NOT NULL REFERENCES Courier(courier_id),
    tip DECIMAL(6, 2)
);
