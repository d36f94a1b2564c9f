-- Fills in 'none' for products without a discount, but not for a discount without a code.
SELECT p.product_id,
       p.product_name,
       CASE WHEN d.product_id IS NULL THEN 0 ELSE d.percent_off END AS percent_off,
       CASE WHEN d.product_id IS NULL THEN 'none' ELSE d.promo_code END AS promo_code
FROM Product p
LEFT JOIN Discount d ON d.product_id = p.product_id;
