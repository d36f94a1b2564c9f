SELECT team_name, points, jokers_used
FROM Team
ORDER BY points DESC, jokers_used ASC;
