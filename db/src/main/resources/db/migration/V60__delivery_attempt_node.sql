-- Which server process (lease owner) made each attempt: with several nodes on one database, the
-- attempts show that every node took part and which one delivered.
ALTER TABLE delivery_attempt ADD COLUMN node VARCHAR(128);
