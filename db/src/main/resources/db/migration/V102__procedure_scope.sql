-- Least privilege by procedure (issue 15 point 4): a clerk or supervisor account may be limited to
-- procedure groups (the catalog's categories) and procedure codes. An account without a row here
-- works on every procedure, so every existing account keeps all procedures.

CREATE TABLE app_user_procedure_scope (
    username    VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES app_user (username) ON DELETE CASCADE,
    changed_by  VARCHAR(64) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user_procedure_group (
    username    VARCHAR(64) NOT NULL REFERENCES app_user_procedure_scope (username) ON DELETE CASCADE,
    group_name  VARCHAR(64) NOT NULL,
    PRIMARY KEY (username, group_name)
);

CREATE TABLE app_user_procedure_code (
    username        VARCHAR(64) NOT NULL REFERENCES app_user_procedure_scope (username) ON DELETE CASCADE,
    procedure_code  VARCHAR(16) NOT NULL,
    PRIMARY KEY (username, procedure_code)
);
