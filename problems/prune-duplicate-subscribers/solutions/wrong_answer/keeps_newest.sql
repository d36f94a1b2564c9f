-- Keeps the largest id of each address instead of the smallest.
DELETE FROM Subscriber
WHERE subscriber_id NOT IN (
    SELECT MAX(subscriber_id)
    FROM Subscriber
    GROUP BY email
);
