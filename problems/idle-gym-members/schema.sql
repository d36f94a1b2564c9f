CREATE TABLE GymMember (
    member_id INTEGER PRIMARY KEY,
    full_name VARCHAR(60) NOT NULL,
    joined_on DATE NOT NULL
);

CREATE TABLE Visit (
    visit_id INTEGER PRIMARY KEY,
    member_id INTEGER REFERENCES GymMember(member_id),
    visited_at TIMESTAMP NOT NULL
);
