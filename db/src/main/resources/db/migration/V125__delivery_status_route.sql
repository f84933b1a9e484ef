-- Operator metrics (issue 17 point 7): deliveries PENDING and PARKED per route are counted at
-- every scrape of /metrics. With this index the count reads only those rows (an index-only scan
-- on PostgreSQL), however many deliveries are DELIVERED.
CREATE INDEX ix_delivery_status_route ON delivery (status, route_id);
