-- "Some visit was not theirs" is not "no visit was theirs".
SELECT DISTINCT m.member_id, m.full_name
FROM GymMember m
JOIN Visit v ON v.member_id <> m.member_id;
