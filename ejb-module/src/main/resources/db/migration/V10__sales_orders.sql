-- Sales, part 2: sales orders (lines, holds), shipments (lines by lot and location, following the FEFO allocation)
-- and customer returns (lines by shipped lot); permissions sales:order (more roles), sales:ship, sales:credit-release.
-- Unit prices per the line's unit, scale 5; money scale 2 (LineAmounts); quantities scale 3; percentages scale 4.
-- Allocated, backordered and shipped quantities of an order line are kept in the product's STOCK unit (what inventory
-- reserves and ships); the ordered quantity in the line's unit and, converted exactly, in the stock unit.

CREATE SEQUENCE sales_order_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_order_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_order_hold_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_shipment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_shipment_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_return_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_return_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sales_order (
    id                       bigint         PRIMARY KEY,
    number                   varchar(20)    NOT NULL UNIQUE,
    customer_id              bigint         NOT NULL REFERENCES crm_customer (id),
    status                   varchar(20)    NOT NULL CHECK (status IN ('DRAFT', 'CONFIRMED', 'ON_HOLD',
                                                'PARTIALLY_SHIPPED', 'SHIPPED', 'CANCELLED')),
    order_date               date           NOT NULL,
    currency                 varchar(3)     NOT NULL,
    requested_delivery_date  date,
    customer_po_reference    varchar(60),
    source_quotation_id      bigint         UNIQUE REFERENCES sales_quotation (id),
    warehouse_id             bigint         REFERENCES warehouse (id),
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
    net_total                numeric(19,2)  NOT NULL,
    tax_total                numeric(19,2)  NOT NULL,
    grand_total              numeric(19,2)  NOT NULL,
    line_count               integer        NOT NULL CHECK (line_count >= 0),
    confirmed_at             timestamp(6) with time zone,
    cancelled_at             timestamp(6) with time zone,
    created_by               varchar(100)   NOT NULL,
    version                  bigint         NOT NULL,
    created_at               timestamp(6) with time zone NOT NULL,
    updated_at               timestamp(6) with time zone NOT NULL
);
-- The order list: by customer and date, by date, by status and date (keyset on (order_date, id)); credit exposure
-- reads a customer's open orders by status.
CREATE INDEX sales_order_customer_date_idx ON sales_order (customer_id, order_date, id);
CREATE INDEX sales_order_date_idx ON sales_order (order_date, id);
CREATE INDEX sales_order_status_date_idx ON sales_order (status, order_date, id);
CREATE INDEX sales_order_customer_status_idx ON sales_order (customer_id, status);

CREATE TABLE sales_order_line (
    id                     bigint         PRIMARY KEY,
    order_id               bigint         NOT NULL REFERENCES sales_order (id),
    line_no                integer        NOT NULL,
    product_id             bigint         NOT NULL REFERENCES product (id),
    quantity               numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit                   varchar(3)     NOT NULL,
    stock_quantity         numeric(19,3)  NOT NULL CHECK (stock_quantity > 0),
    stock_unit             varchar(3)     NOT NULL,
    unit_price             numeric(19,5)  NOT NULL CHECK (unit_price >= 0),
    price_source           varchar(200)   NOT NULL,
    price_given            boolean        NOT NULL,
    discount_percent       numeric(7,4)   NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate_percent       numeric(7,4)   NOT NULL CHECK (tax_rate_percent >= 0),
    net_amount             numeric(19,2)  NOT NULL,
    tax_amount             numeric(19,2)  NOT NULL,
    status                 varchar(20)    NOT NULL CHECK (status IN ('OPEN', 'ALLOCATED', 'BACKORDERED', 'ON_HOLD',
                                              'SHIPPED', 'CANCELLED')),
    allocated_quantity     numeric(19,3)  NOT NULL CHECK (allocated_quantity >= 0),
    backordered_quantity   numeric(19,3)  NOT NULL CHECK (backordered_quantity >= 0),
    shipped_quantity       numeric(19,3)  NOT NULL CHECK (shipped_quantity >= 0),
    CHECK (allocated_quantity + backordered_quantity + shipped_quantity <= stock_quantity),
    UNIQUE (order_id, line_no)
);
CREATE INDEX sales_order_line_product_idx ON sales_order_line (product_id);
-- The backorder list.
CREATE INDEX sales_order_line_backordered_idx ON sales_order_line (order_id) WHERE backordered_quantity > 0;

-- Holds on an order (line_id NULL) or one line: raised by the credit check or a SalesOrderGate (compliance),
-- released (the order or line goes on) or rejected (the order or line is cancelled) by a user with a reason.
CREATE TABLE sales_order_hold (
    id               bigint         PRIMARY KEY,
    order_id         bigint         NOT NULL REFERENCES sales_order (id),
    line_id          bigint         REFERENCES sales_order_line (id),
    kind             varchar(20)    NOT NULL CHECK (kind IN ('CREDIT', 'LICENSE', 'DEA_SCHEDULE', 'SUSPICIOUS_ORDER')),
    reason           varchar(1000)  NOT NULL,
    status           varchar(10)    NOT NULL CHECK (status IN ('OPEN', 'RELEASED', 'REJECTED')),
    raised_at        timestamp(6) with time zone NOT NULL,
    raised_by        varchar(100)   NOT NULL,
    decided_by       varchar(100),
    decided_at       timestamp(6) with time zone,
    decision_reason  varchar(1000),
    CHECK ((status = 'OPEN') = (decided_at IS NULL))
);
CREATE INDEX sales_order_hold_order_idx ON sales_order_hold (order_id);

