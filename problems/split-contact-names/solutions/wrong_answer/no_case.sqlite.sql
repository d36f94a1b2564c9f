-- Without the no-space case: a one-word name becomes its own family name, and loses its given name's end.
ALTER TABLE Contact ADD COLUMN given_name VARCHAR(40);
ALTER TABLE Contact ADD COLUMN family_name VARCHAR(40);
UPDATE Contact
SET given_name = substr(full_name, 1, instr(full_name, ' ') - 1),
    family_name = substr(full_name, instr(full_name, ' ') + 1);
