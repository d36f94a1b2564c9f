-- Both keys descending: among equal points, the team with more jokers comes first.
SELECT team_name, points, jokers_used
FROM Team
ORDER BY points DESC, jokers_used DESC;
