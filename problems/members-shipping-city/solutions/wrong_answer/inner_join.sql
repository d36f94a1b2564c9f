-- Drops the members without an address.
SELECT m.first_name, m.last_name, a.city, a.country
FROM Member m
JOIN Address a ON a.member_id = m.member_id;
