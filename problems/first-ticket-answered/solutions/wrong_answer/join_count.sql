-- Joins the replies and counts them: two agent replies give 2, not 1.
SELECT t.customer_id,
       t.ticket_id AS first_ticket_id,
       COUNT(r.reply_id) AS answered
FROM Ticket t
LEFT JOIN Reply r ON r.ticket_id = t.ticket_id AND r.author_role = 'agent'
WHERE NOT EXISTS (
    SELECT 1 FROM Ticket earlier
    WHERE earlier.customer_id = t.customer_id
      AND (earlier.opened_at < t.opened_at
           OR (earlier.opened_at = t.opened_at AND earlier.ticket_id < t.ticket_id))
)
GROUP BY t.customer_id, t.ticket_id;
