-- One pattern for everything: it lets a second @ through ('a@b@c.d') and a trailing dot too.
SELECT subscriber_id, email
FROM Subscriber
WHERE email LIKE '_%@_%._%'
  AND email NOT LIKE '% %'
  AND email = LOWER(email);
