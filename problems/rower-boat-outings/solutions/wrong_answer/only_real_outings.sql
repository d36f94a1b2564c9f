-- Starting from the outings loses every combination that never happened.
SELECT r.rower_id, r.rower_name, b.boat_name, COUNT(*) AS outings
FROM Outing o
JOIN Rower r ON r.rower_id = o.rower_id
JOIN Boat b ON b.boat_id = o.boat_id
GROUP BY r.rower_id, r.rower_name, b.boat_id, b.boat_name
ORDER BY r.rower_id, b.boat_name;
