-- Forgets PARTITION BY: the top three levels of the whole company.
WITH leveled AS (
    SELECT emp_name, salary, dept_id,
           DENSE_RANK() OVER (ORDER BY salary DESC) AS pay_level
    FROM Employee
)
SELECT d.dept_name AS department, l.emp_name AS employee, l.salary
FROM leveled l
JOIN Department d ON d.dept_id = l.dept_id
WHERE l.pay_level <= 3;
