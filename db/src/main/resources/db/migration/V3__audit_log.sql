-- Tamper-evident access log (番号法: access to 特定個人情報 is logged). Append-only: each entry's
-- hash covers the previous entry's hash and the entry itself; audit_head holds the chain's end
-- and is locked by every writer, so entries are numbered in commit order.

CREATE TABLE audit_entry (
    seq         BIGINT       NOT NULL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(128),
    detail      VARCHAR(2000),
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL
);

CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, seq);
CREATE INDEX ix_audit_entry_target ON audit_entry (target, seq);
CREATE INDEX ix_audit_entry_at ON audit_entry (at, seq);

CREATE TABLE audit_head (
    id         INTEGER  NOT NULL PRIMARY KEY,
    last_seq   BIGINT   NOT NULL,
    last_hash  CHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
