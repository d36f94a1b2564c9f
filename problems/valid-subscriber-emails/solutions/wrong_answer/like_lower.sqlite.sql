-- LIKE is case-insensitive on SQLite: this "upper-case check" rejects nothing.
SELECT subscriber_id, email
FROM Subscriber
WHERE email LIKE '%@%'
  AND email NOT LIKE '%@%@%'
  AND email NOT LIKE '@%'
  AND email LIKE '%@%.%'
  AND email NOT LIKE '%@.%'
  AND email NOT LIKE '%.'
  AND email NOT LIKE '% %'
  AND email LIKE LOWER(email);
