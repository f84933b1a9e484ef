-- Dashboard counts (issue 8): how many applications are in each status, per procedure and per day
-- of receipt, so that GET /api/v1/intake/counts sums a few thousand rows instead of grouping the
-- application table. received_day is the day of received_at in Japan (UTC+9, no daylight saving
-- time) as days since 1970-01-01: the 標準処理期間 cutoff is the start of a Japanese day, so the
-- overdue count is a sum over whole days.
--
-- The application keeps the rows in the transaction of each status change (the same place that
-- numbers the status feed): +1 for the new status, -1 for the old one. Rows may reach 0; readers
-- leave out zero sums. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL).

CREATE TABLE queue_count (
    status          VARCHAR(32)  NOT NULL,
    procedure_code  VARCHAR(16)  NOT NULL,
    received_day    INTEGER      NOT NULL,
    applications    BIGINT       NOT NULL,
    CONSTRAINT pk_queue_count PRIMARY KEY (status, procedure_code, received_day)
);

INSERT INTO queue_count (status, procedure_code, received_day, applications)
SELECT status, procedure_code,
       CAST(FLOOR((EXTRACT(EPOCH FROM received_at) + 32400) / 86400) AS INTEGER), COUNT(*)
  FROM application
 GROUP BY status, procedure_code,
       CAST(FLOOR((EXTRACT(EPOCH FROM received_at) + 32400) / 86400) AS INTEGER);
