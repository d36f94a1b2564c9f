-- INITCAP capitalises every word: 'de la cruz' becomes 'De La Cruz', not 'De la cruz'.
SELECT pet_id, INITCAP(pet_name) AS pet_name
FROM Pet;
