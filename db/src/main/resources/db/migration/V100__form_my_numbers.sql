-- 個人番号 by type (issue 15): every 個人番号 of an application's form (配偶者, 被保険者, each 児童, any
-- future definition) is stored here encrypted, like the applicant's own, one row per revision and
-- field path (form.spouse.myNumber, form.children[1].myNumber); the form_json keeps only the masked
-- form ********9018. Numbers stored in clear before this migration are encrypted at the first start
-- of the new version (MyNumberSealing: the key lives in the server's configuration, not in SQL).
CREATE TABLE application_my_number (
    application_id    UUID         NOT NULL REFERENCES application (id),
    revision          INTEGER      NOT NULL,
    field_path        VARCHAR(200) NOT NULL,
    my_number_cipher  VARCHAR(200) NOT NULL,
    my_number_key_id  VARCHAR(32)  NOT NULL,
    my_number_last4   CHAR(4)      NOT NULL,
    PRIMARY KEY (application_id, revision, field_path)
);

-- Applications whose stored texts (form, revisions, field changes) were sealed: the rows before this
-- migration are not (FALSE) and are sealed at the next start; rows written from now on are.
ALTER TABLE application ADD COLUMN my_numbers_sealed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE application ALTER COLUMN my_numbers_sealed SET DEFAULT TRUE;
