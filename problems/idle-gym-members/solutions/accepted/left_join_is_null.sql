SELECT m.member_id, m.full_name
FROM GymMember m
LEFT JOIN Visit v ON v.member_id = m.member_id
WHERE v.visit_id IS NULL;
