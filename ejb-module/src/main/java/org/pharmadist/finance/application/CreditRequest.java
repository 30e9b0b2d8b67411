package org.pharmadist.finance.application;

import java.util.List;

/**
 * A manual credit of an invoice: all that is left of it when {@code lines} is empty or null, else the listed lines.
 *
 * @param invoiceNumber e.g. "INV-2026-000001"
 * @param reason        why (required, up to 500 characters)
 * @param lines         invoice line numbers and quantities (decimal text, in the line's unit)
 */
public record CreditRequest(String invoiceNumber, String reason, List<Line> lines) {

    /** One line to credit. */
    public record Line(Integer lineNo, String quantity) { }
}
