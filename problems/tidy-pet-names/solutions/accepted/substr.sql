SELECT pet_id,
       UPPER(SUBSTR(pet_name, 1, 1)) || LOWER(SUBSTR(pet_name, 2)) AS pet_name
FROM Pet;
