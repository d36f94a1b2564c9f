-- RANK skips levels after a tie: 9000, 9000, 8500, 8000 are ranked 1, 1, 3, 4.
WITH leveled AS (
    SELECT emp_name, salary, dept_id,
           RANK() OVER (PARTITION BY dept_id ORDER BY salary DESC) AS pay_level
    FROM Employee
)
SELECT d.dept_name AS department, l.emp_name AS employee, l.salary
FROM leveled l
JOIN Department d ON d.dept_id = l.dept_id
WHERE l.pay_level <= 3;
