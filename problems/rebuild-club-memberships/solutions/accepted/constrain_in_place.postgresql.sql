-- PostgreSQL can add the constraints to the table in place once its rows obey them.
DELETE FROM Membership m
WHERE NOT EXISTS (SELECT 1 FROM Student s WHERE s.student_id = m.student_id)
   OR NOT EXISTS (SELECT 1 FROM Club c WHERE c.club_id = m.club_id);

DELETE FROM Membership a
USING Membership b
WHERE a.student_id = b.student_id
  AND a.club_id = b.club_id
  AND (a.joined_on > b.joined_on OR (a.joined_on = b.joined_on AND a.ctid > b.ctid));

ALTER TABLE Membership
    ALTER COLUMN student_id SET NOT NULL,
    ALTER COLUMN club_id SET NOT NULL,
    ALTER COLUMN joined_on SET NOT NULL,
    ADD PRIMARY KEY (student_id, club_id),
    ADD FOREIGN KEY (student_id) REFERENCES Student (student_id),
    ADD FOREIGN KEY (club_id) REFERENCES Club (club_id);

INSERT INTO Membership (student_id, club_id, joined_on)
SELECT l.student_id, c.club_id, MIN(l.signed_on)
FROM SignupSheet l
JOIN Student s ON s.student_id = l.student_id
JOIN Club c ON LOWER(c.club_name) = LOWER(TRIM(l.club_name))
GROUP BY l.student_id, c.club_id
ON CONFLICT (student_id, club_id) DO NOTHING;
