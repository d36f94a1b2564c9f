CREATE TABLE Member (
    member_id INTEGER PRIMARY KEY,
    first_name VARCHAR(40) NOT NULL,
    last_name VARCHAR(40) NOT NULL
);

CREATE TABLE Address (
    address_id INTEGER PRIMARY KEY,
    member_id INTEGER NOT NULL REFERENCES Member(member_id),
    city VARCHAR(60),
    country VARCHAR(60)
);
