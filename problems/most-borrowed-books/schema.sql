CREATE TABLE Book (
    book_id INTEGER PRIMARY KEY,
    title VARCHAR(80) NOT NULL
);

CREATE TABLE Loan (
    loan_id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES Book(book_id),
    member_id INTEGER NOT NULL,
    loaned_on DATE NOT NULL
);
