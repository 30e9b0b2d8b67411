-- Procurement: suppliers, purchase orders, goods receipts, supplier invoices (three-way match), reorder policies.
-- Quantities on documents are in the product's PURCHASE unit (ASC X12 unit code kept beside them) with the
-- stock-unit equivalent; unit costs/prices per purchase unit scale 5, document amounts scale 2 (HALF_UP).
-- Warehouses, locations, lots and ledger entries belong to the inventory module (V5); procurement references them.

CREATE SEQUENCE supplier_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE purchase_order_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE goods_receipt_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE goods_receipt_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE supplier_invoice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE supplier_invoice_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE reorder_policy_seq START WITH 1 INCREMENT BY 50;

-- Document numbers (PO-2026-000123, GR-2026-000045): one gap-tolerant sequence per document type.
CREATE SEQUENCE purchase_order_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE goods_receipt_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE supplier (
    id                       bigint        PRIMARY KEY,
    code                     varchar(20)   NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
    name                     varchar(200)  NOT NULL,
    address_line             varchar(200),
    city                     varchar(100),
    state                    varchar(2),
    postal_code              varchar(10),
    country                  char(2)       NOT NULL DEFAULT 'US',
    contact_name             varchar(200),
    contact_email            varchar(200),
    contact_phone            varchar(40),
    payment_terms_days       integer       NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
    lead_time_days           integer       NOT NULL CHECK (lead_time_days BETWEEN 0 AND 365),
    currency                 char(3)       NOT NULL,
    active                   boolean       NOT NULL DEFAULT true,
    state_license_number     varchar(40),
    dea_registration_number  varchar(9),
    version                  bigint        NOT NULL,
    created_at               timestamp(6) with time zone NOT NULL,
    updated_at               timestamp(6) with time zone NOT NULL
);
CREATE INDEX supplier_name_id_idx ON supplier (name, id);

CREATE TABLE supplier_aud (
    id                       bigint       NOT NULL,
    rev                      bigint       NOT NULL REFERENCES audit_revision (id),
    revtype                  smallint,
    code                     varchar(20),
    name                     varchar(200),
    address_line             varchar(200),
    city                     varchar(100),
    state                    varchar(2),
    postal_code              varchar(10),
    country                  char(2),
    contact_name             varchar(200),
    contact_email            varchar(200),
    contact_phone            varchar(40),
    payment_terms_days       integer,
    lead_time_days           integer,
    currency                 char(3),
    active                   boolean,
    state_license_number     varchar(40),
    dea_registration_number  varchar(9),
    PRIMARY KEY (id, rev)
);

CREATE TABLE purchase_order (
    id              bigint        PRIMARY KEY,
    number          varchar(20)   NOT NULL UNIQUE,
    supplier_id     bigint        NOT NULL REFERENCES supplier (id),
    warehouse_id    bigint        NOT NULL REFERENCES warehouse (id),
    order_date      date          NOT NULL,
    expected_date   date,
    status          varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'CONFIRMED', 'PARTIALLY_RECEIVED',
                                                             'RECEIVED', 'CLOSED', 'CANCELLED')),
    currency        char(3)       NOT NULL,
    total_amount    numeric(19,2) NOT NULL,
    version         bigint        NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    updated_at      timestamp(6) with time zone NOT NULL,
    CHECK (expected_date IS NULL OR expected_date >= order_date)
);
CREATE INDEX purchase_order_supplier_idx ON purchase_order (supplier_id);
CREATE INDEX purchase_order_status_idx ON purchase_order (status);

CREATE TABLE purchase_order_aud (
    id              bigint       NOT NULL,
    rev             bigint       NOT NULL REFERENCES audit_revision (id),
    revtype         smallint,
    number          varchar(20),
    supplier_id     bigint,
    warehouse_id    bigint,
    order_date      date,
    expected_date   date,
    status          varchar(20),
    currency        char(3),
    total_amount    numeric(19,2),
    PRIMARY KEY (id, rev)
);

