package org.pharmadist.procurement.application;

/** A row of the supplier list (read source). */
public record SupplierSummary(long id, String code, String name, String city, String state, int paymentTermsDays,
        int leadTimeDays, String currency, boolean active) {
}
