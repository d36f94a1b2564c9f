CREATE TABLE Registration (
    registration_id INTEGER PRIMARY KEY,
    workshop_code VARCHAR(20) NOT NULL,
    attendee_id INTEGER NOT NULL
);
