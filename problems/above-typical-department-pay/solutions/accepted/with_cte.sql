WITH dept_avg AS (
    SELECT department_id, AVG(salary) AS avg_salary
    FROM Employee
    GROUP BY department_id
    HAVING COUNT(salary) > 0
),
typical AS (
    SELECT AVG(avg_salary) AS value FROM dept_avg
)
SELECT d.dept_name,
       ROUND(a.avg_salary, 2) AS avg_salary,
       SUM(CASE WHEN e.salary > a.avg_salary THEN 1 ELSE 0 END) AS above_avg_staff
FROM dept_avg a
JOIN Department d ON d.department_id = a.department_id
JOIN Employee e ON e.department_id = a.department_id
CROSS JOIN typical t
WHERE a.avg_salary > t.value
GROUP BY a.department_id, d.dept_name, a.avg_salary;
