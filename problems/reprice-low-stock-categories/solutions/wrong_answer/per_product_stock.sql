-- Compares each product's own stock with the level, not the category's total.
UPDATE Product
SET price = ROUND(price * 1.2, 2)
WHERE COALESCE(stock, 0) < (
    SELECT c.reorder_level FROM Category c WHERE c.category_id = Product.category_id
);
