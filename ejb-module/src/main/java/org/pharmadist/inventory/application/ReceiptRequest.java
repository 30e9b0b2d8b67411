package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.util.List;
import org.pharmadist.catalog.domain.Quantity;

/**
 * A receipt as integrators and the portal enter it (by NDC and location codes, expiry as printed).
 *
 * @param ndc            NDC in any format
 * @param warehouseCode  warehouse, e.g. "NJ1"
 * @param locationCode   bin, e.g. "A-01-01"
 * @param lotNumber      lot number as printed
 * @param expiry         expiry as printed: 2027-05-31, 05/31/2027, or month-year (05/2027, 2027-05, EXP 05/2027) =
 *                       last day of the month
 * @param manufacturer   manufacturer, null for the catalog's labeler
 * @param quantity       quantity in any unit of the product
 * @param unitCost       cost per stock unit, scale 5, may be null (average cost unchanged)
 * @param serialNumbers  one per package for serialised products
 * @param sourceDocument document reference, e.g. "GR-2026-000123"
 */
public record ReceiptRequest(String ndc, String warehouseCode, String locationCode, String lotNumber, String expiry,
        String manufacturer, Quantity quantity, BigDecimal unitCost, List<String> serialNumbers, String sourceDocument) {
}
