-- Archives the right rows, but deletes by the shipping date: old undelivered shipments vanish.
INSERT INTO ShipmentArchive (shipment_id, customer_id, delivered_on, transit_days)
SELECT shipment_id, customer_id, delivered_on, delivered_on - shipped_on
FROM Shipment
WHERE delivered_on < DATE '2024-01-01';

DELETE FROM Shipment
WHERE shipped_on < DATE '2024-01-01';
