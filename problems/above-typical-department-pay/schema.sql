CREATE TABLE Department (
    department_id INTEGER PRIMARY KEY,
    dept_name VARCHAR(40) NOT NULL
);

CREATE TABLE Employee (
    employee_id INTEGER PRIMARY KEY,
    full_name VARCHAR(60) NOT NULL,
    department_id INTEGER NOT NULL REFERENCES Department(department_id),
    salary INTEGER
);
