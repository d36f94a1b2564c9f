-- Without window functions: fewer than three distinct salaries above one's own.
SELECT d.dept_name AS department, e.emp_name AS employee, e.salary
FROM Employee e
JOIN Department d ON d.dept_id = e.dept_id
WHERE (SELECT COUNT(DISTINCT higher.salary)
       FROM Employee higher
       WHERE higher.dept_id = e.dept_id AND higher.salary > e.salary) < 3;
