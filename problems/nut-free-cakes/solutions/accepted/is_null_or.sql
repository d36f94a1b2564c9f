SELECT cake_id, cake_name
FROM Cake
WHERE main_allergen IS NULL OR main_allergen <> 'nuts';
