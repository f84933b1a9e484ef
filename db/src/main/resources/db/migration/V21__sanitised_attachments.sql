-- 無害化: clerks and core systems get a sanitised copy; the original stays byte for byte (原本性)
-- with its SHA-256, downloadable by supervisors only. removed_items lists what was taken out.

ALTER TABLE attachment ADD COLUMN sanitised_content ${binary_type};
ALTER TABLE attachment ADD COLUMN sanitised_sha256 CHAR(64);
ALTER TABLE attachment ADD COLUMN removed_items VARCHAR(1000);
