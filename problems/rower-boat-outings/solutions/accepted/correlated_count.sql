SELECT r.rower_id,
       r.rower_name,
       b.boat_name,
       (SELECT COUNT(*) FROM Outing o WHERE o.rower_id = r.rower_id AND o.boat_id = b.boat_id) AS outings
FROM Rower r, Boat b
ORDER BY r.rower_id, b.boat_name;
