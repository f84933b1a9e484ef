-- Warnings of the validation at receipt (rules of severity "warning"): a JSON array of
-- {"field", "code", "message"}, replaced on resubmission. NULL for applications received before.
ALTER TABLE application ADD COLUMN warnings_json TEXT;
