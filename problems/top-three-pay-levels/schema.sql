CREATE TABLE Department (
    dept_id INTEGER PRIMARY KEY,
    dept_name VARCHAR(40) NOT NULL
);

CREATE TABLE Employee (
    emp_id INTEGER PRIMARY KEY,
    emp_name VARCHAR(40) NOT NULL,
    salary INTEGER NOT NULL,
    dept_id INTEGER NOT NULL REFERENCES Department(dept_id)
);
