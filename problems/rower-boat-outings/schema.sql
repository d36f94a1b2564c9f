CREATE TABLE Rower (
    rower_id INTEGER PRIMARY KEY,
    rower_name VARCHAR(60) NOT NULL
);

CREATE TABLE Boat (
    boat_id INTEGER PRIMARY KEY,
    boat_name VARCHAR(40) NOT NULL
);

CREATE TABLE Outing (
    outing_id INTEGER PRIMARY KEY,
    rower_id INTEGER NOT NULL REFERENCES Rower(rower_id),
    boat_id INTEGER REFERENCES Boat(boat_id),
    outing_day DATE NOT NULL
);
