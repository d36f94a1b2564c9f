WITH parts AS (
    SELECT subscriber_id, email,
           SUBSTR(email, 1, INSTR(email, '@') - 1) AS local_part,
           SUBSTR(email, INSTR(email, '@') + 1) AS domain
    FROM Subscriber
    WHERE INSTR(email, '@') > 0
)
SELECT subscriber_id, email
FROM parts
WHERE INSTR(domain, '@') = 0
  AND local_part <> ''
  AND INSTR(domain, '.') > 0
  AND SUBSTR(domain, 1, 1) <> '.'
  AND SUBSTR(domain, -1) <> '.'
  AND INSTR(email, ' ') = 0
  AND email = LOWER(email);
