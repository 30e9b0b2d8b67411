package org.pharmadist.procurement.application;

/**
 * A line to add to a purchase order.
 *
 * @param ndc      product NDC (10-digit hyphenated or 11-digit) or GTIN-14
 * @param quantity decimal text greater than zero, e.g. "60"
 * @param unit     ASC X12 unit code of the quantity (EA, BX, CA...), default the product's purchase unit; the
 *                 quantity is converted to whole purchase units, rounded up with a warning
 * @param unitCost cost per PURCHASE unit, decimal text, rounded to scale 5 HALF_UP
 * @param version  the order version read (optimistic locking; optional when adding lines at creation)
 */
public record PurchaseOrderLineRequest(String ndc, String quantity, String unit, String unitCost, Long version) {
}
