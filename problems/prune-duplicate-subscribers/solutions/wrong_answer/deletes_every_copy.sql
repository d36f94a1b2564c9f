-- Deletes every row of a repeated address, the one to keep as well.
DELETE FROM Subscriber
WHERE email IN (
    SELECT email
    FROM Subscriber
    GROUP BY email
    HAVING COUNT(*) > 1
);
