CREATE TABLE Player (
    player_id INTEGER PRIMARY KEY,
    player_name VARCHAR(60) NOT NULL,
    club_id INTEGER,
    rating INTEGER NOT NULL
);
