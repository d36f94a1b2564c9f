SELECT b.book_id, b.title, COUNT(*) AS loans
FROM Book b
JOIN Loan l ON l.book_id = b.book_id
GROUP BY b.book_id, b.title
HAVING COUNT(*) = (
    SELECT MAX(per_book.loans)
    FROM (SELECT COUNT(*) AS loans FROM Loan GROUP BY book_id) AS per_book
);
