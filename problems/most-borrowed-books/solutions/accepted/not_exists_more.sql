-- Without a nested aggregate: a book whose count no other book beats.
SELECT b.book_id, b.title, COUNT(*) AS loans
FROM Book b
JOIN Loan l ON l.book_id = b.book_id
GROUP BY b.book_id, b.title
HAVING NOT EXISTS (
    SELECT 1
    FROM Loan other
    GROUP BY other.book_id
    HAVING COUNT(*) > (SELECT COUNT(*) FROM Loan mine WHERE mine.book_id = b.book_id)
);
