package org.pharmadist.procurement.domain;

/**
 * The maintainable values of a supplier, already validated (see the supplier service for the rules).
 *
 * @param name                  legal or trading name, 1..200 characters
 * @param addressLine           street address, may be null
 * @param city                  may be null
 * @param state                 USPS two-letter state code, may be null
 * @param postalCode            ZIP code, may be null
 * @param country               ISO 3166-1 alpha-2, default "US"
 * @param contactName           may be null
 * @param contactEmail          may be null
 * @param contactPhone          may be null
 * @param paymentTermsDays      0..365
 * @param leadTimeDays          0..365
 * @param currency              ISO 4217 code
 * @param active                false blocks new purchase orders
 * @param stateLicenseNumber    state wholesale/manufacturer license number as data, may be null
 * @param deaRegistrationNumber DEA registration (2 letters + 7 digits, 21 CFR 1301) as data, may be null
 */
public record SupplierData(String name, String addressLine, String city, String state, String postalCode,
        String country, String contactName, String contactEmail, String contactPhone, int paymentTermsDays,
        int leadTimeDays, String currency, boolean active, String stateLicenseNumber, String deaRegistrationNumber) {
}
