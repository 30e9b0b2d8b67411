-- Inventory: warehouses, locations (bins), lots, serial numbers (DSCSA), stock balances by lot and location,
-- the append-only stock movement ledger, reservations of demands (FEFO allocation), lot status decisions and
-- the moving average cost per product.
-- Quantities are in the product's stock unit (product.stock_unit), numeric(19,3); costs numeric(19,5).

CREATE SEQUENCE warehouse_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE storage_location_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE lot_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE serial_number_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE stock_balance_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE stock_movement_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE stock_reservation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE lot_status_decision_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE warehouse (
    id          bigint        PRIMARY KEY,
    code        varchar(20)   NOT NULL UNIQUE,
    name        varchar(200)  NOT NULL,
    address     varchar(500),
    time_zone   varchar(60),
    version     bigint        NOT NULL DEFAULT 0
);

CREATE TABLE warehouse_aud (
    id          bigint        NOT NULL,
    rev         bigint        NOT NULL REFERENCES audit_revision (id),
    revtype     smallint,
    code        varchar(20),
    name        varchar(200),
    address     varchar(500),
    time_zone   varchar(60),
    PRIMARY KEY (id, rev)
);

CREATE TABLE storage_location (
    id                 bigint       PRIMARY KEY,
    warehouse_id       bigint       NOT NULL REFERENCES warehouse (id),
    code               varchar(30)  NOT NULL,
    storage_condition  varchar(20)  NOT NULL CHECK (storage_condition IN ('ROOM_TEMPERATURE', 'REFRIGERATED', 'FROZEN')),
    location_type      varchar(20)  NOT NULL CHECK (location_type IN ('RECEIVING', 'STORAGE', 'QUARANTINE', 'SHIPPING')),
    active             boolean      NOT NULL DEFAULT true,
    version            bigint       NOT NULL DEFAULT 0,
    UNIQUE (warehouse_id, code)
);

CREATE TABLE storage_location_aud (
    id                 bigint       NOT NULL,
    rev                bigint       NOT NULL REFERENCES audit_revision (id),
    revtype            smallint,
    warehouse_id       bigint,
    code               varchar(30),
    storage_condition  varchar(20),
    location_type      varchar(20),
    active             boolean,
    PRIMARY KEY (id, rev)
);

-- A lot (batch) of one product. expiry_date is the last day the lot may be sold (a month-year expiry is the last
-- day of that month); null only for non-prescription products without a printed expiry.
CREATE TABLE lot (
    id             bigint        PRIMARY KEY,
    product_id     bigint        NOT NULL REFERENCES product (id),
    lot_number     varchar(40)   NOT NULL,
    expiry_date    date,
    manufacturer   varchar(1000),
    received_date  date          NOT NULL,
    status         varchar(20)   NOT NULL CHECK (status IN ('AVAILABLE', 'QUARANTINE', 'EXPIRED', 'RECALLED', 'DAMAGED')),
    version        bigint        NOT NULL DEFAULT 0,
    UNIQUE (product_id, lot_number)
);
CREATE INDEX lot_expiry_idx ON lot (expiry_date);

CREATE TABLE lot_aud (
    id             bigint        NOT NULL,
    rev            bigint        NOT NULL REFERENCES audit_revision (id),
    revtype        smallint,
    product_id     bigint,
    lot_number     varchar(40),
    expiry_date    date,
    manufacturer   varchar(1000),
    received_date  date,
    status         varchar(20),
    PRIMARY KEY (id, rev)
);

-- Decisions on a lot's status (quarantine, quality release, damage, recall, expiry), with who, when and why.
CREATE TABLE lot_status_decision (
    id            bigint        PRIMARY KEY,
    lot_id        bigint        NOT NULL REFERENCES lot (id),
    from_status   varchar(20)   NOT NULL,
    to_status     varchar(20)   NOT NULL,
    reason        varchar(1000) NOT NULL,
    decided_by    varchar(100)  NOT NULL,
    decided_at    timestamp(6) with time zone NOT NULL
);
CREATE INDEX lot_status_decision_lot_idx ON lot_status_decision (lot_id);

-- Stock on hand and reserved per lot and location, in the product's stock unit. Only ever changed together with a
-- stock_movement row in the same transaction.
CREATE TABLE stock_balance (
    id           bigint         PRIMARY KEY,
    lot_id       bigint         NOT NULL REFERENCES lot (id),
    location_id  bigint         NOT NULL REFERENCES storage_location (id),
    product_id   bigint         NOT NULL REFERENCES product (id),
    on_hand      numeric(19,3)  NOT NULL DEFAULT 0,
    reserved     numeric(19,3)  NOT NULL DEFAULT 0,
    CONSTRAINT stock_balance_quantities_check CHECK (on_hand >= 0 AND reserved >= 0 AND reserved <= on_hand),
    UNIQUE (lot_id, location_id)
);
CREATE INDEX stock_balance_product_idx ON stock_balance (product_id);
CREATE INDEX stock_balance_location_idx ON stock_balance (location_id);

