CREATE TABLE DailyRevenue (
    sale_day DATE PRIMARY KEY,
    revenue DECIMAL(10, 2) NOT NULL
);
