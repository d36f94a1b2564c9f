-- Drops the orphans but keeps every old row, so a pair can appear twice; no key is added.
DELETE FROM Membership
WHERE student_id NOT IN (SELECT student_id FROM Student)
   OR club_id NOT IN (SELECT club_id FROM Club)
   OR student_id IS NULL
   OR club_id IS NULL;

INSERT INTO Membership (student_id, club_id, joined_on)
SELECT l.student_id, c.club_id, MIN(l.signed_on)
FROM SignupSheet l
JOIN Student s ON s.student_id = l.student_id
JOIN Club c ON LOWER(c.club_name) = LOWER(TRIM(l.club_name))
WHERE NOT EXISTS (
    SELECT 1 FROM Membership m WHERE m.student_id = l.student_id AND m.club_id = c.club_id
)
GROUP BY l.student_id, c.club_id;
