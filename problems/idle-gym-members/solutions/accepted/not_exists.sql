SELECT m.member_id, m.full_name
FROM GymMember m
WHERE NOT EXISTS (SELECT 1 FROM Visit v WHERE v.member_id = m.member_id);
