UPDATE Product
SET price = ROUND(price * 1.2, 2)
WHERE EXISTS (
    SELECT 1
    FROM Category c
    WHERE c.category_id = Product.category_id
      AND c.reorder_level > (
          SELECT COALESCE(SUM(p.stock), 0)
          FROM Product p
          WHERE p.category_id = c.category_id
      )
);
