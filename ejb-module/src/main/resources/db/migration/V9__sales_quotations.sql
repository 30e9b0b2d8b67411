-- Sales, part 1: pricing (price lists with quantity breaks, customer/GPO contracts with validity dates) and
-- quotations (lines, status life cycle, totals kept on the header); Envers audit tables; permissions sales:*.
-- Unit prices per sales unit, scale 5; money scale 2 (LineAmounts); quantities scale 3; percentages scale 4.

CREATE SEQUENCE sales_price_list_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_price_list_item_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_contract_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_contract_price_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_quotation_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sales_quotation_line_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE sales_price_list (
    id          bigint        PRIMARY KEY,
    code        varchar(60)   NOT NULL UNIQUE,
    name        varchar(200)  NOT NULL,
    basis       varchar(400),
    version     bigint        NOT NULL,
    updated_at  timestamp(6) with time zone NOT NULL
);

CREATE TABLE sales_price_list_aud (
    id       bigint       NOT NULL,
    rev      bigint       NOT NULL REFERENCES audit_revision (id),
    revtype  smallint,
    code     varchar(60),
    name     varchar(200),
    basis    varchar(400),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_price_list_item (
    id             bigint         PRIMARY KEY,
    price_list_id  bigint         NOT NULL REFERENCES sales_price_list (id),
    product_id     bigint         NOT NULL REFERENCES product (id),
    min_quantity   numeric(19,3)  NOT NULL CHECK (min_quantity >= 0),
    unit_price     numeric(19,5)  NOT NULL CHECK (unit_price >= 0),
    UNIQUE (price_list_id, product_id, min_quantity)
);
CREATE INDEX sales_price_list_item_product_idx ON sales_price_list_item (product_id);

CREATE TABLE sales_price_list_item_aud (
    id             bigint        NOT NULL,
    rev            bigint        NOT NULL REFERENCES audit_revision (id),
    revtype        smallint,
    price_list_id  bigint,
    product_id     bigint,
    min_quantity   numeric(19,3),
    unit_price     numeric(19,5),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_contract (
    id           bigint        PRIMARY KEY,
    code         varchar(60)   NOT NULL UNIQUE,
    name         varchar(200)  NOT NULL,
    gpo          varchar(100),
    customer_id  bigint        REFERENCES crm_customer (id),
    valid_from   date          NOT NULL,
    valid_to     date          NOT NULL,
    version      bigint        NOT NULL,
    updated_at   timestamp(6) with time zone NOT NULL,
    CHECK ((gpo IS NULL) <> (customer_id IS NULL)),
    CHECK (valid_to >= valid_from)
);
CREATE INDEX sales_contract_gpo_idx ON sales_contract (gpo);
CREATE INDEX sales_contract_customer_idx ON sales_contract (customer_id);

CREATE TABLE sales_contract_aud (
    id           bigint        NOT NULL,
    rev          bigint        NOT NULL REFERENCES audit_revision (id),
    revtype      smallint,
    code         varchar(60),
    name         varchar(200),
    gpo          varchar(100),
    customer_id  bigint,
    valid_from   date,
    valid_to     date,
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_contract_price (
    id           bigint         PRIMARY KEY,
    contract_id  bigint         NOT NULL REFERENCES sales_contract (id),
    product_id   bigint         NOT NULL REFERENCES product (id),
    unit_price   numeric(19,5)  NOT NULL CHECK (unit_price >= 0),
    UNIQUE (contract_id, product_id)
);
CREATE INDEX sales_contract_price_product_idx ON sales_contract_price (product_id);

CREATE TABLE sales_contract_price_aud (
    id           bigint        NOT NULL,
    rev          bigint        NOT NULL REFERENCES audit_revision (id),
    revtype      smallint,
    contract_id  bigint,
    product_id   bigint,
    unit_price   numeric(19,5),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_quotation (
    id           bigint         PRIMARY KEY,
    number       varchar(20)    NOT NULL UNIQUE,
    customer_id  bigint         NOT NULL REFERENCES crm_customer (id),
    status       varchar(10)    NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED')),
    quoted_on    date           NOT NULL,
    valid_until  date           NOT NULL,
    currency     varchar(3)     NOT NULL,
    net_total    numeric(19,2)  NOT NULL,
    tax_total    numeric(19,2)  NOT NULL,
    grand_total  numeric(19,2)  NOT NULL,
    line_count   integer        NOT NULL CHECK (line_count >= 0),
    sent_at      timestamp(6) with time zone,
    decided_at   timestamp(6) with time zone,
    created_by   varchar(100)   NOT NULL,
    version      bigint         NOT NULL,
    created_at   timestamp(6) with time zone NOT NULL,
    updated_at   timestamp(6) with time zone NOT NULL
);
-- The quotation list: by customer and date, by date, by status and date (keyset on (quoted_on, id)).
CREATE INDEX sales_quotation_customer_date_idx ON sales_quotation (customer_id, quoted_on, id);
CREATE INDEX sales_quotation_date_idx ON sales_quotation (quoted_on, id);
CREATE INDEX sales_quotation_status_date_idx ON sales_quotation (status, quoted_on, id);

CREATE TABLE sales_quotation_aud (
    id           bigint         NOT NULL,
    rev          bigint         NOT NULL REFERENCES audit_revision (id),
    revtype      smallint,
    number       varchar(20),
    customer_id  bigint,
    status       varchar(10),
    quoted_on    date,
    valid_until  date,
    currency     varchar(3),
    net_total    numeric(19,2),
    tax_total    numeric(19,2),
    grand_total  numeric(19,2),
    line_count   integer,
    sent_at      timestamp(6) with time zone,
    decided_at   timestamp(6) with time zone,
    created_by   varchar(100),
    PRIMARY KEY (id, rev)
);

CREATE TABLE sales_quotation_line (
    id                bigint         PRIMARY KEY,
    quotation_id      bigint         NOT NULL REFERENCES sales_quotation (id),
    line_no           integer        NOT NULL,
    product_id        bigint         NOT NULL REFERENCES product (id),
    quantity          numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit              varchar(3)     NOT NULL,
    unit_price        numeric(19,5)  NOT NULL,
    price_source      varchar(200)   NOT NULL,
    discount_percent  numeric(7,4)   NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate_percent  numeric(7,4)   NOT NULL CHECK (tax_rate_percent >= 0),
    net_amount        numeric(19,2)  NOT NULL,
    tax_amount        numeric(19,2)  NOT NULL,
    UNIQUE (quotation_id, line_no)
);
CREATE INDEX sales_quotation_line_quotation_product_idx ON sales_quotation_line (quotation_id, product_id);
CREATE INDEX sales_quotation_line_product_idx ON sales_quotation_line (product_id);

CREATE TABLE sales_quotation_line_aud (
    id                bigint         NOT NULL,
    rev               bigint         NOT NULL REFERENCES audit_revision (id),
    revtype           smallint,
    quotation_id      bigint,
    line_no           integer,
    product_id        bigint,
    quantity          numeric(19,3),
    unit              varchar(3),
    unit_price        numeric(19,5),
    price_source      varchar(200),
    discount_percent  numeric(7,4),
    tax_rate_percent  numeric(7,4),
    net_amount        numeric(19,2),
    tax_amount        numeric(19,2),
    PRIMARY KEY (id, rev)
);

-- Permissions of the sales module (see PermissionMatrix.MODULE_ACTIONS).
--   sales:view   price lookup, price lists, contracts, quotations
--   sales:quote  create, edit, send, accept and reject quotations
--   sales:order  sales orders (later)
--   sales:price  maintain price lists and contracts
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'sales', 'view'), ('ADMIN', 'sales', 'quote'), ('ADMIN', 'sales', 'order'), ('ADMIN', 'sales', 'price'),
    ('MANAGER', 'sales', 'view'), ('MANAGER', 'sales', 'quote'), ('MANAGER', 'sales', 'price'),
    ('SALES', 'sales', 'view'), ('SALES', 'sales', 'quote'),
    ('FINANCE', 'sales', 'view'), ('FINANCE', 'sales', 'price'),
    ('COMPLIANCE', 'sales', 'view'),
    ('INTEGRATION', 'sales', 'view'), ('INTEGRATION', 'sales', 'quote'),
    ('WAREHOUSE', 'sales', 'view'),
    ('PROCUREMENT', 'sales', 'view');
