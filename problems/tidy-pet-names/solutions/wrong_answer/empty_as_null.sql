-- Treats the empty name as unknown: '' comes back as NULL.
SELECT pet_id,
       CASE WHEN LENGTH(pet_name) > 0
            THEN UPPER(SUBSTR(pet_name, 1, 1)) || LOWER(SUBSTR(pet_name, 2))
       END AS pet_name
FROM Pet;
