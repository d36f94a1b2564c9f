CREATE TABLE Shipment (
    shipment_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    shipped_on DATE NOT NULL,
    delivered_on DATE,
    weight_kg DECIMAL(8,2) NOT NULL
);

CREATE TABLE ShipmentArchive (
    shipment_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    delivered_on DATE NOT NULL,
    transit_days INTEGER NOT NULL
);
