-- Counts the staff above the typical department average instead of their own department's.
WITH dept_avg AS (
    SELECT department_id, AVG(salary * 1.0) AS avg_salary
    FROM Employee
    WHERE salary IS NOT NULL
    GROUP BY department_id
),
typical AS (
    SELECT AVG(avg_salary) AS value FROM dept_avg
)
SELECT d.dept_name,
       ROUND(a.avg_salary, 2) AS avg_salary,
       (SELECT COUNT(*) FROM Employee e WHERE e.department_id = a.department_id AND e.salary > t.value)
           AS above_avg_staff
FROM dept_avg a
JOIN Department d ON d.department_id = a.department_id
CROSS JOIN typical t
WHERE a.avg_salary > t.value;
