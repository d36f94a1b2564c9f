-- Compares with the average salary of all employees, which big departments dominate.
SELECT d.dept_name,
       ROUND(s.avg_salary, 2) AS avg_salary,
       (SELECT COUNT(*)
        FROM Employee e
        WHERE e.department_id = s.department_id AND e.salary > s.avg_salary) AS above_avg_staff
FROM (
    SELECT department_id, AVG(salary * 1.0) AS avg_salary
    FROM Employee
    WHERE salary IS NOT NULL
    GROUP BY department_id
) s
JOIN Department d ON d.department_id = s.department_id
WHERE s.avg_salary > (SELECT AVG(salary * 1.0) FROM Employee);
