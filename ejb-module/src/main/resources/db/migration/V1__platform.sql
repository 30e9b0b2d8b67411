-- Platform tables every module uses: audit revisions (Hibernate Envers) and REST idempotency keys.

CREATE SEQUENCE audit_revision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE audit_revision (
    id          bigint       PRIMARY KEY,
    changed_at  timestamp(6) with time zone NOT NULL,
    changed_by  varchar(100) NOT NULL
);

CREATE TABLE idempotency_record (
    scope                 varchar(300) NOT NULL,
    idempotency_key       varchar(200) NOT NULL,
    request_hash          char(64)     NOT NULL,
    state                 varchar(12)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status       integer,
    response_location     varchar(2000),
    response_content_type varchar(200),
    response_body         text,
    created_at            timestamp(6) with time zone NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);
