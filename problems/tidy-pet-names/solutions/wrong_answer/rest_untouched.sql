-- Upper-cases the first letter but leaves the rest as typed: 'MR WHISKERS' stays shouting.
SELECT pet_id,
       UPPER(SUBSTR(pet_name, 1, 1)) || SUBSTR(pet_name, 2) AS pet_name
FROM Pet;
