CREATE TABLE Pet (
    pet_id INTEGER PRIMARY KEY,
    pet_name VARCHAR(60),
    species VARCHAR(30) NOT NULL
);
