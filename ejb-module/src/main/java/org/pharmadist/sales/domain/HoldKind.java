package org.pharmadist.sales.domain;

/**
 * Why an order or order line is held. CREDIT is raised by the sales credit check; the others by compliance through
 * {@link org.pharmadist.sales.application.SalesOrderGate}. Each kind names the permission needed to release or
 * reject it.
 */
public enum HoldKind {
    /** Credit exposure would exceed the customer's credit limit. Released by sales:credit-release (FINANCE, ADMIN). */
    CREDIT("sales", "credit-release"),
    /** A state pharmacy license is missing or expired. */
    LICENSE("compliance", "release"),
    /** A DEA registration does not cover the product's controlled-substance schedule. */
    DEA_SCHEDULE("compliance", "release"),
    /** Suspicious order monitoring (21 CFR 1301.74(b)): unusual size, pattern or frequency. */
    SUSPICIOUS_ORDER("compliance", "release"),
    /**
     * A schedule I/II line on an order without its DEA Form 222 / CSOS order number (21 CFR 1305.03). Released by
     * recording the form (sales:order), never by a decision alone; rejecting it cancels the line (sales:order).
     */
    DEA_ORDER_FORM("sales", "order");

    private final String module;
    private final String action;

    HoldKind(String module, String action) {
        this.module = module;
        this.action = action;
    }

    /** Module of the permission that releases or rejects this kind of hold. */
    public String releaseModule() {
        return module;
    }

    /** Action of that permission. */
    public String releaseAction() {
        return action;
    }
}
