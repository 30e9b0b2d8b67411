package org.pharmadist.inventory.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Stock arriving at a warehouse location, as a goods receipt (procurement) or a customer return books it.
 *
 * @param productId        catalog product id
 * @param locationId       location (bin) the stock is put away in; its storage condition must accept the product's
 * @param lotNumber        manufacturer's lot (batch) number as printed; mandatory for prescription products
 * @param expiryDate       expiry date (a month-year expiry is the last day of that month); mandatory for prescription
 *                         products
 * @param manufacturer     manufacturer (labeler) name as printed, may be null (then the catalog's labeler)
 * @param quantity         quantity in the product's stock unit, scale 3, greater than zero
 * @param unitCost         cost per stock unit in the company currency, scale 5, HALF_UP; feeds the moving average cost
 * @param serialNumbers    serial numbers of the packages (DSCSA serialised products: exactly one per package), else
 *                         empty
 * @param sourceDocument   the document that books the receipt, e.g. "GR-2026-000123", kept on the ledger entry
 */
public record StockReceipt(long productId, long locationId, String lotNumber, LocalDate expiryDate,
        String manufacturer, BigDecimal quantity, BigDecimal unitCost, List<String> serialNumbers,
        String sourceDocument) {

    public StockReceipt {
        serialNumbers = serialNumbers == null ? List.of() : List.copyOf(serialNumbers);
    }
}
