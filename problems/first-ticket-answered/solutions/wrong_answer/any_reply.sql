-- Counts the customer's own follow-up as an answer.
SELECT t.customer_id,
       t.ticket_id AS first_ticket_id,
       CASE WHEN EXISTS (SELECT 1 FROM Reply r WHERE r.ticket_id = t.ticket_id) THEN 1 ELSE 0 END AS answered
FROM Ticket t
WHERE NOT EXISTS (
    SELECT 1 FROM Ticket earlier
    WHERE earlier.customer_id = t.customer_id
      AND (earlier.opened_at < t.opened_at
           OR (earlier.opened_at = t.opened_at AND earlier.ticket_id < t.ticket_id))
);
