CREATE TABLE PlayerLogin (
    login_id INTEGER PRIMARY KEY,
    player_id INTEGER NOT NULL,
    logged_at TIMESTAMP NOT NULL
);
