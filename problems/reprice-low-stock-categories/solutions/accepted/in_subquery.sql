UPDATE Product
SET price = ROUND(price * 1.2, 2)
WHERE category_id IN (
    SELECT c.category_id
    FROM Category c
    JOIN Product p ON p.category_id = c.category_id
    GROUP BY c.category_id, c.reorder_level
    HAVING SUM(COALESCE(p.stock, 0)) < c.reorder_level
);
