-- Counts a trail of exactly 5 km, or a climb of exactly 150 m, as gentle.
SELECT trail_id, trail_name
FROM Trail
WHERE is_paved AND dogs_allowed AND (length_km <= 5 OR elevation_gain_m <= 150);