CREATE TABLE sales_shipment (
    id            bigint        PRIMARY KEY,
    number        varchar(20)   NOT NULL UNIQUE,
    order_id      bigint        NOT NULL REFERENCES sales_order (id),
    customer_id   bigint        NOT NULL REFERENCES crm_customer (id),
    status        varchar(10)   NOT NULL CHECK (status IN ('OPEN', 'SHIPPED')),
    created_on    date          NOT NULL,
    ship_date     date,
    created_by    varchar(100)  NOT NULL,
    confirmed_by  varchar(100),
    confirmed_at  timestamp(6) with time zone,
    version       bigint        NOT NULL,
    created_at    timestamp(6) with time zone NOT NULL
);
CREATE INDEX sales_shipment_order_idx ON sales_shipment (order_id);
CREATE INDEX sales_shipment_customer_idx ON sales_shipment (customer_id, created_on, id);
CREATE INDEX sales_shipment_date_idx ON sales_shipment (created_on, id);
-- At most one open (not yet confirmed) shipment per order.
CREATE UNIQUE INDEX sales_shipment_one_open_idx ON sales_shipment (order_id) WHERE status = 'OPEN';

-- One line per order line, lot and location: the pick list, following the allocation; quantity in the order
-- line's unit (scale 3) and in the stock unit.
CREATE TABLE sales_shipment_line (
    id              bigint         PRIMARY KEY,
    shipment_id     bigint         NOT NULL REFERENCES sales_shipment (id),
    order_line_id   bigint         NOT NULL REFERENCES sales_order_line (id),
    order_line_no   integer        NOT NULL,
    product_id      bigint         NOT NULL REFERENCES product (id),
    reservation_id  bigint         NOT NULL,
    lot_id          bigint         NOT NULL REFERENCES lot (id),
    lot_number      varchar(40)    NOT NULL,
    expiry_date     date,
    location_id     bigint         NOT NULL REFERENCES storage_location (id),
    warehouse_code  varchar(20)    NOT NULL,
    location_code   varchar(30)    NOT NULL,
    quantity        numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit            varchar(3)     NOT NULL,
    stock_quantity  numeric(19,3)  NOT NULL CHECK (stock_quantity > 0),
    stock_unit      varchar(3)     NOT NULL
);
CREATE INDEX sales_shipment_line_shipment_idx ON sales_shipment_line (shipment_id);
CREATE INDEX sales_shipment_line_lot_idx ON sales_shipment_line (lot_id);

CREATE TABLE sales_return (
    id           bigint         PRIMARY KEY,
    number       varchar(20)    NOT NULL UNIQUE,
    shipment_id  bigint         NOT NULL REFERENCES sales_shipment (id),
    order_id     bigint         NOT NULL REFERENCES sales_order (id),
    customer_id  bigint         NOT NULL REFERENCES crm_customer (id),
    return_date  date           NOT NULL,
    reason       varchar(1000)  NOT NULL,
    created_by   varchar(100)   NOT NULL,
    created_at   timestamp(6) with time zone NOT NULL
);
CREATE INDEX sales_return_shipment_idx ON sales_return (shipment_id);
CREATE INDEX sales_return_customer_idx ON sales_return (customer_id, return_date, id);

CREATE TABLE sales_return_line (
    id                bigint         PRIMARY KEY,
    return_id         bigint         NOT NULL REFERENCES sales_return (id),
    shipment_line_id  bigint         NOT NULL REFERENCES sales_shipment_line (id),
    order_line_no     integer        NOT NULL,
    product_id        bigint         NOT NULL REFERENCES product (id),
    lot_id            bigint         NOT NULL REFERENCES lot (id),
    lot_number        varchar(40)    NOT NULL,
    quantity          numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit              varchar(3)     NOT NULL,
    stock_quantity    numeric(19,3)  NOT NULL CHECK (stock_quantity > 0),
    location_id       bigint         NOT NULL REFERENCES storage_location (id),
    movement_id       bigint         NOT NULL
);
CREATE INDEX sales_return_line_shipment_line_idx ON sales_return_line (shipment_line_id);

-- Permissions (see PermissionMatrix.MODULE_ACTIONS; V9 granted sales:order to ADMIN only).
--   sales:order           enter, confirm, change and cancel sales orders, book customer returns
--   sales:ship            create and confirm shipments (pick list, packing slip)
--   sales:credit-release  release or reject a CREDIT hold
INSERT INTO role_permission (role, module, action) VALUES
    ('MANAGER', 'sales', 'order'), ('SALES', 'sales', 'order'), ('INTEGRATION', 'sales', 'order'),
    ('ADMIN', 'sales', 'ship'), ('MANAGER', 'sales', 'ship'), ('WAREHOUSE', 'sales', 'ship'),
    ('ADMIN', 'sales', 'credit-release'), ('FINANCE', 'sales', 'credit-release');
