-- Catalog for stock keeping: storage condition, shelf life, status, serialisation, quality release, and the
-- units of measure a product is stocked, bought and sold in.
-- Units are ASC X12 unit-of-measure codes (element 355), as used on EDI 850/856 by US drug wholesalers:
-- EA each, BX box, CA case, BO bottle, PK package, CT carton, VI vial, TU tube, KT kit, ML millilitre, GM gram.
-- The stock unit is the unit stock is counted in (one package NDC = EA by default); every other unit converts to
-- it by a factor (BX = 30 EA). Quantities on documents carry their unit; stock is kept in the stock unit.

ALTER TABLE product
    ADD COLUMN storage_condition         varchar(20) NOT NULL DEFAULT 'ROOM_TEMPERATURE'
        CHECK (storage_condition IN ('ROOM_TEMPERATURE', 'REFRIGERATED', 'FROZEN')),
    ADD COLUMN shelf_life_days           integer CHECK (shelf_life_days IS NULL OR shelf_life_days > 0),
    ADD COLUMN status                    varchar(20) NOT NULL DEFAULT 'ACTIVE'
        CHECK (status IN ('ACTIVE', 'DISCONTINUED')),
    ADD COLUMN serialised                boolean NOT NULL DEFAULT false,
    ADD COLUMN quality_release_required  boolean NOT NULL DEFAULT false,
    ADD COLUMN stock_unit                varchar(3) NOT NULL DEFAULT 'EA',
    ADD COLUMN purchase_unit             varchar(3) NOT NULL DEFAULT 'EA',
    ADD COLUMN sales_unit                varchar(3) NOT NULL DEFAULT 'EA';

ALTER TABLE product_aud
    ADD COLUMN storage_condition         varchar(20),
    ADD COLUMN shelf_life_days           integer,
    ADD COLUMN status                    varchar(20),
    ADD COLUMN serialised                boolean,
    ADD COLUMN quality_release_required  boolean,
    ADD COLUMN stock_unit                varchar(3),
    ADD COLUMN purchase_unit             varchar(3),
    ADD COLUMN sales_unit                varchar(3);

CREATE SEQUENCE product_unit_seq START WITH 1 INCREMENT BY 50;

-- Conversions to the stock unit: one row per unit other than the stock unit (stock unit factor is 1, implied).
CREATE TABLE product_unit (
    id                    bigint        PRIMARY KEY,
    product_id            bigint        NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    unit                  varchar(3)    NOT NULL,
    stock_units_per_unit  numeric(19,3) NOT NULL CHECK (stock_units_per_unit > 0),
    UNIQUE (product_id, unit)
);

CREATE TABLE product_unit_aud (
    id                    bigint       NOT NULL,
    rev                   bigint       NOT NULL REFERENCES audit_revision (id),
    revtype               smallint,
    product_id            bigint,
    unit                  varchar(3),
    stock_units_per_unit  numeric(19,3),
    PRIMARY KEY (id, rev)
);

-- Permissions of the inventory and procurement modules (see PermissionMatrix.MODULE_ACTIONS).
--   catalog:edit          maintain products (fields, units, status)
--   inventory:view        stock, lots, ledger, ATP, reports
--   inventory:move        transfers, put-away, picks
--   inventory:adjust      cycle counts and adjustments with reason codes, warehouses and locations
--   inventory:release     quality release of quarantined lots, quarantine/damage of lots (QA function)
--   procurement:view      suppliers, purchase orders, receipts, supplier invoices, reorder suggestions
--   procurement:order     suppliers and purchase orders
--   procurement:receive   goods receipts
--   procurement:invoice   supplier invoices and three-way match
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'catalog', 'edit'),
    ('ADMIN', 'inventory', 'view'), ('ADMIN', 'inventory', 'move'), ('ADMIN', 'inventory', 'adjust'),
    ('ADMIN', 'inventory', 'release'),
    ('ADMIN', 'procurement', 'view'), ('ADMIN', 'procurement', 'order'), ('ADMIN', 'procurement', 'receive'),
    ('ADMIN', 'procurement', 'invoice'),
    ('MANAGER', 'catalog', 'edit'), ('MANAGER', 'inventory', 'view'), ('MANAGER', 'procurement', 'view'),
    ('SALES', 'inventory', 'view'),
    ('WAREHOUSE', 'inventory', 'view'), ('WAREHOUSE', 'inventory', 'move'), ('WAREHOUSE', 'inventory', 'adjust'),
    ('WAREHOUSE', 'procurement', 'view'), ('WAREHOUSE', 'procurement', 'receive'),
    ('PROCUREMENT', 'catalog', 'edit'), ('PROCUREMENT', 'inventory', 'view'),
    ('PROCUREMENT', 'procurement', 'view'), ('PROCUREMENT', 'procurement', 'order'),
    ('FINANCE', 'inventory', 'view'), ('FINANCE', 'procurement', 'view'), ('FINANCE', 'procurement', 'invoice'),
    ('COMPLIANCE', 'inventory', 'view'), ('COMPLIANCE', 'inventory', 'release'), ('COMPLIANCE', 'procurement', 'view'),
    ('INTEGRATION', 'inventory', 'view'), ('INTEGRATION', 'procurement', 'view');
