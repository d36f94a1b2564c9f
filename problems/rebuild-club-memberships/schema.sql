CREATE TABLE Student (
    student_id INTEGER PRIMARY KEY,
    full_name VARCHAR(80) NOT NULL
);

CREATE TABLE Club (
    club_id INTEGER PRIMARY KEY,
    club_name VARCHAR(60) NOT NULL
);

CREATE TABLE Membership (
    student_id INTEGER,
    club_id INTEGER,
    joined_on DATE
);

CREATE TABLE SignupSheet (
    line_no INTEGER PRIMARY KEY,
    student_id INTEGER,
    club_name VARCHAR(60),
    signed_on DATE NOT NULL
);
