CREATE TABLE Cake (
    cake_id INTEGER PRIMARY KEY,
    cake_name VARCHAR(60) NOT NULL,
    main_allergen VARCHAR(20)
);
