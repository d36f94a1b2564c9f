-- Treats "no club" as one more club.
SELECT a.player_id AS first_id,
       b.player_id AS second_id,
       ABS(a.rating - b.rating) AS rating_gap
FROM Player a
JOIN Player b ON COALESCE(b.club_id, -1) = COALESCE(a.club_id, -1) AND a.player_id < b.player_id
WHERE ABS(a.rating - b.rating) <= 100;
