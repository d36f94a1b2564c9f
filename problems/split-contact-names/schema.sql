CREATE TABLE Contact (
    contact_id INTEGER PRIMARY KEY,
    full_name VARCHAR(80),
    email VARCHAR(80)
);
