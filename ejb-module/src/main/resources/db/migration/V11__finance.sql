-- Finance: customer invoices (one per confirmed shipment), credit notes (customer returns, manual credits),
-- customer payments with their allocations to invoices; permissions finance:*.
-- Money scale 2 (LineAmounts); unit prices scale 5; quantities scale 3; percentages scale 4.
-- Credit note amounts are stored negative (each line's absolute amount rounded HALF_UP, then negated); a credit
-- note is always applied in full to its invoice (credited_total); what the customer had already paid above the
-- new balance goes back to the payments' unallocated credit.
-- The invoice header keeps its running figures (credited, paid, open balance) so lists, aging and the
-- receivables exposure never aggregate lines.

CREATE SEQUENCE finance_invoice_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finance_invoice_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finance_credit_note_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finance_credit_note_line_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finance_payment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE finance_allocation_seq START WITH 1 INCREMENT BY 50;

-- Document numbers per kind and year: INV-2026-000001, CN-2026-000001, PAY-2026-000001 (gap-free per year;
-- the counter row is locked by the numbering transaction).
CREATE TABLE finance_number_counter (
    kind       varchar(4)  NOT NULL,
    year       integer     NOT NULL,
    last_value integer     NOT NULL,
    PRIMARY KEY (kind, year)
);

CREATE TABLE finance_invoice (
    id                  bigint         PRIMARY KEY,
    number              varchar(20)    NOT NULL UNIQUE,
    shipment_id         bigint         NOT NULL UNIQUE,
    shipment_number     varchar(30)    NOT NULL,
    sales_order_id      bigint         NOT NULL,
    order_number        varchar(30)    NOT NULL,
    customer_id         bigint         NOT NULL REFERENCES crm_customer (id),
    invoice_date        date           NOT NULL,
    due_date            date           NOT NULL,
    payment_terms_days  integer        NOT NULL CHECK (payment_terms_days >= 0),
    currency            varchar(3)     NOT NULL,
    net_total           numeric(19,2)  NOT NULL,
    tax_total           numeric(19,2)  NOT NULL,
    grand_total         numeric(19,2)  NOT NULL CHECK (grand_total >= 0),
    credited_total      numeric(19,2)  NOT NULL CHECK (credited_total >= 0),
    paid_total          numeric(19,2)  NOT NULL CHECK (paid_total >= 0),
    open_balance        numeric(19,2)  NOT NULL CHECK (open_balance >= 0),
    status              varchar(15)    NOT NULL CHECK (status IN ('OPEN', 'PARTIALLY_PAID', 'PAID', 'CREDITED')),
    line_count          integer        NOT NULL,
    version             bigint         NOT NULL,
    created_at          timestamp(6) with time zone NOT NULL,
    updated_at          timestamp(6) with time zone NOT NULL,
    CHECK (due_date >= invoice_date),
    CHECK (open_balance = grand_total - credited_total - paid_total)
);
-- Lists by customer and date, by date; aging and overdue over open invoices by due date.
CREATE INDEX finance_invoice_customer_date_idx ON finance_invoice (customer_id, invoice_date, id);
CREATE INDEX finance_invoice_date_idx ON finance_invoice (invoice_date, id);
CREATE INDEX finance_invoice_open_due_idx ON finance_invoice (due_date, id) WHERE open_balance > 0;

CREATE TABLE finance_invoice_line (
    id                 bigint         PRIMARY KEY,
    invoice_id         bigint         NOT NULL REFERENCES finance_invoice (id),
    line_no            integer        NOT NULL,
    order_line_number  integer        NOT NULL,
    product_id         bigint         NOT NULL,
    ndc                varchar(13)    NOT NULL,
    product_name       varchar(300)   NOT NULL,
    lot_id             bigint         NOT NULL,
    lot_number         varchar(60)    NOT NULL,
    expiry_date        date           NOT NULL,
    quantity           numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit               varchar(3)     NOT NULL,
    unit_price         numeric(19,5)  NOT NULL CHECK (unit_price >= 0),
    discount_percent   numeric(7,4)   NOT NULL CHECK (discount_percent BETWEEN 0 AND 100),
    tax_rate_percent   numeric(7,4)   NOT NULL CHECK (tax_rate_percent >= 0),
    net_amount         numeric(19,2)  NOT NULL,
    tax_amount         numeric(19,2)  NOT NULL,
    credited_quantity  numeric(19,3)  NOT NULL CHECK (credited_quantity >= 0 AND credited_quantity <= quantity),
    credited_net       numeric(19,2)  NOT NULL CHECK (credited_net >= 0),
    credited_tax       numeric(19,2)  NOT NULL CHECK (credited_tax >= 0),
    UNIQUE (invoice_id, line_no)
);
CREATE INDEX finance_invoice_line_lot_idx ON finance_invoice_line (invoice_id, order_line_number, lot_id);

CREATE TABLE finance_credit_note (
    id              bigint         PRIMARY KEY,
    number          varchar(20)    NOT NULL UNIQUE,
    invoice_id      bigint         NOT NULL REFERENCES finance_invoice (id),
    customer_id     bigint         NOT NULL REFERENCES crm_customer (id),
    kind            varchar(10)    NOT NULL CHECK (kind IN ('RETURN', 'MANUAL')),
    return_id       bigint         UNIQUE,
    return_number   varchar(30),
    credit_date     date           NOT NULL,
    reason          varchar(500)   NOT NULL,
    currency        varchar(3)     NOT NULL,
    net_total       numeric(19,2)  NOT NULL CHECK (net_total <= 0),
    tax_total       numeric(19,2)  NOT NULL CHECK (tax_total <= 0),
    grand_total     numeric(19,2)  NOT NULL CHECK (grand_total < 0),
    created_by      varchar(100)   NOT NULL,
    created_at      timestamp(6) with time zone NOT NULL,
    CHECK ((kind = 'RETURN') = (return_id IS NOT NULL))
);
CREATE INDEX finance_credit_note_customer_date_idx ON finance_credit_note (customer_id, credit_date, id);
CREATE INDEX finance_credit_note_invoice_idx ON finance_credit_note (invoice_id);

CREATE TABLE finance_credit_note_line (
    id                bigint         PRIMARY KEY,
    credit_note_id    bigint         NOT NULL REFERENCES finance_credit_note (id),
    line_no           integer        NOT NULL,
    invoice_line_id   bigint         NOT NULL REFERENCES finance_invoice_line (id),
    product_id        bigint         NOT NULL,
    ndc               varchar(13)    NOT NULL,
    product_name      varchar(300)   NOT NULL,
    lot_number        varchar(60)    NOT NULL,
    expiry_date       date           NOT NULL,
    quantity          numeric(19,3)  NOT NULL CHECK (quantity > 0),
    unit              varchar(3)     NOT NULL,
    unit_price        numeric(19,5)  NOT NULL,
    discount_percent  numeric(7,4)   NOT NULL,
    tax_rate_percent  numeric(7,4)   NOT NULL,
    net_amount        numeric(19,2)  NOT NULL CHECK (net_amount <= 0),
    tax_amount        numeric(19,2)  NOT NULL CHECK (tax_amount <= 0),
    UNIQUE (credit_note_id, line_no)
);

CREATE TABLE finance_payment (
    id                  bigint         PRIMARY KEY,
    number              varchar(20)    NOT NULL UNIQUE,
    customer_id         bigint         NOT NULL REFERENCES crm_customer (id),
    payment_date        date           NOT NULL,
    amount              numeric(19,2)  NOT NULL CHECK (amount > 0),
    currency            varchar(3)     NOT NULL,
    method              varchar(10)    NOT NULL CHECK (method IN ('ACH', 'WIRE', 'CHECK', 'CARD', 'CASH')),
    reference           varchar(100),
    allocated_amount    numeric(19,2)  NOT NULL CHECK (allocated_amount >= 0),
    unallocated_amount  numeric(19,2)  NOT NULL CHECK (unallocated_amount >= 0),
    created_by          varchar(100)   NOT NULL,
    version             bigint         NOT NULL,
    created_at          timestamp(6) with time zone NOT NULL,
    CHECK (allocated_amount + unallocated_amount = amount)
);
CREATE INDEX finance_payment_customer_date_idx ON finance_payment (customer_id, payment_date, id);
CREATE INDEX finance_payment_credit_idx ON finance_payment (customer_id, payment_date, id) WHERE unallocated_amount > 0;

-- One allocation of (part of) a payment to one invoice, on a date (the payment date, or the later day the
-- customer's credit was applied). A negative row releases an earlier allocation back to the payment's
-- unallocated credit, when a credit note lowers an invoice below what was already paid on it.
CREATE TABLE finance_payment_allocation (
    id            bigint         PRIMARY KEY,
    payment_id    bigint         NOT NULL REFERENCES finance_payment (id),
    invoice_id    bigint         NOT NULL REFERENCES finance_invoice (id),
    amount        numeric(19,2)  NOT NULL CHECK (amount <> 0),
    note          varchar(200),
    allocated_on  date           NOT NULL,
    created_at    timestamp(6) with time zone NOT NULL
);
CREATE INDEX finance_payment_allocation_payment_idx ON finance_payment_allocation (payment_id);
CREATE INDEX finance_payment_allocation_invoice_idx ON finance_payment_allocation (invoice_id, allocated_on);

-- Permissions of the finance module (see PermissionMatrix.MODULE_ACTIONS).
--   finance:view     invoices, credit notes, payments, aging, statements, overdue list, PDFs
--   finance:invoice  manual credit notes
--   finance:payment  record payments and apply customer credit
INSERT INTO role_permission (role, module, action) VALUES
    ('ADMIN', 'finance', 'view'), ('ADMIN', 'finance', 'invoice'), ('ADMIN', 'finance', 'payment'),
    ('MANAGER', 'finance', 'view'),
    ('FINANCE', 'finance', 'view'), ('FINANCE', 'finance', 'invoice'), ('FINANCE', 'finance', 'payment'),
    ('SALES', 'finance', 'view'),
    ('COMPLIANCE', 'finance', 'view');
