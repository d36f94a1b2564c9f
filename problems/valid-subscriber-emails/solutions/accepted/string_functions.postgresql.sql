SELECT subscriber_id, email
FROM Subscriber
WHERE LENGTH(email) - LENGTH(REPLACE(email, '@', '')) = 1
  AND SPLIT_PART(email, '@', 1) <> ''
  AND STRPOS(SPLIT_PART(email, '@', 2), '.') > 0
  AND LEFT(SPLIT_PART(email, '@', 2), 1) <> '.'
  AND RIGHT(email, 1) <> '.'
  AND STRPOS(email, ' ') = 0
  AND email = LOWER(email);
