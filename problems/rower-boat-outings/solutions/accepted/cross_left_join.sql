SELECT r.rower_id, r.rower_name, b.boat_name, COUNT(o.outing_id) AS outings
FROM Rower r
CROSS JOIN Boat b
LEFT JOIN Outing o ON o.rower_id = r.rower_id AND o.boat_id = b.boat_id
GROUP BY r.rower_id, r.rower_name, b.boat_id, b.boat_name
ORDER BY r.rower_id, b.boat_name;
