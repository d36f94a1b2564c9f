ALTER TABLE Purchase ADD COLUMN customer_id INTEGER REFERENCES Customer (customer_id);

INSERT INTO Customer (customer_id, email, city)
WITH firsts AS (
    SELECT customer_email, MIN(purchase_id) AS first_purchase
    FROM Purchase
    GROUP BY customer_email
),
latest_city AS (
    SELECT customer_email, MAX(purchase_id) AS purchase_id
    FROM Purchase
    WHERE customer_city IS NOT NULL
    GROUP BY customer_email
)
SELECT (SELECT COUNT(*) FROM firsts f2 WHERE f2.first_purchase <= f.first_purchase),
       f.customer_email,
       p.customer_city
FROM firsts f
LEFT JOIN latest_city l ON l.customer_email = f.customer_email
LEFT JOIN Purchase p ON p.purchase_id = l.purchase_id;

UPDATE Purchase
SET customer_id = (SELECT c.customer_id FROM Customer c WHERE c.email = Purchase.customer_email);
