-- Treats addresses that differ only in letter case as the same address.
DELETE FROM Subscriber
WHERE subscriber_id NOT IN (
    SELECT MIN(subscriber_id)
    FROM Subscriber
    GROUP BY LOWER(email)
);
