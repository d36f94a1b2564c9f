SELECT p.product_id,
       p.product_name,
       COALESCE(d.percent_off, 0) AS percent_off,
       COALESCE(d.promo_code, 'none') AS promo_code
FROM Product p
LEFT JOIN Discount d ON d.product_id = p.product_id;
