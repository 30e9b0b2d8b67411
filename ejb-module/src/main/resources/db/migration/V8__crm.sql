-- CRM: customers (with bill-to/ship-to, commercial terms), contacts, licenses as data (state pharmacy, DEA),
-- leads, opportunities, activities; each with its Envers audit table. Permissions crm:view and crm:edit.

CREATE SEQUENCE crm_customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE crm_contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE crm_license_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE crm_lead_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE crm_opportunity_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE crm_activity_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE crm_customer (
    id                   bigint        PRIMARY KEY,
    customer_type        varchar(20)   NOT NULL,
    legal_name           varchar(200)  NOT NULL,
    name_key             varchar(200)  NOT NULL,
    tax_id               varchar(10)   NOT NULL,
    bill_to_line1        varchar(200),
    bill_to_line2        varchar(200),
    bill_to_city         varchar(100),
    bill_to_state        varchar(2),
    bill_to_postal_code  varchar(10),
    ship_to_line1        varchar(200),
    ship_to_line2        varchar(200),
    ship_to_city         varchar(100),
    ship_to_state        varchar(2),
    ship_to_postal_code  varchar(10),
    payment_terms_days   integer       NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
    credit_limit         numeric(19,2) NOT NULL CHECK (credit_limit >= 0),
    price_list           varchar(60),
    gpo_membership       varchar(100),
    min_shelf_life_days  integer       NOT NULL CHECK (min_shelf_life_days >= 0),
    version              bigint        NOT NULL,
    created_at           timestamp(6) with time zone NOT NULL,
    updated_at           timestamp(6) with time zone NOT NULL
);
-- Tax ids are not unique by constraint: a duplicate is warned about, not refused (branches of one legal entity).
CREATE INDEX crm_customer_tax_id_idx ON crm_customer (tax_id);
CREATE INDEX crm_customer_name_key_idx ON crm_customer (name_key);
CREATE INDEX crm_customer_lower_name_idx ON crm_customer (lower(legal_name) text_pattern_ops, id);
CREATE INDEX crm_customer_name_idx ON crm_customer (legal_name, id);

CREATE TABLE crm_customer_aud (
    id                   bigint       NOT NULL,
    rev                  bigint       NOT NULL REFERENCES audit_revision (id),
    revtype              smallint,
    customer_type        varchar(20),
    legal_name           varchar(200),
    name_key             varchar(200),
    tax_id               varchar(10),
    bill_to_line1        varchar(200),
    bill_to_line2        varchar(200),
    bill_to_city         varchar(100),
    bill_to_state        varchar(2),
    bill_to_postal_code  varchar(10),
    ship_to_line1        varchar(200),
    ship_to_line2        varchar(200),
    ship_to_city         varchar(100),
    ship_to_state        varchar(2),
    ship_to_postal_code  varchar(10),
    payment_terms_days   integer,
    credit_limit         numeric(19,2),
    price_list           varchar(60),
    gpo_membership       varchar(100),
    min_shelf_life_days  integer,
    PRIMARY KEY (id, rev)
);

CREATE TABLE crm_contact (
    id           bigint       PRIMARY KEY,
    customer_id  bigint       NOT NULL REFERENCES crm_customer (id),
    name         varchar(200) NOT NULL,
    job_title    varchar(100),
    email        varchar(254),
    phone        varchar(30)
);
CREATE INDEX crm_contact_customer_idx ON crm_contact (customer_id);

CREATE TABLE crm_contact_aud (
    id           bigint       NOT NULL,
    rev          bigint       NOT NULL REFERENCES audit_revision (id),
    revtype      smallint,
    customer_id  bigint,
    name         varchar(200),
    job_title    varchar(100),
    email        varchar(254),
    phone        varchar(30),
    PRIMARY KEY (id, rev)
);

CREATE TABLE crm_license (
    id              bigint      PRIMARY KEY,
    customer_id     bigint      NOT NULL REFERENCES crm_customer (id),
    kind            varchar(20) NOT NULL CHECK (kind IN ('STATE_PHARMACY', 'DEA')),
    license_number  varchar(30) NOT NULL,
    state           varchar(2),
    schedules       varchar(40),
    expires_on      date        NOT NULL
);
CREATE INDEX crm_license_customer_idx ON crm_license (customer_id);
CREATE INDEX crm_license_expiry_idx ON crm_license (expires_on);

CREATE TABLE crm_license_aud (
    id              bigint      NOT NULL,
    rev             bigint      NOT NULL REFERENCES audit_revision (id),
    revtype         smallint,
    customer_id     bigint,
    kind            varchar(20),
    license_number  varchar(30),
    state           varchar(2),
    schedules       varchar(40),
    expires_on      date,
    PRIMARY KEY (id, rev)
);

