SELECT workshop_code, COUNT(DISTINCT attendee_id) AS attendees
FROM Registration
GROUP BY workshop_code
HAVING COUNT(DISTINCT attendee_id) >= 5;
