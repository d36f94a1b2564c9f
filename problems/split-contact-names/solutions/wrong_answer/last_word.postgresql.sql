-- Takes only the second word as the family name: "de la Fontaine" becomes "de".
ALTER TABLE Contact ADD COLUMN given_name VARCHAR(40);
ALTER TABLE Contact ADD COLUMN family_name VARCHAR(40);
UPDATE Contact
SET given_name = split_part(full_name, ' ', 1),
    family_name = NULLIF(split_part(full_name, ' ', 2), '');
