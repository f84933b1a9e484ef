-- Attachments grouped by submission (issue 18 point 7): the revision of the application an
-- attachment came with, 1 for the first submission (初回), 2 for the first 再提出 and so on.
-- Rows stored before this column existed cannot tell and count as the first submission.

ALTER TABLE attachment ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