-- The stock ledger: one row per movement, never updated or deleted (trigger below).
--   quantity         the movement as its type states it, signed (RECEIPT +10, SHIPMENT -5, ALLOCATION +5 ...)
--   on_hand_change   its effect on stock_balance.on_hand
--   reserved_change  its effect on stock_balance.reserved
-- so for every balance: on_hand = sum(on_hand_change), reserved = sum(reserved_change).
CREATE TABLE stock_movement (
    id                  bigint         PRIMARY KEY,
    movement_type       varchar(20)    NOT NULL CHECK (movement_type IN ('RECEIPT', 'ALLOCATION', 'DEALLOCATION', 'PICK',
                                          'SHIPMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'ADJUSTMENT', 'RETURN')),
    product_id          bigint         NOT NULL REFERENCES product (id),
    lot_id              bigint         NOT NULL REFERENCES lot (id),
    location_id         bigint         NOT NULL REFERENCES storage_location (id),
    quantity            numeric(19,3)  NOT NULL,
    on_hand_change      numeric(19,3)  NOT NULL,
    reserved_change     numeric(19,3)  NOT NULL,
    unit                varchar(3)     NOT NULL,
    reason_code         varchar(30),
    reference_document  varchar(100),
    actor               varchar(100)   NOT NULL,
    occurred_at         timestamp(6) with time zone NOT NULL,
    CONSTRAINT stock_movement_adjustment_reason_check CHECK (movement_type <> 'ADJUSTMENT' OR reason_code IS NOT NULL)
);
CREATE INDEX stock_movement_lot_idx ON stock_movement (lot_id, id);
CREATE INDEX stock_movement_product_idx ON stock_movement (product_id, id);

CREATE FUNCTION stock_movement_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'stock_movement is an append-only ledger: % refused', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER stock_movement_no_update_or_delete
    BEFORE UPDATE OR DELETE ON stock_movement
    FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only();
CREATE TRIGGER stock_movement_no_truncate
    BEFORE TRUNCATE ON stock_movement
    FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_append_only();

-- Stock reserved for a demand (e.g. "SO-123/2") by FEFO allocation, then picked and shipped.
CREATE TABLE stock_reservation (
    id                bigint         PRIMARY KEY,
    demand_reference  varchar(100)   NOT NULL,
    balance_id        bigint         NOT NULL REFERENCES stock_balance (id),
    product_id        bigint         NOT NULL REFERENCES product (id),
    lot_id            bigint         NOT NULL REFERENCES lot (id),
    location_id       bigint         NOT NULL REFERENCES storage_location (id),
    quantity          numeric(19,3)  NOT NULL CHECK (quantity > 0),
    picked_quantity   numeric(19,3)  NOT NULL DEFAULT 0 CHECK (picked_quantity >= 0 AND picked_quantity <= quantity),
    status            varchar(20)    NOT NULL CHECK (status IN ('ALLOCATED', 'PICKED', 'SHIPPED', 'RELEASED')),
    created_at        timestamp(6) with time zone NOT NULL,
    version           bigint         NOT NULL DEFAULT 0
);
CREATE INDEX stock_reservation_demand_idx ON stock_reservation (demand_reference);

-- Serial numbers of serialised products (DSCSA product identifier, 21 U.S.C. 360eee(14)): one per package.
CREATE TABLE serial_number (
    id              bigint        PRIMARY KEY,
    product_id      bigint        NOT NULL REFERENCES product (id),
    serial          varchar(20)   NOT NULL,
    lot_id          bigint        NOT NULL REFERENCES lot (id),
    location_id     bigint        NOT NULL REFERENCES storage_location (id),
    status          varchar(20)   NOT NULL CHECK (status IN ('IN_STOCK', 'PICKED', 'SHIPPED')),
    reservation_id  bigint        REFERENCES stock_reservation (id),
    received_at     timestamp(6) with time zone NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    UNIQUE (product_id, serial)
);
CREATE INDEX serial_number_lot_idx ON serial_number (lot_id);

-- Moving average cost per product (per stock unit, company currency), updated on every receipt.
CREATE TABLE product_cost (
    product_id    bigint         PRIMARY KEY REFERENCES product (id),
    average_cost  numeric(19,5)  NOT NULL CHECK (average_cost >= 0),
    updated_at    timestamp(6) with time zone NOT NULL
);
