-- Forgets that two tickets can be opened at the same moment: both come out.
SELECT t.customer_id,
       t.ticket_id AS first_ticket_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM Reply r
           WHERE r.ticket_id = t.ticket_id AND r.author_role = 'agent'
       ) THEN 1 ELSE 0 END AS answered
FROM Ticket t
WHERE t.opened_at = (SELECT MIN(o.opened_at) FROM Ticket o WHERE o.customer_id = t.customer_id);
