-- Only one of the tied books.
SELECT b.book_id, b.title, COUNT(*) AS loans
FROM Book b
JOIN Loan l ON l.book_id = b.book_id
GROUP BY b.book_id, b.title
ORDER BY loans DESC
LIMIT 1;
