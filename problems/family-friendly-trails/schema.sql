CREATE TABLE Trail (
    trail_id INTEGER PRIMARY KEY,
    trail_name VARCHAR(60) NOT NULL,
    length_km DECIMAL(5,1) NOT NULL,
    elevation_gain_m INTEGER NOT NULL,
    is_paved BOOLEAN NOT NULL,
    dogs_allowed BOOLEAN NOT NULL
);
