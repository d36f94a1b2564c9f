-- Right answer, but each order's count scans the whole WebOrder table.
SELECT o.customer_id, MIN(o.ordered_on) AS first_burst_on
FROM WebOrder o
WHERE (
    SELECT COUNT(*)
    FROM WebOrder w
    WHERE w.customer_id = o.customer_id
      AND w.ordered_on BETWEEN o.ordered_on - 6 AND o.ordered_on
) >= 5
GROUP BY o.customer_id;