CREATE TABLE crm_lead (
    id             bigint       PRIMARY KEY,
    company_name   varchar(200) NOT NULL,
    customer_type  varchar(20),
    contact_name   varchar(200),
    email          varchar(254),
    phone          varchar(30),
    source         varchar(100),
    status         varchar(20)  NOT NULL,
    customer_id    bigint       REFERENCES crm_customer (id),
    version        bigint       NOT NULL,
    created_at     timestamp(6) with time zone NOT NULL
);

CREATE TABLE crm_lead_aud (
    id             bigint       NOT NULL,
    rev            bigint       NOT NULL REFERENCES audit_revision (id),
    revtype        smallint,
    company_name   varchar(200),
    customer_type  varchar(20),
    contact_name   varchar(200),
    email          varchar(254),
    phone          varchar(30),
    source         varchar(100),
    status         varchar(20),
    customer_id    bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE crm_opportunity (
    id                      bigint        PRIMARY KEY,
    title                   varchar(200)  NOT NULL,
    customer_id             bigint        REFERENCES crm_customer (id),
    lead_id                 bigint        REFERENCES crm_lead (id),
    stage                   varchar(20)   NOT NULL,
    amount                  numeric(19,2) NOT NULL CHECK (amount >= 0),
    probability             integer       NOT NULL CHECK (probability BETWEEN 0 AND 100),
    probability_overridden  boolean       NOT NULL,
    expected_close_on       date,
    version                 bigint        NOT NULL,
    created_at              timestamp(6) with time zone NOT NULL,
    CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL)
);
CREATE INDEX crm_opportunity_customer_idx ON crm_opportunity (customer_id);
CREATE INDEX crm_opportunity_stage_idx ON crm_opportunity (stage, id);

CREATE TABLE crm_opportunity_aud (
    id                      bigint        NOT NULL,
    rev                     bigint        NOT NULL REFERENCES audit_revision (id),
    revtype                 smallint,
    title                   varchar(200),
    customer_id             bigint,
    lead_id                 bigint,
    stage                   varchar(20),
    amount                  numeric(19,2),
    probability             integer,
    probability_overridden  boolean,
    expected_close_on       date,
    PRIMARY KEY (id, rev)
);

CREATE TABLE crm_activity (
    id              bigint        PRIMARY KEY,
    kind            varchar(10)   NOT NULL,
    subject         varchar(200)  NOT NULL,
    notes           varchar(4000),
    due_on          date,
    done            boolean       NOT NULL,
    customer_id     bigint        REFERENCES crm_customer (id),
    lead_id         bigint        REFERENCES crm_lead (id),
    opportunity_id  bigint        REFERENCES crm_opportunity (id),
    created_by      varchar(100)  NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    version         bigint        NOT NULL,
    CHECK (customer_id IS NOT NULL OR lead_id IS NOT NULL OR opportunity_id IS NOT NULL)
);
CREATE INDEX crm_activity_customer_idx ON crm_activity (customer_id);
CREATE INDEX crm_activity_lead_idx ON crm_activity (lead_id);
CREATE INDEX crm_activity_opportunity_idx ON crm_activity (opportunity_id);

CREATE TABLE crm_activity_aud (
    id              bigint        NOT NULL,
    rev             bigint        NOT NULL REFERENCES audit_revision (id),
    revtype         smallint,
    kind            varchar(10),
    subject         varchar(200),
    notes           varchar(4000),
    due_on          date,
    done            boolean,
    customer_id     bigint,
    lead_id         bigint,
    opportunity_id  bigint,
    PRIMARY KEY (id, rev)
);

-- Permissions of the CRM module (see PermissionMatrix.MODULE_ACTIONS).
--   crm:view   customers, contacts, licenses, leads, opportunities, activities, customer 360
--   crm:edit   create and change them (FINANCE: credit limit and payment terms; COMPLIANCE: licenses), import
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'crm', 'view'), ('ADMIN', 'crm', 'edit'),
    ('MANAGER', 'crm', 'view'), ('MANAGER', 'crm', 'edit'),
    ('SALES', 'crm', 'view'), ('SALES', 'crm', 'edit'),
    ('FINANCE', 'crm', 'view'), ('FINANCE', 'crm', 'edit'),
    ('COMPLIANCE', 'crm', 'view'), ('COMPLIANCE', 'crm', 'edit'),
    ('WAREHOUSE', 'crm', 'view'),
    ('INTEGRATION', 'crm', 'view'), ('INTEGRATION', 'crm', 'edit');
