-- A filter on the right table in WHERE turns the left join back into an inner one.
SELECT m.first_name, m.last_name, a.city, a.country
FROM Member m
LEFT JOIN Address a ON a.member_id = m.member_id
WHERE a.city IS NOT NULL OR a.country IS NOT NULL;
