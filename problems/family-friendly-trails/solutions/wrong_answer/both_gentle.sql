-- Asks for short AND flat, where either one is enough.
SELECT trail_id, trail_name
FROM Trail
WHERE is_paved AND dogs_allowed AND length_km < 5 AND elevation_gain_m < 150;
