-- Compliance, part 1: FDA drug recalls (openFDA enforcement reports) with their NDCs and the lots read from
-- code_info, the recall workflow (OPEN -> IN_PROGRESS -> CLOSED with a summary), customer notices and responses
-- (returned quantity), Envers audit tables, permissions compliance:view / compliance:recall.
-- Quantities numeric(19,3) in the unit stated beside them; instants timestamptz (UTC).

CREATE SEQUENCE compliance_recall_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE compliance_recall_notice_seq START WITH 1 INCREMENT BY 50;

-- One FDA recall enforcement report, keyed by the FDA recall number ("D-0353-2026"); a re-import updates it.
CREATE TABLE compliance_recall (
    id                          bigint        PRIMARY KEY,
    recall_number               varchar(30)   NOT NULL UNIQUE,
    event_id                    varchar(30),
    classification              varchar(20)   NOT NULL CHECK (classification IN ('CLASS_I', 'CLASS_II', 'CLASS_III', 'UNCLASSIFIED')),
    fda_status                  varchar(40),
    recalling_firm              varchar(500)  NOT NULL,
    reason                      text          NOT NULL,
    product_description         text          NOT NULL,
    product_quantity            varchar(1000),
    distribution_pattern        text,
    voluntary_mandated          varchar(200),
    code_info                   text,
    recall_initiation_date      date,
    center_classification_date  date,
    report_date                 date,
    termination_date            date,
    lot_coverage                varchar(20)   NOT NULL CHECK (lot_coverage IN ('SPECIFIC_LOTS', 'ALL_LOTS', 'UNREADABLE')),
    all_lots_qualifier          varchar(300),
    unread_fragments            varchar(2000),
    status                      varchar(20)   NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'CLOSED')),
    closing_summary             varchar(4000),
    closed_at                   timestamp(6) with time zone,
    closed_by                   varchar(100),
    source_record               text          NOT NULL,
    imported_at                 timestamp(6) with time zone NOT NULL,
    updated_at                  timestamp(6) with time zone NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT compliance_recall_closed_check CHECK (status <> 'CLOSED' OR (closing_summary IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE INDEX compliance_recall_list_idx ON compliance_recall (report_date DESC, id DESC);
CREATE INDEX compliance_recall_status_idx ON compliance_recall (status, report_date DESC, id DESC);

CREATE TABLE compliance_recall_aud (
    id                          bigint        NOT NULL,
    rev                         bigint        NOT NULL REFERENCES audit_revision (id),
    revtype                     smallint,
    recall_number               varchar(30),
    event_id                    varchar(30),
    classification              varchar(20),
    fda_status                  varchar(40),
    recalling_firm              varchar(500),
    reason                      text,
    product_description         text,
    product_quantity            varchar(1000),
    distribution_pattern        text,
    voluntary_mandated          varchar(200),
    code_info                   text,
    recall_initiation_date      date,
    center_classification_date  date,
    report_date                 date,
    termination_date            date,
    lot_coverage                varchar(20),
    all_lots_qualifier          varchar(300),
    unread_fragments            varchar(2000),
    status                      varchar(20),
    closing_summary             varchar(4000),
    closed_at                   timestamp(6) with time zone,
    closed_by                   varchar(100),
    imported_at                 timestamp(6) with time zone,
    updated_at                  timestamp(6) with time zone,
    PRIMARY KEY (id, rev)
);

-- The package NDCs a report names (product description, code_info, openfda.package_ndc), 11-digit 5-4-2 form.
CREATE TABLE compliance_recall_ndc (
    recall_id  bigint       NOT NULL REFERENCES compliance_recall (id) ON DELETE CASCADE,
    ndc11      char(11)     NOT NULL,
    ndc_text   varchar(20)  NOT NULL,
    PRIMARY KEY (recall_id, ndc11)
);
CREATE INDEX compliance_recall_ndc_idx ON compliance_recall_ndc (ndc11);

-- The lots read from code_info (CodeInfoParser), in the order of the text. lot_key = upper case letters and digits
-- only: the key matched against upper(regexp_replace(lot.lot_number, '[^A-Za-z0-9]', '', 'g')).
CREATE TABLE compliance_recall_lot (
    recall_id        bigint        NOT NULL REFERENCES compliance_recall (id) ON DELETE CASCADE,
    position         integer       NOT NULL,
    lot_number       varchar(100)  NOT NULL,
    lot_key          varchar(100)  NOT NULL,
    expiry_date      date,
    month_year_only  boolean       NOT NULL,
    PRIMARY KEY (recall_id, position)
);
CREATE INDEX compliance_recall_lot_key_idx ON compliance_recall_lot (lot_key);
CREATE INDEX lot_match_key_idx ON lot ((upper(regexp_replace(lot_number, '[^A-Za-z0-9]', '', 'g'))));

-- A recall notice sent to one customer, and the customer's response (returned quantity in the unit given).
CREATE TABLE compliance_recall_notice (
    id                 bigint         PRIMARY KEY,
    recall_id          bigint         NOT NULL REFERENCES compliance_recall (id),
    customer_id        bigint         NOT NULL REFERENCES crm_customer (id),
    customer_name      varchar(300)   NOT NULL,
    status             varchar(20)    NOT NULL CHECK (status IN ('SENT', 'RESPONDED')),
    notified_at        timestamp(6) with time zone NOT NULL,
    notified_by        varchar(100)   NOT NULL,
    response           varchar(2000),
    returned_quantity  numeric(19,3)  CHECK (returned_quantity IS NULL OR returned_quantity >= 0),
    returned_unit      varchar(3),
    responded_at       timestamp(6) with time zone,
    responded_by       varchar(100),
    version            bigint         NOT NULL DEFAULT 0,
    UNIQUE (recall_id, customer_id),
    CONSTRAINT compliance_recall_notice_response_check CHECK (status <> 'RESPONDED'
        OR (responded_at IS NOT NULL AND returned_quantity IS NOT NULL AND returned_unit IS NOT NULL))
);

CREATE TABLE compliance_recall_notice_aud (
    id                 bigint         NOT NULL,
    rev                bigint         NOT NULL REFERENCES audit_revision (id),
    revtype            smallint,
    recall_id          bigint,
    customer_id        bigint,
    customer_name      varchar(300),
    status             varchar(20),
    notified_at        timestamp(6) with time zone,
    notified_by        varchar(100),
    response           varchar(2000),
    returned_quantity  numeric(19,3),
    returned_unit      varchar(3),
    responded_at       timestamp(6) with time zone,
    responded_by       varchar(100),
    PRIMARY KEY (id, rev)
);

INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'compliance', 'view'), ('ADMIN', 'compliance', 'recall'),
    ('COMPLIANCE', 'compliance', 'view'), ('COMPLIANCE', 'compliance', 'recall'),
    ('MANAGER', 'compliance', 'view');
