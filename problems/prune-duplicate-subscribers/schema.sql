CREATE TABLE Subscriber (
    subscriber_id INTEGER PRIMARY KEY,
    email VARCHAR(120) NOT NULL,
    subscribed_on DATE NOT NULL
);
