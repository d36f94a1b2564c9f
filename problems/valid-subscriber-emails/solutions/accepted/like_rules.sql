SELECT subscriber_id, email
FROM Subscriber
WHERE email LIKE '%@%'             -- an @ ...
  AND email NOT LIKE '%@%@%'       -- ... and only one
  AND email NOT LIKE '@%'          -- a local part
  AND email LIKE '%@%.%'           -- a dot in the domain
  AND email NOT LIKE '%@.%'        -- the domain does not start with a dot
  AND email NOT LIKE '%.'          -- nor end with one
  AND email NOT LIKE '% %'
  AND email = LOWER(email);
