-- Issue 18: the queue search as clerks type it. Each application keeps its applicant's name and
-- kana as the search compares them (SearchKey: no spaces, katakana for hiragana, 半角カナ folded,
-- common 異体字 of names unified), so the query stays a plain LIKE on a column (trigram-indexed on
-- PostgreSQL, see db/vendor/postgresql/V112_1__search_key_trigram.sql).
--
-- Here only the simple part, for rows that exist: the spaces (半角 and 全角) removed. The rest of the
-- key is filled in Java at start-up (SearchKeyBootstrap) for every row with search_keyed = FALSE.

ALTER TABLE application ADD COLUMN search_name VARCHAR(100);
ALTER TABLE application ADD COLUMN search_kana VARCHAR(100);
ALTER TABLE application ADD COLUMN search_keyed BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE application
   SET search_name = REPLACE(REPLACE(applicant_name, ' ', ''), '　', ''),
       search_kana = REPLACE(REPLACE(applicant_name_kana, ' ', ''), '　', '');

CREATE INDEX ix_application_search_keyed ON application (search_keyed);
