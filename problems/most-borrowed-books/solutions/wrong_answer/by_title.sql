-- Adds up the loans of different editions that share a title.
SELECT MIN(b.book_id) AS book_id, b.title, COUNT(*) AS loans
FROM Book b
JOIN Loan l ON l.book_id = b.book_id
GROUP BY b.title
HAVING COUNT(*) = (
    SELECT MAX(per_title.loans)
    FROM (SELECT COUNT(*) AS loans FROM Loan JOIN Book ON Book.book_id = Loan.book_id GROUP BY Book.title) AS per_title
);