-- quantity/unit: what is ordered, in whole purchase units; requested_*: what the user asked for (before rounding).
CREATE TABLE purchase_order_line (
    id                    bigint        PRIMARY KEY,
    purchase_order_id     bigint        NOT NULL REFERENCES purchase_order (id) ON DELETE CASCADE,
    line_number           integer       NOT NULL CHECK (line_number > 0),
    product_id            bigint        NOT NULL REFERENCES product (id),
    requested_quantity    numeric(19,3) NOT NULL CHECK (requested_quantity > 0),
    requested_unit        varchar(3)    NOT NULL,
    quantity              numeric(19,3) NOT NULL CHECK (quantity > 0),
    unit                  varchar(3)    NOT NULL,
    stock_units_per_unit  numeric(19,3) NOT NULL CHECK (stock_units_per_unit > 0),
    unit_cost             numeric(19,5) NOT NULL CHECK (unit_cost >= 0),
    line_amount           numeric(19,2) NOT NULL,
    received_quantity     numeric(19,3) NOT NULL DEFAULT 0 CHECK (received_quantity >= 0),
    UNIQUE (purchase_order_id, line_number),
    CHECK (received_quantity <= quantity)
);
CREATE INDEX purchase_order_line_product_idx ON purchase_order_line (product_id);

CREATE TABLE purchase_order_line_aud (
    id                    bigint       NOT NULL,
    rev                   bigint       NOT NULL REFERENCES audit_revision (id),
    revtype               smallint,
    purchase_order_id     bigint,
    line_number           integer,
    product_id            bigint,
    requested_quantity    numeric(19,3),
    requested_unit        varchar(3),
    quantity              numeric(19,3),
    unit                  varchar(3),
    stock_units_per_unit  numeric(19,3),
    unit_cost             numeric(19,5),
    line_amount           numeric(19,2),
    received_quantity     numeric(19,3),
    PRIMARY KEY (id, rev)
);

CREATE TABLE goods_receipt (
    id                 bigint       PRIMARY KEY,
    number             varchar(20)  NOT NULL UNIQUE,
    purchase_order_id  bigint       NOT NULL REFERENCES purchase_order (id),
    warehouse_id       bigint       NOT NULL REFERENCES warehouse (id),
    received_at        timestamp(6) with time zone NOT NULL,
    received_by        varchar(100) NOT NULL,
    delivery_note      varchar(60),
    version            bigint       NOT NULL
);
CREATE INDEX goods_receipt_purchase_order_idx ON goods_receipt (purchase_order_id);

CREATE TABLE goods_receipt_aud (
    id                 bigint       NOT NULL,
    rev                bigint       NOT NULL REFERENCES audit_revision (id),
    revtype            smallint,
    number             varchar(20),
    purchase_order_id  bigint,
    warehouse_id       bigint,
    received_at        timestamp(6) with time zone,
    received_by        varchar(100),
    delivery_note      varchar(60),
    PRIMARY KEY (id, rev)
);

-- quantity in the PO line's purchase unit; serial_numbers one per line of text (DSCSA serialised products).
CREATE TABLE goods_receipt_line (
    id                     bigint        PRIMARY KEY,
    goods_receipt_id       bigint        NOT NULL REFERENCES goods_receipt (id) ON DELETE CASCADE,
    purchase_order_line_id bigint        NOT NULL REFERENCES purchase_order_line (id),
    product_id             bigint        NOT NULL REFERENCES product (id),
    location_id            bigint        NOT NULL REFERENCES storage_location (id),
    lot_number             varchar(20),
    expiry_date            date,
    quantity               numeric(19,3) NOT NULL CHECK (quantity > 0),
    unit                   varchar(3)    NOT NULL,
    quantity_stock         numeric(19,3) NOT NULL CHECK (quantity_stock > 0),
    serial_numbers         text,
    lot_id                 bigint        REFERENCES lot (id),
    stock_status           varchar(20),
    stock_movement_id      bigint        REFERENCES stock_movement (id)
);
CREATE INDEX goods_receipt_line_po_line_idx ON goods_receipt_line (purchase_order_line_id);

CREATE TABLE goods_receipt_line_aud (
    id                     bigint       NOT NULL,
    rev                    bigint       NOT NULL REFERENCES audit_revision (id),
    revtype                smallint,
    goods_receipt_id       bigint,
    purchase_order_line_id bigint,
    product_id             bigint,
    location_id            bigint,
    lot_number             varchar(20),
    expiry_date            date,
    quantity               numeric(19,3),
    unit                   varchar(3),
    quantity_stock         numeric(19,3),
    serial_numbers         text,
    lot_id                 bigint,
    stock_status           varchar(20),
    stock_movement_id      bigint,
    PRIMARY KEY (id, rev)
);

