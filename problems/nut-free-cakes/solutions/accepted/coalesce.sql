SELECT cake_id, cake_name
FROM Cake
WHERE COALESCE(main_allergen, '') <> 'nuts';
