-- The earliest moment per customer, then the smallest id opened at that moment.
SELECT f.customer_id,
       f.first_ticket_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM Reply r
           WHERE r.ticket_id = f.first_ticket_id AND r.author_role = 'agent'
       ) THEN 1 ELSE 0 END AS answered
FROM (
    SELECT t.customer_id, MIN(t.ticket_id) AS first_ticket_id
    FROM Ticket t
    WHERE t.opened_at = (SELECT MIN(o.opened_at) FROM Ticket o WHERE o.customer_id = t.customer_id)
    GROUP BY t.customer_id
) f;
