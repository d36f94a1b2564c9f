CREATE TABLE Lap (
    lap_id INTEGER PRIMARY KEY,
    driver_code VARCHAR(3) NOT NULL,
    lap_ms INTEGER
);
