package org.pharmadist.procurement.application;

import org.pharmadist.procurement.domain.Supplier;

/** A supplier as screens and the API show it. */
public record SupplierView(long id, String code, String name, String addressLine, String city, String state,
        String postalCode, String country, String contactName, String contactEmail, String contactPhone,
        int paymentTermsDays, int leadTimeDays, String currency, boolean active, String stateLicenseNumber,
        String deaRegistrationNumber, long version) {

    static SupplierView of(Supplier s) {
        return new SupplierView(s.id(), s.code(), s.name(), s.addressLine(), s.city(), s.state(), s.postalCode(),
                s.country(), s.contactName(), s.contactEmail(), s.contactPhone(), s.paymentTermsDays(),
                s.leadTimeDays(), s.currency(), s.active(), s.stateLicenseNumber(), s.deaRegistrationNumber(), s.version());
    }
}
