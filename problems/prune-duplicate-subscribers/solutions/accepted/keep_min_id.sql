DELETE FROM Subscriber
WHERE subscriber_id NOT IN (
    SELECT MIN(subscriber_id)
    FROM Subscriber
    GROUP BY email
);
