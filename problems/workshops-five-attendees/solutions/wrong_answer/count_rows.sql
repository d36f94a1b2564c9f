-- Counts the double sign-ups as extra attendees.
SELECT workshop_code, COUNT(*) AS attendees
FROM Registration
GROUP BY workshop_code
HAVING COUNT(*) >= 5;
