-- Breaks the ties on points alphabetically instead of by the jokers.
SELECT team_name, points, jokers_used
FROM Team
ORDER BY points DESC, team_name;
