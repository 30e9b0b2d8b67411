-- Schedule I and II orders need a DEA order form (21 CFR 1305.03): the serial number of the DEA Form 222 the customer
-- sent (9 digits), or the order number of its CSOS electronic order (21 CFR 1305.21). A line of a CI/CII product on
-- an order without one is held (kind DEA_ORDER_FORM) until it is recorded.
ALTER TABLE sales_order
    ADD COLUMN dea_order_form_type   varchar(8)  CHECK (dea_order_form_type IN ('FORM_222', 'CSOS')),
    ADD COLUMN dea_order_form_number varchar(40),
    ADD CONSTRAINT sales_order_dea_order_form_check
        CHECK ((dea_order_form_type IS NULL) = (dea_order_form_number IS NULL));
-- A form number is used by one order only (a Form 222 serial number or CSOS order number identifies one order).
CREATE UNIQUE INDEX sales_order_dea_order_form_idx ON sales_order (dea_order_form_type, dea_order_form_number)
    WHERE dea_order_form_number IS NOT NULL;

ALTER TABLE sales_order_hold DROP CONSTRAINT sales_order_hold_kind_check;
ALTER TABLE sales_order_hold ADD CONSTRAINT sales_order_hold_kind_check
    CHECK (kind IN ('CREDIT', 'LICENSE', 'DEA_SCHEDULE', 'SUSPICIOUS_ORDER', 'DEA_ORDER_FORM'));

-- Audit trail of orders, their lines and holds (Hibernate Envers): who changed what, when, old and new values.
CREATE TABLE sales_order_aud (
    id                       bigint        NOT NULL,
    rev                      bigint        NOT NULL REFERENCES audit_revision (id),
    revtype                  smallint,
    number                   varchar(20),
    customer_id              bigint,
    status                   varchar(20),
    order_date               date,
    currency                 varchar(3),
    requested_delivery_date  date,
    customer_po_reference    varchar(60),
    source_quotation_id      bigint,
    warehouse_id             bigint,
    bill_to_line1            varchar(200),
    bill_to_line2            varchar(200),
    bill_to_city             varchar(100),
    bill_to_state            varchar(2),
    bill_to_postal_code      varchar(10),
    ship_to_line1            varchar(200),
    ship_to_line2            varchar(200),
    ship_to_city             varchar(100),
    ship_to_state            varchar(2),
    ship_to_postal_code      varchar(10),
    net_total                numeric(19,2),
    tax_total                numeric(19,2),
    grand_total              numeric(19,2),
    line_count               integer,
    confirmed_at             timestamp(6) with time zone,
    cancelled_at             timestamp(6) with time zone,
    created_by               varchar(100),
    dea_order_form_type      varchar(8),
    dea_order_form_number    varchar(40),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_order_line_aud (
    id                     bigint        NOT NULL,
    rev                    bigint        NOT NULL REFERENCES audit_revision (id),
    revtype                smallint,
    order_id               bigint,
    line_no                integer,
    product_id             bigint,
    quantity               numeric(19,3),
    unit                   varchar(3),
    stock_quantity         numeric(19,3),
    stock_unit             varchar(3),
    unit_price             numeric(19,5),
    price_source           varchar(200),
    price_given            boolean,
    discount_percent       numeric(7,4),
    tax_rate_percent       numeric(7,4),
    net_amount             numeric(19,2),
    tax_amount             numeric(19,2),
    status                 varchar(20),
    allocated_quantity     numeric(19,3),
    backordered_quantity   numeric(19,3),
    shipped_quantity       numeric(19,3),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_order_hold_aud (
    id               bigint         NOT NULL,
    rev              bigint         NOT NULL REFERENCES audit_revision (id),
    revtype          smallint,
    order_id         bigint,
    line_id          bigint,
    kind             varchar(20),
    reason           varchar(1000),
    status           varchar(10),
    raised_at        timestamp(6) with time zone,
    raised_by        varchar(100),
    decided_by       varchar(100),
    decided_at       timestamp(6) with time zone,
    decision_reason  varchar(1000),
    PRIMARY KEY (id, rev)
);
