-- One guest visit puts a NULL in the list, and then "member_id NOT IN (...)" is never true.
SELECT member_id, full_name
FROM GymMember
WHERE member_id NOT IN (SELECT member_id FROM Visit);
