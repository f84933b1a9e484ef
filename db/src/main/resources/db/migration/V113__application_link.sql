-- 転入予約 ⇄ 転出届: the 受付番号 of the application this one names (MOV-IN: the MOV-OUT filed with
-- it, same municipality), replaced on resubmission. NULL when it names none.
ALTER TABLE application ADD COLUMN linked_receipt_number VARCHAR(64);
CREATE INDEX ix_application_linked_receipt ON application (linked_receipt_number);
