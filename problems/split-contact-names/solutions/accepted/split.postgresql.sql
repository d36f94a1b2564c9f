ALTER TABLE Contact ADD COLUMN given_name VARCHAR(40);
ALTER TABLE Contact ADD COLUMN family_name VARCHAR(40);
UPDATE Contact
SET given_name = CASE WHEN strpos(full_name, ' ') = 0 THEN full_name
                      ELSE substr(full_name, 1, strpos(full_name, ' ') - 1) END,
    family_name = CASE WHEN strpos(full_name, ' ') = 0 THEN NULL
                       ELSE substr(full_name, strpos(full_name, ' ') + 1) END;
