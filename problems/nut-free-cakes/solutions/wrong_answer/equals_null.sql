-- "= NULL" is never true: it does not bring the cakes without an allergen back.
SELECT cake_id, cake_name
FROM Cake
WHERE main_allergen != 'nuts' OR main_allergen = NULL;
