package org.pharmadist.sales.application;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order line waiting for stock.
 *
 * @param orderId             order id
 * @param orderNumber         order number
 * @param customerId          customer
 * @param customerName        customer's legal name
 * @param orderDate           order date
 * @param lineNo              line number
 * @param ndc                 NDC, 11 digits without hyphens (HIPAA 5-4-2)
 * @param productName         product name
 * @param backorderedQuantity waiting, stock units, scale 3
 * @param stockUnit           the stock unit
 * @param requestedDeliveryDate requested delivery date or null
 */
public record BackorderLine(long orderId, String orderNumber, long customerId, String customerName,
        LocalDate orderDate, int lineNo, String ndc, String productName, BigDecimal backorderedQuantity,
        String stockUnit, LocalDate requestedDeliveryDate) { }
