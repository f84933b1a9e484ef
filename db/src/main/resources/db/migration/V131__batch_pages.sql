-- 一括取込: a batch's file is rendered once, page by page, when it is claimed (or, when a claim was
-- interrupted before every page was rendered, at the first download), and stored here sealed with
-- the installation's AES-GCM key (it may carry 個人番号); every download serves these bytes. A page
-- is keyed by the place of the row before it (0 for the first page, which holds the header).
CREATE TABLE delivery_batch_page (
    batch_id     UUID            NOT NULL REFERENCES delivery_batch (id),
    after_seq    INTEGER         NOT NULL,
    last_seq     INTEGER         NOT NULL,
    row_count    INTEGER         NOT NULL,
    key_id       VARCHAR(32)     NOT NULL,
    content      ${binary_type}  NOT NULL,
    PRIMARY KEY (batch_id, after_seq)
);
