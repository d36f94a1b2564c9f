SELECT a.player_id AS first_id,
       b.player_id AS second_id,
       CASE WHEN a.rating > b.rating THEN a.rating - b.rating ELSE b.rating - a.rating END AS rating_gap
FROM Player a, Player b
WHERE a.club_id = b.club_id
  AND a.player_id < b.player_id
  AND b.rating BETWEEN a.rating - 100 AND a.rating + 100;
