-- Product catalog: one row per package NDC (the saleable unit a distributor stocks).
-- ndc11 is the 11-digit HIPAA 5-4-2 form; ndc10 keeps the labeler's 10-digit segmented form when the
-- source gave it (only then is gtin14 derived, GS1 General Specifications).

CREATE SEQUENCE product_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE product (
    id                   bigint        PRIMARY KEY,
    ndc11                char(11)      NOT NULL UNIQUE,
    ndc10                varchar(12),
    ndc_format           varchar(5),
    gtin14               char(14)      UNIQUE,
    name                 varchar(1000)  NOT NULL,
    generic_name         varchar(1000),
    strength             varchar(1000),
    dosage_form          varchar(1000),
    route                varchar(1000),
    labeler              varchar(1000),
    package_description  varchar(1000),
    marketing_category   varchar(3)    NOT NULL CHECK (marketing_category IN ('RX', 'OTC')),
    dea_schedule         varchar(4)    CHECK (dea_schedule IN ('CI', 'CII', 'CIII', 'CIV', 'CV')),
    dea_schedule_source  varchar(30),
    therapeutic_category varchar(1000),
    pricing_unit         varchar(2)    CHECK (pricing_unit IN ('EA', 'ML', 'GM')),
    nadac_unit_price     numeric(19,5),
    nadac_as_of          date,
    source               varchar(60)   NOT NULL,
    version              bigint        NOT NULL,
    created_at           timestamp(6) with time zone NOT NULL,
    updated_at           timestamp(6) with time zone NOT NULL,
    CHECK (ndc11 ~ '^[0-9]{11}$'),
    CHECK (gtin14 IS NULL OR gtin14 ~ '^[0-9]{14}$'),
    CHECK (nadac_unit_price IS NULL OR nadac_unit_price >= 0)
);

-- List order (name, id) for keyset pagination; prefix search on lower(name)/lower(generic_name).
CREATE INDEX product_name_id_idx ON product (name, id);
CREATE INDEX product_ndc11_id_idx ON product (ndc11, id);
CREATE INDEX product_lower_name_idx ON product (lower(name) text_pattern_ops);
CREATE INDEX product_lower_generic_name_idx ON product (lower(generic_name) text_pattern_ops);
CREATE INDEX product_gtin14_prefix_idx ON product (gtin14 bpchar_pattern_ops);
CREATE INDEX product_ndc11_prefix_idx ON product (ndc11 bpchar_pattern_ops);

-- Envers audit history of products.
CREATE TABLE product_aud (
    id                   bigint       NOT NULL,
    rev                  bigint       NOT NULL REFERENCES audit_revision (id),
    revtype              smallint,
    ndc11                char(11),
    ndc10                varchar(12),
    ndc_format           varchar(5),
    gtin14               char(14),
    name                 varchar(1000),
    generic_name         varchar(1000),
    strength             varchar(1000),
    dosage_form          varchar(1000),
    route                varchar(1000),
    labeler              varchar(1000),
    package_description  varchar(1000),
    marketing_category   varchar(3),
    dea_schedule         varchar(4),
    dea_schedule_source  varchar(30),
    therapeutic_category varchar(1000),
    pricing_unit         varchar(2),
    nadac_unit_price     numeric(19,5),
    nadac_as_of          date,
    source               varchar(60),
    PRIMARY KEY (id, rev)
);
