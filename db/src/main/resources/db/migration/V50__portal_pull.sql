-- Portal pull (issue 7): what became of every package fetched from the portal, and the
-- certificate serial number → resident table (番号紐付情報) that identifies applicants.

-- One row per receipt number fetched: the application it became (none when the package was
-- unreadable), the outcome, the refusal reason, and the signer's certificate (issuer DN and
-- serial number in lower-case hex) when the signature could be read.
CREATE TABLE portal_receipt (
    receipt_number  VARCHAR(64)   NOT NULL PRIMARY KEY,
    application_id  UUID          REFERENCES application (id),
    outcome         VARCHAR(16)   NOT NULL,
    reason          VARCHAR(2000),
    signer_issuer   VARCHAR(500),
    signer_serial   VARCHAR(64),
    fetched_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_portal_receipt_application ON portal_receipt (application_id);

-- 番号紐付情報: signing certificate (issuer DN + serial) → resident ID (住民番号, municipality's own)
CREATE TABLE resident_certificate (
    issuer       VARCHAR(500) NOT NULL,
    serial       VARCHAR(64)  NOT NULL,
    resident_id  VARCHAR(32)  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, serial)
);