CREATE TABLE supplier_invoice (
    id                 bigint        PRIMARY KEY,
    supplier_id        bigint        NOT NULL REFERENCES supplier (id),
    invoice_number     varchar(40)   NOT NULL,
    purchase_order_id  bigint        NOT NULL REFERENCES purchase_order (id),
    invoice_date       date          NOT NULL,
    due_date           date          NOT NULL,
    currency           char(3)       NOT NULL,
    total_amount       numeric(19,2) NOT NULL,
    status             varchar(20)   NOT NULL CHECK (status IN ('MATCHED', 'MISMATCH', 'APPROVED')),
    mismatches         text,
    approved_by        varchar(100),
    approved_at        timestamp(6) with time zone,
    approval_reason    varchar(500),
    version            bigint        NOT NULL,
    created_at         timestamp(6) with time zone NOT NULL,
    UNIQUE (supplier_id, invoice_number)
);
CREATE INDEX supplier_invoice_purchase_order_idx ON supplier_invoice (purchase_order_id);

CREATE TABLE supplier_invoice_aud (
    id                 bigint       NOT NULL,
    rev                bigint       NOT NULL REFERENCES audit_revision (id),
    revtype            smallint,
    supplier_id        bigint,
    invoice_number     varchar(40),
    purchase_order_id  bigint,
    invoice_date       date,
    due_date           date,
    currency           char(3),
    total_amount       numeric(19,2),
    status             varchar(20),
    mismatches         text,
    approved_by        varchar(100),
    approved_at        timestamp(6) with time zone,
    approval_reason    varchar(500),
    PRIMARY KEY (id, rev)
);

CREATE TABLE supplier_invoice_line (
    id                     bigint        PRIMARY KEY,
    supplier_invoice_id    bigint        NOT NULL REFERENCES supplier_invoice (id) ON DELETE CASCADE,
    line_number            integer       NOT NULL CHECK (line_number > 0),
    purchase_order_line_id bigint        NOT NULL REFERENCES purchase_order_line (id),
    quantity               numeric(19,3) NOT NULL CHECK (quantity >= 0),
    unit                   varchar(3)    NOT NULL,
    unit_price             numeric(19,5) NOT NULL CHECK (unit_price >= 0),
    line_amount            numeric(19,2) NOT NULL,
    UNIQUE (supplier_invoice_id, line_number)
);

CREATE TABLE supplier_invoice_line_aud (
    id                     bigint       NOT NULL,
    rev                    bigint       NOT NULL REFERENCES audit_revision (id),
    revtype                smallint,
    supplier_invoice_id    bigint,
    line_number            integer,
    purchase_order_line_id bigint,
    quantity               numeric(19,3),
    unit                   varchar(3),
    unit_price             numeric(19,5),
    line_amount            numeric(19,2),
    PRIMARY KEY (id, rev)
);

-- Min/max reorder levels per product and warehouse, in the product's STOCK unit.
CREATE TABLE reorder_policy (
    id                     bigint        PRIMARY KEY,
    product_id             bigint        NOT NULL REFERENCES product (id),
    warehouse_id           bigint        NOT NULL REFERENCES warehouse (id),
    min_quantity           numeric(19,3) NOT NULL CHECK (min_quantity >= 0),
    max_quantity           numeric(19,3) NOT NULL,
    preferred_supplier_id  bigint        REFERENCES supplier (id),
    version                bigint        NOT NULL,
    updated_at             timestamp(6) with time zone NOT NULL,
    UNIQUE (product_id, warehouse_id),
    CHECK (max_quantity >= min_quantity)
);

CREATE TABLE reorder_policy_aud (
    id                     bigint       NOT NULL,
    rev                    bigint       NOT NULL REFERENCES audit_revision (id),
    revtype                smallint,
    product_id             bigint,
    warehouse_id           bigint,
    min_quantity           numeric(19,3),
    max_quantity           numeric(19,3),
    preferred_supplier_id  bigint,
    PRIMARY KEY (id, rev)
);
