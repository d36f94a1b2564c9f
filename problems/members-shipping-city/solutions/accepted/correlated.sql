-- The same with scalar subqueries: slower, still right.
SELECT m.first_name, m.last_name,
       (SELECT a.city FROM Address a WHERE a.member_id = m.member_id) AS city,
       (SELECT a.country FROM Address a WHERE a.member_id = m.member_id) AS country
FROM Member m;
