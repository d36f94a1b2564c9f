CREATE TABLE Team (
    team_id INTEGER PRIMARY KEY,
    team_name VARCHAR(40) NOT NULL,
    points INTEGER NOT NULL,
    jokers_used INTEGER NOT NULL
);
