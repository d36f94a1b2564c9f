-- NULL <> 'nuts' is unknown, not true: the cakes without an allergen are dropped.
SELECT cake_id, cake_name
FROM Cake
WHERE main_allergen <> 'nuts';
