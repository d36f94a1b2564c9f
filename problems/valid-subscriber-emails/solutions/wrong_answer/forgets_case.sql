-- Every rule but the upper-case one.
SELECT subscriber_id, email
FROM Subscriber
WHERE email LIKE '%@%'
  AND email NOT LIKE '%@%@%'
  AND email NOT LIKE '@%'
  AND email LIKE '%@%.%'
  AND email NOT LIKE '%@.%'
  AND email NOT LIKE '%.'
  AND email NOT LIKE '% %';
