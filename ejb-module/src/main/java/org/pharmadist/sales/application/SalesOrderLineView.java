package org.pharmadist.sales.application;

import java.math.BigDecimal;

/**
 * One order line. Fulfilment quantities are in the product's STOCK unit ({@code stockUnit}); the ordered quantity
 * in the line's unit and in the stock unit.
 *
 * @param id                  line id
 * @param lineNo              1-based line number
 * @param ndc                 NDC, 11 digits without hyphens (HIPAA 5-4-2)
 * @param productName         product name
 * @param quantity            ordered quantity in {@code unit}, scale 3
 * @param unit                X12 unit code of the line (usually the sales unit)
 * @param unitPrice           price per {@code unit}, scale 5 (frozen once the order is confirmed)
 * @param priceSource         where the price came from, e.g. "price list WHOLESALE", "entered by sales"
 * @param discountPercent     scale 4
 * @param taxRatePercent      scale 4
 * @param netAmount           scale 2
 * @param taxAmount           scale 2
 * @param totalAmount         net + tax, scale 2
 * @param status              OPEN, ALLOCATED, BACKORDERED, ON_HOLD, SHIPPED, CANCELLED
 * @param stockQuantity       ordered quantity in the stock unit, scale 3
 * @param allocatedQuantity   reserved and not yet shipped, stock units
 * @param backorderedQuantity waiting for stock, stock units
 * @param shippedQuantity     shipped, stock units
 * @param stockUnit           the product's stock unit
 */
public record SalesOrderLineView(long id, int lineNo, String ndc, String productName, BigDecimal quantity,
        String unit, BigDecimal unitPrice, String priceSource, BigDecimal discountPercent, BigDecimal taxRatePercent,
        BigDecimal netAmount, BigDecimal taxAmount, BigDecimal totalAmount, String status, BigDecimal stockQuantity,
        BigDecimal allocatedQuantity, BigDecimal backorderedQuantity, BigDecimal shippedQuantity, String stockUnit) { }
