-- 一括取込: a batch lists its deliveries in file order; the file is rendered from them, page by
-- page, on every download (streamed, never held whole), so the batch no longer stores its bytes.
-- Rows are only ever added, so a batch's file is the same on every download, also after the batch
-- was acknowledged or released. Batches made before this migration keep their stored content.
CREATE TABLE delivery_batch_item (
    batch_id     UUID     NOT NULL REFERENCES delivery_batch (id),
    seq          INTEGER  NOT NULL,
    delivery_id  UUID     NOT NULL REFERENCES delivery (id),
    PRIMARY KEY (batch_id, seq)
);

ALTER TABLE delivery_batch ALTER COLUMN content DROP NOT NULL;

-- whether any route version of the batch exports 個人番号 (for the access log of each download)
ALTER TABLE delivery_batch ADD COLUMN my_number_exported BOOLEAN NOT NULL DEFAULT FALSE;
