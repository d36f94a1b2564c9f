-- Counts the contractors as earning 0: their departments' averages drop.
SELECT d.dept_name,
       ROUND(s.avg_salary, 2) AS avg_salary,
       (SELECT COUNT(*)
        FROM Employee e
        WHERE e.department_id = s.department_id AND COALESCE(e.salary, 0) > s.avg_salary) AS above_avg_staff
FROM (
    SELECT department_id, AVG(COALESCE(salary, 0) * 1.0) AS avg_salary
    FROM Employee
    GROUP BY department_id
) s
JOIN Department d ON d.department_id = s.department_id
WHERE s.avg_salary > (
    SELECT AVG(per_dept.avg_salary)
    FROM (
        SELECT AVG(COALESCE(salary, 0) * 1.0) AS avg_salary
        FROM Employee
        GROUP BY department_id
    ) per_dept
);
