-- Clerks list the portal packages refused as unreadable, newest first (GET /api/v1/intake/portal-refusals)
CREATE INDEX ix_portal_receipt_outcome ON portal_receipt (outcome, fetched_at);
