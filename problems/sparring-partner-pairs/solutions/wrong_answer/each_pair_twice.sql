-- "<>" keeps both (a, b) and (b, a): every pair appears twice.
SELECT a.player_id AS first_id,
       b.player_id AS second_id,
       ABS(a.rating - b.rating) AS rating_gap
FROM Player a
JOIN Player b ON b.club_id = a.club_id AND a.player_id <> b.player_id
WHERE ABS(a.rating - b.rating) <= 100;
