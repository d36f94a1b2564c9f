-- The lowest score first.
SELECT team_name, points, jokers_used
FROM Team
ORDER BY points, jokers_used;
