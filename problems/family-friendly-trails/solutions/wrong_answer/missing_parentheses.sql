-- AND binds tighter than OR: any trail that climbs less than 150 m passes, paved or not.
SELECT trail_id, trail_name
FROM Trail
WHERE is_paved = TRUE AND dogs_allowed = TRUE AND length_km < 5 OR elevation_gain_m < 150;
