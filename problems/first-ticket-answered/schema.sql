CREATE TABLE Ticket (
    ticket_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    opened_at TIMESTAMP NOT NULL
);

CREATE TABLE Reply (
    reply_id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES Ticket(ticket_id),
    author_role VARCHAR(10) NOT NULL,
    sent_at TIMESTAMP NOT NULL
);
