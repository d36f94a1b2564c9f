-- Without the no-space case: PostgreSQL refuses substr with a negative length on a one-word name.
ALTER TABLE Contact ADD COLUMN given_name VARCHAR(40);
ALTER TABLE Contact ADD COLUMN family_name VARCHAR(40);
UPDATE Contact
SET given_name = substr(full_name, 1, strpos(full_name, ' ') - 1),
    family_name = substr(full_name, strpos(full_name, ' ') + 1);
