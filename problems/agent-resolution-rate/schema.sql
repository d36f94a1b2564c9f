CREATE TABLE SupportCall (
    call_id INTEGER PRIMARY KEY,
    agent_id INTEGER NOT NULL,
    started_at TIMESTAMP NOT NULL,
    outcome VARCHAR(10)
);
