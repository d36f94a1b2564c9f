CREATE TABLE Staff (
    staff_id INTEGER PRIMARY KEY,
    full_name VARCHAR(60) NOT NULL,
    manager_id INTEGER REFERENCES Staff(staff_id)
);
