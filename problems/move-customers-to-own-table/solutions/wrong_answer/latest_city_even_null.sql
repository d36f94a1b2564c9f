-- Takes the city of the latest purchase even when that purchase gives none.
INSERT INTO Customer (customer_id, email, city)
SELECT ROW_NUMBER() OVER (ORDER BY MIN(p.purchase_id)),
       p.customer_email,
       (SELECT q.customer_city
        FROM Purchase q
        WHERE q.customer_email = p.customer_email
        ORDER BY q.purchase_id DESC
        LIMIT 1)
FROM Purchase p
GROUP BY p.customer_email;

ALTER TABLE Purchase ADD COLUMN customer_id INTEGER REFERENCES Customer (customer_id);

UPDATE Purchase
SET customer_id = (SELECT c.customer_id FROM Customer c WHERE c.email = Purchase.customer_email);
