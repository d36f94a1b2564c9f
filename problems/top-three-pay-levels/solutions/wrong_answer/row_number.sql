-- Three people per department, not three pay levels.
WITH leveled AS (
    SELECT emp_name, salary, dept_id,
           ROW_NUMBER() OVER (PARTITION BY dept_id ORDER BY salary DESC, emp_id) AS pay_level
    FROM Employee
)
SELECT d.dept_name AS department, l.emp_name AS employee, l.salary
FROM leveled l
JOIN Department d ON d.dept_id = l.dept_id
WHERE l.pay_level <= 3;
