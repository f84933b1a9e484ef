-- The sequencer looks for status changes without a feed position on every round: a partial index
-- holds just those (a few at a time), so the look stays one probe however long the history grows.
-- H2 has no partial indexes; there the unique index on feed_position serves the same look.

CREATE INDEX ix_status_change_unsequenced ON status_change (id) WHERE feed_position IS NULL;
