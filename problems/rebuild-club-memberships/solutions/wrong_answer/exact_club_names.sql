-- Matches the typed club names exactly: ' chess ' and 'CHESS' find no club.
CREATE TABLE Membership_new (
    student_id INTEGER NOT NULL REFERENCES Student (student_id),
    club_id INTEGER NOT NULL REFERENCES Club (club_id),
    joined_on DATE NOT NULL,
    PRIMARY KEY (student_id, club_id)
);

INSERT INTO Membership_new (student_id, club_id, joined_on)
SELECT m.student_id, m.club_id, MIN(m.joined_on)
FROM Membership m
JOIN Student s ON s.student_id = m.student_id
JOIN Club c ON c.club_id = m.club_id
GROUP BY m.student_id, m.club_id;

DROP TABLE Membership;
ALTER TABLE Membership_new RENAME TO Membership;

INSERT INTO Membership (student_id, club_id, joined_on)
SELECT l.student_id, c.club_id, MIN(l.signed_on)
FROM SignupSheet l
JOIN Student s ON s.student_id = l.student_id
JOIN Club c ON c.club_name = l.club_name
GROUP BY l.student_id, c.club_id
ON CONFLICT (student_id, club_id) DO NOTHING;
