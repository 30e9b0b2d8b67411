package org.pharmadist.platform.security;

/**
 * The roles of PharmaDist users. A user may hold several; what each may do is in the permission
 * matrix ({@link PermissionMatrix}), kept as data and edited by ADMIN.
 */
public enum Role {
    /** Administers users, roles, permissions and API tokens. */
    ADMIN,
    /** Branch or business manager: approvals, reports. */
    MANAGER,
    /** Sales desk: customers, quotations, orders. */
    SALES,
    /** Warehouse: receipts, picking, shipping, stock. */
    WAREHOUSE,
    /** Purchasing: suppliers, purchase orders. */
    PROCUREMENT,
    /** Finance: invoices, payments, credit. */
    FINANCE,
    /** Compliance and quality: licenses, DEA, recalls, suspicious orders, audit. */
    COMPLIANCE,
    /** A machine client (integration) using an API token. */
    INTEGRATION;

    /** All role names, for {@code @DeclareRoles}-style listings. */
    public static final String[] NAMES = {"ADMIN", "MANAGER", "SALES", "WAREHOUSE", "PROCUREMENT", "FINANCE",
        "COMPLIANCE", "INTEGRATION"};
}
