DELETE FROM Subscriber
WHERE EXISTS (
    SELECT 1
    FROM Subscriber AS earlier
    WHERE earlier.email = Subscriber.email
      AND earlier.subscriber_id < Subscriber.subscriber_id
);
