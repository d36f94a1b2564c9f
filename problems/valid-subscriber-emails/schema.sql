CREATE TABLE Subscriber (
    subscriber_id INTEGER PRIMARY KEY,
    email VARCHAR(100)
);
