package org.pharmadist.crm.application;

import java.io.Serializable;
import java.util.List;

/**
 * A named part of the customer 360 view contributed by another module, or a placeholder saying honestly that nothing
 * is recorded because the module that owns it does not exist yet.
 *
 * @param name   stable name, e.g. "orders"
 * @param title  heading, e.g. "Orders"
 * @param lines  label/value lines (values already formatted by the owner, money with its currency)
 * @param note   text shown instead of or below the lines, e.g. "No orders yet"; may be null
 * @param source module that answered, or null for a placeholder
 */
public record CustomerSummarySection(String name, String title, List<Line> lines, String note, String source)
        implements Serializable {

    /** Sections the 360 view expects from later modules, with the placeholder shown while nobody contributes them. */
    public static final List<CustomerSummarySection> EXPECTED = List.of(
            placeholder("orders", "Orders", "No orders yet: sales orders are not recorded in this installation."),
            placeholder("quotations", "Open quotations", "No open quotations: quotations are not recorded in this installation."),
            placeholder("invoices", "Invoices", "No invoices yet: customer invoices are not recorded in this installation."),
            placeholder("balance", "Balance", "No balance: receivables are not recorded in this installation."));

    public CustomerSummarySection {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** One label and value. */
    public record Line(String label, String value) implements Serializable { }

    static CustomerSummarySection placeholder(String name, String title, String note) {
        return new CustomerSummarySection(name, title, List.of(), note, null);
    }
}
